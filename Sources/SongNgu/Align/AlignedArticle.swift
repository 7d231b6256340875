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
    let segmenters = Segmenters(options: options, englishAbbreviations: englishAbbreviations)
    return try readSentences(vi: vi, en: en, presegmented: false, segmenters: segmenters)
  }

  /// A Vietnamese and an English segmenter with their reading options, for one thread.
  ///
  /// Not thread-safe (ICU iterators): hand a `Segmenters` to one thread at a time.
  public final class Segmenters: @unchecked Sendable {
    public let vietnameseOptions: ReadingOptions
    public let englishOptions: ReadingOptions
    public let vietnamese: SentenceSegmenter
    public let english: SentenceSegmenter

    public init(options: ReadingOptions = ReadingOptions(), englishAbbreviations: AbbreviationList = .english) {
      vietnameseOptions = options
      englishOptions = options.english(abbreviations: englishAbbreviations)
      vietnamese = SentenceSegmenter(locale: vietnameseOptions.locale, abbreviations: vietnameseOptions.abbreviations)
      english = SentenceSegmenter(locale: englishOptions.locale, abbreviations: englishOptions.abbreviations)
    }
  }

  /// The sentences of both sides, read with `segmenters` (which this thread owns).
  public static func readSentences(
    vi: LineReader, en: LineReader, presegmented: Bool, segmenters: Segmenters
  ) throws(SongNguError) -> (vi: [Sentence], en: [Sentence]) {
    if presegmented {
      return (
        try PresegmentedReader.read(lines: vi, options: segmenters.vietnameseOptions),
        try PresegmentedReader.read(lines: en, options: segmenters.englishOptions)
      )
    }
    let viDocument = try ArticleReader(
      lines: vi, options: segmenters.vietnameseOptions, segmenter: segmenters.vietnamese
    ).readDocument(name: vi.name)
    let enDocument = try ArticleReader(lines: en, options: segmenters.englishOptions, segmenter: segmenters.english)
      .readDocument(name: en.name)
    return (alignmentUnits(viDocument), alignmentUnits(enDocument))
  }

  /// The document's sentences as the aligner takes them: line breaks that ended without sentence
  /// punctuation are hints (subtitles, wrapped titles, list items).
  ///
  /// In a wrapped block, a sentence is split where a line ended without sentence punctuation and
  /// the next line starts like a sentence (upper case, a digit, an opening bracket or quote); the
  /// part after the split, and any sentence that starts on a new line after a line without
  /// sentence punctuation, is marked `continuesLine`, so the aligner can join it back cheaply
  /// when the other side needs it. Units are renumbered in order.
  static func alignmentUnits(_ document: Document) -> [Sentence] {
    var result: [Sentence] = []
    var previousBlock: Block?
    for block in document.blocks {
      let joins = block.lineJoins
      for (position, sentence) in block.sentences.enumerated() {
        var continues = false
        if position == 0 {
          // A new block: one line after the previous one (no blank line) that ended openly.
          if let previous = previousBlock,
            previous.line + 1 + previous.lineJoins.count + previous.utf16.count(where: { $0 == 0x0A }) == block.line,
            let last = previous.sentences.last, !Self.endsSentence(last.utf16)
          {
            continues = true
          }
        } else {
          let before = block.sentences[position - 1]
          let gap = block.utf16[before.end - block.start..<sentence.start - block.start]
          if gap.contains(0x0A) && !Self.endsSentence(before.utf16) { continues = true }
        }
        // Split at the line joins inside the sentence.
        var pieceStart = sentence.start - block.start
        let sentenceEnd = sentence.end - block.start
        for join in joins where join > pieceStart && join < sentenceEnd - 1 {
          let head = block.utf16[pieceStart..<join]
          let next = block.utf16[join + 1]
          guard !Self.endsSentence(head), Self.startsSentence(next) else { continue }
          result.append(Self.unit(block, sentence, pieceStart..<join, continues: continues))
          pieceStart = join + 1
          continues = true
        }
        result.append(Self.unit(block, sentence, pieceStart..<sentenceEnd, continues: continues))
      }
      previousBlock = block
    }
    for index in result.indices { result[index].index = index }
    return result
  }

  private static func unit(_ block: Block, _ sentence: Sentence, _ range: Range<Int>, continues: Bool) -> Sentence {
    var unit = Sentence(
      index: 0, block: sentence.block, kind: sentence.kind, start: block.start + range.lowerBound,
      end: block.start + range.upperBound, utf16: block.utf16[range])
    unit.continuesLine = continues
    return unit
  }

  /// Whether text ends with sentence punctuation (closing quotes and brackets aside).
  static func endsSentence(_ units: ArraySlice<UInt16>) -> Bool {
    let closing: Set<UInt16> = [0x22, 0x27, 0x29, 0x5D, 0x2019, 0x201D, 0xBB, 0x20]
    for unit in units.reversed() where !closing.contains(unit) {
      // . ! ? … : ;
      return [0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B].contains(unit)
    }
    return false
  }

  /// Whether a unit can start a sentence: an upper-case letter, a digit, an opening bracket, quote or dash.
  static func startsSentence(_ unit: UInt16) -> Bool {
    CharacterClass.isUpper(unit) || CharacterClass.isDigit(unit)
      || [0x28, 0x5B, 0x22, 0x201C, 0x2018, 0xAB, 0x2013, 0x2014, 0x2D].contains(unit)
  }

  /// The article's name and pairs: what the exports need.
  public var alignedPairs: AlignedPairs { AlignedPairs(name: name, pairs: pairs) }
}
