import Foundation
import Testing

/// `songngu segment` end to end: output, messages and exit codes of the built binary.
@Suite struct SegmentCommandTests {
  let sample = "samples/nato-trieu-tien.vi.txt"

  @Test func printsTheSampleOneSentenceALine() throws {
    let result = try CLI.run(["segment", sample])
    #expect(result.status == 0)
    let gold = try String(
      contentsOf: CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.sentences.tsv"), encoding: .utf8)
    var expected: [String] = []
    var lastBlock: String?
    for line in gold.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: "\t", maxSplits: 2).map(String.init)
      if let lastBlock, lastBlock != cells[0] { expected.append("") }
      expected.append(cells[1] == "boilerplate" ? "[boilerplate] \(cells[2])" : cells[2])
      lastBlock = cells[0]
    }
    #expect(result.stdout == expected.joined(separator: "\n") + "\n")
    #expect(result.stderr.isEmpty)
  }

  @Test func jsonlHasTheContractFields() throws {
    let result = try CLI.run(["segment", sample, "--format", "jsonl", "--drop-boilerplate"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 23)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(Set(object?.keys.map { $0 } ?? []) == ["block", "kind", "index", "start", "end", "text"])
    }
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(first?["kind"] as? String == "title")
    #expect(first?["start"] as? Int == 0)
    #expect(first?["end"] as? Int == 55)
  }

  @Test func readsStandardInputAndReportsNormalization() throws {
    let nfd = "Tin nhanh\n\nVie\u{0302}\u{0323}t Nam va\u{0300} Nga\u{00A0}ký hiệp ước.\n"
    let result = try CLI.run(["segment", "-"], stdin: Data(nfd.utf8))
    #expect(result.status == 0)
    #expect(result.stdout == "Tin nhanh\n\nViệt Nam và Nga ký hiệp ước.\n")
    #expect(result.stderr.contains("normalized: 2 NFD words, 1 no-break spaces"))
  }

  @Test func mixedToneStylesAreReported() throws {
    let result = try CLI.run(["segment", "-"], stdin: Data("Tiêu đề\n\nHòa bình và thuỷ lợi.\n".utf8))
    #expect(result.status == 0)
    #expect(result.stderr.contains("-: warning: mixed tone-mark placement: 1 old-style (hòa) and 1 new-style (hoà)"))
    #expect(result.stderr.contains("[normalize.mixed-tone-style]"))
  }

  @Test func emptyFileIsNotAnError() throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("empty.txt")
    try Data().write(to: file)
    let result = try CLI.run(["segment", file.path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }

  func expectFailure(_ bytes: Data, named name: String = "bad.txt", saying message: String) throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent(name)
    try bytes.write(to: file)
    let result = try CLI.run(["segment", file.path])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.hasPrefix("songngu: error: "))
  }

  @Test func invalidUTF8() throws {
    try expectFailure(
      Data("Hà Nội\nThủ đô ".utf8) + Data([0xC3, 0x28]), saying: ":2:8: invalid UTF-8 at byte offset 21")
  }

  @Test func binaryFile() throws {
    try expectFailure(Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A]), saying: "not a text file")
  }

  @Test func legacyEncodedFile() throws {
    // "Hà Nội là thủ đô" and more in TCVN3 (.VnTime) bytes.
    let bytes: [UInt8] =
      Array("H".utf8) + [0xB5] + Array(" N".utf8) + [0xE9] + Array("i l".utf8) + [0xB5] + Array(" th".utf8) + [0xF1]
      + Array(" ".utf8) + [0xAE, 0xAB] + Array(" c".utf8) + [0xF1] + Array("a n".utf8) + [0xAD, 0xED] + Array("c.".utf8)
    try expectFailure(Data(bytes), saying: "looks like TCVN3 (.VnTime) text")
  }

  @Test func fiftyMegabyteSingleLine() throws {
    let line = Data(repeating: 0x61, count: 50 << 20)
    try expectFailure(line, saying: "line is longer than 1048576 bytes")
  }

  @Test func missingFile() throws {
    let result = try CLI.run(["segment", "no/such/article.txt"])
    #expect(result.status == 1)
    #expect(result.stderr == "songngu: error: no/such/article.txt: no such file\n")
  }

  @Test func directory() throws {
    let result = try CLI.run(["segment", "samples"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("samples: is a directory"))
  }

  @Test func usageErrorsExit64() throws {
    let unknown = try CLI.run(["segment", sample, "--no-such-flag"])
    #expect(unknown.status == 64)
    let badValue = try CLI.run(["segment", sample, "--tone-style", "newest"])
    #expect(badValue.status == 64)
  }

  @Test func helpTeachesWithExamples() throws {
    let result = try CLI.run(["segment", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Examples:"))
    #expect(result.stdout.contains("--tone-style"))
  }
}
