import Foundation
import SongNgu
import Testing

/// The project's sample article against its hand segmentation (`samples/*.vi.sentences.tsv`).
@Suite struct SampleSegmentationTests {
  struct GoldUnit: Equatable, CustomStringConvertible {
    var block: Int
    var kind: String
    var text: String
    var description: String { "\(block)\t\(kind)\t\(text)" }
  }

  func gold() throws -> [GoldUnit] {
    let lines = try Paths.read(Paths.sampleSentences).split(separator: "\n").dropFirst()
    return lines.map { line in
      let cells = line.split(separator: "\t", maxSplits: 2).map(String.init)
      return GoldUnit(block: Int(cells[0]) ?? -1, kind: cells[1], text: cells[2])
    }
  }

  @Test func sampleMatchesHandSegmentationExactly() throws {
    let reader = ArticleReader(lines: try LineReader(path: Paths.sampleVietnamese))
    let document = try reader.readDocument(name: "nato-trieu-tien")
    let units = document.sentences.map { GoldUnit(block: $0.block, kind: $0.kind.rawValue, text: $0.text) }
    let expected = try gold()
    #expect(units.count == 25)
    #expect(units == expected)
    let kinds = Dictionary(grouping: units, by: \.kind).mapValues(\.count)
    #expect(kinds == ["title": 1, "heading": 6, "body": 15, "source": 1, "boilerplate": 2])
  }

  @Test func offsetsPointIntoTheNormalizedText() throws {
    let document = try ArticleReader(lines: try LineReader(path: Paths.sampleVietnamese)).readDocument(name: "s")
    let units = Array(document.text.utf16)
    for sentence in document.sentences {
      #expect(String(decoding: units[sentence.start..<sentence.end], as: UTF16.self) == sentence.text)
    }
    for block in document.blocks {
      #expect(String(decoding: units[block.start..<block.end], as: UTF16.self) == block.text)
    }
  }
}
