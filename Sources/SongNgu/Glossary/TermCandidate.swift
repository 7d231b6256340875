/// One glossary form as the matcher stores it: which entry and form, and how case is checked.
struct TermCandidate: Sendable {
  /// How the letter case of the text is checked against the key's.
  enum CasePolicy: UInt8, Sendable {
    /// Any case (the trie already compared case-folded units).
    case any
    /// The case of every unit as written.
    case exact
    /// As written, except that the first unit, lower case in the key, may be capitalised.
    case firstFree
  }

  var entry: Int32
  var form: Int32
  var casePolicy: CasePolicy
  /// For keys longer than 64 units, the key's units are `TermMatcher.keyUnits[keyStart..<keyStart + length]`
  /// (folded, case kept).
  var keyStart: Int32
  var length: Int32
  /// Bit `i` is set when the key's unit `i` is upper case, for the first 64 units (the case check
  /// reads no other memory for keys this long).
  var upperMask: UInt64
}
