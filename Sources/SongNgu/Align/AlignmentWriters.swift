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
    for (number, pair) in article.pairs.enumerated() where pair.score >= minScore {
      text += line(pair, id: "\(article.name):\(number)") + "\n"
    }
    return text
  }
}

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
    for pair in article.pairs where pair.score >= minScore { text += line(pair) + "\n" }
    return text
  }
}

/// Writes aligned pairs as Moses plain text: two files, `NAME.vi` and `NAME.en`, one side of a pair
/// a line; 1–0 and 0–1 beads left out.
public struct MosesAlignmentWriter: Sendable {
  public init() {}

  /// The two files' contents (vi, en) for `pairs` scoring at least `minScore`.
  public func files(of pairs: some Sequence<AlignedPair>, minScore: Double = 0) -> (vi: String, en: String) {
    var vi = ""
    var en = ""
    for pair in pairs where !pair.isOmission && pair.score >= minScore {
      vi += AlignmentText.oneLine(pair.vi) + "\n"
      en += AlignmentText.oneLine(pair.en) + "\n"
    }
    return (vi, en)
  }
}
