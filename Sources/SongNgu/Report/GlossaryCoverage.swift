import Foundation

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
  /// An article is never held whole unless it cannot be read again (a pipe): it is read three times,
  /// a block at a time, and its report is the one `check(documents:glossary:)` gives for it held whole
  /// (`CandidateDetector.Streamed` says why three). Memory is bounded by reading's (one block), by
  /// the articles' vocabulary (their candidates, with an example sentence each), and by 1 MiB for
  /// each of the report's record logs (`docs/performance.md`).
  public static func check(
    articles: [String], glossaryPaths: [String] = ["glossaries"], reading: ReadingOptions = ReadingOptions()
  ) throws(SongNguError) -> CoverageReport {
    let glossary = try GlossaryLoader.load(paths: glossaryPaths)
    let analyzer = CoverageAnalyzer(glossary: glossary)
    var tally = CoverageAnalyzer.Tally(analyzer: analyzer)
    for path in try articleFiles(in: articles) {
      let name = Document.name(forPath: path)
      guard isRegularFile(path) else {
        let reader = ArticleReader(
          lines: try LineReader(path: path, maxLineBytes: reading.maxLineBytes), options: reading)
        tally.add(try reader.readDocument(name: name), path: path)
        continue
      }
      var detection = CandidateDetector.Streamed()
      let sentences = try forEachBlock(path, reading) { block in
        for sentence in block.sentences where block.kind != .boilerplate { detection.learnCapitals(from: sentence) }
      }
      try readAgain(path, reading, sentences) { block in
        for sentence in block.sentences where block.kind != .boilerplate { detection.learnNames(from: sentence) }
      }
      tally.beginDocument(name: name, path: path)
      try readAgain(path, reading, sentences) { block in
        tally.add(block) { detection.candidates(in: $0) }
      }
      tally.endDocument()
    }
    return tally.report()
  }

  /// Calls `body` with every block of the article at `path`, in order, and returns the number of
  /// sentences.
  private static func forEachBlock(
    _ path: String, _ reading: ReadingOptions, _ body: (Block) -> Void
  ) throws(SongNguError) -> Int {
    let reader = ArticleReader(lines: try LineReader(path: path, maxLineBytes: reading.maxLineBytes), options: reading)
    var sentences = 0
    while let block = try reader.nextBlock() {
      body(block)
      sentences += block.sentences.count
    }
    return sentences
  }

  /// `forEachBlock` again, refusing the article when it no longer has `sentences` sentences (it
  /// changed between readings).
  private static func readAgain(
    _ path: String, _ reading: ReadingOptions, _ sentences: Int, _ body: (Block) -> Void
  ) throws(SongNguError) {
    guard try forEachBlock(path, reading, body) == sentences else {
      throw .unreadable(path: path, reason: "the file changed while it was read")
    }
  }

  /// Whether `path` is a regular file (or a link to one), which can be read more than once.
  private static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }

  /// How well `glossary` covers `documents`.
  public static func check(documents: [Document], glossary: Glossary) -> CoverageReport {
    CoverageAnalyzer(glossary: glossary).report(for: documents)
  }
}
