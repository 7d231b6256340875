import BenchmarkSupport
// Whole-process `prepare` throughput on ≥ 20 MB of Vietnamese articles with the project glossary,
// beside the segment-only figure and raw ICU sentence iteration over the same text.
//
// Usage: PrepareBenchmark [MEGABYTES [ARTICLE_KB]]      run the comparison (default 21 MB in articles of
//                                                       100 KB); each process is timed three times and the
//                                                       best time is shown, then five rounds time both raw
//                                                       ICU loops and one prepare run side by side
//        PrepareBenchmark --prepare DIR OUT [WORKERS]    prepare every article in DIR as `songngu prepare`
//                                                       does (ArticlePreparer.run, fsync'ed batches)
//        PrepareBenchmark --segment DIR                  only read + normalize + segment every article
//        PrepareBenchmark --phases DIR                   where prepare's time goes, step by step (CPU seconds):
//   With PREPARE_DRAFTS=plain in the environment, drafts substitute every term found and convert
//   nothing (DraftOptions.respectsContext and convertsNumbers off): the drafting of 2026-11, to time
//   the code alone against an older build.
//                                                       the whole of what `run` does per article, then the
//                                                       library's step-by-step API (documents, drafts, units)
import CICU
import Foundation
import SongNgu

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Articles of about `articleBytes` bytes: a title, headings and paragraphs of shuffled real sentences, a source line.
func writeArticles(megabytes: Int, articleBytes: Int, into folder: URL) throws -> Int {
  try? FileManager.default.removeItem(at: folder)
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  var random = SeededGenerator(seed: 2026)
  let sentences = realSentences(bodyOnly: true)
  var total = 0
  var number = 0
  while total < megabytes << 20 {
    var article = "Tin tức quốc tế số \(number)\n\n"
    while article.utf8.count < articleBytes {
      if Int.random(in: 0..<6, using: &random) == 0 { article += "Hiệp ước hợp tác giữa Nga và Triều Tiên\n\n" }
      let count = Int.random(in: 2...6, using: &random)
      article += (0..<count).map { _ in sentences.randomElement(using: &random) ?? "" }.joined(separator: " ")
      article += "\n\n"
    }
    article += "Nguồn: https://rt.com\n\nXem bài viết gốc tại đây\n"
    try article.write(
      to: folder.appendingPathComponent(String(format: "bai-%04d.vi.txt", number)), atomically: true,
      encoding: .utf8)
    total += article.utf8.count
    number += 1
  }
  return total
}

let arguments = CommandLine.arguments
let draftMode = ProcessInfo.processInfo.environment["PREPARE_DRAFTS"]
let draftOptions = DraftOptions(
  respectsContext: draftMode != "plain" && draftMode != "numbers",
  convertsNumbers: draftMode != "plain" && draftMode != "rules")
if (arguments.count == 4 || arguments.count == 5) && arguments[1] == "--prepare" {
  let glossary = try GlossaryLoader.load(paths: [repositoryRoot.appendingPathComponent("glossaries").path])
  let preparer = ArticlePreparer(glossary: glossary, options: PrepareOptions(draft: draftOptions))
  try FileManager.default.createDirectory(atPath: arguments[3], withIntermediateDirectories: true)
  let paths = try ArticlePreparer.articles(in: [arguments[2]])
  let workers = arguments.count == 5 ? Int(arguments[4]) ?? 1 : ProcessInfo.processInfo.activeProcessorCount
  var units = 0
  try preparer.run(paths, to: OutputFolder(arguments[3]), protecting: paths, workers: workers) { units += $0.units }
  print("units \(units) peak-rss-mb \(String(format: "%.1f", peakResidentMegabytes()))")
  exit(0)
}
if arguments.count == 3 && arguments[1] == "--segment" {
  var sentences = 0
  for path in try ArticlePreparer.articles(in: [arguments[2]]) {
    let reader = ArticleReader(lines: try LineReader(path: path))
    while let block = try reader.nextBlock() { sentences += block.sentences.count }
  }
  print("sentences \(sentences) peak-rss-mb \(String(format: "%.1f", peakResidentMegabytes()))")
  exit(0)
}

if arguments.count == 3 && arguments[1] == "--phases" {
  // Each step over every article, timed alone on this thread's CPU clock, best of three; documents
  // are read first and kept, so later steps do not pay for reading.
  let glossary = try GlossaryLoader.load(paths: [repositoryRoot.appendingPathComponent("glossaries").path])
  let preparer = ArticlePreparer(glossary: glossary)
  let paths = try ArticlePreparer.articles(in: [arguments[2]])
  func best<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    var result = try cpuTime(body)
    for _ in 0..<2 {
      let again = try cpuTime(body)
      if again.1 < result.1 { result = again }
    }
    return result
  }
  let (documents, read) = try best {
    try paths.map { path in
      try ArticleReader(lines: try LineReader(path: path)).readDocument(name: Document.name(forPath: path))
    }
  }
  let (_, readAndPrepare) = try best { try paths.map { try preparer.prepare(path: $0).bilingual.units.count } }
  let sentences = documents.flatMap { $0.translatableSentences }
  let (_, strings) = best { sentences.reduce(0) { $0 + $1.text.utf8.count } }
  let (_, matching) = best { preparer.translator.matcher.matches(in: sentences).count }
  let (_, drafting) = best { sentences.reduce(0) { $0 + preparer.translator.draft($1).text.utf8.count } }
  // What `songngu prepare` does per article (ArticlePreparer.run: read, match, draft and render in
  // one pass), on one worker, files written without flushing: process CPU, so the worker counts.
  let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-prepare-phases")
  try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  var unsynced = preparer
  unsynced.options.synchronizes = false
  let run =
    try (0..<3).map { _ in
      try wallAndProcessCPUTime {
        try unsynced.run(paths, to: OutputFolder(scratch.path), protecting: paths, workers: 1) { _ in }
      }.cpu
    }.min() ?? 0
  try? FileManager.default.removeItem(at: scratch)
  let articles = zip(documents, paths).map { preparer.prepare($0, path: $1) }
  let (_, tmx) = best { articles.reduce(0) { $0 + TMXWriter().write([$1.bilingual]).bytes.count } }
  let (_, csv) = best { articles.reduce(0) { $0 + CSVWriter().write([$1.bilingual]).bytes.count } }
  let (_, xliff) = best { articles.reduce(0) { $0 + XLIFFWriter().write([$1.bilingual]).bytes.count } }
  for (name, value) in [
    ("prepare as run does, tmx+csv (process)", run),
    ("read, normalize, segment (documents)", read), ("read + draft + units (prepare(path:))", readAndPrepare),
    ("  sentence strings, alone", strings), ("  match the glossary, alone", matching),
    ("  draft (match + substitute), alone", drafting), ("render TMX", tmx), ("render CSV", csv),
    ("render XLIFF", xliff),
  ] {
    print(name.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%6.3f s", value))
  }
  exit(0)
}

let megabytes = arguments.count > 1 ? Int(arguments[1]) ?? 21 : 21
let articleKilobytes = arguments.count > 2 ? Int(arguments[2]) ?? 100 : 100
/// The load average, to print beside the figures: the machine is shared.
func loadAverage() -> String {
  ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3)
    .joined(separator: " ")
}
print("load average before: \(loadAverage())")
let articles = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-prepare-bench")
let out = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-prepare-bench-out")
let bytes = Double(try writeArticles(megabytes: megabytes, articleBytes: articleKilobytes * 1000, into: articles))
let megabytesRead = bytes / 1_048_576
let files = try ArticlePreparer.articles(in: [articles.path])
print(String(format: "input: %.1f MB in %d articles of real Vietnamese news sentences", megabytesRead, files.count))

// Raw ICU iteration over the same text (already UTF-16), one C loop per article; best of three.
let texts = try files.map { Array(try String(contentsOfFile: $0, encoding: .utf8).utf16) }
func rawICUSeconds() -> Double {
  (0..<3).map { _ in
    seconds {
      var status: Int32 = 0
      for units in texts {
        _ = units.withUnsafeBufferPointer { cicu_sentences_count("vi", $0.baseAddress, Int32($0.count), &status) }
      }
    }
  }.min() ?? 1
}
let icuSeconds = rawICUSeconds()

// Raw ICU as a program reading these files would run it: read each file, convert it with ICU's
// `u_strFromUTF8`, iterate (one C call per article).
func rawICUFromFilesSeconds() -> Double {
  (0..<3).map { _ in
    seconds {
      var status: Int32 = 0
      for path in files {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        _ = data.withUnsafeBytes {
          cicu_sentences_count_utf8(
            "vi", $0.bindMemory(to: UInt8.self).baseAddress, Int32($0.count), &status)
        }
      }
    }
  }.min() ?? 1
}
let utf8Seconds = rawICUFromFilesSeconds()

/// Runs this executable as a separate process three times and returns the best wall time and the
/// output line of that run, with the run's CPU time (user + system).
///
/// With `keepingOutput`, the output folder of the run before is left in place (a re-run).
func measureProcess(_ arguments: [String], keepingOutput: Bool = false) throws -> (Double, String) {
  var best: (Double, String) = (.infinity, "")
  for _ in 0..<3 {
    let run = try runProcess(arguments, keepingOutput: keepingOutput)
    if run.0 < best.0 { best = run }
  }
  return best
}

/// Runs this executable once as a separate process; returns its wall time and its output line with
/// its CPU time.
func runProcess(_ arguments: [String], keepingOutput: Bool = false) throws -> (Double, String) {
  if !keepingOutput { try? FileManager.default.removeItem(at: out) }
  let cpuBefore = childrenCPUSeconds()
  let process = Process()
  process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
  process.arguments = arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  var output = ""
  let wall = try seconds {
    try process.run()
    output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
  }
  let cpu = childrenCPUSeconds() - cpuBefore
  return (wall, output.trimmingCharacters(in: .whitespacesAndNewlines) + String(format: " cpu-s %.2f", cpu))
}

/// CPU seconds (user + system) of the child processes waited for so far.
func childrenCPUSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_CHILDREN.rawValue, &usage)
  return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
}

let cores = ProcessInfo.processInfo.activeProcessorCount
let (segmentWall, segmentOutput) = try measureProcess(["--segment", articles.path])
let (oneWall, oneOutput) = try measureProcess(["--prepare", articles.path, out.path, "1"])
let (allWall, allOutput) = try measureProcess(["--prepare", articles.path, out.path, String(cores)])
// Again into the folder the last run filled: every output name now exists and is checked against
// every input.
let (againWall, againOutput) = try measureProcess(
  ["--prepare", articles.path, out.path, String(cores)], keepingOutput: true)
let icuRate = megabytesRead / icuSeconds
let icuUTF8Rate = megabytesRead / utf8Seconds
let segmentRate = megabytesRead / segmentWall
let oneRate = megabytesRead / oneWall
let allRate = megabytesRead / allWall
let againRate = megabytesRead / againWall
print(String(format: "raw ICU sentence iteration, ready UTF-16:   %7.1f MB/s", icuRate))
print(String(format: "raw ICU from the UTF-8 files (read + u_strFromUTF8 + loop): %7.1f MB/s", icuUTF8Rate))
print(String(format: "segment only (whole process, 1 thread):     %7.1f MB/s, %@", segmentRate, segmentOutput))
print(String(format: "prepare tmx+csv, glossary, 1 worker:        %7.1f MB/s, %@", oneRate, oneOutput))
print(String(format: "prepare tmx+csv, glossary, %d workers:       %7.1f MB/s, %@", cores, allRate, allOutput))
print(
  String(format: "prepare again into the filled folder, %d workers: %7.1f MB/s, %@", cores, againRate, againOutput))
print(
  String(
    format: "prepare / raw ICU on ready UTF-16: %.2f with 1 worker, %.2f with %d (bar: >= 0.35)",
    oneRate / icuRate, allRate / icuRate, cores))
print(
  String(
    format:
      "prepare / raw ICU from the UTF-8 files: %.2f with 1 worker, %.2f with %d; prepare / segment only: %.2f, %.2f",
    oneRate / icuUTF8Rate, allRate / icuUTF8Rate, cores, oneRate / segmentRate, allRate / segmentRate))
// The machine's speed drifts (up to 2x over tens of seconds on a shared host), and the figures above
// are each the best of their own three runs, taken a minute apart. Side by side: each round times the
// two raw ICU loops, then one prepare run with every core, and divides.
let rounds = (0..<5).map { _ -> (Double, Double) in
  let icu = rawICUSeconds()
  let icuFromFiles = rawICUFromFilesSeconds()
  let wall = (try? runProcess(["--prepare", articles.path, out.path, String(cores)]).0) ?? .infinity
  return (icu / wall, icuFromFiles / wall)
}
for (name, ratios) in [("ready UTF-16", rounds.map(\.0)), ("from the UTF-8 files", rounds.map(\.1))] {
  let sorted = ratios.sorted()
  print(
    String(
      format: "side by side, 5 rounds, prepare with %d workers / raw ICU %@: median %.2f, range %.2f-%.2f (%@)",
      cores, name, sorted[2], sorted[0], sorted[4], ratios.map { String(format: "%.2f", $0) }.joined(separator: " ")))
}
print("load average after: \(loadAverage())")
