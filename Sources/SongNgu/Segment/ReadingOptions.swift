/// How an article is read: normalization, abbreviations, boilerplate and limits.
public struct ReadingOptions: Sendable {
  public var normalization: NormalizationOptions
  public var abbreviations: AbbreviationList
  public var boilerplate: BoilerplateList
  /// What the bytes of a Vietnamese article are (`--from`): UTF-8 by default, with legacy text
  /// refused; detected; or a legacy encoding converted as it is read.
  public var encoding: InputEncoding = .utf8
  /// Lines longer than this (in bytes) are refused.
  public var maxLineBytes: Int
  /// Blocks longer than this (in input bytes, or `maxLineBytes` when that is larger) are refused: a
  /// block is held whole, so this bounds the memory of reading (`docs/performance.md`).
  public var maxBlockBytes: Int
  /// The ICU locale of the sentence segmenter: "vi" for Vietnamese articles, "en" for English ones.
  public var locale: String
  /// Read on two threads; the result is the same either way.
  ///
  /// A helper thread decodes, cleans, normalizes and groups lines while the caller's thread runs ICU
  /// and the Vietnamese rules and builds blocks.
  public var concurrent: Bool
  /// Keep each block's input bytes when normalization left the block as it was
  /// (`ArticleReader.blockUTF8`), for writers that copy them instead of encoding the text again.
  var keepsUTF8 = false

  public init(
    normalization: NormalizationOptions = NormalizationOptions(), abbreviations: AbbreviationList = .standard,
    boilerplate: BoilerplateList = .standard, maxLineBytes: Int = 1 << 20, maxBlockBytes: Int = 4 << 20,
    locale: String = "vi",
    concurrent: Bool = false
  ) {
    self.normalization = normalization
    self.abbreviations = abbreviations
    self.boilerplate = boilerplate
    self.maxLineBytes = maxLineBytes
    self.maxBlockBytes = maxBlockBytes
    self.locale = locale
    self.concurrent = concurrent
  }

  /// Opens the Vietnamese article at `path` with these options' encoding and line limit: how every
  /// command opens one.
  public func open(_ path: String) throws(SongNguError) -> LineReader {
    try LineReader(path: path, maxLineBytes: maxLineBytes, encoding: encoding)
  }

  /// The same options for reading an English article: English segmentation and abbreviations.
  public func english(abbreviations: AbbreviationList = .english) -> ReadingOptions {
    var options = self
    options.locale = "en"
    options.abbreviations = abbreviations
    return options
  }
}
