/// Reads one glossary format into entries, collecting the problems of unreadable rows as findings.
///
/// A reader goes on after a bad row so one pass reports every problem of a file; the rows it could not
/// read are error findings (`GlossaryFile.errors`). Problems that stop reading altogether are thrown:
/// invalid UTF-8, a legacy 8-bit encoding, unsafe or malformed XML, a CSV header without `vi`/`en`.
///
/// The convenience readers below open files without VIQR detection: a glossary of ASCII terms
/// (`U.S.`, `WHO?`) is not Vietnamese typed with ASCII marks.
public protocol GlossaryReader: Sendable {
  /// Reads a whole glossary from `lines`, named `lines.name` in entries' locations and findings.
  func read(_ lines: LineReader) throws(SongNguError) -> GlossaryFile
}

extension GlossaryReader {
  /// Reads the glossary file at `path`.
  public func read(path: String) throws(SongNguError) -> GlossaryFile {
    try read(LineReader(path: path, detectsVIQR: false))
  }

  /// Reads a glossary held in memory.
  public func read(bytes: [UInt8], name: String) throws(SongNguError) -> GlossaryFile {
    try read(LineReader(bytes: bytes, name: name, detectsVIQR: false))
  }

  /// Reads a glossary given as text.
  public func read(text: String, name: String) throws(SongNguError) -> GlossaryFile {
    try read(bytes: Array(text.utf8), name: name)
  }
}
