import SongNgu

/// The benchmark's Vietnamese text: the sample article's sentences and some more real news sentences,
/// shuffled into paragraphs until the text reaches a size.
public enum Corpus {
  /// Real news sentences beside the sample's, with and without glossary terms.
  public static let extraSentences = [
    "Bộ Ngoại giao Nga cho biết Moscow sẵn sàng đàm phán hòa bình với Ukraine nếu phương Tây ngừng viện trợ quân sự cho Kiev.",
    "Tổng thống Mỹ Donald Trump đã có cuộc điện đàm với Tổng thống Nga Vladimir Putin hôm thứ Ba.",
    "Liên Hợp Quốc kêu gọi các bên kiềm chế và tuân thủ lệnh ngừng bắn tại Dải Gaza.",
    "Theo hãng thông tấn Yonhap, Triều Tiên đã phóng một tên lửa đạn đạo ra biển Nhật Bản sáng nay.",
    "Hội đồng Bảo an Liên Hợp Quốc sẽ họp khẩn về tình hình căng thẳng trên Bán đảo Triều Tiên.",
    "Thủ tướng Nhật Bản cho rằng việc hợp tác quân sự giữa Nga và Triều Tiên đe dọa an ninh khu vực.",
    "Giá dầu tăng mạnh sau khi OPEC+ quyết định tiếp tục cắt giảm sản lượng trong năm tới.",
    "Ngân hàng Trung ương châu Âu giữ nguyên lãi suất trong bối cảnh lạm phát tại khu vực đồng euro giảm dần.",
    "Ngoại trưởng Trung Quốc Vương Nghị đã tiếp người đồng cấp Hàn Quốc tại Bắc Kinh.",
    "Quân đội Israel tiếp tục các cuộc không kích nhằm vào lực lượng Hezbollah ở miền nam Liban.",
    "Người phát ngôn Điện Kremlin Dmitry Peskov từ chối bình luận về thông tin này.",
    "Tổng thư ký Liên Hợp Quốc Antonio Guterres bày tỏ lo ngại sâu sắc về số thương vong dân thường ngày càng tăng.",
    "Liên minh châu Âu đã thông qua gói lệnh trừng phạt thứ 15 đối với Nga vào tháng 12 năm ngoái.",
    "Cơ quan Năng lượng Nguyên tử Quốc tế cảnh báo về nguy cơ mất an toàn tại nhà máy điện hạt nhân Zaporizhzhia.",
    "Hàng nghìn người đã xuống đường biểu tình ở thủ đô Seoul sau khi Tổng thống Hàn Quốc ban bố thiết quân luật.",
    "Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ tại Hà Nội và thảo luận về quan hệ đối tác chiến lược toàn diện.",
    "Bộ trưởng Quốc phòng Mỹ Lloyd Austin tuyên bố Washington sẽ tiếp tục hỗ trợ Ukraine chừng nào còn cần thiết.",
    "Theo Reuters, các cuộc hội đàm giữa hai bên tại Istanbul kết thúc mà không đạt được thỏa thuận nào.",
    "Nhà Trắng khẳng định chưa có kế hoạch gặp gỡ giữa hai nhà lãnh đạo trong tuần tới.",
    "Thời tiết tại Thành phố Hồ Chí Minh hôm nay nắng nóng, nhiệt độ cao nhất khoảng 35 độ C.",
    "Các nhà kinh tế dự báo tăng trưởng của khu vực Đông Nam Á sẽ chậm lại do thuế quan mới của Mỹ.",
    "Ông cho biết thêm rằng chính phủ sẽ công bố chi tiết kế hoạch vào cuối tuần này.",
  ]

  /// Body sentences (ending in punctuation) and headings of the sample, plus `extraSentences`.
  public static func sentences(sample: Document) -> (body: [String], headings: [String]) {
    let translatable = sample.translatableSentences
    let body = translatable.filter { $0.kind == .body }.map(\.text) + extraSentences
    let headings = translatable.filter { $0.kind == .heading }.map(\.text)
    return (body, headings)
  }

  /// Paragraphs of 3–6 shuffled sentences, now and then a heading, until `bytes` of UTF-8.
  public static func text(body: [String], headings: [String], bytes: Int, generator: inout SeededGenerator) -> String {
    var text = "Tin tức quốc tế\n\n"
    var paragraphs = 0
    while text.utf8.count < bytes {
      if paragraphs % 8 == 0, let heading = headings.randomElement(using: &generator) {
        text += heading + "\n\n"
      }
      let count = Int.random(in: 3...6, using: &generator)
      var line: [String] = []
      for _ in 0..<count { line.append(body.randomElement(using: &generator) ?? "") }
      text += line.joined(separator: " ") + "\n\n"
      paragraphs += 1
    }
    return text
  }
}
