/// Writes aligned pairs as tab-separated lines: vi, en, score, bead (tabs and line breaks inside
/// text become spaces, `AlignmentText.oneLine(_:)`); no header.
public struct TSVAlignmentWriter: Sendable {
  public init() {}

  /// One pair's line, without its line end.
  public func line(_ pair: AlignedPair) -> String {
    [
      AlignmentText.oneLine(pair.vi), AlignmentText.oneLine(pair.en), String(pair.roundedScore), pair.bead,
    ].joined(separator: "\t")
  }

  /// The lines of `article`'s pairs scoring at least `minScore`, each ended by a line feed.
  public func lines(of article: AlignedPairs, minScore: Double = 0) -> String {
    var text = ""
    for pair in article.pairs where pair.passes(minScore: minScore) { text += line(pair) + "\n" }
    return text
  }
}
