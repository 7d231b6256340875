/// The result of checking glossary files: what was read and every finding.
public struct GlossaryCheckReport: Sendable, Equatable {
  /// The files checked, in order.
  public var files: [String]
  /// Entries read from all files.
  public var entryCount: Int
  /// Findings sorted by file, line and column.
  public var findings: [Finding]

  public init(files: [String], entryCount: Int, findings: [Finding]) {
    self.files = files
    self.entryCount = entryCount
    self.findings = findings
  }

  public var errorCount: Int { findings.count { $0.severity == .error } }
  public var warningCount: Int { findings.count { $0.severity == .warning } }
  public var hasErrors: Bool { errorCount > 0 }

  /// `680 entries in 1 file: 0 errors, 1 warning`.
  public var summary: String {
    func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }
    return
      "\(count(entryCount, "entry", "entries")) in \(count(files.count, "file", "files")): \(count(errorCount, "error", "errors")), \(count(warningCount, "warning", "warnings"))"
  }
}
