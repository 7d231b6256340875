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

  /// One article rendered in every format of a `Renderer`, ready for `Stream.append(_:)`.
  public struct Rendered: Sendable {
    /// Per format, the text of each of its files.
    fileprivate var texts: [[String]]
    /// The TMX header's source language, if this article comes first.
    fileprivate var sourceLanguage: String
    /// Whether the article has TMX/CSV units (the CSV header waits for the first that has).
    fileprivate var hasUnits: Bool
  }

  /// Renders articles in a stream's formats, on any thread: the costly part of writing, so corpus
  /// mode runs it on the workers (`CorpusAligner.run(_:workers:window:progress:prepare:consume:)`).
  public struct Renderer: Sendable {
    public var formats: [AlignmentFormat]
    public var minScore: Double

    public init(formats: [AlignmentFormat], minScore: Double = 0) {
      self.formats = formats
      self.minScore = minScore
    }

    /// `article` in every format.
    public func render(_ article: AlignedPairs) -> Rendered {
      let needsDocument = formats.contains(.tmx) || formats.contains(.csv)
      let document = needsDocument ? article.bilingualDocument(minScore: minScore) : nil
      // The whole-file writers count dropped characters; nothing reads the count here.
      var tally = DroppedCharacterTally()
      let texts = formats.map { format -> [String] in
        switch format {
        case .jsonl:
          return [JSONLAlignmentWriter().lines(of: article, minScore: minScore)]
        case .tsv:
          return [TSVAlignmentWriter().lines(of: article, minScore: minScore)]
        case .tmx:
          return [TMXWriter().units(of: document!, tally: &tally)]
        case .csv:
          // Aligned units all carry a score and a bead: once there is a unit, the columns include them.
          return [document!.units.isEmpty ? "" : CSVWriter().records(of: document!, aligned: true, tally: &tally)]
        case .moses:
          let text = MosesAlignmentWriter().files(of: article.pairs, minScore: minScore)
          return [text.vi, text.en]
        }
      }
      return Rendered(
        texts: texts, sourceLanguage: document?.sourceLanguage ?? "vi-VN", hasUnits: !(document?.units.isEmpty ?? true))
    }
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
    private var files: [[AtomicFileWriter.IncrementalFile]] = []
    private let tmx = TMXWriter()
    private let csv = CSVWriter()
    private var tmxStarted = false
    private var csvStarted = false
    /// What `append(_:)` renders with.
    public let renderer: Renderer

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
      self.renderer = Renderer(formats: formats, minScore: minScore)
      do {
        for group in paths { files.append(try group.map { try writer.begin($0) }) }
      } catch {
        discard()
        throw error
      }
    }

    deinit { discard() }

    /// Appends one article to every format.
    public func append(_ article: AlignedPairs) throws { try append(renderer.render(article)) }

    /// Appends one article rendered by `renderer` (or a `Renderer` with the same formats and score).
    public func append(_ rendered: Rendered) throws {
      do {
        for (index, format) in formats.enumerated() {
          var texts = rendered.texts[index]
          switch format {
          case .tmx where !tmxStarted:
            // The header names the first document's source language.
            texts[0] = tmx.header(sourceLanguage: rendered.sourceLanguage) + texts[0]
            tmxStarted = true
          case .csv where !csvStarted && rendered.hasUnits:
            texts[0] = csv.header(aligned: true) + texts[0]
            csvStarted = true
          default: break
          }
          for (file, text) in zip(files[index], texts) where !text.isEmpty { try file.append(text) }
        }
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
  }
}
