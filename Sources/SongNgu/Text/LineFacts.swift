import CICU

/// What a quick look at a line found: whether the `Normalizer` has anything to clean or compose.
///
/// The line reader gathers these while decoding, so clean lines (most of them) skip cleaning.
struct LineFacts: OptionSet, Sendable {
  let rawValue: UInt8
  init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Controls, invisible characters, exotic or doubled spaces, combining marks, Đ look-alikes.
  static let needsCleaning = LineFacts(rawValue: 1)
  /// Characters whose NFC form ICU must check: above U+0300, not Vietnamese letters and not NFC-inert.
  static let mayNeedComposition = LineFacts(rawValue: 2)
  /// Where the table's pair bits start.
  ///
  /// The decoder notes pairs of units for a later pass (see
  /// `UTF8Decoding.decode(_:appendingTo:facts:markedPairs:)`). Which units pair is that pass's
  /// business: the tone-placement rule's roles (`TonePlacement.Roles`), stored from this bit up.
  @inline(__always) static var pairBase: UInt8 { 2 }
  /// The pair bits a pair's first unit may have.
  @inline(__always) static var pairFirst: UInt8 { TonePlacement.Roles.first.rawValue &<< pairBase }
  /// The pair bits a pair's second unit may have.
  @inline(__always) static var pairSecond: UInt8 { TonePlacement.Roles.second.rawValue &<< pairBase }

  /// Whether units with table entries `first` and then `second` make a pair to note.
  @inline(__always)
  static func isPair(_ first: UInt8, _ second: UInt8) -> Bool {
    TonePlacement.mayPair(first, second, base: pairBase)
  }

  /// Whether `unit` is a Vietnamese vowel, straight from the vowel table (this table is built while
  /// `CharacterTables.shared` is, so it must not use it).
  private static func isVowel(_ unit: UInt16) -> Bool {
    VietnameseLetters.vowelWithoutTables(unit) != nil
  }

  /// Blocks whose units all have no facts.
  ///
  /// CJK ideographs, Yi and the private-use area; not Hangul syllables, some of which NFC may
  /// combine with a following jamo. A test checks every unit.
  static let blocksWithoutFacts: [ClosedRange<Int>] = [
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA48C, 0xE000...0xF8FF,
  ]

  /// The facts of `unit`, from the class and vowel tables and ICU; what `table` holds.
  static func factsOf(_ unit: Int) -> UInt8 {
    let u = UInt16(unit)
    var flags: UInt8 = 0
    if u < 0x20 || (u >= 0x7F && u < 0xC0) || u == 0xD0 || u == 0xF0 || u == 0x189 || u == 0x256 {
      flags |= needsCleaning.rawValue
    } else if u >= 0x300 && u < 0x370 {
      flags |= needsCleaning.rawValue
    } else if u >= 0x300 && !isVowel(u) {
      if (u >= 0x2000 && u < 0x2010) || (u >= 0x2028 && u < 0x2030) || (u >= 0x205F && u < 0x2070) || u == 0xFEFF
        || CharacterClass.isSpace(u) || CharacterClass.isMark(u)
      {
        flags |= needsCleaning.rawValue
      } else if !(u < 0xD800 || u >= 0xE000) || cicu_nfc_is_inert(UInt32(u)) == 0 {
        // Surrogates, and characters NFC may change or combine (quotes, dashes, CJK are inert).
        flags |= mayNeedComposition.rawValue
      }
    }
    return flags | TonePlacement.roles(of: u).rawValue &<< pairBase
  }

  /// Facts about one code unit; a space (U+0020) is clean unless doubled, which callers check.
  nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
    table.initialize(repeating: 0, count: 0x10000)
    CharacterClass.forEachUnit(outside: blocksWithoutFacts) { table[$0] = factsOf($0) }
    return UnsafePointer(table)
  }()
}
