/// Writes aligned articles into an output folder, one file (two for Moses) per format.
public enum AlignmentExport {
  /// Writes aligned articles as `name.EXT` in `folder`, one file per format, atomically; returns the paths.
  ///
  /// Pairs scoring below `minScore` are left out of every format; TMX, CSV and Moses also leave out
  /// 1–0 and 0–1 beads. JSONL lines carry `id` (`ARTICLE:N`, N the bead's 0-based number).
  /// The same bytes as a `Stream` given the articles one by one.
  public static func write(
    _ articles: [AlignedPairs], formats: [AlignmentFormat], name: String, to folder: OutputFolder,
    minScore: Double = 0, protecting inputs: [String] = [], writer: AtomicFileWriter = AtomicFileWriter()
  ) throws -> [String] {
    let stream = try Stream(
      formats: formats, name: name, to: folder, minScore: minScore, protecting: inputs, writer: writer)
    for article in articles { try stream.append(article) }
    return try stream.finish()
  }

  /// Writes aligned articles one at a time, in constant memory: each format goes to a temporary
  /// file in the output folder (`AtomicFileWriter.begin(_:)`), renamed into place by `finish()`.
  ///
  /// Until `finish()` the destinations are untouched; a failed `append`, `discard()` or dropping an
  /// unfinished stream removes the temporary files. Not thread-safe: one writer at a time.
  public final class Stream {
    /// The destinations, in format order (two for Moses).
    public let paths: [String]
    private let formats: [AlignmentFormat]
    private let minScore: Double
    private var files: [[AtomicFileWriter.IncrementalFile]] = []
    private let tmx = TMXWriter()
    private let csv = CSVWriter()
    private var tmxTally = DroppedCharacterTally()
    private var csvTally = DroppedCharacterTally()
    private var tmxStarted = false
    private var csvStarted = false
    private var csvAligned = false

    /// Checks every destination (`OutputFolder.path(for:protecting:)`, in order), then opens the
    /// temporary files.
    public init(
      formats: [AlignmentFormat], name: String, to folder: OutputFolder, minScore: Double = 0,
      protecting inputs: [String] = [], writer: AtomicFileWriter = AtomicFileWriter()
    ) throws {
      let paths = try formats.map { format in
        try format.fileNames(for: name).map { try folder.path(for: $0, protecting: inputs) }
      }
      self.paths = paths.flatMap { $0 }
      self.formats = formats
      self.minScore = minScore
      do {
        for group in paths { files.append(try group.map { try writer.begin($0) }) }
      } catch {
        discard()
        throw error
      }
    }

    deinit { discard() }

    /// Appends one article to every format.
    public func append(_ article: AlignedPairs) throws {
      do {
        for (format, files) in zip(formats, files) { try append(article, format: format, files: files) }
      } catch {
        discard()
        throw error
      }
    }

    /// Writes the formats' ends and renames every file into place; returns the paths.
    public func finish() throws -> [String] {
      do {
        for (format, files) in zip(formats, files) {
          switch format {
          case .tmx: try files[0].append((tmxStarted ? "" : tmx.header(sourceLanguage: "vi-VN")) + tmx.footer)
          // As the whole-file writer: no unit with a score or bead, no score and bead columns.
          case .csv: if !csvStarted { try files[0].append(csv.header(aligned: false)) }
          case .jsonl, .tsv, .moses: break
          }
        }
        for file in files.joined() { try file.commit() }
      } catch {
        discard()
        throw error
      }
      return paths
    }

    /// Removes the temporary files that are not yet renamed into place.
    public func discard() {
      for file in files.joined() { file.discard() }
    }

    private func append(_ article: AlignedPairs, format: AlignmentFormat, files: [AtomicFileWriter.IncrementalFile])
      throws
    {
      switch format {
      case .jsonl, .tsv:
        var text = ""
        for (number, pair) in article.pairs.enumerated() where pair.score >= minScore {
          text += format == .jsonl ? pair.jsonLine(id: "\(article.name):\(number)") : AlignmentText.tsvLine(pair)
          text += "\n"
        }
        try files[0].append(text)
      case .tmx:
        let document = article.bilingualDocument(minScore: minScore)
        var text = ""
        if !tmxStarted {
          // The header names the first document's source language.
          text = tmx.header(sourceLanguage: document.sourceLanguage)
          tmxStarted = true
        }
        text += tmx.units(of: document, tally: &tmxTally)
        try files[0].append(text)
      case .csv:
        let document = article.bilingualDocument(minScore: minScore)
        // Aligned units all carry a score and a bead, so the columns are known at the first unit.
        guard !document.units.isEmpty || csvStarted else { return }
        var text = ""
        if !csvStarted {
          csvAligned = document.units.contains { $0.score != nil || $0.bead != nil }
          text = csv.header(aligned: csvAligned)
          csvStarted = true
        }
        text += csv.records(of: document, aligned: csvAligned, tally: &csvTally)
        try files[0].append(text)
      case .moses:
        let text = AlignmentText.moses(article.pairs, minScore: minScore)
        try files[0].append(text.vi)
        try files[1].append(text.en)
      }
    }
  }
}
