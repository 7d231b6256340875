/// Renders an article's files in one pass over its blocks: what `ArticlePreparer.run` does for each
/// article.
///
/// Its term base (`NAME.tbx`, `PrepareOptions.writesTermBase`) is made at the end, from the entries
/// the drafting recorded.
///
/// Each exported sentence is drafted by the one engine (`ArticleDrafting`, `SentenceDrafter`) and
/// written into every format's buffer as it comes, in UTF-8: no `Document`, `Draft` or
/// `BilingualUnit` is built and no string is made per sentence. The files are byte for byte what
/// the writers make of `ArticlePreparer.prepare(path:)`'s units (the tests compare them).
///
/// One renderer serves every worker; `render(path:segmenter:)` keeps its scratch space per call, and
/// each worker brings its own segmenter (`segmenter()`), opened once for all its articles.
struct ArticleRenderer: Sendable {
  let options: PrepareOptions
  /// The glossary, its matcher and the draft options.
  let translator: DraftTranslator

  /// A sentence segmenter for the options' locale and abbreviations, for one worker's articles
  /// (opening ICU's iterator costs about as much as segmenting a short paragraph).
  func segmenter() -> SentenceSegmenter {
    SentenceSegmenter(locale: options.reading.locale, abbreviations: options.reading.abbreviations)
  }

  /// A file's bytes held in memory before the rest goes to its temporary file.
  static let spillBytes = 1 << 20

  /// The article at `path`, read, drafted and rendered in every format of the options.
  ///
  /// With `folder`, memory stays flat however long the article is: once a file passes `spillBytes`,
  /// what it has so far is written to a temporary file beside its destination in `folder`
  /// (`RenderedFile.partial`), and so on as it grows; the rest stays in memory. `segmenter` (from
  /// `segmenter()`) must not be in use on another thread.
  func render(path: String, segmenter: SentenceSegmenter, spillingInto folder: OutputFolder? = nil) -> RenderedArticle {
    do {
      return RenderedArticle(result: .success(try renderFiles(path: path, segmenter: segmenter, folder: folder)))
    } catch {
      return RenderedArticle(result: .failure(error))
    }
  }

  private func renderFiles(path: String, segmenter: SentenceSegmenter, folder: OutputFolder?) throws(SongNguError)
    -> (PreparedArticleReport, [RenderedFile])
  {
    let lines = try options.reading.open(path)
    var reading = options.reading
    reading.keepsUTF8 = true
    let reader = ArticleReader(lines: lines, options: reading, segmenter: segmenter)
    let name = Document.name(forPath: path)
    // Only a plain name is written beside its destination early (others are refused or resolved
    // when the files are staged).
    let spills = folder != nil && !name.contains("/") && name != "." && name != ".."
    var files = options.formats.map { format in
      let writer = format.unitWriter(date: options.timestamp, dialect: options.csvDialect)
      // The text twice (source and draft) and markup for every 100 bytes (news sentences average
      // 130): room enough that the buffer does not grow, and pages never written cost nothing.
      let estimate = 4096 + lines.sizeHint * 2 + lines.sizeHint / 100 * writer.bytesPerUnit
      return FileBeingRendered(
        format: format, writer: writer, name: name,
        capacity: spills ? min(estimate, Self.spillBytes + (Self.spillBytes >> 2)) : estimate,
        spillPath: spills ? folder.map { $0.plainPath(name + "." + writer.fileExtension) } : nil)
    }
    var drafting = ArticleDrafting(
      article: name, translator: translator, includesBoilerplate: options.includeBoilerplate,
      prefills: options.prefill)
    while let block = try reader.nextBlock() {
      drafting.draft(block, utf8: reader.blockUTF8) { _, _, unit in
        for index in files.indices { files[index].append(unit) }
      }
      for index in files.indices { try files[index].spillIfFull() }
    }
    var rendered = files.indices.map { files[$0].finish() }
    if options.writesTermBase,
      let tbx = ArticleTermBase.tbx(entries: drafting.termEntries, from: translator.matcher.glossary)
    {
      let bytes = ScratchBytes(capacity: tbx.count)
      bytes.append(tbx)
      rendered.append(
        RenderedFile(
          kind: .termBase, fileExtension: ArticleTermBase.fileExtension, bytes: bytes, partial: nil,
          droppedCharacters: 0, units: drafting.termEntries.count, byteCount: tbx.count, hash: XXHash64.hash(tbx)))
    }
    let report = PreparedArticleReport(
      path: path, name: name, blocks: drafting.blocks, sentences: drafting.sentences, units: drafting.units,
      leftOut: drafting.leftOut, glossaryHits: drafting.glossaryHits, termsUsed: drafting.termsUsed,
      normalization: reader.counts, findings: reader.findings, files: [], count: drafting.count)
    return (report, rendered)
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
  private var units = 0
  /// Where the file will go, when its start may be written to a temporary file beside it.
  private let spillPath: String?
  private var partial: AtomicFileWriter.PartialFile?
  /// The hash of the bytes moved to `partial` so far.
  private var hasher = XXHash64()

  /// Starts the file and the article's document in it.
  init(format: BilingualFormat, writer: any UnitWriter, name: String, capacity: Int, spillPath: String?) {
    self.format = format
    self.writer = writer
    self.spillPath = spillPath
    buffer = ExportBuffer(capacity: capacity)
    writer.appendFileStart(sourceLanguage: "vi-VN", aligned: false, to: &buffer)
    repeated = writer.appendDocumentStart(
      name: name, sourceLanguage: "vi-VN", targetLanguage: "en-US", tally: &tally, to: &buffer)
  }

  mutating func append(_ unit: UnitBytes) {
    if writer.appendUnit(unit, of: repeated, aligned: false, tally: &tally, to: &buffer) { units += 1 }
  }

  /// Moves the bytes so far to the temporary file once there are `ArticleRenderer.spillBytes`.
  mutating func spillIfFull() throws(SongNguError) {
    guard let spillPath, !writer.needsWholeFile, buffer.storage.count >= ArticleRenderer.spillBytes else { return }
    let file: AtomicFileWriter.PartialFile
    if let partial {
      file = partial
    } else {
      file = try AtomicFileWriter.PartialFile(for: spillPath)
      partial = file
    }
    try file.append(buffer.storage.bytes)
    hasher.update(buffer.storage.bytes)
    buffer.storage.removeAll()
  }

  /// Ends the document and the file.
  mutating func finish() -> RenderedFile {
    writer.appendDocumentEnd(to: &buffer)
    writer.appendFileEnd(to: &buffer)
    hasher.update(buffer.storage.bytes)
    return RenderedFile(
      kind: .bilingual(format), fileExtension: writer.fileExtension, bytes: buffer.storage, partial: partial,
      droppedCharacters: tally.count, units: units, byteCount: hasher.byteCount, hash: hasher.value)
  }
}
