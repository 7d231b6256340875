/// The result of aligning two sentence lists.
public struct Alignment: Sendable, Equatable {
  /// The beads, in document order; together they cover every sentence of both sides exactly once.
  public var beads: [AlignmentBead]
  /// English characters per Vietnamese character, estimated from the two texts (with the prior).
  public var lengthRatio: Double
  /// The half-width of the band (in sentences) the final pass searched around the diagonal.
  public var bandWidth: Int
  /// The score below which a bead is listed for review.
  public var reviewThreshold: Double
  /// Whether the two documents translate each other: the document's score and what it rests on.
  public var verdict: DocumentVerdict

  public init(
    beads: [AlignmentBead], lengthRatio: Double, bandWidth: Int, reviewThreshold: Double,
    verdict: DocumentVerdict = DocumentVerdict()
  ) {
    self.beads = beads
    self.lengthRatio = lengthRatio
    self.bandWidth = bandWidth
    self.reviewThreshold = reviewThreshold
    self.verdict = verdict
  }

  /// The indices (into `beads`) of the beads to review: score below `reviewThreshold`.
  public var lowConfidence: [Int] { beads.indices.filter { beads[$0].score < reviewThreshold } }

  /// The mean bead score (0 for an empty alignment).
  public var meanScore: Double {
    beads.isEmpty ? 0 : beads.reduce(0) { $0 + $1.score } / Double(beads.count)
  }
}

extension Alignment {
  /// The beads as text pairs, in document order.
  public func pairs(vi: [Sentence], en: [Sentence]) -> [AlignedPair] {
    beads.map { bead in
      AlignedPair(
        vi: bead.viSentences.map { vi[$0].text }.joined(separator: " "),
        en: bead.enSentences.map { en[$0].text }.joined(separator: " "), score: bead.score, bead: bead.kind,
        block: bead.viSentences.first.map { vi[$0].block }, kind: bead.viSentences.first.map { vi[$0].kind })
    }
  }
}
