extension LegacyEncodingDetector {
  /// Whether `bytes` are valid UTF-8 in which the detector could find no legacy encoding.
  ///
  /// That is: every character from U+0080 to U+00FF is a Latin-1 letter Vietnamese uses (or one the
  /// normalizer cleans), and, when VIQR is looked for, at least 1% of the UTF-16 units are not
  /// ASCII. One pass over the bytes, without decoding them to UTF-16; the text layer's validator
  /// (`UTF8Decoding.sequence(at:in:count:)`) judges each non-ASCII sequence.
  static func isPlainVietnameseUTF8(_ bytes: UnsafeBufferPointer<UInt8>, checksVIQR: Bool) -> Bool {
    guard let input = bytes.baseAddress else { return !checksVIQR }
    let count = bytes.count
    var units = 0
    var nonASCII = 0
    var index = 0
    let high: UInt64 = 0x8080_8080_8080_8080
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    while index < count {
      if index &+ 8 <= count {
        // The ASCII run at the start of the next eight bytes, at once; NULs count as not ASCII.
        let word = UInt64(littleEndian: UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self))
        let run = word & high == 0 ? 8 : (word & high).trailingZeroBitCount &>> 3
        let lanes = run == 8 ? high : high & ((1 &<< UInt64(run &* 8)) &- 1)
        let zeros = ~(((word & low7) &+ low7) | word) & high
        nonASCII &+= (zeros & lanes).nonzeroBitCount
        units &+= run
        index &+= run
        if run == 8 { continue }
      }
      let b0 = input[index]
      if b0 < 0x80 {
        units &+= 1
        if b0 == 0 { nonASCII &+= 1 }
        index &+= 1
        continue
      }
      let sequence = UTF8Decoding.sequence(at: index, in: input, count: count)
      guard sequence.length > 0 else { return false }
      if sequence.scalar < 0x100 && !isVietnameseLatin1OrCleaned(UInt8(truncatingIfNeeded: sequence.scalar)) {
        return false
      }
      // A scalar above U+FFFF is two UTF-16 units.
      let width = sequence.scalar > 0xFFFF ? 2 : 1
      units &+= width
      nonASCII &+= width
      index &+= sequence.length
    }
    return !checksVIQR || nonASCII * 100 >= units
  }
}
