import Foundation
import SongNgu
import TestSupport
import Testing

/// `songngu count`: segments, words and characters, as translators quote a job.
@Suite struct CountReportTests {
  static let preparer = Result {
    ArticlePreparer(glossary: try TestGlossary.news(), options: PrepareOptions(synchronizes: false))
  }

  func counted(_ text: String) throws -> SegmentCount {
    let folder = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/a.vi.txt"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return try CountReport.count([path], with: Self.preparer.get()).total
  }

  /// The hand count: the 23 exported sentences of the sample's hand segmentation
  /// (`samples/nato-trieu-tien.vi.sentences.tsv`, its 2 boilerplate lines left out), counted with
  /// `wc -w`: 479 words.
  static let sampleWords = 479

  @Test func theSampleHas23SegmentsAndTheHandCountsWords() throws {
    let report = try CountReport.count([Paths.repository("samples/nato-trieu-tien.vi.txt")], with: Self.preparer.get())
    let total = report.total
    #expect(total.segments == 23)
    #expect(abs(Double(total.words - Self.sampleWords)) <= Double(Self.sampleWords) * 0.01, "\(total.words)")
    #expect(total.glossaryWords > 0 && total.glossaryWords < total.words)
    #expect(total.repeatedSegments == 0)
    #expect(report.articles.map(\.name) == ["nato-trieu-tien"])
  }

  @Test func wordsAreSyllablesWithALetterOrADigitAndCharactersSkipSpacesAndMarks() throws {
    // `–` and `"` standing alone are no words; `5,5%` and `COVID-19` are one each.
    let count = try counted("Hà Nội – thủ đô “ngàn năm” có 5,5% dân số COVID-19 .\n")
    #expect(count.segments == 1)
    #expect(count.words == 11)
    let nfc = try counted("Việt Nam\n")
    let nfd = try counted("Vie\u{0302}\u{0323}t Nam\n")
    #expect(nfc.characters == 7 && nfd.characters == 7)
  }

  @Test func repeatedSegmentsAndTheirWordsAreCounted() throws {
    let count = try counted("Trời mưa to. Gió thổi mạnh.\n\nTrời mưa to.\n\nTrời mưa to.\n")
    #expect(count.segments == 4)
    #expect(count.repeatedSegments == 2)
    #expect(count.repeatedWords == 6)
  }

  @Test func glossaryWordsAreTheWordsOfSubstitutedTerms() throws {
    // `Bồ Đào Nha` (3 words) and `Nga` (1) are substituted; `Anh ấy` is a pronoun, not a term.
    let count = try counted("Anh ấy đến Bồ Đào Nha rồi sang Nga.\n")
    #expect(count.glossaryWords == 4)
  }

  @Test func textAndJSONHaveEveryArticleAndTheTotal() throws {
    let report = CountReport(articles: [
      .init(name: "a", path: "a.txt", count: try counted("Một hai ba.\n")),
      .init(name: "b", path: "b.txt", count: try counted("Bốn năm.\n")),
    ])
    let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
    let total = try #require(json?["total"] as? [String: Int])
    #expect(total["articles"] == 2 && total["segments"] == 2 && total["words"] == 5)
    let articles = try #require(json?["articles"] as? [[String: Any]])
    #expect(articles.map { $0["words"] as? Int } == [3, 2])
    let lines = report.text().split(separator: "\n")
    #expect(lines.count == 4 && lines[0].hasPrefix("article") && lines[3].hasPrefix("total"))
  }
}
