/// The one-call entry point for glossary coverage, for the command line and for users' own tests.
///
/// ```swift
/// let report = try GlossaryCoverage.check(
///   articles: ["articles/"], glossaryPaths: ["glossaries/"])
/// #expect(report.missing.isEmpty, "\(report.summary)")
/// ```
public enum GlossaryCoverage {
  /// The article files named by `paths`, as `prepare` reads them (`ArticlePreparer.articleFiles`):
  /// a file as given; in a folder, every `*.txt` but `*.en.txt` (hidden files skipped), sorted.
  public static func articleFiles(in paths: [String]) throws(SongNguError) -> [String] {
    try InputFiles.expand(paths) { $0.hasSuffix(".txt") && !$0.hasSuffix(".en.txt") }
  }

  /// Reads the articles named by `articles` (files or folders, see `articleFiles(in:)`) and reports how
  /// well the glossary in `glossaryPaths` (files or folders, see `GlossaryLoader.load(paths:)`) covers
  /// them.
  ///
  /// No article is held whole. Each is read a block at a time and its blocks are kept in a temporary
  /// file (`BlockSpool`) to be gone through twice more (`CandidateDetector.Streamed` says why three
  /// times); the report is the one `check(documents:glossary:)` gives for the articles held whole.
  /// Memory is bounded by reading's (one block), by the articles' vocabulary (their candidates, with an
  /// example sentence each) and by about 1 MiB for the spool and for each of the report's record logs
  /// (`docs/performance.md`).
  public static func check(
    articles: [String], glossaryPaths: [String] = ["glossaries"], reading: ReadingOptions = ReadingOptions()
  ) throws(SongNguError) -> CoverageReport {
    try check(articles: articles, glossary: GlossaryLoader.load(paths: glossaryPaths), reading: reading)
  }

  /// Reports how well `glossary`, already loaded (the built-in news glossary, for example), covers the
  /// articles named by `articles`; see `check(articles:glossaryPaths:reading:)`.
  public static func check(
    articles: [String], glossary: Glossary, reading: ReadingOptions = ReadingOptions()
  ) throws(SongNguError) -> CoverageReport {
    var tally = CoverageAnalyzer.Tally(analyzer: CoverageAnalyzer(glossary: glossary))
    for path in try articleFiles(in: articles) {
      let reader = ArticleReader(
        lines: try reading.open(path), options: reading)
      let spool = BlockSpool()
      var detection = CandidateDetector.Streamed()
      while let block = try reader.nextBlock() {
        spool.append(block)
        for sentence in block.sentences where block.kind != .boilerplate { detection.learnCapitals(from: sentence) }
      }
      spool.forEach { block in
        for sentence in block.sentences where block.kind != .boilerplate { detection.learnNames(from: sentence) }
      }
      tally.beginDocument(name: Document.name(forPath: path), path: path)
      spool.forEach { block in tally.add(block) { detection.candidates(in: $0) } }
      tally.endDocument()
    }
    return tally.report()
  }

  /// How well `glossary` covers `documents`.
  public static func check(documents: [Document], glossary: Glossary) -> CoverageReport {
    CoverageAnalyzer(glossary: glossary).report(for: documents)
  }
}
