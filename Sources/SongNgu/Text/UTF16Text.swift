/// Fast conversions between `String` and UTF-16 code units for hot loops.
///
/// Native Swift strings are UTF-8; walking their `utf16` view and building strings with
/// `String(decoding:as: UTF16.self)` from array slices both go through slow generic paths. These
/// transcode directly over contiguous buffers.
enum UTF16Text {
  /// The number of Unicode code points in `units`: every unit but a low surrogate starts one.
  static func codePointCount(_ units: some Collection<UInt16>) -> Int {
    units.reduce(0) { $1 & 0xFC00 == 0xDC00 ? $0 : $0 + 1 }
  }

  /// The number of UTF-8 bytes of `units` (valid UTF-16).
  ///
  /// One, two or three per unit, and four for a surrogate pair (three for each half, less one),
  /// counted with carries in 32-bit arithmetic, without comparisons (the measurements behind the
  /// choice are in docs/performance.md).
  static func utf8Count(_ units: UnsafeBufferPointer<UInt16>) -> Int {
    guard let base = units.baseAddress else { return 0 }
    let count = units.count
    var extra: UInt32 = 0
    var index = 0
    while index < count {
      let unit = UInt32(base[index])
      // 1 from 0x80 up, 1 more from 0x800 up, 1 less for a surrogate (D800–DFFF).
      extra &+= (unit &+ 0xFF80) &>> 16 &+ (unit &+ 0xF800) &>> 16
      extra &-= (((unit & 0xF800) ^ 0xD800) &- 1) &>> 31
      index &+= 1
    }
    return count &+ Int(extra)
  }

  /// Replaces the contents of `units` with the UTF-16 code units of `text` (decoded by `UTF8Decoding`).
  static func units(of text: String, into units: inout [UInt16]) {
    units.removeAll(keepingCapacity: true)
    var text = text
    text.withUTF8 { _ = UTF8Decoding.decode($0, appendingTo: &units) }
  }

  /// Writes the UTF-8 of `units` at `bytes` and returns how many bytes it wrote, calling `written`
  /// with each scalar (unpaired surrogates become U+FFFD).
  ///
  /// The one UTF-16 to UTF-8 encoder: `string(_:)`, `ScratchBytes.appendUTF8(_:)` and `LineReader`
  /// (for UTF-16 input) write with it. `bytes` must have room for three bytes per unit (a surrogate
  /// pair is two units for four bytes).
  ///
  /// A branch per form (chosen over a branch-free select by measurement: docs/performance.md).
  @inline(__always)
  static func encodeUTF8(
    _ units: UnsafeBufferPointer<UInt16>, to bytes: UnsafeMutablePointer<UInt8>, written: (UInt32) -> Void
  ) -> Int {
    guard let source = units.baseAddress else { return 0 }
    let count = units.count
    var out = 0
    var index = 0
    while index < count {
      let unit = source[index]
      index &+= 1
      if unit < 0x80 {
        bytes[out] = UInt8(truncatingIfNeeded: unit)
        out &+= 1
        written(UInt32(unit))
      } else if unit < 0x800 {
        bytes[out] = UInt8(truncatingIfNeeded: 0xC0 | unit &>> 6)
        bytes[out &+ 1] = UInt8(truncatingIfNeeded: 0x80 | unit & 0x3F)
        out &+= 2
        written(UInt32(unit))
      } else if unit & 0xF800 != 0xD800 {
        bytes[out] = UInt8(truncatingIfNeeded: 0xE0 | unit &>> 12)
        bytes[out &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (unit &>> 6) & 0x3F)
        bytes[out &+ 2] = UInt8(truncatingIfNeeded: 0x80 | unit & 0x3F)
        out &+= 3
        written(UInt32(unit))
      } else if unit < 0xDC00 && index < count && source[index] & 0xFC00 == 0xDC00 {
        let scalar = 0x10000 &+ (UInt32(unit &- 0xD800) &<< 10 | UInt32(source[index] &- 0xDC00))
        index &+= 1
        bytes[out] = UInt8(truncatingIfNeeded: 0xF0 | scalar &>> 18)
        bytes[out &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (scalar &>> 12) & 0x3F)
        bytes[out &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (scalar &>> 6) & 0x3F)
        bytes[out &+ 3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
        out &+= 4
        written(scalar)
      } else {
        // U+FFFD: EF BF BD.
        bytes[out] = 0xEF
        bytes[out &+ 1] = 0xBF
        bytes[out &+ 2] = 0xBD
        out &+= 3
        written(0xFFFD)
      }
    }
    return out
  }

  /// The string of `units`; unpaired surrogates become U+FFFD.
  static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
    String(unsafeUninitializedCapacity: units.count * 3) { bytes in
      guard let start = bytes.baseAddress else { return 0 }
      return encodeUTF8(units, to: start) { _ in }
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

extension UTF16Text {
  /// Whether `units` holds a surrogate that is not half of a pair.
  static func hasLoneSurrogate(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    var index = 0
    while index < units.count {
      let unit = units[index]
      index += 1
      guard unit & 0xF800 == 0xD800 else { continue }
      guard unit < 0xDC00, index < units.count, units[index] & 0xFC00 == 0xDC00 else { return true }
      index += 1
    }
    return false
  }

  /// `units` with every lone surrogate replaced by U+FFFD.
  static func replacingLoneSurrogates(_ units: UnsafeBufferPointer<UInt16>) -> [UInt16] {
    var result = Array(units)
    var index = 0
    while index < result.count {
      let unit = result[index]
      index += 1
      guard unit & 0xF800 == 0xD800 else { continue }
      if unit < 0xDC00, index < result.count, result[index] & 0xFC00 == 0xDC00 {
        index += 1
      } else {
        result[index - 1] = 0xFFFD
      }
    }
    return result
  }
}
