/// Where UTF-16 offsets into a text fall in its UTF-8, so that pieces of a `String` can be sliced
/// out of it (and drafts spliced together) without transcoding or validating again.
///
/// Offsets are asked for in increasing order; the walk goes forward once over the units. An offset
/// inside a surrogate pair, or text with a lone surrogate (which a `String` holds as U+FFFD, three
/// bytes), has no answer: callers then fall back to the UTF-16 units.
struct UTF8Offsets {
  let units: UnsafeBufferPointer<UInt16>
  /// The UTF-16 offset reached, and its UTF-8 offset.
  private var unit = 0
  private var byte = 0
  private var isValid = true

  init(_ units: UnsafeBufferPointer<UInt16>) { self.units = units }

  /// The UTF-8 offset of the UTF-16 offset `offset` (not less than the last one asked for).
  mutating func byteOffset(of offset: Int) -> Int? {
    while unit < offset && isValid {
      let current = units[unit]
      if current < 0x80 {
        byte += 1
      } else if current < 0x800 {
        byte += 2
      } else if current & 0xF800 != 0xD800 {
        byte += 3
      } else if current & 0xFC00 == 0xD800 && unit + 1 < units.count && units[unit + 1] & 0xFC00 == 0xDC00 {
        if unit + 1 == offset { return nil }  // inside the pair
        byte += 4
        unit += 1
      } else {
        isValid = false  // a lone surrogate
      }
      unit += 1
    }
    return isValid && unit == offset ? byte : nil
  }

  /// The piece of `text` (whose UTF-16 units these are) between two UTF-8 offsets, copied without
  /// validating again.
  @inline(__always)
  static func slice(_ text: String, _ bytes: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
    return text[start..<utf8.index(start, offsetBy: bytes.count)]
  }
}
