/// Fast `String`s from UTF-16 code units.
///
/// `String(decoding:as: UTF16.self)` decodes scalar by scalar through generic code; glossary readers
/// make hundreds of thousands of cells, so they transcode to UTF-8 directly into the string's storage.
enum UTF16Text {
  /// The string of `units`; an unpaired surrogate becomes U+FFFD.
  static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
    let count = units.count
    guard count > 0 else { return "" }
    return String(unsafeUninitializedCapacity: count * 3) { bytes in
      var out = 0
      var index = 0
      while index < count {
        let unit = units[index]
        index += 1
        if unit < 0x80 {
          bytes[out] = UInt8(unit)
          out += 1
        } else if unit < 0x800 {
          bytes[out] = UInt8(0xC0 | (unit >> 6))
          bytes[out + 1] = UInt8(0x80 | (unit & 0x3F))
          out += 2
        } else if unit & 0xFC00 == 0xD800, index < count, units[index] & 0xFC00 == 0xDC00 {
          let scalar = 0x10000 + ((UInt32(unit) & 0x3FF) << 10 | (UInt32(units[index]) & 0x3FF))
          index += 1
          bytes[out] = UInt8(0xF0 | (scalar >> 18))
          bytes[out + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
          bytes[out + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
          bytes[out + 3] = UInt8(0x80 | (scalar & 0x3F))
          out += 4
        } else {
          let value = unit & 0xF800 == 0xD800 ? 0xFFFD : unit
          bytes[out] = UInt8(0xE0 | (value >> 12))
          bytes[out + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
          bytes[out + 2] = UInt8(0x80 | (value & 0x3F))
          out += 3
        }
      }
      return out
    }
  }

  /// The string of `units[range]`.
  static func string(_ units: [UInt16], _ range: Range<Int>) -> String {
    units.withUnsafeBufferPointer { string(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// The string of all `units`.
  static func string(_ units: [UInt16]) -> String {
    units.withUnsafeBufferPointer { string($0) }
  }
}
