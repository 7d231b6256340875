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
    return (viDocument.sentences, enDocument.sentences)
  }

  /// The article's name and pairs: what the exports need.
  public var alignedPairs: AlignedPairs { AlignedPairs(name: name, pairs: pairs) }
}
