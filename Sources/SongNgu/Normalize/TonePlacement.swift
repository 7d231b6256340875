/// The tone-mark placement rule of the open rimes `oa`, `oe` and `uy`: where a syllable's tone sits,
/// and moving it.
///
/// These rimes carry their tone on the first vowel in the old style (`hòa`, `khỏe`, `thủy`) and on the
/// second in the new style (`hoà`, `khoẻ`, `thuỷ`); every other syllable is written the same in both
/// (`ToneStyle`). Everything that finds or moves such a tone asks this type: the normalizer's two
/// tone passes, the UTF-8 decoder's pair notes (through the role bits in `LineFacts.table`), and term
/// folding (`TermFolding`, `FoldedText`), which puts every tone on the second vowel.
enum TonePlacement {
  /// Where a rime's tone mark sits.
  enum Placement: Equatable {
    /// On the first vowel: the old style.
    case first
    /// On the second vowel: the new style.
    case second
  }

  // MARK: - Role bits for scans

  /// What a code unit can be in an open rime, as bits that per-unit tables store (each from a base
  /// bit of its own) so that a scan finds candidate pairs with one shift and one `and`.
  ///
  /// The trick: each first-vowel bit sits `partnerShift` places below the bit of the vowels it pairs
  /// with (`o` three below `a`/`e`, `u` three below `y`). For the bits `p` of a unit and `r` of the
  /// unit after it, `r & (p << partnerShift)` keeps exactly the second-vowel bits whose partner is in
  /// `p`, so it is not 0 just when `p` holds a first vowel and `r` its partner (`mayPair`; a test
  /// checks it against the plain rule on every pair of units). Bit 2 and its partner, bit 5, are left
  /// free for a table's own pair (`TermFolding.identityFacts`: a space after a space).
  struct Roles: OptionSet, Sendable {
    let rawValue: UInt8
    // Computed, so that scans get constants (no lazy-global check in their loops).
    /// `o`, the first vowel of `oa` and `oe`.
    @inline(__always) static var o: Roles { Roles(rawValue: 1 << 0) }
    /// `u`, the first vowel of `uy`.
    @inline(__always) static var u: Roles { Roles(rawValue: 1 << 1) }
    /// `a` and `e`, the second vowel after `o`.
    @inline(__always) static var aOrE: Roles { Roles(rawValue: o.rawValue << partnerShift) }
    /// `y`, the second vowel after `u`.
    @inline(__always) static var y: Roles { Roles(rawValue: u.rawValue << partnerShift) }
    @inline(__always) static var first: Roles { Roles(rawValue: o.rawValue | u.rawValue) }
    @inline(__always) static var second: Roles { Roles(rawValue: aOrE.rawValue | y.rawValue) }
  }

  /// How far above a first-vowel bit its partners' bit is (see `Roles`).
  @inline(__always) static var partnerShift: UInt8 { 3 }

  /// The roles of `unit`: `o` or `u` (not `ô`, `ơ`, `ư`) as a first vowel, `a`, `e` (not `ă`, `â`,
  /// `ê`) or `y` as a second, with any tone and in either case.
  ///
  /// With `toneOnFirst`, only the vowels of a rime toned on its first vowel (the ones folding
  /// moves): an `o` or `u` with a tone, an `a`, `e` or `y` without. Reads no `CharacterTables`: it
  /// helps build them.
  static func roles(of unit: UInt16, toneOnFirst: Bool = false) -> Roles {
    guard let vowel = VietnameseLetters.vowelWithoutTables(unit) else { return [] }
    switch vowel.base {
    case .o, .u:
      guard !toneOnFirst || vowel.tone != .level else { return [] }
      return vowel.base == .o ? .o : .u
    case .a, .e, .y:
      guard !toneOnFirst || vowel.tone == .level else { return [] }
      return vowel.base == .y ? .y : .aOrE
    default:
      return []
    }
  }

  /// Whether a unit whose table bits are `previous` and the unit after it, with bits `current`, may be
  /// an open rime, when the table stores `Roles` from bit `base` (see `Roles` for the trick).
  @inline(__always)
  static func mayPair(_ previous: UInt8, _ current: UInt8, base: UInt8) -> Bool {
    current & (previous &<< partnerShift) & (Roles.second.rawValue &<< base) != 0
  }

  /// Whether `unit` may end a rime toned on its first vowel.
  ///
  /// That is an `a`, `e` or `y` without a mark (ASCII), in either case: a quick test before
  /// `place(in:style:tables:)`.
  @inline(__always)
  static func mayEndToneOnFirst(_ unit: UInt16) -> Bool {
    switch unit | 0x20 {
    case 0x61, 0x65, 0x79: return unit < 0x80
    default: return false
    }
  }

  // MARK: - Detection and the move

  /// The positions of the two vowels when `syllable` ends in the open rime `oa`, `oe` or `uy`
  /// (not after `q`, whose `u` belongs to the onset).
  static func openRime(in syllable: UnsafeBufferPointer<UInt16>, tables: CharacterTables = .shared) -> (Int, Int)? {
    let count = syllable.count
    guard count >= 2 else { return nil }
    let first = count - 2
    let second = count - 1
    guard let v1 = VietnameseLetters.vowel(syllable[first], tables: tables),
      let v2 = VietnameseLetters.vowel(syllable[second], tables: tables)
    else { return nil }
    switch (v1.base, v2.base) {
    case (.o, .a), (.o, .e): break
    case (.u, .y):
      if first > 0 && tables.lowercase(syllable[first - 1]) == 0x71 { return nil }  // q
    default: return nil
    }
    // A third vowel before the pair (`ngoai`… is not open; `khuya`, `uoa` are other rimes).
    if first > 0, tables.isVowel(syllable[first - 1]) { return nil }
    // Everything before the rime must be an onset consonant (ASCII letters or đ).
    for index in 0..<first {
      let unit = syllable[index]
      guard (unit < 0x80 && tables.isLetter(unit)) || unit == 0x0110 || unit == 0x0111 else { return nil }
    }
    return (first, second)
  }

  /// Finds the open rime that ends `syllable` and tells where its tone was.
  ///
  /// When the tone is on one vowel and `style` wants it on the other, moves it. Returns nil when
  /// there is no such rime or neither vowel (or both) carries a tone.
  @discardableResult
  static func place(
    in syllable: UnsafeMutableBufferPointer<UInt16>, style: ToneStyle, tables: CharacterTables = .shared
  ) -> Placement? {
    guard let (first, second) = openRime(in: UnsafeBufferPointer(syllable), tables: tables),
      let v1 = VietnameseLetters.vowel(syllable[first], tables: tables),
      let v2 = VietnameseLetters.vowel(syllable[second], tables: tables)
    else { return nil }
    if v1.tone != .level && v2.tone == .level {
      if style == .new {
        syllable[first] = VietnameseLetters.compose(v1.base, .level, upper: v1.isUpper)
        syllable[second] = VietnameseLetters.compose(v2.base, v1.tone, upper: v2.isUpper)
      }
      return .first
    }
    if v2.tone != .level && v1.tone == .level {
      if style == .old {
        syllable[first] = VietnameseLetters.compose(v1.base, v2.tone, upper: v1.isUpper)
        syllable[second] = VietnameseLetters.compose(v2.base, .level, upper: v2.isUpper)
      }
      return .second
    }
    return nil
  }

  /// `place(in:style:tables:)`, counting the syllable's style and any move in `counts`.
  static func place(
    in syllable: UnsafeMutableBufferPointer<UInt16>, style: ToneStyle, counts: inout NormalizationCounts,
    tables: CharacterTables = .shared
  ) {
    switch place(in: syllable, style: style, tables: tables) {
    case .first?:
      counts.oldStyleSyllables += 1
      if style == .new { counts.toneMarksMoved += 1 }
    case .second?:
      counts.newStyleSyllables += 1
      if style == .old { counts.toneMarksMoved += 1 }
    case nil:
      break
    }
  }
}
