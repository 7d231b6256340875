import Foundation

/// The main job: normalize and segment Vietnamese articles, draft them with the glossary, and write
/// bilingual files (TMX, CSV, XLIFF) that CAT tools and spreadsheets open as they are.
public struct ArticlePreparer: Sendable {
  public let translator: DraftTranslator
  public var options: PrepareOptions

  public init(glossary: Glossary, options: PrepareOptions = PrepareOptions()) {
    self.translator = DraftTranslator(matcher: TermMatcher(glossary: glossary), options: options.draft)
    self.options = options
  }

  /// Article files for `paths`: files as given; in a folder, every `*.txt` but `*.en.txt`, sorted
  /// (sub-folders included, hidden ones skipped).
  public static func articles(in paths: [String]) throws(SongNguError) -> [String] {
    try InputFiles.expand(paths) { $0.hasSuffix(".txt") && !$0.hasSuffix(".en.txt") }
  }

  /// Reads, normalizes, segments and drafts the article at `path`.
  public func prepare(path: String) throws(SongNguError) -> PreparedArticle {
    try prepare(options.reading.open(path), path: path)
  }

  /// Reads, normalizes, segments and drafts an article held in memory, as `prepare(path:)` reads a
  /// file: `name` stands for its path (`nato.vi.txt` gives the article `nato`).
  public func prepare(bytes: [UInt8], name: String) throws(SongNguError) -> PreparedArticle {
    try prepare(
      LineReader(
        bytes: bytes, name: name, maxLineBytes: options.reading.maxLineBytes, encoding: options.reading.encoding),
      path: name)
  }

  private func prepare(_ lines: LineReader, path: String) throws(SongNguError) -> PreparedArticle {
    var reading = options.reading
    reading.keepsUTF8 = true
    let reader = ArticleReader(lines: lines, options: reading)
    var collector = Collector(name: Document.name(forPath: path), preparer: self)
    let document = try reader.readDocument(name: collector.name) { collector.add($0, utf8: reader.blockUTF8) }
    return collector.article(document, path: path)
  }

  /// Drafts an already read document.
  public func prepare(_ document: Document, path: String) -> PreparedArticle {
    var collector = Collector(name: document.name, preparer: self)
    for block in document.blocks { collector.add(block, utf8: nil) }
    return collector.article(document, path: path)
  }

  /// Gathers an article's drafts and units as `ArticleDrafting` makes them.
  private struct Collector {
    let name: String
    var drafting: ArticleDrafting
    var drafts: [Draft] = []
    var units: [BilingualUnit] = []

    init(name: String, preparer: ArticlePreparer) {
      self.name = name
      drafting = ArticleDrafting(
        article: name, translator: preparer.translator, includesBoilerplate: preparer.options.includeBoilerplate,
        prefills: preparer.options.prefill)
    }

    mutating func add(_ block: Block, utf8: [UInt8]?) {
      let prefills = drafting.prefills
      drafting.draft(block, utf8: utf8) { sentence, drafter, unit in
        let draft = drafter.draftValue(sentence: sentence.index, offset: sentence.start)
        drafts.append(draft)
        units.append(
          BilingualUnit(
            id: String(decoding: unit.id, as: UTF8.self), source: draft.source,
            target: prefills ? draft.text : "", targetOrigin: unit.targetOrigin, kind: unit.kind,
            block: unit.block, paragraph: unit.paragraph, terms: drafter.usedTermValues,
            draft: draft.spans.isEmpty ? nil : draft.text, notes: drafter.noteValues))
      }
    }

    func article(_ document: Document, path: String) -> PreparedArticle {
      PreparedArticle(
        path: path, document: document, drafts: drafts, bilingual: BilingualDocument(name: name, units: units),
        glossaryHits: drafting.glossaryHits, termsUsed: drafting.termsUsed, termEntries: drafting.termEntries,
        count: drafting.count)
    }
  }

  /// Writes the article's files into `folder` atomically.
  ///
  /// The files are `NAME.tmx`, `NAME.csv` (`.tsv` with tabs), `NAME.xlf`, … (`PrepareOptions.formats`),
  /// then `NAME.tbx` (`PrepareOptions.writesTermBase`, when the draft uses a term), renamed into place
  /// together after they are all written (and flushed, see `PrepareOptions.synchronizes`), and
  /// recorded in the folder's manifest. Refuses names that leave the folder, never overwrites an
  /// input in `protecting`, and replaces an existing file only as `run` does (see `OutputManifest`):
  /// when one is refused, nothing is written.
  public func write(_ article: PreparedArticle, to folder: OutputFolder, protecting inputs: [String]) throws
    -> [WrittenFile]
  {
    let writer = AtomicFileWriter(synchronizes: options.synchronizes)
    var manifest = try OutputManifest.load(folder.path, ignoringDamage: options.replacesChangedFiles)
    var files: [(name: String, path: String, bytes: [UInt8], written: WrittenFile)] = []
    var changed: [ChangedFile] = []
    for format in options.formats {
      let formatWriter = format.writer(date: options.timestamp, dialect: options.csvDialect)
      let name = article.document.name + "." + formatWriter.fileExtension
      let path = try folder.path(for: name, protecting: inputs)
      let output = formatWriter.write([article.bilingual])
      if !options.replacesChangedFiles,
        let refusal = manifest.check(name, at: path, size: output.bytes.count, hash: XXHash64.hash(output.bytes))
      {
        changed.append(refusal)
      }
      files.append(
        (
          name, path, output.bytes,
          WrittenFile(
            path: path, kind: .bilingual(format), units: output.unitCount,
            droppedCharacters: output.droppedCharacterCount)
        ))
    }
    if options.writesTermBase,
      let bytes = ArticleTermBase.tbx(entries: article.termEntries, from: translator.matcher.glossary)
    {
      let name = article.document.name + "." + ArticleTermBase.fileExtension
      let path = try folder.path(for: name, protecting: inputs)
      if !options.replacesChangedFiles,
        let refusal = manifest.check(name, at: path, size: bytes.count, hash: XXHash64.hash(bytes))
      {
        changed.append(refusal)
      }
      files.append(
        (
          name, path, bytes,
          WrittenFile(path: path, kind: .termBase, units: article.termEntries.count, droppedCharacters: 0)
        ))
    }
    guard changed.isEmpty else { throw SongNguError.changedOutput(files: changed, manifest: manifest.path) }
    let batch = AtomicFileWriter.Batch(writer: writer)
    batch.startGroup()
    for file in files { try batch.stage(file.bytes, to: file.path) }
    func record() {
      for file in files.prefix(batch.placedCount) {
        manifest.record(file.name, size: file.bytes.count, hash: XXHash64.hash(file.bytes))
      }
    }
    do {
      try batch.commit()
    } catch {
      record()
      try? manifest.save(writer: writer)
      throw error
    }
    record()
    try manifest.save(writer: writer)
    return files.map(\.written)
  }
}
