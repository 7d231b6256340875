import BenchmarkSupport
// Whole-process `prepare` throughput on ≥ 20 MB of Vietnamese articles with the project glossary,
// beside the segment-only figure and raw ICU sentence iteration over the same text.
//
// Usage: PrepareBenchmark [MEGABYTES]               run the comparison (default 21 MB)
//        PrepareBenchmark --prepare DIR OUT          prepare every article in DIR (the measured process)
//        PrepareBenchmark --segment DIR              only read + normalize + segment every article
import CICU
import Foundation
import SongNgu

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Articles of about 100 KB: a title, headings and paragraphs of shuffled real sentences, a source line.
func writeArticles(megabytes: Int, into folder: URL) throws -> Int {
  try? FileManager.default.removeItem(at: folder)
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  var random = SeededGenerator(seed: 2026)
  let sentences = realSentences(bodyOnly: true)
  var total = 0
  var number = 0
  while total < megabytes << 20 {
    var article = "Tin tức quốc tế số \(number)\n\n"
    while article.utf8.count < 100_000 {
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
if arguments.count == 4 && arguments[1] == "--prepare" {
  let glossary = try GlossaryLoader.load(paths: [repositoryRoot.appendingPathComponent("glossaries").path])
  let preparer = ArticlePreparer(glossary: glossary)
  let folder = OutputFolder(arguments[3])
  try FileManager.default.createDirectory(atPath: arguments[3], withIntermediateDirectories: true)
  var units = 0
  for path in try ArticlePreparer.articles(in: [arguments[2]]) {
    let article = try preparer.prepare(path: path)
    units += article.bilingual.units.count
    _ = try preparer.write(article, to: folder, protecting: [path])
  }
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

let megabytes = arguments.count > 1 ? Int(arguments[1]) ?? 21 : 21
let articles = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-prepare-bench")
let out = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-prepare-bench-out")
let bytes = Double(try writeArticles(megabytes: megabytes, into: articles))
let files = try ArticlePreparer.articles(in: [articles.path])
print(String(format: "input: %.1f MB in %d articles of real Vietnamese news sentences", bytes / 1_048_576, files.count))

// Raw ICU iteration over the same text (already UTF-16), one C loop per article.
let texts = try files.map { Array(try String(contentsOfFile: $0, encoding: .utf8).utf16) }
let icuSeconds = seconds {
  var status: Int32 = 0
  for units in texts {
    _ = units.withUnsafeBufferPointer { cicu_sentences_count("vi", $0.baseAddress, Int32($0.count), &status) }
  }
}

/// Runs this executable as a separate process and returns (wall seconds, its output line).
func measureProcess(_ arguments: [String]) throws -> (Double, String) {
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
  return (wall, output.trimmingCharacters(in: .whitespacesAndNewlines))
}

let (segmentWall, segmentOutput) = try measureProcess(["--segment", articles.path])
let (prepareWall, prepareOutput) = try measureProcess(["--prepare", articles.path, out.path])
let icuRate = bytes / 1_048_576 / icuSeconds
print(String(format: "raw ICU sentence iteration:              %7.1f MB/s", icuRate))
print(
  String(
    format: "segment only (whole process):            %7.1f MB/s, %@", bytes / 1_048_576 / segmentWall, segmentOutput))
print(
  String(
    format: "prepare tmx+csv with glossary (process): %7.1f MB/s, %@", bytes / 1_048_576 / prepareWall, prepareOutput))
print(String(format: "prepare / raw ICU: %.2f (bar: >= 0.35)", bytes / 1_048_576 / prepareWall / icuRate))
