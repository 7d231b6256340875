import SongNgu
import Testing

/// Dates, numbers and amounts in drafts (sentences written for these tests).
@Suite struct DraftConversionsTests {
  static let translator = DraftTranslator(glossary: Glossary(entries: [GlossaryEntry(source: "Nga", target: "Russia")]))

  func draft(_ sentence: String) -> Draft { Self.translator.draft(sentence) }

  @Test(arguments: [
    ("Dự án khởi công vào tháng 8/2017.", "Dự án khởi công vào August 2017."),
    ("Hội nghị diễn ra ngày 23/5 tại Hà Nội.", "Hội nghị diễn ra May 23 tại Hà Nội."),
    ("Lễ hội kéo dài 23-25/5.", "Lễ hội kéo dài May 23–25."),
    ("Sáng 10/12, đoàn đến Huế.", "Sáng December 10, đoàn đến Huế."),
    ("Luật có hiệu lực từ ngày 1/7/2025.", "Luật có hiệu lực từ July 1, 2025."),
    ("Ngày 5 tháng 6 năm 2024 là ngày đặc biệt.", "June 5, 2024 là ngày đặc biệt."),
    ("Số liệu tháng 3 năm 2023 cho thấy điều đó.", "Số liệu March 2023 cho thấy điều đó."),
    ("Có 1.000 người tham dự.", "Có 1,000 người tham dự."),
    ("Lãi suất tăng 2,5% trong quý.", "Lãi suất tăng 2.5% trong quý."),
    ("Dân số đạt 1.234.567,8 nghìn người.", "Dân số đạt 1,234,567.8 thousand người."),
    ("Công ty đầu tư 5 tỷ USD vào nhà máy.", "Công ty đầu tư USD 5 billion vào nhà máy."),
    ("Mỗi hộ nhận 30 triệu đồng.", "Mỗi hộ nhận 30 million dong."),
    ("Ngân sách đạt 2,5 nghìn tỷ đồng.", "Ngân sách đạt 2.5 trillion dong."),
    ("Giá vé là 100 USD.", "Giá vé là USD 100."),
  ])
  func convertsTheEnglishWay(sentence: String, expected: String) {
    let draft = draft(sentence)
    #expect(draft.text == expected)
    #expect(draft.restoredSource() == sentence)
    #expect(!draft.spans.isEmpty && draft.spans.allSatisfy { $0.kind != .term && $0.match == nil })
  }

  @Test(arguments: [
    "Tỷ số là 2/1 sau hiệp một.",
    "Đội U23 thắng 3 trận.",
    "Chỉ số PM2,5 vượt ngưỡng.",
    "Máy bay Su-30MK2 hạ cánh.",
    "Năm 2024 có nhiều thay đổi.",
    "Phiên bản 1.2.3 đã ra mắt.",
  ])
  func leavesWhatIsNotClearlyADateOrANumber(sentence: String) {
    #expect(draft(sentence).text == sentence)
  }

  @Test func conversionsAndTermsShareADraftAndAreMarked() {
    let marked = DraftTranslator(
      glossary: Glossary(entries: [GlossaryEntry(source: "Nga", target: "Russia")]),
      options: DraftOptions(style: .marked))
    let draft = marked.draft("Nga nhập 1.000 tấn vào ngày 2/9/2024.")
    #expect(draft.text == "[[Russia]] nhập [[1,000]] tấn vào [[September 2, 2024]].")
    #expect(draft.spans.map(\.kind) == [.term, .number, .date])
    #expect(draft.matches.map(\.text) == ["Nga"])
    #expect(draft.restoredSource() == "Nga nhập 1.000 tấn vào ngày 2/9/2024.")
  }

  @Test func conversionsCanBeTurnedOff() {
    let plain = DraftTranslator(
      glossary: Glossary(entries: []), options: DraftOptions(convertsNumbers: false))
    #expect(plain.draft("Có 1.000 người tham dự ngày 23/5.").text == "Có 1.000 người tham dự ngày 23/5.")
  }
}
