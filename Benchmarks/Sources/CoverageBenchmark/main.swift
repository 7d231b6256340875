import BenchmarkSupport
import Foundation
import SongNgu

// Glossary coverage throughput beside prepare-like work on the same ≥ 20 MB of Vietnamese news text:
//   segment + match   read and segment the text, then match the project glossary in every sentence
//   detect            candidate detection alone, over the segmented sentences
//   coverage          CoverageAnalyzer.report: detection + matching + cutting + counting
// Times are this thread's CPU time (other processes share the machine), reading's the wall clock (it
// uses every core); the best of `rounds` runs.
// MB/s are megabytes of input text per second.

let root = repositoryRoot
let targetBytes = (CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 20) * 1024 * 1024
let rounds = 3

/// The best CPU time of `rounds` runs of `body`.
func best<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  var result: (T, Double)? = nil
  for _ in 0..<rounds {
    let run = try cpuTime(body)
    if result == nil || run.1 < result!.1 { result = run }
  }
  return result!
}

var generator = SeededGenerator(seed: 0x636F_7665_7261_6765)

// The text: the sample's sentences, the term benchmark's extra sentences and the coverage fixtures'
// sentences (more names, acronyms and institutions), shuffled into paragraphs.
let sample = try ArticleReader(
  lines: try LineReader(path: root.appendingPathComponent("samples/nato-trieu-tien.vi.txt").path)
).readDocument(name: "sample")
var (body, headings) = Corpus.sentences(sample: sample)
let fixtures = root.appendingPathComponent("Tests/SongNguTests/Fixtures/Coverage")
for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() where name.hasSuffix(".vi.txt")
{
  let document = try ArticleReader(lines: try LineReader(path: fixtures.appendingPathComponent(name).path))
    .readDocument(name: name)
  body += document.translatableSentences.filter { $0.kind == .body }.map(\.text)
  headings += document.translatableSentences.filter { $0.kind == .heading }.map(\.text)
}
let text = Corpus.text(body: body, headings: headings, bytes: targetBytes, generator: &generator)
let bytes = Array(text.utf8)
let megabytes = Double(bytes.count) / 1_048_576
let glossary = try GlossaryLoader.load(paths: [root.appendingPathComponent("glossaries").path])
let matcher = TermMatcher(glossary: glossary)
print(
  "text: \(String(format: "%.1f", megabytes)) MB, \(body.count) distinct body sentences; glossary: "
    + "\(glossary.entries.count) entries")

func read() throws -> Document {
  try ArticleReader(lines: try LineReader(bytes: bytes, name: "benchmark")).readDocument(name: "benchmark")
}

// ArticleReader segments on all cores, so reading is timed on the wall clock, not in this thread's CPU time.
func wallTime<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  let clock = ContinuousClock()
  let start = clock.now
  let value = try body()
  let elapsed = (clock.now - start).components
  return (value, Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18)
}
var reads: [(Document, Double)] = []
for _ in 0..<rounds { reads.append(try wallTime { try read() }) }
let (document, segmentSeconds) = reads.min { $0.1 < $1.1 }!
let sentences = document.translatableSentences
let (matchCount, matchSeconds) = best { matcher.matches(in: sentences).count }
let (spanCount, detectSeconds) = best { CandidateDetector().candidates(in: sentences).reduce(0) { $0 + $1.count } }
let analyzer = CoverageAnalyzer(matcher: matcher)
let (report, coverageSeconds) = best { analyzer.report(for: [document]) }

func rate(_ seconds: Double) -> String { String(format: "%7.1f MB/s (%.2f s)", megabytes / seconds, seconds) }
print("segment (wall clock):   \(rate(segmentSeconds)), \(sentences.count) sentences")
print("match:                  \(rate(matchSeconds)), \(matchCount) matches")
print("segment + match:        \(rate(segmentSeconds + matchSeconds))  (prepare-like)")
print("detect candidates:      \(rate(detectSeconds)), \(spanCount) candidate spans")
print("coverage report:        \(rate(coverageSeconds)), \(report.candidateOccurrences) occurrences")
print("segment + coverage:     \(rate(segmentSeconds + coverageSeconds))")
print(report.summary)
print("top missing: \(report.missing.prefix(8).map { "\($0.text) ×\($0.count - $0.coveredCount)" })")
