/// One sentence pair to translate or to keep as translation memory: the neutral model every export
/// format writes.
public struct BilingualUnit: Sendable, Equatable, Codable {
  /// Stable identifier: `article:bBLOCK:sSENTENCE` (see `id(article:block:sentence:)`).
  public var id: String
  /// The Vietnamese sentence.
  public var source: String
  /// The English sentence, empty when there is none yet: a human translation, or with
  /// `PrepareOptions.prefill` the draft (see `targetOrigin`).
  public var target: String
  /// The glossary draft offered for review: `source` with its glossary terms substituted; nil when
  /// no term was substituted (then there is nothing to offer).
  ///
  /// A draft is a suggestion, never a translation: formats that have a place for suggestions mark it
  /// as one (XLIFF `state="needs-review-translation"`, TMX `x-target-origin`), and CSV keeps it in its
  /// own `draft` column.
  public var draft: String?
  /// Notes for the translator, one a line: the glossary's note on each term used
  /// (`Anh = United Kingdom: also means brother/you/he …`) and each term left in Vietnamese, with why
  /// (`Anh: left in Vietnamese, pronoun; the glossary has United Kingdom`).
  public var notes: [String]
  /// Where `target` comes from.
  public var targetOrigin: TargetOrigin
  /// The kind of block the sentence is in.
  public var kind: BlockKind
  /// 0-based index of that block in the article (the `block` field of JSONL output).
  public var block: Int
  /// 1-based paragraph number as a person counts it in the article.
  public var paragraph: Int
  /// The glossary terms found in `source` and the English used for each, in source order.
  public var terms: [UsedTerm]
  /// Alignment score (higher is better), when the target came from sentence alignment.
  public var score: Double?
  /// Alignment bead, "VI-EN" sentence counts such as "1-1" or "1-2", when aligned.
  public var bead: String?

  public init(
    id: String, source: String, target: String, targetOrigin: TargetOrigin, kind: BlockKind, block: Int,
    paragraph: Int, terms: [UsedTerm] = [], score: Double? = nil, bead: String? = nil, draft: String? = nil,
    notes: [String] = []
  ) {
    self.id = id
    self.source = source
    self.target = target
    self.draft = draft
    self.notes = notes
    self.targetOrigin = targetOrigin
    self.kind = kind
    self.block = block
    self.paragraph = paragraph
    self.terms = terms
    self.score = score
    self.bead = bead
  }

  /// The stable unit identifier `article:bBLOCK:sSENTENCE`, both numbers 0-based
  /// (`nato-trieu-tien:b3:s1` is the second sentence of block 3).
  public static func id(article: String, block: Int, sentence: Int) -> String {
    let id = UnitID(article: article)
    return withExtendedLifetime(id) { String(decoding: id.bytes(block: block, sentence: sentence), as: UTF8.self) }
  }
}
