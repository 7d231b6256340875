/// The parameters of `SentenceAligner`: serialisable, with defaults tuned on the alignment fixtures.
public struct AlignerOptions: Sendable, Equatable, Codable {
  /// English characters per Vietnamese character before any data is seen.
  public var lengthRatioPrior: Double
  /// How many Vietnamese characters the prior weighs, against the document's own ratio.
  public var priorWeight: Double
  /// Gale–Church variance of the English length per Vietnamese character.
  public var variance: Double
  /// The smallest band half-width (sentences either side of the diagonal); widened when the best
  /// path touches the band's edge.
  public var minimumBand: Int
  /// Beads scoring below this are listed for review.
  public var reviewThreshold: Double
  /// Cost taken off a bead per anchor (number, name, glossary term) found on both of its sides.
  public var anchorReward: Double
  /// Cost added per anchor on one side of a bead that the other side's document has elsewhere.
  public var anchorPenalty: Double
  /// Cost added when a bead starts a paragraph on one side only.
  public var paragraphPenalty: Double
  /// Cost added when one side of a bead spans two paragraphs.
  public var crossParagraphPenalty: Double
  /// Cost added when a heading (title, heading, source line) pairs with body text.
  public var headingPenalty: Double
  /// Cost taken off a bead per word a translation links (counted on both sides), less
  /// `lexicalChance` per word the lexicon knows.
  public var lexicalWeight: Double
  /// The share of known words a translation would link by chance between unrelated sentences.
  public var lexicalChance: Double
  /// The prior cost of joining a unit to the one it continues across an open line end.
  public var softJoinCost: Double
  /// The prior cost of a bead that starts on a unit continuing an open line end (splitting there).
  public var softSplitCost: Double
  /// The prior cost of a 1–0 or 0–1 bead: a sentence left out or added by the translator.
  public var omissionCost: Double
  /// Cost per known word a sentence joined with others (in a 2–1, 1–2 or 2–2 bead) fails to link
  /// to the other side, below `orphanShare` of its known words: such a sentence is more likely its
  /// own 1–0 or 0–1 bead.
  public var orphanWeight: Double
  /// The share of its known words a sentence of a bead is expected to link to the bead's other side.
  public var orphanShare: Double
  /// The same cost as `orphanWeight` for the two sentences of a 1–1 bead: a pair that links little
  /// of what the lexicon knows is more likely a sentence left out next to one added.
  public var mismatchWeight: Double
  /// Cost added to a 2–1 or 1–2 bead when one of the two sentences joined on a side brings
  /// evidence of its own (words of the other side that only it links, anchors only it matches), the
  /// other brings none, and the first alone links every word the lexicon knows on the other side:
  /// the join is then more likely a 1–1 next to a sentence left out or added.
  public var unsupportedJoinCost: Double
  /// Cost added to a 2–1 or 1–2 bead when a sentence joined on a side brings no evidence of its
  /// own and has a number the other document has nowhere (“That is about $390,000.”): an
  /// explanation the translator added, or a sentence left out.
  public var foreignNumberCost: Double

  public init(
    lengthRatioPrior: Double = 1.1, priorWeight: Double = 400, variance: Double = 3.5, minimumBand: Int = 8,
    reviewThreshold: Double = 0.5, anchorReward: Double = 1.0, anchorPenalty: Double = 1.0,
    paragraphPenalty: Double = 1.5, crossParagraphPenalty: Double = 3.0, headingPenalty: Double = 2.0,
    lexicalWeight: Double = 0.5, lexicalChance: Double = 0.2, softJoinCost: Double = 0.3,
    softSplitCost: Double = 1.0, omissionCost: Double = 4.5, orphanWeight: Double = 1.0, orphanShare: Double = 0.5,
    mismatchWeight: Double = 0.3, unsupportedJoinCost: Double = 1.0,
    foreignNumberCost: Double = 3.0
  ) {
    self.lengthRatioPrior = lengthRatioPrior
    self.priorWeight = priorWeight
    self.variance = variance
    self.minimumBand = minimumBand
    self.reviewThreshold = reviewThreshold
    self.anchorReward = anchorReward
    self.anchorPenalty = anchorPenalty
    self.paragraphPenalty = paragraphPenalty
    self.crossParagraphPenalty = crossParagraphPenalty
    self.headingPenalty = headingPenalty
    self.lexicalWeight = lexicalWeight
    self.lexicalChance = lexicalChance
    self.softJoinCost = softJoinCost
    self.softSplitCost = softSplitCost
    self.omissionCost = omissionCost
    self.orphanWeight = orphanWeight
    self.orphanShare = orphanShare
    self.mismatchWeight = mismatchWeight
    self.unsupportedJoinCost = unsupportedJoinCost
    self.foreignNumberCost = foreignNumberCost
  }

  /// Reads options written by any version: a key missing from the file keeps its default.
  public init(from decoder: any Decoder) throws {
    let defaults = AlignerOptions()
    let container = try decoder.container(keyedBy: CodingKeys.self)
    lengthRatioPrior =
      try container.decodeIfPresent(Double.self, forKey: .lengthRatioPrior) ?? defaults.lengthRatioPrior
    priorWeight = try container.decodeIfPresent(Double.self, forKey: .priorWeight) ?? defaults.priorWeight
    variance = try container.decodeIfPresent(Double.self, forKey: .variance) ?? defaults.variance
    minimumBand = try container.decodeIfPresent(Int.self, forKey: .minimumBand) ?? defaults.minimumBand
    reviewThreshold = try container.decodeIfPresent(Double.self, forKey: .reviewThreshold) ?? defaults.reviewThreshold
    anchorReward = try container.decodeIfPresent(Double.self, forKey: .anchorReward) ?? defaults.anchorReward
    anchorPenalty = try container.decodeIfPresent(Double.self, forKey: .anchorPenalty) ?? defaults.anchorPenalty
    paragraphPenalty =
      try container.decodeIfPresent(Double.self, forKey: .paragraphPenalty) ?? defaults.paragraphPenalty
    crossParagraphPenalty =
      try container.decodeIfPresent(Double.self, forKey: .crossParagraphPenalty) ?? defaults.crossParagraphPenalty
    headingPenalty = try container.decodeIfPresent(Double.self, forKey: .headingPenalty) ?? defaults.headingPenalty
    lexicalWeight = try container.decodeIfPresent(Double.self, forKey: .lexicalWeight) ?? defaults.lexicalWeight
    lexicalChance = try container.decodeIfPresent(Double.self, forKey: .lexicalChance) ?? defaults.lexicalChance
    softJoinCost = try container.decodeIfPresent(Double.self, forKey: .softJoinCost) ?? defaults.softJoinCost
    softSplitCost = try container.decodeIfPresent(Double.self, forKey: .softSplitCost) ?? defaults.softSplitCost
    omissionCost = try container.decodeIfPresent(Double.self, forKey: .omissionCost) ?? defaults.omissionCost
    orphanWeight = try container.decodeIfPresent(Double.self, forKey: .orphanWeight) ?? defaults.orphanWeight
    orphanShare = try container.decodeIfPresent(Double.self, forKey: .orphanShare) ?? defaults.orphanShare
    mismatchWeight = try container.decodeIfPresent(Double.self, forKey: .mismatchWeight) ?? defaults.mismatchWeight
    unsupportedJoinCost =
      try container.decodeIfPresent(Double.self, forKey: .unsupportedJoinCost) ?? defaults.unsupportedJoinCost
    foreignNumberCost =
      try container.decodeIfPresent(Double.self, forKey: .foreignNumberCost) ?? defaults.foreignNumberCost
  }
}
