import Testing

@testable import SongNgu

/// Byte scans that let fast paths skip work, against what they stand for: `hasEscapable` (which
/// decides that a text is copied without escaping), `UTF16Text.utf8Count` (which finds where a
/// sentence and its glossary matches lie in the input's own bytes) and
/// `LegacyEncodingDetector.isPlainVietnameseUTF8` (which lets the legacy-encoding sniff stop early).
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

  /// What the sniff would conclude the long way: valid UTF-8 and no verdict from the detector.
  static func fullSniffFindsNothing(_ bytes: [UInt8]) -> Bool {
    var units: [UInt16] = []
    guard bytes.withUnsafeBufferPointer({ UTF8Decoding.decode($0, appendingTo: &units) }) == nil else { return false }
    let values = units.map { $0 < 0x100 ? UInt8($0) : 0 }
    let nonASCII = values.reduce(0) { $0 + ($1 >= 0x80 || $1 == 0 ? 1 : 0) }
    return LegacyEncodingDetector.detect(values: values, rawBytes: false, checksVIQR: nonASCII * 100 < values.count)
      == nil
  }

  @Test func thePlainUTF8ShortcutOnlySkipsTextTheDetectorWouldPass() {
    // Vietnamese, mojibake of legacy encodings read as Latin-1, VIQR, other scripts, emoji, NUL and
    // broken sequences.
    let pieces: [[UInt8]] =
      [
        "Hà Nội ", "Nguyễn Văn ", "tháng ", "ông ", "đã ", "Việt Nam ", "hòa bình ", "HÀ NỘI ", "ở ", "Ý ",
        "Hµ Néi ", "Haø Noäi ", "Vie^.t Nam ", "Ð ", "\u{A0}", "¼ ", "×", "ÿ", "Привет ", "中文 ", "😀 ", "\u{0}",
        "a", ". ", "\n",
      ].map { Array($0.utf8) } + [[0xC3], [0xE1, 0xBA], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0x80]]
    var random = SplitMix64(seed: 2026)
    var shortcuts = 0
    for _ in 0..<3000 {
      let mostlyVietnamese = Int.random(in: 0..<2, using: &random) == 0
      let bytes = (0..<Int.random(in: 0..<60, using: &random)).flatMap { _ -> [UInt8] in
        mostlyVietnamese && Int.random(in: 0..<20, using: &random) > 0
          ? pieces[Int.random(in: 0..<10, using: &random)] : pieces.randomElement(using: &random)!
      }
      let shortcut = bytes.withUnsafeBufferPointer {
        LegacyEncodingDetector.isPlainVietnameseUTF8($0, checksVIQR: true)
      }
      if shortcut {
        shortcuts += 1
        #expect(Self.fullSniffFindsNothing(bytes), "\(bytes)")
      }
    }
    #expect(shortcuts > 500)
    let article = Array("Hà Nội, ngày 5 tháng ba. Ông Nguyễn Văn A đã đến Việt Nam.".utf8)
    #expect(article.withUnsafeBufferPointer { LegacyEncodingDetector.isPlainVietnameseUTF8($0, checksVIQR: true) })
    // VIQR with one stray Vietnamese letter: under 1% not ASCII, so the detector must still look.
    let viqr = Array((String(repeating: "Vie^.t Nam d9a~ to^'i ", count: 20) + "à").utf8)
    #expect(!Self.fullSniffFindsNothing(viqr))
    #expect(!viqr.withUnsafeBufferPointer { LegacyEncodingDetector.isPlainVietnameseUTF8($0, checksVIQR: true) })
    #expect(viqr.withUnsafeBufferPointer { LegacyEncodingDetector.isPlainVietnameseUTF8($0, checksVIQR: false) })
  }
}
