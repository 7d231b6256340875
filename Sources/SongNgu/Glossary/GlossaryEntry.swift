/// How an entry's source term is compared with the text, letter case wise.
///
/// Raw values are the spellings in glossary files (`case` column) and on the command line.
public enum CaseMatching: String, Sendable, Codable, CaseIterable {
  /// An entry written with capitals (`NATO`, `Nga`) matches that case only; an all-lower-case entry
  /// (`lệnh trừng phạt`) also matches when capitalised (at the start of a sentence, in a heading).
  case auto
  /// Exactly as written.
  case sensitive
  /// Any case.
  case insensitive
}

/// How an entry's source term is compared with the text, diacritics wise.
public enum DiacriticMatching: String, Sendable, Codable, CaseIterable {
  /// Diacritics are distinctive (`Nga` Russia ≠ `ngà` ivory). The default.
  case exact
  /// Tone and shape marks are ignored, and `đ` matches `d` (it does not decompose, so it is folded explicitly).
  case insensitive
}

/// Where an entry came from: file and 1-based line.
public struct SourceLocation: Sendable, Codable, Equatable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
}

/// One concept of a vi → en glossary: Vietnamese source terms and English targets.
public struct GlossaryEntry: Sendable, Codable, Equatable {
  /// The preferred Vietnamese term, as written in the glossary.
  public var source: String
  /// Other Vietnamese spellings of the same concept (`Bắc Triều Tiên` for `Triều Tiên`).
  public var variants: [String]
  /// The preferred English target.
  public var target: String
  /// Other acceptable English targets (`Kiev` beside `Kyiv`).
  public var alternatives: [String]
  /// English targets translators must not use.
  public var forbidden: [String]
  /// A free comment.
  public var note: String
  /// A subject field or category (`country`, `title`, `term`), when given.
  public var domain: String
  public var caseMatching: CaseMatching
  public var diacritics: DiacriticMatching
  /// Where the entry was read from, when it was read from a file.
  public var location: SourceLocation?

  public init(
    source: String, target: String, variants: [String] = [], alternatives: [String] = [], forbidden: [String] = [],
    note: String = "", domain: String = "", caseMatching: CaseMatching = .auto,
    diacritics: DiacriticMatching = .exact, location: SourceLocation? = nil
  ) {
    self.source = source
    self.target = target
    self.variants = variants
    self.alternatives = alternatives
    self.forbidden = forbidden
    self.note = note
    self.domain = domain
    self.caseMatching = caseMatching
    self.diacritics = diacritics
    self.location = location
  }

  /// Every Vietnamese form: the source, then the variants.
  public var sourceForms: [String] { [source] + variants }
  /// Every acceptable English form: the target, then the alternatives.
  public var targetForms: [String] { [target] + alternatives }
}

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
