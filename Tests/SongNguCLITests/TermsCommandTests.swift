import Foundation
import Testing

/// `songngu terms` end to end: sentences with their terms and drafts, offsets, errors and exit codes.
@Suite struct TermsCommandTests {
  let sample = "samples/nato-trieu-tien.vi.txt"

  func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func textShowsTermsAndDrafts() throws {
    let result = try CLI.run(["terms", sample])
    #expect(result.status == 0, "\(result.stderr)")
    let paragraphs = result.stdout.components(separatedBy: "\n\n")
    let secretary = try #require(paragraphs.first { $0.hasPrefix("Tổng thư ký NATO, Mark Rutte,") })
    let lines = secretary.split(separator: "\n").map(String.init)
    #expect(lines.contains("  Tổng thư ký NATO → NATO Secretary General"))
    #expect(lines.contains("  Mark Rutte → Mark Rutte"))
    #expect(lines.last?.hasPrefix("draft: NATO Secretary General, Mark Rutte, ") == true)
    // Boilerplate is left out.
    #expect(!result.stdout.contains("Đăng nhập"))
  }

  @Test func jsonlHasTheContractFieldsFirst() throws {
    let result = try CLI.run(["terms", sample, "--format", "jsonl"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 23)
    for line in lines {
      #expect(line.hasPrefix("{\"text\":"))
      #expect(line.contains(",\"draft\":"))
      #expect(line.contains(",\"matches\":["))
    }
    for object in try objects(result.stdout) {
      #expect(Set(object.keys) == ["text", "draft", "matches", "index", "block", "kind"])
      for match in object["matches"] as? [[String: Any]] ?? [] {
        #expect(Set(match.keys) == ["source", "target", "start", "end"])
      }
    }
    let secretary = try #require(
      try objects(result.stdout).first { ($0["text"] as? String)?.hasPrefix("Tổng thư ký NATO") == true })
    #expect((secretary["draft"] as? String)?.hasPrefix("NATO Secretary General, Mark Rutte, ") == true)
  }

  @Test func offsetsSliceTheSegmentText() throws {
    let terms = try objects(try CLI.run(["terms", sample, "--format", "jsonl"]).stdout)
    let segments = try objects(try CLI.run(["segment", sample, "--format", "jsonl"]).stdout)
    var checked = 0
    for object in terms {
      let index = try #require(object["index"] as? Int)
      let segment = try #require(segments.first { $0["index"] as? Int == index })
      let text = Array(try #require(segment["text"] as? String).utf16)
      let start = try #require(segment["start"] as? Int)
      for match in object["matches"] as? [[String: Any]] ?? [] {
        let lower = try #require(match["start"] as? Int) - start
        let upper = try #require(match["end"] as? Int) - start
        #expect(String(decoding: text[lower..<upper], as: UTF16.self) == match["source"] as? String)
        checked += 1
      }
    }
    #expect(checked > 50)
  }

  @Test func markedDraftsAndStandardInput() throws {
    let input = Data("Tin nhanh\n\nTổng thống Nga Vladimir Putin đã phủ nhận.\n".utf8)
    let result = try CLI.run(["terms", "-", "--marked"], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("draft: [[Russian President]] [[Vladimir Putin]] đã [[deny]]."))
  }

  @Test func missingGlossaryIsAnInputError() throws {
    let result = try CLI.run(["terms", sample, "--glossary", "no/such/glossary.csv"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "songngu: error: no/such/glossary.csv: no such file\n")
  }

  @Test func badFlagIsAUsageError() throws {
    #expect(try CLI.run(["terms", sample, "--format", "xml"]).status == 64)
    #expect(try CLI.run(["terms", sample, "--no-such-flag"]).status == 64)
  }

  @Test func helpHasExamples() throws {
    let result = try CLI.run(["terms", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("songngu terms samples/nato-trieu-tien.vi.txt"))
  }
}
