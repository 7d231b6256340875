#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// XXH64, Yann Collet's 64-bit xxHash (seed 0), fed a piece at a time: how songngu tells whether a
/// file it wrote was changed since (`OutputManifest`).
///
/// A fast non-cryptographic hash: it finds edits, not tampering. Specification:
/// `doc/xxhash_spec.md` in the xxHash repository (BSD 2-clause); the tests compare it with the
/// reference library on every length up to three stripes and on pieces fed in any split.
struct XXHash64 {
  private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
  private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
  private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

  /// The four lanes, each fed every fourth 8-byte word of each 32-byte stripe.
  private var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1 &+ prime2, prime2, 0, 0 &- prime1)
  /// The start of a stripe not yet complete, and its length.
  private var pending: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  private var pendingCount = 0
  /// Bytes fed so far.
  private(set) var byteCount = 0

  init() {}

  /// The hash of `bytes`.
  static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hasher = XXHash64()
    hasher.update(bytes)
    return hasher.value
  }

  /// The hash of `bytes`.
  static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { hash($0) } }

  /// The size and hash of the file at `path`, read in pieces; nil when it cannot be read.
  static func file(at path: String) -> (size: Int, hash: UInt64)? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    let size = 1 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
    defer { buffer.deallocate() }
    var hasher = XXHash64()
    while true {
      let count = read(descriptor, buffer.baseAddress, size)
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { break }
      hasher.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
    }
    return (hasher.byteCount, hasher.value)
  }

  /// Feeds `bytes`.
  mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) { update(UnsafeRawBufferPointer(bytes)) }

  /// Feeds `bytes`.
  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard var start = bytes.baseAddress, !bytes.isEmpty else { return }
    var count = bytes.count
    byteCount += count
    if pendingCount > 0 {
      let taken = min(32 - pendingCount, count)
      withUnsafeMutableBytes(of: &pending) {
        ($0.baseAddress! + pendingCount).copyMemory(from: start, byteCount: taken)
      }
      pendingCount += taken
      start += taken
      count -= taken
      guard pendingCount == 32 else { return }
      withUnsafeBytes(of: pending) { consumeStripes($0.baseAddress!, count: 1) }
      pendingCount = 0
    }
    let stripes = count / 32
    if stripes > 0 { consumeStripes(start, count: stripes) }
    let rest = count - stripes * 32
    if rest > 0 {
      withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: start + stripes * 32, byteCount: rest) }
      pendingCount = rest
    }
  }

  /// The hash of everything fed so far.
  var value: UInt64 {
    var hash: UInt64
    if byteCount >= 32 {
      hash =
        Self.rotate(lanes.0, 1) &+ Self.rotate(lanes.1, 7) &+ Self.rotate(lanes.2, 12) &+ Self.rotate(lanes.3, 18)
      for lane in [lanes.0, lanes.1, lanes.2, lanes.3] {
        hash = (hash ^ Self.round(0, lane)) &* Self.prime1 &+ Self.prime4
      }
    } else {
      hash = Self.prime5
    }
    hash &+= UInt64(byteCount)
    withUnsafeBytes(of: pending) { tail in
      var offset = 0
      while offset + 8 <= pendingCount {
        let word = UInt64(littleEndian: tail.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        hash = Self.rotate(hash ^ Self.round(0, word), 27) &* Self.prime1 &+ Self.prime4
        offset += 8
      }
      if offset + 4 <= pendingCount {
        let word = UInt64(UInt32(littleEndian: tail.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        hash = Self.rotate(hash ^ (word &* Self.prime1), 23) &* Self.prime2 &+ Self.prime3
        offset += 4
      }
      while offset < pendingCount {
        hash = Self.rotate(hash ^ (UInt64(tail[offset]) &* Self.prime5), 11) &* Self.prime1
        offset += 1
      }
    }
    hash ^= hash >> 33
    hash &*= Self.prime2
    hash ^= hash >> 29
    hash &*= Self.prime3
    hash ^= hash >> 32
    return hash
  }

  /// `value` as 16 lower-case hex digits.
  var hex: String { Self.hex(value) }

  /// `hash` as 16 lower-case hex digits.
  static func hex(_ hash: UInt64) -> String {
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  private mutating func consumeStripes(_ start: UnsafeRawPointer, count: Int) {
    var (a, b, c, d) = lanes
    var pointer = start
    for _ in 0..<count {
      a = Self.round(a, UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self)))
      b = Self.round(b, UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
      c = Self.round(c, UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
      d = Self.round(d, UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: 24, as: UInt64.self)))
      pointer += 32
    }
    lanes = (a, b, c, d)
  }

  @inline(__always)
  private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
    rotate(accumulator &+ input &* prime2, 31) &* prime1
  }

  @inline(__always)
  private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 { (value << count) | (value >> (64 - count)) }
}
