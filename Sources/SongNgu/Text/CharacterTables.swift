/// The character tables as plain pointers, for hot loops.
///
/// Reading a `static let` costs a lazy-initialization check on every access; a loop takes
/// `CharacterTables.shared` once and classifies with it.
struct CharacterTables: @unchecked Sendable {
  let classes: UnsafePointer<UInt8>
  let lower: UnsafePointer<UInt16>
  let vowels: UnsafePointer<UInt8>
  /// Per code unit: `LineFacts` bits (needs cleaning, may need composition) and pair bits.
  let facts: UnsafePointer<UInt8>

  static let shared = CharacterTables(
    classes: CharacterClass.table, lower: CharacterClass.lowerTable, vowels: VietnameseLetters.vowelCodePointer,
    facts: LineFacts.table)

  @inline(__always) public func isLetter(_ unit: UInt16) -> Bool { has(unit, CharacterClass.letter.rawValue) }
  @inline(__always) public func isUpper(_ unit: UInt16) -> Bool { has(unit, CharacterClass.upper.rawValue) }
  @inline(__always) public func isLower(_ unit: UInt16) -> Bool { has(unit, CharacterClass.lower.rawValue) }
  @inline(__always) public func isDigit(_ unit: UInt16) -> Bool { has(unit, CharacterClass.digit.rawValue) }
  @inline(__always) public func isMark(_ unit: UInt16) -> Bool { has(unit, CharacterClass.mark.rawValue) }
  @inline(__always) public func isSpace(_ unit: UInt16) -> Bool { has(unit, CharacterClass.space.rawValue) }
  @inline(__always) public func isWordCharacter(_ unit: UInt16) -> Bool { has(unit, CharacterClass.wordCharacterBits) }
  /// Whether the classes of `unit` include one of `bits` (`CharacterClass` raw values).
  @inline(__always) func has(_ unit: UInt16, _ bits: UInt8) -> Bool { classes[Int(unit)] & bits != 0 }
  @inline(__always) public func lowercase(_ unit: UInt16) -> UInt16 { lower[Int(unit)] }
  /// Whether `unit` is a Vietnamese vowel letter (any tone, any case).
  @inline(__always) public func isVowel(_ unit: UInt16) -> Bool {
    unit < 0x1F00 && vowels[Int(unit)] != 0
  }
}
