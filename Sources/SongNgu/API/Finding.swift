/// A problem in the input that does not stop the run: a category, a message and where it is.
///
/// Categories are stable dotted names (`normalize.mixed-tone-style`, `segment.long-sentence`) that
/// scripts can filter on.
public struct Finding: Sendable, Equatable, Codable {
  public enum Severity: String, Sendable, Codable {
    case note, warning, error
  }

  public var category: String
  public var severity: Severity
  /// The file the finding is about, when it is not implied by the caller.
  public var file: String?
  public var message: String
  /// 1-based line in the input, when known.
  public var line: Int?
  /// 1-based column (in characters as UTF-16 code units), when known.
  public var column: Int?

  public init(
    category: String, severity: Severity = .warning, message: String, line: Int? = nil, column: Int? = nil,
    file: String? = nil
  ) {
    self.category = category
    self.severity = severity
    self.message = message
    self.line = line
    self.column = column
    self.file = file
  }

  /// `file:line:col: warning: message [category]`, the form editors and CI logs understand.
  public func formatted(file: String) -> String {
    var location = file
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    return "\(location): \(severity.rawValue): \(message) [\(category)]"
  }

  /// `file:line:col: warning: message [category]` with the finding's own file (`-` when it has none).
  public func formatted() -> String { formatted(file: file ?? "-") }
}
