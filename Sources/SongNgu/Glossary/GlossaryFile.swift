/// What a reader made of one glossary file: its entries and the problems it found on the way.
public struct GlossaryFile: Sendable, Equatable {
  /// The path (or name) the file was read from.
  public var path: String
  public var format: GlossaryFormat
  /// The entries of the rows that could be read, in file order, each with its location.
  public var entries: [GlossaryEntry]
  /// Problems found while reading: unreadable rows and empty required cells (errors), cells that were
  /// not NFC or had stray white space, unknown columns (warnings).
  public var findings: [Finding]
  /// How many cells were not in NFC (and were composed).
  public var nonNFCCells: Int

  public init(
    path: String, format: GlossaryFormat, entries: [GlossaryEntry] = [], findings: [Finding] = [],
    nonNFCCells: Int = 0
  ) {
    self.path = path
    self.format = format
    self.entries = entries
    self.findings = findings
    self.nonNFCCells = nonNFCCells
  }

  /// The error findings: rows that could not be read.
  public var errors: [Finding] { findings.filter { $0.severity == .error } }

  /// The entries as a glossary of this one file.
  public var glossary: Glossary { Glossary(entries: entries, files: [path]) }

  /// Throws the first error finding, for callers that accept only a clean file.
  public func requireNoErrors() throws(SongNguError) {
    guard let first = errors.first else { return }
    throw .malformedData(path: path, line: first.line ?? 1, column: first.column ?? 1, expected: first.message)
  }
}
