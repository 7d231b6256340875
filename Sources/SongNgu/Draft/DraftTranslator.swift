/// Writes term-substituted English drafts: each glossary term of a sentence replaced by its target.
///
/// The text between terms stays as it is, in Vietnamese; the spans of the targets are recorded for
/// markup (XLIFF, TMX) and QA. Drafts are made by the one drafting engine (`SentenceDrafter`) that
/// `ArticlePreparer` writes files with.
public struct DraftTranslator: Sendable {
  public let matcher: TermMatcher
  public var options: DraftOptions
  /// The glossary's targets and forms as UTF-8, shared by every drafter made from this translator.
  let terms: GlossaryBytes

  public init(matcher: TermMatcher, options: DraftOptions = DraftOptions()) {
    self.matcher = matcher
    self.options = options
    self.terms = GlossaryBytes(matcher.glossary)
  }

  public init(
    glossary: Glossary, matching: TermMatchingOptions = TermMatchingOptions(), options: DraftOptions = DraftOptions()
  ) {
    self.init(matcher: TermMatcher(glossary: glossary, options: matching), options: options)
  }

  /// A drafting engine for one thread's sentences.
  func drafter() -> SentenceDrafter {
    SentenceDrafter(matcher: matcher, terms: terms, options: options)
  }

  /// The draft of one sentence.
  public func draft(_ sentence: Sentence) -> Draft {
    let drafter = drafter()
    return draft(sentence, with: drafter)
  }

  /// The draft of a bare string.
  public func draft(_ text: String) -> Draft {
    let drafter = drafter()
    return Self.withValidUnits(Array(text.utf16)[...]) { units in
      drafter.draft(units, sourceBytes: nil)
      return drafter.draftValue(sentence: nil, offset: 0)
    }
  }

  /// The drafts of a document's translatable sentences (boilerplate left out), in order.
  public func drafts(for document: Document) -> [Draft] {
    let drafter = drafter()
    return document.translatableSentences.map { draft($0, with: drafter) }
  }

  /// The draft of `source` with its `matches` (ranges into `source`, in order, entries of this
  /// translator's glossary).
  ///
  /// A match that starts before the previous one ends, ends after the source or names no entry is
  /// left out of the spans (it stays in `Draft.matches`).
  public func draft(source: String, sentence: Int?, matches: [TermMatch]) -> Draft {
    let drafter = drafter()
    let found = matches.map { match in
      TermMatcher.Found(
        range: match.range, entry: Int32(clamping: match.entry),
        form: Int32(clamping: match.form))
    }
    return Self.withValidUnits(Array(source.utf16)[...]) { units in
      drafter.draft(units, matches: found)
      var draft = drafter.draftValue(sentence: sentence, offset: 0)
      for index in draft.spans.indices { draft.spans[index].match = drafter.substitutions[index].match }
      draft.matches = matches
      return draft
    }
  }

  /// The draft of `sentence` with a reused engine.
  func draft(_ sentence: Sentence, with drafter: SentenceDrafter) -> Draft {
    Self.withValidUnits(sentence.utf16) { units in
      drafter.draft(units, sourceBytes: nil)
      return drafter.draftValue(sentence: sentence.index, offset: sentence.start)
    }
  }

  /// Calls `body` with `units`, lone surrogates replaced by U+FFFD (one unit each, so offsets stay
  /// as they are), as a `String` reads them.
  private static func withValidUnits<Result>(
    _ units: ArraySlice<UInt16>, _ body: (UnsafeBufferPointer<UInt16>) -> Result
  ) -> Result {
    units.withUnsafeBufferPointer { buffer in
      guard UTF16Text.hasLoneSurrogate(buffer) else { return body(buffer) }
      return UTF16Text.replacingLoneSurrogates(buffer).withUnsafeBufferPointer(body)
    }
  }
}
