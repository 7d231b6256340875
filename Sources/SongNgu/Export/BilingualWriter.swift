/// Writes bilingual documents in one file format.
///
/// Every writer drops the characters XML 1.0 forbids (see `ExportText`), in every format, so a TMX,
/// an XLIFF and a CSV file written from the same documents carry the same text; the count is in the
/// output. Writing is deterministic: the same documents and options give byte-identical files.
///
/// A format joins songngu by conforming to this protocol and passing the shared conformance suite
/// (`Tests/SongNguTests/Export/WriterConformanceTests.swift`): write, validate, read back.
public protocol BilingualWriter: Sendable {
  /// The format's name for people ("TMX 1.4b").
  var formatName: String { get }
  /// The file name extension, without the dot ("tmx").
  var fileExtension: String { get }
  /// The reader that reads back what this writer writes, with matching options.
  var reader: any BilingualReader { get }
  /// The whole file for `documents`.
  func write(_ documents: [BilingualDocument]) -> BilingualOutput
}
