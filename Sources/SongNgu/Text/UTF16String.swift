extension String {
  /// Creates a string from UTF-16 code units by transcoding to UTF-8 directly.
  ///
  /// The standard library's generic `String(decoding:as: UTF16.self)` takes a slow path for buffer
  /// slices; text is hot data here. Lone surrogates become U+FFFD, as in the standard library.
  public init(utf16Units units: UnsafeBufferPointer<UInt16>) {
    let count = units.count
    if count == 0 {
      self = ""
      return
    }
    self.init(unsafeUninitializedCapacity: count * 3) { buffer in
      var out = 0
      var index = 0
      while index < count {
        let unit = units[index]
        index += 1
        if unit < 0x80 {
          buffer[out] = UInt8(unit)
          out += 1
        } else if unit < 0x800 {
          buffer[out] = UInt8(0xC0 | (unit >> 6))
          buffer[out + 1] = UInt8(0x80 | (unit & 0x3F))
          out += 2
        } else if unit & 0xFC00 == 0xD800, index < count, units[index] & 0xFC00 == 0xDC00 {
          let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
          index += 1
          buffer[out] = UInt8(0xF0 | (scalar >> 18))
          buffer[out + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
          buffer[out + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
          buffer[out + 3] = UInt8(0x80 | (scalar & 0x3F))
          out += 4
        } else {
          let scalar = unit & 0xF800 == 0xD800 ? 0xFFFD : unit
          buffer[out] = UInt8(0xE0 | (scalar >> 12))
          buffer[out + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
          buffer[out + 2] = UInt8(0x80 | (scalar & 0x3F))
          out += 3
        }
      }
      return out
    }
  }

  /// Creates a string from an array of UTF-16 code units.
  public init(utf16Units units: [UInt16]) {
    self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
  }
}
