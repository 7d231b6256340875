/// Writes term-substituted English drafts: each glossary term of a sentence replaced by its target.
///
/// The text between terms stays as it is, in Vietnamese; the spans of the targets are recorded for
/// markup (XLIFF, TMX) and QA.
public struct DraftTranslator: Sendable {
  public let matcher: TermMatcher
  public var options: DraftOptions

  public init(matcher: TermMatcher, options: DraftOptions = DraftOptions()) {
    self.matcher = matcher
    self.options = options
  }

  public init(
    glossary: Glossary, matching: TermMatchingOptions = TermMatchingOptions(), options: DraftOptions = DraftOptions()
  ) {
    self.init(matcher: TermMatcher(glossary: glossary, options: matching), options: options)
  }

  /// The draft of one sentence.
  public func draft(_ sentence: Sentence) -> Draft {
    draft(source: sentence.text, sentence: sentence.index, matches: matcher.matches(in: sentence))
  }

  /// The draft of a bare string.
  public func draft(_ text: String) -> Draft {
    draft(source: text, sentence: nil, matches: matcher.matches(in: text))
  }

  /// The drafts of a document's translatable sentences (boilerplate left out), in order.
  public func drafts(for document: Document) -> [Draft] {
    document.translatableSentences.map(draft)
  }

  /// The draft of `source` with its `matches` (ranges into `source`, in order, not overlapping).
  ///
  /// A match that starts before the previous one ends, or ends after the source, is left out of the
  /// spans (it stays in `Draft.matches`).
  public func draft(source: String, sentence: Int?, matches: [TermMatch]) -> Draft {
    let units = Array(source.utf16)
    var output: [UInt16] = []
    output.reserveCapacity(units.count + 16 * matches.count)
    var spans: [DraftSpan] = []
    var copied = 0
    let opening = Array(options.style.opening.utf16)
    let closing = Array(options.style.closing.utf16)
    for (index, match) in matches.enumerated() {
      // Matches out of order, overlapping or outside the source are left out.
      guard match.range.lowerBound >= copied, match.range.upperBound <= units.count else { continue }
      output += units[copied..<match.range.lowerBound]
      var target = match.target
      var capitalized = false
      if options.capitalizeSentenceStart, startsSentence(units, at: match.range.lowerBound),
        let first = target.first, first.isLowercase
      {
        target = first.uppercased() + target.dropFirst()
        capitalized = true
      }
      let start = output.count
      output += opening
      let targetStart = output.count
      output += target.utf16
      let targetEnd = output.count
      output += closing
      spans.append(
        DraftSpan(
          range: start..<output.count, targetRange: targetStart..<targetEnd, match: index, target: target,
          capitalized: capitalized))
      copied = match.range.upperBound
    }
    output += units[copied...]
    return Draft(
      sentence: sentence, source: source, text: String(decoding: output, as: UTF16.self), spans: spans,
      matches: matches)
  }

  /// Whether only punctuation and spaces (opening quotes, brackets, dashes) come before `offset`.
  private func startsSentence(_ units: [UInt16], at offset: Int) -> Bool {
    units[..<offset].allSatisfy { !CharacterClass.isWordCharacter($0) }
  }
}
