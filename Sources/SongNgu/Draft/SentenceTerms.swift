/// One translatable sentence with its glossary terms and its draft: what `songngu terms` prints.
public struct SentenceTerms: Sendable, Equatable {
  public var sentence: Sentence
  /// The sentence's draft; `draft.matches` are its terms, in order.
  public var draft: Draft

  public init(sentence: Sentence, draft: Draft) {
    self.sentence = sentence
    self.draft = draft
  }

  /// The terms found in the sentence.
  public var matches: [TermMatch] { draft.matches }

  /// One JSONL record: `text`, `draft`, `matches` (each `source`, `target`, `start`, `end`), then
  /// `index`, `block` and `kind`.
  ///
  /// `start` and `end` are UTF-16 code units into the normalized document text, like the offsets of
  /// `songngu segment --format jsonl` (`TermMatch.documentRange`).
  public var jsonLine: String {
    let matches = draft.matches.map { match in
      JSONText.object([
        ("source", JSONText.string(match.text)), ("target", JSONText.string(match.target)),
        ("start", String(match.documentRange.lowerBound)), ("end", String(match.documentRange.upperBound)),
      ])
    }
    return JSONText.object([
      ("text", JSONText.string(draft.source)), ("draft", JSONText.string(draft.text)),
      ("matches", JSONText.array(matches)), ("index", String(sentence.index)), ("block", String(sentence.block)),
      ("kind", JSONText.string(sentence.kind.rawValue)),
    ])
  }

  /// The sentence, its terms as indented `source → target` lines, then `draft: …`.
  public var textLines: [String] {
    [draft.source] + draft.matches.map { "  \($0.text) → \($0.target)" } + ["draft: \(draft.text)"]
  }
}

extension DraftTranslator {
  /// The translatable sentences of `document` (boilerplate left out), each with its terms and draft.
  public func sentenceTerms(for document: Document) -> [SentenceTerms] {
    let drafter = drafter()
    return document.translatableSentences.map { SentenceTerms(sentence: $0, draft: draft($0, with: drafter)) }
  }
}
