/// A sentence's English draft: its glossary terms replaced by their targets, the rest left in Vietnamese.
public struct Draft: Sendable, Equatable, Codable {
  /// The sentence's index in its document, when a `Sentence` was drafted.
  public var sentence: Int?
  /// The Vietnamese sentence.
  public var source: String
  /// The draft.
  public var text: String
  /// The substituted targets (glossary terms, dates, numbers, amounts), in order; a term's
  /// `spans[i].match` indexes `matches`.
  public var spans: [DraftSpan]
  /// The terms found in the sentence, in order (ranges into `source`).
  public var matches: [TermMatch]

  public init(sentence: Int?, source: String, text: String, spans: [DraftSpan], matches: [TermMatch]) {
    self.sentence = sentence
    self.source = source
    self.text = text
    self.spans = spans
    self.matches = matches
  }

  /// The draft with every substituted target put back to the source text it replaced: `source`.
  public func restoredSource() -> String {
    var units = Array(text.utf16)
    for span in spans.reversed() {
      units.replaceSubrange(span.range, with: span.source.utf16)
    }
    return String(decoding: units, as: UTF16.self)
  }
}
