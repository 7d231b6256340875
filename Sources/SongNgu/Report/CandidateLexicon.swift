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
    /// As `name`, and also lower-case words before a capitalised one and a dash between names: the
    /// title of a treaty, programme, forum or award (`Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái
    /// Bình Dương`, `Diễn đàn Cà phê Việt Nam - Canada`, `Chương trình Cà phê bền vững Tây Nguyên`).
    case work
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
    "tổng Thư ký": .nothing, "tổng Bí thư": .nothing, "bí thư": .nothing, "giám đốc": .field,
    "tổng Giám đốc": .field, "phó giám đốc": .field, "chủ nhiệm": .field, "đại sứ": .nothing,
    "người phát ngôn": .nothing, "thủ hiến": .nothing, "đồng lãnh đạo": .nothing, "tùy viên": .field,
    "tuỳ viên": .field, "thống đốc": .nothing, "thị trưởng": .nothing,
    "đại tướng": .nothing,
    "thượng tướng": .nothing, "trung tướng": .nothing, "thiếu tướng": .nothing, "đại tá": .nothing,
    "huấn luyện viên": .nothing, "cục trưởng": .field, "tổng Cục trưởng": .field, "viện trưởng": .field,
    "chánh án": .field, "quốc vương": .nothing, "nhà vua": .nothing, "vua": .nothing, "nữ hoàng": .nothing,
    "thái tử": .nothing, "công chúa": .nothing, "hoàng hậu": .nothing, "hoàng tử": .nothing, "giáo hoàng": .nothing,
    "giáo sư": .nothing, "tiến sĩ": .nothing, "phó giáo sư": .nothing, "phát ngôn viên": .nothing,
    "tư lệnh": .field, "tổng Tư lệnh": .field, "tham mưu trưởng": .field, "đội trưởng": .nothing,
    "chủ tịch nước": .nothing, "phó chủ tịch nước": .nothing, "thẩm phán": .nothing, "kiểm sát viên": .nothing,
    "chánh văn phòng": .nothing, "trưởng ban": .field, "trưởng phòng": .field, "tổng Biên tập": .nothing,
    "luật sư": .nothing, "bác sĩ": .nothing, "đại biểu": .nothing, "nghị sĩ": .nothing, "thượng nghị sĩ": .nothing,
    "hạ nghị sĩ": .nothing, "tổng Lãnh sự": .nothing, "lãnh sự": .nothing, "đặc phái viên": .nothing,
    "đại úy": .nothing, "đại uý": .nothing, "thiếu tá": .nothing, "trung tá": .nothing, "thượng tá": .nothing,
    "tổng Thanh tra": .nothing, "tổng Kiểm toán": .nothing, "trưởng khoa": .field, "phó trưởng khoa": .field,
    "trưởng đoàn": .nothing, "trưởng nhóm": .nothing,
    // Ranks and commands of the armed forces and the police: `Thượng úy`, `Chuẩn Đô đốc`, `Chính ủy`,
    // `Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam`.
    "thượng úy": .nothing, "thượng uý": .nothing, "trung úy": .nothing, "trung uý": .nothing,
    "thiếu úy": .nothing, "thiếu uý": .nothing, "thượng sĩ": .nothing, "trung sĩ": .nothing, "hạ sĩ": .nothing,
    "binh nhất": .nothing, "binh nhì": .nothing, "đô đốc": .nothing, "chuẩn Đô đốc": .nothing,
    "chính ủy": .nothing, "chính uỷ": .nothing, "chính trị viên": .nothing, "chỉ huy trưởng": .nothing,
    "tổng Tham mưu trưởng": .nothing, "đội phó": .nothing, "tiểu đoàn trưởng": .nothing,
    "trung đoàn trưởng": .nothing, "sư đoàn trưởng": .nothing, "lữ đoàn trưởng": .nothing,
    "đại đội trưởng": .nothing, "đồn trưởng": .nothing, "trưởng đồn": .nothing, "trưởng công an": .nothing,
    "thủ trưởng": .nothing, "trưởng": .nothing, "cục phó": .nothing, "trạm trưởng": .nothing, "hạm trưởng": .nothing,
    "thuyền trưởng": .nothing, "cơ trưởng": .nothing, "chỉ huy phó": .nothing, "điều tra viên": .nothing,
    // The Party and the state: `Ủy viên Bộ Chính trị`, `Thường trực Ban Bí thư`, `Trưởng Ban Tuyên giáo`.
    "ủy viên": .field, "uỷ viên": .field, "thường trực": .nothing,
    // `Thường trực` after a title is part of it (`Phó Chủ tịch Thường trực`, `Phó Thủ tướng Thường trực`).
    "chủ tịch Thường trực": .field, "bí thư Thường trực": .nothing, "thủ tướng Thường trực": .nothing,
    "thứ trưởng Thường trực": .field, "ủy viên Thường trực": .field, "uỷ viên Thường trực": .field,
    "ủy viên Thường vụ": .field, "uỷ viên Thường vụ": .field, "thư ký": .nothing, "trợ lý": .nothing,
    "cố vấn": .nothing, "chánh thanh tra": .nothing, "tổng kiểm sát": .nothing, "viện phó": .nothing,
    "hiệu trưởng": .nothing, "hiệu phó": .nothing, "bí thư thứ nhất": .nothing, "trưởng thôn": .nothing,
    "trưởng ấp": .nothing, "trưởng bản": .nothing, "già làng": .nothing,
    // Honours given as titles: `Nghệ sĩ Nhân dân`, `Anh hùng Lao động`, `Bà mẹ Việt Nam anh hùng`.
    "nghệ sĩ Nhân dân": .nothing, "nghệ sĩ Ưu tú": .nothing, "nghệ nhân Nhân dân": .nothing,
    "nghệ nhân Ưu tú": .nothing, "nhà giáo Nhân dân": .nothing, "nhà giáo Ưu tú": .nothing,
    "thầy thuốc Nhân dân": .nothing, "thầy thuốc Ưu tú": .nothing, "anh hùng Lao động": .nothing,
    "chiến sĩ thi đua": .nothing,
    // Clergy: `Hòa thượng`, `Đức Pháp chủ`, `Tổng Giám mục`, `Linh mục`, `Mục sư`.
    "hòa thượng": .nothing, "hoà thượng": .nothing, "thượng tọa": .nothing, "thượng toạ": .nothing,
    "đại đức": .nothing, "ni sư": .nothing, "ni trưởng": .nothing, "pháp chủ": .nothing, "đức Pháp chủ": .nothing,
    "trụ trì": .nothing, "giám mục": .nothing, "tổng Giám mục": .nothing, "hồng y": .nothing, "linh mục": .nothing,
    "mục sư": .nothing, "đức Giáo hoàng": .nothing, "đức Thánh cha": .nothing, "đức Cha": .nothing,
    "giáo trưởng": .nothing, "chánh xứ": .nothing, "tăng thống": .nothing, "sư cô": .nothing,
    "sư thầy": .nothing, "trưởng lão": .nothing, "lương y": .nothing,
    // Sport: `Trọng tài`, `Kiện tướng`. (Professions such as `Nhà thơ` stay common nouns.)
    "huấn luyện viên trưởng": .nothing, "trợ lý huấn luyện viên": .nothing, "trọng tài": .nothing,
    "kiện tướng": .nothing, "đại kiện tướng": .nothing, "nhạc trưởng": .nothing,
    // Health: `Dược sĩ`, `Điều dưỡng trưởng`.
    "dược sĩ": .nothing, "thạc sĩ": .nothing, "bác sĩ Chuyên khoa": .nothing, "bác sĩ Chuyên khoa I": .nothing,
    "bác sĩ Nội trú": .nothing,
    "điều dưỡng trưởng": .nothing, "kỹ thuật viên trưởng": .nothing,
  ]

  /// Heads of state bodies, which are named after their field or place, never after a person: right
  /// before a person's full name such a head is the common noun (`Giám đốc Sở Nguyễn Văn A`: the
  /// department's director, Nguyễn Văn A).
  static let stateBodyHeads: [String] = [
    "bộ", "sở", "cục", "tổng cục", "vụ", "ủy ban", "uỷ ban", "tòa án", "toà án", "công an", "viện kiểm sát", "phòng",
    "ban", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ", "đảng ủy", "đảng uỷ", "thanh tra",
  ]
  /// Military units, which their number names wherever they stand (`Sư đoàn 312`, `Lữ đoàn 147`), where
  /// a number after another head opening a sentence may count something (`Công ty 2 năm liền …`).
  static let numberedUnits: [String] = [
    "quân khu", "quân đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "binh đoàn", "hải đoàn", "hải đội",
  ]
  static let numberedUnitKeys = Set(numberedUnits.map { Array($0.utf16) })

  /// Heads that name one body by themselves when capitalised inside a sentence: the Party and its
  /// committees, the armed services, the chambers and the constitution (`Ủy viên Trung ương Đảng`, `hội
  /// trường Thành ủy`, `tàu của Hải quân`, `sửa đổi Hiến pháp`).
  static let namedAlone: [String] = [
    "đảng", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ", "đảng ủy", "đảng uỷ", "hải quân",
    "không quân", "lục quân", "cảnh sát biển", "bộ đội biên phòng", "hạ viện", "thượng viện", "hiến pháp",
  ]
  static let namedAloneKeys = Set(namedAlone.map { Array($0.utf16) })
  static let stateBodyHeadKeys = Set(stateBodyHeads.map { Array($0.utf16) })

  static let institutions: [String: Absorbs] = [
    "bộ": .name, "sở": .name, "cục": .name, "tổng cục": .name, "vụ": .name, "viện": .name, "ban": .name,
    "ủy ban": .name, "uỷ ban": .name, "hội đồng": .name, "ngân hàng": .name, "tòa án": .name, "toà án": .name,
    "công an": .name, "mặt trận": .name, "tập đoàn": .name, "công ty": .name, "tổng công ty": .name,
    "trường": .name, "đại học": .name, "học viện": .name, "bệnh viện": .name, "liên đoàn": .name,
    "trường đại học": .name, "trường cao đẳng": .name, "tỉnh đoàn": .name, "thành đoàn": .name,
    "hiệp hội": .name, "hội": .name, "câu lạc bộ": .name, "đại hội": .work, "đại hội đại biểu": .work,
    "đại hội đồng": .name, "quỹ": .name, "tổ chức": .name, "liên minh": .name,
    "văn phòng": .name, "cơ quan": .name, "sân vận động": .name, "nghị viện": .name, "thành phố": .name,
    "tỉnh": .name, "trung tâm": .name, "báo": .name, "đài": .name, "tạp chí": .name, "viện kiểm sát": .name,
    "quân khu": .name, "quân đội": .name, "hãng": .name, "diễn đàn": .work, "hội nghị": .work,
    "hiệp định": .work, "hiệp ước": .work, "công ước": .work, "chương trình": .work, "sáng kiến": .work, "cổng": .work,
    "liên bộ": .name,
    "chiến lược": .work, "đề án": .work, "giải": .work, "liên hoan": .work, "liên hoan phim": .work,
    "bản ghi nhớ": .work, "bộ tiêu chí": .work, "bộ quy tắc": .work, "cổng thông tin": .work,
    "quy định": .work, "tuyên bố": .work, "thỏa thuận": .work, "thoả thuận": .work, "nghị định thư": .work,
    "hiến chương": .work, "hội chợ": .work, "triển lãm": .work, "lễ hội": .work,
    "bộ tư lệnh": .name, "kho bạc": .name, "bảo hiểm xã hội": .name, "luật": .name, "bộ luật": .name, "đạo luật": .name,
    "phòng": .name,
    "thông tấn xã": .name,
    "đại sứ quán": .name, "tổng liên đoàn": .name, "khu công nghiệp": .name, "khu kinh tế": .name,
    "khu chế xuất": .name, "khu công nghệ cao": .name, "tổ hợp": .name, "quân đoàn": .name, "sư đoàn": .name,
    "phủ Tổng thống": .nothing, "phủ Chủ tịch": .nothing, "phủ Thủ tướng": .nothing,
    "quốc hội": .nothing, "chính phủ": .nothing, "nhà Trắng": .nothing, "đảng": .name, "nhà nước": .nothing,
    "điện Kremlin": .nothing, "bộ Chính trị": .nothing, "ban Bí thư": .nothing, "liên hợp quốc": .nothing,
    // Ports, bases, the armed services, customs, venues and cooperatives: `Cảng hàng không quốc tế Nội
    // Bài`, `Cảng vụ Hàng hải Vũng Tàu`, `Hải quân Mỹ`, `Hải quan cửa khẩu Hữu Nghị`, `Nhà hát Lớn`, `Hợp
    // tác xã Nông nghiệp Tân Phú`, `Đoàn Luật sư TP Hà Nội`.
    "cảng": .name, "cảng vụ": .name, "khu quản lý": .name, "cảng hàng không": .name, "sân bay": .name,
    "căn cứ": .name, "trạm": .name, "hạm đội": .name, "khối": .name, "hội quán": .name, "hải quân": .name,
    "hải quan": .name,
    "không quân": .name, "lục quân": .name, "dàn nhạc": .name, "nhà hát": .name, "bảo tàng": .name,
    "thư viện": .name, "hợp tác xã": .name, "đoàn luật sư": .name, "khoa": .name, "ủy hội": .name, "uỷ hội": .name,
    // A delta named after its river: `Đồng bằng sông Cửu Long`; areas named after a place.
    // Chambers, a constitution and groups: `Hạ viện Nhật Bản`, `Hiến pháp`, `Tổng vụ Hàng hải và Thủy
    // sản`, `Nhóm Đối tác Quốc tế`, `Mạng lưới Xúc tiến Điện ảnh`. (Not `lực lượng`, forces, mostly a
    // common noun before a body: `Lực lượng Quân khu 2`.)
    "hạ viện": .name, "thượng viện": .name, "hiến pháp": .name, "tổng vụ": .name, "nhóm": .name,
    "mạng lưới": .name, "cộng đồng": .name,
    // Plans and rules titled inside a sentence: `Quy hoạch điện VIII`, `Quy chế thi tốt nghiệp`.
    "quy hoạch": .work, "quy chế": .work, "kế hoạch": .work,
    "đồng bằng": .name, "khu đô thị": .name, "khu du lịch": .name, "khu bảo tồn": .name, "khu di tích": .name,
    // The armed forces and the police: `Quân chủng Phòng không - Không quân`, `Bộ đội Biên phòng`, `Lữ đoàn
    // 147`, `Bộ Chỉ huy Quân sự`, `Cảnh sát biển Việt Nam`, `Nhà máy Z111`.
    "quân chủng": .name, "binh chủng": .name, "bộ đội": .name, "binh đoàn": .name,
    "lữ đoàn": .name, "trung đoàn": .name, "tiểu đoàn": .name, "hải đoàn": .name, "hải đội": .name,
    "bộ chỉ huy": .name, "cảnh sát biển": .name, "đồn biên phòng": .name,
    "trại giam": .name, "nhà máy": .name, "xí nghiệp": .name, "huân chương": .name,
    "huy hiệu": .name, "kỷ niệm chương": .name,
    // The Party, the state and their bodies: `Ban Chấp hành Trung ương`, `Tỉnh ủy Nghệ An`, `Đoàn đại
    // biểu Quốc hội`, `Thanh tra Chính phủ`, `Kiểm toán Nhà nước`, `Công đoàn Giáo dục Việt Nam`.
    "tỉnh ủy": .name, "tỉnh uỷ": .name, "thành ủy": .name, "thành uỷ": .name, "huyện ủy": .name,
    "huyện uỷ": .name, "đảng ủy": .name, "đảng uỷ": .name, "đảng bộ": .name, "đảng đoàn": .name,
    "đoàn đại biểu": .name, "đoàn thanh niên": .name, "thanh tra": .name, "kiểm toán nhà nước": .nothing,
    "thanh tra chính phủ": .nothing,
    "ủy ban trung ương": .name, "uỷ ban trung ương": .name, "vùng cảnh sát biển": .name,
    "công đoàn": .name, "liên hiệp": .name, "chi cục": .name, "chi nhánh": .name, "phân hiệu": .name,
    "lãnh sự quán": .name, "tổng lãnh sự quán": .name,
    // Religion: `Giáo hội Phật giáo Việt Nam`, `Tổng Giáo phận Hà Nội`, `Nhà thờ Đức Bà`, `Chùa Một Cột`.
    "giáo hội": .name, "giáo phận": .name, "tổng giáo phận": .name, "giáo xứ": .name, "giáo hạt": .name,
    "hội thánh": .name, "nhà thờ": .name, "nhà thờ chính tòa": .name, "nhà thờ chính toà": .name, "chùa": .name,
    "đền": .name, "thiền viện": .name, "tu viện": .name, "tòa thánh": .name, "toà thánh": .name, "thánh thất": .name,
    "thánh đường": .name, "tòa Tổng Giám mục": .nothing, "toà Tổng Giám mục": .nothing,
    "tòa Giám mục": .nothing, "toà Giám mục": .nothing,
    // Feasts, awards, contests and seasons of events: `Đại lễ Phật đản Vesak 2025`, `Giải thưởng Hồ Chí
    // Minh`, `Tuần lễ Thời trang`, `Cuộc thi Hoa hậu Việt Nam`, `Festival Huế`.
    "đại lễ": .work, "thế vận hội": .work, "á vận hội": .work, "giải thưởng": .work, "tuần lễ": .work,
    "cuộc thi": .work, "festival": .work,
    "hội thi": .work, "hội diễn": .work, "hội thao": .work, "hội khỏe phù đổng": .work, "lễ kỷ niệm": .work,
    "năm du lịch quốc gia": .work, "ngày": .work, "ngày hội": .work, "hội báo": .work, "hội sách": .work,
    "kỳ thi": .work, "kì thi": .work,
    // Culture and heritage: `Nhà xuất bản Kim Đồng`, `Nhà Văn hóa Thanh niên`, `Vườn quốc gia Cúc Phương`.
    "nhà xuất bản": .name, "nhà văn hóa": .name, "nhà văn hoá": .name, "cung văn hóa": .name, "cung văn hoá": .name,
    "hãng phim": .name, "rạp": .name, "vườn quốc gia": .name, "khu dự trữ sinh quyển": .name,
    "khu bảo tồn thiên nhiên": .name, "khu bảo tồn biển": .name,
    "cung thiếu nhi": .name, "nhà thiếu nhi": .name, "phân viện": .name, "công viên": .name,
    "quảng trường": .name, "quần thể danh thắng": .name, "quần thể di tích": .name,
    "nghĩa trang": .name, "nghĩa trang liệt sĩ": .name, "nhà tù": .name, "tượng đài": .name,
    "khu di tích lịch sử": .name, "đoàn nghệ thuật": .name, "đoàn thể thao": .name, "đoàn ca múa": .name,
    "siêu cúp": .work,
    // Markets, stations, fishing ports, sports venues and clinics: `Chợ Bến Thành`, `Bến xe Mỹ Đình`,
    // `Ga Hà Nội`, `Cảng cá Lạch Bạng`, `Nhà thi đấu Phú Thọ`, `Phòng khám Đa khoa Quốc tế`.
    "chợ": .name, "chợ đầu mối": .name, "bến xe": .name, "ga": .name, "nhà ga": .name, "cảng cá": .name,
    "cảng biển": .name, "cảng hành khách": .name, "nhà thi đấu": .name, "cung thể thao": .name, "phòng khám": .name,
    "nhà thuốc": .name,
  ]

  /// The forms of a state before a country's official name, which they start (`Cộng hòa Dân chủ Nhân dân
  /// Triều Tiên`, `Liên bang Nga`, `Vương quốc Anh`, `Các Tiểu vương quốc Ả Rập Thống nhất`); after
  /// the first, their words may be written in either case (`Các Tiểu Vương quốc`).
  static let stateForms: [String] = [
    "cộng hòa", "cộng hoà", "liên bang", "vương quốc", "hợp chủng quốc", "đại công quốc", "công quốc",
    "các tiểu vương quốc",
  ]
  static let stateFormKeys = Set(stateForms.map { Array($0.utf16) })
  /// Common words that name a competition with the country after them: `Ngoại hạng Anh` (the Premier
  /// League).
  static let competitionForms: [String] = ["ngoại hạng"]

  /// Capitalised words that are not names: weekdays, the kinds of legal document written before their
  /// number (`Quyết định 05/2024`, `Nghị định 100`), and English honorifics (`Dr. Hannah Weiss`).
  static let ignored: [String] = documents + ["chủ nhật", "mr", "mrs", "ms", "dr", "st", "prof"]
  /// Kinds of legal document: capitalised before a number alone they name nothing (`Quyết định 05/2024`),
  /// with the document's official symbol they are its name (`Nghị định 100/2024/NĐ-CP`).
  static let documents: [String] = [
    "quyết định", "nghị định", "thông tư", "nghị quyết", "chỉ thị", "công văn", "công điện", "tờ trình",
    "thông báo", "kết luận", "thông tư liên tịch",
  ]
  static let documentKeys = Set(documents.map { Array($0.utf16) })
  /// Heads of documents, meetings and plans whose title may say in lower case what they are about after
  /// `về`: `Bản ghi nhớ về hợp tác giáo dục`, `Hội nghị về …`, `Quy định về kỷ luật`.
  static let aboutHeadKeys = Set(
    [
      "bản ghi nhớ", "tuyên bố", "hiệp định", "hiệp ước", "công ước", "quy định", "quy chế", "nghị định thư",
      "thỏa thuận", "thoả thuận", "hội nghị", "kế hoạch", "chiến lược", "đề án", "chương trình", "bộ tiêu chí",
      "bộ quy tắc", "cổng thông tin", "diễn đàn", "hội thảo", "sáng kiến",
    ].map { Array($0.utf16) })
  /// Words a document's head takes before `về`: `Tuyên bố chung về …`, `Thỏa thuận khung Doha về …`.
  static let aboutQualifierKeys = Set(["khung", "chung"].map { Array($0.utf16) })
  /// Single-word heads of legal texts: `Luật`, `Bộ luật`'s second word, `Hiến pháp`'s first, `Điều`.
  static let lawKeys = Set(["luật", "hiến", "điều", "khoản"].map { Array($0.utf16) })
  /// Heads of a law's name, whose title follows in lower case after its first word (`Luật Thuế thu nhập
  /// cá nhân`).
  static let lawHeadKeys = Set(["luật", "bộ luật"].map { Array($0.utf16) })
  /// Words that follow a law's title and are no part of it: what the law does or is (`Luật Đất đai quy
  /// định …`, `Luật Nhà giáo hiện hành`, `Luật Điện lực sửa đổi`), beside `stopWords`.
  static let afterLaw: [String] = [
    "quy định", "sửa đổi", "bổ sung", "hiện hành", "cho phép", "yêu cầu", "nêu rõ", "đặt ra", "áp dụng",
    "điều chỉnh", "hướng dẫn", "bảo đảm", "đảm bảo", "xác định", "mở ra", "góp phần", "thay thế", "ra đời",
    "bao gồm", "dự kiến", "thông qua", "ban hành", "chính thức", "liên quan", "có hiệu lực", "tạo", "giúp", "cấm",
    "buộc", "giao", "nêu", "trình", "dành", "nhằm", "mà", "năm", "này", "đó", "cũ", "mới", "gồm", "vừa",
    "lần", "được", "chưa", "sau", "khi", "hay", "hoặc", "cũng", "đều", "phải", "cần", "sẽ", "đã", "đang", "có",
    "không",
  ]
  static let afterLawKeys = Set(afterLaw.map { Array($0.utf16) })

  /// Capitalised because they start a sentence (or a quotation), not because they are names.
  static let sentenceStarters: [String] = [
    "ông", "bà", "theo", "trong", "tại", "khi", "sau", "trước", "hôm", "vào", "các", "những", "một", "người",
    "nhưng", "tuy", "do", "với", "về", "từ", "ngoài", "đây", "đó", "cũng", "năm", "ngày", "tháng", "hiện", "chiều",
    "sáng", "tối", "trưa", "đêm", "tuần", "này", "nếu", "dù", "vì", "để", "còn", "riêng", "cùng", "bên", "phía",
    "thêm", "chỉ", "chị", "em", "tôi", "chúng", "họ", "nó", "ở", "và", "mặc", "song", "như", "cả", "lúc", "thời",
    "giữa", "qua", "đối", "nhờ", "bởi", "ngay", "đến", "cho", "hai", "ba", "bốn", "nhiều", "mỗi", "tất", "hầu",
    "đầu", "cuối", "trên", "dưới", "gần", "hơn", "đồng", "lãnh", "thay", "anh", "ngoại", "phát", "trả", "xem",
    "mời", "đọc", "nguồn", "ảnh", "video", "clip", "tin", "bài", "việc", "giá", "điều", "không",
    // Kinship words and pronouns before a person's name: `Bạn Trần Minh`, `Cháu Lê Na`.
    "bạn", "cô", "chú", "cháu", "bé", "cụ", "thầy",
    // An occasion before a feast's name: `Dịp Tết Dương lịch`, `Lễ Giỗ Tổ Hùng Vương`.
    "dịp", "lễ", "mùa",
  ]

  /// Lower-case words that never continue a name (`Bộ Công Thương cho biết`).
  static let stopWords: [String] = [
    "cho", "đã", "đang", "sẽ", "vừa", "và", "của", "là", "có", "được", "bị", "với", "tại", "ở", "về", "trong",
    "cũng", "không", "thì", "mà", "này", "đó", "khi", "để", "từ", "theo", "như", "nhưng", "các", "những", "một",
    "đến", "ra", "vào", "lên", "nói", "rằng", "năm", "ngày", "tháng", "hôm", "sau", "trước", "vẫn", "còn", "đều",
    "chỉ", "nên", "phải", "muốn", "nhằm", "hơn", "rất", "tiếp", "yêu", "tuyên", "phát", "cùng", "hoặc", "hay",
    "nhận", "đối", "làm", "gồm", "ông", "bà", "thuộc", "trên", "dưới", "giữa", "sáng", "chiều", "tối", "chiếm",
    "đạt", "tăng", "giảm", "mới", "người", "do", "bởi", "qua", "lại", "thêm", "ngay", "kêu", "gọi", "phủ",
    "khẳng", "họp", "ký", "cử", "bác", "nêu", "xác", "từng", "khóa", "khoá", "dịp", "đón", "trao", "tặng", "gửi",
    "đưa", "mời", "chào",
  ]

  /// Verbs for what a body does, which start no lower-case rest of its name: `Trung tâm Điều độ hỗ trợ …`.
  static let bodyVerbKeys = Set(
    [
      "hỗ trợ", "kiểm tra", "tổ chức", "triển khai", "đề nghị", "phối hợp", "chỉ đạo", "ban hành", "công bố",
      "thông báo", "xử lý", "thực hiện", "tiếp nhận", "giám sát", "khuyến cáo", "cảnh báo", "đánh giá", "ghi nhận",
      "cấp", "mua", "bán", "chi", "trả", "hoàn thành", "đầu tư", "ký", "lập", "mở", "đóng", "cắt", "huy động",
      "điều chỉnh", "dự báo", "dự kiến", "cho phép", "đề xuất", "quyết định", "chấp thuận", "phê duyệt", "hướng dẫn",
      "tuyển", "đào tạo", "cung cấp", "bảo đảm", "đảm bảo", "tạm dừng", "dừng", "nâng", "hạ", "giữ", "xả", "vận động",
    ].map { Array($0.utf16) })

  /// How a lower-case word may continue an institution's name.
  ///
  /// Vietnamese capitalises only the first syllable of an institution's name words, and news often
  /// leaves whole words of the name in lower case (`Bộ Giao thông vận tải`, `Tòa án nhân dân tối cao`).
  /// Only these words are taken, so the name ends at the first word that is not one (`Bộ Y tế vừa …`).
  enum Tail {
    /// The level or owner of the body, complete after the head itself (`Tòa án nhân dân`, `Viện kiểm sát
    /// nhân dân tối cao`, `Bệnh viện Nhi Trung ương`).
    case qualifier
    /// A noun of the body's field, after a capitalised field word or another tail (`Giao thông vận tải`,
    /// `Y tế dự phòng`, `Kiểm soát bệnh tật`).
    case field
    /// An activity: a field that is also a verb (`Cảnh sát điều tra`), kept only when the name visibly
    /// ends after it (punctuation, a capital, an auxiliary such as `đang`), so `Bộ Công an điều tra vụ
    /// việc` stays `Bộ Công an`.
    case activity
    /// A company's legal form after its head or a field word (`Công ty cổ phần`, `Ngân hàng Thương mại
    /// cổ phần`); it names nothing alone.
    case legalForm
  }

  static let qualifiers: [String] = [
    "nhân dân", "tối cao", "cấp cao", "trung ương", "quốc gia", "nhà nước", "quốc tế", "trong nước", "ngoài nước",
    "chuyên", "toàn quốc", "toàn cầu", "tự do", "cao cấp",
  ]

  /// Bodies whose standards are named by their acronym and number: `ISO 14064`, `TCVN 5574`.
  static let standardKeys = Set(["iso", "iec", "tcvn", "qcvn", "astm", "en", "jis", "gost"].map { Array($0.utf16) })

  /// Brands written all in lower case, names wherever they stand: `vivo X300 Pro`, `realme C75`.
  static let lowerCaseBrandKeys = Set(["vivo", "realme", "itel", "iqoo"].map { Array($0.utf16) })

  /// Companies' legal forms written short with a period: `Meiji Co., Ltd.`, `Apple Inc.`.
  static let abbreviatedFormKeys = Set(["co", "ltd", "inc", "corp"].map { Array($0.utf16) })

  /// Qualifiers of a contest's or an event's reach, which follow its field in lower case: `Olympic Vật
  /// lý quốc tế`.
  static let reachKeys = Set(["quốc tế", "toàn quốc", "toàn cầu"].map { Array($0.utf16) })

  static let fieldNouns: [String] = [
    "vận tải", "dự phòng", "bệnh tật", "đô thị", "đường sắt", "đường bộ", "đường thủy", "đường thuỷ", "nội địa",
    "hàng không", "hàng hải", "dân dụng", "thương binh", "xã hội", "nông thôn", "môi trường", "công nghệ",
    "thông tin", "truyền thông", "du lịch", "thể thao", "dịch tễ", "nhiệt đới", "thị trường", "chứng khoán",
    "công nghiệp", "khu công nghiệp", "kinh tế", "tài chính", "thương mại", "thế giới", "hình sự",
    "ma túy", "ma tuý", "trật tự", "an toàn", "giao thông", "cơ động", "thực phẩm", "dược phẩm", "y tế", "sức khỏe",
    "sức khoẻ", "trẻ em", "dân số", "gia đình", "lao động", "việc làm", "khoa học", "kỹ thuật", "nhân văn",
    "khí tượng", "thủy văn", "thuỷ văn", "tài nguyên", "khoáng sản", "hải quan", "tiền tệ", "tín dụng", "năng lượng",
    "điện lực", "dầu khí", "viễn thông", "bưu chính", "phát thanh", "truyền hình", "báo chí", "xuất bản", "văn hóa",
    "văn hoá", "nghệ thuật", "di sản", "tôn giáo", "dân tộc", "biên giới", "ngoại giao", "hành chính", "tư pháp",
    "pháp luật", "pháp chế", "thi hành án", "dân sự", "đối ngoại", "nội chính", "tuyên giáo", "dân vận",
    "thường vụ", "chấp hành", "hạ tầng", "công trình", "dự án", "nông nghiệp", "lâm nghiệp", "nông lâm nghiệp",
    "thủy sản", "đất đai", "nguồn nhân lực", "nhân lực",
    "thuỷ sản", "thủy lợi", "thuỷ lợi", "nhà ở", "bất động sản", "quy hoạch", "kiến trúc", "thiên tai", "điện",
    "tiếng nói", "phổ thông", "mầm non", "ung bướu", "đa khoa", "tim mạch", "phụ sản", "chấn thương chỉnh hình",
    // Medical specialties of hospitals' departments: `Khoa Ngoại tiết niệu`, `Trung tâm Phẫu thuật robot`.
    "tiết niệu", "tiêu hóa", "tiêu hoá", "thần kinh", "hô hấp", "lồng ngực", "gan mật", "tích cực", "chống độc",
    "sơ sinh", "đột quỵ", "nội soi", "thẩm mỹ", "chẩn đoán hình ảnh", "robot",
    "cháy nổ", "nước ngoài", "chất lượng", "thực vật", "động vật", "phòng thủ", "đê điều", "vũ trụ", "bảo hiểm",
    "nông sản", "chuyên nghiệp", "công cộng", "tài nguyên nước", "lưu ký", "bù trừ",
    "tham nhũng", "tiêu cực", "buôn lậu", "tội phạm", "dịch bệnh",
    // Migration, sport and energy: `Cục Quản lý xuất nhập cảnh`, `Liên đoàn Thể thao dưới nước`.
    "xuất nhập cảnh", "xuất cảnh", "nhập cảnh", "dưới nước", "bền vững", "tái tạo", "chính quyền địa phương",
    // Technology, data, relief and health: `Hiệp hội Phần mềm và Dịch vụ công nghệ thông tin`, `Cục Đổi mới
    // sáng tạo`, `Luật Bảo vệ dữ liệu cá nhân`, `Ban Vận động cứu trợ`, `Hiệp định Phòng chống đại dịch`.
    "công nghệ thông tin", "sáng tạo", "dữ liệu", "dữ liệu cá nhân", "cứu trợ", "đại dịch", "xăng dầu",
    // Education and the arts: `Quỹ Hỗ trợ phát triển điện ảnh`, `Viện Khoa học giáo dục Việt Nam`.
    "giáo dục", "điện ảnh", "âm nhạc", "sân khấu", "mỹ thuật", "nhiếp ảnh", "thể dục",
    // Defence and the police: `Viện Lịch sử quân sự`, `Tổng cục Công nghiệp quốc phòng`, `Bộ đội Biên phòng`.
    "quân sự", "quốc phòng", "an ninh", "cảnh sát", "biên phòng", "phòng không", "không quân", "hậu cần", "công binh",
    "đặc công", "chính trị", "cảnh vệ", "thi hành án hình sự", "phản ứng nhanh",
    // Religion, the Party's mass organisations and culture.
    "thiên nhiên", "tín ngưỡng", "phật giáo", "công giáo", "tin lành", "thanh niên", "phụ nữ", "nông dân",
    "cựu chiến binh",
    "người cao tuổi", "chữ thập đỏ", "khuyến học", "văn học", "lịch sử", "dân tộc học", "ca múa nhạc", "cải lương",
    "kịch nói", "văn nghệ", "di tích",
    // Farming, fishing, the environment and climate.
    // Materials, vehicles, design and quarantine: `Viện Khoa học vật liệu`, `Hiệp hội Công nghiệp ô tô`,
    // `Tổng công ty Tư vấn thiết kế giao thông vận tải`, `Cơ quan Kiểm dịch động thực vật`.
    "vật liệu", "ô tô", "xe máy", "điện tử", "lọc máu", "thiết kế", "động thực vật", "nhân tạo", "thận nhân tạo",
    "hóa chất", "hoá chất",
    "chăn nuôi", "trồng trọt", "thú y", "khuyến nông", "kiểm lâm", "nông lâm", "diêm nghiệp", "khí hậu",
    "biến đổi khí hậu", "đa dạng sinh học", "hải đảo", "ô nhiễm", "địa chất", "đo đạc", "bản đồ", "viễn thám",
    "thủy nông", "thuỷ nông", "giống cây trồng", "thức ăn chăn nuôi",
    // Labour, social insurance and welfare.
    "bảo hiểm y tế", "an sinh", "tiền lương", "người có công", "giảm nghèo", "bảo trợ xã hội", "bình đẳng giới",
    "an toàn lao động", "vệ sinh lao động", "an toàn giao thông", "tổng hợp", "lao động ngoài nước",
    // Transport and infrastructure.
    "cao tốc", "đường cao tốc", "đăng kiểm", "cầu đường", "vận tải biển", "hàng không dân dụng",
    // Sport.
    "thành tích cao", "bóng đá", "điền kinh", "bơi lội", "cờ vua", "quần vợt", "bóng chuyền", "bóng rổ",
    "võ thuật", "huấn luyện",
    // Health.
    "y học cổ truyền", "y dược", "nhi khoa", "sản nhi", "truyền máu", "huyết học", "tâm thần", "da liễu",
    "răng hàm mặt", "tai mũi họng", "nội tiết", "phục hồi chức năng", "pháp y", "cấp cứu", "hồi sức", "dinh dưỡng",
    "an toàn thực phẩm", "sốt rét", "ký sinh trùng", "côn trùng", "bệnh nghề nghiệp", "trang thiết bị",
    // Schools' fields.
    "dịch vụ", "hàng hóa", "hàng hoá", "người tiêu dùng", "bán lẻ", "bán buôn", "sư phạm", "bách khoa", "ngoại ngữ",
    "kinh doanh", "quản trị", "sinh học",
    "hóa học", "hoá học",
    "vật lý",
    "toán học", "tin học",
    // Food safety, boarding schools, retail and old quarters: `Viện Kiểm nghiệm an toàn vệ sinh thực phẩm
    // quốc gia`, `Trường Phổ thông Dân tộc bán trú`, `Ban Quản lý phố cổ Hà Nội`.
    "vệ sinh", "suất ăn", "bán trú", "nội trú", "bán lẻ", "phố cổ", "nông thôn mới", "nghề nghiệp", "thường xuyên",
    "nguyên tử", "tài sản", "ngoại hối", "hành chính công", "dịch vụ công", "công ích", "truyền nhiễm",
    "bệnh truyền nhiễm", "mật mã", "hợp tác",
  ]

  static let activities: [String] = [
    "điều tra", "đầu tư", "xây dựng", "phát triển", "quản lý", "kiểm soát", "phòng chống", "bảo vệ", "chăm sóc",
    "khám chữa bệnh", "khám bệnh", "chữa bệnh", "cứu hộ", "cứu nạn", "giám sát", "kiểm định", "kiểm nghiệm",
    "thẩm định", "đào tạo",
    "nghiên cứu", "xúc tiến", "hỗ trợ", "tư vấn", "khai thác", "vận hành", "phòng cháy", "chữa cháy", "tìm kiếm",
    "mở rộng", "sử dụng", "quá cảnh", "cư trú",
  ]

  static let legalForms: [String] = [
    "cổ phần", "trách nhiệm hữu hạn", "hữu hạn", "một thành viên", "hợp danh", "tnhh", "cp", "mtv", "tmcp",
    // A head's own acronym, which its name follows: `Trường ĐH Sư phạm`, `Trường THPT Chu Văn An`.
    "đh", "cđ", "đhqg", "thpt", "thcs", "ptth",
  ]

  /// After an `activity` tail, these words show that the name ended (`Cơ quan Cảnh sát điều tra đang …`).
  static let auxiliaries: [String] = [
    "đã", "đang", "sẽ", "vừa", "cũng", "không", "chưa", "vẫn", "còn", "đều", "cho", "là", "của", "mới", "thuộc", "được",
  ]

  /// A school's level, after which comes its name (`Trường Tiểu học Kim Đồng`, `Trường Mầm non Hoa Sen`).
  static let schoolLevels: [String] = [
    "tiểu học", "mầm non", "mẫu giáo", "trung học cơ sở", "trung học phổ thông", "phổ thông", "trung học",
  ]
  static let schoolLevelKeys = Set(schoolLevels.map { Array($0.utf16) })

  /// Lower-case words that put a place after an institution (`Công an tỉnh Nghệ An`); they end its name.
  static let placeDesignators: [String] = [
    "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn", "tp", "đặc khu", "vùng",
    // A border gate is the place of the customs and border posts that bear its name.
    "cửa khẩu", "cửa khẩu quốc tế", "cửa khẩu chính",
  ]

  /// Acronyms of places (`TP.HCM`) and of bodies of their own (`HĐND`): an institution's name ends before
  /// them (`Viện Pasteur TP.HCM`, `Ban Kinh tế - Ngân sách HĐND`), where a company's acronym ends it
  /// (`Công ty Chứng khoán SSI`).
  static let placeAcronyms: [String] = ["tp.hcm", "tphcm", "tp", "hcm", "tp.hn"]
  /// Acronyms of bodies of their own and of generic heads (`CLB`, câu lạc bộ), which a place's name
  /// follows as a name of its own (`UBND` + `Lâm Đồng`, `CLB` + `Hà Nội`).
  static let bodyAcronyms: [String] = ["ubnd", "hđnd", "tand", "vksnd", "mttq", "clb"]
  /// Stock exchanges, whose acronym an index's code follows without making one name: `HOSE VN30`.
  static let exchangeKeys = Set(
    ["hose", "hsx", "hnx", "upcom", "nyse", "nasdaq", "sgx", "hkex", "sse", "szse", "lse", "tse", "jpx", "krx"].map {
      Array($0.utf16)
    })
  /// Labels of credits and bylines before a colon, after which a line's capitalised words are a name:
  /// `Ảnh: Hữu Đức`.
  static let creditLabelKeys = Set(
    ["ảnh", "nguồn", "video", "clip", "đồ họa", "đồ hoạ", "thực hiện", "bài", "bài và ảnh", "ảnh minh họa", "tin"]
      .map { Array($0.utf16) })
  /// Function words that are also the first syllable of a given name, which a byline may start with:
  /// `Như Quỳnh`, `Song Thư`.
  static let givenNameFunctionWordKeys = Set(["như", "song"].map { Array($0.utf16) })
  /// Heads of police units, which take the force they belong to (`Phòng Cảnh sát hình sự Công an tỉnh
  /// Bắc Ninh`).
  static let policeUnitHeadKeys = Set(["phòng", "đội", "cơ quan", "trại tạm giam"].map { Array($0.utf16) })
  static let côngAn = Array("công an".utf16)
  /// Acronyms of state bodies, which take the place after its unit word (`UBND xã Tân Lập`).
  static let designatedBodyAcronymKeys = Set(bodyAcronyms.filter { $0 != "clb" }.map { Array($0.utf16) })
  /// Courts and procuracies, whose level follows their acronym (`TAND tối cao`, `VKSND cấp cao`).
  static let levelledBodyAcronymKeys = Set(["tand", "vksnd"].map { Array($0.utf16) })
  static let levelKeys = Set(["tối cao", "cấp cao"].map { Array($0.utf16) })
  /// Acronyms of titles, which a person's name follows (`HLV Park Hang-seo`, `CEO Tim Cook`).
  static let titleAcronyms: [String] = [
    "hlv", "ceo", "cfo", "cto", "gs", "pgs", "ts", "ths", "bs", "ks", "nsnd", "nsưt", "ntk",
  ]

  /// Academic and professional titles written short before a name (`TS. Lê Văn An`, `PGS.TS.`,
  /// `TS.BS.`): titles, not names.
  static let academicTitles: [String] = [
    "gs", "pgs", "ts", "ths", "tskh", "bs", "ks", "ds", "ls", "ncs", "ck", "cki", "ckii", "bscki", "bsckii",
  ]

  /// Acronyms of common nouns, which are no names.
  ///
  /// News writes them for the article's own subjects: `BTC` (ban tổ chức, the organisers), `HĐXX` (hội
  /// đồng xét xử, the bench), `NĐT` (nhà đầu tư, investors), `NVCC` and `BVCC` (nhân vật, bệnh viện
  /// cung cấp: a photo supplied by the subject, by the hospital), `SN` (sinh năm, born in).
  static let commonAcronyms: [String] = [
    "btc", "hđxx", "hđqt", "đhđcđ", "nđt", "ctv", "nvcc", "bvcc", "sn",
    // Medals and athletes: huy chương vàng, bạc, đồng; vận động viên.
    "hcv", "hcb", "hcđ", "vđv",
    // Gases measured in the air.
    "co2", "so2", "no2", "ch4", "nh3", "h2s",
  ]
  /// Words that join the items of a series after a number: `Nhơn Trạch 3 và Nhơn Trạch 4`.
  static let seriesJoinerKeys = Set(["và", "hay", "hoặc", "cùng"].map { Array($0.utf16) })
  /// Acronyms of a kind of body or zone that its name follows, one name with it: `NXB Kim Đồng` (nhà xuất
  /// bản, a publisher), `NXB Hội Nhà văn`, `KCN Bình Xuyên` (khu công nghiệp, an industrial park), `KCN Sông
  /// Lô 2`, `KKT Vân Phong` (khu kinh tế), `CCN Đồng Văn` (cụm công nghiệp), `KCX Tân Thuận` (khu chế xuất).
  static let headAcronymKeys = Set(["nxb", "kcn", "kkt", "ccn", "kcx", "kcnc"].map { Array($0.utf16) })

  /// Classifiers and nouns that count what a number before them numbers (`27 nước`, `3 ca`, `5 năm`):
  /// such a number is a count, no part of the acronym before it (`EU 27 nước` is no `EU 27`).
  static let countNouns: [String] = [
    "người", "nước", "quốc", "thành", "tỉnh", "đội", "ca", "chiếc", "con", "cái", "lần", "năm", "ngày", "tháng",
    "tuần", "quý", "giờ", "phút", "giây", "điểm", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "bàn", "trận",
    "đơn", "doanh", "dự", "cơ", "trường", "bệnh", "học", "sinh", "mẫu", "loại", "lô", "tấn", "đồng", "căn", "hộ",
    "km", "m", "ha", "lượt", "vụ", "khu", "nhà", "phòng", "bộ", "cuộc", "bài", "chuyến", "xe", "tàu", "máy", "sao",
    "cấp", "hạng", "mức", "bậc", "độ", "tầng", "lớp", "gói", "suất", "vòng",
    // Ages and a machine's parts: `H'Mông 22 tuổi`, `Infinity 12 loa`, `RISC-V 32 bit`, `Yamaha 40 mã lực`.
    "tuổi", "loa", "bit", "van", "mã", "chỗ", "lít", "nhân", "luồng", "cửa", "cổng", "camera",
  ]
  static let countNounKeys = Set(countNouns.map { Array($0.utf16) })

  /// Units and times written glued to their number (`5km`, `15h`, `30p`, `500k`): no model code.
  static let gluedUnits: [String] = [
    "h", "p", "m", "g", "k", "s", "km", "kg", "cm", "mm", "mg", "ml", "ha", "gb", "mb", "tb", "hz", "kw", "mw", "am",
    "pm", "st", "nd", "rd", "th",
  ]
  static let gluedUnitKeys = Set(gluedUnits.map { Array($0.utf16) })

  /// Units, which are measures after a number (`256 GB`, `6,9 inch`), not names; currency codes come
  /// from CLDR (`LocaleData.currencyCodes`).
  static let units: [String] = [
    "kb", "mb", "gb", "tb", "ghz", "mhz", "hz", "kw", "kwh", "mw", "mwh", "gw", "gwh", "mah", "inch", "mm", "cm", "km",
    "kg", "mg", "ml", "kv", "kva", "mva", "khz", "teu", "dwt", "db", "kbps", "mbps", "gbps",
  ]
  /// Currencies news names without an amount, which are measures wherever they stand.
  ///
  /// `đồng USD mạnh lên`, `tỷ giá EUR/VND`. Any other CLDR code is one only beside a number (`50 triệu
  /// GMD`), for it is also a ticker or a company's acronym (`GMD`, `AMD`, `BHD Star`).
  static let quotedCurrencyKeys = Set(
    [
      "usd", "eur", "vnd", "jpy", "cny", "rmb", "gbp", "krw", "thb", "sgd", "aud", "cad", "chf", "hkd", "inr", "rub",
      "twd", "myr", "idr", "php", "lak", "khr", "nzd", "sek", "nok", "dkk", "brl", "mxn", "try", "aed", "sar", "zar",
      "uah", "pln", "ars", "egp", "ils", "qar", "kwd", "pkr", "bdt", "mmk", "usdt",
    ].map { Array($0.utf16) })
  /// Number words between a number and its unit: `1,6 triệu TEU`.
  static let numberWordKeys = Set(["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn"].map { Array($0.utf16) })

  /// Lower-case particles inside foreign names (`Jean de la Fontaine`, `Bank of China`).
  ///
  /// The ambiguous ones are also Vietnamese words (`do`, `da`, `la`), and join a name only
  /// before a word that cannot be a Vietnamese syllable (`Estádio do Dragão`, not `Samsung do Hàn Quốc`).
  static let particles: [String] = [
    "de", "del", "della", "der", "den", "des", "von", "of", "and", "dos", "das", "du", "le", "y", "bin", "ibn", "bint",
    "ter", "ten", "los", "las", "el", "al", "ng", "por", "pour", "para", "per", "for", "the", "sur", "et", "für",
  ]
  static let ambiguousParticles: [String] = ["do", "da", "di", "la", "van", "in"]

  /// Kinds of work whose title follows in quotation marks (`bộ phim "Mùa hè chiều thẳng đứng"`, `ca
  /// khúc "Dòng sông"`): the quoted title is a name.
  static let workNouns: [String] = [
    "phim", "khúc", "hát", "sách", "thuyết", "phẩm", "kịch", "album", "truyện", "thơ", "vở", "đĩa", "tranh",
    "show", "game", "series", "ảnh", "nhạc", "liveshow", "mv", "podcast",
    // Programmes, events and exhibitions with a title: `chương trình "Mái ấm sau lũ"`, `hội thảo "…"`,
    // `triển lãm "…"`, `chuyên đề "…"`, `học bổng "…"`, `dự án "…"`, `bộ sưu tập "…"`, `khẩu hiệu "…"`.
    "trình", "thảo", "lãm", "đề", "tour", "bổng", "án", "tập", "hiệu", "mục", "hit", "cuốn",
  ]
  static let workNounKeys = Set(workNouns.map { Array($0.utf16) })

  /// Words before a quotation that make it no title: a crime's name (`về tội "Lừa đảo…"`), words
  /// written on something (`in chữ "…"`, `biểu ngữ "…"`), a rating (`triển vọng "Ổn định"`, `mức "…"`),
  /// and words of saying before what was said (`nói "…"`, `rằng "…"`, `thông báo "…"`).
  static let notTitleBeforeQuoteKeys = Set(
    [
      "tội", "chữ", "ngữ", "vọng", "mức", "nói", "rằng", "hỏi", "đáp", "hô", "hét", "nhắn", "viết", "ghi", "dặn",
      "khuyên", "bảo", "thốt", "kêu", "gọi", "nhận", "xét", "bình", "luận", "câu", "báo",
    ].map { Array($0.utf16) })

  /// First words of a quotation that make it speech, not a title: `"Chúng tôi đã chơi đúng chiến thuật"`.
  static let speechOpenerKeys = Set(
    ["tôi", "chúng", "mình", "ta", "đây", "đó", "chắc", "không", "hãy", "xin", "cảm", "nếu", "vì", "khi"].map {
      Array($0.utf16)
    })

  /// Words after a word for a kind of work that the work's title in quotation marks may follow: `truyện
  /// ngắn "…"`, `album đầu tay "…"`, `phim tài liệu "…"`, `tour đêm "…"`, `triển lãm ảnh "…"`.
  static let workModifierKeys = Set(
    ["ngắn", "đầu", "tay", "tài", "liệu", "đêm", "mới", "ảnh", "nhạc", "dài", "truyện", "thơ", "nghệ", "thuật"].map {
      Array($0.utf16)
    })

  /// English nouns that complete a name after an acronym (`ASEAN Cup`, `UEFA Champions League`, `Hà Nội
  /// FC`): an acronym otherwise stands alone, unless a model code follows it (`OPPO Find X8`).
  static let nameNouns: [String] = [
    "cup", "league", "open", "tour", "index", "composite", "futures", "pro", "max", "plus", "ultra", "air", "mini",
    "series",
    "club", "group", "bank", "care", "mobile", "awards", "games", "championship", "championships", "fc", "tv",
    "research", "capital", "securities", "holdings", "airlines", "airways", "motors", "electronics", "foods",
    "energy", "entertainment", "studios", "media", "shop", "store",
    // English nouns of bodies, events, places and prizes: `ASEAN Undergraduate Scholarship`, `BRG Kings
    // Island`, `Singapore Ladies Amateur`, `China Daily`.
    "amateur", "masters", "classic", "scholarship", "scholarships", "award", "prize", "trophy", "festival", "expo",
    "summit", "forum", "week", "marathon", "university", "institute", "college", "school", "academy", "centre",
    "center", "foundation", "association", "federation", "council", "agency", "company", "corporation", "limited",
    "partners", "ventures", "labs", "technologies", "technology", "systems", "solutions", "services", "logistics",
    "resort", "island", "hotel", "tower", "park", "mall", "plaza", "star", "cinema", "cinemas", "daily", "times",
    "post", "news", "today", "magazine", "records", "pictures", "airport", "port", "stadium", "arena", "hospital",
    "international", "challenger", "invitational",
  ]

  /// Lower-case words before a region's name: `châu Á`, `phương Tây`, `miền Trung`.
  ///
  /// All but `châu` need a compass word after them. `phía` (side) starts none: `phía Bắc` gives `Bắc`,
  /// as the tuning sets list it, and `phía Nga` gives `Nga`.
  static let regionWords: [String] = ["châu", "phương", "miền"]
  static let compassWords: [String] = ["bắc", "nam", "đông", "tây", "trung"]

  /// Loanwords written as common nouns that can open a sentence (`Video ghi lại …`); any other word that
  /// cannot be a Vietnamese syllable is read as a foreign name there (`Kremlin đã bác bỏ …`).
  static let loanwords: [String] = [
    "video", "clip", "camera", "taxi", "container", "internet", "email", "website", "fanpage", "livestream",
    "virus", "vaccine", "metro", "robot", "smartphone", "laptop", "startup", "marketing", "visa", "gas", "karaoke",
    "game", "tour", "showroom", "resort", "festival", "album", "show", "mini", "radio", "piano", "guitar", "logo",
    "slogan", "idol", "fan", "online", "offline", "app", "selfie", "ok", "blog", "vlog", "stress", "gym", "spa",
    "menu", "cafe", "bar", "club", "test", "hacker", "voucher", "drone", "ticket", "tivi", "trailer",
    "sale", "block", "chip", "server", "data", "pixel", "digital", "media", "model", "poster", "studio",
    "rapper", "diva", "streamer", "youtuber", "tiktoker", "vlogger", "influencer", "fintech", "chatbot",
    "deepfake", "sandbox", "concert", "libero", "vedette", "x-quang", "k-pop", "ê-kíp", "tuabin", "pate", "booking",
    "fashion", "show-room", "collection", "outfit", "makeup", "catwalk", "runway", "trend", "hashtag",
  ]

  /// Ranks written capitalised after `giải` (prize) or `hạng` (class): `giải Nhất`, `hạng Ba`.
  static let ranks: [String] = ["nhất", "nhì", "ba", "tư", "khuyến khích", "đặc biệt"]
  static let rankKeys = Set(ranks.map { Array($0.utf16) })
  static let rankNouns: [String] = ["giải", "hạng"]
  static let rankNounKeys = Set(rankNouns.map { Array($0.utf16) })

  /// The weekday numerals written after `thứ` (`thứ Hai` … `thứ Bảy`).
  static let weekdays: [String] = ["hai", "ba", "tư", "năm", "sáu", "bảy"]
  /// The month names written capitalised after `tháng` (`tháng Giêng`, `tháng Tám`, `tháng Chạp`).
  static let months: [String] = [
    "giêng", "một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "chạp",
  ]

  /// Capitalised words that are parts of a legal text before its number (`Điều 174`, `khoản 4 Điều 2`):
  /// not names.
  static let articleWords: [String] = ["điều", "khoản", "mục", "chương"]
  static let articleWordKeys = Set(articleWords.map { Array($0.utf16) })

  /// Words for a person whose name the article gives as an initial alone (`bà H.`, `bệnh nhân T.`): the
  /// initial is that person's name.
  static let personNouns: [String] = [
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "bé", "cụ", "bệnh nhân", "bệnh nhi", "nạn nhân",
    "nghi phạm", "bị cáo", "bị can", "đối tượng", "sản phụ", "học sinh", "nữ sinh", "nam sinh",
  ]
  static let personNounKeys = Set(personNouns.map { Array($0.utf16) })
  /// The years of the sexagenary cycle, a heavenly stem and an earthly branch: `Bính Ngọ`, `Đinh Mùi`.
  static let cycleYearKeys = Set(
    ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"].flatMap { stem in
      ["tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"].map { branch in
        Array("\(stem) \(branch)".utf16)
      }
    })
  /// Two-syllable words for a person's role before a body's name and the person's: `quan chức Hamas
  /// Bassem al-Najjar`, `tiền đạo Inter Miami Luis Suárez`.
  static let roleNounKeys = Set(
    [
      "quan chức", "thủ lĩnh", "lãnh đạo", "chỉ huy", "đại diện", "thành viên", "chuyên gia", "tiền đạo",
      "tiền vệ", "hậu vệ", "thủ môn", "cầu thủ", "ngôi sao", "nhà báo", "phóng viên", "nhà sáng lập",
    ].map { Array($0.utf16) })

  /// Lower-case geographic nouns after a compass word that make a region's name: `Bắc bán cầu`.
  static let compassNouns: [String] = ["bán cầu"]
  static let compassNounKeys = Set(compassNouns.map { Array($0.utf16) })

  /// Countries, which are never split (`Bồ Đào Nha`, not `Bồ` + `Đào Nha`).
  ///
  /// Their short forms that often stand right before a person's name, places that start with one, kept
  /// whole (`Mỹ Latinh`), and every country and region CLDR names in Vietnamese
  /// (`LocaleData.vietnameseRegionNames`).
  static let countries: [String] =
    shortCountries
    + LocaleData.vietnameseRegionNames.filter { name in
      !name.contains { "(),&’'".contains($0) } && name.split(separator: " ").count <= longestCountry
    }.map { $0.lowercased() }
  /// The longest country name the detector looks up, in words.
  static let longestCountry = 4
  static let shortCountries: [String] = [
    "mỹ latinh",
    "mỹ", "nga", "trung quốc", "nhật bản", "hàn quốc", "triều tiên", "ukraine", "pháp", "đức", "anh", "ấn độ", "úc",
    "israel", "iran", "thái lan", "campuchia", "lào", "việt nam", "singapore", "indonesia", "malaysia",
    "philippines", "ý", "tây ban nha", "canada", "brazil", "argentina", "mexico", "thổ nhĩ kỳ", "ai cập", "hà lan",
    "bỉ", "thụy điển", "thuỵ điển", "na uy", "ba lan", "belarus", "syria", "iraq", "afghanistan", "pakistan",
    "qatar", "đài loan", "myanmar", "venezuela", "cuba", "hungary", "serbia", "bồ đào nha", "palestine", "liban",
    "jordan", "ả rập xê út", "nam phi", "nigeria", "kenya", "new zealand", "thụy sĩ", "thuỵ sĩ", "áo", "hy lạp",
    "bolivia", "zimbabwe", "chile", "peru", "colombia", "ecuador", "uruguay", "paraguay", "nepal", "bangladesh",
    "sri lanka", "mông cổ", "kazakhstan", "uzbekistan", "ethiopia", "sudan", "libya", "tunisia", "algeria", "maroc",
    "ghana", "senegal", "angola", "mozambique", "tanzania", "uganda", "rwanda", "congo", "cameroon", "zambia",
    "brunei", "đông timor", "phần lan", "đan mạch", "ireland", "iceland", "estonia", "latvia", "litva", "slovakia",
    "slovenia", "croatia", "romania", "bulgaria", "moldova", "gruzia", "armenia", "azerbaijan", "kuwait", "oman",
    "yemen", "bahrain", "séc", "lebanon", "li-băng", "hoa kỳ", "scotland", "xứ wales", "cabo verde", "cộng hòa séc",
    "bờ biển ngà", "mali", "niger", "burkina faso", "guinea", "togo", "benin", "gabon",
    // World regions named like countries: `Nam Mỹ`, `Tây Phi`, `Trung Đông`.
    "nam mỹ", "bắc mỹ", "trung mỹ", "đông âu", "tây âu", "bắc âu", "nam âu", "trung âu", "đông phi", "tây phi",
    "bắc phi", "trung phi", "nam á", "đông á", "tây á", "trung á", "bắc á", "đông nam á", "trung đông",
  ]

  /// Vietnam's provinces and centrally run cities, those before the 2025 reorganisation (which kept 34
  /// of their names) and the short forms news uses (`Huế`, `Sài Gòn`, `Vũng Tàu`), with the special
  /// zones: a gazetteer.
  ///
  /// An acronym before one is a branch or a club, one name (`BIDV Cần Thơ`); a dash between two joins
  /// two names, a route or a match, never one institution's (`Công an Hà Nội - Hải Phòng`).
  static let provinces: [String] = [
    "hà nội", "hồ chí minh", "sài gòn", "hải phòng", "đà nẵng", "cần thơ", "huế", "thừa thiên huế", "an giang",
    "vũng tàu", "bắc giang", "bắc kạn", "bạc liêu", "bắc ninh", "bến tre", "bình định",
    "bình dương", "bình phước", "bình thuận", "cà mau", "cao bằng", "đắk lắk", "đắk nông", "điện biên", "đồng nai",
    "đồng tháp", "gia lai", "hà giang", "hà nam", "hà tĩnh", "hải dương", "hậu giang", "hòa bình", "hoà bình",
    "hưng yên", "khánh hòa", "khánh hoà", "kiên giang", "kon tum", "lai châu", "lâm đồng", "lạng sơn", "lào cai",
    "long an", "nam định", "nghệ an", "ninh bình", "ninh thuận", "phú thọ", "phú yên", "quảng bình", "quảng nam",
    "quảng ngãi", "quảng ninh", "quảng trị", "sóc trăng", "sơn la", "tây ninh", "thái bình", "thái nguyên",
    "thanh hóa", "thanh hoá", "tiền giang", "trà vinh", "tuyên quang", "vĩnh long", "vĩnh phúc", "yên bái",
    // The special zones (đặc khu) of 2025, islands most of them, and the Trường Sơn range: places whose
    // first syllable may be a head's (`Trường`) that bodies are named after (`Nghĩa trang liệt sĩ quốc gia
    // Trường Sơn`).
    "trường sa", "hoàng sa", "côn đảo", "phú quốc", "vân đồn", "cô tô", "lý sơn", "phú quý", "bạch long vĩ",
    "cát hải", "kiên hải", "thổ châu", "cồn cỏ", "trường sơn",
    // A city whose first syllable is a head's (`Hội`): `Phố cổ Hội An`.
    "hội an",
  ]
  static let provinceKeys = Set(provinces.map { Array($0.utf16) })
  /// The longest province name the detector looks up after an acronym, in words.
  static let longestProvince = provinces.map { $0.split(separator: " ").count }.max() ?? 1

  /// Common surnames (Vietnamese, and a few Korean and Chinese ones written the same way).
  static let surnames: [String] = [
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
    "dương", "lý", "đinh", "đoàn", "trịnh", "lương", "kim", "park", "lee", "choi", "tập", "vương", "lưu",
    "uông", "trương", "tần", "chu", "mao", "triệu", "đào", "tạ", "tô", "quách", "phùng", "lại", "khúc", "nông",
    "tống", "doãn", "hứa", "khổng", "mạc", "đàm", "nghiêm", "cù", "lục",
    // Rarer ones, none the first syllable of a province nor a common given name (`Hà`, `Cao`, `Thái`,
    // `Kiều`, `Diệp` are left out: `Sở Y tế Hà Nội`, `Mai Kiều Liên` must not be cut).
    "ngọ", "khuất", "lò", "quàng", "bế", "hầu", "sầm", "giáp", "tiêu",
  ]

  /// Common foreign given names, which start a foreign person's name after a body's or a country's.
  ///
  /// English, French, German, Spanish, Portuguese, Italian, Arabic, Russian, Japanese and others, written
  /// for songngu from general knowledge (no list copied; CC0 like `vi-words.txt`). A run that has taken an organisation's or a country's name before such a name and
  /// two or more foreign words is cut there: `Thượng viện Thomas Whitcomb`, `Hamas Khalil Abu Samra`.
  static let foreignGivenNames: [String] = [
    "tim", "elon", "sam", "satya", "sundar", "jeff", "bill", "steve", "joão", "joao",
    "aaron", "abdul", "abdulaziz", "abdullah", "abigail", "adam", "ahmed", "aisha", "alan", "albert", "alejandro",
    "alexander", "alexei", "alexey", "alexis", "ali", "alice", "amanda", "amber", "amy", "andrea", "andrei",
    "andres", "andrew", "andrés", "angela", "ann", "anna", "anthony", "antonio", "anwar", "arthur", "ashley",
    "austin", "ayman", "barbara", "benjamin", "betty", "beverly", "bilal", "billy", "bobby", "boris", "bradley",
    "brandon", "brenda", "brian", "brittany", "bruce", "bryan", "carl", "carlos", "carol", "carolyn", "catherine",
    "charles", "cheryl", "christian", "christina", "christine", "christopher", "cristiano", "cynthia", "daniel",
    "danielle", "david", "deborah", "debra", "denise", "dennis", "diana", "diane", "diego", "dmitri", "dmitry",
    "donald", "donna", "doris", "dorothy", "douglas", "dylan", "edward", "elizabeth", "emily", "emma", "emmanuel",
    "eric", "erling", "ethan", "eugene", "evelyn", "fahd", "faisal", "fatima", "fernando", "frank", "frank-walter",
    "françois", "friedrich", "fumio", "gabriel", "gary", "george", "gerald", "giorgia", "giovanni", "giuseppe",
    "gloria", "grace", "gregory", "gustavo", "hamad", "hamza", "hannah", "hans", "harold", "harry", "hassan",
    "heather", "helen", "henry", "hiroshi", "hussein", "ibrahim", "igor", "isaac", "ivan", "jack", "jacob",
    "jacqueline", "jacques", "jamal", "james", "jane", "janet", "janice", "jason", "javier", "jean", "jean-pierre",
    "jeffrey", "jennifer", "jeremy", "jerry", "jesse", "jessica", "joan", "joe", "john", "johnny", "jonathan",
    "jordan", "jorge", "jose", "joseph", "joshua", "josé", "joyce", "juan", "judith", "judy", "julia", "julie",
    "justin", "karen", "karim", "katherine", "kathleen", "kathryn", "kayla", "keith", "kelly", "kenji", "kenneth",
    "kevin", "khalid", "khalil", "kimberly", "klaus", "kyle", "kylian", "larry", "laura", "lauren", "lawrence",
    "layla", "linda", "lionel", "lisa", "logan", "lori", "louis", "luca", "luis", "luka", "lula", "madison",
    "mahmoud", "majid", "manuel", "marco", "margaret", "maria", "mariam", "marie", "marilyn", "marine", "mario",
    "marion", "mark", "martha", "mary", "matteo", "matthew", "megan", "melissa", "michael", "michel", "michelle",
    "miguel", "mikhail", "mohamed", "mohammed", "muhammad", "mustafa", "nabil", "nancy", "narendra", "nasser",
    "natalia", "natalie", "nathan", "nicholas", "nicolas", "nicole", "nikolai", "noah", "olaf", "oleg", "olena",
    "olga", "olivia", "olivier", "omar", "pablo", "pamela", "patricia", "patrick", "paul", "pedro", "peter",
    "philip", "philippe", "pierre", "rachel", "rafael", "rahul", "ralph", "randy", "rashid", "rebecca", "recep",
    "ricardo", "richard", "robert", "roger", "ronald", "rose", "roy", "russell", "ruth", "ryan", "saeed", "salman",
    "samantha", "samir", "samuel", "sanae", "sandra", "sara", "sarah", "scott", "sean", "sergei", "sergey",
    "sergio", "sharon", "shigeru", "shinzo", "shirley", "sophia", "stephanie", "stephen", "steven", "sultan",
    "susan", "svetlana", "takeshi", "tamim", "tariq", "taro", "tatiana", "tayyip", "teresa", "terry", "theresa",
    "thomas", "timothy", "tyler", "ursula", "victoria", "viktor", "vincent", "virginia", "vladimir", "volodymyr",
    "walid", "walter", "wayne", "william", "willie", "wolfgang", "yair", "yasmin", "yoshihide",
    "youssef", "yuki", "yuri", "yusuf", "zachary", "zayed",
    // Spanish, Portuguese and French names as they are written, with their accents.
    "lucía", "maría", "otávio", "sérgio", "ramón", "inês", "óscar", "álvaro", "héctor", "rubén", "martín",
    "agustín", "sebastián", "nicolás", "tomás", "raúl", "jesús", "ángel", "sofía", "joaquín", "iván", "julián",
    "adrián", "gonçalo", "andré", "rené", "hélène", "jérôme", "frédéric", "étienne", "mónica", "verónica",
    "matías", "elías", "fátima", "beatriz", "carmen", "valentina", "camila", "gabriela", "fernanda", "mateo",
    // West African names.
    "ibrahima", "mamadou", "moussa", "amadou", "ousmane", "abdoulaye", "cheikh", "aminata", "fatoumata",
    "souleymane", "oumar", "sékou",
    // South Asian names.
    "ayesha", "imran", "nawaz", "shehbaz", "bilawal", "maryam", "asif", "priya", "sunita", "amit", "anil",
    "arvind", "rajesh", "suresh", "sanjay", "vijay", "ravi", "sunil", "deepak", "manoj", "pooja", "anjali",
    "aditya", "arjun", "rohit", "vikram", "sheikh", "zulfiqar", "benazir", "nirmala", "subrahmanyam",
    // More first names common in world news, by language (the project's own list).
    "abdel", "abdelmadjid", "abiy", "adnan", "agnieszka", "ahmad", "alassane", "alberto", "alessandro", "alessia",
    "amina", "amir", "ana", "anastasia", "anatoly", "anders", "andrey", "andriy", "andrzej", "anita", "anja",
    "annalena", "antoine", "anura", "anutin", "artem", "astrid", "ayesha", "bassirou", "bruno", "camille", "carolina",
    "chadchart", "chiara", "chloé", "claire", "claudia", "cyril", "céline", "davide", "denis", "dieter", "dina",
    "diogo", "dmytro", "duarte", "ebrahim", "eduardo", "ekaterina", "elena", "emmerson", "emomali", "enzo", "erik",
    "ewa", "fadi", "fatemeh", "fattah", "federica", "federico", "felipe", "felix", "ferdinand", "finn", "florian",
    "francesca", "francesco", "félix", "giulia", "guilherme", "guillaume", "hakainde", "hakan", "hala", "hamid",
    "hani", "hassanal", "henrik", "hossein", "humza", "ilham", "ingrid", "irina", "isabelle", "ismail",
    "jacinda", "jean-luc", "jens", "jerome", "joana", "johannes", "joko", "jonas", "juliana", "julien", "jörg",
    "jürgen", "kaio", "kais", "kaja", "kamala", "kamran", "karan", "katarzyna", "katrin", "kavita", "keir", "kemi",
    "khadija", "kirill", "kittipong", "krzysztof", "larissa", "lars", "laurent", "leila", "lena", "leonor", "letícia",
    "lina", "lorenzo", "luiz", "lukas", "luís", "léa", "macky", "mahamat", "manon", "marcelo", "marek", "mariana",
    "mariya", "markus", "martina", "masoud", "mathieu", "maxim", "mehdi", "mette", "michał", "mohammad", "monika",
    "moritz", "nadia", "natalya", "nathalie", "nayib", "neha", "nigel", "nikhil", "niklas", "nikol", "nikolay",
    "nils", "niran", "nour", "nuno", "oksana", "paetongtarn", "pavel", "paweł", "petr", "petra", "petteri", "pichai",
    "piotr", "prabowo", "prayut", "pushpa", "rafaela", "rakesh", "rami", "rania", "ranil", "reza", "riccardo", "rita",
    "roberta", "rodrigo", "rohan", "rui", "sabine", "sadiq", "sadyr", "salma", "samer", "samia", "sandrine",
    "sanjeev", "sebastian", "serdar", "shavkat", "simone", "somchai", "somsak", "sonexay", "srettha", "stefan",
    "supachai", "sven", "sylvie", "tarek", "thaksin", "tharman", "thiago", "thierry", "thongloun", "tiago", "tino",
    "tobias", "tomasz", "tshering", "ulf", "ulrike", "usman", "uwe", "vivek", "vítor", "wichai", "xanana", "xiomara",
    "yahya", "yasser", "yevgeny", "yingluck", "yolanda", "yoweri", "yulia", "yvette", "zahra", "zainab", "ziad",
    "édouard", "élisabeth",
  ]
  static let foreignGivenNameKeys = Set(foreignGivenNames.map { Array($0.utf16) })

  /// Korean surnames as news romanises them, which come before a hyphenated given name (`Kang Ji-won`).
  static let koreanSurnameKeys = Set(
    [
      "kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun",
      "jang", "chang", "lim", "im", "han", "oh", "seo", "suh", "shin", "sin", "kwon", "hwang", "ahn", "an", "song",
      "yoo", "yu", "hong", "jeon", "jun", "ko", "go", "moon", "mun", "yang", "son", "bae", "baek", "paik", "heo",
      "nam", "noh", "roh", "ha", "kwak", "sung", "cha", "joo", "ju", "woo", "min", "ryu", "na", "jin", "chae",
      "won", "cheon", "bang", "gong", "kong", "hyun", "ham", "byun", "yeom", "yeo", "chu", "choo", "do", "seok",
      "sohn", "ma", "gil", "yeon", "pyo", "myung", "ki", "ban", "ra", "wang", "geum", "ok", "yook", "maeng", "tak",
      "eun", "ye", "kyung", "bong", "sa", "hwangbo", "namgung", "jegal",
    ].map { Array($0.utf16) })

  /// Baptismal names, which Catholics write before their surname as part of their name (`Linh mục Giuse
  /// Nguyễn Văn An`, `Tổng Giám mục Phêrô Trần Văn B`): no name of its own before a surname.
  static let baptismalNames: [String] = [
    "giuse", "phêrô", "phaolô", "gioan", "giacôbê", "anrê", "tôma", "matthêu", "máccô", "luca", "philipphê",
    "batôlômêô", "đaminh", "phanxicô", "antôn", "vinhsơn", "micae", "raphaen", "gioakim", "têrêsa", "maria", "anna",
    "anê", "cêcilia", "mácta", "catarina", "lucia", "rôsa", "augustinô", "inhaxiô", "giêrônimô", "stêphanô",
    "lôrensô", "martinô", "tađêô", "bênađô", "anphongsô", "clêmentê", "giuliô", "phêrônia", "isave", "gioanna",
  ]
  static let baptismalNameKeys = Set(baptismalNames.map { Array($0.utf16) })

  /// Every title and institution phrase, keyed by its lower-case UTF-16 units.
  static let phrases: [[UInt16]: Phrase] = {
    var result: [[UInt16]: Phrase] = [:]
    func add(_ phrase: String, _ kind: CandidateKind, _ absorbs: Absorbs) {
      let capitals = phrase.split(separator: " ").dropFirst().map { $0.first?.isUppercase ?? false }
      result[Array(phrase.lowercased().utf16)] = Phrase(kind: kind, absorbs: absorbs, capitals: capitals)
    }
    for (phrase, absorbs) in titles { add(phrase, .title, absorbs) }
    for (phrase, absorbs) in institutions { add(phrase, .institution, absorbs) }
    for phrase in stateForms + competitionForms { add(phrase, .name, .name) }
    return result
  }()

  /// The tails, keyed by their lower-case UTF-16 units.
  static let tails: [[UInt16]: Tail] = {
    var result: [[UInt16]: Tail] = [:]
    for (words, tail) in [
      (fieldNouns, Tail.field), (activities, .activity), (legalForms, .legalForm), (qualifiers, .qualifier),
    ] {
      for word in words { result[Array(word.utf16)] = tail }
    }
    return result
  }()
  /// The longest tail, in words.
  static let longestTail: Int = tails.keys.map { key in key.filter { $0 == 0x20 }.count + 1 }.max() ?? 1

  static let ignoredKeys = Set(ignored.map { Array($0.utf16) })
  /// Every phrase's and ignored phrase's beginnings shorter than itself, in whole words (`tổng`, `tổng
  /// bí` for `tổng bí thư`): a key is grown a word at a time only while it is one.
  static let phrasePrefixKeys = prefixKeys(Array(titles.keys) + Array(institutions.keys) + ignored + stateForms)
  static let tailPrefixKeys = prefixKeys(fieldNouns + activities + legalForms + qualifiers)
  /// The first words of countries of several words (`đài` of `đài loan`).
  static let countryFirstWordKeys = Set(
    countries.filter { $0.contains(" ") }.map { Array(($0.split(separator: " ").first.map(String.init) ?? $0).utf16) })

  static func prefixKeys(_ phrases: [String]) -> Set<[UInt16]> {
    var result = Set<[UInt16]>()
    for phrase in phrases {
      let words = phrase.lowercased().split(separator: " ")
      for count in stride(from: 1, to: words.count, by: 1) {
        result.insert(Array(words.prefix(count).joined(separator: " ").utf16))
      }
    }
    return result
  }
  /// The first words of the phrases and ignored phrases: most capitalised words are none, and are
  /// looked up once.
  static let firstWordKeys = Set(
    (Array(titles.keys) + Array(institutions.keys) + ignored + stateForms).map {
      Array(($0.split(separator: " ").first.map(String.init) ?? $0).lowercased().utf16)
    })
  static let starterKeys = Set(sentenceStarters.map { Array($0.utf16) })
  static let stopKeys = Set(stopWords.map { Array($0.utf16) })
  static let weekdayKeys = Set(weekdays.map { Array($0.utf16) })
  static let monthKeys = Set(months.map { Array($0.utf16) })
  static let countryKeys = Set(countries.map { Array($0.utf16) })
  static let surnameKeys = Set(surnames.map { Array($0.utf16) })
  static let auxiliaryKeys = Set(auxiliaries.map { Array($0.utf16) })
  static let placeDesignatorKeys = Set(placeDesignators.map { Array($0.utf16) })
  static let placeAcronymKeys = Set(placeAcronyms.map { Array($0.utf16) })
  static let standaloneAcronymKeys = Set((placeAcronyms + bodyAcronyms + titleAcronyms).map { Array($0.utf16) })
  /// Currency codes (`USD`, `EUR`, `VND`) and units (`GB`), which are measures, not names.
  static let currencyKeys = Set(LocaleData.currencyCodes.map { Array($0.lowercased().utf16) })
  static let unitKeys = Set(units.map { Array($0.utf16) })
  static let academicTitleKeys = Set(academicTitles.map { Array($0.utf16) })
  static let commonAcronymKeys = Set(commonAcronyms.map { Array($0.utf16) })
  static let particleKeys = Set(particles.map { Array($0.utf16) })
  static let ambiguousParticleKeys = Set(ambiguousParticles.map { Array($0.utf16) })
  static let nameNounKeys = Set(nameNouns.map { Array($0.utf16) })
  static let regionKeys = Set(regionWords.map { Array($0.utf16) })
  static let compassKeys = Set(compassWords.map { Array($0.utf16) })
  static let loanwordKeys = Set(loanwords.map { Array($0.utf16) })
  /// The longest phrase, in words (`khu dự trữ sinh quyển`).
  static let longestPhrase =
    (Array(titles.keys) + Array(institutions.keys) + ignored + stateForms).map {
      $0.split(separator: " ").count
    }.max() ?? 1
  static let phó = Array("phó".utf16)
  static let việt = Array("việt".utf16)
  static let người = Array("người".utf16)
  static let trưởng = Array("trưởng".utf16)
  static let quảnLý = Array("quản lý".utf16)
  static let quảnLýDựÁn = Array("quản lý dự án".utf16)
  /// The words before a plan's period (`giai đoạn 2021-2030`) and its horizon (`tầm nhìn đến năm 2045`).
  static let periodKeys = Set(["giai đoạn", "thời kỳ"].map { Array($0.utf16) })
  static let tầmNhìn = Array("tầm nhìn".utf16)
  static let đếnNăm = Array("đến năm".utf16)
  /// Heads of meetings, which an acronym after their lower-case kind names (`Hội nghị thượng đỉnh NATO`).
  static let meetingKeys = Set(["hội nghị", "diễn đàn", "đại hội", "hội chợ", "triển lãm"].map { Array($0.utf16) })
  /// Plural nouns for a body's members after its head (`Hiệp hội các nhà …`, `… các quốc gia Tây Phi`).
  static let memberNounKeys = Set(
    ["các nhà", "các quốc gia", "các nước", "các doanh nghiệp", "các trường", "các tổ chức"].map { Array($0.utf16) })
  static let mttq = Array("mttq".utf16)
  static let theo = Array("theo".utf16)
  /// First words of what a byline's brackets say: its sources (`Theo Reuters`), where it was written
  /// (`từ Bangkok`), that it was compiled or translated (`tổng hợp`, `lược dịch`).
  static let bylineBracketKeys = Set(["theo", "từ", "tổng", "lược", "dịch"].map { Array($0.utf16) })
  static let đoànĐBQH = Array("đoàn đbqh".utf16)
  static let năm = Array("năm".utf16)
  static let ủyBanKeys: Set<[UInt16]> = [Array("ủy ban".utf16), Array("uỷ ban".utf16)]
  static let chiNhánh = Array("chi nhánh".utf16)
  static let thuộc = Array("thuộc".utf16)
  static let tiếng = Array("tiếng".utf16)
  static let trựcThuộc = Array("trực thuộc".utf16)
  /// A title made with `trưởng` (`Vụ trưởng`, `Trưởng thôn`), which names no institution.
  static let headTitle = Phrase(kind: .title, absorbs: .nothing, capitals: [])
  /// Words that make no title with `trưởng`: `tăng trưởng` (growth), `sinh trưởng`, `trưởng thành`.
  static let notTitleBeforeTrưởngKeys = Set(["tăng", "sinh", "phát"].map { Array($0.utf16) })
  static let notTitleAfterTrưởngKeys = Set(["thành", "giả", "nam", "nữ"].map { Array($0.utf16) })
}
