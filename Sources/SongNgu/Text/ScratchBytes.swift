/// A growable byte buffer for hot loops, reused from one sentence to the next.
///
/// Unlike `[UInt8]` it appends without a uniqueness check per call and transcodes into memory it
/// has reserved but not yet initialized. One owner at a time; not `Sendable`.
final class ScratchBytes {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  private(set) var count = 0

  init(capacity: Int = 1024) {
    self.capacity = max(16, capacity)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes appended so far.
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// The bytes in `range` (offsets into `bytes`).
  subscript(range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
  }

  func removeAll() { count = 0 }

  /// Keeps the first `count` bytes.
  func truncate(to count: Int) {
    precondition(count >= 0 && count <= self.count)
    self.count = count
  }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private func grow(to needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (base + count).update(from: start, count: bytes.count)
    count += bytes.count
  }

  func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

  /// Appends bytes already in this buffer (`range` is an offset range into `bytes`).
  func appendCopy(of range: Range<Int>) {
    reserve(range.count)
    (base + count).update(from: base + range.lowerBound, count: range.count)
    count += range.count
  }

  func append(_ literal: StaticString) {
    append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Appends the decimal digits of a non-negative `value`.
  func append(decimal value: Int) {
    precondition(value >= 0)
    var digits = 1
    var rest = value / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    reserve(digits)
    var magnitude = value
    for position in stride(from: count + digits - 1, through: count, by: -1) {
      base[position] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
      magnitude /= 10
    }
    count += digits
  }

  /// Appends the UTF-8 of `units`; unpaired surrogates become U+FFFD, as `UTF16Text.string(_:)`
  /// spells them. Returns whether `units` held any surrogate.
  @discardableResult
  func appendUTF8(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    // At most 3 UTF-8 bytes per UTF-16 unit (a surrogate pair is 2 units for 4 bytes).
    reserve(units.count * 3)
    guard let source = units.baseAddress else { return false }
    let total = units.count
    var out = base + count
    var index = 0
    var sawSurrogate = false
    while index < total {
      // Four ASCII units at a time.
      while index + 4 <= total {
        let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
        guard word & 0xFF80_FF80_FF80_FF80 == 0 else { break }
        out[0] = UInt8(truncatingIfNeeded: word)
        out[1] = UInt8(truncatingIfNeeded: word >> 16)
        out[2] = UInt8(truncatingIfNeeded: word >> 32)
        out[3] = UInt8(truncatingIfNeeded: word >> 48)
        out += 4
        index += 4
      }
      guard index < total else { break }
      let unit = source[index]
      index += 1
      if unit < 0x80 {
        out[0] = UInt8(unit)
        out += 1
      } else if unit < 0x800 {
        out[0] = UInt8(0xC0 | (unit >> 6))
        out[1] = UInt8(0x80 | (unit & 0x3F))
        out += 2
      } else if unit & 0xF800 != 0xD800 {
        out[0] = UInt8(0xE0 | (unit >> 12))
        out[1] = UInt8(0x80 | ((unit >> 6) & 0x3F))
        out[2] = UInt8(0x80 | (unit & 0x3F))
        out += 3
      } else {
        sawSurrogate = true
        if unit < 0xDC00 && index < total && source[index] & 0xFC00 == 0xDC00 {
          let scalar = 0x10000 + (UInt32(unit - 0xD800) << 10 | UInt32(source[index] - 0xDC00))
          index += 1
          out[0] = UInt8(0xF0 | (scalar >> 18))
          out[1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
          out[2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
          out[3] = UInt8(0x80 | (scalar & 0x3F))
          out += 4
        } else {
          out[0] = 0xEF
          out[1] = 0xBF
          out[2] = 0xBD
          out += 3
        }
      }
    }
    count = out - base
    return sawSurrogate
  }
}
