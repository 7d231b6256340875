import SongNgu
import Testing

/// The Vietnamese rules on top of ICU's sentence iterator, one real example each.
@Suite struct SegmentationRuleTests {
  let segmenter = SentenceSegmenter()

  func split(_ text: String) -> [String] { segmenter.split(text) }

  @Test(arguments: [
    "Ông sinh sống tại TP. Hồ Chí Minh từ năm 2010.",
    "Trường đóng tại TX. Sơn Tây, TT. Phong Điền và Q. Bình Thạnh.",
    "Nhà ông ở P. Bến Nghé, H. Củ Chi, X. Tân Phú.",
    "GS. Ngô Bảo Châu và PGS. Nguyễn Văn An dự hội thảo.",
    "TS. Lê Thị Bình, ThS. Trần Văn Cường, BS. Phạm Hùng, KS. Đỗ Minh và CN. Vũ Lan phát biểu.",
    "PGS.TS. Nguyễn Văn An cho biết kết quả rất tốt.",
    "GS.TSKH. Trần Văn Bảo đồng ý với đề xuất.",
    "Mr. Smith, Mrs. Brown và Dr. Lee đến thăm St. Petersburg.",
    "Tổng thống V. Putin đã phát biểu.",
  ])
  func abbreviationsBeforeANameNeverEndASentence(_ sentence: String) {
    #expect(split(sentence + " Sau đó mọi người ra về.") == [sentence, "Sau đó mọi người ra về."])
  }

  @Test func mayEndAbbreviationsEndASentenceOnlyBeforeUpperCase() {
    #expect(
      split("Chợ bán cam, quýt, bưởi v.v. Tất cả đều tươi.") == ["Chợ bán cam, quýt, bưởi v.v.", "Tất cả đều tươi."])
    #expect(split("Chợ bán cam, quýt v.v. và nhiều loại khác.") == ["Chợ bán cam, quýt v.v. và nhiều loại khác."])
    #expect(split("Ông ở TP.HCM. Sau đó ông ra Hà Nội.") == ["Ông ở TP.HCM.", "Sau đó ông ra Hà Nội."])
    #expect(split("Xem tr. 15 của cuốn sách.") == ["Xem tr. 15 của cuốn sách."])
  }

  @Test func degreesCelsiusEndASentence() {
    #expect(
      split("Nhiệt độ thấp nhất xuống 12 độ C. Trời rét đậm.") == [
        "Nhiệt độ thấp nhất xuống 12 độ C.", "Trời rét đậm.",
      ])
  }

  @Test func aSingleLetterAfterACategoryWordIsALabel() {
    #expect(
      split("Đội bóng nằm ở bảng A. Đội tuyển Việt Nam thắng.") == [
        "Đội bóng nằm ở bảng A.", "Đội tuyển Việt Nam thắng.",
      ])
  }

  @Test func ellipsisBeforeAnUpperCaseWordEndsASentence() {
    #expect(split("Giá cả tăng… Người dân lo lắng.") == ["Giá cả tăng…", "Người dân lo lắng."])
    #expect(split("Giá cả tăng... Người dân lo lắng.") == ["Giá cả tăng...", "Người dân lo lắng."])
    #expect(split("Giá cả tăng... rồi lại giảm.") == ["Giá cả tăng... rồi lại giảm."])
  }

  @Test func aSentenceMayStartWithADigit() {
    #expect(
      split("Tỷ lệ này tăng mạnh. 48% phụ huynh cho biết họ lo ngại.") == [
        "Tỷ lệ này tăng mạnh.", "48% phụ huynh cho biết họ lo ngại.",
      ])
    #expect(
      split("Vụ tai nạn xảy ra năm 2023. 15 người bị thương.") == [
        "Vụ tai nạn xảy ra năm 2023.", "15 người bị thương.",
      ])
  }

  @Test func anInterviewTurnStartsASentence() {
    #expect(
      split("Ông đánh giá thế nào về thị trường? - Tôi cho rằng thị trường sẽ khởi sắc.") == [
        "Ông đánh giá thế nào về thị trường?", "- Tôi cho rằng thị trường sẽ khởi sắc.",
      ])
    #expect(
      split("Vâng. - Còn kế hoạch năm sau? - Chúng tôi sẽ mở rộng.") == [
        "Vâng.", "- Còn kế hoạch năm sau?", "- Chúng tôi sẽ mở rộng.",
      ])
  }

  @Test(arguments: [
    "Doanh thu đạt 1.000.000 đồng, tăng 3,5% so với năm trước.",
    "Luật có hiệu lực từ ngày 1.1.2016 đến ngày 15/12/2025.",
    "Xem chi tiết tại https://vnexpress.net/thoi-su/abc-123.html. Ông Nam cho biết thêm.",
    "Liên hệ lienhe@tuoitre.com.vn. Ông Nam cho biết thêm.",
    "Theo rt.com, tin này sai.",
    "Trang VnExpress.net đưa tin sáng nay.",
    "Hội nghị kết thúc vào ngày mai./.",
  ])
  func numbersDatesLinksAndTheEndMarkerAreNeverSplit(_ text: String) {
    let sentences = split(text)
    #expect(sentences.first?.contains(text.split(separator: " ").prefix(3).joined(separator: " ")) == true)
    if text.contains("Ông Nam") {
      #expect(sentences.count == 2)
      #expect(sentences.last == "Ông Nam cho biết thêm.")
    } else {
      #expect(sentences == [text])
    }
  }

  @Test func quotesCloseSentencesAndLowerCaseContinues() {
    #expect(
      split("Rutte trả lời: “Tôi không thể xác nhận thông tin đó.” Sau đó ông rời đi.") == [
        "Rutte trả lời: “Tôi không thể xác nhận thông tin đó.”", "Sau đó ông rời đi.",
      ])
    #expect(split("“Tại sao?” ông hỏi. Không ai trả lời.") == ["“Tại sao?” ông hỏi.", "Không ai trả lời."])
    #expect(split("Thật sao?! Không thể tin được!") == ["Thật sao?!", "Không thể tin được!"])
  }

  @Test func aQuotationThatOpensWithALowerCaseWordStartsASentence() {
    #expect(
      split(#"Chúng tôi hỏi anh về vụ mùa năm nay. "lúa tốt lắm, nhưng giá thấp quá" là câu anh nhắc mãi."#) == [
        "Chúng tôi hỏi anh về vụ mùa năm nay.", #""lúa tốt lắm, nhưng giá thấp quá" là câu anh nhắc mãi."#,
      ])
    #expect(
      split("Ai cũng hỏi vì sao? “chẳng vì sao cả”, bà cười rồi quay vào bếp.") == [
        "Ai cũng hỏi vì sao?", "“chẳng vì sao cả”, bà cười rồi quay vào bếp.",
      ])
    #expect(
      split("Cả xóm ngồi chờ tin... “thế là xong rồi”, ông trưởng thôn nói.") == [
        "Cả xóm ngồi chờ tin...", "“thế là xong rồi”, ông trưởng thôn nói.",
      ])
    // After a single letter (a word cut to its initial) or an abbreviation the quotation goes on.
    #expect(
      split(#"Dân chợ gọi hắn bằng biệt danh m. "điên" từ lâu."#) == [
        #"Dân chợ gọi hắn bằng biệt danh m. "điên" từ lâu."#
      ])
    #expect(split("Giá cam, quýt v.v. “tăng vọt” trong tuần qua.") == ["Giá cam, quýt v.v. “tăng vọt” trong tuần qua."])
  }

  @Test func aLowerCaseSpeakerAfterAQuotationAndADashContinuesTheSentence() {
    #expect(
      split(#""Bao giờ thì nước rút?" - tôi hỏi. Ông lắc đầu không đáp."#) == [
        #""Bao giờ thì nước rút?" - tôi hỏi."#, "Ông lắc đầu không đáp.",
      ])
    #expect(
      split("“Đi ngay đi, muộn rồi!” – bà Hạnh giục. Chúng tôi ra xe.") == [
        "“Đi ngay đi, muộn rồi!” – bà Hạnh giục.", "Chúng tôi ra xe.",
      ])
    #expect(
      split(#"Ông kể: "Mùa lũ năm ấy khổ lắm..." - vừa nói ông vừa thở dài."#) == [
        #"Ông kể: "Mùa lũ năm ấy khổ lắm..." - vừa nói ông vừa thở dài."#
      ])
    // A dash before a quotation or an upper-case word is still a new turn.
    #expect(
      split(#"- "Anh đến chưa?" - "rồi, tôi đứng ở cổng"."#) == [#"- "Anh đến chưa?""#, #"- "rồi, tôi đứng ở cổng"."#])
  }

  @Test func aLineBreakEndsASentence() throws {
    let document = try readArticle("Tiêu đề\n\nDòng một không có dấu chấm\nDòng hai.\nDòng ba")
    #expect(document.sentences.map(\.text) == ["Tiêu đề", "Dòng một không có dấu chấm", "Dòng hai.", "Dòng ba"])
  }

  @Test func hardWrappedLinesAreJoined() throws {
    let wrapped = """
      Tiêu đề bài viết

      Trước đó, Tổng thống Ukraine Volodymyr Zelensky tuyên bố Triều Tiên đã
      cung cấp vũ khí và binh sĩ cho Moscow. Khi được hỏi về thông tin này tại
      cuộc họp báo hôm thứ Tư, Rutte đã trả lời rằng ông không thể xác nhận.
      """
    let document = try readArticle(wrapped)
    #expect(document.blocks[1].wasWrapped)
    #expect(document.normalization.joinedLines == 2)
    #expect(
      document.blocks[1].sentences.map(\.text) == [
        "Trước đó, Tổng thống Ukraine Volodymyr Zelensky tuyên bố Triều Tiên đã cung cấp vũ khí và binh sĩ cho Moscow.",
        "Khi được hỏi về thông tin này tại cuộc họp báo hôm thứ Tư, Rutte đã trả lời rằng ông không thể xác nhận.",
      ])
    // Forced off: every line is a unit.
    let unwrapped = try readArticle(
      wrapped, options: ReadingOptions(normalization: NormalizationOptions(wrapped: false)))
    #expect(unwrapped.blocks[1].sentences.count == 4)
  }

  @Test func userAbbreviationsExtendTheList() throws {
    var list = AbbreviationList.standard
    try list.add(parsing: "[before-name]\nLm.\n", name: "mine.txt")
    let custom = SentenceSegmenter(abbreviations: list)
    #expect(custom.split("Lm. Giuse Nguyễn dâng lễ.") == ["Lm. Giuse Nguyễn dâng lễ."])
    #expect(split("Lm. Giuse Nguyễn dâng lễ.").count == 2)
    #expect(throws: SongNguError.self) { try AbbreviationList(parsing: "Lm.\n", name: "bad.txt") }
  }
  // MARK: Scraped news (issue 16)

  @Test func aPhotoCreditGluedToTheNextSentenceIsAUnitOfItsOwn() {
    #expect(
      split("Ảnh: TTXVN Thủ tướng phát biểu tại hội nghị.") == ["Ảnh: TTXVN", "Thủ tướng phát biểu tại hội nghị."])
    #expect(
      split("Ảnh: Reuters Theo thỏa thuận, hai bên hợp tác.") == ["Ảnh: Reuters", "Theo thỏa thuận, hai bên hợp tác."])
    #expect(split("Ảnh: Minh Khôi Ông Lộc cho biết thêm.") == ["Ảnh: Minh Khôi", "Ông Lộc cho biết thêm."])
    #expect(split("Ảnh: Minh Khôi Đội tuyển thắng đậm.") == ["Ảnh: Minh Khôi", "Đội tuyển thắng đậm."])
    #expect(
      split("Ảnh: Nhà sản xuất cung cấp Lấy bối cảnh miền Tây, phim kể về một gia đình.") == [
        "Ảnh: Nhà sản xuất cung cấp", "Lấy bối cảnh miền Tây, phim kể về một gia đình.",
      ])
    #expect(split("(Nguồn: AFP) Đội tuyển thắng đậm.") == ["(Nguồn: AFP)", "Đội tuyển thắng đậm."])
    // A name in capitals after the label is one credit, whatever its first word.
    #expect(split("Ảnh: NHƯ HÙNG") == ["Ảnh: NHƯ HÙNG"])
    #expect(split("Ảnh: PHAN HẬU Thủ tướng phát biểu.") == ["Ảnh: PHAN HẬU", "Thủ tướng phát biểu."])
    #expect(split("Ảnh minh họa Theo NCSC, số vụ lừa đảo tăng.") == ["Ảnh minh họa", "Theo NCSC, số vụ lừa đảo tăng."])
    #expect(split("Ảnh: THX/TTXVN") == ["Ảnh: THX/TTXVN"])
    // An institution with a lower-case syllable keeps its place (before: `Ảnh: Công an` + `Đà Nẵng Người …`).
    #expect(
      split("Ảnh: Công an Đà Nẵng Người dân cần lưu ý.") == ["Ảnh: Công an Đà Nẵng", "Người dân cần lưu ý."])
    #expect(split("Ảnh: Bộ Y tế Hà Nội Lấy mẫu xét nghiệm.") == ["Ảnh: Bộ Y tế Hà Nội", "Lấy mẫu xét nghiệm."])
  }

  @Test func aPhotoCreditAfterACaptionIsAUnitOfItsOwn() {
    #expect(split("Cầu thủ ăn mừng bàn thắng (Nguồn: AFP)") == ["Cầu thủ ăn mừng bàn thắng", "(Nguồn: AFP)"])
    #expect(
      split("Khách chọn mua điện thoại sáng 18/10 Ảnh: Minh Khôi") == [
        "Khách chọn mua điện thoại sáng 18/10", "Ảnh: Minh Khôi",
      ])
    // Inline, in lower case, a credit stays in its sentence.
    #expect(
      split("Xe được thông tạm thời vào trưa 30/10 (ảnh: TTXVN).") == [
        "Xe được thông tạm thời vào trưa 30/10 (ảnh: TTXVN)."
      ])
    // A source line is no credit glued to a sentence.
    #expect(split("Nguồn cung tăng sẽ giúp giá ổn định.") == ["Nguồn cung tăng sẽ giúp giá ổn định."])
  }

  @Test func anInitialBeforeAFunctionWordEndsTheSentence() {
    #expect(
      split("Nhóm học sinh đã đánh em H. Sau đó, các em bỏ đi.") == [
        "Nhóm học sinh đã đánh em H.", "Sau đó, các em bỏ đi.",
      ])
    #expect(
      split("Người bị hại là bà Nguyễn Thị H. Bà mất 300 triệu đồng.") == [
        "Người bị hại là bà Nguyễn Thị H.", "Bà mất 300 triệu đồng.",
      ])
    // Before a name, or a lower-case word, it does not.
    #expect(split("Em H. trở lại trường.") == ["Em H. trở lại trường."])
    #expect(split("Ông Nguyễn V. Thành phát biểu.") == ["Ông Nguyễn V. Thành phát biểu."])
  }

  @Test func initialsBeforeAForeignSurnameDoNotEndTheSentence() {
    // Before: `… J.P.` and `Morgan là …` were two sentences.
    #expect(
      split("HSBC và J.P. Morgan là các đơn vị thu xếp.") == ["HSBC và J.P. Morgan là các đơn vị thu xếp."])
    // Before a Vietnamese word they still do.
    #expect(split("Nghi phạm là N.V.T. Sau đó, T. bỏ trốn.") == ["Nghi phạm là N.V.T.", "Sau đó, T. bỏ trốn."])
  }

  @Test func aLetterAfterANumberOrBeforeATitleEndsTheSentence() {
    // A letter after a number is a unit; a name never goes on with a title's abbreviation or `Việc`.
    #expect(
      split("Đèn tiêu thụ 9 W. Trạm sạc dùng pin mặt trời.") == ["Đèn tiêu thụ 9 W.", "Trạm sạc dùng pin mặt trời."])
    #expect(
      split("Bệnh nhân mắc cúm B. ThS. Lê Hoàng Nam điều trị cho bé.") == [
        "Bệnh nhân mắc cúm B.", "ThS. Lê Hoàng Nam điều trị cho bé.",
      ])
    #expect(
      split("Mẫu thử nhiễm chất vàng O. Việc kiểm nghiệm mất ba ngày.") == [
        "Mẫu thử nhiễm chất vàng O.", "Việc kiểm nghiệm mất ba ngày.",
      ])
    // A word for a person opens the sentence that names the person.
    #expect(
      split("Xe chở cháu Lê Minh K. Cháu K. đã tỉnh lại.") == ["Xe chở cháu Lê Minh K.", "Cháu K. đã tỉnh lại."])
    // `Việc làm` is a noun a title capitalises, not a clause.
    #expect(split("Ông Lê V. Việc làm giám đốc.") == ["Ông Lê V. Việc làm giám đốc."])
  }

  @Test func aVowelWithADiacriticIsAWordNotAnInitial() {
    #expect(
      split("Kinh tế tăng nhanh tại Đông Nam Á. Kim ngạch xuất khẩu tăng.") == [
        "Kinh tế tăng nhanh tại Đông Nam Á.", "Kim ngạch xuất khẩu tăng.",
      ])
  }

  @Test func aSentenceMayStartWithALowerCaseBrand() {
    #expect(
      split("Nhà bán lẻ cân đối ngân sách. iPhone 15 ra mắt năm ngoái. eBay là sàn lớn.") == [
        "Nhà bán lẻ cân đối ngân sách.", "iPhone 15 ra mắt năm ngoái.", "eBay là sàn lớn.",
      ])
    #expect(split("Chợ bán cam, quýt v.v. iPhone thì không.") == ["Chợ bán cam, quýt v.v. iPhone thì không."])
  }

  @Test func aNumberedItemIsOneUnit() {
    #expect(split("1. Điểm thứ nhất.") == ["1. Điểm thứ nhất."])
    #expect(split("Có ba lưu ý. 1. Tắt máy. 2. Bật lại.") == ["Có ba lưu ý.", "1. Tắt máy.", "2. Bật lại."])
    #expect(split("Đội xếp thứ 1. Sau đó đội thua.") == ["Đội xếp thứ 1.", "Sau đó đội thua."])
  }

  @Test func anUnpunctuatedHeadingEndsBeforeAFunctionWord() {
    #expect(
      split("Kinh tế tăng trưởng nhanh Trong năm 2024, nhiều nước tăng trên 5%.") == [
        "Kinh tế tăng trưởng nhanh", "Trong năm 2024, nhiều nước tăng trên 5%.",
      ])
    // After a capitalised word it may be a syllable of a name.
    #expect(split("Mưa lớn ở Ba Vì và Sơn Tây.") == ["Mưa lớn ở Ba Vì và Sơn Tây."])
    #expect(
      split("Báo cáo của Ban Chỉ huy phòng, chống thiên tai.") == ["Báo cáo của Ban Chỉ huy phòng, chống thiên tai."])
    // After a word for a person it is a name; a noun it starts is no clause.
    #expect(
      split("Cả nhà trông vào anh Song, người con trai duy nhất còn ở quê.") == [
        "Cả nhà trông vào anh Song, người con trai duy nhất còn ở quê."
      ])
    #expect(
      split("Đoàn kiểm tra làm việc với chị Sau, chủ cơ sở.") == ["Đoàn kiểm tra làm việc với chị Sau, chủ cơ sở."])
    #expect(
      split("Nhà xuất bản in lại bộ Từ điển tiếng Việt sau mười năm.") == [
        "Nhà xuất bản in lại bộ Từ điển tiếng Việt sau mười năm."
      ])
    // A body's members written with a capital go on from its name; after a lower-case phrase they open a
    // clause.
    #expect(
      split("Hiệp hội Các nhà bán lẻ Việt Nam dự báo sức mua tăng.") == [
        "Hiệp hội Các nhà bán lẻ Việt Nam dự báo sức mua tăng."
      ])
    #expect(
      split("Theo Bộ Tổng tham mưu Các lực lượng vũ trang Ukraine, đợt tấn công bị đẩy lùi.") == [
        "Theo Bộ Tổng tham mưu Các lực lượng vũ trang Ukraine, đợt tấn công bị đẩy lùi."
      ])
    #expect(
      split("Giá vàng tăng mạnh Các nhà đầu tư đổ xô đi mua.") == [
        "Giá vàng tăng mạnh", "Các nhà đầu tư đổ xô đi mua.",
      ])
  }
}

/// Block kinds: title, heading, body, source line, boilerplate.
@Suite struct BlockKindTests {
  @Test func kindsOfAnArticle() throws {
    let article = """
      Giá vàng tăng mạnh trong tuần qua.

      Kinh tế

      Giá vàng miếng SJC tăng 2 triệu đồng mỗi lượng. Nhiều người đổ xô đi mua.

      Theo VnExpress

      Chia sẻ

      Tin liên quan:

      Từ khóa: giá vàng, SJC
      """
    let document = try readArticle(article)
    #expect(
      document.blocks.map(\.kind) == [.title, .heading, .body, .source, .boilerplate, .boilerplate, .boilerplate])
    #expect(document.translatableSentences.count == 5)
  }

  @Test(arguments: [
    ("NGUỒN: TTXVN", BlockKind.source), ("nguồn tin: Reuters", .source), ("(Theo VnExpress)", .source),
    ("THEO TUỔI TRẺ", .source), ("Source: AP", .source), ("SOURCE: AFP", .source),
    ("Theo dõi diễn biến", .heading), ("Thế giới", .heading), ("Nga và Triều Tiên", .heading),
    ("Sơn La mưa lớn", .heading), ("Sổ tay phóng viên", .heading),
  ])
  func sourceLinesAndHeadings(line: String, kind: BlockKind) throws {
    let document = try readArticle("Giá vàng tăng mạnh trong tuần qua.\n\n" + line + "\n")
    #expect(document.blocks.map(\.kind) == [.title, kind])
  }

  @Test func onePargraphPerLineTextMakesEveryLineABlock() throws {
    let article = "NATO phủ nhận thông tin\nTổng thư ký NATO đã phủ nhận thông tin. Ông nói rõ.\nNguồn: https://rt.com"
    let document = try readArticle(article)
    #expect(document.blocks.map(\.kind) == [.title, .body, .source])
    #expect(document.sentences.count == 4)
  }
}

/// Boilerplate patterns: exact lines, `*` wildcards (also leading); case, trailing white space and
/// final punctuation ignored (lines arrive normalized, without leading white space).
@Suite struct BoilerplateListTests {
  let list = BoilerplateList(parsing: "# comment\nchia sẻ\n*trên google news\ntheo dõi * trên zalo\ntừ khóa:*\n")

  @Test(arguments: [
    "Chia sẻ", "chia sẻ. ", "CHIA SẺ!\u{00A0}\t", "Chia sẻ:\u{2003}", "Theo dõi VnExpress trên Google News",
    "Theo dõi chúng tôi trên Zalo", "Từ khóa: Nga, Triều Tiên", "trên Google News",
  ])
  func matches(_ line: String) {
    #expect(list.matches(line))
  }

  @Test(arguments: [
    "Chia sẻ kinh nghiệm", "Tin trên Google News hôm nay", "Theo dõi sát diễn biến", "Từ khóa", "# comment",
    "Chia\u{00A0}sẻ thêm",
  ])
  func doesNotMatch(_ line: String) {
    #expect(!list.matches(line))
  }
}
