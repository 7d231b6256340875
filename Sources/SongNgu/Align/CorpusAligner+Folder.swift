import Foundation

extension CorpusAligner {
  /// What `alignFolder` wrote.
  public struct FolderRun: Sendable {
    /// One report line per aligned document (kept or rejected), in pair order.
    public var reports: [DocumentReport]
    /// The pairs that could not be read (`corpus.unreadable`).
    public var findings: [Finding]
    /// The documents found: the pairs and the files without their partner.
    public var documents: Int
    /// The pairs (beads with both sides) aligned, over all documents.
    public var pairCount: Int
    /// The files written, in order: the formats' files, the report, then the QA files.
    public var paths: [String]
    /// What pair QA found (empty without it).
    public var pairFindings: PairQA.Report = PairQA.Report()
  }

  /// What `songngu corpus` does: aligns every pair under `root` and writes the corpus.
  ///
  /// Every pair under `root` (`findPairs(in:)`) is aligned on `workers` threads and the corpus
  /// `name` written into `folder` in `formats` (streamed, atomically; pairs scoring below `minScore`
  /// and documents the verdict rejects left out), then `NAME.report.tsv` and, with `termQA`,
  /// `NAME.term-agreement.tsv` and `NAME.term-findings.tsv`; with `pairQA`, `NAME.pair-findings.tsv`
  /// (and with `dropFlagged` the pairs it flags are left out of the corpus). With `learns`, a first
  /// pass over a sample of the documents teaches the lexicon the corpus's own word translations
  /// (`learning(from:sample:workers:)`).
  ///
  /// `missing` is called for each file without its partner before the run, `progress` (from any
  /// thread) with the documents done and the total. With a worker on every core, the workers also
  /// render each document's output and the calling thread only appends it, in order; with a core to
  /// spare, the calling thread renders (the faster of the two, docs/performance.md).
  ///
  /// - Throws: `SongNguError.noArticles` when `root` holds no pair, what `findPairs(in:)` throws, or
  ///   a failed write (no file is then replaced).
  public func alignFolder(
    _ root: String, formats: [AlignmentFormat], name: String, to folder: OutputFolder, minScore: Double = 0,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount, termQA: TermQA? = nil, pairQA: PairQA? = nil,
    dropFlagged: Bool = false, learns: Bool = true,
    writer: AtomicFileWriter = AtomicFileWriter(), missing: (Finding) -> Void = { _ in },
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) throws -> FolderRun {
    let (pairs, unpaired) = try Self.findPairs(in: root)
    for finding in unpaired { missing(finding) }
    guard !pairs.isEmpty else {
      throw SongNguError.noArticles(paths: [root], expected: "NAME.vi.txt and NAME.en.txt pairs")
    }
    let corpus = learns ? learning(from: pairs, workers: workers) : self
    // Streamed: each document is written as soon as the ones before it are, so memory holds a
    // window of documents, not the corpus.
    let stream = try AlignmentExport.Stream(
      formats: formats, name: name, to: folder, minScore: minScore, writer: writer)
    var run = FolderRun(reports: [], findings: [], documents: pairs.count + unpaired.count, pairCount: 0, paths: [])
    var pairFindings = PairQA.Report()
    var checker = termQA.map { TermQA.Checker($0) }
    let renderer = stream.renderer
    let rendersOnWorkers = workers >= ProcessInfo.processInfo.activeProcessorCount
    let keepsPairs = checker != nil || !rendersOnWorkers
    let total = pairs.count
    var perDocument: (@Sendable (Int) -> Void)?
    if let progress { perDocument = { done in progress(done, total) } }
    try corpus.run(
      pairs, workers: workers, progress: perDocument,
      prepare: { outcome -> (Outcome, AlignmentExport.Rendered?, Int, [PairQA.Flag]) in
        guard case .aligned(var document, let report) = outcome, report.status == .aligned else {
          return (outcome, nil, 0, [])
        }
        // Pair QA on the worker; flagged pairs keep their numbers when they are left out.
        let flags = pairQA?.check(document) ?? []
        if dropFlagged {
          for flag in flags {
            if let number = flag.pair.split(separator: ":").last.flatMap({ Int($0) }) {
              document.pairs[number].excluded = true
            }
          }
        }
        let count = document.pairs.filter { !$0.isOmission && !$0.excluded }.count
        let kept: Outcome = .aligned(keepsPairs ? document : AlignedPairs(name: document.name, pairs: []), report)
        return (kept, rendersOnWorkers ? renderer.render(document) : nil, count, flags)
      }
    ) { prepared in
      let (outcome, rendered, count, flags) = prepared
      switch outcome {
      case .aligned(let document, let report):
        run.reports.append(report)
        guard report.status == .aligned else { return }
        if let rendered { try stream.append(rendered) } else { try stream.append(document) }
        pairFindings.flags += flags
        run.pairCount += count
        checker?.check(document)
      case .failed(let finding):
        run.findings.append(finding)
      }
    }
    run.paths = try stream.finish()
    let result = Result(documents: [], reports: run.reports, findings: run.findings)
    var files = [(name + ".report.tsv", result.reportTSV)]
    if let report = checker?.report {
      files += [(name + ".term-agreement.tsv", report.agreementTSV), (name + ".term-findings.tsv", report.findingsTSV)]
    }
    if pairQA != nil { files.append((name + ".pair-findings.tsv", pairFindings.findingsTSV)) }
    run.pairFindings = pairFindings
    for (fileName, text) in files {
      let path = try folder.path(for: fileName)
      try writer.write(Array(text.utf8), to: path)
      run.paths.append(path)
    }
    return run
  }
}
