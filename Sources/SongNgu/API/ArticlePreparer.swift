import Foundation

/// How `ArticlePreparer` prepares articles: what to read, which files to write and how.
public struct PrepareOptions: Sendable {
  /// The formats written for every article (`tmx`, `csv`, `xliff`).
  public var formats: [BilingualFormat]
  /// Written into TMX `creationdate` and XLIFF `date` when given; without it output is byte-identical
  /// run to run, so prepared files can be kept in version control.
  public var timestamp: UTCTimestamp?
  /// The CSV dialect.
  public var csvDialect: CSVDialect
  /// Export boilerplate units too (they are left out by default).
  public var includeBoilerplate: Bool
  /// Draft style: plain English targets, or marked `[[target]]` for review.
  public var draft: DraftOptions
  /// Normalization, abbreviations, boilerplate list and limits.
  public var reading: ReadingOptions
  /// Flush written files to disk (`fsync`) before they are renamed into place, in batches.
  ///
  /// Off, every file is still replaced atomically (old or new, never half), but files written just
  /// before a power failure may be lost or empty.
  public var synchronizes: Bool

  public init(
    formats: [BilingualFormat] = [.tmx, .csv], timestamp: UTCTimestamp? = nil,
    csvDialect: CSVDialect = CSVDialect(lineEnding: .lf), includeBoilerplate: Bool = false,
    draft: DraftOptions = DraftOptions(), reading: ReadingOptions = ReadingOptions(), synchronizes: Bool = true
  ) {
    self.formats = formats
    self.timestamp = timestamp
    self.csvDialect = csvDialect
    self.includeBoilerplate = includeBoilerplate
    self.draft = draft
    self.reading = reading
    self.synchronizes = synchronizes
  }
}

/// One prepared article: its document, the glossary draft of every sentence and the bilingual units.
public struct PreparedArticle: Sendable {
  /// The path the article was read from.
  public var path: String
  public var document: Document
  /// The draft of every exported sentence, in order.
  public var drafts: [Draft]
  /// What the writers get.
  public var bilingual: BilingualDocument

  /// Glossary matches over the exported sentences.
  public var glossaryHits: Int { drafts.reduce(0) { $0 + $1.matches.count } }
  /// Distinct glossary entries used.
  public var termsUsed: Int { Set(drafts.flatMap { $0.matches.map(\.entry) }).count }
  /// Sentences left out of the export (boilerplate).
  public var leftOut: Int { document.sentences.count - bilingual.units.count }
}

/// A file `ArticlePreparer` wrote.
public struct WrittenFile: Sendable, Equatable {
  public var path: String
  public var format: BilingualFormat
  public var units: Int
  /// Characters XML 1.0 forbids, dropped from this file.
  public var droppedCharacters: Int
}

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
    let reader = ArticleReader(
      lines: try LineReader(path: path, maxLineBytes: options.reading.maxLineBytes),
      options: options.reading)
    let document = try reader.readDocument(name: Document.name(forPath: path))
    // The reader's document text holds every sentence at its offsets: sentences are sliced from it.
    return prepare(document, path: path, slicingDocumentText: true)
  }

  /// Drafts an already read document.
  public func prepare(_ document: Document, path: String) -> PreparedArticle {
    prepare(document, path: path, slicingDocumentText: false)
  }

  /// Drafts `document`; with `slicingDocumentText`, each sentence's string is copied out of
  /// `Document.text` at its offsets (`Sentence.text` is `Document.text[start..<end]`) instead of
  /// being made again from its UTF-16 units, which costs a transcoding and a validation.
  func prepare(_ document: Document, path: String, slicingDocumentText: Bool) -> PreparedArticle {
    var drafts: [Draft] = []
    var units: [BilingualUnit] = []
    var scratch = TermMatcher.Scratch()
    var text = document.text
    text.withUTF8 { utf8 in
      var offsets = slicingDocumentText ? DocumentOffsets(utf8) : nil
      for block in document.blocks where options.includeBoilerplate || block.kind != .boilerplate {
        // `BilingualUnit.id(article:block:sentence:)` of this block's sentences, up to the number.
        let idPrefix = String(BilingualUnit.id(article: document.name, block: block.index, sentence: 0).dropLast())
        for (position, sentence) in block.sentences.enumerated() {
          var source: String? = nil
          if let bytes = offsets?.bytes(of: sentence.start..<sentence.end) {
            source = String(UTF8Offsets.slice(document.text, bytes))
            assert(source == sentence.text, "Document.text does not hold sentence \(sentence.index) at its offsets")
          }
          let draft = translator.draft(sentence, source: source, scratch: &scratch)
          var terms: [UsedTerm] = []
          for match in draft.matches {
            let used = UsedTerm(source: match.term, target: match.target)
            if !terms.contains(used) { terms.append(used) }
          }
          drafts.append(draft)
          units.append(
            BilingualUnit(
              id: idPrefix + String(position),
              source: draft.source, target: draft.text, targetOrigin: .glossaryDraft, kind: block.kind,
              block: block.index, paragraph: block.index + 1, terms: terms))
        }
      }
    }
    return PreparedArticle(
      path: path, document: document, drafts: drafts,
      bilingual: BilingualDocument(name: document.name, units: units))
  }

  /// Where UTF-16 offsets into a document's text fall in its UTF-8, walking forward once.
  private struct DocumentOffsets {
    let utf8: UnsafeBufferPointer<UInt8>
    private var unit = 0
    private var byte = 0

    init(_ utf8: UnsafeBufferPointer<UInt8>) { self.utf8 = utf8 }

    /// The UTF-8 range of the UTF-16 range `range`, or nil when it is out of order, outside the
    /// text or splits a surrogate pair.
    mutating func bytes(of range: Range<Int>) -> Range<Int>? {
      guard range.lowerBound >= unit, let lower = advance(to: range.lowerBound),
        let upper = advance(to: range.upperBound)
      else { return nil }
      return lower..<upper
    }

    private mutating func advance(to offset: Int) -> Int? {
      while unit < offset && byte < utf8.count {
        let lead = utf8[byte]
        if lead < 0x80 {
          byte += 1
          unit += 1
        } else if lead < 0xE0 {
          byte += 2
          unit += 1
        } else if lead < 0xF0 {
          byte += 3
          unit += 1
        } else {
          byte += 4
          unit += 2
        }
      }
      return unit == offset ? byte : nil
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
          path: path, format: format, units: article.bilingual.units.count,
          droppedCharacters: output.droppedCharacterCount))
    }
    try batch.commit()
    return written
  }
}
