import Foundation
import TestSupport
import Testing

@testable import SongNgu

/// `XXHash64` against the reference library (`XXH64(data, length, 0)` of libxxhash 0.8.1): every
/// path of the algorithm (tails of 1, 4 and 8 bytes, one stripe, many), fed whole and in pieces.
@Suite struct XXHash64Tests {
  /// Byte `i` of the test input.
  static let input = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 31 + 7) }

  /// (length, XXH64 of the input's first `length` bytes), from the reference library.
  static let reference: [(Int, UInt64)] = [
    (0, 0xEF46_DB37_51D8_E999), (1, 0xA96C_7F0C_E858_BBB7), (3, 0x56E6_9576_32A4_87F9),
    (4, 0xC60D_15B1_E3FF_8F04), (5, 0x8088_1585_8624_DD4E), (7, 0xAFBE_FC3D_6C6F_9A8E),
    (8, 0x3DA5_C7AA_2696_83E0), (9, 0x4B17_A9BA_9E21_5C09), (12, 0x8FE8_AB1C_1FD0_666E),
    (15, 0xAE2A_37EB_9357_CAA7), (16, 0xA19A_D429_B02B_C413), (31, 0x4A74_F3A1_A39A_D4A1),
    (32, 0x8D57_D6A4_671C_C43D), (33, 0x62C9_FD21_ED85_7664), (36, 0xA447_5C60_6B0A_BC3C),
    (63, 0x5C32_0A0D_2707_057F), (64, 0x7BBA_BBC4_5729_D17E), (65, 0xF398_0C34_BAE6_5DC1),
    (95, 0x90F6_CB6D_1DB4_1380), (96, 0x1A4B_2073_8505_1B55), (100, 0xEFA0_AD2D_3E70_C151),
    (1000, 0x9959_4F48_2804_3D35), (100_000, 0x3AC9_CBC5_A9B7_F843),
  ]

  @Test func matchesTheReferenceLibrary() {
    for (length, expected) in Self.reference {
      #expect(XXHash64.hash(Array(Self.input.prefix(length))) == expected, "length \(length)")
    }
    #expect(XXHash64.hash(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
    #expect(XXHash64.hex(0xEF46_DB37_51D8_E999) == "ef46db3751d8e999")
    #expect(XXHash64.hex(0xA) == "000000000000000a")
  }

  @Test func piecesHashAsTheWhole() {
    var generator = SplitMix64(seed: 19)
    for (length, expected) in Self.reference where length > 0 {
      for _ in 0..<20 {
        var hasher = XXHash64()
        var offset = 0
        while offset < length {
          let piece = min(length - offset, Int(generator.next() % 70) + (generator.next() % 5 == 0 ? 0 : 1))
          Self.input[offset..<(offset + piece)].withUnsafeBytes { hasher.update($0) }
          offset += piece
        }
        #expect(hasher.value == expected, "length \(length)")
        #expect(hasher.byteCount == length)
      }
    }
  }

  @Test func hashesAFileInPieces() throws {
    let folder = try ProcessRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("f").path
    let bytes = Array(repeating: Self.input, count: 30).flatMap { $0 }  // 3 MB: three reads
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let file = try #require(XXHash64.file(at: path))
    #expect(file.size == bytes.count && file.hash == XXHash64.hash(bytes))
    #expect(XXHash64.file(at: folder.appendingPathComponent("missing").path) == nil)
  }
}
