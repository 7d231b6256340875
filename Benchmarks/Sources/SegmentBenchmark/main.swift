import BenchmarkSupport
// Normalize + segment throughput against raw ICU sentence iteration over the same text.
//
// Usage: SegmentBenchmark [MEGABYTES]        run the comparison (default 24 MB)
//        SegmentBenchmark --stream FILE       read FILE with ArticleReader, print sentences and peak RSS
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

func stream(_ path: String) throws {
  let reader = ArticleReader(lines: try LineReader(path: path))
  var sentences = 0
  while let block = try reader.nextBlock() { sentences += block.sentences.count }
  print("sentences \(sentences) peak-rss-mb \(String(format: "%.1f", peakResidentMegabytes()))")
}

let arguments = CommandLine.arguments
if arguments.count == 3 && arguments[1] == "--stream" {
  try stream(arguments[2])
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

// Raw ICU: a C loop over ubrk_next on the whole UTF-16 text (decoding not timed).
let units = Array(text.utf16)
var icuCount: Int64 = 0
let icuSeconds = try time {
  var status: Int32 = 0
  icuCount = units.withUnsafeBufferPointer { cicu_sentences_count("vi", $0.baseAddress, Int32($0.count), &status) }
  if status > 0 { throw NSError(domain: "ICU", code: Int(status)) }
}

// Raw ICU from UTF-8: u_strFromUTF8 then the same C loop — what any ICU tool reading a UTF-8 file does.
let utf8Bytes = Array(text.utf8)
var icuUTF8Count: Int64 = 0
let icuUTF8Seconds = try time {
  var status: Int32 = 0
  icuUTF8Count = utf8Bytes.withUnsafeBufferPointer {
    cicu_sentences_count_utf8("vi", $0.baseAddress, Int32($0.count), &status)
  }
  if status > 0 { throw NSError(domain: "ICU", code: Int(status)) }
}

// songngu: read the file, decode, normalize, build blocks, segment (ICU + Vietnamese rules).
var songnguCount = 0
let songnguSeconds = try time {
  let reader = ArticleReader(lines: try LineReader(path: file.path))
  while let block = try reader.nextBlock() { songnguCount += block.sentences.count }
}

let icuRate = bytes / 1_048_576 / icuSeconds
let icuUTF8Rate = bytes / 1_048_576 / icuUTF8Seconds
let songnguRate = bytes / 1_048_576 / songnguSeconds
print(String(format: "raw ICU sentence iteration (UTF-16 ready):  %7.1f MB/s (%lld sentences)", icuRate, icuCount))
print(
  String(format: "raw ICU from UTF-8 (u_strFromUTF8 + loop):  %7.1f MB/s (%lld sentences)", icuUTF8Rate, icuUTF8Count))
print(
  String(format: "songngu read+normalize+segment from file:   %7.1f MB/s (%d sentences)", songnguRate, songnguCount))
print(
  String(
    format: "ratio to ICU iteration: %.2f (bar: >= 0.5); ratio to ICU from UTF-8: %.2f", songnguRate / icuRate,
    songnguRate / icuUTF8Rate))

// Peak memory of streaming, in fresh processes, for this size and four times it.
let big = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-bench-\(megabytes * 4).txt")
if !FileManager.default.fileExists(atPath: big.path) {
  try generateText(bytes: (megabytes * 4) << 20, seed: 7).write(to: big, atomically: true, encoding: .utf8)
}
for input in [file, big] {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: arguments[0])
  process.arguments = ["--stream", input.path]
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  let size = (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0
  print("streaming \(size >> 20) MB: \(output.trimmingCharacters(in: .whitespacesAndNewlines))")
}
