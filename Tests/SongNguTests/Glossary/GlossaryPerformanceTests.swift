import Foundation
import SongNgu
import Testing

@Suite struct GlossaryPerformanceTests {
  /// 100,000 generated rows read correctly (time it in release mode: see the commit message).
  @Test func readsAHundredThousandRows() throws {
    var text = "# generated\n"
    let syllables = ["Việt", "Nam", "Triều", "Tiên", "hòa", "bình", "quốc", "tế", "Liên", "Hợp", "ngoại", "giao"]
    for row in 0..<100_000 {
      let a = syllables[row % syllables.count]
      let b = syllables[(row / syllables.count) % syllables.count]
      text += "\(a) \(b) \(row)\tterm \(row)\tghi chú \(row)\n"
    }
    let file = try TSVGlossaryReader().read(text: text, name: "big.tsv")
    #expect(file.findings.isEmpty)
    #expect(file.entries.count == 100_000)
    #expect(file.entries[99_999].source == "Tiên bình 99999")
    #expect(file.entries[99_999].location?.line == 100_001)
  }
}
