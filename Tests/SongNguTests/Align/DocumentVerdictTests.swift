import Foundation
import Testing

@testable import SongNgu

/// The document verdict and bead scores on the tuning set: the fixture pairs and their derived cases
/// (true documents) against swapped documents (one case's Vietnamese with another article's English).
@Suite struct DocumentVerdictTests {
  /// A document pair of the tuning set, pre-segmented, with the gold beads when it is a true pair.
  struct TuningPair {
    var name: String
    var vi: [Sentence]
    var en: [Sentence]
    var gold: Set<String>?
  }

  static func key(_ bead: AlignmentBead) -> String { "\(bead.viSentences)\u{1}\(bead.enSentences)" }

  static func tuningPairs() throws -> [TuningPair] {
    let cases = try AlignmentFixtures.cases()
    var result: [TuningPair] = []
    for testCase in cases {
      result.append(
        TuningPair(
          name: testCase.name, vi: PresegmentedReader.read(text: testCase.presegmented(vi: true)),
          en: PresegmentedReader.read(text: testCase.presegmented(vi: false)),
          gold: Set(testCase.goldPositions.map(key))))
    }
    // Every case's Vietnamese with the English of each other article's clean pair.
    let bases = cases.filter { !$0.name.contains("#") }
    for testCase in cases {
      for other in bases where !testCase.name.hasPrefix(other.name) {
        result.append(
          TuningPair(
            name: testCase.name + "~" + other.name, vi: PresegmentedReader.read(text: testCase.presegmented(vi: true)),
            en: PresegmentedReader.read(text: other.presegmented(vi: false)), gold: nil))
      }
    }
    return result
  }

  @Test func swappedDocumentsAreRejectedAndTrueOnesKept() throws {
    let aligner = SentenceAligner()
    let threshold = DocumentVerdict.defaultThreshold
    var dump = ""
    var beadDump = ""
    var trueScores: [Double] = []
    var swappedScores: [Double] = []
    var beadsAt = [0.5: (right: 0, all: 0), 0.8: (right: 0, all: 0)]
    for pair in try Self.tuningPairs() {
      let features = aligner.makeFeatures(vi: pair.vi, en: pair.en)
      let alignment = aligner.align(features)
      let verdict = alignment.verdict
      if pair.gold == nil { swappedScores.append(verdict.score) } else { trueScores.append(verdict.score) }
      dump +=
        "\(pair.gold == nil ? 0 : 1)\t\(verdict.lexicalAgreement)\t\(verdict.anchorAgreement ?? -1)\t"
        + "\(verdict.unalignedShare)\t\(verdict.meanLengthCost)\t\(verdict.score)\t\(pair.name)\n"
      for bead in alignment.beads where !bead.isOmission {
        let right = pair.gold?.contains(Self.key(bead)) ?? false
        for threshold in [0.5, 0.8] where bead.score >= threshold {
          beadsAt[threshold]!.all += 1
          if right { beadsAt[threshold]!.right += 1 }
        }
        let shape = SentenceAligner.shapes.firstIndex { $0 == (bead.viSentences.count, bead.enSentences.count) } ?? 0
        let e = aligner.evidence(
          features, vi: bead.viSentences[0], bead.viSentences.count, en: bead.enSentences[0], bead.enSentences.count,
          shape: shape)
        beadDump += "\(right ? 1 : 0)\t\(e.local)\t\(e.linked)\t\(e.known)\t\(bead.kind)\t\(verdict.score)\n"
      }
    }
    if let path = ProcessInfo.processInfo.environment["ALIGN_DUMP"] {
      try dump.write(toFile: path + ".documents.tsv", atomically: true, encoding: .utf8)
      try beadDump.write(toFile: path + ".beads.tsv", atomically: true, encoding: .utf8)
    }
    let trueRejected = trueScores.filter { $0 < threshold }.count
    let swappedRejected = swappedScores.filter { $0 < threshold }.count
    print(
      "tuning: true documents rejected \(trueRejected) of \(trueScores.count) (scores \(trueScores.min()!)–\(trueScores.max()!)); "
        + "swapped rejected \(swappedRejected) of \(swappedScores.count) (scores \(swappedScores.min()!)–\(swappedScores.max()!))"
    )
    for threshold in [0.5, 0.8] {
      let (right, all) = beadsAt[threshold]!
      print(
        "tuning: beads scoring >= \(threshold): \(right) of \(all) right (precision \(Double(right) / Double(max(all, 1))))"
      )
    }
    #expect(Double(swappedRejected) >= 0.99 * Double(swappedScores.count))
    #expect(Double(trueRejected) <= 0.05 * Double(trueScores.count))
  }
}
