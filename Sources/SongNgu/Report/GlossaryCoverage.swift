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
  public static func check(
    articles: [String], glossaryPaths: [String] = ["glossaries"], reading: ReadingOptions = ReadingOptions()
  ) throws(SongNguError) -> CoverageReport {
    let glossary = try GlossaryLoader.load(paths: glossaryPaths)
    var documents: [Document] = []
    let paths = try articleFiles(in: articles)
    for path in paths {
      let reader = ArticleReader(
        lines: try reading.open(path), options: reading)
      documents.append(try reader.readDocument(name: Document.name(forPath: path)))
    }
    var report = check(documents: documents, glossary: glossary)
    for index in report.documents.indices { report.documents[index].path = paths[index] }
    return report
  }

  /// How well `glossary` covers `documents`.
  public static func check(documents: [Document], glossary: Glossary) -> CoverageReport {
    CoverageAnalyzer(glossary: glossary).report(for: documents)
  }
}
