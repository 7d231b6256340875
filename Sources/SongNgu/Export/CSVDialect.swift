/// How a CSV file is spelled: shared by `CSVWriter` and `CSVReader` so a file reads back as written.
///
/// The defaults give RFC 4180: comma, CRLF record ends, no byte-order mark. Every field is quoted.
/// Raw values of the nested enums are the command-line spellings.
public struct CSVDialect: Sendable, Equatable, Codable {
  /// The field separator.
  public enum Delimiter: String, Sendable, Codable, CaseIterable {
    /// `,` (RFC 4180).
    case comma
    /// `;`, what Excel expects where the decimal separator is a comma.
    case semicolon
    /// A tab.
    case tab

    public var character: Character {
      switch self {
      case .comma: ","
      case .semicolon: ";"
      case .tab: "\t"
      }
    }
  }

  /// What ends a record (line breaks inside a cell are written as they are).
  public enum LineEnding: String, Sendable, Codable, CaseIterable {
    /// CR LF (RFC 4180).
    case crlf
    /// LF alone.
    case lf

    public var text: String { self == .crlf ? "\r\n" : "\n" }
  }

  public var delimiter: Delimiter
  public var lineEnding: LineEnding
  /// Starts the file with a UTF-8 byte-order mark, so Excel opens it as UTF-8 rather than the local
  /// code page.
  public var byteOrderMark: Bool
  /// Guards text cells against formula injection (see `SpreadsheetFormulaGuard`).
  ///
  /// On by default; the reader removes the guard again.
  public var guardsFormulas: Bool

  public init(
    delimiter: Delimiter = .comma, lineEnding: LineEnding = .crlf, byteOrderMark: Bool = false,
    guardsFormulas: Bool = true
  ) {
    self.delimiter = delimiter
    self.lineEnding = lineEnding
    self.byteOrderMark = byteOrderMark
    self.guardsFormulas = guardsFormulas
  }
}
