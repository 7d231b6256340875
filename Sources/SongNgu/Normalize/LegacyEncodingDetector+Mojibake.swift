extension LegacyEncodingDetector {
  /// Whether decoded UTF-8 `units` hold letters only Unicode Vietnamese writes.
  ///
  /// Those are ă, đ, ĩ, ũ, ơ, ư (either case) and the letters of U+1EA0–U+1EF9 (ạ … ỹ). Such text is
  /// UTF-8, whatever Latin-1 symbols (« », ü, €) it also holds: no legacy encoding read as Latin-1
  /// produces them.
  static func hasUnicodeVietnamese(_ units: some Collection<UInt16>) -> Bool {
    units.contains { unit in
      switch unit {
      case 0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129, 0x0168, 0x0169, 0x01A0, 0x01A1, 0x01AF, 0x01B0,
        0x1EA0...0x1EF9:
        return true
      default: return false
      }
    }
  }

  /// Windows-1252's characters for bytes 0x80–0x9F (0 where the byte is undefined).
  static let cp1252High: [UInt16] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
    0x0178,
  ]

  /// Double-encoded UTF-8 (mojibake): the encoding the text was misread as, and a piece of evidence.
  ///
  /// That is text whose characters, written back as Windows-1252 or Latin-1 bytes, are UTF-8 with
  /// Unicode Vietnamese letters (`Thá»§ tÆ°á»›ng` is `Thủ tướng` read the wrong way and saved again).
  static func mojibake(_ units: [UInt16]) -> (misreadAs: String, evidence: String)? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(units.count)
    var usedCP1252 = false
    for unit in units {
      if unit < 0x80 || (unit >= 0xA0 && unit < 0x100) {
        bytes.append(UInt8(unit))
      } else if unit >= 0x80 && unit < 0xA0 {
        bytes.append(UInt8(unit))  // a C1 control: Latin-1's reading of the byte
      } else if let index = cp1252High.firstIndex(of: unit), unit != 0 {
        bytes.append(UInt8(0x80 + index))
        usedCP1252 = true
      } else if unit == 0xFFFD {
        // A byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), lost by the tool
        // that misread it: the text cannot be repaired exactly, but its other letters still tell.
        bytes.append(0x3F)
        usedCP1252 = true
      } else {
        return nil  // a character neither encoding has: not mojibake of this kind
      }
    }
    var decoded: [UInt16] = []
    _ = bytes.withUnsafeBufferPointer { UTF8Decoding.decode($0, appendingTo: &decoded) }
    // Most of the text's characters must come back as fewer, Vietnamese ones.
    guard decoded.count < units.count, hasUnicodeVietnamese(decoded) else { return nil }
    let vietnamese = decoded.count { (0x1EA0...0x1EF9).contains($0) || [0x0103, 0x0111, 0x01A1, 0x01B0].contains($0) }
    guard vietnamese >= 3 else { return nil }
    // Quote the first word that changed.
    let text = UTF16Text.string(units)
    let word = text.split(separator: " ").first { $0.unicodeScalars.contains { $0.value >= 0x80 } } ?? ""
    let fixed = String(
      decoding: Array(
        String(word).unicodeScalars.compactMap { scalar -> UInt8? in
          if scalar.value < 0x100 { return UInt8(scalar.value) }
          guard let index = cp1252High.firstIndex(of: UInt16(scalar.value)) else { return nil }
          return UInt8(0x80 + index)
        }), as: UTF8.self)
    return (usedCP1252 ? "Windows-1252" : "Latin-1", "\"\(word)\" for \"\(fixed)\"")
  }
}
