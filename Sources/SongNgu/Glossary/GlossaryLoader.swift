import Foundation

/// Finds and reads glossary files.
public enum GlossaryLoader {
  /// The glossary files named by `paths`: a file as given, a directory as every `*.tsv`, `*.csv` and
  /// `*.tbx` file under it (hidden files and folders skipped), sorted by path.
  public static func files(in paths: [String]) throws(SongNguError) -> [String] {
    try InputFiles.expand(paths) { GlossaryFormat(path: $0) != nil }
  }

  /// Reads one file in `format` (by default, the one its extension names), collecting row problems.
  public static func read(file path: String, format: GlossaryFormat? = nil) throws(SongNguError) -> GlossaryFile {
    guard let format = format ?? GlossaryFormat(path: path) else {
      throw .malformedData(
        path: path, line: 1, column: 1,
        expected: "unknown glossary format; expected a .tsv, .csv or .tbx file (or give the format)")
    }
    return try format.reader.read(path: path)
  }

  /// Reads every glossary file named by `paths` (see `files(in:)`) into one glossary.
  ///
  /// Each entry keeps its location. Any unreadable row is an error: the first is thrown.
  public static func load(paths: [String], format: GlossaryFormat? = nil) throws(SongNguError) -> Glossary {
    var glossary = Glossary()
    for path in try files(in: paths) {
      let file = try read(file: path, format: format)
      try file.requireNoErrors()
      glossary.merge(file.glossary)
    }
    return glossary
  }

  /// The name the built-in news glossary goes by in messages and locations.
  public static let builtInName = "news-vi-en.csv (built in)"

  /// The project's news glossary (`glossaries/news-vi-en.csv`), compiled into the library: what a
  /// command uses when it is given no glossary and finds no `glossaries/` folder.
  public static func builtIn() throws(SongNguError) -> Glossary {
    let lines = try LineReader(bytes: PackageResources.news_vi_en_csv, name: builtInName)
    let file = try CSVGlossaryReader().read(lines)
    try file.requireNoErrors()
    return file.glossary
  }
}
