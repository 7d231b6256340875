/// Writes aligned pairs as Moses plain text: two files, `NAME.vi` and `NAME.en`, one side of a pair
/// a line; 1–0 and 0–1 beads left out.
public struct MosesAlignmentWriter: Sendable {
  public init() {}

  /// The two files' contents (vi, en) for `pairs` scoring at least `minScore`.
  public func files(of pairs: some Sequence<AlignedPair>, minScore: Double = 0) -> (vi: String, en: String) {
    var vi = ""
    var en = ""
    for pair in pairs where !pair.isOmission && pair.passes(minScore: minScore) {
      vi += AlignmentText.oneLine(pair.vi) + "\n"
      en += AlignmentText.oneLine(pair.en) + "\n"
    }
    return (vi, en)
  }
}
