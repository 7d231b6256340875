/// How `ArticlePreparer` prepares articles: what to read, which files to write and how.
public struct PrepareOptions: Sendable {
  /// The formats written for every article (`tmx`, `csv`, `xliff`).
  public var formats: [BilingualFormat]
  /// Also writes each article's own glossary, `NAME.tbx`, after the formats' files.
  ///
  /// It holds the entries the article's draft uses, whole, in the order it first uses them
  /// (`ArticleFileKind.termBase`); an article whose draft uses no term gets none (TBX needs an entry).
  public var writesTermBase: Bool
  /// Written into TMX `creationdate` and XLIFF `date` when given; without it output is byte-identical
  /// run to run, so prepared files can be kept in version control.
  public var timestamp: UTCTimestamp?
  /// The CSV dialect.
  public var csvDialect: CSVDialect
  /// Export boilerplate units too (they are left out by default).
  public var includeBoilerplate: Bool
  /// Draft style: plain English targets, or marked `[[target]]` for review.
  public var draft: DraftOptions
  /// Fills every unit's target with its draft (the Vietnamese source where no term was substituted),
  /// as songngu did before drafts were kept apart from targets.
  ///
  /// Off (the default), a unit has no target: its draft, when it has one, is offered for review
  /// (`BilingualUnit.draft`) and never presented as a translation.
  public var prefill: Bool
  /// Normalization, abbreviations, boilerplate list and limits.
  public var reading: ReadingOptions
  /// Flush written files to disk (`fsync`) before they are renamed into place, in batches.
  ///
  /// Off, every file is still replaced atomically (old or new, never half), but files written just
  /// before a power failure may be lost or empty.
  public var synchronizes: Bool
  /// Replace output files that changed since songngu wrote them, or that it has no record of
  /// writing (`--force`); off, they are refused (`SongNguError.changedOutput`; see `OutputManifest`).
  public var replacesChangedFiles: Bool

  public init(
    formats: [BilingualFormat] = [.tmx, .csv], writesTermBase: Bool = false, timestamp: UTCTimestamp? = nil,
    csvDialect: CSVDialect = CSVDialect(lineEnding: .lf), includeBoilerplate: Bool = false,
    draft: DraftOptions = DraftOptions(), prefill: Bool = false, reading: ReadingOptions = ReadingOptions(),
    synchronizes: Bool = true, replacesChangedFiles: Bool = false
  ) {
    self.formats = formats
    self.writesTermBase = writesTermBase
    self.timestamp = timestamp
    self.csvDialect = csvDialect
    self.includeBoilerplate = includeBoilerplate
    self.draft = draft
    self.prefill = prefill
    self.reading = reading
    self.synchronizes = synchronizes
    self.replacesChangedFiles = replacesChangedFiles
  }
}
