// Corpus-mode throughput: ~3,000 generated article pairs (≥ 100,000 sentence pairs), aligned with
// 1 and 2 workers and streamed to the corpus files as corpus mode does; pairs per second and peak
// memory (VmHWM, which only grows: give one worker count to measure it alone).
//
// Usage: CorpusBenchmark [DOCUMENTS] [WORKERS]   (defaults 3000, and 1 then 2)
import BenchmarkSupport
import Foundation
import SongNgu

let fixtures = repositoryRoot.appendingPathComponent("Tests/SongNguTests/Fixtures/Alignment")

/// Paragraph pairs (vi lines, en lines) and titles from the hand-translated fixture pairs.
func pool() -> (titles: [(String, String)], paragraphs: [([String], [String])]) {
  var titles: [(String, String)] = []
  var paragraphs: [([String], [String])] = []
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).filter {
    $0.hasSuffix(".vi.txt")
  }.sorted()
  for name in names {
    let base = String(name.dropLast(7))
    guard let vi = try? String(contentsOf: fixtures.appendingPathComponent(base + ".vi.txt"), encoding: .utf8),
      let en = try? String(contentsOf: fixtures.appendingPathComponent(base + ".en.txt"), encoding: .utf8)
    else { continue }
    let viParagraphs = vi.components(separatedBy: "\n\n").map { $0.split(separator: "\n").map(String.init) }
    let enParagraphs = en.components(separatedBy: "\n\n").map { $0.split(separator: "\n").map(String.init) }
    for (index, (v, e)) in zip(viParagraphs, enParagraphs).enumerated() where !v.isEmpty && v.count == e.count {
      if index == 0 { titles.append((v[0], e[0])) } else { paragraphs.append((v, e)) }
    }
  }
  return (titles, paragraphs)
}

let documents = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 3000
let workerCounts = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) }.map { [$0] } ?? [1, 2]
let (titles, paragraphs) = pool()
guard !titles.isEmpty, !paragraphs.isEmpty else {
  print("no fixture pairs under \(fixtures.path)")
  exit(1)
}
let root = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-corpus-bench-\(getpid())")
let input = root.appendingPathComponent("in")
try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: root) }

var generator = SeededGenerator(seed: 2024)
var sentencePairs = 0
var bytes = 0
for number in 0..<documents {
  let folder = input.appendingPathComponent(String(format: "%02d", number % 50))
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let title = titles[Int.random(in: 0..<titles.count, using: &generator)]
  var vi = title.0 + "\n\n"
  var en = title.1 + "\n\n"
  var count = 1
  while count < 34 {
    let (v, e) = paragraphs[Int.random(in: 0..<paragraphs.count, using: &generator)]
    vi += v.joined(separator: " ") + "\n\n"
    en += e.joined(separator: " ") + "\n\n"
    count += v.count
  }
  sentencePairs += count
  bytes += vi.utf8.count + en.utf8.count
  let name = String(format: "doc-%05d", number)
  try vi.write(to: folder.appendingPathComponent(name + ".vi.txt"), atomically: false, encoding: .utf8)
  try en.write(to: folder.appendingPathComponent(name + ".en.txt"), atomically: false, encoding: .utf8)
}
print(
  "generated \(documents) document pairs, \(sentencePairs) sentence pairs, \(bytes / 1_000_000) MB, "
    + "cores: \(ProcessInfo.processInfo.activeProcessorCount)")

let (pairs, missing) = try CorpusAligner.findPairs(in: input.path)
precondition(missing.isEmpty && pairs.count == documents)
let base = CorpusAligner()
for workers in workerCounts {
  let out = root.appendingPathComponent("out-\(workers)")
  try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
  let start = Date()
  // As corpus mode: a learning pass over a sample of the documents first (timed with the rest).
  let corpus = base.learning(from: pairs, workers: workers)
  let learnt = Date().timeIntervalSince(start)
  let stream = try AlignmentExport.Stream(
    formats: [.tmx, .moses, .jsonl], name: "corpus", to: OutputFolder(out.path),
    writer: AtomicFileWriter(synchronizes: false))
  var reports: [CorpusAligner.DocumentReport] = []
  var pairCount = 0
  let renderer = stream.renderer
  // As corpus mode: the workers render when there is one on every core, else this thread does;
  // this thread appends in order.
  let rendersOnWorkers = workers >= ProcessInfo.processInfo.activeProcessorCount
  let statistics = try corpus.run(
    pairs, workers: workers,
    prepare: { outcome -> (CorpusAligner.DocumentReport, AlignedPairs?, AlignmentExport.Rendered?, Int)? in
      guard case .aligned(let document, let report) = outcome, report.status == .aligned else { return nil }
      let count = document.pairs.filter { !$0.isOmission }.count
      return rendersOnWorkers ? (report, nil, renderer.render(document), count) : (report, document, nil, count)
    }
  ) { prepared in
    guard let (report, document, rendered, count) = prepared else { return }
    if let rendered { try stream.append(rendered) } else if let document { try stream.append(document) }
    reports.append(report)
    pairCount += count
  }
  let written = try stream.finish()
  let total = Date().timeIntervalSince(start)
  let exact = reports.filter { $0.beads == $0.viSentences && $0.viSentences == $0.enSentences }.count
  print(
    String(
      format:
        "workers %d: %d pairs aligned and %d files written in %.2f s (%.0f pairs/s); %d/%d documents all 1-1; "
        + "reorder buffer high-water %d of %d; peak memory %.0f MB; learning pass %.2f s",
      workers, pairCount, written.count, total, Double(pairCount) / total, exact, reports.count,
      statistics.highWater, statistics.bound, peakResidentMegabytes(), learnt))
}
