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
  /// Left out of the outputs by a filter (pair QA with `--drop-flagged`); it keeps its number.
  public var excluded = false

  public init(vi: String, en: String, score: Double, bead: String, block: Int? = nil, kind: BlockKind? = nil) {
    self.vi = vi
    self.en = en
    self.score = score
    self.bead = bead
    self.block = block
    self.kind = kind
  }

  /// The encoded fields (the filter mark is not one).
  enum CodingKeys: String, CodingKey {
    case vi, en, score, bead, block, kind
  }

  /// Whether the pair goes into outputs that keep pairs scoring at least `minScore`.
  public func passes(minScore: Double) -> Bool { !excluded && score >= minScore }

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
