import Foundation

/// The one-call entry point for glossary coverage, for the command line and for users' own tests.
///
/// ```swift
/// let report = try GlossaryCoverage.check(
///   articles: ["articles/"], glossaryPaths: ["glossaries/"])
/// #expect(report.missing.isEmpty, "\(report.summary)")
/// ```
public enum GlossaryCoverage {
  /// The article files named by `paths`: a file as given; a folder as its `*.vi.txt` files, or, when it
  /// has none, its `*.txt` files but `*.en.txt` (hidden files skipped, sub-folders not entered), sorted.
  public static func articleFiles(in paths: [String]) throws(SongNguError) -> [String] {
    var result: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw .fileNotFound(path: path)
      }
      guard isDirectory.boolValue else {
        result.append(path)
        continue
      }
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: path)
      } catch {
        throw .unreadable(path: path, reason: "cannot list the folder")
      }
      let folder = path.hasSuffix("/") ? path : path + "/"
      let texts = names.filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".en.txt") && !$0.hasPrefix(".") }
      let vietnamese = texts.filter { $0.hasSuffix(".vi.txt") }
      result += (vietnamese.isEmpty ? texts : vietnamese).sorted().map { folder + $0 }
    }
    return result
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
        lines: try LineReader(path: path, maxLineBytes: reading.maxLineBytes), options: reading)
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
