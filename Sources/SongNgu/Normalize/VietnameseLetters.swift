/// Facts about Vietnamese letters, looked up by UTF-16 code unit.
///
/// Every precomposed Vietnamese vowel is one UTF-16 code unit (all are in the BMP), described by its
/// base vowel (one of the twelve vowel letters `a ă â e ê i o ô ơ u ư y`, shape marks included), its
/// tone (none, grave, acute, hook, tilde, dot below) and its case. Lookups are table-driven so the hot
/// loops never build `Character`s.
enum VietnameseLetters {
  /// The six tones in the order of the tables below.
  enum Tone: UInt8, Sendable, CaseIterable {
    case level = 0, grave, acute, hook, tilde, dotBelow
  }

  /// The twelve vowel letters, each followed by its five toned forms (lower case).
  static let lowerVowelRows: [String] = [
    "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
    "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
  ]
  /// The same in upper case.
  static let upperVowelRows: [String] = [
    "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
    "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
  ]

  /// Index of the base vowel letter in the rows above.
  enum Base: UInt8, Sendable {
    case a = 0, aBreve, aCircumflex, e, eCircumflex, i, o, oCircumflex, oHorn, u, uHorn, y
    /// The plain Latin letter under the shape marks (`ă` → `a`, `ư` → `u`), lower case.
    var plainLetter: UInt16 {
      switch self {
      case .a, .aBreve, .aCircumflex: return 0x61
      case .e, .eCircumflex: return 0x65
      case .i: return 0x69
      case .o, .oCircumflex, .oHorn: return 0x6F
      case .u, .uHorn: return 0x75
      case .y: return 0x79
      }
    }
  }

  /// A vowel's description.
  struct Vowel: Sendable, Equatable {
    let base: Base
    let tone: Tone
    let isUpper: Bool
  }

  static let tableLimit = 0x1F00
  /// `vowelCodes[u]` is 0 when `u` is not a Vietnamese vowel, else `1 + base * 12 + tone * 2 + upper`.
  static let vowelCodes: [UInt8] = {
    var table = [UInt8](repeating: 0, count: tableLimit)
    for (rows, upper) in [(lowerVowelRows, 0), (upperVowelRows, 1)] {
      for (base, row) in rows.enumerated() {
        for (tone, unit) in row.utf16.enumerated() {
          table[Int(unit)] = UInt8(1 + base * 12 + tone * 2 + upper)
        }
      }
    }
    return table
  }()
  /// `vowelCodes` as a pointer that lives for the whole process.
  nonisolated(unsafe) static let vowelCodePointer: UnsafePointer<UInt8> = {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: tableLimit)
    pointer.initialize(from: vowelCodes, count: tableLimit)
    return UnsafePointer(pointer)
  }()

  /// `composed[base][tone][upper]` as a flat array.
  static let composed: [UInt16] = {
    var table = [UInt16](repeating: 0, count: 12 * 6 * 2)
    for (rows, upper) in [(lowerVowelRows, 0), (upperVowelRows, 1)] {
      for (base, row) in rows.enumerated() {
        for (tone, unit) in row.utf16.enumerated() {
          table[base * 12 + tone * 2 + upper] = unit
        }
      }
    }
    return table
  }()

  /// Describes `unit` when it is a precomposed (or plain) Vietnamese vowel.
  @inline(__always)
  static func vowel(_ unit: UInt16) -> Vowel? { vowel(unit, tables: CharacterTables.shared) }

  /// Describes `unit` when it is a Vietnamese vowel, with tables already at hand.
  @inline(__always)
  static func vowel(_ unit: UInt16, tables: CharacterTables) -> Vowel? {
    guard Int(unit) < tableLimit else { return nil }
    return vowel(code: tables.vowels[Int(unit)])
  }

  /// Describes `unit` when it is a Vietnamese vowel, from `vowelCodes` itself: for building the
  /// tables `CharacterTables` holds.
  static func vowelWithoutTables(_ unit: UInt16) -> Vowel? {
    guard Int(unit) < tableLimit else { return nil }
    return vowel(code: vowelCodes[Int(unit)])
  }

  /// The vowel a `vowelCodes` entry stands for (nil for 0, not a vowel).
  @inline(__always)
  static func vowel(code: UInt8) -> Vowel? {
    guard code != 0 else { return nil }
    let packed = Int(code) - 1
    // Both raw values are in range by construction of the table.
    return Vowel(
      base: Base(rawValue: UInt8(packed / 12)) ?? .a,
      tone: Tone(rawValue: UInt8((packed % 12) / 2)) ?? .level,
      isUpper: packed % 2 == 1)
  }

  /// The code unit for `base` with `tone` in the given case.
  @inline(__always)
  static func compose(_ base: Base, _ tone: Tone, upper: Bool) -> UInt16 {
    composed[Int(base.rawValue) * 12 + Int(tone.rawValue) * 2 + (upper ? 1 : 0)]
  }

  /// `Đ` and `đ`.
  static let capitalD: UInt16 = 0x0110
  static let smallD: UInt16 = 0x0111

  /// Characters that look like `Đ` but are not: Icelandic eth `Ð` (U+00D0) and African `Ɖ` (U+0189).
  @inline(__always)
  static func isDLookalike(_ unit: UInt16) -> Bool { unit == 0x00D0 || unit == 0x0189 }
}
