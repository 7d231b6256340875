import SongNgu
import Testing

/// Candidate detection on single sentences and on the sample article.
@Suite struct CandidateDetectorTests {
  func candidates(_ text: String) -> [String] {
    let units = Array(text.utf16)
    return CandidateDetector().candidates(in: text).map { String(decoding: units[$0.range], as: UTF16.self) }
  }

  @Test func namesAcronymsTitlesAndInstitutions() {
    #expect(
      candidates("Tuần trước, Bộ trưởng Quốc phòng Hàn Quốc Kim Yong-hyun tuyên bố.") == [
        "Bộ trưởng Quốc phòng", "Hàn Quốc", "Kim Yong-hyun",
      ])
    #expect(candidates("Ngoại trưởng Nga Sergei Lavrov nhấn mạnh.") == ["Ngoại trưởng", "Nga", "Sergei Lavrov"])
    #expect(candidates("Sáng nay, UBND TP.HCM và Bộ Y tế cho biết.") == ["UBND", "TP.HCM", "Bộ Y tế"])
    #expect(
      candidates("Đại diện Bộ Kế hoạch và Đầu tư và Ngân hàng Nhà nước Việt Nam có mặt.") == [
        "Bộ Kế hoạch và Đầu tư", "Ngân hàng Nhà nước Việt Nam",
      ])
    #expect(candidates("Hôm thứ Hai, ông Nguyễn Văn An nói: “Tôi đồng ý.”") == ["Nguyễn Văn An"])
    #expect(candidates("Theo Reuters, Mát-xcơ-va đã phản đối.") == ["Reuters", "Mát-xcơ-va"])
    #expect(
      candidates("Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh dự lễ.") == [
        "Chủ tịch", "UBND", "TP", "Hà Nội", "Trần Sỹ Thanh",
      ])
  }

  @Test func sentenceStartNeedsARecurrence() throws {
    let document = try readArticle("Rutte nói. Kremlin im lặng. Ông Mark Rutte đồng ý.\n")
    let sentences = document.translatableSentences
    let found = CandidateDetector().candidates(in: sentences)
    let texts = zip(sentences, found).flatMap { sentence, spans in
      spans.map { String(decoding: Array(sentence.text.utf16)[$0.range], as: UTF16.self) }
    }
    #expect(texts == ["Rutte", "Mark Rutte"])
  }

  @Test func sampleCandidates() throws {
    let document = try ArticleReader(lines: try LineReader(path: Paths.sampleVietnamese))
      .readDocument(name: "nato-trieu-tien")
    let sentences = document.translatableSentences
    let found = CandidateDetector().candidates(in: sentences)
    var texts: [String] = []
    for (sentence, spans) in zip(sentences, found) {
      let units = Array(sentence.text.utf16)
      texts += spans.map { "\($0.kind.rawValue):" + String(decoding: units[$0.range], as: UTF16.self) }
    }
    for expected in [
      "title:Tổng thư ký", "acronym:NATO", "name:Mark Rutte", "name:Volodymyr Zelensky", "institution:Quốc hội",
      "title:Bộ trưởng Quốc phòng", "name:Kim Yong-hyun", "title:Ngoại trưởng", "name:Sergei Lavrov",
    ] {
      #expect(texts.contains(expected), "\(expected)")
    }
    // Sentence-initial `Kremlin` never occurs elsewhere, so it is not a candidate; `Rutte` and `Zelensky` are.
    #expect(!texts.contains("name:Kremlin"))
    #expect(texts.filter { $0 == "name:Zelensky" }.count == 2)
  }
}

/// Candidate detection never traps and gives ordered, word-aligned spans on arbitrary text.
@Suite struct CandidateDetectorRobustnessTests {
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }

  @Test func randomText() {
    let pieces = [
      "Bộ", "Y", "tế", "và", "Ngân hàng", "Nhà nước", "Nguyễn", "Văn", "An", "NATO", "TP.HCM", "U.S.", "-", "–", ".",
      ":", "“", "”", "\"", "'", "’", "(", ")", "thứ", "Hai", "III", "châu", "Á", "Kim", "Yong-hyun", "1", "2026",
      "😀", "Tổng thống", "Công ty", "ĐẠI", "x", "A", " ", " ", "  ", "\u{00A0}", ",", "Ô", "ủy ban", "Ủy ban",
    ]
    var random = SplitMix(state: 7)
    let detector = CandidateDetector()
    for _ in 0..<2000 {
      let count = Int.random(in: 0...14, using: &random)
      var text = ""
      for _ in 0..<count {
        text += pieces.randomElement(using: &random) ?? ""
        if Bool.random(using: &random) { text += " " }
      }
      let units = Array(text.utf16)
      let spans = detector.candidates(in: text)
      var previousEnd = 0
      for span in spans {
        #expect(span.range.lowerBound >= previousEnd, "\(text) \(spans)")
        #expect(span.range.upperBound <= units.count)
        #expect(!span.range.isEmpty)
        previousEnd = span.range.upperBound
      }
    }
  }
}
