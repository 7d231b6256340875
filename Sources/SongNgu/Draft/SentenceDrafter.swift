/// The drafting engine: a sentence's glossary terms found and their targets spliced into UTF-8, in
/// buffers reused from sentence to sentence (one engine per thread: it is not thread-safe).
///
/// Every draft songngu makes comes from here. `ArticleRenderer` hands the bytes to the writers as
/// they are; `DraftTranslator` and `ArticlePreparer.prepare` build `Draft` values (strings and
/// UTF-16 spans) from the same result (`draftValue(sentence:offset:)`).
///
/// The sentence must be valid UTF-16 (`DraftTranslator` replaces lone surrogates first): the splice
/// finds the bytes between matches by counting UTF-8 lengths, and matches start and end on whole
/// characters.
final class SentenceDrafter {
  let matcher: TermMatcher
  let terms: GlossaryBytes
  let options: DraftOptions

  /// The glossary forms of the last sentence drafted, in order.
  private(set) var found: [TermMatcher.Found] = []
  /// The glossary forms of the last sentence left in Vietnamese by `SubstitutionRules`, and why.
  private(set) var kept: [(match: TermMatcher.Found, reason: SubstitutionRules.Reason)] = []
  /// The substitutions made in the last sentence, in order (none when the draft is the source).
  private(set) var substitutions: [Substitution] = []
  /// Indices into `found` of the distinct terms used (form and target, as `UsedTerm` compares
  /// them), in source order.
  private(set) var usedTerms: [Int] = []
  private var folded = FoldedText()
  /// The sentence's UTF-8.
  private let sourceBuffer = ScratchBytes(capacity: 4096)
  private let draftBuffer = ScratchBytes(capacity: 4096)
  /// The terms used, as the files list them.
  private let termLists = TermLists()
  /// Whether the draft is the source itself (nothing substituted).
  private(set) var draftIsSource = true
  /// Whether the source and the draft have nothing any format escapes (`ScratchBytes.hasEscapable`).
  private var sourceIsPlain = false
  private var draftIsPlain = false

  /// The draft style's brackets around each target, their length in UTF-16 units, and whether
  /// they have nothing to escape.
  private let opening: [UInt8]
  private let closing: [UInt8]
  private let openingUnits: Int
  private let closingUnits: Int
  private let bracketsArePlain: Bool

  /// The dates, numbers and amounts of the last sentence written the English way
  /// (`DraftConversions`), in order; glossary forms inside them are not substituted.
  private(set) var conversions: [DraftConversions.Conversion] = []

  /// One target spliced into the draft.
  struct Substitution {
    /// The index of the glossary match in `found`, or nil for a conversion.
    var match: Int?
    /// The index of the conversion in `conversions`, or nil for a glossary match.
    var conversion: Int?
    /// The term's bytes in the source.
    var sourceBytes: Range<Int>
    /// The target's bytes in the draft, brackets left out.
    var targetBytes: Range<Int>
    /// The substitution in the draft's UTF-16 units, brackets included, and the target alone.
    var units: Range<Int>
    var targetUnits: Range<Int>
    /// Whether the target was capitalised because its term starts the sentence.
    var capitalized: Bool
  }

  init(matcher: TermMatcher, terms: GlossaryBytes, options: DraftOptions) {
    self.matcher = matcher
    self.terms = terms
    self.options = options
    opening = Array(options.style.opening.utf8)
    closing = Array(options.style.closing.utf8)
    openingUnits = options.style.opening.utf16.count
    closingUnits = options.style.closing.utf16.count
    bracketsArePlain = !(opening + closing).withUnsafeBufferPointer(ScratchBytes.hasEscapable)
  }

  /// The source's UTF-8.
  var source: UnsafeBufferPointer<UInt8> { sourceBuffer.bytes }
  /// The draft's UTF-8: the source itself when nothing was substituted.
  var draft: UnsafeBufferPointer<UInt8> { draftIsSource ? sourceBuffer.bytes : draftBuffer.bytes }

  /// Finds the glossary terms of `units` and drafts it.
  ///
  /// `sourceBytes`, when given, is `units` in UTF-8 (the input's own bytes): it is copied instead of
  /// encoding the text again.
  func draft(_ units: UnsafeBufferPointer<UInt16>, sourceBytes: UnsafeBufferPointer<UInt8>?) {
    found.removeAll(keepingCapacity: true)
    kept.removeAll(keepingCapacity: true)
    matcher.find(in: units, folded: &folded, into: &found)
    if options.respectsContext && !found.isEmpty { applySubstitutionRules(units) }
    conversions = options.convertsNumbers ? DraftConversions.find(in: units) : []
    if !conversions.isEmpty {
      found.removeAll { match in conversions.contains { $0.range.overlaps(match.range) } }
    }
    splice(units, sourceBytes: sourceBytes)
    noteKeptTerms(units)
  }

  /// Moves the terms `SubstitutionRules` leaves in Vietnamese from `found` to `kept`.
  private func applySubstitutionRules(_ units: UnsafeBufferPointer<UInt16>) {
    let ranges = found.map(\.range)
    var substituted: [TermMatcher.Found] = []
    for (index, match) in found.enumerated() {
      let others = ranges.indices.lazy.filter { $0 != index }.map { ranges[$0] }
      if let reason = SubstitutionRules.reasonToKeep(match.range, in: units, others: others)
        ?? contextRuleReason(match, in: units) ?? repeatReason(match, after: substituted.last, in: units)
      {
        kept.append((match, reason))
      } else {
        substituted.append(match)
      }
    }
    found = substituted
  }

  /// `.repeatsTerm` when `match` stands in brackets right after the substituted term `previous` and has
  /// its target: `Liên minh châu Âu (EU)` drafts as `European Union (EU)`.
  private func repeatReason(
    _ match: TermMatcher.Found, after previous: TermMatcher.Found?, in units: UnsafeBufferPointer<UInt16>
  ) -> SubstitutionRules.Reason? {
    guard let previous, SubstitutionRules.isBracketedAfter(previous.range, match.range, in: units) else { return nil }
    let same = terms.target(of: Int(previous.entry)).bytes.elementsEqual(terms.target(of: Int(match.entry)).bytes)
    return same ? .repeatsTerm : nil
  }

  /// `.verbUse` when `match` is a noun entry used as a verb (`đang đàm phán`, `Zelensky tuyên bố`); `.contextRule` when
  /// the words around `match` are ones its entry's context rule names.
  private func contextRuleReason(_ match: TermMatcher.Found, in units: UnsafeBufferPointer<UInt16>)
    -> SubstitutionRules.Reason?
  {
    let entry = Int(match.entry)
    if isNoun(entry), SubstitutionRules.isVerbUse(match.range, in: units) { return .verbUse }
    guard terms.hasContextRule(entry) else { return nil }
    let rule = terms.contextRule(of: entry)
    let breaks = SubstitutionRules.breaksContextRule(
      match.range, in: units, notAfter: rule.notAfter, notBefore: rule.notBefore)
    return breaks ? .contextRule : nil
  }

  /// Whether entry `entry`'s part of speech is `noun` (in any case).
  private func isNoun(_ entry: Int) -> Bool {
    let pos = terms.partOfSpeech(of: entry)
    return pos.count == 4 && zip(pos, "noun".utf8).allSatisfy { $0 | 0x20 == $1 }
  }

  /// Drafts `units` with the matches `given` (entries of this glossary, in order); a match that
  /// starts before the previous one ends, ends past the text or names no entry is not substituted.
  func draft(_ units: UnsafeBufferPointer<UInt16>, matches given: [TermMatcher.Found]) {
    found = given
    kept.removeAll(keepingCapacity: true)
    conversions.removeAll(keepingCapacity: true)
    splice(units, sourceBytes: nil)
  }

  /// The draft of `units` from its source bytes and `found`: the bytes between matches are found by
  /// counting UTF-8 lengths.
  private func splice(_ units: UnsafeBufferPointer<UInt16>, sourceBytes: UnsafeBufferPointer<UInt8>?) {
    sourceBuffer.removeAll()
    substitutions.removeAll(keepingCapacity: true)
    usedTerms.removeAll(keepingCapacity: true)
    termLists.removeAll()
    if let sourceBytes {
      sourceBuffer.append(sourceBytes)
      sourceIsPlain = !ScratchBytes.hasEscapable(sourceBytes)
    } else {
      sourceIsPlain = !sourceBuffer.appendUTF8(units)
    }
    draftIsSource = true
    draftIsPlain = sourceIsPlain
    guard !found.isEmpty || !conversions.isEmpty else { return }

    draftBuffer.removeAll()
    var copied = 0  // source units before this point are in the draft
    var copiedByte = 0
    var draftUnits = 0
    var wordStart: Int? = nil
    var targetsArePlain = bracketsArePlain
    // Glossary matches and conversions, in source order (they do not overlap).
    var nextMatch = 0
    var nextConversion = 0
    while nextMatch < found.count || nextConversion < conversions.count {
      let takesConversion =
        nextConversion < conversions.count
        && (nextMatch == found.count
          || conversions[nextConversion].range.lowerBound < found[nextMatch].range.lowerBound)
      let range: Range<Int>
      var glossaryTarget: GlossaryBytes.Target?
      if takesConversion {
        range = conversions[nextConversion].range
      } else {
        let match = found[nextMatch]
        range = match.range
        guard terms.names(match) else {
          nextMatch += 1
          continue
        }
        glossaryTarget = self.target(of: match, in: units, wordStart: &wordStart)
      }
      guard range.lowerBound >= copied, range.upperBound <= units.count else {
        if takesConversion { nextConversion += 1 } else { nextMatch += 1 }
        continue
      }
      let termByte = copiedByte + UTF16Text.utf8Count(UnsafeBufferPointer(rebasing: units[copied..<range.lowerBound]))
      let termEnd = termByte + UTF16Text.utf8Count(UnsafeBufferPointer(rebasing: units[range]))
      draftBuffer.append(sourceBuffer[copiedByte..<termByte])
      draftUnits += range.lowerBound - copied
      draftBuffer.append(opening)
      let targetStart = draftBuffer.count
      let targetLength: Int
      if let glossaryTarget {
        draftBuffer.append(glossaryTarget.bytes)
        targetsArePlain = targetsArePlain && glossaryTarget.isPlain
        targetLength = glossaryTarget.units
      } else {
        let text = conversions[nextConversion].text
        withContiguousUTF8(text) { bytes in
          draftBuffer.append(bytes)
          targetsArePlain = targetsArePlain && !ScratchBytes.hasEscapable(bytes)
        }
        targetLength = text.utf16.count
      }
      let targetEnd = draftBuffer.count
      let targetUnits = (draftUnits + openingUnits)..<(draftUnits + openingUnits + targetLength)
      draftBuffer.append(closing)
      substitutions.append(
        Substitution(
          match: takesConversion ? nil : nextMatch, conversion: takesConversion ? nextConversion : nil,
          sourceBytes: termByte..<termEnd, targetBytes: targetStart..<targetEnd,
          units: draftUnits..<(targetUnits.upperBound + closingUnits), targetUnits: targetUnits,
          capitalized: glossaryTarget?.capitalized ?? false))
      draftUnits = targetUnits.upperBound + closingUnits
      copiedByte = termEnd
      copied = range.upperBound
      if takesConversion { nextConversion += 1 } else { nextMatch += 1 }
    }
    guard !substitutions.isEmpty else { return }
    draftBuffer.append(sourceBuffer[copiedByte..<sourceBuffer.count])
    draftIsSource = false
    draftIsPlain = sourceIsPlain && targetsArePlain
    listTerms()
  }

  /// The target written for `match`: its sentence-start spelling when the term starts the sentence;
  /// `wordStart` caches where the sentence's first word starts.
  private func target(of match: TermMatcher.Found, in units: UnsafeBufferPointer<UInt16>, wordStart: inout Int?)
    -> GlossaryBytes.Target
  {
    let entry = Int(match.entry)
    if options.capitalizeSentenceStart, let upper = terms.sentenceStartTarget(of: entry) {
      let start = wordStart ?? Self.firstWordCharacter(in: units)
      wordStart = start
      if match.range.lowerBound <= start { return upper }
    }
    return terms.target(of: entry)
  }

  /// Lists the distinct terms substituted, in source order.
  private func listTerms() {
    for substitution in substitutions {
      guard let match = substitution.match else { continue }
      let id = terms.termID(of: found[match])
      if !usedTerms.contains(where: { terms.termID(of: found[$0]) == id }) { usedTerms.append(match) }
    }
    for index in usedTerms {
      termLists.add(source: terms.form(of: found[index]), target: terms.target(of: Int(found[index].entry)).bytes)
    }
    // The glossary's notes on the terms used: `FORM = TARGET (PART OF SPEECH): NOTE`.
    for index in usedTerms {
      let entry = Int(found[index].entry)
      let note = terms.note(of: entry)
      let partOfSpeech = terms.partOfSpeech(of: entry)
      guard !note.isEmpty || !partOfSpeech.isEmpty else { continue }
      let line = termLists.startNote()
      line.append(terms.form(of: found[index]))
      line.append(" = ")
      line.append(terms.target(of: entry).bytes)
      if !partOfSpeech.isEmpty {
        line.append(" (")
        line.append(partOfSpeech)
        line.append(")")
      }
      if !note.isEmpty {
        line.append(": ")
        line.append(note)
      }
    }
  }

  /// Notes the terms found but left in Vietnamese, once an entry: `TEXT: left in Vietnamese (REASON);
  /// the glossary has TARGET`, so the translator sees the other reading.
  private func noteKeptTerms(_ units: UnsafeBufferPointer<UInt16>) {
    var noted: [Int32] = []
    for (match, reason) in kept where !noted.contains(match.entry) {
      noted.append(match.entry)
      let line = termLists.startNote()
      line.appendUTF8(UnsafeBufferPointer(rebasing: units[match.range]))
      line.append(": left in Vietnamese (")
      withContiguousUTF8(reason.rawValue) { line.append($0) }
      line.append("); the glossary has ")
      line.append(terms.target(of: Int(match.entry)).bytes)
    }
  }

  /// The sentence as a unit of the given block, for the writers: no target (with `prefill`, the
  /// draft, or the source when nothing was substituted) and the draft when there is one.
  func withUnitBytes<Result>(
    id: UnsafeBufferPointer<UInt8>, kind: BlockKind, block: Int, prefill: Bool,
    _ body: (UnitBytes, SentenceDrafter) -> Result
  ) -> Result {
    body(
      UnitBytes(
        id: id, source: source, target: prefill ? draft : UnsafeBufferPointer(start: nil, count: 0),
        draft: draftIsSource ? nil : draftBuffer.bytes, termList: termLists.note, termCell: termLists.cell,
        kind: kind, block: block, paragraph: block + 1, targetOrigin: .glossaryDraft, sourceIsPlain: sourceIsPlain,
        targetIsPlain: prefill && draftIsPlain, draftIsPlain: draftIsPlain, notes: termLists.notes), self)
  }

  /// The notes for the translator, as units list them.
  var noteValues: [String] {
    let notes = termLists.notes
    return notes.isEmpty ? [] : String(decoding: notes, as: UTF8.self).components(separatedBy: "\n")
  }

  /// The terms used, as units list them.
  var usedTermValues: [UsedTerm] { usedTerms.map { terms.usedTerm(of: found[$0]) } }

  /// The last sentence's draft as a value: `sentence` is its index in its document, `offset` where it
  /// starts in the document text (UTF-16 units).
  ///
  /// Its matches are those substituted (all of them, when the matcher found them).
  func draftValue(sentence: Int?, offset: Int) -> Draft {
    let sourceText = String(decoding: source, as: UTF8.self)
    let text = draftIsSource ? sourceText : String(decoding: draftBuffer.bytes, as: UTF8.self)
    var matches: [TermMatch] = []
    var spans: [DraftSpan] = []
    for substitution in substitutions {
      let replaced = String(decoding: sourceBuffer[substitution.sourceBytes], as: UTF8.self)
      var kind = DraftSpan.Kind.term
      if let conversion = substitution.conversion { kind = DraftSpan.Kind(conversions[conversion].kind) }
      spans.append(
        DraftSpan(
          range: substitution.units, targetRange: substitution.targetUnits,
          match: substitution.match == nil ? nil : matches.count,
          target: String(decoding: draftBuffer[substitution.targetBytes], as: UTF8.self),
          capitalized: substitution.capitalized, source: replaced, kind: kind))
      if let match = substitution.match {
        matches.append(matcher.termMatch(found[match], text: replaced, sentence: sentence, offset: offset))
      }
    }
    return Draft(sentence: sentence, source: sourceText, text: text, spans: spans, matches: matches)
  }

  /// `target` as it is written at the start of a sentence: its first letter upper-cased.
  ///
  /// Nil when its first character is not lower case (`Character.isLowercase`; then it is written as
  /// it is).
  static func sentenceStart(of target: String) -> String? {
    guard let first = target.first, first.isLowercase else { return nil }
    return first.uppercased() + target.dropFirst()
  }

  /// Where a sentence's first letter or digit is (its length when it has none): a term that starts
  /// there or before starts the sentence.
  static func firstWordCharacter(in units: UnsafeBufferPointer<UInt16>) -> Int {
    units.firstIndex { CharacterClass.isWordCharacter($0) } ?? units.count
  }
}
