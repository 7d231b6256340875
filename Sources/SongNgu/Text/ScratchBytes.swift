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

  @inline(__always)
  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (base + count).update(from: start, count: bytes.count)
    count += bytes.count
  }

  func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

  @inline(__always)
  func append(byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends bytes already in this buffer (`range` is an offset range into `bytes`).
  func appendCopy(of range: Range<Int>) {
    reserve(range.count)
    (base + count).update(from: base + range.lowerBound, count: range.count)
    count += range.count
  }

  @inline(__always)
  func append(_ literal: StaticString) {
    append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Appends the decimal digits of a non-negative `value`.
  func append(decimal value: Int) {
    precondition(value >= 0)
    if value < 10 {
      append(byte: UInt8(truncatingIfNeeded: 0x30 &+ value))
      return
    }
    var digits = 2
    var limit = 100
    while value >= limit && digits < 19 {
      digits &+= 1
      limit &*= 10
    }
    reserve(digits)
    var magnitude = value
    for position in stride(from: count + digits - 1, through: count, by: -1) {
      base[position] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
      magnitude /= 10
    }
    count += digits
  }

  /// Whether any of `bytes` (UTF-8) is one an escaper must look at.
  ///
  /// That is a C0 control, `"`, `&`, `<`, `>`, or the lead byte `EF` (see `ExportBuffer`). Bytes
  /// without any go into every context as they are.
  static func hasEscapable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var index = 0
    // Eight bytes at a time, with the escaper's own quick test (exact with `quote`).
    while index &+ 8 <= bytes.count {
      if ExportBuffer.mayNeedLook(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), quote: true) {
        return true
      }
      index &+= 8
    }
    return bytes[index...].contains { $0 == 0xEF || ($0 < 0x40 && (escapableASCII &>> UInt64($0)) & 1 != 0) }
  }

  /// ASCII code units below 0x40 that `hasEscapable(_:)` looks for, as bits: the C0 controls,
  /// `"`, `&`, `<` and `>`.
  private static let escapableASCII: UInt64 = 0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

  /// Appends the UTF-8 of `units` and returns whether it holds a byte an escaper must look at
  /// (`hasEscapable(_:)`).
  ///
  /// Unpaired surrogates become U+FFFD, as `UTF16Text.string(_:)` spells them.
  @discardableResult
  func appendUTF8(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    reserve(units.count * 3)
    var escapable: UInt32 = 0
    count &+= UTF16Text.encodeUTF8(units, to: base + count) { scalar in
      // Escapable ASCII is all below 0x40; `EF` leads U+F000 to U+FFFF.
      escapable |=
        UInt32(truncatingIfNeeded: Self.escapableASCII &>> UInt64(scalar & 63)) & (scalar < 0x40 ? 1 : 0)
        | (scalar &>> 12 == 0xF ? 1 : 0)
    }
    return escapable & 1 != 0
  }
}
