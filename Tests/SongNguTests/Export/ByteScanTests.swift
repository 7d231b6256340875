import Testing

@testable import SongNgu

/// The byte scans behind the writers' copy paths, against naive definitions: `hasEscapable` (which
/// decides that a text is copied without escaping) and `UTF16Text.utf8Count` (which finds where a
/// sentence and its glossary matches lie in the input's own bytes).
@Suite struct ByteScanTests {
  /// What `hasEscapable` must answer: a C0 control, `"`, `&`, `<`, `>` or the byte `EF`.
  static func naiveHasEscapable(_ bytes: [UInt8]) -> Bool {
    bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0xEF }
  }

  @Test func everyEscapableByteIsFoundAtEveryPosition() {
    // Lengths around the eight-byte words, each byte value at each position, in plain filler that
    // mixes ASCII and the bytes of Vietnamese letters (which must not fire).
    let filler: [UInt8] = Array("Hà Nội ngày 5 tháng ba, ông Nguyễn".utf8)
    for length in 1...20 {
      let plain = Array(filler.prefix(length))
      #expect(plain.withUnsafeBufferPointer { ScratchBytes.hasEscapable($0) } == Self.naiveHasEscapable(plain))
      for position in 0..<length {
        for value in 0...255 {
          var bytes = plain
          bytes[position] = UInt8(value)
          let found = bytes.withUnsafeBufferPointer { ScratchBytes.hasEscapable($0) }
          #expect(found == Self.naiveHasEscapable(bytes), "byte \(value) at \(position) of \(length)")
        }
      }
    }
  }

  @Test func randomBytesAgreeWithTheNaiveScan() {
    var random = SplitMix64(seed: 41)
    for _ in 0..<5000 {
      let length = Int.random(in: 0..<40, using: &random)
      // Mostly high and printable bytes, so that a hit is neither certain nor rare.
      let bytes = (0..<length).map { _ -> UInt8 in
        Int.random(in: 0..<12, using: &random) == 0
          ? UInt8.random(in: 0...255, using: &random) : UInt8.random(in: 0x40...0xEE, using: &random)
      }
      let found = bytes.withUnsafeBufferPointer { ScratchBytes.hasEscapable($0) }
      #expect(found == Self.naiveHasEscapable(bytes))
    }
  }

  @Test func utf8CountIsTheLengthOfTheEncodedText() {
    let pieces = ["a", " ", "ệ", "ư", "đ", "Ấ", "😀", "𝒜", "€", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}"]
    var random = SplitMix64(seed: 7)
    for _ in 0..<2000 {
      let text = (0..<Int.random(in: 0..<30, using: &random)).map { _ in pieces.randomElement(using: &random)! }
        .joined()
      let units = Array(text.utf16)
      #expect(units.withUnsafeBufferPointer { UTF16Text.utf8Count($0) } == text.utf8.count, "\(text)")
    }
  }
}
