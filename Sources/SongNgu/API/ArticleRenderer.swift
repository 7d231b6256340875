/// Renders an article's files in one pass over its blocks: what `ArticlePreparer.run` does for each
/// article.
///
/// Each sentence is matched against the glossary, drafted and written into every format's buffer
/// as it comes, in UTF-8, from the reader's UTF-16 block text: no `Document`, `Draft` or
/// `BilingualUnit` is built and no string is made per sentence. The files are byte for byte what
/// the writers make of `ArticlePreparer.prepare(path:)`'s units (the tests compare them); a
/// sentence whose draft cannot be spliced in UTF-8 (a surrogate inside it) is drafted the slow way.
///
/// One renderer serves every worker; `render(path:)` keeps its scratch space per call.
struct ArticleRenderer: Sendable {
  let preparer: ArticlePreparer
  /// The glossary's targets and forms as UTF-8.
  private let terms: GlossaryBytes

  init(preparer: ArticlePreparer) {
    self.preparer = preparer
    self.terms = GlossaryBytes(preparer.translator.matcher.glossary)
  }

  /// The article at `path`, read, drafted and rendered in every format of the options.
  func render(path: String) -> ArticlePreparer.RenderedArticle {
    do {
      return ArticlePreparer.RenderedArticle(result: .success(try renderFiles(path: path)))
    } catch {
      return ArticlePreparer.RenderedArticle(result: .failure(error))
    }
  }

  private func renderFiles(path: String) throws(SongNguError)
    -> (PreparedArticleReport, [ArticlePreparer.RenderedFile])
  {
    let options = preparer.options
    let lines = try LineReader(path: path, maxLineBytes: options.reading.maxLineBytes)
    let reader = ArticleReader(lines: lines, options: options.reading)
    let name = Document.name(forPath: path)
    let writers = options.formats.map { $0.unitWriter(date: options.timestamp, dialect: options.csvDialect) }
    var outputs = writers.map {
      // The text twice (source and draft) and markup for a sentence of about 150 bytes.
      ExportBuffer(capacity: 4096 + lines.sizeHint * 2 + lines.sizeHint / 150 * $0.bytesPerUnit)
    }
    var tallies = writers.map { _ in DroppedCharacterTally() }
    var repeated: [DocumentBytes] = []
    for index in writers.indices {
      writers[index].appendFileStart(sourceLanguage: "vi-VN", aligned: false, to: &outputs[index])
      repeated.append(
        writers[index].appendDocumentStart(
          name: name, sourceLanguage: "vi-VN", targetLanguage: "en-US", tally: &tallies[index],
          to: &outputs[index]))
    }

    var sentence = SentenceDraft(terms: terms, options: preparer.translator.options)
    var blocks = 0
    var sentences = 0
    var units = 0
    var hits = 0
    var entriesUsed = Set<Int32>()
    let id = ScratchBytes(capacity: 256)
    while let block = try reader.nextBlock() {
      blocks += 1
      sentences += block.sentences.count
      guard options.includeBoilerplate || block.kind != .boilerplate else { continue }
      // `BilingualUnit.id(article:block:sentence:)` up to the sentence number.
      id.removeAll()
      withContiguousUTF8(name) { id.append($0) }
      id.append(":b")
      id.append(decimal: block.index)
      id.append(":s")
      let prefix = id.count
      for (position, blockSentence) in block.sentences.enumerated() {
        blockSentence.utf16.withUnsafeBufferPointer { sentenceUnits in
          sentence.draft(sentenceUnits, with: preparer.translator, sentence: blockSentence)
        }
        hits += sentence.found.count
        for found in sentence.found { entriesUsed.insert(found.entry) }
        id.truncate(to: prefix)
        id.append(decimal: position)
        sentence.withUnitBytes(id: id.bytes, kind: block.kind, block: block.index) { unit in
          for index in writers.indices {
            writers[index].appendUnit(
              unit, of: repeated[index], aligned: false, tally: &tallies[index], to: &outputs[index])
          }
        }
        units += 1
      }
    }
    for index in writers.indices {
      writers[index].appendDocumentEnd(to: &outputs[index])
      writers[index].appendFileEnd(to: &outputs[index])
    }
    let files = writers.indices.map { index in
      ArticlePreparer.RenderedFile(
        format: options.formats[index], fileExtension: writers[index].fileExtension, bytes: outputs[index].bytes,
        droppedCharacters: tallies[index].count)
    }
    let report = PreparedArticleReport(
      path: path, name: name, blocks: blocks, sentences: sentences, units: units, leftOut: sentences - units,
      glossaryHits: hits, termsUsed: entriesUsed.count, normalization: reader.counts, findings: reader.findings,
      files: [])
    return (report, files)
  }
}

/// The glossary's targets and forms as UTF-8, for drafting straight into bytes.
struct GlossaryBytes: Sendable {
  /// Each entry's target.
  let targets: [[UInt8]]
  /// Each entry's target as written at the start of a sentence (`DraftTranslator.sentenceStart(of:)`),
  /// or nil when it is written as it is.
  let sentenceStartTargets: [[UInt8]?]
  /// Each entry's forms (the source, then the variants), as `UsedTerm.source` spells them.
  let forms: [[String]]
  let glossary: Glossary

  init(_ glossary: Glossary) {
    self.glossary = glossary
    targets = glossary.entries.map { Array($0.target.utf8) }
    sentenceStartTargets = glossary.entries.map { DraftTranslator.sentenceStart(of: $0.target).map { Array($0.utf8) } }
    forms = glossary.entries.map { [$0.source] + $0.variants }
  }
}

/// One sentence drafted into UTF-8: its source, its draft and the terms used, in scratch buffers
/// reused from sentence to sentence.
private struct SentenceDraft {
  let terms: GlossaryBytes
  let options: DraftOptions
  /// The glossary forms found in the sentence.
  private(set) var found: [TermMatcher.Found] = []
  private var folded = FoldedText()
  private let source = ScratchBytes(capacity: 4096)
  private let draft = ScratchBytes(capacity: 4096)
  /// `vi = en; …` then `vi=en; …`.
  private let termLists = ScratchBytes(capacity: 512)
  private var termListEnd = 0
  /// Whether the draft is `source` itself (no term found).
  private var draftIsSource = true
  /// The distinct (form, target) pairs used, as `UsedTerm` compares them.
  private var used: [TermMatcher.Found] = []

  init(terms: GlossaryBytes, options: DraftOptions) {
    self.terms = terms
    self.options = options
  }

  /// Drafts `units`; with a surrogate among them, goes through `translator` (strings).
  mutating func draft(_ units: UnsafeBufferPointer<UInt16>, with translator: DraftTranslator, sentence: Sentence) {
    found.removeAll(keepingCapacity: true)
    translator.matcher.find(in: units, folded: &folded, into: &found)
    source.removeAll()
    termLists.removeAll()
    termListEnd = 0
    guard !found.isEmpty else {
      source.appendUTF8(units)
      draftIsSource = true
      return
    }
    draftIsSource = false
    draft.removeAll()
    let opening = options.style.opening
    let closing = options.style.closing
    var copied = 0
    var copiedByte = 0
    var wordStart: Int? = nil
    var sawSurrogate = false
    for match in found {
      let range = match.range
      guard range.lowerBound >= copied, range.upperBound <= units.count else { continue }
      sawSurrogate =
        source.appendUTF8(UnsafeBufferPointer(rebasing: units[copied..<range.lowerBound])) || sawSurrogate
      draft.append(source[copiedByte..<source.count])
      let entry = Int(match.entry)
      var target = terms.targets[entry]
      if options.capitalizeSentenceStart, let upper = terms.sentenceStartTargets[entry] {
        let start = wordStart ?? DraftTranslator.firstWordCharacter(in: units)
        wordStart = start
        if range.lowerBound <= start { target = upper }
      }
      withContiguousUTF8(opening) { draft.append($0) }
      draft.append(target)
      withContiguousUTF8(closing) { draft.append($0) }
      sawSurrogate = source.appendUTF8(UnsafeBufferPointer(rebasing: units[range])) || sawSurrogate
      copiedByte = source.count
      copied = range.upperBound
    }
    sawSurrogate = source.appendUTF8(UnsafeBufferPointer(rebasing: units[copied...])) || sawSurrogate
    draft.append(source[copiedByte..<source.count])
    if sawSurrogate { redraft(sentence, with: translator) }
    listTerms()
  }

  /// Drafts the sentence the way `DraftTranslator` does, from strings.
  private mutating func redraft(_ sentence: Sentence, with translator: DraftTranslator) {
    let slow = translator.draft(sentence)
    source.removeAll()
    draft.removeAll()
    withContiguousUTF8(slow.source) { source.append($0) }
    withContiguousUTF8(slow.text) { draft.append($0) }
  }

  /// Fills `termLists` with the distinct terms used, in source order, as `UsedTerm`s list them.
  private mutating func listTerms() {
    used.removeAll(keepingCapacity: true)
    for match in found where !used.contains(where: { isSameTerm($0, match) }) { used.append(match) }
    for (index, match) in used.enumerated() {
      if index > 0 { termLists.append("; ") }
      appendForm(of: match)
      termLists.append(" = ")
      termLists.append(terms.targets[Int(match.entry)])
    }
    termListEnd = termLists.count
    for (index, match) in used.enumerated() {
      if index > 0 { termLists.append("; ") }
      appendForm(of: match)
      termLists.append("=")
      termLists.append(terms.targets[Int(match.entry)])
    }
  }

  private func appendForm(of match: TermMatcher.Found) {
    withContiguousUTF8(terms.forms[Int(match.entry)][Int(match.form)]) { termLists.append($0) }
  }

  /// Whether two matches give equal `UsedTerm`s (`String` equality, as `ArticlePreparer` dedupes them).
  private func isSameTerm(_ one: TermMatcher.Found, _ other: TermMatcher.Found) -> Bool {
    if one.entry == other.entry && one.form == other.form { return true }
    let entries = terms.glossary.entries
    return terms.forms[Int(one.entry)][Int(one.form)] == terms.forms[Int(other.entry)][Int(other.form)]
      && entries[Int(one.entry)].target == entries[Int(other.entry)].target
  }

  /// Calls `body` with the sentence as a unit of the given block.
  func withUnitBytes(id: UnsafeBufferPointer<UInt8>, kind: BlockKind, block: Int, _ body: (UnitBytes) -> Void) {
    let sourceBytes = source.bytes
    body(
      UnitBytes(
        id: id, source: sourceBytes, target: draftIsSource ? sourceBytes : draft.bytes,
        termList: termLists[0..<termListEnd], termCell: termLists[termListEnd..<termLists.count], kind: kind,
        block: block, paragraph: block + 1, targetOrigin: .glossaryDraft))
  }
}
