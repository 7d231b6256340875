import Foundation
import SongNgu
import Testing

/// Boundary F1 on hand-segmented Vietnamese news and treebank-style text (`Fixtures/Segmentation`).
///
/// Each fixture has one sentence a line and a blank line between paragraphs; the test joins each
/// paragraph's sentences with single spaces, segments the result, and compares sentence-end offsets.
@Suite struct SegmentationAccuracyTests {
  struct Score {
    var truePositives = 0
    var predicted = 0
    var gold = 0
    var errors: [String] = []
    var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
    var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
  }

  /// Paragraphs of gold sentences in a fixture file.
  func paragraphs(_ name: String) throws -> [[String]] {
    let text = try Paths.read(Paths.fixture("Segmentation/" + name))
    return text.components(separatedBy: "\n\n").map { $0.split(separator: "\n").map(String.init) }.filter {
      !$0.isEmpty
    }
  }

  /// Scores a segmenter (`split` gives sentence end offsets, in UTF-16 units, of a paragraph).
  func score(files: [String], split: (String) -> [Int]) throws -> Score {
    var score = Score()
    for file in files {
      for paragraph in try paragraphs(file) {
        let text = paragraph.joined(separator: " ")
        var gold: Set<Int> = []
        var offset = 0
        for sentence in paragraph {
          offset += sentence.utf16.count
          gold.insert(offset)
          offset += 1
        }
        let predicted = Set(split(text))
        score.gold += gold.count
        score.predicted += predicted.count
        score.truePositives += gold.intersection(predicted).count
        if gold != predicted { score.errors.append(text) }
      }
    }
    return score
  }

  let newsFiles = (1...13).map { String(format: "news-%02d.txt", $0) }
  let treebankFiles = ["treebank-01.txt"]

  func songngu(_ text: String) -> [Int] {
    let units = Array(text.utf16)
    return units.withUnsafeBufferPointer { SentenceSegmenter().split($0).map(\.upperBound) }
  }

  @Test func newsBoundaryF1() throws {
    let ours = try score(files: newsFiles, split: songngu)
    print(
      String(
        format: "segmentation news: F1 %.4f (precision %.4f, recall %.4f, %d gold boundaries)", ours.f1,
        ours.precision, ours.recall, ours.gold))
    for error in ours.errors.prefix(5) { print("  missed in: \(error.prefix(160))") }
    #expect(ours.gold > 300)
    #expect(ours.f1 >= 0.975)
  }

  @Test func treebankBoundaryF1() throws {
    let ours = try score(files: treebankFiles, split: songngu)
    print(String(format: "segmentation treebank: F1 %.4f (%d gold boundaries)", ours.f1, ours.gold))
    for error in ours.errors.prefix(5) { print("  missed in: \(error.prefix(160))") }
    #expect(ours.gold >= 150)
    #expect(ours.f1 >= 0.99)
  }
}
