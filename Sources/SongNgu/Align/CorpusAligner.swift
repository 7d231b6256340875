import Foundation

/// Aligns every `NAME.vi.txt` / `NAME.en.txt` pair in a folder tree, in parallel, into one corpus.
///
/// Each worker owns its segmenters (ICU iterators are not thread-safe); the aligner is shared.
/// Results keep the pairs' order (sorted by relative path), whatever the number of workers. A file
/// without its partner, or a pair that cannot be read, is a finding and is skipped.
public struct CorpusAligner: Sendable {
  /// A document pair found in the tree.
  public struct DocumentPair: Sendable, Equatable {
    /// The relative path without `.vi.txt` (`world/nato`), used as the document's name.
    public var name: String
    public var viPath: String
    public var enPath: String

    public init(name: String, viPath: String, enPath: String) {
      self.name = name
      self.viPath = viPath
      self.enPath = enPath
    }
  }

  /// One line of the per-document report.
  public struct DocumentReport: Sendable, Equatable {
    /// What became of a document pair.
    public enum Status: String, Sendable, Codable {
      /// Aligned and written.
      case aligned
      /// Not a translation of each other by the document verdict: reported, not written.
      case rejected
    }

    public var name: String
    public var viSentences: Int
    public var enSentences: Int
    public var beads: Int
    public var meanScore: Double
    public var lowConfidence: Int
    /// The document verdict's score (`DocumentVerdict.score`).
    public var documentScore: Double
    public var status: Status
    /// Why the document was rejected ("" when aligned).
    public var reason: String

    public init(
      name: String, viSentences: Int, enSentences: Int, beads: Int, meanScore: Double, lowConfidence: Int,
      documentScore: Double = 1, status: Status = .aligned, reason: String = ""
    ) {
      self.name = name
      self.viSentences = viSentences
      self.enSentences = enSentences
      self.beads = beads
      self.meanScore = meanScore
      self.lowConfidence = lowConfidence
      self.documentScore = documentScore
      self.status = status
      self.reason = reason
    }

    /// The report's header line.
    public static let tsvHeader =
      "name\tvi_sentences\ten_sentences\tbeads\tmean_score\tlow_confidence\tdocument_score\tstatus\treason"

    /// The report line.
    public var tsvLine: String {
      "\(name)\t\(viSentences)\t\(enSentences)\t\(beads)\t\((meanScore * 10000).rounded() / 10000)\t\(lowConfidence)"
        + "\t\((documentScore * 10000).rounded() / 10000)\t\(status.rawValue)\t\(AlignmentText.oneLine(reason))"
    }
  }

  /// What a run produced.
  public struct Result: Sendable {
    /// The aligned documents, in pair order (skipped pairs left out).
    public var documents: [AlignedPairs]
    public var reports: [DocumentReport]
    /// Missing partners and unreadable pairs (`corpus.missing-partner`, `corpus.unreadable`).
    public var findings: [Finding]

    public init(documents: [AlignedPairs], reports: [DocumentReport], findings: [Finding]) {
      self.documents = documents
      self.reports = reports
      self.findings = findings
    }

    /// The per-document report as TSV, header included.
    public var reportTSV: String {
      ([DocumentReport.tsvHeader] + reports.map(\.tsvLine)).joined(separator: "\n") + "\n"
    }

    /// The number of pairs (beads with both sides) over all documents.
    public var pairCount: Int { documents.reduce(0) { $0 + $1.pairs.filter { !$0.isOmission }.count } }
  }

  public static let missingPartner = "corpus.missing-partner"
  public static let unreadable = "corpus.unreadable"
  public static let rejected = "corpus.rejected"

  public var aligner: SentenceAligner
  public var options: ReadingOptions
  public var englishAbbreviations: AbbreviationList
  public var presegmented: Bool
  /// Documents whose verdict scores below this are rejected (reported, not written).
  public var minimumDocumentScore: Double

  public init(
    aligner: SentenceAligner = SentenceAligner(), options: ReadingOptions = ReadingOptions(),
    englishAbbreviations: AbbreviationList = .english, presegmented: Bool = false,
    minimumDocumentScore: Double = DocumentVerdict.defaultThreshold
  ) {
    self.aligner = aligner
    self.options = options
    self.englishAbbreviations = englishAbbreviations
    self.presegmented = presegmented
    self.minimumDocumentScore = minimumDocumentScore
  }

  /// The pairs under `root` (listed as `InputFiles.expand(_:including:)` lists a folder), sorted by
  /// name, and a finding for every file without its partner.
  public static func findPairs(in root: String) throws(SongNguError) -> (pairs: [DocumentPair], findings: [Finding]) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
      throw .fileNotFound(path: root)
    }
    guard isDirectory.boolValue else { throw .unreadable(path: root, reason: "not a folder") }
    var vi: [String: String] = [:]
    var en: [String: String] = [:]
    let base = root.hasSuffix("/") ? root : root + "/"
    // The same listing as every command that reads folders: hidden names and linked folders skipped.
    let files = try InputFiles.expand([root]) { $0.hasSuffix(".vi.txt") || $0.hasSuffix(".en.txt") }
    for path in files {
      let relative = String(path.dropFirst(base.count))
      if relative.hasSuffix(".vi.txt") {
        vi[String(relative.dropLast(7))] = path
      } else {
        en[String(relative.dropLast(7))] = path
      }
    }
    var pairs: [DocumentPair] = []
    var findings: [Finding] = []
    for name in Set(vi.keys).union(en.keys).sorted() {
      switch (vi[name], en[name]) {
      case (let viPath?, let enPath?):
        pairs.append(DocumentPair(name: name, viPath: viPath, enPath: enPath))
      case (let viPath?, nil):
        findings.append(
          Finding(
            category: missingPartner, message: "no English partner \(name).en.txt; skipped", file: viPath))
      case (nil, let enPath?):
        findings.append(
          Finding(
            category: missingPartner, message: "no Vietnamese partner \(name).vi.txt; skipped", file: enPath))
      case (nil, nil):
        break
      }
    }
    return (pairs, findings)
  }

  /// Aligns `pairs` on `workers` threads; `progress` is called (from any thread) after each document
  /// with the number done.
  ///
  /// Keeps every document in memory; `run(_:workers:window:progress:consume:)` streams them.
  public func run(
    _ pairs: [DocumentPair], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> Result {
    var result = Result(documents: [], reports: [], findings: [])
    run(pairs, workers: workers, progress: progress) { outcome in
      switch outcome {
      case .aligned(let document, let report):
        if report.status == .aligned { result.documents.append(document) }
        result.reports.append(report)
      case .failed(let finding):
        result.findings.append(finding)
      }
    }
    return result
  }

  /// What became of one document pair.
  public enum Outcome: Sendable {
    /// Aligned: the pairs and the report line (whose status says whether the verdict rejected it).
    case aligned(AlignedPairs, DocumentReport)
    /// Skipped (`corpus.unreadable`).
    case failed(Finding)
  }

  /// How full the reorder buffer of a streaming run got.
  public struct ReorderStatistics: Sendable, Equatable {
    /// The most documents claimed and not yet handed to `consume` (aligning or waiting) allowed.
    public var bound: Int
    /// The most finished documents that ever waited for an earlier one (at most `bound`).
    public var highWater: Int
  }

  /// Aligns `pairs` on `workers` threads and hands each outcome to `consume`, on the calling thread,
  /// in pair order; `progress` is called (from any thread) after each document with the number done.
  ///
  /// Memory stays flat: a worker claims a pair only while fewer than `window` (default
  /// `4 × workers`) claimed documents are not yet consumed, so finished documents waiting for an
  /// earlier one never exceed the window. When `consume` throws, the workers stop claiming, the
  /// ones busy finish, and the error is rethrown.
  @discardableResult
  public func run(
    _ pairs: [DocumentPair], workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil,
    progress: (@Sendable (Int) -> Void)? = nil, consume: (Outcome) throws -> Void
  ) rethrows -> ReorderStatistics {
    try run(pairs, workers: workers, window: window, progress: progress, prepare: { $0 }, consume: consume)
  }

  /// As `run(_:workers:window:progress:consume:)`, with `prepare` applied to each outcome on the
  /// worker that aligned it (rendering the outputs there keeps the single consumer from being the
  /// bottleneck); `consume` gets what `prepare` made, in pair order.
  @discardableResult
  public func run<Prepared: Sendable>(
    _ pairs: [DocumentPair], workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil,
    progress: (@Sendable (Int) -> Void)? = nil, prepare: @escaping @Sendable (Outcome) -> Prepared,
    consume: (Prepared) throws -> Void
  ) rethrows -> ReorderStatistics {
    let statistics = try OrderedWorkers.run(
      count: pairs.count, workers: workers, window: window ?? 4 * max(1, workers), progress: progress,
      makeWorker: {
        let segmenters = AlignedArticle.Segmenters(options: options, englishAbbreviations: englishAbbreviations)
        return { index in prepare(align(pairs[index], segmenters: segmenters)) }
      }, consume: consume)
    return ReorderStatistics(bound: statistics.bound, highWater: statistics.highWater)
  }

  /// The report line of an aligned document, its status by the verdict.
  func report(name: String, vi: Int, en: Int, alignment: Alignment) -> DocumentReport {
    let verdict = alignment.verdict
    let rejected = verdict.score < minimumDocumentScore
    return DocumentReport(
      name: name, viSentences: vi, enSentences: en, beads: alignment.beads.count, meanScore: alignment.meanScore,
      lowConfidence: alignment.lowConfidence.count, documentScore: verdict.score,
      status: rejected ? .rejected : .aligned,
      reason: rejected ? "not a translation of each other: " + verdict.reasons.joined(separator: "; ") : "")
  }

  // MARK: - Learning from the corpus

  /// The most sentence pairs IBM Model 1 learns from.
  public static let learningPairs = 2000

  /// This corpus aligner with what the corpus teaches (hunalign's realign): up to `sample` documents,
  /// spread evenly over `pairs`, are aligned with the current aligner; the 1–1 pairs scoring at least
  /// 0.8 in documents the verdict keeps feed IBM Model 1 (`TranslationLexicon.learning(from:)`), and
  /// the learnt translations join the lexicon every document is then aligned with.
  public func learning(
    from pairs: [DocumentPair], sample: Int = 100, workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) -> CorpusAligner {
    guard !pairs.isEmpty, sample > 0 else { return self }
    let step = max(1, pairs.count / sample)
    let chosen = stride(from: 0, to: pairs.count, by: step).prefix(sample).map { pairs[$0] }
    var documents: [AlignedPairs] = []
    run(chosen, workers: workers) { outcome in
      if case .aligned(let document, let report) = outcome, report.status == .aligned { documents.append(document) }
    }
    return learning(from: documents)
  }

  /// This corpus aligner with what `documents` (aligned, kept by the verdict) teach.
  func learning(from documents: [AlignedPairs]) -> CorpusAligner {
    var sentences: [(vi: ArraySlice<UInt16>, en: ArraySlice<UInt16>)] = []
    outer: for document in documents {
      for pair in document.pairs where pair.bead == "1-1" && pair.score >= 0.8 {
        sentences.append((Array(pair.vi.utf16)[...], Array(pair.en.utf16)[...]))
        if sentences.count >= Self.learningPairs { break outer }
      }
    }
    guard !sentences.isEmpty else { return self }
    var result = self
    result.aligner = aligner.with(lexicon: aligner.lexicon.learning(from: sentences))
    return result
  }

  /// One pair aligned, or why not.
  private func align(_ pair: DocumentPair, segmenters: AlignedArticle.Segmenters) -> Outcome {
    do {
      let sentences = try AlignedArticle.readSentences(
        vi: try options.open(pair.viPath),
        en: try LineReader(path: pair.enPath, maxLineBytes: options.maxLineBytes, detectsVIQR: false),
        presegmented: presegmented, segmenters: segmenters)
      let alignment = aligner.align(vi: sentences.vi, en: sentences.en)
      let report = report(name: pair.name, vi: sentences.vi.count, en: sentences.en.count, alignment: alignment)
      return .aligned(AlignedPairs(name: pair.name, pairs: alignment.pairs(vi: sentences.vi, en: sentences.en)), report)
    } catch {
      return .failed(
        Finding(category: Self.unreadable, message: "\(error); pair \(pair.name) skipped", file: pair.viPath))
    }
  }
}
