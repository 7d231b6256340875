/// A Vietnamese article and its English translation, read into sentences and aligned.
public struct AlignedArticle: Sendable {
  /// The article's name (`Document.name(forPath:)` of the Vietnamese file, or the corpus id).
  public var name: String
  public var vi: [Sentence]
  public var en: [Sentence]
  public var alignment: Alignment

  public init(name: String, vi: [Sentence], en: [Sentence], alignment: Alignment) {
    self.name = name
    self.vi = vi
    self.en = en
    self.alignment = alignment
  }

  /// The beads as text pairs, in document order.
  public var pairs: [AlignedPair] { alignment.pairs(vi: vi, en: en) }

  /// Reads the two sides and aligns them.
  ///
  /// - Parameters:
  ///   - presegmented: the inputs hold one sentence a line, a blank line between paragraphs;
  ///     otherwise both are read as articles, the English one with `options.english()`.
  public static func read(
    name: String, vi: LineReader, en: LineReader, presegmented: Bool, options: ReadingOptions = ReadingOptions(),
    englishAbbreviations: AbbreviationList = .english, aligner: SentenceAligner
  ) throws(SongNguError) -> AlignedArticle {
    let (viSentences, enSentences) = try readSentences(
      vi: vi, en: en, presegmented: presegmented, options: options, englishAbbreviations: englishAbbreviations)
    return AlignedArticle(
      name: name, vi: viSentences, en: enSentences, alignment: aligner.align(vi: viSentences, en: enSentences))
  }

  /// The sentences of both sides.
  public static func readSentences(
    vi: LineReader, en: LineReader, presegmented: Bool, options: ReadingOptions = ReadingOptions(),
    englishAbbreviations: AbbreviationList = .english
  ) throws(SongNguError) -> (vi: [Sentence], en: [Sentence]) {
    let englishOptions = options.english(abbreviations: englishAbbreviations)
    if presegmented {
      return (
        try PresegmentedReader.read(lines: vi, options: options),
        try PresegmentedReader.read(lines: en, options: englishOptions)
      )
    }
    let viDocument = try ArticleReader(lines: vi, options: options).readDocument(name: vi.name)
    let enDocument = try ArticleReader(lines: en, options: englishOptions).readDocument(name: en.name)
    return (viDocument.sentences, enDocument.sentences)
  }

  /// The pairs scoring at least `minScore`, as a bilingual document (human targets) for TMX and CSV.
  ///
  /// 1–0 and 0–1 beads are left out: a translation memory has no use for half a pair.
  public func bilingualDocument(minScore: Double = 0) -> BilingualDocument {
    var units: [BilingualUnit] = []
    for (number, pair) in pairs.enumerated() where !pair.isOmission && pair.score >= minScore {
      let block = pair.viSentence?.block ?? 0
      units.append(
        BilingualUnit(
          id: "\(name):\(number)", source: pair.vi, target: pair.en, targetOrigin: .human,
          kind: pair.viSentence?.kind ?? .body, block: block, paragraph: block + 1, score: pair.roundedScore,
          bead: pair.bead))
    }
    return BilingualDocument(name: name, units: units)
  }
}
