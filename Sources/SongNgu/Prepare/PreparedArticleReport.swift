/// What `ArticlePreparer.run` reports for one article, once its files are in place.
public struct PreparedArticleReport: Sendable, Equatable {
  /// The path the article was read from.
  public var path: String
  /// The article's name (`Document.name`), which names its files.
  public var name: String
  public var blocks: Int
  public var sentences: Int
  /// The units written (the sentences less the boilerplate left out).
  public var units: Int
  /// Sentences left out of the files (boilerplate).
  public var leftOut: Int
  /// Glossary matches over the exported sentences.
  public var glossaryHits: Int
  /// Distinct glossary entries used.
  public var termsUsed: Int
  /// What normalization changed.
  public var normalization: NormalizationCounts
  /// Findings about the input (mixed tone styles, …).
  public var findings: [Finding]
  /// Segments, words and characters of the exported sentences (what a job is quoted from).
  public var count: SegmentCount
  /// The files written, in the order of `PrepareOptions.formats`, then the term base
  /// (`PrepareOptions.writesTermBase`) when the article uses a term.
  public var files: [WrittenFile]

  public init(
    path: String, name: String, blocks: Int, sentences: Int, units: Int, leftOut: Int, glossaryHits: Int,
    termsUsed: Int, normalization: NormalizationCounts, findings: [Finding], files: [WrittenFile],
    count: SegmentCount = SegmentCount()
  ) {
    self.count = count
    self.path = path
    self.name = name
    self.blocks = blocks
    self.sentences = sentences
    self.units = units
    self.leftOut = leftOut
    self.glossaryHits = glossaryHits
    self.termsUsed = termsUsed
    self.normalization = normalization
    self.findings = findings
    self.files = files
  }
}
