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
    var scratch = TermMatcher.Scratch()
    return draft(sentence, scratch: &scratch)
  }

  /// The draft of one sentence, with matching buffers reused from sentence to sentence; `source` is
  /// the sentence's text when the caller has it.
  func draft(_ sentence: Sentence, source: String? = nil, scratch: inout TermMatcher.Scratch) -> Draft {
    sentence.utf16.withUnsafeBufferPointer { units in
      let source = source ?? UTF16Text.string(units)
      var matches: [TermMatch] = []
      matcher.collect(
        units: units, text: source, sentence: sentence.index, offset: sentence.start, scratch: &scratch,
        into: &matches)
      return draft(units: units, source: source, sentence: sentence.index, matches: matches)
    }
  }

  /// The draft of a bare string.
  public func draft(_ text: String) -> Draft {
    draft(source: text, sentence: nil, matches: matcher.matches(in: text))
  }

  /// The drafts of a document's translatable sentences (boilerplate left out), in order.
  public func drafts(for document: Document) -> [Draft] {
    var scratch = TermMatcher.Scratch()
    return document.translatableSentences.map { draft($0, scratch: &scratch) }
  }

  /// The draft of `source` with its `matches` (ranges into `source`, in order, not overlapping).
  ///
  /// A match that starts before the previous one ends, or ends after the source, is left out of the
  /// spans (it stays in `Draft.matches`).
  public func draft(source: String, sentence: Int?, matches: [TermMatch]) -> Draft {
    var units: [UInt16] = []
    UTF16Text.units(of: source, into: &units)
    return units.withUnsafeBufferPointer { draft(units: $0, source: source, sentence: sentence, matches: matches) }
  }

  /// The draft of `source`, whose UTF-16 code units are `units`.
  ///
  /// Without a match to substitute the draft is `source` itself, not a copy. Otherwise the draft is
  /// spliced together from pieces of `source` and the targets, on UTF-8; text a `String` cannot be
  /// sliced at the matches' offsets (a lone surrogate) is drafted on the UTF-16 units.
  func draft(units: UnsafeBufferPointer<UInt16>, source: String, sentence: Int?, matches: [TermMatch]) -> Draft {
    guard !matches.isEmpty else {
      return Draft(sentence: sentence, source: source, text: source, spans: [], matches: [])
    }
    let opening = options.style.opening
    let closing = options.style.closing
    let openingLength = opening.utf16.count
    let closingLength = closing.utf16.count
    var text = ""
    text.reserveCapacity(source.utf8.count + 16 * matches.count)
    var length = 0  // of `text`, in UTF-16 code units
    var spans: [DraftSpan] = []
    var offsets = UTF8Offsets(units)
    var copied = 0
    var copiedByte = 0
    // Where the first letter or digit is: a match starts the sentence when it starts there or before.
    var firstWord: Int? = nil
    for (index, match) in matches.enumerated() {
      // Matches out of order, overlapping or outside the source are left out.
      guard match.range.lowerBound >= copied, match.range.upperBound <= units.count else { continue }
      guard let lower = offsets.byteOffset(of: match.range.lowerBound),
        let upper = offsets.byteOffset(of: match.range.upperBound)
      else { return draftOnUnits(units, source: source, sentence: sentence, matches: matches) }
      text += UTF8Offsets.slice(source, copiedByte..<lower)
      length += match.range.lowerBound - copied
      var target = match.target
      var capitalized = false
      if options.capitalizeSentenceStart, let upper = Self.sentenceStart(of: target) {
        let wordStart = firstWord ?? Self.firstWordCharacter(in: units)
        firstWord = wordStart
        if match.range.lowerBound <= wordStart {
          target = upper
          capitalized = true
        }
      }
      let targetLength = target.utf16.count
      let start = length
      text += opening
      text += target
      text += closing
      length += openingLength + targetLength + closingLength
      spans.append(
        DraftSpan(
          range: start..<length, targetRange: (start + openingLength)..<(start + openingLength + targetLength),
          match: index, target: target, capitalized: capitalized))
      copied = match.range.upperBound
      copiedByte = upper
    }
    text += UTF8Offsets.slice(source, copiedByte..<source.utf8.count)
    return Draft(sentence: sentence, source: source, text: text, spans: spans, matches: matches)
  }

  /// `target` as it is written at the start of a sentence: its first letter upper-cased.
  ///
  /// Nil when its first character is not lower case (`Character.isLowercase`; then it is written as
  /// it is). No `Character` is built when it starts with an ASCII byte: a grapheme that starts with
  /// an ASCII letter is lower case exactly when that letter is.
  static func sentenceStart(of target: String) -> String? {
    guard let byte = target.utf8.first else { return nil }
    if byte < 0x80 {
      guard byte >= 0x61 && byte <= 0x7A else { return nil }
    } else if target.first?.isLowercase != true {
      return nil
    }
    guard let first = target.first else { return nil }
    return first.uppercased() + target.dropFirst()
  }

  /// Where a sentence's first letter or digit is (its length when it has none): a term that starts
  /// there or before starts the sentence.
  static func firstWordCharacter(in units: UnsafeBufferPointer<UInt16>) -> Int {
    units.firstIndex { CharacterClass.isWordCharacter($0) } ?? units.count
  }

  private func draftOnUnits(
    _ units: UnsafeBufferPointer<UInt16>, source: String, sentence: Int?, matches: [TermMatch]
  ) -> Draft {
    var output: [UInt16] = []
    output.reserveCapacity(units.count + 16 * matches.count)
    var spans: [DraftSpan] = []
    var copied = 0
    let opening = Array(options.style.opening.utf16)
    let closing = Array(options.style.closing.utf16)
    let wordStart = Self.firstWordCharacter(in: units)
    for (index, match) in matches.enumerated() {
      guard match.range.lowerBound >= copied, match.range.upperBound <= units.count else { continue }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: units[copied..<match.range.lowerBound]))
      var target = match.target
      var capitalized = false
      if options.capitalizeSentenceStart, match.range.lowerBound <= wordStart,
        let upper = Self.sentenceStart(of: target)
      {
        target = upper
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
    output.append(contentsOf: UnsafeBufferPointer(rebasing: units[copied...]))
    return Draft(
      sentence: sentence, source: source, text: UTF16Text.string(output), spans: spans, matches: matches)
  }
}
