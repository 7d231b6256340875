/// Writes aligned pairs as JSON Lines: one `{"id","vi","en","score","bead"}` object a line, `id`
/// being `ARTICLE:N` (N the bead's 0-based number in its article).
///
/// The line formats' counterpart of `TMXWriter` and `CSVWriter`: `AlignmentExport` renders every
/// format through one of these writers.
public struct JSONLAlignmentWriter: Sendable {
  public init() {}

  /// One pair's line, without its line end (`id` first when given).
  public func line(_ pair: AlignedPair, id: String? = nil) -> String { pair.jsonLine(id: id) }

  /// The lines of `article`'s pairs scoring at least `minScore`, each ended by a line feed.
  public func lines(of article: AlignedPairs, minScore: Double = 0) -> String {
    var text = ""
    for (number, pair) in article.pairs.enumerated() where pair.passes(minScore: minScore) {
      text += line(pair, id: "\(article.name):\(number)") + "\n"
    }
    return text
  }
}
