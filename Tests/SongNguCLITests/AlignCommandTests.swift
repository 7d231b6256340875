import Foundation
import Testing

/// `songngu align` end to end: the sample's beads, the formats, the files written and exit codes.
@Suite struct AlignCommandTests {
  let vi = "samples/nato-trieu-tien.vi.txt"
  let en = "samples/nato-trieu-tien.en.txt"

  /// The gold file's rows: vi_units, en_units, vi, en.
  func gold() throws -> [[String]] {
    try String(contentsOf: CLI.root.appendingPathComponent("samples/nato-trieu-tien.alignment.tsv"), encoding: .utf8)
      .split(separator: "\n").dropFirst().map {
        $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      }
  }

  @Test func sampleJSONLMatchesTheGoldAlignment() throws {
    let result = try CLI.run(["align", vi, en])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n")
    let rows = try gold()
    #expect(lines.count == rows.count)
    for (line, row) in zip(lines, rows) {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(Set(object.keys) == ["vi", "en", "score", "bead"])
      #expect(object["vi"] as? String == row[2])
      #expect(object["en"] as? String == row[3])
      let viCount = row[0].split(separator: ",").count
      let enCount = row[1].split(separator: ",").count
      #expect(object["bead"] as? String == "\(viCount)-\(enCount)")
      let score = try #require(object["score"] as? Double)
      #expect((0...1).contains(score))
    }
    // Keys in the documented order.
    #expect(lines[0].hasPrefix("{\"vi\":"))
  }

  @Test func tsvHasFourColumns() throws {
    let result = try CLI.run(["align", vi, en, "--format", "tsv"])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(rows.count == 25)
    #expect(rows.allSatisfy { $0.count == 4 })
    #expect(rows[21][3] == "1-2")
    #expect(rows[24][1] == "" && rows[24][3] == "1-0")
  }

  @Test func outWritesEveryFormat() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLI.run(["align", vi, en, "--out", folder.path])
    #expect(result.status == 0)
    func read(_ name: String) throws -> String {
      try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    let moses = (vi: try read("nato-trieu-tien.vi"), en: try read("nato-trieu-tien.en"))
    // 25 beads, two of them 1–0: 23 lines on each side.
    #expect(moses.vi.split(separator: "\n", omittingEmptySubsequences: false).count == 24)
    #expect(moses.en.split(separator: "\n", omittingEmptySubsequences: false).count == 24)
    #expect(moses.en.contains("countries. Only those who plan"))
    let tmx = try read("nato-trieu-tien.tmx")
    #expect(tmx.components(separatedBy: "<tu ").count - 1 == 23)
    #expect(tmx.contains("<prop type=\"x-target-origin\">human</prop>"))
    #expect(tmx.contains("<prop type=\"x-bead\">1-2</prop>"))
    let csv = try read("nato-trieu-tien.csv")
    #expect(
      csv.hasPrefix(
        #""id","source","target","draft","kind","block","paragraph","origin","terms","notes","article","score","bead""#)
    )
    let jsonl = try read("nato-trieu-tien.jsonl").split(separator: "\n")
    #expect(jsonl.count == 25)
    #expect(jsonl[0].hasPrefix("{\"id\":\"nato-trieu-tien:0\",\"vi\":"))
  }

  @Test func minScoreFilters() throws {
    let all = try CLI.run(["align", vi, en, "--min-score", "0"])
    let strict = try CLI.run(["align", vi, en, "--min-score", "0.95"])
    #expect(strict.status == 0)
    #expect(strict.stdout.split(separator: "\n").count < all.stdout.split(separator: "\n").count)
  }

  @Test func presegmentedInputAndReviewList() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let viFile = folder.appendingPathComponent("a.vi.txt")
    let enFile = folder.appendingPathComponent("a.en.txt")
    try "Giá vàng tăng 1,5% lên 2.668 USD.\nNgười dân xếp hàng từ sáng.\n\nThị trường đóng cửa lúc 15h.\n"
      .write(to: viFile, atomically: true, encoding: .utf8)
    try "Gold rose 1.5% to 2,668 USD.\n\nThe market closed at 3 p.m.\n".write(
      to: enFile, atomically: true, encoding: .utf8)
    let result = try CLI.run(["align", viFile.path, enFile.path, "--presegmented", "--format", "tsv"])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(rows.map { String($0[3]) } == ["1-1", "1-0", "1-1"])
    #expect(result.stderr.contains("to review"))
  }

  @Test func qaReportsMissingAndForbiddenTargets() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let glossary = folder.appendingPathComponent("terms.tsv")
    try "Triều Tiên\tNorth Korea\nbinh sĩ\tsoldiers\t[not: troops]\nlệnh trừng phạt\tsanctions\n"
      .write(to: glossary, atomically: true, encoding: .utf8)
    let result = try CLI.run(["align", vi, en, "--glossary", glossary.path, "--qa"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("[term.missing-target]"))
    #expect(result.stderr.contains("[term.forbidden-target]"))
    #expect(result.stderr.contains("agreement: Triều Tiên → North Korea"))
  }

  @Test func usageAndInputErrors() throws {
    #expect(try CLI.run(["align", vi, en, "--format", "tmx"]).status == 64)
    #expect(try CLI.run(["align", vi, en, "--min-score", "2"]).status == 64)
    let missing = try CLI.run(["align", vi, "no-such.en.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no-such.en.txt: no such file"))
  }

  @Test func aWrongPairWarnsAndFailsWithStrict() throws {
    let swapped = "Tests/SongNguTests/Fixtures/Alignment/news-06.en.txt"
    let result = try CLI.run(["align", vi, swapped])
    #expect(result.status == 0)
    #expect(result.stderr.contains("warning: \(vi) and \(swapped) are probably not translations of each other"))
    #expect(result.stderr.contains("few words translate each other"))
    let strict = try CLI.run(["align", vi, swapped, "--strict"])
    #expect(strict.status == 1)
    #expect(strict.stdout.isEmpty)
    #expect(strict.stderr.contains("error: \(vi) and \(swapped) are probably not translations"))
    // The true pair passes --strict without a warning.
    let good = try CLI.run(["align", vi, en, "--strict"])
    #expect(good.status == 0)
    #expect(!good.stderr.contains("not translations"))
  }

  @Test func pairQAWithoutAGlossaryAndDropFlagged() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A fixture pair with one number changed in the English.
    let fixture = "Tests/SongNguTests/Fixtures/Alignment/news-01"
    let vi = fixture + ".vi.txt"
    let original = try String(contentsOf: CLI.root.appendingPathComponent(fixture + ".en.txt"), encoding: .utf8)
    let changed = folder.appendingPathComponent("changed.en.txt")
    let number = "79,000"
    #expect(original.contains(number))
    try original.replacingOccurrences(of: number, with: "1999").write(to: changed, atomically: true, encoding: .utf8)
    let clean = try CLI.run(["align", vi, fixture + ".en.txt", "--qa"])
    #expect(!clean.stderr.contains("[pair."))
    let result = try CLI.run(["align", vi, changed.path, "--qa"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("[pair.number-mismatch]"))
    #expect(result.stderr.contains("“79000” not in the English; “1999” not in the Vietnamese"))
    let flagged = result.stderr.split(separator: "\n").filter { $0.contains("[pair.number-mismatch]") }
    let dropped = try CLI.run(["align", vi, changed.path, "--qa", "--drop-flagged", "--format", "tsv"])
    #expect(dropped.stdout.split(separator: "\n").count == result.stdout.split(separator: "\n").count - flagged.count)
    #expect(!dropped.stdout.contains("1999"))
    #expect(try CLI.run(["align", vi, en, "--drop-flagged"]).status == 64)
  }

  @Test func aLexiconFileIsRead() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let lexicon = folder.appendingPathComponent("words.tsv")
    try "Triều Tiên\tNorth Korea\n".write(to: lexicon, atomically: true, encoding: .utf8)
    #expect(try CLI.run(["align", vi, en, "--lexicon", lexicon.path]).status == 0)
    try "Triều Tiên North Korea\n".write(to: lexicon, atomically: true, encoding: .utf8)
    let bad = try CLI.run(["align", vi, en, "--lexicon", lexicon.path])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("words.tsv:1:1: expected a Vietnamese word, a tab and its English"))
  }
}
