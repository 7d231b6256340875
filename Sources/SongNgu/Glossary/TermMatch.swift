/// One occurrence of a glossary term in a sentence.
///
/// Offsets are UTF-16 code units (ICU's unit), like `Sentence.start` and `Sentence.end`.
public struct TermMatch: Sendable, Equatable, Hashable, Codable {
  /// Where the term is in the matched text (the sentence): `text == sentence.text[range]`.
  public var range: Range<Int>
  /// Where the term is in the document text: `range` shifted by `Sentence.start`.
  ///
  /// Equal to `range` when a bare string was matched.
  public var documentRange: Range<Int>
  /// The index of the sentence in its document, when a `Sentence` was matched.
  public var sentence: Int?
  /// The source text as it appears in the sentence (`Lệnh trừng phạt`, `hoà bình`, `Ðà Nẵng`).
  public var text: String
  /// The index of the entry in `Glossary.entries`.
  public var entry: Int
  /// Which Vietnamese form matched: 0 for the entry's source, `n` for `variants[n - 1]`.
  public var form: Int
  /// That form as written in the glossary.
  public var term: String
  /// The entry's preferred English target.
  public var target: String

  public init(
    range: Range<Int>, documentRange: Range<Int>? = nil, sentence: Int? = nil, text: String, entry: Int, form: Int,
    term: String, target: String
  ) {
    self.range = range
    self.documentRange = documentRange ?? range
    self.sentence = sentence
    self.text = text
    self.entry = entry
    self.form = form
    self.term = term
    self.target = target
  }
}
