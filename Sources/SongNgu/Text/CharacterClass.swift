import CICU

/// Character classes of UTF-16 code units, from a table filled once from ICU.
///
/// Hot loops classify code units with one array load. Surrogates (characters outside the BMP, such as
/// emoji) are classified as `other`; Vietnamese needs none of them to be letters.
struct CharacterClass: OptionSet, Sendable {
  let rawValue: UInt8
  init(rawValue: UInt8) { self.rawValue = rawValue }

  static let letter = CharacterClass(rawValue: 1 << 0)
  static let upper = CharacterClass(rawValue: 1 << 1)
  static let lower = CharacterClass(rawValue: 1 << 2)
  static let digit = CharacterClass(rawValue: 1 << 3)
  /// Combining marks (Mn, Mc, Me).
  static let mark = CharacterClass(rawValue: 1 << 4)
  /// Horizontal white space: space, tab, no-break spaces and the other Unicode space separators.
  static let space = CharacterClass(rawValue: 1 << 5)
  /// Line and paragraph separators: LF, CR, VT, FF, NEL, U+2028, U+2029.
  static let lineBreak = CharacterClass(rawValue: 1 << 6)
  /// `letter` or `digit`: the classes of the characters a word is made of.
  @inline(__always) static var wordCharacterBits: UInt8 { letter.rawValue | digit.rawValue }

  /// Blocks of code units that all have the classes of their first and map to themselves in lower
  /// case.
  ///
  /// CJK ideographs (extension A and unified), Yi syllables, Hangul syllables and the private-use
  /// area: 71% of the BMP. They are filled without asking ICU, which makes building the tables (at
  /// every start of the program) cheaper (docs/performance.md); a test checks every unit against ICU.
  static let uniformBlocks: [ClosedRange<Int>] = [
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA48C, 0xAC00...0xD7A3, 0xE000...0xF8FF,
  ]

  /// The classes of `unit` as ICU gives them (surrogates: none); what `table` holds.
  static func classesFromICU(of unit: Int) -> UInt8 {
    if (0xD800...0xDFFF).contains(unit) { return 0 }
    let scalar = UInt32(unit)
    var flags: UInt8 = 0
    if cicu_is_alphabetic(scalar) != 0 { flags |= CharacterClass.letter.rawValue }
    if cicu_is_upper(scalar) != 0 { flags |= CharacterClass.upper.rawValue }
    if cicu_is_lower(scalar) != 0 { flags |= CharacterClass.lower.rawValue }
    if cicu_is_digit(scalar) != 0 { flags |= CharacterClass.digit.rawValue }
    if cicu_is_mark(scalar) != 0 { flags |= CharacterClass.mark.rawValue | CharacterClass.letter.rawValue }
    if [0x09, 0x20, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000].contains(unit) || (0x2000...0x200A).contains(unit) {
      flags |= CharacterClass.space.rawValue
    }
    if [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(unit) { flags |= CharacterClass.lineBreak.rawValue }
    return flags
  }

  /// The simple lower-case mapping of `unit` as ICU gives it (surrogates and mappings outside the
  /// BMP: the unit itself); what `lowerTable` holds.
  static func lowercaseFromICU(of unit: Int) -> UInt16 {
    if (0xD800...0xDFFF).contains(unit) { return UInt16(unit) }
    let lower = cicu_to_lower(UInt32(unit))
    return lower < 0x10000 ? UInt16(lower) : UInt16(unit)
  }

  /// Calls `body` with every BMP code unit outside `blocks` (sorted, disjoint), in order.
  static func forEachUnit(outside blocks: [ClosedRange<Int>], _ body: (Int) -> Void) {
    var unit = 0
    for block in blocks + [0x10000...0x10000] {
      while unit < block.lowerBound {
        body(unit)
        unit += 1
      }
      unit = block.upperBound + 1
    }
  }

  /// The class table, 65,536 entries, allocated once and never freed.
  nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
    table.initialize(repeating: 0, count: 0x10000)
    for block in uniformBlocks {
      (table + block.lowerBound).update(repeating: classesFromICU(of: block.lowerBound), count: block.count)
    }
    forEachUnit(outside: uniformBlocks) { table[$0] = classesFromICU(of: $0) }
    return UnsafePointer(table)
  }()

  /// The classes of `unit`.
  @inline(__always)
  static func of(_ unit: UInt16) -> CharacterClass {
    CharacterClass(rawValue: table[Int(unit)])
  }

  @inline(__always) public static func isLetter(_ unit: UInt16) -> Bool { table[Int(unit)] & Self.letter.rawValue != 0 }
  @inline(__always) public static func isUpper(_ unit: UInt16) -> Bool { table[Int(unit)] & Self.upper.rawValue != 0 }
  @inline(__always) public static func isLower(_ unit: UInt16) -> Bool { table[Int(unit)] & Self.lower.rawValue != 0 }
  @inline(__always) public static func isDigit(_ unit: UInt16) -> Bool { table[Int(unit)] & Self.digit.rawValue != 0 }
  @inline(__always) public static func isMark(_ unit: UInt16) -> Bool { table[Int(unit)] & Self.mark.rawValue != 0 }
  @inline(__always) public static func isSpace(_ unit: UInt16) -> Bool { table[Int(unit)] & Self.space.rawValue != 0 }
  /// Letters and digits: the characters a word is made of.
  @inline(__always) public static func isWordCharacter(_ unit: UInt16) -> Bool {
    table[Int(unit)] & Self.wordCharacterBits != 0
  }

  /// The simple lower-case mapping of a BMP code unit (surrogates map to themselves).
  @inline(__always)
  static func lowercase(_ unit: UInt16) -> UInt16 {
    if unit < 0x80 { return (unit >= 0x41 && unit <= 0x5A) ? unit | 0x20 : unit }
    return lowerTable[Int(unit)]
  }

  nonisolated(unsafe) static let lowerTable: UnsafePointer<UInt16> = {
    let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x10000)
    table.initialize(repeating: 0, count: 0x10000)
    for block in CharacterClass.uniformBlocks {
      for unit in block { table[unit] = UInt16(unit) }
    }
    forEachUnit(outside: CharacterClass.uniformBlocks) { table[$0] = lowercaseFromICU(of: $0) }
    return UnsafePointer(table)
  }()
}
