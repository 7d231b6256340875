import Foundation
import SongNgu
import TestSupport
import Testing

/// `CoverageReport`: pieces, figures, renderers and the gate.
@Suite struct CoverageReportTests {
  func report(_ text: String, _ entries: [GlossaryEntry]) throws -> (CoverageReport, Document) {
    let document = try readArticle(text)
    return (CoverageAnalyzer(glossary: Glossary(entries: entries)).report(for: [document]), document)
  }

  let article = """
    Tin nhanh

    Tổng thống Nga Putin gặp Tổng thống Mỹ Donald Trump tại Alaska trước phiên họp Hội đồng Bảo an Liên hợp quốc. Ông Trump nói "R&D <mới>" là ưu tiên.

    Hai bên không ký thỏa thuận nào.
    """

  let entries = [
    GlossaryEntry(source: "Tổng thống Nga", target: "Russian President"),
    GlossaryEntry(source: "Donald Trump", target: "Donald Trump"),
    GlossaryEntry(source: "Mỹ", target: "United States"),
    GlossaryEntry(source: "Alaska", target: "Alaska"),
    GlossaryEntry(source: "hiệp ước", target: "treaty"),
    GlossaryEntry(source: "Hội đồng Bảo an", target: "Security Council"),
  ]

  @Test func candidatesAreCutByMatchesAndCounted() throws {
    let (report, document) = try report(article, entries)
    let byText = Dictionary(uniqueKeysWithValues: report.candidates.map { ($0.text, $0) })
    // `Nga Putin` is split after the country (`Putin` cannot be a Vietnamese syllable); the glossary's
    // `Tổng thống Nga` covers `Nga`, and nothing covers `Putin`.
    #expect(byText["Nga"]?.covered == true)
    // `Tổng thống` before `Mỹ` has no entry: one of its two occurrences is covered.
    #expect(byText["Tổng thống"]?.status == .partial)
    #expect(byText["Tổng thống"]?.count == 2)
    let putin = try #require(byText["Putin"])
    #expect(putin.status == .missing)
    #expect(putin.occurrences.map(\.partial) == [false])
    // The glossary's `Hội đồng Bảo an` covers part of the institution; the rest is partial.
    #expect(byText["Hội đồng Bảo an"]?.covered == true)
    let un = try #require(byText["Liên hợp quốc"])
    #expect(un.occurrences.map(\.partial) == [true])
    #expect(byText["Donald Trump"]?.covered == true)
    // `R&D` is an acronym (an ampersand between capitals, as in `S&P`).
    #expect(Set(report.missing.map(\.text)) == ["Tổng thống", "Putin", "Trump", "Liên hợp quốc", "R&D"])
    // Every occurrence slices the document text to its candidate's text.
    let units = Array(document.text.utf16)
    for candidate in report.candidates {
      for occurrence in candidate.occurrences {
        #expect(String(decoding: units[occurrence.start..<occurrence.end], as: UTF16.self) == candidate.text)
      }
    }
    let all = report.candidates.reduce(0) { $0 + $1.count }
    #expect(report.candidateOccurrences == all)
    #expect(report.coveredOccurrences == report.candidates.reduce(0) { $0 + $1.coveredCount })
    #expect(report.candidateCoverage == Double(report.coveredOccurrences) / Double(all))
    // Three translatable sentences (the heading has none of the glossary's terms, nor the last one).
    #expect(report.sentences == 4)
    #expect(report.sentencesWithTerm == 1)
    #expect(report.documents[0].sentencesWithoutTerm == [0, 2, 3])
    #expect(report.unusedEntries == [4])
    #expect(report.entries.map(\.source) == ["Tổng thống Nga", "Donald Trump", "Mỹ", "Alaska", "Hội đồng Bảo an"])
    #expect(
      report.candidates
        == report.candidates.sorted { $0.count > $1.count || ($0.count == $1.count && $0.text < $1.text) })
  }

  @Test func summaryLine() throws {
    let (report, _) = try report(article, entries)
    #expect(
      report.summary
        == "coverage \(percentText(report.candidateCoverage)) (\(report.coveredOccurrences)/"
        + "\(report.candidateOccurrences) candidate occurrences), 1/4 sentences with a term, "
        + "\(report.missing.count) missing")
    let (empty, _) = try self.report("Tin nhanh\n\nkhông có tên nào ở đây.\n", [])
    #expect(empty.summary == "coverage 100.0% (0/0 candidate occurrences), 0/2 sentences with a term, 0 missing")
    #expect(empty.candidateCoverage == 1)
  }

  func percentText(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded(.down))
    return "\(tenths / 10).\(tenths % 10)%"
  }

  @Test func gate() throws {
    let (report, _) = try report(article, entries)
    #expect(report.gateFailure(minimum: 0.1) == nil)
    let reason = try #require(report.gateFailure(minimum: 0.99))
    #expect(reason.hasPrefix("coverage \(percentText(report.candidateCoverage)) is below the minimum 99.0%: "))
    #expect(!reason.contains("\n"))
  }

  @Test func jsonListsEveryCandidateInAFixedOrder() throws {
    let (report, _) = try report(article, entries)
    let json = report.rendered(as: .json)
    #expect(json.hasPrefix("{\n  \"summary\": "))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let candidates = try #require(object["candidates"] as? [[String: Any]])
    #expect(candidates.count == report.candidates.count)
    for candidate in candidates {
      #expect(candidate["text"] is String)
      #expect(candidate["count"] is Int)
      #expect(candidate["covered"] is Bool)
      let occurrences = try #require(candidate["occurrences"] as? [[String: Any]])
      #expect(occurrences.allSatisfy { $0["start"] is Int && $0["end"] is Int && $0["sentence"] is Int })
    }
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(entries.first?["source"] as? String == "Tổng thống Nga")
    #expect(entries.first?["count"] as? Int == 1)
    #expect((object["unusedEntries"] as? [[String: Any]])?.first?["source"] as? String == "hiệp ước")
    #expect(report.rendered(as: .json) == json)
  }

  @Test func jsonOffsetsAlsoInCodePoints() throws {
    // An emoji is two UTF-16 units and one code point: offsets after it differ by one, then by two.
    let (report, document) = try report("Tin 😀 nhanh\n\nGiá 😀 tăng ở Hà Nội và 😀 ở Đà Nẵng.\n", [])
    let text = Array(document.text.unicodeScalars)
    let json = report.rendered(as: .json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let candidates = try #require(object["candidates"] as? [[String: Any]])
    var checked = 0
    for candidate in candidates {
      let name = try #require(candidate["text"] as? String)
      for occurrence in try #require(candidate["occurrences"] as? [[String: Any]]) {
        let start = try #require(occurrence["startChar"] as? Int)
        let end = try #require(occurrence["endChar"] as? Int)
        #expect(String(String.UnicodeScalarView(text[start..<end])) == name)
        #expect(try #require(occurrence["start"] as? Int) > start)
        checked += 1
      }
    }
    #expect(checked == 2)
  }

  @Test func junitIsWellFormedAndEscaped() throws {
    let (report, _) = try report(article, entries)
    let xml = report.rendered(as: .junit)
    #expect(xml.contains("R&amp;D &lt;mới&gt;"))
    #expect(xml.contains("<testsuite name=\"test\""))
    #expect(xml.contains("failures=\"\(report.missing.count)\""))
    let xmllint = try #require(ProcessRunner.find("xmllint"), "xmllint is needed: apt-get install libxml2-utils")
    let directory = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/coverage.xml"
    try xml.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try ProcessRunner.run(xmllint, ["--noout", path])
    #expect(result.status == 0, "\(result.stderr)")
  }

  /// Each failure quotes the sentence of its candidate's first uncovered occurrence in its article, also
  /// when an earlier article holds the candidate's example (it used to quote nothing there).
  @Test func junitQuotesTheSentenceOfEveryFailure() throws {
    var first = try readArticle("Tin một\n\nÔng Nguyễn Văn An gặp ông Lê Minh Tuấn tại Hà Nội.\n")
    first.name = "mot"
    var second = try readArticle("Tin hai\n\nHôm qua ông Nguyễn Văn An đến Hà Nội.\n")
    second.name = "hai"
    let report = CoverageAnalyzer(glossary: Glossary(entries: [])).report(for: [first, second])
    let xml = report.rendered(as: .junit)
    #expect(
      xml.contains("mot:3:5: sentence 1, offsets 13-26: Ông Nguyễn Văn An gặp ông Lê Minh Tuấn tại Hà Nội.</failure>"))
    #expect(xml.contains("hai:3:13: sentence 1, offsets 21-34: Hôm qua ông Nguyễn Văn An đến Hà Nội.</failure>"))
    #expect(!xml.contains(": </failure>"))
  }

  @Test func textListsMissingCandidatesWithAnExample() throws {
    let (report, _) = try report(article, entries)
    let text = report.rendered(as: .text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == report.summary)
    #expect(lines.contains("  1× Putin [name]"))
    #expect(lines.contains("  1× Liên hợp quốc [institution] (beside a glossary term)"))
    #expect(text.contains("      test:3:16: Tổng thống Nga Putin gặp"))
  }

  @Test func articleFilesInAFolder() throws {
    let directory = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for name in ["b.txt", "a.vi.txt", "a.en.txt", ".hidden.txt", "notes.md"] {
      try "Tin nhanh\n".write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }
    #expect(try GlossaryCoverage.articleFiles(in: [directory]) == [directory + "/a.vi.txt", directory + "/b.txt"])
    #expect(throws: SongNguError.fileNotFound(path: directory + "/none")) {
      try GlossaryCoverage.articleFiles(in: [directory + "/none"])
    }
  }

  /// The project's own glossary covers every name, title and institution of the bundled sample.
  @Test func projectGlossaryCoversTheSample() throws {
    let report = try GlossaryCoverage.check(
      articles: [Paths.sampleVietnamese], glossaryPaths: [Paths.repository("glossaries")])
    #expect(report.missing.isEmpty, "\(report.rendered(as: .text))")
    #expect(report.candidateCoverage == 1)
    #expect(report.sentenceCoverage == 1)
    let texts = Set(report.candidates.map(\.text))
    for name in [
      "NATO", "Mark Rutte", "Volodymyr Zelensky", "Kim Yong-hyun", "Sergei Lavrov", "Vladimir Putin", "Bình Nhưỡng",
      "Quốc hội", "Tổng thống", "Bộ trưởng Quốc phòng", "Ngoại trưởng", "Tổng thư ký",
    ] {
      #expect(texts.contains(name), "\(name) is not a candidate")
    }
    // Line and column point into the input file.
    let lines = try Paths.read(Paths.sampleVietnamese).split(separator: "\n", omittingEmptySubsequences: false)
    for candidate in report.candidates {
      for occurrence in candidate.occurrences {
        let line = Array(lines[occurrence.line - 1].utf16)
        let text = Array(candidate.text.utf16)
        #expect(Array(line[(occurrence.column - 1)...].prefix(text.count)) == text, "\(candidate.text)")
      }
    }
    #expect(report.documents.map(\.path) == [Paths.sampleVietnamese])
  }
}
