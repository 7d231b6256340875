/// An article's aligned pairs, without the sentences they came from.
public struct AlignedPairs: Sendable, Equatable {
  public var name: String
  public var pairs: [AlignedPair]

  public init(name: String, pairs: [AlignedPair]) {
    self.name = name
    self.pairs = pairs
  }

  /// The pairs scoring at least `minScore`, as a bilingual document (human targets) for TMX and CSV.
  ///
  /// 1–0 and 0–1 beads are left out: a translation memory has no use for half a pair. Unit ids are
  /// `NAME:N`, N the bead's 0-based number in the article.
  public func bilingualDocument(minScore: Double = 0) -> BilingualDocument {
    var units: [BilingualUnit] = []
    for (number, pair) in pairs.enumerated() where !pair.isOmission && pair.passes(minScore: minScore) {
      let block = pair.block ?? 0
      units.append(
        BilingualUnit(
          id: "\(name):\(number)", source: pair.vi, target: pair.en, targetOrigin: .human, kind: pair.kind ?? .body,
          block: block, paragraph: block + 1, score: pair.roundedScore, bead: pair.bead))
    }
    return BilingualDocument(name: name, units: units)
  }
}
