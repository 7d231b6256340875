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
