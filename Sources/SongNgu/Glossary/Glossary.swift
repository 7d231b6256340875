/// A glossary: entries in file order, from one or more files.
public struct Glossary: Sendable, Codable, Equatable {
  public var entries: [GlossaryEntry]
  /// The files the entries were read from.
  public var files: [String]

  public init(entries: [GlossaryEntry] = [], files: [String] = []) {
    self.entries = entries
    self.files = files
  }

  /// Adds another glossary's entries after these.
  public mutating func merge(_ other: Glossary) {
    entries += other.entries
    files += other.files
  }
}
