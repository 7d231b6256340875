import Foundation
import Testing

/// Runs the built `songngu count`, and checks that `prepare` prints the job's totals.
@Suite struct CountCommandTests {
  @Test func countsTheSampleAsATableOrJSON() throws {
    let table = try CLI.run(["count"])
    #expect(table.status == 0, "\(table.stderr)")
    let lines = table.stdout.split(separator: "\n")
    #expect(lines.count == 3 && lines[0].hasPrefix("article ") && lines[2].hasPrefix("total "))
    let json = try CLI.run(["count", "samples/nato-trieu-tien.vi.txt", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let total = try #require(object?["total"] as? [String: Int])
    #expect(total["segments"] == 23 && total["articles"] == 1)
    let article = try #require((object?["articles"] as? [[String: Any]])?.first)
    #expect(article["segments"] as? Int == 23 && article["words"] as? Int == total["words"])
    #expect(lines[1].contains(" 23 ") && lines[1].contains(" \(total["words"]!) "))
  }

  @Test func prepareEndsWithTheJobsTotals() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLI.run(["prepare", "--out", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    let last = try #require(result.stdout.split(separator: "\n").last)
    #expect(last.hasPrefix("total: 1 article, 23 segments, "), "\(last)")
    #expect(last.hasSuffix(" in repeated segments)"))
  }

  @Test func aMissingArticleIsAnInputError() throws {
    let result = try CLI.run(["count", "no-such-article.txt"])
    #expect(result.status == 1 && result.stderr.contains("no-such-article.txt"))
  }
}
