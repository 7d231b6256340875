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
    var reading = options.reading
    reading.keepsUTF8 = true
    let reader = ArticleReader(
      lines: try options.reading.open(path), options: reading)
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
        glossaryHits: drafting.glossaryHits, termsUsed: drafting.termsUsed, count: drafting.count)
    }
  }

  /// Writes the article's files into `folder` atomically.
  ///
  /// The files are `NAME.tmx`, `NAME.csv` (`.tsv` with tabs) and `NAME.xlf`, renamed into place
  /// together after they are all written (and flushed, see `PrepareOptions.synchronizes`). Refuses
  /// names that leave the folder and never overwrites an input in `protecting`.
  public func write(_ article: PreparedArticle, to folder: OutputFolder, protecting inputs: [String]) throws
    -> [WrittenFile]
  {
    let batch = AtomicFileWriter.Batch(writer: AtomicFileWriter(synchronizes: options.synchronizes))
    var written: [WrittenFile] = []
    for format in options.formats {
      let writer = format.writer(date: options.timestamp, dialect: options.csvDialect)
      let path = try folder.path(for: article.document.name + "." + writer.fileExtension, protecting: inputs)
      let output = writer.write([article.bilingual])
      try batch.stage(output.bytes, to: path)
      written.append(
        WrittenFile(
          path: path, format: format, units: output.unitCount,
          droppedCharacters: output.droppedCharacterCount))
    }
    try batch.commit()
    return written
  }
}
