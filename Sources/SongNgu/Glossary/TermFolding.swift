/// The per-UTF-16-unit folding that makes glossary terms and text comparable.
///
/// Text and keys are folded the same way (`FoldedText`), keeping case: combining tone and shape marks
/// compose onto their vowel (NFD = NFC), `Ð`/`Ɖ` become `Đ`, white space runs become one space,
/// invisible characters drop out, an open `oa`/`oe`/`uy` rime carries its tone on the second vowel
/// (`hòa` = `hoà`), and, as an option, a syllable's lone final `y` becomes `i` (`kỹ` = `kĩ`).
/// Trie keys are then compared through `lower` (case-insensitive) or `plain` (case- and
/// diacritic-insensitive, `đ` → `d`) with one table load per unit.
enum TermFolding {
  /// `lower[u]`: the simple lower-case mapping.
  static let lower: [UInt16] = {
    var table = [UInt16](repeating: 0, count: 0x10000)
    for unit in 0..<0x10000 { table[unit] = CharacterClass.lowercase(UInt16(unit)) }
    return table
  }()

  /// `plain[u]`: lower case without tone or shape marks, `đ` → `d`.
  static let plain: [UInt16] = {
    var table = lower
    for unit in 0..<VietnameseLetters.tableLimit {
      if let vowel = VietnameseLetters.vowel(UInt16(unit)) { table[unit] = vowel.base.plainLetter }
    }
    table[Int(VietnameseLetters.capitalD)] = 0x64
    table[Int(VietnameseLetters.smallD)] = 0x64
    return table
  }()

  /// What a unit does to folding: 0 ordinary, 1 white space, 2 dropped, 3 combining Vietnamese mark,
  /// 4 `Đ` look-alike (upper), 5 `đ` look-alike (lower).
  static let action: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 0x10000)
    for unit in 0..<0x10000 {
      let classes = CharacterClass.of(UInt16(unit))
      if classes.contains(.space) || classes.contains(.lineBreak) { table[unit] = 1 }
    }
    for unit in [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF] { table[unit] = 2 }
    for unit in [0x0300, 0x0301, 0x0302, 0x0303, 0x0306, 0x0309, 0x031B, 0x0323, 0x0340, 0x0341] { table[unit] = 3 }
    table[0x00D0] = 4
    table[0x0189] = 4
    table[0x00F0] = 5
    table[0x0256] = 5
    return table
  }()

  /// What `FoldedText.changes(in:)` needs to know of a unit, one bit each: `changes` (folding
  /// changes or drops it, or it is white space other than a single space), `space` (U+0020) and the
  /// tone roles of a rime toned on its first vowel (`TonePlacement.roles(of:toneOnFirst:)`, from bit
  /// `roleBase`), and the bits that clash with those of the unit before, three places up (see
  /// `TonePlacement.Roles`): the roles' second vowels and `spaceAgain`.
  static let identityFacts: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 0x10000)
    for unit in 0x09...0x0D { table[unit] = IdentityFact.changes }
    for unit in 0x80..<0x10000 where action[unit] != 0 { table[unit] = IdentityFact.changes }
    table[0x20] = IdentityFact.space | IdentityFact.spaceAgain
    for unit in 0..<VietnameseLetters.tableLimit {
      table[unit] |= TonePlacement.roles(of: UInt16(unit), toneOnFirst: true).rawValue &<< IdentityFact.roleBase
    }
    return table
  }()

  /// The bits of `identityFacts`: a unit's facts `f` and the previous unit's `p` show a change when
  /// `f & (p << clashShift | changes)` is not 0.
  enum IdentityFact {
    // Computed, so that scans get constants (no lazy-global check in their loops).
    @inline(__always) static var changes: UInt8 { 1 }
    /// Where the tone roles start: `o` 2, `u` 4, `a`/`e` 16, `y` 32.
    @inline(__always) static var roleBase: UInt8 { 1 }
    /// The bit `TonePlacement.Roles` leaves free, and its partner.
    @inline(__always) static var space: UInt8 { 1 << (2 + roleBase) }
    @inline(__always) static var spaceAgain: UInt8 { space << clashShift }
    @inline(__always) static var clashShift: UInt8 { TonePlacement.partnerShift }
    /// The clashes of an open rime toned on its first vowel, which folding fixes in place.
    @inline(__always) static var toneMoves: UInt8 { TonePlacement.Roles.second.rawValue << roleBase }
  }

  /// `vowel` with the combining `mark` applied, or nil when they do not compose.
  static func compose(_ unit: UInt16, with mark: UInt16) -> UInt16? {
    guard let vowel = VietnameseLetters.vowel(unit) else { return nil }
    let tone: VietnameseLetters.Tone?
    switch mark {
    case 0x0300, 0x0340: tone = .grave
    case 0x0301, 0x0341: tone = .acute
    case 0x0309: tone = .hook
    case 0x0303: tone = .tilde
    case 0x0323: tone = .dotBelow
    default: tone = nil
    }
    if let tone {
      guard vowel.tone == .level else { return nil }
      return VietnameseLetters.compose(vowel.base, tone, upper: vowel.isUpper)
    }
    let base: VietnameseLetters.Base?
    switch (mark, vowel.base) {
    case (0x0302, .a): base = .aCircumflex
    case (0x0302, .e): base = .eCircumflex
    case (0x0302, .o): base = .oCircumflex
    case (0x0306, .a): base = .aBreve
    case (0x031B, .o): base = .oHorn
    case (0x031B, .u): base = .uHorn
    default: base = nil
    }
    guard let base else { return nil }
    return VietnameseLetters.compose(base, vowel.tone, upper: vowel.isUpper)
  }

  /// Puts a syllable's canonical spellings in place: the tone of an open `oa`/`oe`/`uy` rime on its
  /// second vowel and, when `iy`, a lone final `y` as `i`.
  static func canonicalize(
    syllable: UnsafeMutableBufferPointer<UInt16>, iy: Bool, tables: CharacterTables = .shared
  ) {
    // An open rime whose tone needs moving ends in a level `a`, `e` or `y`: ASCII, checked first.
    if let last = syllable.last, TonePlacement.mayEndToneOnFirst(last) {
      TonePlacement.place(in: syllable, style: .new, tables: tables)
    }
    if iy { foldFinalY(syllable) }
  }

  /// `kỹ` → `kĩ`, `Lý` → `Lí`, `quý` → `quí`: a syllable made of consonants (or `qu`) and one `y`.
  private static func foldFinalY(_ syllable: UnsafeMutableBufferPointer<UInt16>) {
    let count = syllable.count
    guard count >= 2, let last = VietnameseLetters.vowel(syllable[count - 1]), last.base == .y else { return }
    for index in 0..<(count - 1) {
      let unit = lower[Int(syllable[index])]
      if unit == 0x111 { continue }
      guard unit >= 0x61 && unit <= 0x7A else { return }
      switch unit {
      case 0x61, 0x65, 0x69, 0x6F, 0x79: return
      case 0x75:
        guard index == count - 2, index > 0, lower[Int(syllable[index - 1])] == 0x71 else { return }
      default: continue
      }
    }
    syllable[count - 1] = VietnameseLetters.compose(.i, last.tone, upper: last.isUpper)
  }

  /// Hyphens that join the parts of a name (`Kim Yong-hyun`, `U-crai-na`).
  @inline(__always)
  static func isHyphen(_ unit: UInt16) -> Bool { unit == 0x2D || unit == 0x2010 || unit == 0x2011 }
}
