import Foundation
import Testing

@testable import SongNgu

/// `SRXRules`: the SRX 2.0 document is valid, is built from the segmenter's own lists, and cuts the
/// fixture articles as `SentenceSegmenter` does on nearly every boundary (figures in docs/srx.md).
@Suite struct SRXRulesTests {
  static let document = SRXRules().document()

  /// Boundary agreement of the SRX rules with songngu: both, only SRX, only songngu.
  struct Agreement {
    var both = 0
    var srxOnly = 0
    var songnguOnly = 0
    var differences: [String] = []
    var precision: Double { both + srxOnly == 0 ? 1 : Double(both) / Double(both + srxOnly) }
    var recall: Double { both + songnguOnly == 0 ? 1 : Double(both) / Double(both + songnguOnly) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Adds one paragraph: `expected` and `found` are sentence-end offsets inside it (not its end).
    mutating func add(_ text: String, expected: Set<Int>, found: Set<Int>) {
      both += expected.intersection(found).count
      srxOnly += found.subtracting(expected).count
      songnguOnly += expected.subtracting(found).count
      let units = Array(text.utf16)
      func context(_ end: Int) -> String {
        String(decoding: units[max(0, end - 30)..<min(units.count, end + 30)], as: UTF16.self)
      }
      for end in found.subtracting(expected).sorted() { differences.append("SRX only: …\(context(end))…") }
      for end in expected.subtracting(found).sorted() { differences.append("songngu only: …\(context(end))…") }
    }

    func summary(_ label: String) -> String {
      String(
        format:
          "SRX vs songngu, %@: %d boundaries, precision %.4f, recall %.4f, F1 %.4f (%d SRX only, %d songngu only)",
        label, both + songnguOnly, precision, recall, f1, srxOnly, songnguOnly)
    }
  }

  static let applier = Result { try SRXApplier(document: document, language: "vi-VN") }

  /// The sentence ends of `text` inside it, by songngu (one paragraph, no line breaks).
  static func songnguEnds(_ text: String) -> Set<Int> {
    let units = Array(text.utf16)
    let ranges = units.withUnsafeBufferPointer { SentenceSegmenter().split($0) }
    return Set(ranges.dropLast().map(\.upperBound))
  }

  /// Agreement over articles read as `songngu segment` reads them: every line of every block.
  static func agreement(articles paths: [String], english: Bool = false) throws -> Agreement {
    let applier = english ? try SRXApplier(document: document, language: "en-US") : try Self.applier.get()
    let options = english ? ReadingOptions().english() : ReadingOptions()
    var agreement = Agreement()
    for path in paths {
      let document = try ArticleReader(lines: try LineReader(path: path), options: options).readDocument(name: path)
      for block in document.blocks {
        var lineStart = 0
        for line in block.utf16.split(separator: 0x0A, omittingEmptySubsequences: false) {
          let lineEnd = lineStart + line.count
          let ends = block.sentences.map { $0.end - block.start }.filter { $0 > lineStart && $0 <= lineEnd }
          let expected = Set(ends.filter { $0 != ends.max() }.map { $0 - lineStart })
          let text = String(decoding: line, as: UTF16.self)
          agreement.add(text, expected: expected, found: applier.sentenceEnds(in: text))
          lineStart = lineEnd + 1
        }
      }
    }
    return agreement
  }

  /// Agreement over the hand-segmented fixtures, each paragraph's sentences joined with a space; the
  /// second value scores the SRX rules against the hand segmentation itself.
  static func segmentationFixtureAgreement() throws -> (songngu: Agreement, gold: Agreement) {
    let applier = try Self.applier.get()
    var agreement = Agreement()
    var gold = Agreement()
    let files = (1...12).map { String(format: "news-%02d.txt", $0) } + ["treebank-01.txt"]
    for file in files {
      let text = try Paths.read(Paths.fixture("Segmentation/" + file))
      for paragraph in text.components(separatedBy: "\n\n") {
        let sentences = paragraph.split(separator: "\n").map(String.init)
        guard !sentences.isEmpty else { continue }
        let joined = sentences.joined(separator: " ")
        var ends: Set<Int> = []
        var offset = 0
        for sentence in sentences.dropLast() {
          offset += sentence.utf16.count
          ends.insert(offset)
          offset += 1
        }
        let found = applier.sentenceEnds(in: joined)
        agreement.add(joined, expected: songnguEnds(joined), found: found)
        gold.add(joined, expected: ends, found: found)
      }
    }
    return (agreement, gold)
  }

  static func coverageArticles(independent: Bool) throws -> [String] {
    let folder = Paths.fixture("Coverage")
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".vi.txt") }.filter {
      CandidateQualityTests.independent.contains(String($0.dropLast(".vi.txt".count))) == independent
    }.sorted().map { folder + "/" + $0 }
  }

  // MARK: - The document

  @Test func validatesAgainstTheSRX20Schema() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("srx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("songngu.srx").path
    try Self.document.write(toFile: path, atomically: true, encoding: .utf8)
    let problems = try XMLValidator.problems(path, against: .srx20)
    #expect(problems == "" || problems == nil, "\(problems ?? "")")
  }

  @Test func mapsVietnameseEnglishAndEveryOtherLanguage() throws {
    let rules = SRXRules()
    let vietnamese = rules.languageRules[0].rules
    #expect(rules.rules(for: "vi") == vietnamese && rules.rules(for: "VI-VN") == vietnamese)
    #expect(rules.rules(for: "vi_VN") == vietnamese && rules.rules(for: "vai") != vietnamese)
    #expect(rules.rules(for: "en-US") == rules.languageRules[1].rules)
    #expect(rules.rules(for: "fr") == rules.languageRules[2].rules)
    #expect(Self.document.contains("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">"))
    #expect(Self.document.contains("<header segmentsubflows=\"yes\" cascade=\"no\">"))
  }

  @Test func everyAbbreviationOfTheSegmenterIsInTheRules() throws {
    let rules = SRXRules().languageRules[0].rules.map { $0.beforeBreak }.joined(separator: "\n")
    for abbreviation in AbbreviationList.standard.beforeName.union(AbbreviationList.standard.mayEnd) {
      let word = String(decoding: abbreviation.dropLast(), as: UTF16.self)
      #expect(rules.contains(SRXRules.escaped(word)), "\(word)")
    }
    for word in SentenceRules.labelWords { #expect(rules.contains(SRXRules.bothCases(word)), "\(word)") }
    var list = AbbreviationList.standard
    try list.add(parsing: "[before-name]\nHLV.\n", name: "extra")
    let applier = try SRXApplier(document: SRXRules(abbreviations: list).document(), language: "vi")
    #expect(applier.sentenceEnds(in: "Đội thắng nhờ HLV. Park Hang-seo. Ông cười.").count == 1)
    #expect(try Self.applier.get().sentenceEnds(in: "Đội thắng nhờ HLV. Park Hang-seo. Ông cười.").count == 2)
  }

  // MARK: - Targeted cases, each cut as songngu cuts it

  /// SRX and songngu both cut `text` into `sentences`.
  func expectCut(_ text: String, _ sentences: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
  {
    var ends: Set<Int> = []
    var offset = 0
    let joined = sentences.joined(separator: " ")
    #expect(joined == text, "test sentences do not rebuild the text", sourceLocation: sourceLocation)
    for sentence in sentences.dropLast() {
      offset += sentence.utf16.count
      ends.insert(offset)
      offset += 1
    }
    #expect(Self.songnguEnds(text) == ends, "songngu: \(text)", sourceLocation: sourceLocation)
    #expect(try Self.applier.get().sentenceEnds(in: text) == ends, "SRX: \(text)", sourceLocation: sourceLocation)
  }

  @Test func abbreviationsBeforeANameNeverEndASentence() throws {
    try expectCut(
      "Ông đến TP. Hồ Chí Minh hôm qua. PGS.TS. Nguyễn Văn A phát biểu.",
      ["Ông đến TP. Hồ Chí Minh hôm qua.", "PGS.TS. Nguyễn Văn A phát biểu."])
    try expectCut("Bà gặp (TS. Lê Thị B) và Mr. Smith. Họ nói.", ["Bà gặp (TS. Lê Thị B) và Mr. Smith.", "Họ nói."])
    try expectCut(
      "Hàng hóa gồm gạo, cà phê v.v. Sau đó giá tăng. Giá gạo, muối v.v. và nhiều thứ khác.",
      ["Hàng hóa gồm gạo, cà phê v.v.", "Sau đó giá tăng.", "Giá gạo, muối v.v. và nhiều thứ khác."])
    try expectCut("Ông sống ở TP.HCM. Năm nay ông 60 tuổi.", ["Ông sống ở TP.HCM.", "Năm nay ông 60 tuổi."])
  }

  @Test func initialsAreNamesButLabelsEndSentences() throws {
    try expectCut(
      "Tổng thống V. Putin đã đến. Ông ở lại hai ngày.", ["Tổng thống V. Putin đã đến.", "Ông ở lại hai ngày."])
    try expectCut(
      "Việt Nam đứng đầu bảng A. Đội tuyển sẽ gặp Thái Lan.",
      ["Việt Nam đứng đầu bảng A.", "Đội tuyển sẽ gặp Thái Lan."])
    try expectCut("Đèn tiêu thụ 9 W. Trạm sạc mới.", ["Đèn tiêu thụ 9 W.", "Trạm sạc mới."])
    try expectCut("Xe chở cháu Lê Minh K. Cháu K. tỉnh lại.", ["Xe chở cháu Lê Minh K.", "Cháu K. tỉnh lại."])
    try expectCut(
      "Bé mắc cúm B. ThS. Lê Hoàng Nam điều trị. Bà Lê Thị H. PGS.TS. Trần Nam nói.",
      ["Bé mắc cúm B.", "ThS. Lê Hoàng Nam điều trị.", "Bà Lê Thị H.", "PGS.TS. Trần Nam nói."])
    try expectCut(
      "Nhóm học sinh đánh em H. Sau đó, các em bỏ đi. Mẫu nhiễm chất O. Việc này gây chậm trễ.",
      ["Nhóm học sinh đánh em H.", "Sau đó, các em bỏ đi.", "Mẫu nhiễm chất O.", "Việc này gây chậm trễ."])
    try expectCut(
      "Ông Lê V. Không quân đến. Ông Lê V. Việc làm.", ["Ông Lê V. Không quân đến.", "Ông Lê V. Việc làm."])
  }

  @Test func sentencesMayStartWithANumberButNumbersStayWhole() throws {
    try expectCut(
      "Số ca bệnh tăng mạnh. 48% phụ huynh lo lắng. Giá là 3.5 triệu đồng.",
      ["Số ca bệnh tăng mạnh.", "48% phụ huynh lo lắng.", "Giá là 3.5 triệu đồng."])
    try expectCut(
      "Ngày 2.9.2024 trời nắng. Năm 2023. 15 người bị thương. Mục 1. 5 người.",
      ["Ngày 2.9.2024 trời nắng.", "Năm 2023.", "15 người bị thương.", "Mục 1. 5 người."])
  }

  @Test func quotesEllipsesAndInterviewTurns() throws {
    try expectCut("“Tại sao?” ông hỏi. “Vì trời mưa.” Bà đáp.", ["“Tại sao?” ông hỏi.", "“Vì trời mưa.”", "Bà đáp."])
    try expectCut(
      "Họ chờ mãi… Cuối cùng xe đến. Họ đợi… rồi đi.", ["Họ chờ mãi…", "Cuối cùng xe đến.", "Họ đợi… rồi đi."])
    try expectCut(
      "Thị trường sẽ ra sao? - Tôi cho rằng giá sẽ giảm.", ["Thị trường sẽ ra sao?", "- Tôi cho rằng giá sẽ giảm."])
    try expectCut("Hội nghị bế mạc chiều cùng ngày. ./.", ["Hội nghị bế mạc chiều cùng ngày. ./."])
  }

  @Test func quotationsThatOpenInLowerCaseAndTheirSpeakers() throws {
    try expectCut(
      #"Chúng tôi hỏi về vụ mùa. "lúa tốt lắm" là câu anh nhắc mãi. Ai hỏi vì sao? “chẳng vì sao cả”, bà cười."#,
      [
        "Chúng tôi hỏi về vụ mùa.", #""lúa tốt lắm" là câu anh nhắc mãi."#, "Ai hỏi vì sao?",
        "“chẳng vì sao cả”, bà cười.",
      ])
    try expectCut(
      "Cả xóm chờ tin... “thế là xong”, ông nói. Hắn có biệt danh m. “điên”. Giá cam v.v. “tăng vọt”.",
      ["Cả xóm chờ tin...", "“thế là xong”, ông nói.", "Hắn có biệt danh m. “điên”.", "Giá cam v.v. “tăng vọt”."])
    try expectCut(
      #""Bao giờ nước rút?" - tôi hỏi. “Đi ngay đi!” – bà Hạnh giục. - "Anh đến chưa?" - "rồi"."#,
      [#""Bao giờ nước rút?" - tôi hỏi."#, "“Đi ngay đi!” – bà Hạnh giục.", #"- "Anh đến chưa?""#, #"- "rồi"."#])
  }

  // MARK: - Agreement on the fixture articles

  /// The floors sit just under the figures measured on 2026-12-07 (docs/srx.md), so that a change to the
  /// segmenter that the SRX does not follow fails here.
  @Test func agreesWithSongnguOnTheFixtureArticles() throws {
    let (fixtures, gold) = try Self.segmentationFixtureAgreement()
    let articles = try Self.agreement(
      articles: try Self.coverageArticles(independent: false) + [Paths.sampleVietnamese])
    let heldOut = try Self.agreement(articles: try Self.coverageArticles(independent: true))
    print(fixtures.summary("segmentation fixtures (13 files)"))
    print(String(format: "SRX vs hand segmentation, segmentation fixtures: F1 %.4f", gold.f1))
    print(articles.summary("coverage articles and the sample"))
    print(heldOut.summary("independent coverage articles (not tuned on)"))
    let alignment = Paths.fixture("Alignment")
    let englishArticles =
      try FileManager.default.contentsOfDirectory(atPath: alignment).filter { $0.hasSuffix(".en.txt") }.sorted().map {
        alignment + "/" + $0
      } + [Paths.sampleEnglish]
    let english = try Self.agreement(articles: englishArticles, english: true)
    print(english.summary("English: alignment fixtures and the sample (English rules)"))
    let differences = fixtures.differences + articles.differences + heldOut.differences + english.differences
    for difference in differences.prefix(40) { print("  \(difference)") }
    #expect(fixtures.both >= 350 && articles.both >= 70 && heldOut.both >= 60 && english.both >= 10)
    #expect(fixtures.f1 >= 0.99)
    #expect(articles.f1 >= 0.99)
    #expect(heldOut.f1 >= 0.97)
    #expect(english.f1 >= 0.97)
  }

  /// Where the SRX rules and songngu part, on purpose: ICU breaks after a terminator with no space
  /// before an upper-case letter (and after a digit and period), which the SRX rules leave alone
  /// because a regex cannot tell such a typo from a link, a file name or a version number.
  @Test func knownDifferencesAreTheOnesDocumented() throws {
    let applier = try Self.applier.get()
    for text in ["Có 5.Hai người đến.", "Thật sao?Vâng, đúng vậy."] {
      #expect(Self.songnguEnds(text).count == 1, "\(text)")
      #expect(applier.sentenceEnds(in: text).isEmpty, "\(text)")
    }
  }
}
