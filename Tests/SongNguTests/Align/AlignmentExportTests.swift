import Foundation
import SongNgu
import TestSupport
import Testing

/// Exports of aligned pairs (written, validated, read back), term QA and corpus mode in the library.
@Suite struct AlignmentExportTests {
  static func sample() throws -> AlignedArticle { try SentenceAlignerTests.readSample() }

  @Test func tmxAndCSVReadBackAsHumanPairs() throws {
    let article = try Self.sample()
    let directory = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let written = try AlignmentExport.write(
      [article.alignedPairs], formats: [.tmx, .csv, .moses, .jsonl], name: "nato", to: OutputFolder(directory),
      writer: AtomicFileWriter(synchronizes: false))
    #expect(
      written.map { $0.split(separator: "/").last.map(String.init) ?? "" } == [
        "nato.tmx", "nato.csv", "nato.vi", "nato.en", "nato.jsonl",
      ])
    let expected = article.pairs.filter { !$0.isOmission }
    #expect(try XMLValidator.problems(directory + "/nato.tmx", against: .tmx14) == "")
    for (format, path) in [(BilingualFormat.tmx, "/nato.tmx"), (.csv, "/nato.csv")] {
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: directory + path)))
      let documents = try format.writer().reader.read(bytes, name: path)
      let units = documents.flatMap(\.units)
      #expect(units.map(\.source) == expected.map(\.vi), "\(format)")
      #expect(units.map(\.target) == expected.map(\.en), "\(format)")
      #expect(units.allSatisfy { $0.targetOrigin == .human }, "\(format)")
      #expect(units.map(\.bead) == expected.map(\.bead), "\(format)")
    }
    let moses = try String(contentsOfFile: directory + "/nato.en", encoding: .utf8)
    #expect(moses == expected.map { $0.en + "\n" }.joined())
  }

  @Test func minScoreAndOneLineText() throws {
    let pairs = AlignedPairs(
      name: "x",
      pairs: [
        AlignedPair(vi: "Một\tdòng\nhai", en: "One line\u{2028}two", score: 0.9, bead: "1-1"),
        AlignedPair(vi: "Thấp.", en: "Low.", score: 0.2, bead: "1-1"),
        AlignedPair(vi: "Bỏ.", en: "", score: 0.9, bead: "1-0"),
      ])
    let moses = MosesAlignmentWriter().files(of: pairs.pairs, minScore: 0.5)
    #expect(moses.vi == "Một dòng hai\n")
    #expect(moses.en == "One line two\n")
    #expect(pairs.bilingualDocument(minScore: 0.5).units.map(\.id) == ["x:0"])
    #expect(TSVAlignmentWriter().line(pairs.pairs[2]) == "Bỏ.\t\t0.9\t1-0")
  }

  @Test func termQAFindsMissingAndForbiddenTargets() {
    let glossary = Glossary(entries: [
      GlossaryEntry(source: "binh sĩ", target: "soldiers", alternatives: ["servicemen"], forbidden: ["troops"]),
      GlossaryEntry(source: "lệnh trừng phạt", target: "sanctions"),
    ])
    let pairs = AlignedPairs(
      name: "a",
      pairs: [
        AlignedPair(vi: "Binh sĩ đã rút.", en: "The soldiers withdrew.", score: 1, bead: "1-1"),
        AlignedPair(vi: "Binh sĩ tham chiến.", en: "Troops are fighting.", score: 1, bead: "1-1"),
        AlignedPair(vi: "Lệnh trừng phạt mới.", en: "New measures.", score: 1, bead: "1-1"),
        AlignedPair(vi: "Binh sĩ bị bỏ qua.", en: "", score: 0.2, bead: "1-0"),
      ])
    let report = TermQA(glossary: glossary).check([pairs])
    #expect(report.findings.map(\.category) == [TermQA.missingTarget, TermQA.forbiddenTarget, TermQA.missingTarget])
    #expect(report.agreement.map(\.source) == ["binh sĩ", "lệnh trừng phạt"])
    #expect(report.agreement.map(\.occurrences) == [2, 1])
    #expect(report.agreement.map(\.rate) == [0.5, 0])
    #expect(report.agreement[0].formsUsed == ["soldiers": 1, "troops": 1])
    #expect(
      report.agreementTSV.hasPrefix("source\ttarget\toccurrences\tagreements\trate\nbinh sĩ\tsoldiers\t2\t1\t0.5\n"))
  }

  @Test func corpusIsTheSameWithOneOrTwoWorkers() throws {
    let directory = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.createDirectory(atPath: directory + "/deep/er", withIntermediateDirectories: true)
    for name in AlignmentFixtures.names {
      for side in ["vi", "en"] {
        try FileManager.default.copyItem(
          atPath: Paths.fixture("Alignment/\(name).\(side).txt"), toPath: directory + "/deep/er/\(name).\(side).txt")
      }
    }
    try "Only English.\n".write(toFile: directory + "/lonely.en.txt", atomically: true, encoding: .utf8)
    let (pairs, findings) = try CorpusAligner.findPairs(in: directory)
    #expect(pairs.map(\.name) == AlignmentFixtures.names.map { "deep/er/" + $0 })
    #expect(findings.map(\.category) == [CorpusAligner.missingPartner])
    let corpus = CorpusAligner(presegmented: true)
    let one = corpus.run(pairs, workers: 1)
    let two = corpus.run(pairs, workers: 2)
    #expect(one.documents == two.documents)
    #expect(one.reports == two.reports)
    // Faithful one-to-one translations align one to one.
    #expect(one.reports.allSatisfy { $0.beads == $0.viSentences && $0.viSentences == $0.enSentences })
    #expect(one.reportTSV.split(separator: "\n").count == pairs.count + 1)
  }

  @Test func streamingJSONLKeepsInputOrder() throws {
    var input = ""
    for name in AlignmentFixtures.names {
      let object = [
        "id": name, "vi": try Paths.read(Paths.fixture("Alignment/\(name).vi.txt")),
        "en": try Paths.read(Paths.fixture("Alignment/\(name).en.txt")),
      ]
      input += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
    }
    input += "{\"id\": 3}\n"
    var lines: [String] = []
    var findings: [Finding] = []
    try CorpusAligner().streamJSONL(
      lines: try LineReader(bytes: Array(input.utf8), name: "stdin", maxLineBytes: 1 << 24), workers: 2,
      write: { lines.append($0) }, report: { findings.append($0) })
    let ids = lines.compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
    }
    #expect(ids.count == lines.count)
    var order: [String] = []
    for id in ids where order.last != id { order.append(id) }
    #expect(order == AlignmentFixtures.names)
    #expect(findings.map(\.category) == [CorpusAligner.badRecord])
    #expect(findings.first?.line == AlignmentFixtures.names.count + 1)
  }

  /// news-01 and news-02, a line that is not a record, one without `en`, then news-03.
  static func streamWithBadRecords() throws -> [UInt8] {
    func line(_ object: [String: String]) throws -> String {
      String(decoding: try JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self) + "\n"
    }
    func document(_ name: String) throws -> [String: String] {
      [
        "id": name, "vi": try Paths.read(Paths.fixture("Alignment/\(name).vi.txt")),
        "en": try Paths.read(Paths.fixture("Alignment/\(name).en.txt")),
      ]
    }
    let text =
      try line(try document("news-01")) + line(try document("news-02")) + "{\"id\": 3}\n"
      + line(["id": "only-vi", "vi": "Một câu."]) + line(try document("news-03"))
    return Array(text.utf8)
  }

  static func stream(_ policy: CorpusAligner.BadRecordPolicy, workers: Int = 2) throws -> (
    lines: [String], findings: [Finding], summary: CorpusAligner.JSONLSummary
  ) {
    var lines: [String] = []
    var findings: [Finding] = []
    let summary = try CorpusAligner().streamJSONL(
      lines: try LineReader(bytes: try streamWithBadRecords(), name: "stdin", maxLineBytes: 1 << 24),
      workers: workers, onError: policy, write: { lines.append($0) }, report: { findings.append($0) })
    return (lines, findings, summary)
  }

  @Test func streamingJSONLSkipsBadRecordsAndCountsThem() throws {
    let (lines, findings, summary) = try Self.stream(.skip)
    #expect(lines.allSatisfy { $0.hasPrefix("{\"id\":\"news-0") && !$0.contains("\"error\":") })
    #expect(findings.map(\.line) == [3, 4])
    #expect(findings.allSatisfy { $0.category == CorpusAligner.badRecord && $0.message.hasSuffix("; skipped") })
    #expect(summary.records == 5)
    #expect(summary.badRecords == 2)
    #expect(summary.pairs == lines.count)
  }

  @Test func streamingJSONLEmitsBadRecordsInBandInPlace() throws {
    let skipped = try Self.stream(.skip).lines
    let (lines, findings, summary) = try Self.stream(.emit)
    #expect(findings.count == 2)
    #expect(summary.badRecords == 2)
    let errors = lines.enumerated().filter { $0.element.contains("\"error\":") }
    #expect(
      errors.map(\.element) == [
        "{\"error\":\"corpus.bad-record\",\"line\":3,"
          + "\"message\":\"expected a JSON object with string fields id, vi and en\"}",
        "{\"id\":\"only-vi\",\"error\":\"corpus.bad-record\",\"line\":4,"
          + "\"message\":\"expected a JSON object with string fields id, vi and en\"}",
      ])
    // In place: after the pairs of news-02, before those of news-03; the pairs are those of skip.
    #expect(lines.filter { !$0.contains("\"error\":") } == skipped)
    try #require(errors.count == 2 && errors[0].offset > 0 && errors[1].offset + 1 < lines.count)
    #expect(lines[errors[0].offset - 1].hasPrefix("{\"id\":\"news-02\""))
    #expect(lines[errors[1].offset + 1].hasPrefix("{\"id\":\"news-03\""))
    #expect(try Self.stream(.emit, workers: 1).lines == lines)
    #expect(try Self.stream(.emit, workers: 5).lines == lines)
  }

  @Test func streamingJSONLFailsAtTheFirstBadRecordAfterThePairsBeforeIt() throws {
    let skipped = try Self.stream(.skip).lines
    var lines: [String] = []
    var findings: [Finding] = []
    let reader = try LineReader(bytes: try Self.streamWithBadRecords(), name: "stdin", maxLineBytes: 1 << 24)
    let expected = SongNguError.badRecord(
      path: "stdin", line: 3, reason: "expected a JSON object with string fields id, vi and en")
    #expect(throws: expected) {
      try CorpusAligner().streamJSONL(
        lines: reader, workers: 2, onError: .fail, write: { lines.append($0) }, report: { findings.append($0) })
    }
    #expect("\(expected)".hasPrefix("stdin:3: bad record: expected a JSON object"))
    #expect(findings.isEmpty)
    #expect(lines == skipped.filter { !$0.hasPrefix("{\"id\":\"news-03\"") })
    #expect(lines.last?.hasPrefix("{\"id\":\"news-02\"") == true)
  }
}
