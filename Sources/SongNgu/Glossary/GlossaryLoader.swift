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
}
