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

/// `prepare --formats tbx`: each article's own glossary, as TBX.
@Suite struct TermBaseCommandTests {
  @Test func eachArticleGetsTheEntriesItsDraftUsesAndAnArticleWithoutTermsNone() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plain = folder.appendingPathComponent("mua.vi.txt")
    try "Trời mưa suốt đêm.\n".write(to: plain, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out").path
    let result = try CLI.run(
      ["prepare", "samples/nato-trieu-tien.vi.txt", plain.path, "--out", out, "--formats", "tbx,xliff2"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("nato-trieu-tien: wrote \(out)/nato-trieu-tien.tbx (66 terms)"))
    #expect(result.stdout.contains("mua: no glossary term used, so no mua.tbx"))
    #expect(!FileManager.default.fileExists(atPath: out + "/mua.tbx"))
    // The TBX reads back as 66 entries without a problem, and is valid against the TBX 2008 DTD.
    let check = try CLI.run(["glossary", "check", out + "/nato-trieu-tien.tbx"])
    #expect(check.stdout.hasSuffix("66 entries in 1 file: 0 errors, 0 warnings\n"), "\(check.stdout)")
    let tbx = try String(contentsOfFile: out + "/nato-trieu-tien.tbx", encoding: .utf8)
    #expect(tbx.contains("<term>Triều Tiên</term>") && tbx.contains("<term>North Korea</term>"))
    let valid = try CLI.tool(
      "xmllint",
      [
        "--noout", "--nonet", "--dtdvalid",
        CLI.root.appendingPathComponent("schemas/tbx/tbx2008/TBXcoreStructV02.dtd").path,
        out + "/nato-trieu-tien.tbx",
      ])
    #expect(valid.status == 0, "\(valid.stderr)")
    #expect(FileManager.default.fileExists(atPath: out + "/nato-trieu-tien.xliff"))
  }
}
