/// One bead of a sentence alignment: consecutive Vietnamese sentences paired with consecutive English ones.
///
/// Either side may be empty (a 1–0 bead is a Vietnamese sentence left untranslated, such as web
/// boilerplate; 0–1 is an English sentence with no Vietnamese source).
public struct AlignmentBead: Sendable, Equatable, Hashable, Codable {
  /// 0-based positions, in the aligned Vietnamese sentence list, of this bead's Vietnamese sentences.
  public var viSentences: [Int]
  /// 0-based positions, in the aligned English sentence list, of this bead's English sentences.
  public var enSentences: [Int]
  /// Confidence in [0, 1]: near 1 for a bead whose lengths and anchors agree.
  public var score: Double

  public init(viSentences: [Int], enSentences: [Int], score: Double) {
    self.viSentences = viSentences
    self.enSentences = enSentences
    self.score = score
  }

  /// The sentence counts, Vietnamese first: "1-1", "1-2", "2-1", "2-2", "1-0", "0-1".
  public var kind: String { "\(viSentences.count)-\(enSentences.count)" }

  /// Whether one side is empty (1–0 or 0–1).
  public var isOmission: Bool { viSentences.isEmpty || enSentences.isEmpty }
}

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

  public init(beads: [AlignmentBead], lengthRatio: Double, bandWidth: Int, reviewThreshold: Double) {
    self.beads = beads
    self.lengthRatio = lengthRatio
    self.bandWidth = bandWidth
    self.reviewThreshold = reviewThreshold
  }

  /// The indices (into `beads`) of the beads to review: score below `reviewThreshold`.
  public var lowConfidence: [Int] { beads.indices.filter { beads[$0].score < reviewThreshold } }

  /// The mean bead score (0 for an empty alignment).
  public var meanScore: Double {
    beads.isEmpty ? 0 : beads.reduce(0) { $0 + $1.score } / Double(beads.count)
  }
}

/// An aligned sentence pair as text: what `align` prints and exports.
public struct AlignedPair: Sendable, Equatable, Codable {
  /// The Vietnamese sentences, joined with one space ("" for a 0–1 bead).
  public var vi: String
  /// The English sentences, joined with one space ("" for a 1–0 bead).
  public var en: String
  public var score: Double
  /// The bead kind ("1-2").
  public var bead: String
  /// The block (0-based) of the first Vietnamese sentence (nil for 0–1).
  public var block: Int?
  /// The kind of that block (nil for 0–1).
  public var kind: BlockKind?

  public init(vi: String, en: String, score: Double, bead: String, block: Int? = nil, kind: BlockKind? = nil) {
    self.vi = vi
    self.en = en
    self.score = score
    self.bead = bead
    self.block = block
    self.kind = kind
  }

  /// Whether one side is empty.
  public var isOmission: Bool { vi.isEmpty || en.isEmpty }

  /// The score as printed: at most four decimals.
  public var roundedScore: Double { (score * 10000).rounded() / 10000 }

  /// `{"vi","en","score","bead"}`, with `id` first when given.
  public func jsonLine(id: String? = nil) -> String {
    var members: [(String, String)] = []
    if let id { members.append(("id", JSONText.string(id))) }
    members += [
      ("vi", JSONText.string(vi)), ("en", JSONText.string(en)), ("score", String(roundedScore)),
      ("bead", JSONText.string(bead)),
    ]
    return JSONText.object(members)
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
