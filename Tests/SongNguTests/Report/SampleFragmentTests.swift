import Foundation
import Testing

@testable import SongNgu

/// The coverage report on the bundled sample lists no single-syllable fragment of a longer name
/// (issue 16): no one-word candidate occurrence but a country sits beside another capitalised word, or
/// before a lower-case syllable that makes one word with it (`Hiệp` of `Hiệp định`).
@Suite struct SampleFragmentTests {
  /// The one-word candidate occurrences of `report` glued to a neighbour of their name in `text`.
  static func fragments(in report: CoverageReport, text: [UInt16]) -> [String] {
    let ranges = report.candidates.filter { !$0.text.contains(" ") }.flatMap {
      $0.occurrences.map { $0.start..<$0.end }
    }
    return fragments(ranges, text: text)
  }

  /// The `ranges` of `text` glued to a neighbour of their name.
  static func fragments(_ ranges: [Range<Int>], text: [UInt16]) -> [String] {
    let tables = CharacterTables.shared
    func word(before start: Int) -> Range<Int>? {
      guard start >= 2, text[start - 1] == 0x20, tables.isWordCharacter(text[start - 2]) else { return nil }
      var lower = start - 1
      while lower > 0, tables.isWordCharacter(text[lower - 1]) { lower -= 1 }
      return lower..<(start - 1)
    }
    func word(after end: Int) -> Range<Int>? {
      guard end + 1 < text.count, text[end] == 0x20, tables.isWordCharacter(text[end + 1]) else { return nil }
      var upper = end + 1
      while upper < text.count, tables.isWordCharacter(text[upper]) { upper += 1 }
      return (end + 1)..<upper
    }
    var result: [String] = []
    for range in ranges {
      // A country is a whole name, even before a person's (`Nga Sergei Lavrov`).
      let key = text[range].map { tables.lowercase($0) }
      if CandidateLexicon.countryKeys.contains(key) { continue }
      var glued = false
      if let before = word(before: range.lowerBound), tables.isUpper(text[before.lowerBound]) { glued = true }
      if let after = word(after: range.upperBound) {
        if tables.isUpper(text[after.lowerBound]) { glued = true }
        let pair = String(decoding: text[range] + [0x20] + text[after], as: UTF16.self)
        if tables.isLower(text[after.lowerBound]), VietnameseWords.contains(pair) { glued = true }
      }
      if glued { result.append(String(decoding: text[range], as: UTF16.self)) }
    }
    return result
  }

  @Test func noSingleSyllableFragmentInTheSampleReport() throws {
    let document = try ArticleReader(lines: try LineReader(path: Paths.sampleVietnamese))
      .readDocument(name: "nato-trieu-tien")
    let text = Array(document.text.utf16)
    let glossary = try GlossaryLoader.load(paths: [Paths.repository("glossaries")])
    let withGlossary = CoverageAnalyzer(glossary: glossary).report(for: [document])
    let detectorAlone = CoverageAnalyzer(glossary: Glossary(entries: [])).report(for: [document])
    #expect(!detectorAlone.candidates.isEmpty)
    #expect(Self.fragments(in: withGlossary, text: text) == [])
    #expect(Self.fragments(in: detectorAlone, text: text) == [])
  }

  @Test func theCheckFindsAFragment() {
    // The check itself: a lone `Hiệp` before `định` and a lone `Bồ` before `Đào Nha` are fragments; a
    // whole name is none.
    let text = Array("Họ ký Hiệp định với Bồ Đào Nha.".utf16)
    #expect(Self.fragments([6..<10, 20..<22], text: text) == ["Hiệp", "Bồ"])
    #expect(Self.fragments([20..<30], text: text) == [])
  }
}
