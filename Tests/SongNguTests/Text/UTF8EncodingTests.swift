import Testing

@testable import SongNgu

/// The one UTF-16 to UTF-8 encoder (`UTF16Text.encodeUTF8`) through both its callers, against the
/// standard library: `UTF16Text.string` and `ScratchBytes.appendUTF8` (with the escaper's flag).
@Suite struct UTF8EncodingTests {
  /// One-, two-, three- and four-byte characters, the edges between them, lone and reversed surrogates.
  static let pieces: [[UInt16]] =
    [
      "a", "<", "\"", "\u{1}", "\u{7F}", "\u{80}", "ệ", "đ", "\u{7FF}", "\u{800}", "€", "\u{EFFF}", "\u{F000}",
      "\u{FFFF}", "😀", "𝒜",
    ].map { Array($0.utf16) } + [[0xD800], [0xDBFF], [0xDC00], [0xDFFF], [0xDC00, 0xD800]]

  @Test func encodesLikeTheStandardLibrary() {
    var random = SplitMix64(seed: 13)
    let scratch = ScratchBytes(capacity: 16)
    for _ in 0..<5000 {
      let units = (0..<Int.random(in: 0..<20, using: &random)).flatMap { _ in
        Self.pieces.randomElement(using: &random)!
      }
      let expected = String(decoding: units, as: UTF16.self)
      #expect(units.withUnsafeBufferPointer { UTF16Text.string($0) } == expected, "\(units)")
      scratch.removeAll()
      scratch.append(byte: 0x41)
      let escapable = units.withUnsafeBufferPointer { scratch.appendUTF8($0) }
      let bytes = Array(scratch.bytes.dropFirst())
      #expect(bytes == Array(expected.utf8), "\(units)")
      #expect(escapable == bytes.withUnsafeBufferPointer { ScratchBytes.hasEscapable($0) }, "\(units)")
    }
  }
}
