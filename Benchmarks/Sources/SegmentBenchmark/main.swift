import BenchmarkSupport
// Normalize + segment throughput against raw ICU sentence iteration over the same text.
//
// Usage: SegmentBenchmark [MEGABYTES]        run the comparison (default 24 MB)
//        SegmentBenchmark --stream FILE [2]   read FILE with ArticleReader (on 2 threads), print sentences
//                                             and peak RSS
import CICU
import Foundation
import SongNgu

/// Paragraphs of 2–6 shuffled real sentences, blank lines between, until `bytes` is reached.
func generateText(bytes: Int, seed: UInt64) -> String {
  var random = SeededGenerator(seed: seed)
  let sentences = realSentences(bodyOnly: false)
  var text = ""
  text.reserveCapacity(bytes + 4096)
  while text.utf8.count < bytes {
    let count = Int.random(in: 2...6, using: &random)
    let paragraph = (0..<count).map { _ in sentences.randomElement(using: &random) ?? "" }
    text += paragraph.joined(separator: " ") + "\n\n"
  }
  return text
}

func time(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func stream(_ path: String, concurrent: Bool) throws {
  let reader = ArticleReader(lines: try LineReader(path: path), options: ReadingOptions(concurrent: concurrent))
  var sentences = 0
  while let block = try reader.nextBlock() { sentences += block.sentences.count }
  print("sentences \(sentences) peak-rss-mb \(String(format: "%.1f", peakResidentMegabytes()))")
}

let arguments = CommandLine.arguments
if arguments.count >= 3 && arguments[1] == "--stream" {
  try stream(arguments[2], concurrent: arguments.count > 3)
  exit(0)
}

let megabytes = arguments.count > 1 ? Int(arguments[1]) ?? 24 : 24
let text = generateText(bytes: megabytes << 20, seed: 42)
let bytes = Double(text.utf8.count)
let file = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-bench-\(megabytes).txt")
try text.write(to: file, atomically: true, encoding: .utf8)
print(
  "text: \(String(format: "%.1f", bytes / 1_048_576)) MB of Vietnamese news sentences (\(realSentences(bodyOnly: false).count) distinct)"
)

// Each measurement runs three times; the best run counts (the machine is shared, so the slower runs
// mostly measure other work).
let runs = 3
func best(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
  var result = (wall: Double.infinity, cpu: Double.infinity)
  for _ in 0..<runs {
    let run = try wallAndProcessCPUTime(body)
    if run.wall < result.wall { result = run }
  }
  return result
}

// Raw ICU: a C loop over ubrk_next on the whole UTF-16 text (decoding not timed).
let units = Array(text.utf16)
var icuCount: Int64 = 0
let icu = try best {
  var status: Int32 = 0
  icuCount = units.withUnsafeBufferPointer { cicu_sentences_count("vi", $0.baseAddress, Int32($0.count), &status) }
  if status > 0 { throw NSError(domain: "ICU", code: Int(status)) }
}

// Raw ICU from UTF-8: u_strFromUTF8 then the same C loop — what any ICU tool reading a UTF-8 file does.
let utf8Bytes = Array(text.utf8)
var icuUTF8Count: Int64 = 0
let icuUTF8 = try best {
  var status: Int32 = 0
  icuUTF8Count = utf8Bytes.withUnsafeBufferPointer {
    cicu_sentences_count_utf8("vi", $0.baseAddress, Int32($0.count), &status)
  }
  if status > 0 { throw NSError(domain: "ICU", code: Int(status)) }
}

// songngu: read the file, decode, normalize, build blocks, segment (ICU + Vietnamese rules); on one
// thread, then on two (`ReadingOptions(concurrent: true)`: decoding, cleaning and grouping on a helper
// thread, ICU, the Vietnamese rules and blocks on the caller's).
var songnguCount = 0
let oneThread = try best {
  songnguCount = 0
  let reader = ArticleReader(lines: try LineReader(path: file.path))
  while let block = try reader.nextBlock() { songnguCount += block.sentences.count }
}
var concurrentCount = 0
let twoThreads = try best {
  concurrentCount = 0
  let reader = ArticleReader(lines: try LineReader(path: file.path), options: ReadingOptions(concurrent: true))
  while let block = try reader.nextBlock() { concurrentCount += block.sentences.count }
}
precondition(songnguCount == concurrentCount, "one and two threads disagree")

let megabytesRead = bytes / 1_048_576
let icuRate = megabytesRead / icu.wall
let icuUTF8Rate = megabytesRead / icuUTF8.wall
let oneRate = megabytesRead / oneThread.wall
let twoRate = megabytesRead / twoThreads.wall
print("best of \(runs) runs each; CPU is process CPU time (all threads)")
print(String(format: "raw ICU sentence iteration (UTF-16 ready):  %7.1f MB/s (%lld sentences)", icuRate, icuCount))
print(
  String(format: "raw ICU from UTF-8 (u_strFromUTF8 + loop):  %7.1f MB/s (%lld sentences)", icuUTF8Rate, icuUTF8Count))
print(
  String(
    format: "songngu read+normalize+segment, 1 thread:   %7.1f MB/s (%d sentences), CPU %.2f s", oneRate, songnguCount,
    oneThread.cpu))
print(
  String(
    format: "songngu read+normalize+segment, 2 threads:  %7.1f MB/s (%d sentences), CPU %.2f s", twoRate,
    concurrentCount, twoThreads.cpu))
print(
  String(
    format: "ratio to ICU iteration: %.2f with 2 threads, %.2f with 1 (bar: >= 0.5); to ICU from UTF-8: %.2f / %.2f",
    twoRate / icuRate, oneRate / icuRate, twoRate / icuUTF8Rate, oneRate / icuUTF8Rate))

// Peak memory of streaming, in fresh processes, for this size and four times it.
let big = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-bench-\(megabytes * 4).txt")
if !FileManager.default.fileExists(atPath: big.path) {
  try generateText(bytes: (megabytes * 4) << 20, seed: 7).write(to: big, atomically: true, encoding: .utf8)
}
for (input, threads) in [(file, 1), (big, 1), (file, 2), (big, 2)] {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: arguments[0])
  process.arguments = ["--stream", input.path] + (threads == 2 ? ["2"] : [])
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  let size = (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0
  print("streaming \(size >> 20) MB, \(threads) thread(s): \(output.trimmingCharacters(in: .whitespacesAndNewlines))")
}
