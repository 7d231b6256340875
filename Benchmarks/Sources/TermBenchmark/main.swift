import BenchmarkSupport
import Foundation
import SongNgu

// Term matching throughput: the same ≥ 20 MB of segmented Vietnamese news text matched with a
// 100-entry glossary and with a 100,000-entry one. The bar: large ≥ 0.8 × small.

let root = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let targetBytes = 20 * 1024 * 1024
let largeSize = 100_000
let rounds = 5

func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  let clock = ContinuousClock()
  let start = clock.now
  let value = try body()
  return (value, seconds(clock.now - start))
}

var generator = SeededGenerator(seed: 0x736F_6E67_6E67_75)

// The text.
let sampleDocument = try ArticleReader(
  lines: try LineReader(path: root.appendingPathComponent("samples/nato-trieu-tien.vi.txt").path)
).readDocument(name: "sample")
let (body, headings) = Corpus.sentences(sample: sampleDocument)
let text = Corpus.text(body: body, headings: headings, bytes: targetBytes, generator: &generator)
let (document, segmentSeconds) = try time {
  try ArticleReader(lines: try LineReader(bytes: Array(text.utf8), name: "benchmark")).readDocument(name: "benchmark")
}
let sentences = document.translatableSentences
let sentenceBytes = sentences.reduce(0) { $0 + $1.text.utf8.count }
let megabytes = Double(sentenceBytes) / 1_048_576
print(
  "text: \(text.utf8.count) bytes, \(sentences.count) sentences (\(String(format: "%.1f", megabytes)) MB of "
    + "sentence text), segmented in \(String(format: "%.2f", segmentSeconds)) s")

// The glossaries: the 100 real entries that occur most in the text first, then all real entries plus
// synthetic Vietnamese-like terms up to 100,000.
let glossaryText = try String(
  contentsOf: root.appendingPathComponent("glossaries/news-vi-en.csv"), encoding: .utf8)
let real = CSVGlossary.parse(glossaryText)
let realMatcher = TermMatcher(glossary: real)
let poolMatches = (body + headings).flatMap { realMatcher.matches(in: $0) }
var occurrences = [Int](repeating: 0, count: real.entries.count)
for match in poolMatches { occurrences[match.entry] += 1 }
let ranked = real.entries.indices.sorted {
  occurrences[$0] > occurrences[$1] || (occurrences[$0] == occurrences[$1] && $0 < $1)
}
let small = Glossary(entries: ranked.prefix(100).map { real.entries[$0] })

let synthetic = SyntheticGlossary(
  realText: body + headings + real.entries.flatMap(\.sourceForms), generator: &generator)
let existing = Set(real.entries.flatMap(\.sourceForms))
let terms = synthetic.terms(count: largeSize - real.entries.count, avoiding: existing, generator: &generator)
let large = Glossary(
  entries: real.entries + terms.enumerated().map { GlossaryEntry(source: $1, target: "term \($0)") })

// Loading: the large glossary written as an OmegaT TSV file and read back (bar: under 1 s).
let tsvPath = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-100k.tsv").path
try TSVGlossaryWriter().write(large).write(toFile: tsvPath, atomically: true, encoding: .utf8)
let (loaded, loadSeconds) = time { try? GlossaryLoader.load(paths: [tsvPath]) }
print(
  String(
    format: "loading a %d-entry TSV (%.1f MB): %.2f s (bar: < 1 s)", loaded?.entries.count ?? -1,
    Double((try? FileManager.default.attributesOfItem(atPath: tsvPath)[.size] as? Int) ?? 0) / 1_048_576,
    loadSeconds))

// Matching. Other processes share the machine, so the text is matched in 20 chunks of about 1 MB,
// each chunk `rounds` times by each matcher in turn, timed in this thread's CPU time; the fastest
// round of each chunk counts.
let (smallMatcher, smallBuild) = time { TermMatcher(glossary: small) }
let (largeMatcher, largeBuild) = time { TermMatcher(glossary: large) }
let chunkSize = max(1, sentences.count / 20)
var best = [0.0, 0.0]
var found = [0, 0]
for chunkStart in stride(from: 0, to: sentences.count, by: chunkSize) {
  let chunk = sentences[chunkStart..<min(sentences.count, chunkStart + chunkSize)]
  var chunkBest = [Double.infinity, Double.infinity]
  var chunkFound = [0, 0]
  for _ in 0..<rounds {
    for (index, matcher) in [smallMatcher, largeMatcher].enumerated() {
      let (count, elapsed) = cpuTime { matcher.matches(in: chunk).count }
      chunkBest[index] = min(chunkBest[index], elapsed)
      chunkFound[index] = count
    }
  }
  for index in 0..<2 {
    best[index] += chunkBest[index]
    found[index] += chunkFound[index]
  }
}
var throughputs: [Double] = []
for (index, (name, matcher, build)) in [("small", smallMatcher, smallBuild), ("large", largeMatcher, largeBuild)]
  .enumerated()
{
  let throughput = megabytes / best[index]
  throughputs.append(throughput)
  print(
    "\(name): \(matcher.glossary.entries.count) entries (\(matcher.formCount) forms), built in "
      + "\(String(format: "%.2f", build)) s; \(found[index]) matches in \(String(format: "%.3f", best[index])) s: "
      + "\(String(format: "%.1f", throughput)) MB/s")
}
let ratio = throughputs[1] / throughputs[0]
print("ratio large/small: \(String(format: "%.2f", ratio)) (bar: ≥ 0.80) \(ratio >= 0.8 ? "ok" : "BELOW THE BAR")")
