/// The small closed word lists the candidate detector needs, in lower case (NFC, both tone-mark styles).
///
/// They are not a glossary: they only tell the detector where a name starts and ends. Titles
/// (`Tổng thống`) and institution heads (`Bộ`, `Ngân hàng`) are capitalised on their first syllable
/// only, so without them `Bộ Y tế` would be read as `Bộ Y`; country names often stand right before a
/// person's name (`Ngoại trưởng Nga Sergei Lavrov`); a surname inside a capitalised run starts a new
/// name (`Hàn Quốc Kim Yong-hyun`).
enum CandidateLexicon {
  /// How a lexicon phrase takes the words after it.
  enum Absorbs {
    /// Nothing: the phrase is complete (`Quốc hội`, `Tổng thống`).
    case nothing
    /// Field words shaped `Capitalised lower` (`Bộ trưởng Quốc phòng`, `Bộ trưởng Tài chính`).
    case field
    /// Every capitalised word, one lower-case syllable after each and `và` between (`Bộ Kế hoạch và
    /// Đầu tư`, `Ngân hàng Nhà nước Việt Nam`, `Thành phố Hồ Chí Minh`).
    case name
  }

  struct Phrase {
    var kind: CandidateKind
    var absorbs: Absorbs
    /// Whether each word after the first is capitalised, as the phrase is written (`Tổng Bí thư`,
    /// `Nhà Trắng`); the text must agree, so `Quốc Vương Nghị` is no `quốc vương` (king).
    var capitals: [Bool]
  }

  static let titles: [String: Absorbs] = [
    "tổng thống": .nothing, "phó tổng thống": .nothing, "thủ tướng": .nothing, "phó thủ tướng": .nothing,
    "chủ tịch": .field, "phó chủ tịch": .field, "bộ trưởng": .field, "thứ trưởng": .field, "ngoại trưởng": .nothing,
    "tổng thư ký": .nothing, "tổng Bí thư": .nothing, "bí thư": .nothing, "giám đốc": .field,
    "tổng giám đốc": .field, "phó giám đốc": .field, "chủ nhiệm": .field, "đại sứ": .nothing,
    "người phát ngôn": .nothing, "thống đốc": .nothing, "thị trưởng": .nothing, "đại tướng": .nothing,
    "thượng tướng": .nothing, "trung tướng": .nothing, "thiếu tướng": .nothing, "đại tá": .nothing,
    "huấn luyện viên": .nothing, "cục trưởng": .field, "tổng cục trưởng": .field, "viện trưởng": .field,
    "chánh án": .field, "quốc vương": .nothing, "nhà vua": .nothing, "hoàng tử": .nothing, "giáo hoàng": .nothing,
    "giáo sư": .nothing, "tiến sĩ": .nothing, "phó giáo sư": .nothing, "phát ngôn viên": .nothing,
    "tư lệnh": .field, "tổng tư lệnh": .field, "tham mưu trưởng": .field, "đội trưởng": .nothing,
    "chủ tịch nước": .nothing, "phó chủ tịch nước": .nothing,
  ]

  static let institutions: [String: Absorbs] = [
    "bộ": .name, "sở": .name, "cục": .name, "tổng cục": .name, "vụ": .name, "viện": .name, "ban": .name,
    "ủy ban": .name, "uỷ ban": .name, "hội đồng": .name, "ngân hàng": .name, "tòa án": .name, "toà án": .name,
    "công an": .name, "mặt trận": .name, "tập đoàn": .name, "công ty": .name, "tổng công ty": .name,
    "trường": .name, "đại học": .name, "học viện": .name, "bệnh viện": .name, "liên đoàn": .name,
    "hiệp hội": .name, "câu lạc bộ": .name, "quỹ": .name, "tổ chức": .name, "liên minh": .name,
    "văn phòng": .name, "cơ quan": .name, "sân vận động": .name, "nghị viện": .name, "thành phố": .name,
    "tỉnh": .name, "trung tâm": .name, "báo": .name, "đài": .name, "tạp chí": .name, "viện kiểm sát": .name,
    "quân khu": .name, "quân đội": .name, "hãng": .name,
    "quốc hội": .nothing, "chính phủ": .nothing, "nhà Trắng": .nothing, "đảng": .name, "ủy ban nhân dân": .name,
    "uỷ ban nhân dân": .name, "hội đồng nhân dân": .name, "nhà nước": .nothing,
    "điện Kremlin": .nothing, "bộ Chính trị": .nothing, "ban Bí thư": .nothing,
  ]

  /// Capitalised words that are not names: weekdays and similar.
  static let ignored: [String] = ["chủ nhật"]

  /// Capitalised because they start a sentence (or a quotation), not because they are names.
  static let sentenceStarters: [String] = [
    "ông", "bà", "theo", "trong", "tại", "khi", "sau", "trước", "hôm", "vào", "các", "những", "một", "người",
    "nhưng", "tuy", "do", "với", "về", "từ", "ngoài", "đây", "đó", "cũng", "năm", "ngày", "tháng", "hiện", "chiều",
    "sáng", "tối", "trưa", "đêm", "tuần", "này", "nếu", "dù", "vì", "để", "còn", "riêng", "cùng", "bên", "phía",
    "thêm", "chỉ", "chị", "em", "tôi", "chúng", "họ", "nó", "ở", "và", "mặc", "song", "như", "cả", "lúc", "thời",
    "giữa", "qua", "đối", "nhờ", "bởi", "ngay", "đến", "cho", "hai", "ba", "bốn", "nhiều", "mỗi", "tất", "hầu",
    "đầu", "cuối", "trên", "dưới", "gần", "hơn", "đồng", "lãnh", "thay", "anh", "ngoại", "phát", "trả", "xem",
    "mời", "đọc", "nguồn", "ảnh", "video", "clip", "tin", "bài",
  ]

  /// Lower-case words that never continue a name (`Bộ Công Thương cho biết`).
  static let stopWords: [String] = [
    "cho", "đã", "đang", "sẽ", "vừa", "và", "của", "là", "có", "được", "bị", "với", "tại", "ở", "về", "trong",
    "cũng", "không", "thì", "mà", "này", "đó", "khi", "để", "từ", "theo", "như", "nhưng", "các", "những", "một",
    "đến", "ra", "vào", "lên", "nói", "rằng", "năm", "ngày", "tháng", "hôm", "sau", "trước", "vẫn", "còn", "đều",
    "chỉ", "nên", "phải", "muốn", "nhằm", "hơn", "rất", "tiếp", "yêu", "tuyên", "phát", "cùng", "hoặc", "hay",
    "nhận", "đối", "làm", "gồm", "ông", "bà", "thuộc", "trên", "dưới", "giữa", "sáng", "chiều", "tối", "chiếm",
    "đạt", "tăng", "giảm", "mới", "người", "do", "bởi", "qua", "lại", "thêm", "ngay", "kêu", "gọi", "phủ",
    "khẳng", "họp", "ký", "cử", "bác", "nêu", "xác",
  ]

  /// The weekday numerals written after `thứ` (`thứ Hai` … `thứ Bảy`).
  static let weekdays: [String] = ["hai", "ba", "tư", "năm", "sáu", "bảy"]

  /// Countries that often stand right before a person's name.
  static let countries: [String] = [
    "mỹ", "nga", "trung quốc", "nhật bản", "hàn quốc", "triều tiên", "ukraine", "pháp", "đức", "anh", "ấn độ", "úc",
    "israel", "iran", "thái lan", "campuchia", "lào", "việt nam", "singapore", "indonesia", "malaysia",
    "philippines", "ý", "tây ban nha", "canada", "brazil", "argentina", "mexico", "thổ nhĩ kỳ", "ai cập", "hà lan",
    "bỉ", "thụy điển", "thuỵ điển", "na uy", "ba lan", "belarus", "syria", "iraq", "afghanistan", "pakistan",
    "qatar", "đài loan", "myanmar", "venezuela", "cuba", "hungary", "serbia", "bồ đào nha", "palestine", "liban",
    "jordan", "ả rập xê út", "nam phi", "nigeria", "kenya", "new zealand", "thụy sĩ", "thuỵ sĩ", "áo", "hy lạp",
  ]

  /// Common surnames (Vietnamese, and a few Korean and Chinese ones written the same way).
  static let surnames: [String] = [
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
    "dương", "lý", "đinh", "đoàn", "trịnh", "lương", "kim", "park", "lee", "choi", "tập", "vương", "lưu",
    "uông", "trương", "tần", "chu", "mao", "triệu",
  ]

  /// Every title and institution phrase, keyed by its lower-case UTF-16 units.
  static let phrases: [[UInt16]: Phrase] = {
    var result: [[UInt16]: Phrase] = [:]
    func add(_ phrase: String, _ kind: CandidateKind, _ absorbs: Absorbs) {
      let capitals = phrase.split(separator: " ").dropFirst().map { $0.first?.isUppercase ?? false }
      result[Array(phrase.lowercased().utf16)] = Phrase(kind: kind, absorbs: absorbs, capitals: capitals)
    }
    for (phrase, absorbs) in titles { add(phrase, .title, absorbs) }
    for (phrase, absorbs) in institutions { add(phrase, .institution, absorbs) }
    return result
  }()

  static let ignoredKeys = Set(ignored.map { Array($0.utf16) })
  /// The first words of the phrases and ignored phrases: most capitalised words are none, and are
  /// looked up once.
  static let firstWordKeys = Set(
    (Array(titles.keys) + Array(institutions.keys) + ignored).map {
      Array(($0.split(separator: " ").first.map(String.init) ?? $0).lowercased().utf16)
    })
  static let starterKeys = Set(sentenceStarters.map { Array($0.utf16) })
  static let stopKeys = Set(stopWords.map { Array($0.utf16) })
  static let weekdayKeys = Set(weekdays.map { Array($0.utf16) })
  static let countryKeys = Set(countries.map { Array($0.utf16) })
  static let surnameKeys = Set(surnames.map { Array($0.utf16) })
  /// The longest phrase, in words.
  static let longestPhrase = 4
}
