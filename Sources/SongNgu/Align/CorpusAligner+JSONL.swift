import Foundation

extension CorpusAligner {
  public static let badRecord = "corpus.bad-record"

  /// One input record of the JSONL streaming mode.
  struct Record: Decodable {
    var id: String
    var vi: String
    var en: String
  }

  /// Streams documents: reads `{"id","vi","en"}` objects (one a line; `vi` and `en` the article
  /// texts) from `lines` and calls `write` with one `{"id","vi","en","score","bead"}` line per bead,
  /// in input order.
  ///
  /// Memory stays flat: documents are aligned in batches of `4 × workers`, in parallel, and the batch
  /// is written before the next is read. A line that is not such an object is reported (with its line
  /// number) and skipped; a document the verdict rejects is reported (`corpus.rejected`, with the
  /// reasons) and not written. With `learns`, the first `learningSample` documents are aligned once
  /// to teach the lexicon the corpus's word translations (`learning(from:sample:workers:)`), then
  /// every document is aligned with it.
  public func streamJSONL(
    lines: LineReader, workers: Int = ProcessInfo.processInfo.activeProcessorCount, learns: Bool = true,
    learningSample: Int = 100, write: (String) -> Void, report: (Finding) -> Void
  ) throws(SongNguError) {
    let workerCount = max(1, workers)
    let batchSize = workerCount * 4
    var engine = self
    var learnt = !learns
    var units: [UInt16] = []
    var batch: [(line: Int, record: Record)] = []
    let decoder = JSONDecoder()
    let inputName = lines.name
    let segmenterPool = (0..<workerCount).map { _ in
      AlignedArticle.Segmenters(options: options, englishAbbreviations: englishAbbreviations)
    }
    func align(_ records: [(line: Int, record: Record)], with engine: CorpusAligner) -> Results {
      let results = Results(count: records.count)
      DispatchQueue.concurrentPerform(iterations: min(workerCount, records.count)) { worker in
        let segmenters = segmenterPool[worker]
        var index = worker
        while index < records.count {
          let (line, record) = records[index]
          do {
            let sentences = try AlignedArticle.readSentences(
              vi: try LineReader(bytes: Array(record.vi.utf8), name: "\(record.id).vi"),
              en: try LineReader(bytes: Array(record.en.utf8), name: "\(record.id).en", detectsVIQR: false),
              presegmented: presegmented, segmenters: segmenters)
            let alignment = engine.aligner.align(vi: sentences.vi, en: sentences.en)
            let document = AlignedPairs(name: record.id, pairs: alignment.pairs(vi: sentences.vi, en: sentences.en))
            let verdict = engine.report(
              name: record.id, vi: sentences.vi.count, en: sentences.en.count, alignment: alignment)
            if verdict.status == .rejected {
              results.set(
                index,
                .finding(
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
                  category: Self.unreadable, message: "\(record.id): \(error); skipped", line: line,
                  file: inputName), nil))
          }
          index += workerCount
        }
      }
      return results
    }
    func flush() {
      if !learnt {
        // The first documents teach the lexicon, then are aligned again with it.
        learnt = true
        let documents = align(batch, with: engine).values.compactMap { outcome -> AlignedPairs? in
          if case .lines(_, let document) = outcome { return document }
          return nil
        }
        engine = engine.learning(from: documents)
      }
      for outcome in align(batch, with: engine).values {
        switch outcome {
        case .lines(let text, _): for line in text { write(line) }
        case .finding(let finding, _): report(finding)
        case nil: break
        }
      }
      batch.removeAll(keepingCapacity: true)
    }
    while try lines.nextLine(into: &units) {
      if units.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      let text = String(decoding: units, as: UTF16.self)
      guard let record = try? decoder.decode(Record.self, from: Data(text.utf8)) else {
        report(
          Finding(
            category: Self.badRecord, message: "expected a JSON object with string fields id, vi and en; skipped",
            line: lines.lineNumber, file: lines.name))
        continue
      }
      batch.append((lines.lineNumber, record))
      if batch.count >= (learnt ? batchSize : max(batchSize, learningSample)) { flush() }
    }
    if !batch.isEmpty { flush() }
  }

  /// What one record gave: its output lines or why it was skipped, with its pairs when it was aligned.
  enum RecordOutcome {
    case lines([String], AlignedPairs)
    case finding(Finding, AlignedPairs?)
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
