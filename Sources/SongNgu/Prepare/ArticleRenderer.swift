/// Renders an article's files in one pass over its blocks: what `ArticlePreparer.run` does for each
/// article.
///
/// Each sentence is matched against the glossary, drafted and written into every format's buffer
/// as it comes, in UTF-8, from the reader's UTF-16 block text: no `Document`, `Draft` or
/// `BilingualUnit` is built and no string is made per sentence. The files are byte for byte what
/// the writers make of `ArticlePreparer.prepare(path:)`'s units (the tests compare them).
///
/// One renderer serves every worker; `render(path:segmenter:)` keeps its scratch space per call, and
/// each worker brings its own segmenter (`segmenter()`), opened once for all its articles.
struct ArticleRenderer: Sendable {
  let preparer: ArticlePreparer
  /// The glossary's targets and forms as UTF-8.
  private let terms: GlossaryBytes

  init(preparer: ArticlePreparer) {
    self.preparer = preparer
    self.terms = GlossaryBytes(preparer.translator.matcher.glossary)
  }

  /// A sentence segmenter for the options' locale and abbreviations, for one worker's articles
  /// (opening ICU's iterator costs about as much as segmenting a short paragraph).
  func segmenter() -> SentenceSegmenter {
    SentenceSegmenter(locale: preparer.options.reading.locale, abbreviations: preparer.options.reading.abbreviations)
  }

  /// The article at `path`, read, drafted and rendered in every format of the options.
  ///
  /// `segmenter` (from `segmenter()`) must not be in use on another thread.
  func render(path: String, segmenter: SentenceSegmenter) -> ArticlePreparer.RenderedArticle {
    do {
      return ArticlePreparer.RenderedArticle(result: .success(try renderFiles(path: path, segmenter: segmenter)))
    } catch {
      return ArticlePreparer.RenderedArticle(result: .failure(error))
    }
  }

  private func renderFiles(path: String, segmenter: SentenceSegmenter) throws(SongNguError)
    -> (PreparedArticleReport, [ArticlePreparer.RenderedFile])
  {
    let options = preparer.options
    let lines = try LineReader(path: path, maxLineBytes: options.reading.maxLineBytes)
    var reading = options.reading
    reading.keepsUTF8 = true
    let reader = ArticleReader(lines: lines, options: reading, segmenter: segmenter)
    let name = Document.name(forPath: path)
    var files = options.formats.map { format in
      let writer = format.unitWriter(date: options.timestamp, dialect: options.csvDialect)
      return FileBeingRendered(
        format: format, writer: writer, name: name,
        // The text twice (source and draft) and markup for every 100 bytes (news sentences average
        // 130): room enough that the buffer does not grow, and pages never written cost nothing.
        capacity: 4096 + lines.sizeHint * 2 + lines.sizeHint / 100 * writer.bytesPerUnit)
    }

    var sentence = SentenceDraft(terms: terms, options: preparer.translator.options)
    var blocks = 0
    var sentences = 0
    var units = 0
    var hits = 0
    // Which glossary entries the article used, one bit each (a set would hash every match).
    var entryUsed = [UInt64](repeating: 0, count: (preparer.translator.matcher.glossary.entries.count + 63) / 64)
    var termsUsed = 0
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
      // The block's input bytes when normalization left it as it was: each sentence's source is
      // then copied from them instead of encoded again from UTF-16.
      let blockBytes = reader.blockUTF8
      var cursor = UTF8Cursor()
      for (position, blockSentence) in block.sentences.enumerated() {
        let range = (blockSentence.start - block.start)..<(blockSentence.end - block.start)
        block.utf16.withUnsafeBufferPointer { text in
          let units = UnsafeBufferPointer(rebasing: text[range])
          guard let blockBytes else {
            sentence.draft(units, sourceBytes: nil, with: preparer.translator.matcher)
            return
          }
          let byteRange = cursor.bytes(of: range, in: text)
          blockBytes.withUnsafeBufferPointer { bytes in
            sentence.draft(
              units, sourceBytes: UnsafeBufferPointer(rebasing: bytes[byteRange]), with: preparer.translator.matcher)
          }
        }
        hits += sentence.found.count
        for found in sentence.found {
          let entry = Int(found.entry)
          let bit: UInt64 = 1 &<< UInt64(entry & 63)
          if entryUsed[entry >> 6] & bit == 0 {
            entryUsed[entry >> 6] |= bit
            termsUsed += 1
          }
        }
        id.truncate(to: prefix)
        id.append(decimal: position)
        sentence.withUnitBytes(id: id.bytes, kind: block.kind, block: block.index) { unit in
          for index in files.indices { files[index].append(unit) }
        }
        units += 1
      }
    }
    let rendered = files.indices.map { files[$0].finish() }
    let report = PreparedArticleReport(
      path: path, name: name, blocks: blocks, sentences: sentences, units: units, leftOut: sentences - units,
      glossaryHits: hits, termsUsed: termsUsed, normalization: reader.counts, findings: reader.findings,
      files: [])
    return (report, rendered)
  }
}

/// Where a block's sentences lie in its UTF-8, found in one forward pass over the block's UTF-16
/// (sentences come in order and do not overlap).
private struct UTF8Cursor {
  private var units = 0
  private var bytes = 0

  /// The byte range of the code units `range` of `text`, which starts at or after the last range.
  mutating func bytes(of range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Range<Int> {
    bytes += UTF16Text.utf8Count(UnsafeBufferPointer(rebasing: text[units..<range.lowerBound]))
    let start = bytes
    bytes += UTF16Text.utf8Count(UnsafeBufferPointer(rebasing: text[range]))
    units = range.upperBound
    return start..<bytes
  }
}

/// One file of an article being rendered: its writer, what the writer repeats in every unit, the
/// bytes so far and what was dropped.
private struct FileBeingRendered {
  let format: BilingualFormat
  let writer: any UnitWriter
  private var repeated = DocumentBytes()
  private var buffer: ExportBuffer
  private var tally = DroppedCharacterTally()

  /// Starts the file and the article's document in it.
  init(format: BilingualFormat, writer: any UnitWriter, name: String, capacity: Int) {
    self.format = format
    self.writer = writer
    buffer = ExportBuffer(capacity: capacity)
    writer.appendFileStart(sourceLanguage: "vi-VN", aligned: false, to: &buffer)
    repeated = writer.appendDocumentStart(
      name: name, sourceLanguage: "vi-VN", targetLanguage: "en-US", tally: &tally, to: &buffer)
  }

  mutating func append(_ unit: UnitBytes) {
    writer.appendUnit(unit, of: repeated, aligned: false, tally: &tally, to: &buffer)
  }

  /// Ends the document and the file.
  mutating func finish() -> ArticlePreparer.RenderedFile {
    writer.appendDocumentEnd(to: &buffer)
    writer.appendFileEnd(to: &buffer)
    return ArticlePreparer.RenderedFile(
      format: format, fileExtension: writer.fileExtension, bytes: buffer.storage, droppedCharacters: tally.count)
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
  /// Whether `source` and the draft have nothing any format escapes (`ScratchBytes.hasEscapable`).
  private var sourceIsPlain = false
  private var targetIsPlain = false
  /// The distinct (form, target) pairs used, as `UsedTerm` compares them.
  private var used: [TermMatcher.Found] = []

  /// The draft style's brackets around each target, and whether they have nothing to escape.
  private let opening: [UInt8]
  private let closing: [UInt8]
  private let bracketsArePlain: Bool

  init(terms: GlossaryBytes, options: DraftOptions) {
    self.terms = terms
    self.options = options
    opening = Array(options.style.opening.utf8)
    closing = Array(options.style.closing.utf8)
    bracketsArePlain = !(opening + closing).withUnsafeBufferPointer(ScratchBytes.hasEscapable)
  }

  /// Drafts `units` as `DraftTranslator` does, splicing in UTF-8.
  ///
  /// `sourceBytes`, when given, is `units` in UTF-8 (the input's own bytes): it is copied instead of
  /// encoding the text. The reader's text is valid UTF-16 and matches start and end on whole
  /// characters, so the splice never cuts a surrogate pair.
  mutating func draft(
    _ units: UnsafeBufferPointer<UInt16>, sourceBytes: UnsafeBufferPointer<UInt8>?, with matcher: TermMatcher
  ) {
    found.removeAll(keepingCapacity: true)
    matcher.find(in: units, folded: &folded, into: &found)
    source.removeAll()
    termLists.removeAll()
    termListEnd = 0
    if let sourceBytes {
      source.append(sourceBytes)
      sourceIsPlain = !ScratchBytes.hasEscapable(sourceBytes)
    } else {
      sourceIsPlain = !source.appendUTF8(units)
    }
    guard !found.isEmpty else {
      targetIsPlain = sourceIsPlain
      draftIsSource = true
      return
    }
    splice(units)
  }

  /// The draft of a sentence with glossary matches, from its source bytes in `source`: the bytes
  /// between matches are found by counting UTF-8 lengths.
  private mutating func splice(_ units: UnsafeBufferPointer<UInt16>) {
    draftIsSource = false
    draft.removeAll()
    var copied = 0
    var copiedByte = 0
    var wordStart: Int? = nil
    var targetsArePlain = bracketsArePlain
    for match in found {
      let range = match.range
      guard range.lowerBound >= copied, range.upperBound <= units.count else { continue }
      let matchByte = copiedByte + UTF16Text.utf8Count(UnsafeBufferPointer(rebasing: units[copied..<range.lowerBound]))
      draft.append(source[copiedByte..<matchByte])
      let (target, targetIsPlain) = self.target(of: match, in: units, wordStart: &wordStart)
      targetsArePlain = targetsArePlain && targetIsPlain
      draft.append(opening)
      draft.append(target)
      draft.append(closing)
      copiedByte = matchByte + UTF16Text.utf8Count(UnsafeBufferPointer(rebasing: units[range]))
      copied = range.upperBound
    }
    draft.append(source[copiedByte..<source.count])
    targetIsPlain = sourceIsPlain && targetsArePlain
    listTerms()
  }

  /// The target written for `match` (its sentence-start spelling when it starts the sentence), and
  /// whether it has nothing to escape; `wordStart` caches where the sentence's first word starts.
  private func target(
    of match: TermMatcher.Found, in units: UnsafeBufferPointer<UInt16>, wordStart: inout Int?
  ) -> (UnsafeBufferPointer<UInt8>, Bool) {
    let entry = Int(match.entry)
    if options.capitalizeSentenceStart, let upper = terms.sentenceStartTarget(of: entry) {
      let start = wordStart ?? DraftTranslator.firstWordCharacter(in: units)
      wordStart = start
      if match.range.lowerBound <= start { return (upper, terms.sentenceStartTargetIsPlain(of: entry)) }
    }
    return (terms.target(of: entry), terms.targetIsPlain(of: entry))
  }

  /// Fills `termLists` with the distinct terms used, in source order, as `UsedTerm`s list them.
  private mutating func listTerms() {
    used.removeAll(keepingCapacity: true)
    for match in found {
      let id = terms.termID(of: match)
      if !used.contains(where: { terms.termID(of: $0) == id }) { used.append(match) }
    }
    appendUsedTerms(separator: " = ")
    termListEnd = termLists.count
    appendUsedTerms(separator: "=")
  }

  /// Appends the terms used as `vi SEPARATOR en; vi SEPARATOR en` (`UnitBytes.appendTerms`).
  private func appendUsedTerms(separator: StaticString) {
    for (index, match) in used.enumerated() {
      if index > 0 { termLists.append("; ") }
      termLists.append(terms.form(of: match))
      termLists.append(separator)
      termLists.append(terms.target(of: Int(match.entry)))
    }
  }

  /// Calls `body` with the sentence as a unit of the given block.
  func withUnitBytes(id: UnsafeBufferPointer<UInt8>, kind: BlockKind, block: Int, _ body: (UnitBytes) -> Void) {
    let sourceBytes = source.bytes
    body(
      UnitBytes(
        id: id, source: sourceBytes, target: draftIsSource ? sourceBytes : draft.bytes,
        termList: termLists[0..<termListEnd], termCell: termLists[termListEnd..<termLists.count], kind: kind,
        block: block, paragraph: block + 1, targetOrigin: .glossaryDraft, sourceIsPlain: sourceIsPlain,
        targetIsPlain: targetIsPlain))
  }
}
