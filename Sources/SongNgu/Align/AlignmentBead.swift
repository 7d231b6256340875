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
