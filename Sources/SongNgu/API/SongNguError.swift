/// Everything that stops songngu from reading or writing, each case carrying the offending value.
///
/// Messages are short, lower case and say what to do. Problems that do not stop the run are
/// `Finding`s instead.
public enum SongNguError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The path does not exist.
  case fileNotFound(path: String)
  /// The path is a directory where a file was expected.
  case isDirectory(path: String)
  /// The file exists but cannot be read (permissions, I/O).
  case unreadable(path: String, reason: String)
  /// The bytes are not UTF-8: the first bad byte's 0-based offset and its 1-based line and column.
  case invalidUTF8(path: String, byteOffset: Int, line: Int, column: Int)
  /// The file is not text at all.
  case binaryFile(path: String, reason: String)
  /// The text is in a pre-Unicode Vietnamese encoding (or was decoded from one as Latin-1).
  case legacyEncoding(path: String, encoding: LegacyEncoding, evidence: String)
  /// UTF-8 text that was decoded as Windows-1252 or Latin-1 and saved again as UTF-8.
  case mojibake(path: String, misreadAs: String, evidence: String)
  /// A character that the legacy encoding the text is read from (`--from`) cannot map: its 1-based
  /// line and column (in input characters) and why.
  case unmappable(path: String, line: Int, column: Int, encoding: LegacyEncoding, reason: String)
  /// A line is longer than the reader accepts.
  case lineTooLong(path: String, line: Int, limit: Int)
  /// A block (lines without a blank line between them, read as one paragraph) is longer than the
  /// reader accepts; `line` is its first line.
  case blockTooLong(path: String, line: Int, limit: Int)
  /// UTF-16 text without a byte-order mark.
  case utf16WithoutBOM(path: String)
  /// A data file (abbreviations, boilerplate, glossary) has a line songngu cannot read.
  case malformedData(path: String, line: Int, column: Int, expected: String)
  /// An XML file uses a feature songngu refuses for safety (entity declarations, an internal DTD subset).
  case unsafeXML(path: String, line: Int, column: Int, reason: String)
  /// Writing an output file failed.
  case writeFailed(path: String, reason: String)
  /// An output name would leave the output folder or overwrite an input.
  case unsafeOutput(path: String, reason: String)
  /// Files songngu would replace but does not, because they hold something it did not write there
  /// (edited since, or never recorded in `manifest`); `--force` replaces them.
  case changedOutput(files: [ChangedFile], manifest: String)
  /// The paths a command was given hold no article: `expected` says what counts as one.
  case noArticles(paths: [String], expected: String)
  /// Two inputs would write the same output files (their names are both `name`).
  case outputNameCollision(name: String)
  /// A streamed record is bad (not the expected object, or its text cannot be read) and the caller
  /// asked to stop at the first one.
  case badRecord(path: String, line: Int, reason: String)

  /// What to do about text in `encoding`: convert it, or read it as it is with `--from`.
  static func remedy(_ encoding: LegacyEncoding, _ path: String) -> String {
    "convert it with `songngu convert --from \(encoding.optionName) \(path) --out FILE`, "
      + "or read it as it is with `--from \(encoding.optionName)`"
  }

  /// Whether writing an output file failed (which stops a run even when unreadable articles are skipped).
  var isWriteFailure: Bool {
    if case .writeFailed = self { return true }
    return false
  }

  public var description: String {
    switch self {
    case .fileNotFound(let path):
      return "\(path): no such file"
    case .isDirectory(let path):
      return "\(path): is a directory, expected a text file"
    case .unreadable(let path, let reason):
      return "\(path): cannot read: \(reason)"
    case .invalidUTF8(let path, let offset, let line, let column):
      return
        "\(path):\(line):\(column): invalid UTF-8 at byte offset \(offset); save the file as UTF-8 and try again"
    case .binaryFile(let path, let reason):
      return "\(path): not a text file (\(reason))"
    case .legacyEncoding(let path, let encoding, let evidence):
      return
        "\(path): looks like \(encoding.displayName) text (\(evidence)); \(Self.remedy(encoding, path))"
    case .mojibake(let path, let misreadAs, let evidence):
      let encoding: LegacyEncoding = misreadAs == "Latin-1" ? .utf8AsLatin1 : .utf8AsCP1252
      return
        "\(path): looks like UTF-8 that was read as \(misreadAs) and saved again (\(evidence)); "
        + Self.remedy(encoding, path)
    case .unmappable(let path, let line, let column, let encoding, let reason):
      return
        "\(path):\(line):\(column): \(reason) (reading it as \(encoding.displayName)); "
        + "`songngu convert --from \(encoding.optionName) \(path)` converts it with U+FFFD there and lists every such place"
    case .lineTooLong(let path, let line, let limit):
      return
        "\(path):\(line): line is longer than \(limit) bytes; this does not look like article text (split it or raise --max-line-bytes)"
    case .blockTooLong(let path, let line, let limit):
      return
        "\(path):\(line): block (lines without a blank line between them) is longer than \(limit) bytes; put blank "
        + "lines between its paragraphs, give --no-wrapped if it has one paragraph a line, or raise --max-block-bytes"
    case .utf16WithoutBOM(let path):
      return "\(path): looks like UTF-16 without a byte-order mark; save it as UTF-8"
    case .malformedData(let path, let line, let column, let expected):
      return "\(path):\(line):\(column): \(expected)"
    case .unsafeXML(let path, let line, let column, let reason):
      return "\(path):\(line):\(column): refused: \(reason)"
    case .writeFailed(let path, let reason):
      return "\(path): cannot write: \(reason)"
    case .unsafeOutput(let path, let reason):
      return "\(path): refused: \(reason)"
    case .changedOutput(let files, let manifest):
      let changed = files.filter(\.wasRecorded).map(\.path)
      let unrecorded = files.filter { !$0.wasRecorded }.map(\.path)
      var what: [String] = []
      if !changed.isEmpty {
        what.append(
          "\(changed.joined(separator: ", ")) changed since songngu wrote \(changed.count == 1 ? "it" : "them")")
      }
      if !unrecorded.isEmpty {
        what.append(
          "\(unrecorded.joined(separator: ", ")) not written by songngu as far as it knows (no record in \(manifest))")
      }
      return "not overwritten: \(what.joined(separator: "; ")). To keep your work, move "
        + (files.count == 1 ? "the file" : "the files")
        + " away (`songngu merge` turns a translated file into the English article); to overwrite, run again "
        + "with --force"
    case .noArticles(let paths, let expected):
      return "no articles (\(expected)) in \(paths.joined(separator: ", "))"
    case .outputNameCollision(let name):
      return "two articles are both named '\(name)'; their output files would collide"
    case .badRecord(let path, let line, let reason):
      return "\(path):\(line): bad record: \(reason) (--on-error fail stops at the first)"
    }
  }
}
