import Foundation
import TestSupport
import Testing

/// `songngu corpus` end to end: a folder tree of pairs, a missing partner, the files and the report.
@Suite struct CorpusCommandTests {
  /// A tree with the sample pair, a nested fixture pair and a Vietnamese file without its partner.
  func makeTree() throws -> URL {
    let root = try CLI.temporaryDirectory()
    let input = root.appendingPathComponent("in/world")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: root.appendingPathComponent("out"), withIntermediateDirectories: true)
    for name in ["nato-trieu-tien.vi.txt", "nato-trieu-tien.en.txt"] {
      try FileManager.default.copyItem(
        at: CLI.root.appendingPathComponent("samples/" + name), to: root.appendingPathComponent("in/" + name))
    }
    for name in ["news-03.vi.txt", "news-03.en.txt"] {
      try FileManager.default.copyItem(
        at: CLI.root.appendingPathComponent("Tests/SongNguTests/Fixtures/Alignment/" + name),
        to: input.appendingPathComponent(name))
    }
    try "Một bài không có bản dịch.\n".write(
      to: input.appendingPathComponent("orphan.vi.txt"), atomically: true, encoding: .utf8)
    return root
  }

  @Test func alignsTheTreeAndSkipsTheOrphan() throws {
    let root = try makeTree()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    let result = try CLI.run(["corpus", root.appendingPathComponent("in").path, "--out", out.path, "--workers", "2"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("orphan.vi.txt: warning: no English partner world/orphan.en.txt; skipped"))
    #expect(result.stderr.contains("[corpus.missing-partner]"))
    // Not a terminal: no progress line.
    #expect(!result.stderr.contains("\r"))
    func read(_ name: String) throws -> String {
      try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
    }
    let report = try read("corpus.report.tsv").split(separator: "\n")
    #expect(
      report[0]
        == "name\tvi_sentences\ten_sentences\tbeads\tmean_score\tlow_confidence\tdocument_score\tstatus\treason")
    #expect(report.dropFirst().allSatisfy { $0.hasSuffix("\taligned\t") })
    #expect(report.count == 3)
    #expect(report[1].hasPrefix("nato-trieu-tien\t25\t24\t25\t"))
    #expect(report[2].hasPrefix("world/news-03\t31\t31\t31\t"))
    let vi = try read("corpus.vi").split(separator: "\n", omittingEmptySubsequences: false)
    let en = try read("corpus.en").split(separator: "\n", omittingEmptySubsequences: false)
    #expect(vi.count == en.count)
    #expect(vi.count == 23 + 31 + 1)
    #expect(try read("corpus.tmx").contains("<prop type=\"x-target-origin\">human</prop>"))
    let jsonl = try read("corpus.jsonl").split(separator: "\n")
    #expect(jsonl.count == 25 + 31)
    #expect(jsonl.last?.hasPrefix("{\"id\":\"world/news-03:30\"") == true)
  }

  /// `--out` is created when missing, as `prepare --out` is (it had to exist).
  @Test func createsTheOutputFolder() throws {
    let root = try makeTree()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("new/corpus")
    let result = try CLI.run(["corpus", root.appendingPathComponent("in").path, "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("corpus.report.tsv").path))
    let file = root.appendingPathComponent("a-file")
    try "x".write(to: file, atomically: true, encoding: .utf8)
    let refused = try CLI.run(["corpus", root.appendingPathComponent("in").path, "--out", file.path])
    #expect(refused.status == 1 && refused.stderr.contains("a-file"))
  }

  @Test func oneWorkerAndTwoWorkersWriteTheSameFiles() throws {
    let root = try makeTree()
    defer { try? FileManager.default.removeItem(at: root) }
    var outputs: [String] = []
    for workers in ["1", "2"] {
      let out = root.appendingPathComponent("out-\(workers)")
      try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
      let result = try CLI.run([
        "corpus", root.appendingPathComponent("in").path, "--out", out.path, "--workers", workers, "--formats",
        "jsonl,moses",
      ])
      #expect(result.status == 0)
      outputs.append(
        try String(contentsOf: out.appendingPathComponent("corpus.jsonl"), encoding: .utf8)
          + String(contentsOf: out.appendingPathComponent("corpus.en"), encoding: .utf8))
    }
    #expect(outputs[0] == outputs[1])
  }

  @Test func jsonlStreamsPairs() throws {
    let vi = try String(contentsOf: CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt"), encoding: .utf8)
    let en = try String(contentsOf: CLI.root.appendingPathComponent("samples/nato-trieu-tien.en.txt"), encoding: .utf8)
    var input = ""
    for id in ["a", "b"] {
      let object: [String: String] = ["id": id, "vi": vi, "en": en]
      input += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
    }
    input += "not json\n"
    let result = try CLI.run(["corpus", "--jsonl", "--workers", "2"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 50)
    let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(Set(first.keys) == ["id", "vi", "en", "score", "bead"])
    #expect(lines[25].hasPrefix("{\"id\":\"b\""))
    #expect(result.stderr.contains("-:3: warning:"))
    #expect(result.stderr.contains("[corpus.bad-record]"))
  }

  /// Documents a and b (the sample), with a line that is not JSON and one without `en` between them.
  func jsonlWithBadRecords() throws -> Data {
    let vi = try String(contentsOf: CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt"), encoding: .utf8)
    let en = try String(contentsOf: CLI.root.appendingPathComponent("samples/nato-trieu-tien.en.txt"), encoding: .utf8)
    func line(_ object: [String: String]) throws -> String {
      String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
    }
    let text =
      try line(["id": "a", "vi": vi, "en": en]) + "not json\n" + line(["id": "c", "vi": vi]) + "\n"
      + line(["id": "b", "vi": vi, "en": en])
    return Data(text.utf8)
  }

  @Test func jsonlOnErrorEmitWritesErrorRecordsInPlace() throws {
    let result = try CLI.run(
      ["corpus", "--jsonl", "--on-error", "emit", "--workers", "2"], stdin: try jsonlWithBadRecords())
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 52)
    let message = "\"message\":\"expected a JSON object with string fields id, vi and en\"}"
    #expect(lines[25] == "{\"error\":\"corpus.bad-record\",\"line\":2," + message)
    #expect(lines[26] == "{\"id\":\"c\",\"error\":\"corpus.bad-record\",\"line\":3," + message)
    #expect(lines[24].hasPrefix("{\"id\":\"a\"") && lines[27].hasPrefix("{\"id\":\"b\""))
    #expect(result.stderr.contains("-:2: warning:"))
    #expect(!result.stderr.contains("skipped 2"))
  }

  @Test func jsonlOnErrorSkipIsTheDefaultAndCountsOnStandardError() throws {
    let input = try jsonlWithBadRecords()
    let skip = try CLI.run(["corpus", "--jsonl", "--on-error", "skip"], stdin: input)
    let plain = try CLI.run(["corpus", "--jsonl"], stdin: input)
    #expect(skip.status == 0)
    #expect(skip.stdout == plain.stdout)
    #expect(skip.stderr == plain.stderr)
    #expect(skip.stdout.split(separator: "\n").count == 50)
    #expect(!skip.stdout.contains("\"error\":"))
    #expect(skip.stderr.contains("-:2: warning:") && skip.stderr.contains("-:3: warning:"))
    #expect(skip.stderr.contains("songngu: skipped 2 of 4 records"))
  }

  @Test func jsonlOnErrorFailStopsAtTheFirstBadLineAndNamesIt() throws {
    let result = try CLI.run(["corpus", "--jsonl", "--on-error", "fail"], stdin: try jsonlWithBadRecords())
    #expect(result.status == 1)
    #expect(result.stderr.contains("songngu: error: -:2: bad record: expected a JSON object"))
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 25)
    #expect(lines.allSatisfy { $0.hasPrefix("{\"id\":\"a\"") })
  }

  @Test func jsonlIsTheSameInAnEmptyEnvironmentAndTheCLocale() throws {
    let input = try jsonlWithBadRecords()
    let arguments = ["corpus", "--jsonl", "--on-error", "emit"]
    let plain = try CLI.run(arguments, stdin: input)
    for environment in [["-i"], ["-i", "LANG=C", "LC_ALL=C"]] {
      let result = try ProcessRunner.run(
        URL(fileURLWithPath: "/usr/bin/env"), environment + [CLI.executable.path] + arguments, stdin: input)
      #expect(result.status == 0)
      #expect(result.stdout == plain.stdout, "\(environment)")
    }
  }

  @Test func qaWritesTermReports() throws {
    let root = try makeTree()
    defer { try? FileManager.default.removeItem(at: root) }
    let glossary = root.appendingPathComponent("terms.tsv")
    try "Triều Tiên\tNorth Korea\tadjective [also: North Korean]\nsốt xuất huyết\tdengue\n".write(
      to: glossary, atomically: true, encoding: .utf8)
    let out = root.appendingPathComponent("out")
    let result = try CLI.run([
      "corpus", root.appendingPathComponent("in").path, "--out", out.path, "--glossary", glossary.path, "--qa",
      "--formats", "jsonl",
    ])
    #expect(result.status == 0)
    let agreement = try String(contentsOf: out.appendingPathComponent("corpus.term-agreement.tsv"), encoding: .utf8)
    let rows = agreement.split(separator: "\n")
    #expect(rows.first == "source\ttarget\toccurrences\tagreements\trate")
    #expect(rows.contains { $0.hasPrefix("Triều Tiên\tNorth Korea\t") })
    #expect(rows.contains { $0.hasPrefix("sốt xuất huyết\tdengue\t") })
    let findings = try String(contentsOf: out.appendingPathComponent("corpus.term-findings.tsv"), encoding: .utf8)
    #expect(findings.hasPrefix("category\tdocument\tmessage\n"))
  }

  @Test func usageErrors() throws {
    #expect(try CLI.run(["corpus", "somewhere"]).status == 64)
    #expect(try CLI.run(["corpus", "a", "--out", "b", "--formats", "pdf"]).status == 64)
    #expect(try CLI.run(["corpus", "a", "--out", "b", "--workers", "0"]).status == 64)
    #expect(try CLI.run(["corpus", "a", "--out", "b", "--on-error", "emit"]).status == 64)
    #expect(try CLI.run(["corpus", "--jsonl", "--on-error", "ignore"]).status == 64)
    #expect(try CLI.run(["corpus", "a", "--out", "b", "--drop-flagged"]).status == 64)
    #expect(try CLI.run(["corpus", "a", "--out", "b", "--min-doc-score", "1.5"]).status == 64)
    let missing = try CLI.run(["corpus", "no-such-folder", "--out", "."])
    #expect(missing.status == 1)
  }

  @Test func noArticlePairsIsBadInputNotBadUsage() throws {
    let folder = try CLI.temporaryDirectory()
    let out = try CLI.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: out)
    }
    try Data("Chỉ có tiếng Việt.\n".utf8).write(to: folder.appendingPathComponent("mot.vi.txt"))
    let result = try CLI.run(["corpus", folder.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("songngu: \(folder.path)/mot.vi.txt: "))
    #expect(result.stderr.contains("no English partner mot.en.txt; skipped [corpus.missing-partner]\n"))
    #expect(
      result.stderr.hasSuffix("songngu: error: no articles (NAME.vi.txt and NAME.en.txt pairs) in \(folder.path)\n"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  @Test func aSwappedPairIsRejectedWithItsReasonAndLeftOut() throws {
    let root = try makeTree()
    defer { try? FileManager.default.removeItem(at: root) }
    let fixtures = CLI.root.appendingPathComponent("Tests/SongNguTests/Fixtures/Alignment/")
    try FileManager.default.copyItem(
      at: fixtures.appendingPathComponent("news-05.vi.txt"), to: root.appendingPathComponent("in/swap.vi.txt"))
    try FileManager.default.copyItem(
      at: fixtures.appendingPathComponent("news-06.en.txt"), to: root.appendingPathComponent("in/swap.en.txt"))
    let out = root.appendingPathComponent("out")
    let result = try CLI.run([
      "corpus", root.appendingPathComponent("in").path, "--out", out.path, "--formats", "jsonl", "--qa",
    ])
    #expect(result.status == 0)
    #expect(result.stderr.contains("swap: warning: not a translation of each other: few words translate each other"))
    #expect(result.stderr.contains("[corpus.rejected]"))
    #expect(result.stderr.contains("aligned 2 of 4 documents (1 rejected)"))
    let report = try String(contentsOf: out.appendingPathComponent("corpus.report.tsv"), encoding: .utf8)
      .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    let swap = try #require(report.first { $0[0] == "swap" })
    #expect(swap[7] == "rejected")
    #expect(swap[8].hasPrefix("not a translation of each other: few words translate each other"))
    #expect(Double(swap[6])! < 0.5)
    #expect(
      report.filter { $0[0] != "swap" && $0[0] != "name" }.allSatisfy { $0[7] == "aligned" && Double($0[6])! > 0.9 })
    let jsonl = try String(contentsOf: out.appendingPathComponent("corpus.jsonl"), encoding: .utf8)
    #expect(!jsonl.contains("\"id\":\"swap:"))
    let findings = try String(contentsOf: out.appendingPathComponent("corpus.pair-findings.tsv"), encoding: .utf8)
    #expect(findings.hasPrefix("category\tdocument\tpair\tmessage\n"))
    // With the threshold at 0 nothing is rejected.
    let all = try CLI.run([
      "corpus", root.appendingPathComponent("in").path, "--out", out.path, "--formats", "jsonl", "--min-doc-score", "0",
    ])
    #expect(all.stderr.contains("aligned 3 of 4 documents,"))
  }

  @Test func jsonlReportsARejectedDocument() throws {
    func text(_ name: String) throws -> String {
      try String(
        contentsOf: CLI.root.appendingPathComponent("Tests/SongNguTests/Fixtures/Alignment/" + name), encoding: .utf8)
    }
    func record(_ id: String, _ vi: String, _ en: String) throws -> String {
      String(
        decoding: try JSONSerialization.data(withJSONObject: ["id": id, "vi": try text(vi), "en": try text(en)]),
        as: UTF8.self)
    }
    let input =
      try record("good", "news-01.vi.txt", "news-01.en.txt") + "\n"
      + record("bad", "news-02.vi.txt", "news-03.en.txt") + "\n"
    let result = try CLI.run(["corpus", "--jsonl"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("{\"id\":\"good\""))
    #expect(!result.stdout.contains("\"id\":\"bad\""))
    #expect(result.stderr.contains("bad: not a translation of each other"))
    #expect(result.stderr.contains("[corpus.rejected]"))
  }
}
