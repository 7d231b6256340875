import Testing

@testable import SongNgu

/// The line decoder (`UTF8Decoding.decode`) against what it stands for, on random byte strings
/// that cross its eight-byte steps in every way: the UTF-16 units the standard library decodes, the
/// offset of the first bad sequence, the `LineFacts` and the marked pairs (the tone pass's
/// candidates) as documented.
@Suite struct UTF8DecodingTests {
  /// ASCII (the rime vowels, spaces, controls, DEL, NUL), Vietnamese letters of two and three bytes,
  /// a four-byte emoji, and bytes no UTF-8 has in that place.
  static let pieces: [[UInt8]] =
    [
      "a", "e", "y", "o", "u", "A", "Y", "O", "n", "g", ".", " ", "  ", "\t", "\u{1}", "\u{7F}", "\u{0}", "ơ",
      "ư", "đ", "ò", "ó", "ủ", "á", "é", "ý", "ạ", "ẻ", "ỳ", "ố", "Ư", "Ọ", "\u{A0}", "\u{300}", "“", "😀",
      "Nguyễn ", "hoà ", "thuỷ ", "khỏe ", "Việt Nam ",
    ].map { Array($0.utf8) } + [[0x80], [0xC0, 0x80], [0xE1, 0x80], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xFF]]

  /// What the decoder must answer for `bytes`, worked out from the standard library's decoder and
  /// the character tables.
  static func expected(_ bytes: [UInt8]) -> (units: [UInt16], failure: Int?, facts: UInt8, candidates: [Int32]) {
    var units: [UInt16] = []
    var failure: Int?
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    parsing: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        units += Array(String(Unicode.UTF8.decode(encoded)).utf16)
        offset += encoded.count
      case .error:
        failure = offset
        break parsing
      case .emptyInput:
        break parsing
      }
    }
    let table = CharacterTables.shared.facts
    var facts: UInt8 = 0
    var candidates: [Int32] = []
    for (index, unit) in units.enumerated() {
      facts |= table[Int(unit)] & 3
      // A leading, trailing or doubled space needs cleaning.
      if unit == 0x20 && (index == 0 || index == units.count - 1 || units[index - 1] == 0x20) { facts |= 1 }
      guard index > 0 else { continue }
      let previous = units[index - 1]
      // A pair of which one is not ASCII: `o` before `a` or `e`, or `u` before `y`, any tone and case.
      guard unit >= 0x80 || previous >= 0x80, let first = VietnameseLetters.vowel(previous),
        let second = VietnameseLetters.vowel(unit)
      else { continue }
      switch (first.base, second.base) {
      case (.o, .a), (.o, .e), (.u, .y): candidates.append(Int32(index))
      default: break
      }
    }
    return (units, failure, facts, candidates)
  }

  @Test func decodesLikeTheStandardLibraryAndFindsWhatItDocuments() {
    var random = SplitMix64(seed: 29)
    for _ in 0..<20_000 {
      let bytes = (0..<Int.random(in: 0..<24, using: &random)).flatMap { _ in
        Self.pieces.randomElement(using: &random)!
      }
      var units: [UInt16] = []
      var facts = LineFacts()
      var candidates: [Int32] = []
      let failure = bytes.withUnsafeBufferPointer {
        UTF8Decoding.decode($0, appendingTo: &units, facts: &facts, markedPairs: &candidates)
      }
      let expected = Self.expected(bytes)
      #expect(failure == expected.failure, "\(bytes)")
      #expect(units == expected.units, "\(bytes)")
      guard failure == nil else { continue }
      #expect(facts.rawValue == expected.facts, "\(bytes)")
      #expect(candidates == expected.candidates, "\(bytes)")
    }
  }

  @Test func appendsAfterWhatTheOutputHolds() {
    var units: [UInt16] = [0x41, 0x42]
    let bytes = Array("xin chào các bạn".utf8)
    #expect(bytes.withUnsafeBufferPointer { UTF8Decoding.decode($0, appendingTo: &units) } == nil)
    #expect(units == [0x41, 0x42] + Array("xin chào các bạn".utf16))
  }
}
