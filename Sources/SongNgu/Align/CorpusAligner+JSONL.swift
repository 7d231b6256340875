import Foundation

extension CorpusAligner {
  public static let badRecord = "corpus.bad-record"

  /// What the JSONL streaming mode does with a bad record: a line that is not a
  /// `{"id","vi","en"}` object, or a document whose text cannot be read.
  public enum BadRecordPolicy: String, CaseIterable, Sendable {
    /// Write an in-band `{"id","error","line","message"}` record in its place (`id` when the line has
    /// one) and go on.
    case emit
    /// Leave it out and go on; the caller reports the count.
    case skip
    /// Stop at the first one with `SongNguError.badRecord`, after writing the pairs of the records
    /// before it.
    case fail
  }

  /// What a JSONL stream held.
  public struct JSONLSummary: Sendable, Equatable {
    /// Non-blank input lines.
    public var records = 0
    /// Pairs written.
    public var pairs = 0
    /// Bad records: emitted in-band, or skipped (`.fail` stops at the first).
    public var badRecords = 0
  }

  /// One input record of the JSONL streaming mode.
  struct Record: Decodable {
    var id: String
    var vi: String
    var en: String
  }

  /// The `id` of a line that is not a whole record, when it has a string one.
  struct PartialRecord: Decodable {
    var id: String?
  }

  /// Streams documents: reads `{"id","vi","en"}` objects (one a line; `vi` and `en` the article
  /// texts) from `lines` and calls `write` with one `{"id","vi","en","score","bead"}` line per bead,
  /// in input order.
  ///
  /// Memory stays flat: documents are aligned in batches of `4 × workers`, in parallel, and the batch
  /// is written before the next is read. A bad record (a line that is not such an object, or a
  /// document that cannot be read) is reported with its line number and, by `onError`, written
  /// in-band as `{"id","error","line","message"}` (``BadRecordPolicy/emit``), left out
  /// (``BadRecordPolicy/skip``, the default) or thrown as ``SongNguError/badRecord(path:line:reason:)``
  /// (``BadRecordPolicy/fail``). A document the verdict rejects is reported (`corpus.rejected`, with
  /// the reasons) and not written; it is no bad record. With `learns`, the first `learningSample`
  /// documents are aligned once to teach the lexicon the corpus's word translations
  /// (`learning(from:)`), then every document is aligned with it: a document's pairs then depend on
  /// the documents before it, so a stage that splits the input (Spark) passes `learns: false`.
  /// The output does not depend on `workers`.
  @discardableResult
  public func streamJSONL(
    lines: LineReader, workers: Int = ProcessInfo.processInfo.activeProcessorCount, learns: Bool = true,
    learningSample: Int = 100, onError: BadRecordPolicy = .skip, write: (String) -> Void,
    report: (Finding) -> Void
  ) throws(SongNguError) -> JSONLSummary {
    let workerCount = max(1, workers)
    let batchSize = workerCount * 4
    var engine = self
    var learnt = !learns
    var units: [UInt16] = []
    var batch: [BatchEntry] = []
    var summary = JSONLSummary()
    let decoder = JSONDecoder()
    let inputName = lines.name
    let segmenterPool = (0..<workerCount).map { _ in
      AlignedArticle.Segmenters(options: options, englishAbbreviations: englishAbbreviations)
    }
    func bad(_ finding: Finding, id: String?) throws(SongNguError) {
      let line = finding.line ?? 0
      if onError == .fail {
        throw .badRecord(path: finding.file ?? inputName, line: line, reason: finding.message)
      }
      summary.badRecords += 1
      var skipped = finding
      skipped.message += "; skipped"
      report(skipped)
      if onError == .emit { write(Self.errorLine(finding, id: id)) }
    }
    func align(_ records: [BatchEntry], with engine: CorpusAligner) -> Results {
      let results = Results(count: records.count)
      DispatchQueue.concurrentPerform(iterations: min(workerCount, records.count)) { worker in
        let segmenters = segmenterPool[worker]
        var index = worker
        while index < records.count {
          defer { index += workerCount }
          guard let record = records[index].record else { continue }
          let line = records[index].line
          do {
            let sentences = try AlignedArticle.readSentences(
              vi: try LineReader(bytes: Array(record.vi.utf8), name: "\(record.id).vi", encoding: options.encoding),
              en: try LineReader(bytes: Array(record.en.utf8), name: "\(record.id).en", detectsVIQR: false),
              presegmented: presegmented, segmenters: segmenters)
            let alignment = engine.aligner.align(vi: sentences.vi, en: sentences.en)
            let document = AlignedPairs(name: record.id, pairs: alignment.pairs(vi: sentences.vi, en: sentences.en))
            let verdict = engine.report(
              name: record.id, vi: sentences.vi.count, en: sentences.en.count, alignment: alignment)
            if verdict.status == .rejected {
              results.set(
                index,
                .rejected(
                  Finding(
                    category: Self.rejected, message: "\(record.id): \(verdict.reason); skipped", line: line,
                    file: inputName), document))
            } else {
              results.set(index, .lines(document.pairs.map { $0.jsonLine(id: record.id) }, document))
            }
          } catch {
            results.set(
              index,
              .finding(
                Finding(
                  category: Self.unreadable, message: "\(record.id): \(error)", line: line,
                  file: inputName)))
          }
        }
      }
      return results
    }
    func flush() throws(SongNguError) {
      let records = batch
      if !learnt {
        // The first documents teach the lexicon, then are aligned again with it.
        learnt = true
        let documents = align(records, with: engine).values.compactMap { outcome -> AlignedPairs? in
          if case .lines(_, let document) = outcome { return document }
          return nil
        }
        engine = engine.learning(from: documents)
      }
      let results = align(records, with: engine)
      for (index, outcome) in results.values.enumerated() {
        switch outcome {
        case .lines(let text, _):
          summary.pairs += text.count
          for line in text { write(line) }
        case .rejected(let finding, _): report(finding)
        case .finding(let finding): try bad(finding, id: records[index].id)
        case nil: if let finding = records[index].finding { try bad(finding, id: records[index].id) }
        }
      }
      batch.removeAll(keepingCapacity: true)
    }
    while try lines.nextLine(into: &units) {
      if units.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      summary.records += 1
      let data = Data(String(decoding: units, as: UTF16.self).utf8)
      guard let record = try? decoder.decode(Record.self, from: data) else {
        // In the batch, so that it comes after the pairs of the records before it.
        let finding = Finding(
          category: Self.badRecord, message: "expected a JSON object with string fields id, vi and en",
          line: lines.lineNumber, file: lines.name)
        batch.append(
          BatchEntry(
            line: lines.lineNumber, id: (try? decoder.decode(PartialRecord.self, from: data))?.id, finding: finding))
        // A bad record waits in the batch like a good one (with .fail, flush throws when it reaches
        // it, after the pairs before it), so the documents the learning pass sees never depend on
        // where bad records are, nor on `workers`.
        if batch.count >= (learnt ? batchSize : max(batchSize, learningSample)) { try flush() }
        continue
      }
      batch.append(BatchEntry(line: lines.lineNumber, id: record.id, record: record))
      if batch.count >= (learnt ? batchSize : max(batchSize, learningSample)) { try flush() }
    }
    if !batch.isEmpty { try flush() }
    return summary
  }

  /// The in-band record of a bad input line: `{"id","error","line","message"}`, `id` only when known.
  static func errorLine(_ finding: Finding, id: String?) -> String {
    var members: [(String, String)] = []
    if let id { members.append(("id", JSONText.string(id))) }
    members += [
      ("error", JSONText.string(finding.category)), ("line", String(finding.line ?? 0)),
      ("message", JSONText.string(finding.message)),
    ]
    return JSONText.object(members)
  }

  /// One input line of a batch: a record to align, or a line that is not one.
  struct BatchEntry {
    var line: Int
    var id: String?
    var record: Record?
    var finding: Finding?
  }

  /// What one record gave: its output lines (with its pairs, for learning), the verdict's rejection,
  /// or why it could not be read.
  enum RecordOutcome {
    case lines([String], AlignedPairs)
    case rejected(Finding, AlignedPairs)
    case finding(Finding)
  }

  /// Per-record results of one batch, filled by the workers.
  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [RecordOutcome?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: RecordOutcome) {
      lock.lock()
      values[index] = value
      lock.unlock()
    }
  }
}
