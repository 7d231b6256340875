/// Common Vietnamese words of two to four syllables, lower case, NFC, one a line: the lexicon that
/// tells whether a glossary term is part of a longer word (`ý kiến`, `dầu thô`, `nguồn tin`).
///
/// 11,030 words, written for songngu from general knowledge of Vietnamese by an AI assistant (no
/// dictionary, word list or corpus was copied) and released under CC0 1.0. Tone marks use the old
/// placement (`hòa`, `thủy`); lookups fold the placement (`VietnameseWords.contains(_:)`). The list is
/// not complete: a word missing from it is unknown, not "not a word". Compiled in, like
/// `BuiltInLists`, so the binary needs no resource bundle.
enum VietnameseWordList {
  static let text = """
    ai ai
    ai ngờ
    ai nấy
    ai đó
    am hiểu
    am miếu
    an bình
    an cư lạc nghiệp
    an dưỡng
    an khang thịnh vượng
    an lành
    an nghỉ
    an nhàn
    an ninh
    an ninh mạng
    an ninh quốc gia
    an ninh quốc phòng
    an ninh trật tự
    an phận
    an sinh
    an sinh xã hội
    an toàn
    an toàn lao động
    an toàn thông tin
    an toàn thực phẩm
    an toàn xã hội
    an táng
    an tâm
    an ủi
    anh chị
    anh chị em
    anh chồng
    anh cả
    anh dũng
    anh em
    anh em cọc chèo
    anh hùng
    anh họ
    anh linh
    anh ruột
    anh rể
    anh trai
    anh vợ
    ao cá
    ao hồ
    ao ước
    ba ba
    ba chân bốn cẳng
    ba hoa
    ba lô
    ba má
    ba mươi
    ba mẹ
    ban chiều
    ban chấp hành
    ban cán sự
    ban công
    ban giám đốc
    ban hành
    ban lãnh đạo
    ban ngày
    ban nhạc
    ban phát
    ban sáng
    ban trưa
    ban tặng
    ban đêm
    ban đầu
    bao bì
    bao bọc
    bao cao su
    bao dung
    bao giờ
    bao gồm
    bao hàm
    bao la
    bao lâu
    bao nhiêu
    bao phủ
    bao quát
    bao trùm
    bao tải
    bao tử
    bao vây
    bao xa
    bi kịch
    bi quan
    bia hơi
    bia tươi
    binh biến
    binh chủng
    binh khí
    binh lính
    binh lực
    binh nghiệp
    binh nhì
    binh nhất
    binh pháp
    binh sĩ
    binh vận
    binh đoàn
    binh đội
    biên bản
    biên chế
    biên cương
    biên dịch
    biên giới
    biên kịch
    biên lai
    biên soạn
    biên thùy
    biên tập
    biên tập viên
    biên độ
    biến chuyển
    biến chứng
    biến cố
    biến dạng
    biến mất
    biến số
    biến thành
    biến thái
    biến tướng
    biến đổi
    biến đổi khí hậu
    biến động
    biếng nhác
    biếng ăn
    biết ơn
    biếu tặng
    biển báo
    biển cả
    biển khơi
    biển kiểm soát
    biển số
    biển đảo
    biểu cảm
    biểu diễn
    biểu dương
    biểu hiện
    biểu lộ
    biểu mẫu
    biểu ngữ
    biểu quyết
    biểu thị
    biểu tình
    biểu tượng
    biểu đạt
    biểu đồ
    biện hộ
    biện luận
    biện minh
    biện pháp
    biệt kích
    biệt thự
    bo mạch
    bom hạt nhân
    bom mìn
    bom nguyên tử
    bom tấn
    bom đạn
    bong bóng
    bong gân
    buôn bán
    buôn bán ma túy
    buôn làng
    buôn lậu
    buôn người
    buông bỏ
    buông lỏng
    buông tha
    buồn bã
    buồn ngủ
    buồn nôn
    buồn phiền
    buồn rầu
    buồn tẻ
    buồng lái
    buồng phổi
    buồng trứng
    buổi chiều
    buổi hòa nhạc
    buổi sáng
    buổi trưa
    buổi tối
    buổi đêm
    buột miệng
    bà bầu
    bà con
    bà con xa
    bà cố
    bà già
    bà mối
    bà ngoại
    bà nội
    bà tiên
    bà vú
    bà đỡ
    bài báo
    bài bản
    bài giảng
    bài hát
    bài học
    bài kiểm tra
    bài luận
    bài thi
    bài thơ
    bài tiết
    bài toán
    bài trừ
    bài tây
    bài tập
    bài viết
    bài văn
    bài xích
    bàn bạc
    bàn chân
    bàn chải
    bàn chải đánh răng
    bàn cãi
    bàn ghế
    bàn giao
    bàn học
    bàn luận
    bàn là
    bàn làm việc
    bàn phím
    bàn tay
    bàn thua
    bàn thắng
    bàn thờ
    bàn trang điểm
    bàn tán
    bàn ăn
    bàn ủi
    bàng quang
    bày tỏ
    bá chủ
    bá quyền
    bá đạo
    bác bỏ
    bác gái
    bác học
    bác ruột
    bác sĩ
    bác sĩ nội trú
    bác sỹ
    bác trai
    bác ái
    bách chiến bách thắng
    bách hóa
    bách khoa
    bán buôn
    bán chạy
    bán chịu
    bán dâm
    bán dẫn
    bán hàng
    bán khống
    bán kính
    bán kết
    bán lẻ
    bán nước
    bán sỉ
    bán tháo
    bán trú
    bán đảo
    bán đấu giá
    bánh bao
    bánh bèo
    bánh bột lọc
    bánh canh
    bánh chưng
    bánh chả
    bánh cuốn
    bánh căn
    bánh cốm
    bánh dày
    bánh dẻo
    bánh flan
    bánh gato
    bánh giò
    bánh giầy
    bánh kem
    bánh khọt
    bánh kẹo
    bánh mì
    bánh mỳ
    bánh ngọt
    bánh nướng
    bánh phở
    bánh pía
    bánh quy
    bánh rán
    bánh rế
    bánh su kem
    bánh trung thu
    bánh trái
    bánh tráng
    bánh trôi
    bánh tét
    bánh xe
    bánh xèo
    bánh ít
    bánh ú
    bánh đa
    bánh đúc
    báo chí
    báo cáo
    báo giấy
    báo hiếu
    báo hiệu
    báo in
    báo mạng
    báo thù
    báo tin
    báo ân
    báo điện tử
    báo đáp
    báo động
    bát ngát
    bát quái
    bát đĩa
    bát đũa
    báu vật
    bâng khuâng
    bây giờ
    bãi biển
    bãi bỏ
    bãi cát
    bãi công
    bãi giữ xe
    bãi khóa
    bãi nhiệm
    bãi rác
    bãi xe
    bãi đỗ xe
    bão lũ
    bão nhiệt đới
    bão tố
    bè bạn
    bèo bọt
    bèo tây
    bé bỏng
    bé gái
    bé nhỏ
    bé trai
    bé tí
    bén lửa
    béo ngậy
    béo phì
    béo tốt
    bê con
    bên cạnh
    bên dưới
    bên kia
    bên lề
    bên ngoài
    bên này
    bên phải
    bên trong
    bên trái
    bên trên
    bì bõm
    bì bạch
    bình an
    bình chọn
    bình diện
    bình dị
    bình hoa
    bình luận
    bình luận viên
    bình minh
    bình nóng lạnh
    bình phẩm
    bình phục
    bình quân
    bình quân đầu người
    bình thường
    bình thường hóa
    bình thủy
    bình tĩnh
    bình xét
    bình xăng
    bình yên
    bình đẳng
    bình đẳng giới
    bình ổn
    bí danh
    bí kíp
    bí mật
    bí ngô
    bí quyết
    bí thư
    bí thư chi đoàn
    bí đao
    bí đỏ
    bí ẩn
    bít tất
    bò sát
    bò sữa
    bóc lột
    bóc tách
    bói toán
    bón phân
    bóng bàn
    bóng bầu dục
    bóng chuyền
    bóng chày
    bóng cây
    bóng mát
    bóng ném
    bóng râm
    bóng rổ
    bóng tối
    bóng điện
    bóng đá
    bóng đèn
    bóp tiền
    bông băng
    bông hoa
    bông lúa
    bông tai
    bông tuyết
    bù giờ
    bùi bùi
    bùi ngùi
    bùng binh
    bùng nhùng
    bùng nổ dân số
    bún bò
    bún chả
    bún chả cá
    bún cá
    bún măng
    bún mắm
    bún riêu
    bún thang
    bún thịt nướng
    bún đậu
    bún đậu mắm tôm
    bún ốc
    búp bê
    bút bi
    bút chì
    bút dạ
    bút ký
    bút lông
    bút máy
    bút mực
    băm nhỏ
    băn khoăn
    băng bó
    băng dính
    băng giá
    băng keo
    băng nhóm
    băng qua
    băng tuyết
    băng đảng
    bơ phờ
    bơ thực vật
    bơ vơ
    bơi bướm
    bơi lội
    bơi ngửa
    bơi tự do
    bơi ếch
    bưu chính
    bưu chính viễn thông
    bưu cục
    bưu kiện
    bưu phẩm
    bưu thiếp
    bưu tá
    bưu điện
    bươm bướm
    bươn bả
    bươn chải
    bước chân
    bước ngoặt
    bước ra
    bước tiến
    bước vào
    bước đi
    bước đầu
    bước đột phá
    bướng bỉnh
    bưởi da xanh
    bạc bẽo
    bạc màu
    bạc xỉu
    bạc đãi
    bạch cầu
    bạch hầu
    bạch kim
    bạch tuộc
    bại liệt
    bạn bè
    bạn cùng lớp
    bạn cùng phòng
    bạn cũ
    bạn gái
    bạn hàng
    bạn học
    bạn thân
    bạn trai
    bạn đọc
    bạn đời
    bạo dạn
    bạo hành
    bạo loạn
    bạo lực
    bạo lực gia đình
    bạo lực học đường
    bạo động
    bả vai
    bản chất
    bản dịch
    bản gốc
    bản làng
    bản lĩnh
    bản lề
    bản mẫu
    bản ngã
    bản nhạc
    bản năng
    bản quyền
    bản sắc
    bản sắc dân tộc
    bản thân
    bản thảo
    bản tin
    bản tính
    bản vẽ
    bản án
    bản địa
    bản đồ
    bảng biểu
    bảng giá
    bảng hiệu
    bảng nhãn
    bảng tin
    bảng trắng
    bảng tổng sắp
    bảng xếp hạng
    bảng đen
    bảng điểm
    bảo dưỡng
    bảo hiểm
    bảo hiểm nhân thọ
    bảo hiểm thất nghiệp
    bảo hiểm xã hội
    bảo hiểm y tế
    bảo hành
    bảo hộ
    bảo lãnh
    bảo lưu
    bảo mẫu
    bảo mật
    bảo quản
    bảo thủ
    bảo toàn
    bảo trì
    bảo trợ xã hội
    bảo tàng
    bảo tồn
    bảo tồn thiên nhiên
    bảo vật
    bảo vệ
    bảo vệ môi trường
    bảo đảm
    bấm còi
    bấm máy
    bấm móng tay
    bấp bênh
    bất an
    bất biến
    bất bình đẳng
    bất chính
    bất chấp
    bất công
    bất cẩn
    bất cập
    bất cứ
    bất diệt
    bất giác
    bất hiếu
    bất hòa
    bất hạnh
    bất hợp pháp
    bất hủ
    bất khuất
    bất khả kháng
    bất khả thi
    bất khả xâm phạm
    bất kính
    bất kể
    bất kỳ
    bất luận
    bất lương
    bất lợi
    bất lực
    bất mãn
    bất nghĩa
    bất ngờ
    bất nhân
    bất phương trình
    bất thình lình
    bất thường
    bất tiện
    bất trắc
    bất tài
    bất tín nhiệm
    bất tận
    bất tỉnh
    bất tử
    bất đắc dĩ
    bất định
    bất đồng
    bất động
    bất động sản
    bất ổn
    bầm tím
    bần cùng
    bầu bí
    bầu bạn
    bầu cử
    bầu khí quyển
    bầu không khí
    bầu trời
    bầu vú
    bẩm sinh
    bẩn thỉu
    bậc thang
    bậc thầy
    bận bịu
    bận lòng
    bận rộn
    bận tâm
    bập bênh
    bập bõm
    bập bùng
    bập bẹ
    bập bềnh
    bắn bi
    bắn phá
    bắn tỉa
    bắp chân
    bắp cải
    bắp ngô
    bắp tay
    bắp thịt
    bắp đùi
    bắt buộc
    bắt bớ
    bắt chước
    bắt cóc
    bắt giam
    bắt giữ
    bắt gặp
    bắt kịp
    bắt mắt
    bắt nguồn
    bắt nạt
    bắt tay
    bắt đầu
    bằng chứng
    bằng hữu
    bằng lái
    bằng lòng
    bằng nhau
    bằng tuổi
    bẽ bàng
    bẽn lẽn
    bế con
    bế mạc
    bến cảng
    bến phà
    bến thuyền
    bến tàu
    bến xe
    bến đò
    bếp củi
    bếp ga
    bếp lửa
    bếp than
    bếp trưởng
    bếp từ
    bếp điện
    bề bề
    bề bộn
    bề mặt
    bề ngoài
    bề thế
    bề trên
    bền bỉ
    bền chặt
    bền lâu
    bền vững
    bể bơi
    bể nước
    bệ vệ
    bệnh binh
    bệnh cúm
    bệnh dại
    bệnh dịch
    bệnh lao
    bệnh lý
    bệnh nhân
    bệnh phong
    bệnh sử
    bệnh tình
    bệnh tật
    bệnh viện
    bệnh xá
    bệnh án
    bỉ ổi
    bị can
    bị cáo
    bị hại
    bị thương
    bị đơn
    bị động
    bịa đặt
    bịn rịn
    bịt mắt bắt dê
    bọ chét
    bọ cạp
    bọ ngựa
    bọ rùa
    bọn họ
    bọn mình
    bọn nó
    bọn tôi
    bọng đái
    bỏ học
    bỏ lỡ
    bỏ mạng
    bỏ phiếu
    bỏ qua
    bỏ quên
    bỏ rơi
    bỏ sót
    bỏ tiền
    bỏ trốn
    bỏ vốn
    bỏ đi
    bố chồng
    bố con
    bố dượng
    bố mẹ
    bố nuôi
    bố trí
    bố vợ
    bố đơn thân
    bố đẻ
    bốc cháy
    bốc dỡ
    bốc hơi
    bốc thăm
    bối cảnh
    bối rối
    bốn mùa
    bồ câu
    bồ nhí
    bồi bàn
    bồi dưỡng
    bồi hoàn
    bồi hồi
    bồi lắng
    bồi thường
    bồi đắp
    bồn chồn
    bồn nước
    bồng bế
    bồng bềnh
    bổ dưỡng
    bổ khuyết
    bổ ngữ
    bổ nhiệm
    bổ sung
    bổ trợ
    bổ ích
    bổn phận
    bỗng dưng
    bỗng nhiên
    bộ ba
    bộ binh
    bộ dạng
    bộ gen
    bộ luật
    bộ lông
    bộ lưu trữ
    bộ máy
    bộ môn
    bộ mặt
    bộ ngực
    bộ nhớ
    bộ não
    bộ phận
    bộ sưu tập
    bộ sạc
    bộ trưởng
    bộ vest
    bộ vi xử lý
    bộ xương
    bộ đôi
    bộ đồ
    bộ đội
    bộ đội biên phòng
    bộc lộ
    bộc trực
    bội bạc
    bội thu
    bột ngọt
    bờ biển
    bờ môi
    bờ sông
    bờ vai
    bờ đê
    bời bời
    bờm tóc
    bởi thế
    bởi vì
    bởi vậy
    bỡ ngỡ
    bụ bẫm
    bục nhận giải
    bụi bẩn
    bụi mịn
    bụi tre
    bủa vây
    bủn xỉn
    bức bối
    bức hại
    bức thiết
    bức tranh
    bức xúc
    bức xạ
    bừa bãi
    bừa bộn
    bữa cơm
    bữa kia
    bữa nay
    bữa qua
    bữa sáng
    bữa tiệc
    bữa trưa
    bữa trước
    bữa tối
    bữa ăn
    bực bội
    bực mình
    ca cao
    ca dao
    ca hát
    ca khúc
    ca kịch
    ca làm
    ca mổ
    ca ngợi
    ca nô
    ca sĩ
    ca trù
    ca từ
    ca đoàn
    ca đêm
    cai nghiện
    cai ngục
    cai quản
    cai sữa
    cai trị
    cai tù
    cam chịu
    cam kết
    cam sành
    cam đoan
    can chi
    can dự
    can ngăn
    can phạm
    can thiệp
    can tội
    can đảm
    canh bí
    canh chua
    canh cua
    canh cá
    canh cải
    canh gác
    canh rau
    cao cả
    cao cấp
    cao huyết áp
    cao lầu
    cao lớn
    cao nguyên
    cao quý
    cao ráo
    cao sang
    cao su
    cao thượng
    cao trào
    cao tuổi
    cao tốc
    cao vút
    cao điểm
    cao đẳng
    cao độ
    cao ốc
    cay cay
    cay nồng
    cay xè
    cay đắng
    cha con
    cha dượng
    cha hiền
    cha mẹ
    cha nuôi
    cha ruột
    cha xứ
    cha đẻ
    cha đỡ đầu
    chai lọ
    chai nhựa
    chai thủy tinh
    chan chứa
    chan hòa
    chanh dây
    chanh leo
    che chở
    chen lấn
    chi bộ
    chi cục thuế
    chi li
    chi nhánh
    chi phí
    chi phối
    chi tiêu
    chi tiêu công
    chi tiết
    chi trả
    chia buồn
    chia ly
    chia lìa
    chia rẽ
    chia sẻ
    chia tay
    chia tách
    chia đôi
    chim bồ câu
    chim chào mào
    chim chóc
    chim cánh cụt
    chim công
    chim cú
    chim hạc
    chim sáo
    chim sâu
    chim sẻ
    chim yến
    chim én
    chim ưng
    chiêm bao
    chiêm ngưỡng
    chiên xào
    chiêu bài
    chiêu mộ
    chiêu sinh
    chiêu thức
    chiêu trò
    chiêu đãi
    chiếm giữ
    chiếm hữu
    chiếm lĩnh
    chiếm đoạt
    chiếm đóng
    chiếm ưu thế
    chiến binh
    chiến cuộc
    chiến công
    chiến dịch
    chiến hào
    chiến hạm
    chiến hữu
    chiến khu
    chiến lũy
    chiến lược
    chiến lợi phẩm
    chiến mã
    chiến sĩ
    chiến sự
    chiến thuyền
    chiến thuật
    chiến thắng
    chiến tranh
    chiến tranh lạnh
    chiến tranh thế giới
    chiến trường
    chiến trận
    chiến tuyến
    chiến tích
    chiến xa
    chiến đấu
    chiến đấu cơ
    chiến địa
    chiết khấu
    chiết xuất
    chiều cao
    chiều chuộng
    chiều dài
    chiều hướng
    chiều lòng
    chiều mai
    chiều nay
    chiều rộng
    chiều sâu
    chiều tối
    cho biết
    cho bú
    cho dù
    cho hay
    cho nên
    cho phép
    cho rằng
    cho thuê
    cho thấy
    cho tới
    cho vay
    cho vay nặng lãi
    cho đến
    cho đến khi
    cho đến nay
    choáng váng
    chu kỳ
    chu toàn
    chu vi
    chu đáo
    chua cay
    chua chát
    chua lè
    chua ngọt
    chua xót
    chung chung
    chung cư
    chung kết
    chung quanh
    chung quy
    chung thân
    chung thủy
    chuyên biệt
    chuyên chú
    chuyên chở
    chuyên cơ
    chuyên dụng
    chuyên gia
    chuyên môn
    chuyên mục
    chuyên nghiệp
    chuyên ngành
    chuyên sâu
    chuyên trách
    chuyên tâm
    chuyên viên
    chuyên đề
    chuyến bay
    chuyến thăm
    chuyển biến
    chuyển giao
    chuyển giới
    chuyển hóa
    chuyển hướng
    chuyển khoản
    chuyển nhượng
    chuyển tiếp
    chuyển viện
    chuyển đổi
    chuyển đổi số
    chuyển động
    chuyện gì
    chuyện này
    chuyện trò
    chuyện đó
    chuẩn bị
    chuẩn hóa
    chuẩn mực
    chuẩn xác
    chuẩn úy
    chuồn chuồn
    chuồng bò
    chuồng gà
    chuồng lợn
    chuồng trại
    chuỗi cung ứng
    chuột cống
    chuột máy tính
    chuột nhắt
    chuột rút
    chuột túi
    chàng trai
    chào hỏi
    chào mừng
    chào đón
    chán chường
    chán nản
    chánh văn phòng
    chánh án
    cháo gà
    cháo lòng
    cháo trắng
    cháu chắt
    cháu gái
    cháu họ
    cháu ngoại
    cháu nội
    cháu ruột
    cháu trai
    cháy nắng
    cháy nổ
    cháy rụi
    cháy rừng
    cháy sém
    cháy trụi
    cháy xém
    châm biếm
    châm chích
    châm chọc
    châm lửa
    châm ngôn
    chân chất
    chân cứng đá mềm
    chân dung
    chân giá trị
    chân giò
    chân không
    chân lí
    chân lý
    chân mày
    chân núi
    chân tay
    chân thành
    chân thật
    chân thực
    chân váy
    chân ướt chân ráo
    châu chấu
    chè bưởi
    chè trôi nước
    chè xanh
    chè đậu
    chèo thuyền
    chén bát
    chê bai
    chênh chếch
    chênh lệch
    chênh vênh
    chìa khóa
    chí công vô tư
    chí hướng
    chí khí
    chí ít
    chích chòe
    chích ngừa
    chín chắn
    chín muồi
    chính biến
    chính chủ
    chính danh
    chính diện
    chính giới
    chính giữa
    chính hãng
    chính khách
    chính kiến
    chính kịch
    chính là
    chính mình
    chính nghĩa
    chính phủ
    chính phủ số
    chính phủ điện tử
    chính qui
    chính quy
    chính quyền
    chính sách
    chính sách tiền tệ
    chính sách tài khóa
    chính sự
    chính thất
    chính thể
    chính thống
    chính thức
    chính trường
    chính trị
    chính trị gia
    chính trị hóa
    chính trị viên
    chính trực
    chính tả
    chính xác
    chính yếu
    chính đáng
    chính đảng
    chính ủy
    chòng chành
    chòng ghẹo
    chó con
    chó sói
    chói chang
    chói lòa
    chói lọi
    chóng mặt
    chót vót
    chôm chôm
    chôn cất
    chông chênh
    chông gai
    chùa chiền
    chú bác
    chú ruột
    chú rể
    chú thím
    chú trọng
    chú ý
    chúa trời
    chúc mừng
    chúc phúc
    chúc thọ
    chúc tết
    chúm chím
    chúng cháu
    chúng con
    chúng em
    chúng mình
    chúng nó
    chúng ta
    chúng tôi
    chút xíu
    chút ít
    chăm bẵm
    chăm chú
    chăm chút
    chăm chỉ
    chăm lo
    chăm nom
    chăm sóc
    chăn gối
    chăn màn
    chăn nuôi
    chăn thả
    chăn đệm
    chăng nữa
    chơi bài
    chơi chuyền
    chơi cờ
    chơi game
    chơi hụi
    chơi vơi
    chơi đùa
    chưa bao giờ
    chưa có
    chưa hề
    chưa kịp
    chưa từng
    chưa từng có
    chưa được
    chương hồi
    chương trình
    chương trình học
    chướng ngại
    chướng ngại vật
    chạm trán
    chạng vạng
    chạy bộ
    chạy cự ly
    chạy nhảy
    chạy tiếp sức
    chạy trốn
    chạy vượt rào
    chả cá
    chả giò
    chả lụa
    chả quế
    chả trách
    chải đầu
    chảo chống dính
    chảy máu
    chảy máu cam
    chấm dứt
    chấm thi
    chấm điểm
    chấn chỉnh
    chấn hưng
    chấn thương
    chấn động
    chấp hành
    chấp nhận
    chấp thuận
    chất bán dẫn
    chất béo
    chất chứa
    chất dinh dưỡng
    chất khí
    chất liệu
    chất lượng
    chất lượng cuộc sống
    chất lượng không khí
    chất lỏng
    chất nổ
    chất phác
    chất rắn
    chất thải
    chất thải rắn
    chất vấn
    chất xơ
    chất đạm
    chất độc
    chầm chậm
    chần chừ
    chẩn đoán
    chậm chạp
    chậm rãi
    chậm trễ
    chập choạng
    chập chờn
    chập chững
    chật chội
    chật hẹp
    chậu cây
    chậu hoa
    chắc chắn
    chắc hẳn
    chắc là
    chắc nịch
    chắt chiu
    chằm chằm
    chằng chịt
    chẳng bao giờ
    chẳng hạn
    chẳng hề
    chẳng lẽ
    chẳng may
    chẳng ngờ
    chẳng những
    chẳng phải
    chẳng qua
    chẳng thể
    chặng đường
    chặt chẽ
    chặt phá
    chế biến
    chế giễu
    chế ngự
    chế tài
    chế tạo
    chế độ
    chết đuối
    chỉ bảo
    chỉ có
    chỉ cần
    chỉ dẫn
    chỉ huy
    chỉ huy trưởng
    chỉ là
    chỉ ra
    chỉ rõ
    chỉ số
    chỉ số giá
    chỉ tay
    chỉ thị
    chỉ tiêu
    chỉ trích
    chỉ vàng
    chỉ điểm
    chỉ đạo
    chỉ định
    chỉ định thầu
    chỉnh tề
    chị chồng
    chị cả
    chị dâu
    chị em
    chị em dâu
    chị gái
    chị họ
    chị ruột
    chị vợ
    chịu khó
    chịu thua
    chịu thương chịu khó
    chịu trách nhiệm
    chịu đựng
    chọi gà
    chọi trâu
    chọn lọc
    chọn lựa
    chốc lát
    chống chỉ định
    chống chọi
    chống lại
    chống phá
    chống tham nhũng
    chống trả
    chống đối
    chốt chặn
    chồi non
    chồng con
    chồng sắp cưới
    chỗ kia
    chỗ nào
    chỗ này
    chỗ đó
    chỗ đứng
    chới với
    chờ đợi
    chợ búa
    chợ cóc
    chợ nổi
    chợ phiên
    chợ quê
    chợ trời
    chợ đêm
    chợ đầu mối
    chụp cắt lớp
    chụp hình
    chụp phim
    chụp ảnh
    chủ biên
    chủ bút
    chủ chốt
    chủ doanh nghiệp
    chủ hàng
    chủ hộ
    chủ lao động
    chủ lực
    chủ mưu
    chủ nghĩa
    chủ nghĩa anh hùng
    chủ nghĩa cá nhân
    chủ nghĩa cộng sản
    chủ nghĩa dân tộc
    chủ nghĩa khủng bố
    chủ nghĩa thực dân
    chủ nghĩa tư bản
    chủ nghĩa xã hội
    chủ nghĩa yêu nước
    chủ nghĩa đế quốc
    chủ ngữ
    chủ nhiệm
    chủ nhà
    chủ nhân
    chủ nhật
    chủ nợ
    chủ quan
    chủ quyền
    chủ quyền biển đảo
    chủ quán
    chủ quản
    chủ rừng
    chủ sở hữu
    chủ thầu
    chủ thể
    chủ tiệm
    chủ trì
    chủ trương
    chủ tàu
    chủ tịch
    chủ tịch nước
    chủ tịch quốc hội
    chủ tọa
    chủ xe
    chủ xị
    chủ yếu
    chủ ý
    chủ điểm
    chủ đạo
    chủ đất
    chủ đầu tư
    chủ đề
    chủ động
    chủng loài
    chứ không
    chứ sao
    chứa chan
    chứa đựng
    chức danh
    chức năng
    chức trách
    chức vị
    chức vụ
    chứng bệnh
    chứng chỉ
    chứng cứ
    chứng khoán
    chứng kiến
    chứng minh
    chứng minh nhân dân
    chứng minh thư
    chứng nhận
    chứng thư
    chứng thực
    chứng từ
    chứng từ kế toán
    chừng mực
    chửi bới
    chữ cái
    chữ in hoa
    chữ kí
    chữ ký
    chữ nghĩa
    chữ quốc ngữ
    chữ số
    chữ thường
    chữ viết
    chữa bệnh
    chữa cháy
    chữa khỏi
    chữa trị
    chững chạc
    chững lại
    co cụm
    co giãn
    co giật
    co hẹp
    coi chừng
    coi là
    coi như
    coi sóc
    coi thường
    coi trọng
    com lê
    con buôn
    con chip
    con cháu
    con cái
    con cả
    con dâu
    con ghẻ
    con giáp
    con gái
    con mắt
    con một
    con nghiện
    con ngươi
    con người
    con nuôi
    con nít
    con nợ
    con quay
    con riêng
    con rể
    con số
    con số không
    con thứ
    con trai
    con trưởng
    con trỏ
    con út
    con đường
    con đầu lòng
    con đỡ đầu
    cua biển
    cua đồng
    cung cách
    cung cấp
    cung cầu
    cung nỏ
    cung tên
    cung văn hóa
    cung điện
    cung ứng
    cuối cùng
    cuối năm
    cuối tháng
    cuối tuần
    cuống cuồng
    cuồn cuộn
    cuồng nhiệt
    cuồng tín
    cuộc chiến
    cuộc chơi
    cuộc gọi
    cuộc hẹn
    cuộc họp
    cuộc sống
    cuộc thi
    cuộc thi sắc đẹp
    cuộc tình
    cuộc vui
    cuộc vận động
    cuộc đua
    cuộc đời
    cà chua
    cà pháo
    cà phê
    cà phê sữa
    cà phê trứng
    cà phê đen
    cà phê đá
    cà rốt
    cà tím
    cà vạt
    cài đặt
    càn quét
    càng lúc càng
    càng ngày càng
    cành cây
    cào cào
    cày cấy
    cá basa
    cá biển
    cá bống
    cá chiên
    cá chép
    cá cơm
    cá cảnh
    cá heo
    cá hấp
    cá hồi
    cá kho
    cá lóc
    cá mè
    cá mập
    cá ngừ
    cá nhân
    cá nước ngọt
    cá nướng
    cá quả
    cá rán
    cá rô
    cá sấu
    cá thu
    cá thể
    cá tra
    cá trê
    cá trắm
    cá tính
    cá voi
    cá vàng
    cá đồng
    cá độ
    các anh
    các bà
    các bạn
    các chị
    các em
    các vị
    các ông
    cách biệt
    cách chức
    cách cư xử
    cách li
    cách ly
    cách mạng
    cách nhiệt
    cách sống
    cách thức
    cách tân
    cách xa
    cách âm
    cách điệu
    cái chết
    cái gì
    cái kia
    cái nhìn
    cái này
    cái thiện
    cái tôi
    cái ác
    cái đó
    cái đẹp
    cái ấy
    cám dỗ
    cám ơn
    cán bộ
    cán cân
    cán cân thương mại
    cán mốc
    cán sự
    cánh chim
    cánh cổng
    cánh cửa
    cánh hoa
    cánh mũi
    cánh tay
    cánh đồng
    cáo buộc
    cáo phó
    cáo trạng
    cân nhắc
    cân nặng
    cân đối
    câu chuyện
    câu chữ
    câu cá
    câu ghép
    câu hỏi
    câu lạc bộ
    câu nói
    câu thơ
    câu trả lời
    câu văn
    câu đơn
    câu đố
    câu đối
    cây bàng
    cây bông
    cây bưởi
    cây bạch đàn
    cây cam
    cây cao su
    cây cau
    cây chanh
    cây chuối
    cây chè
    cây chổi
    cây con
    cây cà phê
    cây công nghiệp
    cây cảnh
    cây cỏ
    cây cối
    cây cổ thụ
    cây dương xỉ
    cây dừa
    cây giống
    cây gỗ
    cây hồng
    cây keo
    cây khoai
    cây lau nhà
    cây lim
    cây liễu
    cây lúa
    cây lương thực
    cây màu
    cây mía
    cây mít
    cây ngô
    cây nhãn
    cây non
    cây nêu
    cây phượng
    cây rừng
    cây si
    cây sậy
    cây sắn
    cây thông
    cây tiêu
    cây tre
    cây trúc
    cây trồng
    cây vải
    cây xanh
    cây xoài
    cây xăng
    cây xương rồng
    cây ăn quả
    cây ăn trái
    cây đa
    cây điều
    cây đề
    cãi nhau
    cãi vã
    cò đất
    còi báo động
    còi xe
    còn nữa
    có bầu
    có hiệu lực
    có hại
    có khi
    có liên quan
    có lẽ
    có mặt
    có một không hai
    có nghĩa là
    có thai
    có thể
    có ích
    có được
    cót két
    cô bé
    cô chú
    cô dâu
    cô dì
    cô giáo
    cô gái
    cô ruột
    cô đơn
    cô độc
    côn trùng
    công an
    công an nhân dân
    công binh
    công bằng
    công bố
    công chiếu
    công chúng
    công chức
    công chức viên chức
    công chứng
    công cán
    công cộng
    công cụ
    công dân
    công dụng
    công giáo
    công hiệu
    công hàm
    công khai
    công kích
    công lao
    công luận
    công lý
    công lập
    công nghiệp
    công nghiệp hóa
    công nghiệp nhẹ
    công nghiệp nặng
    công nghệ
    công nghệ cao
    công nghệ sinh học
    công nghệ số
    công nghệ thông tin
    công nhân
    công nhân viên
    công nhân vệ sinh
    công nhận
    công phu
    công quyền
    công suất
    công sở
    công sức
    công thức
    công trái
    công trình
    công trường
    công trạng
    công ty
    công ty con
    công ty cổ phần
    công ty mẹ
    công tác
    công tắc
    công tố
    công tố viên
    công viên
    công viên nước
    công việc
    công văn
    công vụ
    công xưởng
    công ích
    công ăn việc làm
    công đoàn
    công đoạn
    công đức
    công ước
    cõi trần
    cùng cha khác mẹ
    cùng lúc
    cùng mẹ khác cha
    cùng nhau
    cùng tuổi
    cùng với
    cú mèo
    cú sút
    cúc áo
    cúi đầu
    cúng bái
    cúp điện
    căm ghét
    căm thù
    căn bản
    căn bếp
    căn cước
    căn cước công dân
    căn cứ
    căn cứ quân sự
    căn cứ vào
    căn cứ địa
    căn hộ
    căn nguyên
    căng thẳng
    căng tin
    cũ kĩ
    cũ kỹ
    cũ rích
    cũng như
    cũng nên
    cũng thế
    cũng vậy
    cũng được
    cơ bản
    cơ bắp
    cơ chế
    cơ cấu
    cơ cực
    cơ duyên
    cơ giới hóa
    cơ học
    cơ học lượng tử
    cơ hội
    cơ khí
    cơ man
    cơ nghiệp
    cơ ngơi
    cơ quan
    cơ quan chức năng
    cơ quan điều tra
    cơ sở
    cơ sở dữ liệu
    cơ sở hạ tầng
    cơ thể
    cơ động
    cơm canh
    cơm chiên
    cơm hộp
    cơm lam
    cơm nguội
    cơm niêu
    cơm nước
    cơm nắm
    cơm rang
    cơm trắng
    cơm tấm
    cơn mơ
    cư dân
    cư ngụ
    cư trú
    cư xử
    cưng chiều
    cước phí
    cưới hỏi
    cưới xin
    cướp bóc
    cướp cờ
    cướp giật
    cười cợt
    cười nói
    cười đùa
    cường quốc
    cường độ
    cưỡng bức
    cưỡng chế
    cưỡng hiếp
    cưỡng ép
    cưỡng đoạt
    cạn kiệt
    cạnh tranh
    cả đời
    cải biên
    cải bó xôi
    cải bắp
    cải chính
    cải cách
    cải cách hành chính
    cải cúc
    cải lương
    cải ngọt
    cải thiện
    cải thảo
    cải tiến
    cải trang
    cải tạo
    cải xanh
    cảm cúm
    cảm giác
    cảm hóa
    cảm hứng
    cảm kích
    cảm lạnh
    cảm mạo
    cảm nghĩ
    cảm nhận
    cảm nắng
    cảm phục
    cảm thông
    cảm thấy
    cảm tình
    cảm tưởng
    cảm xúc
    cảm động
    cảm ơn
    cảm ứng
    cảng biển
    cảng cá
    cảng hàng không
    cảnh báo
    cảnh cáo
    cảnh giác
    cảnh ngộ
    cảnh quan
    cảnh quay
    cảnh sát
    cảnh sát cơ động
    cảnh sát giao thông
    cảnh sát hình sự
    cảnh sắc
    cảnh tượng
    cảnh vật
    cảnh đẹp
    cấm vận
    cấp ba
    cấp bách
    cấp cao
    cấp cứu
    cấp dưới
    cấp hai
    cấp huyện
    cấp một
    cấp phát
    cấp phép
    cấp thiết
    cấp thấp
    cấp trên
    cấp tỉnh
    cấp vốn
    cấp xã
    cấp độ
    cất cánh
    cất giữ
    cấu kết
    cấu thành
    cấu trúc
    cấu tạo
    cấy ghép
    cấy lúa
    cầm cố
    cầm lái
    cầm nắm
    cầm quyền
    cầm đầu
    cầm đồ
    cần cù
    cần mẫn
    cần thiết
    cầu chì
    cầu cảng
    cầu cứu
    cầu dao
    cầu hôn
    cầu khấn
    cầu khỉ
    cầu kỳ
    cầu lông
    cầu mong
    cầu môn
    cầu nguyện
    cầu nối
    cầu phao
    cầu sắt
    cầu thang
    cầu thị
    cầu thủ
    cầu toàn
    cầu tre
    cầu treo
    cầu trượt
    cầu vượt
    cầu vồng
    cầu xin
    cầu đường
    cẩn thận
    cẩn trọng
    cẩu thả
    cận cảnh
    cận kề
    cận nghèo
    cận thị
    cận vệ
    cận đại
    cập kênh
    cập nhật
    cậu bé
    cậu mợ
    cậu ruột
    cắt may
    cắt tóc
    cẳng chân
    cẳng tay
    cặm cụi
    cặn kẽ
    cặp sách
    cọ xát
    cọng rơm
    cọt kẹt
    cỏ cây
    cỏ dại
    cỏ lau
    cỏ non
    cố gắng
    cố hữu
    cố kết
    cố sức
    cố thủ
    cố tình
    cố vấn
    cố ý
    cố đô
    cố định
    cốt cán
    cốt lõi
    cốt truyện
    cốt yếu
    cồn cào
    cồn cát
    cồng chiêng
    cổ chân
    cổ họng
    cổ phiếu
    cổ phần
    cổ phần hóa
    cổ tay
    cổ thụ
    cổ tích
    cổ tức
    cổ vũ
    cổ vật
    cổ xưa
    cổ điển
    cổ đông
    cổ động
    cổ động viên
    cổng nhà
    cổng trường
    cỗ bàn
    cội nguồn
    cội rễ
    cộng hòa
    cộng sản
    cộng tác
    cộng đồng
    cột dọc
    cột nhà
    cột sống
    cờ bạc
    cờ caro
    cờ cá ngựa
    cờ lê
    cờ tướng
    cờ tỷ phú
    cờ vua
    cờ vây
    cụ cố
    cụ già
    cụ thể
    cụ thể hóa
    cụ thể là
    cục bộ
    cục diện
    cục thuế
    cục tẩy
    củ cải
    củ gừng
    củ hành
    củ lạc
    củ nghệ
    củ sắn
    củ tỏi
    củ đậu
    của cải
    của hồi môn
    củng cố
    cứ điểm
    cứng cỏi
    cứng nhắc
    cứng rắn
    cứng đầu
    cứu chữa
    cứu giúp
    cứu hỏa
    cứu hộ
    cứu nạn
    cứu rỗi
    cứu sống
    cứu thương
    cứu trợ
    cử chỉ
    cử nhân
    cử tri
    cử tạ
    cửa chính
    cửa cuốn
    cửa hiệu
    cửa hàng
    cửa hàng tiện lợi
    cửa khẩu
    cửa kính
    cửa quyền
    cửa ra vào
    cửa sau
    cửa sông
    cửa sổ
    cửu tử nhất sinh
    cự li
    cự ly
    cực khổ
    cực kì
    cực kỳ
    cực nhọc
    cực điểm
    cực đoan
    cựu binh
    cựu chiến binh
    cựu học sinh
    cựu sinh viên
    da dẻ
    da giày
    da liễu
    da ngăm
    da thuộc
    da trắng
    da đầu
    dai dai
    dai dẳng
    danh bất hư truyền
    danh dự
    danh giá
    danh hiệu
    danh hài
    danh lam
    danh lam thắng cảnh
    danh mục
    danh nghĩa
    danh ngôn
    danh nhân
    danh sách
    danh thiếp
    danh tiếng
    danh tướng
    danh từ
    danh vọng
    dao cạo
    dao thớt
    day dứt
    di chuyển
    di chúc
    di chỉ
    di chứng
    di cư
    di dân
    di dời
    di nguyện
    di ngôn
    di sản
    di sản văn hóa
    di truyền
    di truyền học
    di tích
    di tản
    di vật
    di động
    dinh dưỡng
    dinh thự
    diêm dân
    diều giấy
    diều hâu
    diễn biến
    diễn ra
    diễn tả
    diễn tập
    diễn viên
    diễn viên chính
    diễn viên hài
    diễn xuất
    diễn đàn
    diễn đạt
    diễu binh
    diễu hành
    diện mạo
    diện tích
    diệt trừ
    diệt vong
    do dự
    do thám
    do vì
    do vậy
    do đó
    doanh lợi
    doanh nghiệp
    doanh nghiệp nhà nước
    doanh nghiệp tư nhân
    doanh nhân
    doanh số
    doanh thu
    doanh thu phòng vé
    doanh trại
    du hành vũ trụ
    du khách
    du kích
    du lịch
    du thuyền
    dung dịch
    dung hòa
    dung lượng
    dung môi
    dung nhan
    dung nạp
    dung túng
    duy nhất
    duy trì
    duy tâm
    duy vật
    duyên cớ
    duyên dáng
    duyên hải
    duyên phận
    duyên số
    duyệt binh
    dài dài
    dài dòng
    dài hạn
    dài lâu
    dàn dựng
    dàn nhạc
    dàn xếp
    dành dụm
    dào dạt
    dày dặn
    dày đặc
    dáng người
    dáng đi
    dáng điệu
    dâm ô
    dân ca
    dân chúng
    dân chủ
    dân cư
    dân dụng
    dân gian
    dân lập
    dân nguyện
    dân phòng
    dân quyền
    dân quân
    dân sinh
    dân số
    dân số học
    dân sự
    dân trí
    dân tộc
    dân tộc thiểu số
    dân vận
    dân ý
    dâng hương
    dâu hiền
    dâu tây
    dây buộc
    dây buộc tóc
    dây chun
    dây chuyền
    dây chuyền sản xuất
    dây chằng
    dây cáp
    dây kéo
    dây leo
    dây lưng
    dây phơi
    dây thun
    dây thừng
    dây xích
    dây điện
    dã thú
    dãy núi
    dè sẻn
    dép lê
    dép tổ ong
    dép xăng đan
    dì dượng
    dì ghẻ
    dì ruột
    dìu dịu
    dí dỏm
    dính dáng
    dính líu
    dò hỏi
    dò xét
    dòng chảy
    dòng dõi
    dòng họ
    dòng điện
    dù cho
    dù gì
    dù rằng
    dù sao
    dù thế nào
    dù vậy
    dăm ba
    dĩ hòa vi quý
    dĩ nhiên
    dũng cảm
    dũng khí
    dơ bẩn
    dư chấn
    dư dả
    dư luận
    dư luận xã hội
    dư thừa
    dư địa
    dưa chuột
    dưa cải
    dưa gang
    dưa hấu
    dưa hồng
    dưa leo
    dưa lê
    dưa muối
    dương cầm
    dương lịch
    dương vật
    dưới cùng
    dưới này
    dưới đây
    dường như
    dược học
    dược liệu
    dược phẩm
    dược sĩ
    dạ dày
    dạ thưa
    dạ vâng
    dạm ngõ
    dạo chơi
    dạo phố
    dạt dào
    dạy bảo
    dạy dỗ
    dạy thêm
    dải phân cách
    dấu chân
    dấu chân carbon
    dấu chấm
    dấu câu
    dấu hiệu
    dấu huyền
    dấu hỏi
    dấu ngã
    dấu nặng
    dấu phẩy
    dấu sắc
    dấu vết
    dấu ấn
    dần dà
    dần dần
    dầu gội
    dầu hào
    dầu khí
    dầu mè
    dầu mỏ
    dầu thô
    dầu vừng
    dầu xả
    dầu ăn
    dẫn chương trình
    dẫn chứng
    dẫn dắt
    dẫn giải
    dẫn tới
    dẫn đầu
    dẫn đến
    dẫn độ
    dẫu cho
    dẫu sao
    dẫu vậy
    dập dìu
    dập dềnh
    dập dờn
    dập lửa
    dập tắt
    dậy thì
    dằng dặc
    dặm đường
    dặt dìu
    dẻo dai
    dế mèn
    dễ chịu
    dễ dàng
    dễ dãi
    dễ mến
    dễ thương
    dệt may
    dị thường
    dị đoan
    dị ứng
    dịch bệnh
    dịch chuyển
    dịch giả
    dịch thuật
    dịch tễ
    dịch vụ
    dịch vụ công
    dịp may
    dịu dàng
    dịu dịu
    dọa dẫm
    dọn dẹp
    dốc sức
    dối trá
    dốt nát
    dồi dào
    dồi lợn
    dồn dập
    dồn nén
    dỗ dành
    dở chừng
    dở dang
    dở khóc dở cười
    dở sống dở chết
    dỡ bỏ
    dụ dỗ
    dụng cụ
    dừng lại
    dửng dưng
    dữ dội
    dữ kiện
    dữ liệu
    dữ liệu lớn
    dữ tợn
    dự báo
    dự bị
    dự họp
    dự kiến
    dự luật
    dự phòng
    dự thi
    dự thảo
    dự thầu
    dự toán
    dự trù
    dự trữ
    dự tính
    dự án
    dự án nhà ở
    dự đoán
    dự định
    dựa trên
    dựa vào
    e dè
    e ngại
    em bé
    em chồng
    em dâu
    em gái
    em họ
    em ruột
    em rể
    em trai
    em vợ
    em út
    eo biển
    ga giường
    gai góc
    gan dạ
    gan góc
    gan mật
    gang tay
    ganh tị
    gay go
    gay gắt
    gen di truyền
    ghen tuông
    ghen tị
    ghi bàn
    ghi chép
    ghi chú
    ghi công
    ghi danh
    ghi hình
    ghi lại
    ghi nhận
    ghi nhớ
    ghi nợ
    ghi âm
    ghi điểm
    ghim bấm
    ghé qua
    ghé thăm
    ghép hình
    ghép tạng
    ghét bỏ
    ghẹ biển
    ghế băng
    ghế dựa
    ghế sofa
    ghế xoay
    ghế đá
    ghế đẩu
    ghềnh thác
    gia chủ
    gia công
    gia cảnh
    gia cầm
    gia cố
    gia hạn
    gia nhân
    gia nhập
    gia phong
    gia phả
    gia súc
    gia sư
    gia sản
    gia truyền
    gia tài
    gia tăng
    gia tốc
    gia tộc
    gia vị
    gia đình
    gia đình hạt nhân
    giai cấp
    giai cấp công nhân
    giai thoại
    giai tầng
    giai điệu
    giai đoạn
    giam cầm
    giam giữ
    gian bếp
    gian dối
    gian giảo
    gian hàng
    gian khổ
    gian lận
    gian nan
    gian truân
    giang sơn
    giao chiến
    giao diện
    giao dịch
    giao dịch viên
    giao hàng
    giao hưởng
    giao kèo
    giao lưu
    giao nhận
    giao phó
    giao thoa
    giao thông
    giao thông vận tải
    giao thương
    giao thừa
    giao tiếp
    giao tranh
    giao ước
    gieo trồng
    giun đất
    già cả
    già dặn
    già hóa dân số
    già khú
    già lão
    già nua
    già yếu
    già đi
    giành giải
    giành được
    giàu có
    giàu nghèo
    giày cao gót
    giày da
    giày dép
    giày thể thao
    giá bán
    giá bán buôn
    giá bán lẻ
    giá cả
    giá lạnh
    giá mua
    giá mà
    giá như
    giá niêm yết
    giá rét
    giá rẻ
    giá sàn
    giá sách
    giá thành
    giá trần
    giá trị
    giá vàng
    giá vốn
    giá xăng
    giá đỗ
    giác ngộ
    giác độ
    giám hộ
    giám khảo
    giám mục
    giám sát
    giám thị
    giám định
    giám đốc
    giám đốc thẩm
    giám đốc điều hành
    gián tiếp
    gián điệp
    giáng chức
    giáo chủ
    giáo cụ
    giáo dân
    giáo dưỡng
    giáo dục
    giáo dục thể chất
    giáo hoàng
    giáo hội
    giáo khoa
    giáo mác
    giáo phận
    giáo sinh
    giáo sư
    giáo trình
    giáo viên
    giáo viên chủ nhiệm
    giáo vụ
    giáo xứ
    giáo án
    giáo điều
    giáo đường
    giáp mặt
    giáp ranh
    giây lát
    giây phút
    giãn cách
    giãy giụa
    giò chả
    giò lụa
    giò thủ
    giòn giã
    giòn tan
    gió bão
    gió giật
    gió lốc
    gió mùa
    gió mạnh
    gióng giả
    giúp việc
    giúp đỡ
    giường bệnh
    giường ngủ
    giường tầng
    giả danh
    giả dạng
    giả dối
    giả mạo
    giả như
    giả sử
    giả thiết
    giả thuyết
    giả tạo
    giả vờ
    giả định
    giải cứu
    giải khát
    giải lao
    giải mã
    giải nghệ
    giải ngân
    giải ngũ
    giải nhất
    giải oan
    giải pháp
    giải phóng
    giải phóng mặt bằng
    giải quyết
    giải sầu
    giải thoát
    giải thích
    giải thưởng
    giải thưởng văn học
    giải thể
    giải trình
    giải trí
    giải tán
    giải tích
    giải tỏa
    giải vây
    giải vô địch
    giải đáp
    giải đấu
    giải đặc biệt
    giải đố
    giải độc đắc
    giảm bớt
    giảm giá
    giảm mạnh
    giảm nghèo
    giảm nhẹ
    giảm phát
    giảm phát thải
    giảm thiểu
    giảm thuế
    giảm tốc
    giảm xuống
    giản dị
    giản lược
    giảng bài
    giảng dạy
    giảng hòa
    giảng viên
    giảng đường
    giấc mơ
    giấc mộng
    giấc ngủ
    giấc trưa
    giấm ăn
    giấu giếm
    giấu tên
    giấy báo
    giấy bút
    giấy bạc
    giấy chứng nhận
    giấy gói
    giấy khai sinh
    giấy phép
    giấy phép lái xe
    giấy thông hành
    giấy tờ
    giấy vệ sinh
    giẫm đạp
    giận dữ
    giận hờn
    giật mình
    giằng co
    giặc giã
    giặt giũ
    giặt là
    giẻ lau
    giếng khoan
    giếng nước
    giết hại
    giết người
    giọng nói
    giọt mưa
    giọt sương
    giỏ hàng
    giỏi giang
    giống loài
    giống nhau
    giống như
    giỗ tổ
    giới chức
    giới hạn
    giới nghiêm
    giới thiệu
    giới trí thức
    giới trẻ
    giới tính
    giới từ
    giờ cao điểm
    giờ chơi
    giờ giải lao
    giờ giấc
    giờ hành chính
    giờ học
    giờ làm
    giờ mở cửa
    giờ nghỉ
    giờ nghỉ trưa
    giờ ngủ
    giờ ra chơi
    giờ ăn
    giờ đây
    giờ đóng cửa
    giờ địa phương
    giữ chân
    giữ gìn
    giữ lời
    giữ nguyên
    giữ sạch lưới
    giữ trẻ
    giữ vững
    giữa năm
    giữa tháng
    giữa tuần
    guốc mộc
    gà con
    gà công nghiệp
    gà luộc
    gà mái
    gà nướng
    gà quay
    gà ri
    gà rán
    gà ta
    gà trống
    gà tây
    gàn dở
    gào thét
    gác lại
    gác mái
    gác xép
    gán ghép
    gánh chịu
    gánh vác
    gân cốt
    gây bức xúc
    gây chiến
    gây gổ
    gây hại
    gây hấn
    gây mê
    gây nên
    gây ra
    gây rối
    gây sức ép
    gây tê
    gây áp lực
    gãi ngứa
    gãy xương
    gìn giữ
    gò má
    góa phụ
    góc nhìn
    góc nhọn
    góc tù
    góc vuông
    góc độ
    gói hàng
    gói thầu
    góp mặt
    góp phần
    góp vốn
    góp ý
    gót chân
    gót son
    găng tay
    gươm giáo
    gương chiếu hậu
    gương mẫu
    gương mặt
    gương soi
    gượng gạo
    gượng ép
    gạo lứt
    gạo nếp
    gạo tẻ
    gấp ba
    gấp bội
    gấp gáp
    gấp rút
    gấp đôi
    gấu bông
    gấu trúc
    gần gũi
    gần kề
    gần nhau
    gần như
    gần xa
    gần đây
    gầy còm
    gầy guộc
    gầy gò
    gập ghềnh
    gật gù
    gật đầu
    gắn bó
    gắn kết
    gắn liền
    gắng sức
    gặp gỡ
    gặp mặt
    gặp nạn
    gặp phải
    gặt hái
    gọi video
    gọi vốn
    gọi điện
    gọn ghẽ
    gọn gàng
    gọn lỏn
    gỏi cuốn
    gốc cây
    gốc rễ
    gối ôm
    gối đầu
    gồm có
    gỗ lim
    gỗ quý
    gỗ thông
    gỗ tếch
    gội đầu
    gỡ bỏ
    gỡ cài đặt
    gợi mở
    gợi ý
    gừng tươi
    gửi gắm
    gửi thư
    gửi tiền
    gửi xe
    ha hả
    hai bên
    hai mươi
    ham muốn
    hang đá
    hang động
    hang ổ
    hay ho
    hay không
    hay là
    hay sao
    hen suyễn
    heo hút
    heo rừng
    hi sinh
    hi vọng
    hiu hiu
    hiu hắt
    hiu quạnh
    hiên nhà
    hiếm có
    hiếm hoi
    hiếm khi
    hiến chương
    hiến kế
    hiến máu
    hiến pháp
    hiến tặng
    hiếp dâm
    hiếu nghĩa
    hiếu thuận
    hiếu thảo
    hiếu động
    hiền dịu
    hiền hòa
    hiền hậu
    hiền lành
    hiền thục
    hiền tài
    hiểm nguy
    hiểm trở
    hiểm ác
    hiểm độc
    hiển hách
    hiển nhiên
    hiểu biết
    hiểu lầm
    hiểu nhầm
    hiện diện
    hiện giờ
    hiện hành
    hiện hữu
    hiện nay
    hiện ra
    hiện thực
    hiện thực hóa
    hiện trường
    hiện tượng
    hiện tại
    hiện vật
    hiện đại
    hiện đại hóa
    hiệp hai
    hiệp hội
    hiệp một
    hiệp phụ
    hiệp sĩ
    hiệp định
    hiệp ước
    hiệu chỉnh
    hiệu lực
    hiệu năng
    hiệu phó
    hiệu quả
    hiệu suất
    hiệu sách
    hiệu thuốc
    hiệu trưởng
    hiệu vàng
    hiệu ứng nhà kính
    ho gà
    ho khan
    hoa bằng lăng
    hoa cúc
    hoa cỏ
    hoa dại
    hoa giấy
    hoa gạo
    hoa huệ
    hoa hướng dương
    hoa hậu
    hoa hồng
    hoa lan
    hoa loa kèn
    hoa ly
    hoa lài
    hoa lá
    hoa mai
    hoa màu
    hoa mắt
    hoa mộc lan
    hoa mỹ
    hoa nhài
    hoa phượng
    hoa quả
    hoa sen
    hoa súng
    hoa sứ
    hoa sữa
    hoa tai
    hoa tulip
    hoa tươi
    hoa đào
    hoang dã
    hoang hoải
    hoang mang
    hoang mạc
    hoang phí
    hoang phế
    hoang sơ
    hoang tàn
    hoang tưởng
    hoang vu
    hoang vắng
    hoang đường
    hoài bão
    hoài cổ
    hoài nghi
    hoài niệm
    hoàn chỉnh
    hoàn cảnh
    hoàn hảo
    hoàn lương
    hoàn mỹ
    hoàn thiện
    hoàn thuế
    hoàn thành
    hoàn tiền
    hoàn toàn
    hoàn trả
    hoàn tất
    hoàn tục
    hoàng hôn
    hoán vị
    hoán đổi
    hoóc môn
    hoạch định
    hoạn nạn
    hoạt động
    hoảng hốt
    hoảng loạn
    hoảng sợ
    hoặc là
    hung bạo
    hung dữ
    hung hăng
    hung khí
    hung thủ
    hung ác
    huy chương
    huy chương bạc
    huy chương vàng
    huy chương đồng
    huy hoàng
    huy động vốn
    huyên náo
    huyết quản
    huyết tương
    huyết áp
    huyết áp cao
    huyền bí
    huyền thoại
    huyền ảo
    huyện lỵ
    huênh hoang
    huấn luyện
    huấn luyện viên
    huấn thị
    huống chi
    huống hồ
    hy hữu
    hy sinh
    hy vọng
    hà mã
    hà tiện
    hài kịch
    hài lòng
    hàm chứa
    hàm răng
    hàm số
    hàng binh
    hàng bán chạy
    hàng chục
    hàng cây
    hàng cũ
    hàng giả
    hàng giờ
    hàng hiệu
    hàng hóa
    hàng hải
    hàng khuyến mãi
    hàng không
    hàng loạt
    hàng lậu
    hàng mới
    hàng nghìn
    hàng ngoại
    hàng ngàn
    hàng ngày
    hàng ngũ
    hàng nhái
    hàng năm
    hàng nội
    hàng quán
    hàng rào
    hàng tháng
    hàng tiêu dùng
    hàng triệu
    hàng trăm
    hàng tuần
    hàng tồn
    hàng tồn kho
    hàng tỷ
    hàng xa xỉ
    hàng xách tay
    hàng xóm
    hàng đơn vị
    hàng đầu
    hành chính
    hành chính công
    hành hung
    hành hạ
    hành khách
    hành khất
    hành lang
    hành lá
    hành lý
    hành nghề
    hành pháp
    hành quân
    hành tinh
    hành trình
    hành tung
    hành tây
    hành tím
    hành vi
    hành văn
    hành động
    hào hiệp
    hào hùng
    hào hứng
    hào phóng
    hào quang
    hàu biển
    hách dịch
    hái lượm
    hái lộc
    hát bội
    hát chèo
    hát hò
    hát tuồng
    hát xoan
    hát xẩm
    háu ăn
    hâm mộ
    hâm nóng
    hân hoan
    hân hạnh
    hãng hàng không
    hèn chi
    hèn gì
    hèn hạ
    hèn nhát
    hé lộ
    héc ta
    hên xui
    hì hục
    hì hụi
    hình bình hành
    hình chữ nhật
    hình cầu
    hình dung
    hình dáng
    hình dạng
    hình hài
    hình học
    hình học không gian
    hình hộp
    hình mẫu
    hình như
    hình nón
    hình phạt
    hình sự
    hình sự hóa
    hình tam giác
    hình thang
    hình thoi
    hình thành
    hình thù
    hình thể
    hình thức
    hình tròn
    hình trụ
    hình tượng
    hình vuông
    hình ảnh
    hí hoáy
    hí hửng
    hò vè
    hòa bình
    hòa giải
    hòa hoãn
    hòa hợp
    hòa nhau
    hòa nhã
    hòa nhạc
    hòa nhập
    hòa quyện
    hòa tan
    hòa thượng
    hòa âm
    hòa đàm
    hòa đồng
    hóa chất
    hóa học
    hóa ra
    hóa thân
    hóa đơn
    hô hấp
    hôi hám
    hôi miệng
    hôi thối
    hôm kia
    hôm nay
    hôm qua
    hôm sau
    hôm trước
    hôm đó
    hôm ấy
    hôn hít
    hôn mê
    hôn phu
    hôn thê
    hùng hậu
    hùng hổ
    hùng mạnh
    hùng vĩ
    hăm hở
    hăng hái
    hăng say
    hơ hớ
    hơi nước
    hơi thở
    hơn hết
    hơn kém
    hơn nữa
    hơn tuổi
    hư cấu
    hư hại
    hư hỏng
    hư vô
    hương cống
    hương liệu
    hương vị
    hươu cao cổ
    hướng bắc
    hướng dẫn
    hướng dẫn viên
    hướng nam
    hướng tây
    hướng tới
    hướng đi
    hướng đông
    hưởng lợi
    hưởng thụ
    hưởng ứng
    hạ bệ
    hạ cánh
    hạ giá
    hạ gục
    hạ lưu
    hạ nhiệt
    hạ sĩ
    hạ sĩ quan
    hạ thấp
    hạ thủy
    hạ tầng
    hạ viện
    hạch toán
    hạn chế
    hạn hán
    hạn mức
    hạn ngạch
    hạn định
    hạng ba
    hạng nhất
    hạnh phúc
    hạt bí
    hạt cơ bản
    hạt dưa
    hạt dẻ
    hạt giống
    hạt gạo
    hạt mưa
    hạt mầm
    hạt nhân
    hạt nêm
    hạt sen
    hạt thóc
    hạt tiêu
    hạt điều
    hải cảng
    hải dương học
    hải lưu
    hải phận
    hải quan
    hải quân
    hải sâm
    hải sản
    hải đảo
    hảo hạng
    hấp cách thủy
    hấp dẫn
    hấp háy
    hấp hối
    hấp thu
    hấp thụ
    hấp tấp
    hầm chui
    hầm hập
    hầm mỏ
    hầm nhừ
    hầm trú ẩn
    hầu hết
    hầu như
    hầu đồng
    hậu cần
    hậu duệ
    hậu hĩnh
    hậu kỳ
    hậu môn
    hậu phương
    hậu quả
    hậu thuẫn
    hậu trường
    hậu vệ
    hậu vệ cánh
    hậu đãi
    hắt hiu
    hắt hơi
    hằm hằm
    hằn học
    hằng ngày
    hằng năm
    hằng số
    hằng tháng
    hằng tuần
    hẳn hoi
    hẳn nhiên
    hẹn gặp lại
    hẹn hò
    hẹp hòi
    hết hiệu lực
    hết sức
    hết thảy
    hệ gen
    hệ miễn dịch
    hệ quả
    hệ sinh thái
    hệ thần kinh
    hệ thống
    hệ điều hành
    họ gần
    họ hàng
    họ xa
    họa mi
    họa sĩ
    học bạ
    học bổng
    học giả
    học hàm
    học hành
    học hỏi
    học kì
    học kỳ
    học lệch
    học lực
    học máy
    học phí
    học sinh
    học theo
    học thuyết
    học thuật
    học thêm
    học trò
    học tập
    học viên
    học việc
    học viện
    học vấn
    học vẹt
    học vị
    họp báo
    họp hành
    họp phụ huynh
    hỏa hoạn
    hỏa táng
    hỏi han
    hỏi thăm
    hỏi ý kiến
    hỏi đáp
    hố đen
    hối hả
    hối hận
    hối lộ
    hối tiếc
    hối đoái
    hống hách
    hồ bơi
    hồ chứa
    hồ hởi
    hồ nghi
    hồ nước
    hồ sơ
    hồ thủy điện
    hồ tiêu
    hồi giáo
    hồi hương
    hồi hộp
    hồi ký
    hồi phục
    hồi sinh
    hồi sức
    hồi trước
    hồi tưởng
    hồi xuân
    hồi âm
    hồi đáp
    hồi đó
    hồi ấy
    hồi ức
    hồn ma
    hồn nhiên
    hồn vía
    hồng cầu
    hồng hào
    hồng hồng
    hồng nhạt
    hồng phấn
    hồng xiêm
    hổ thẹn
    hổn hển
    hỗ trợ
    hỗn hợp
    hỗn loạn
    hỗn láo
    hộ chiếu
    hộ gia đình
    hộ khẩu
    hộ kinh doanh
    hộ lý
    hộ nghèo
    hộ sinh
    hộ tịch
    hộ tống
    hộc tủ
    hội chợ
    hội chứng
    hội hè
    hội họa
    hội họp
    hội kiến
    hội nghị
    hội nghị thượng đỉnh
    hội ngộ
    hội nhập
    hội phụ huynh
    hội thảo
    hội thẩm
    hội thẩm nhân dân
    hội tụ
    hội viên
    hội ý
    hội đàm
    hội đồng
    hội đồng nhân dân
    hội đồng quản trị
    hội đồng thi
    hộp bút
    hộp giấy
    hộp nhựa
    hộp sắt
    hộp thư
    hớn hở
    hớt hải
    hờ hững
    hời hợt
    hợp chất
    hợp hiến
    hợp kim
    hợp long
    hợp lí
    hợp lý
    hợp lý hóa
    hợp lưu
    hợp lệ
    hợp lực
    hợp nhất
    hợp pháp
    hợp thành
    hợp thời
    hợp thức hóa
    hợp tác
    hợp tác xã
    hợp xướng
    hợp đồng
    hợp đồng lao động
    hục hặc
    hụi họ
    hủ tiếu
    hủ tíu
    hủ tục
    hủy bỏ
    hủy diệt
    hủy hoại
    hứa hẹn
    hứng chịu
    hứng thú
    hừng hực
    hữu cơ
    hữu danh vô thực
    hữu dụng
    hữu hiệu
    hữu hạn
    hữu hảo
    hữu nghị
    hữu quan
    hữu sản
    hữu tình
    hữu ích
    im lìm
    im lặng
    im ắng
    in ấn
    inh ỏi
    kem chống nắng
    kem dưỡng
    kem đánh răng
    kem ốc quế
    keo dán
    keo kiệt
    khai báo
    khai hoang
    khai khoáng
    khai man
    khai mạc
    khai phá
    khai quật
    khai sinh
    khai sáng
    khai thác
    khai thông
    khai trương
    khai trừ
    khai tử
    khan hiếm
    khang trang
    khanh khách
    khao khát
    khe khẽ
    khe suối
    khen ngợi
    khen thưởng
    khi nào
    khi đó
    khi ấy
    khinh thường
    khiêm cung
    khiêm nhường
    khiêm tốn
    khiên giáp
    khiêu khích
    khiêu vũ
    khiếm khuyết
    khiếm thính
    khiếm thị
    khiếp sợ
    khiếu kiện
    khiếu nại
    khiển trách
    kho bãi
    kho dữ liệu
    kho hàng
    kho tộ
    kho vận
    khoa bảng
    khoa cử
    khoa học
    khoa học kỹ thuật
    khoa học tự nhiên
    khoa học xã hội
    khoa nhi
    khoa sản
    khoa trương
    khoai lang
    khoai mì
    khoai môn
    khoai sắn
    khoai sọ
    khoai tây
    khoan dung
    khoan hồng
    khoan khoái
    khoan thai
    khoang miệng
    khoe khoang
    khoác lác
    khoáng chất
    khoáng sản
    khoản mục
    khoản tiền
    khoản vay
    khoảng chừng
    khoảng cách
    khoảnh khắc
    khoẻ khoắn
    khoẻ mạnh
    khu bảo tồn
    khu chế xuất
    khu công nghiệp
    khu du lịch
    khu dân cư
    khu kinh tế
    khu nghỉ dưỡng
    khu phố
    khu vui chơi
    khu vực
    khu vực công
    khu vực tư nhân
    khu đô thị
    khung cảnh
    khung thành
    khuy áo
    khuya khoắt
    khuynh hướng
    khuynh đảo
    khuyên bảo
    khuyên nhủ
    khuyên tai
    khuyến cáo
    khuyến khích
    khuyến mãi
    khuyến mại
    khuyến nông
    khuyết tật
    khuyết điểm
    khuôn khổ
    khuôn mẫu
    khuôn mặt
    khuôn phép
    khuất phục
    khuếch trương
    khuếch đại
    khuỷu tay
    khác biệt
    khác nhau
    khác thường
    khách du lịch
    khách hàng
    khách khứa
    khách mời
    khách quan
    khách sạn
    khái niệm
    khám bệnh
    khám nghiệm
    khám phá
    khám xét
    khán giả
    khán phòng
    khán đài
    kháng chiến
    kháng cáo
    kháng cự
    kháng nghị
    kháng nguyên
    kháng sinh
    kháng thể
    khát nước
    khát vọng
    khâm phục
    khéo léo
    khéo tay
    khí carbonic
    khí hậu
    khí nhà kính
    khí oxy
    khí quyển
    khí quản
    khí thiên nhiên
    khí thải
    khí tài
    khí tượng
    khí đốt
    khí độc
    khía cạnh
    khích bác
    khích lệ
    khít khao
    khó chịu
    khó khăn
    khó nhọc
    khó thở
    khó tính
    khóa cửa
    khóa học
    khóa kéo
    khóa luận
    khóc lóc
    khói bụi
    khói lửa
    khô hanh
    khô hạn
    khô khan
    khô khốc
    khô ráo
    khôi hài
    khôi ngô
    khôi phục
    khôn khéo
    khôn ngoan
    không bao giờ
    không chính thức
    không chỉ
    không còn
    không có
    không cần
    không dám
    không gian
    không hề
    không khí
    không kích
    không kịp
    không ngờ
    không những
    không nên
    không phải
    không phận
    không quân
    không sao
    không thể
    không được
    khúc khuỷu
    khúc khích
    khăn choàng
    khăn giấy
    khăn lau
    khăn mặt
    khăn quàng
    khăn quàng cổ
    khăn tắm
    khước từ
    khả dĩ
    khả nghi
    khả năng
    khả quan
    khả thi
    khả ái
    khảo cổ
    khảo cổ học
    khảo sát
    khấn vái
    khấp khểnh
    khấp khởi
    khẩn cấp
    khẩn cầu
    khẩn khoản
    khẩn thiết
    khẩn trương
    khẩu hiệu
    khẩu pháo
    khẩu phần
    khẩu trang
    khẩu vị
    khập khiễng
    khập khễnh
    khật khưỡng
    khắc ghi
    khắc họa
    khắc khoải
    khắc nghiệt
    khắc phục
    khắc sâu
    khắp chốn
    khắp nơi
    khắt khe
    khẳng khiu
    khẳng định
    khẽ khàng
    khề khà
    khệ nệ
    khỉ đột
    khỏe khoắn
    khỏe mạnh
    khỏi bệnh
    khốc liệt
    khối lượng
    khối lập phương
    khối u
    khốn khó
    khốn khổ
    khống chế
    khổ qua
    khổ sở
    khổ đau
    khổng lồ
    khớp xương
    khờ khạo
    khởi công
    khởi hành
    khởi kiện
    khởi nghiệp
    khởi nghĩa
    khởi nguồn
    khởi sắc
    khởi sự
    khởi tố
    khởi xướng
    khởi điểm
    khởi đầu
    khởi động
    khủng bố
    khủng bố tinh thần
    khủng hoảng
    khủng hoảng kinh tế
    khử khuẩn
    khử trùng
    ki lô
    ki lô gam
    ki lô mét
    ki ốt
    kim chỉ
    kim cương
    kim loại
    kim loại quý
    kim ngạch
    kim tiêm
    kinh doanh
    kinh hoàng
    kinh hãi
    kinh nghiệm
    kinh nguyệt
    kinh ngạc
    kinh phí
    kinh phật
    kinh qua
    kinh thành
    kinh thánh
    kinh tế
    kinh tế học
    kinh tế nhà nước
    kinh tế số
    kinh tế thị trường
    kinh tế tư nhân
    kinh tế tập thể
    kinh tế vi mô
    kinh tế vĩ mô
    kinh tởm
    kinh điển
    kinh đô
    kiên cường
    kiên cố
    kiên nhẫn
    kiên quyết
    kiên trì
    kiên định
    kiêu căng
    kiêu hãnh
    kiêu ngạo
    kiến giải
    kiến nghị
    kiến thiết
    kiến thức
    kiến trúc
    kiến trúc sư
    kiến tạo
    kiếp người
    kiếp sau
    kiếp trước
    kiềm chế
    kiềm tỏa
    kiều bào
    kiểm chứng
    kiểm duyệt
    kiểm kê
    kiểm lâm
    kiểm nghiệm
    kiểm phiếu
    kiểm soát
    kiểm sát viên
    kiểm toán
    kiểm toán viên
    kiểm tra
    kiểm điểm
    kiểm định
    kiểu dáng
    kiểu mẫu
    kiện cáo
    kiện hàng
    kiện tụng
    kiệt quệ
    kiệt sức
    kiệt tác
    kiệt xuất
    kèm theo
    kèn sáo
    kèn đồng
    kém cỏi
    kém tuổi
    kén ăn
    kéo co
    kênh mương
    kênh rạch
    kênh thủy lợi
    kêu gọi
    kêu la
    kì diệu
    kì lạ
    kì thi
    kìm hãm
    kí hiệu
    kí ức
    kích cầu
    kích cỡ
    kích hoạt
    kích thích tố
    kích thước
    kích động
    kín đáo
    kính cận
    kính gửi
    kính lão
    kính mắt
    kính râm
    kính thưa
    kính trọng
    kính áp tròng
    ký hiệu
    ký hợp đồng
    ký kết
    ký quỹ
    ký sinh trùng
    ký sự
    ký túc xá
    ký ức
    kĩ lưỡng
    kĩ năng
    kĩ sư
    kĩ thuật
    kĩu kịt
    kẹp giấy
    kẹp tóc
    kẹt xe
    kẻ cướp
    kẻ gian
    kẻ giết người
    kẻ trộm
    kẽo kẹt
    kế bên
    kế hoạch
    kế hoạch hóa
    kế nhiệm
    kế sách
    kế thừa
    kế toán
    kế toán trưởng
    kế toán viên
    kế tục
    kết cấu
    kết cục
    kết giao
    kết hôn
    kết hợp
    kết luận
    kết nạp
    kết nối
    kết nối mạng
    kết quả
    kết quả nghiên cứu
    kết thúc
    kết tinh
    kết toán
    kết tội
    kết án
    kể chuyện
    kể cả
    kể lại
    kể trên
    kể từ
    kệ sách
    kỉ lục
    kỉ niệm
    kịch bản
    kịch câm
    kịch liệt
    kịch nói
    kịch thơ
    kịch tính
    kịp thời
    kỳ công
    kỳ cựu
    kỳ diệu
    kỳ hạn
    kỳ lân
    kỳ lạ
    kỳ nghỉ
    kỳ quặc
    kỳ thi
    kỳ thú
    kỳ thị
    kỳ thủ
    kỳ tích
    kỳ vĩ
    kỳ vọng
    kỵ binh
    kỷ cương
    kỷ luật
    kỷ lục
    kỷ niệm
    kỷ vật
    kỷ yếu
    kỹ càng
    kỹ lưỡng
    kỹ năng
    kỹ sư
    kỹ thuật
    kỹ xảo
    la hét
    la mắng
    la đà
    lai lịch
    lai tạo
    lan man
    lan rộng
    lan truyền
    lan tỏa
    lang thang
    lanh chanh
    lanh lẹ
    lanh lợi
    lao công
    lao dốc
    lao phổi
    lao động
    lao động chân tay
    lao động phổ thông
    lao động trí óc
    lau chùi
    lau dọn
    lau sậy
    le lói
    len dạ
    leo núi
    leo thang
    leo trèo
    li ti
    linh hoạt
    linh hồn
    linh kiện
    linh kiện điện tử
    linh mục
    linh thiêng
    linh động
    liêm chính
    liêm khiết
    liên bang
    liên can
    liên danh
    liên doanh
    liên hiệp
    liên hoan
    liên hoan phim
    liên hệ
    liên hợp
    liên kết
    liên lạc
    liên lụy
    liên minh
    liên ngành
    liên quan
    liên quan đến
    liên thông
    liên tiếp
    liên tưởng
    liên tục
    liên từ
    liên đới
    liền sau
    liều lĩnh
    liều lượng
    liều mạng
    liều thuốc
    liệt sĩ
    lo liệu
    lo lắng
    lo ngại
    lo sợ
    lo toan
    lo xa
    lo âu
    loa đài
    loan báo
    lom khom
    lon bia
    lon nước
    lon ton
    long lanh
    long lân quy phượng
    long trọng
    loài người
    loài vật
    loại bỏ
    loại hình
    loại trừ
    loạn thị
    loạt sút
    lui cui
    lung linh
    luyện kim
    luyện thi
    luyện tập
    luân chuyển
    luân hồi
    luân lưu
    luôn luôn
    luôn thể
    luận cứ
    luận giải
    luận tội
    luận văn
    luận án
    luận điểm
    luật doanh nghiệp
    luật dân sự
    luật gia
    luật hành chính
    luật hình sự
    luật hóa
    luật học
    luật lao động
    luật lệ
    luật pháp
    luật sư
    luật đất đai
    luật đầu tư
    luống cuống
    luống tuổi
    luộm thuộm
    ly biệt
    ly dị
    ly giấy
    ly hôn
    ly thân
    ly tách
    làm bạn
    làm cha
    làm chủ
    làm giàu
    làm giá
    làm gì
    làm lụng
    làm mẹ
    làm nghề
    làm người
    làm phiền
    làm quen
    làm ra
    làm ruộng
    làm sao
    làm theo
    làm thêm
    làm thêm giờ
    làm việc
    làm vườn
    làm ăn
    làm đẹp
    làm ơn
    làn da
    làn sóng
    làn đường
    làng mạc
    làng nghề
    làng nhàng
    làng quê
    làng xóm
    lành bệnh
    lành mạnh
    lành nghề
    lá cây
    lá gan
    lá lách
    lá phiếu
    lá phổi
    lá vàng
    lác đác
    lái xe
    láng giềng
    láo xược
    lâm chung
    lâm nghiệp
    lâm nguy
    lâm sàng
    lâm sản
    lâm thời
    lâm tặc
    lâm vào
    lân cận
    lâu bền
    lâu dài
    lâu lâu
    lâu lắm
    lâu nay
    lâu năm
    lâu đài
    lâu đời
    lây lan
    lây nhiễm
    lây truyền
    lãi kép
    lãi suất
    lãi vay
    lãng mạn hóa
    lãng phí
    lãng quên
    lãnh hải
    lãnh sự
    lãnh sự quán
    lãnh thổ
    lãnh tụ
    lãnh đạm
    lãnh đạo
    lão hóa
    lão luyện
    lão niên
    lè nhè
    lém lỉnh
    lén lút
    lên men
    lên xuống
    lên đồng
    lênh khênh
    lênh láng
    lênh đênh
    lêu nghêu
    lì lợm
    lì xì
    lì đòn
    lí do
    lí thuyết
    lí tưởng
    lính canh
    lính chữa cháy
    lính cứu hỏa
    lính dù
    lính gác
    lính mới
    lính thủy đánh bộ
    lính đánh thuê
    líu lo
    líu ríu
    lò nướng
    lò sưởi
    lò vi sóng
    lò đốt rác
    lòe loẹt
    lòng bàn chân
    lòng bàn tay
    lòng heo
    lòng lợn
    lòng sông
    lòng tham
    lòng tin
    lòng tốt
    lòng đường
    lóc cóc
    lóng lánh
    lóng ngóng
    lô tô
    lôi cuốn
    lôi kéo
    lôi thôi
    lông chân
    lông mi
    lông mày
    lông nách
    lông thú
    lông vũ
    lù mù
    lù đù
    lùi xe
    lùn tịt
    lùng nhùng
    lúa giống
    lúa gạo
    lúa lai
    lúa mì
    lúa mạch
    lúa nương
    lúa nước
    lúc nhúc
    lúc nào
    lúc này
    lúc đó
    lúc ấy
    lúi húi
    lúm đồng tiền
    lúng túng
    lý do
    lý giải
    lý luận
    lý lẽ
    lý lịch
    lý thuyết
    lý thú
    lý trí
    lý tính
    lý tưởng
    lăn tăn
    lăng mộ
    lăng nhăng
    lĩnh hội
    lĩnh vực
    lũ lụt
    lũ quét
    lũ ống
    lũng đoạn
    lũy tre
    lơ lửng
    lơ mơ
    lơ ngơ
    lơ phơ
    lơ thơ
    lơ đãng
    lơi lỏng
    lưa thưa
    lưu giữ
    lưu hành
    lưu loát
    lưu lượng
    lưu lại
    lưu manh
    lưu niệm
    lưu thông
    lưu trú
    lưu trữ
    lưu vong
    lưu ý
    lưu động
    lương bổng
    lương cơ bản
    lương hưu
    lương thiện
    lương thực
    lương tri
    lương tâm
    lương tối thiểu
    lương y
    lưới điện
    lướt sóng
    lướt thướt
    lướt ván
    lười biếng
    lười nhác
    lường gạt
    lưỡng cư
    lưỡng lự
    lượn lờ
    lượng giác
    lượng mưa
    lượng từ
    lượng tử
    lượt chia sẻ
    lượt khách
    lượt thích
    lượt xem
    lạ lùng
    lạ thường
    lạc hậu
    lạc loài
    lạc lõng
    lạc quan
    lạc rang
    lạc đà
    lạc đề
    lạm dụng
    lạm phát
    lạm quyền
    lạng lách
    lạng vàng
    lạnh giá
    lạnh lùng
    lạnh lẽo
    lạnh ngắt
    lạnh nhạt
    lạnh tanh
    lạnh toát
    lạp xưởng
    lả lướt
    lả tả
    lải nhải
    lấm lem
    lấm tấm
    lấn chiếm
    lấn sân
    lấn át
    lấp lánh
    lấp ló
    lấp lửng
    lấy chồng
    lấy vợ
    lấy ý kiến
    lầm bầm
    lầm lẫn
    lầm lỗi
    lầm tưởng
    lần cuối
    lần lượt
    lần đầu
    lẩm bẩm
    lẩm cẩm
    lẩn tránh
    lẫn lộn
    lẫn nhau
    lẫy lừng
    lập công
    lập công chuộc tội
    lập cập
    lập luận
    lập lòe
    lập lờ
    lập nghiệp
    lập nên
    lập pháp
    lập trình
    lập trình viên
    lập trường
    lập tức
    lật bật
    lật lọng
    lật tẩy
    lật xe
    lật đật
    lật đổ
    lắc tay
    lắc đầu
    lắng nghe
    lắng đọng
    lắp ghép
    lắp ráp
    lắp đặt
    lắt léo
    lằng nhằng
    lẳng lơ
    lẳng lặng
    lặn biển
    lặn lội
    lặng im
    lặng lẽ
    lặp lại
    lẹ làng
    lẻ loi
    lẻ tẻ
    lẽ nào
    lếch thếch
    lề lối
    lề thói
    lề đường
    lềnh bềnh
    lều trại
    lễ bái
    lễ cưới
    lễ giáo
    lễ hội
    lễ hội truyền thống
    lễ mừng thọ
    lễ nghi
    lễ nghĩa
    lễ phép
    lễ phục
    lễ tân
    lễ tết
    lễ vật
    lễ ăn hỏi
    lễ độ
    lệ phí
    lệ thuộc
    lệch lạc
    lệnh cấm
    lệnh trừng phạt
    lỉnh kỉnh
    lịch dương
    lịch học
    lịch làm việc
    lịch lãm
    lịch sử
    lịch sự
    lịch treo
    lịch trình
    lịch âm
    lọ hoa
    lỏng chỏng
    lỏng lẻo
    lốc xoáy
    lối chơi
    lối ra
    lối sống
    lối thoát hiểm
    lối vào
    lối đi
    lốp bốp
    lốp xe
    lồng ngực
    lồng tiếng
    lỗ chân lông
    lỗ lãi
    lỗ mũi
    lỗ tai
    lỗi lạc
    lỗi thời
    lộ trình
    lộc lá
    lộc non
    lộn xộn
    lộng lẫy
    lộng quyền
    lộp bộp
    lộp độp
    lớn lao
    lớn lên
    lớn tuổi
    lớp học
    lớp người
    lớp phó
    lớp trưởng
    lớp trẻ
    lờ mờ
    lờ đờ
    lời bài hát
    lời ca
    lời chúc
    lời giới thiệu
    lời hứa
    lời khuyên
    lời lãi
    lời lẽ
    lời mời
    lời nguyền
    lời nói
    lời thề
    lời văn
    lời đồn
    lở đất
    lợi dụng
    lợi hại
    lợi nhuận
    lợi răng
    lợi thế
    lợi tức
    lợi ích
    lợn con
    lợn nái
    lợn rừng
    lụ khụ
    lụa tơ tằm
    lục bát
    lục bình
    lục phủ ngũ tạng
    lục quân
    lủi thủi
    lứa tuổi
    lừa bịp
    lừa dối
    lừa gạt
    lừa đảo
    lừa đảo trực tuyến
    lừng danh
    lừng khừng
    lừng lẫy
    lửa trại
    lửng lơ
    lửng thửng
    lữ đoàn
    lựa chọn
    lực bất tòng tâm
    lực hấp dẫn
    lực lượng
    lực lượng lao động
    lựu đạn
    ma chay
    ma quái
    ma quỷ
    ma sát
    ma túy
    ma túy tổng hợp
    mai kia
    mai mối
    mai phục
    mai sau
    mai táng
    mang cá
    mang lại
    mang thai
    mao mạch
    mau chóng
    mau lẹ
    may mắn
    may mặc
    may rủi
    may đo
    minh bạch
    minh chứng
    minh họa
    minh mẫn
    minh oan
    minh tinh
    miên man
    miêu tả
    miến gà
    miến lươn
    miếu mạo
    miền biển
    miền bắc
    miền nam
    miền ngược
    miền núi
    miền quê
    miền trung
    miền xuôi
    miễn cưỡng
    miễn dịch
    miễn là
    miễn nhiệm
    miễn phí
    miễn sao
    miễn thuế
    miễn trừ
    miệt mài
    miệt thị
    mon men
    mong chờ
    mong manh
    mong muốn
    mong đợi
    mong ước
    mu bàn tay
    mua bán
    mua bán người
    mua chuộc
    mua chịu
    mua dâm
    mua hàng
    mua lại
    mua sắm
    mua sắm trực tuyến
    muôn hình vạn trạng
    muôn màu
    muôn năm
    muôn vàn
    muông thú
    muối chua
    muối khoáng
    muối ăn
    muỗng nĩa
    muộn màng
    mà còn
    mà thôi
    màn hình
    màn tuyn
    màng nhĩ
    màu be
    màu bạc
    màu cam
    màu chàm
    màu ghi
    màu hồng
    màu kem
    màu lam
    màu lục
    màu mè
    màu nâu
    màu sắc
    màu trắng
    màu tím
    màu vàng
    màu vàng kim
    màu xanh
    màu xanh dương
    màu xanh lam
    màu xanh lá
    màu xám
    màu đen
    màu đỏ
    má hồng
    má lúm
    mái hiên
    mái ngói
    mái nhà
    mái trường
    mái tóc
    mái tôn
    mánh khóe
    mánh lới
    mát lạnh
    mát mẻ
    mát rượi
    máu huyết
    máu mủ
    máy atm
    máy bay
    máy bay chiến đấu
    máy bay ném bom
    máy bay trực thăng
    máy bay vận tải
    máy chủ
    máy giặt
    máy hút bụi
    máy lạnh
    máy lọc không khí
    máy lọc nước
    máy móc
    máy phát điện
    máy quay
    máy quay phim
    máy rút tiền
    máy sưởi
    máy sấy
    máy sấy tóc
    máy tính
    máy tính bảng
    máy tính xách tay
    máy vi tính
    máy ảnh
    mâm cơm
    mâm ngũ quả
    mâu thuẫn
    mây mù
    mây trời
    mây đen
    mã giảm giá
    mã hóa
    mã nguồn
    mã nguồn mở
    mã độc
    mãi mãi
    mãn hạn
    mãn kinh
    mãn nguyện
    mãn nhiệm
    mãng cầu
    mãnh liệt
    mèo con
    mét khối
    mét vuông
    mê hoặc
    mê man
    mê mải
    mê mẩn
    mê tín
    mê tín dị đoan
    mênh mang
    mênh mông
    mì chính
    mì tôm
    mì xào
    mì ăn liền
    mìn sát thương
    mí mắt
    mòn mỏi
    móc áo
    món nợ
    món ăn
    móng chân
    móng giò
    móng nhà
    móng tay
    móng vuốt
    mô hình
    mô phỏng
    mô tả
    mô tế bào
    môi giới
    môi sinh
    môi son
    môi trường
    môn học
    môn thi
    mông đít
    mõ gỗ
    mù mịt
    mù mờ
    mùa gặt
    mùa hè
    mùa hạ
    mùa khô
    mùa màng
    mùa mưa
    mùa thu
    mùa thu hoạch
    mùa vụ
    mùa xuân
    mùa đông
    mùng mền
    mùng một
    múa ba lê
    múa hát
    múa rối
    múa rối nước
    múi giờ
    măng cụt
    măng tre
    măng tây
    mĩ thuật
    mũ bảo hiểm
    mũ lưỡi trai
    mũ nón
    mũ sắt
    mũi nhọn
    mũi đất
    mũm mĩm
    mơ hồ
    mơ màng
    mơ mộng
    mơ tưởng
    mơ ước
    mơn mởn
    mưa axit
    mưa bão
    mưa dầm
    mưa gió
    mưa lũ
    mưa lớn
    mưa ngâu
    mưa nắng
    mưa phùn
    mưa rào
    mưa thuận gió hòa
    mưa đá
    mưu kế
    mưu mẹo
    mưu sinh
    mưu đồ
    mướp hương
    mướp đắng
    mười hai
    mười hai con giáp
    mười lăm
    mười một
    mượt mà
    mạch lạc
    mạch máu
    mạch điện
    mại dâm
    mạng di động
    mạng internet
    mạng không dây
    mạng lưới
    mạng máy tính
    mạng nhện
    mạng sống
    mạng xã hội
    mạnh bạo
    mạnh dạn
    mạnh giỏi
    mạnh khỏe
    mạnh mẽ
    mạnh thường quân
    mạo danh
    mạo hiểm
    mạo nhận
    mạt sát
    mải miết
    mải mê
    mấp máy
    mấp mô
    mất giá
    mất mát
    mất máu
    mất mùa
    mất mạng
    mất ngủ
    mất nước
    mất tích
    mất đi
    mất điện
    mầm non
    mẫn cảm
    mẫu giáo
    mẫu mã
    mẫu mực
    mẫu số
    mập mạp
    mập mờ
    mật báo
    mật hoa
    mật khẩu
    mật mã
    mật ong
    mật thiết
    mật vụ
    mật độ dân số
    mắc phải
    mắc áo
    mắm nêm
    mắm ruốc
    mắm tép
    mắm tôm
    mắng mỏ
    mắt bão
    mắt cá
    mắt huyền
    mắt kính
    mắt nhắm mắt mở
    mằn mặn
    mặc cả
    mặc dù
    mặc dầu
    mặc kệ
    mặc quần áo
    mặn chát
    mặn mà
    mặn mòi
    mặt biển
    mặt bằng
    mặt hàng
    mặt mũi
    mặt nước
    mặt phẳng
    mặt trăng
    mặt trận
    mặt trời
    mặt đường
    mặt đất
    mẹ bầu
    mẹ chồng
    mẹ con
    mẹ ghẻ
    mẹ hiền
    mẹ kế
    mẹ nuôi
    mẹ ruột
    mẹ vợ
    mẹ đơn thân
    mẹ đẻ
    mẹ đỡ đầu
    mẹo vặt
    mến mộ
    mềm dẻo
    mềm mại
    mềm mỏng
    mềm yếu
    mệt mỏi
    mệt nhọc
    mỉm cười
    mịn màng
    mịt mù
    mịt mờ
    mọc răng
    mọi chuyện
    mọi khi
    mọi lúc
    mọi miền
    mọi người
    mọi nơi
    mọi thứ
    mọi việc
    mỏ lết
    mỏ than
    mỏ vàng
    mỏ đá
    mỏi mòn
    mỏi mắt
    mỏi mệt
    mỏng manh
    mỏng mảnh
    mỏng tang
    mối lo
    mối nguy
    mối quan hệ
    mối tình
    mồ côi
    mồ hôi
    mổ xẻ
    mỗi lần
    mỗi ngày
    mỗi người
    mỗi năm
    mộ phần
    mộc mạc
    mộc nhĩ
    mộng du
    mộng mơ
    mộng tưởng
    một chút
    một cửa
    một lát
    một nghìn
    một nửa
    một số
    một triệu
    một trăm
    một tỷ
    một vài
    một ít
    một đời
    mới lạ
    mới mẻ
    mới toanh
    mới đây
    mờ mịt
    mờ mờ
    mờ ảo
    mở cửa
    mở khóa
    mở mang
    mở màn
    mở rộng
    mở đầu
    mỡ lợn
    mỡ màng
    mỡ máu
    mục kích
    mục nát
    mục sư
    mục tiêu
    mục đích
    mụn cóc
    mụn nhọt
    mụn trứng cá
    mức lương
    mức sống
    mức độ
    mừng rỡ
    mừng thọ
    mừng tuổi
    mực thước
    mực ống
    mỹ học
    mỹ mãn
    mỹ nghệ
    mỹ nhân
    mỹ phẩm
    mỹ quan
    mỹ thuật
    na dai
    na ná
    nam giới
    nan giải
    nao nao
    nao núng
    nem chua
    nem cuốn
    nem nướng
    nem rán
    ngan ngát
    ngang bằng
    ngang hàng
    ngang ngược
    ngang ngửa
    ngang nhau
    ngang nhiên
    ngang trái
    ngang tàng
    ngay cả
    ngay khi
    ngay lập tức
    ngay sau
    ngay thẳng
    ngay trước
    ngay tức khắc
    nghe lời
    nghe nói
    nghe thấy
    nghi can
    nghi kỵ
    nghi lễ
    nghi ngút
    nghi ngại
    nghi ngờ
    nghi phạm
    nghi thức
    nghi vấn
    nghi án
    nghiêm chỉnh
    nghiêm cấm
    nghiêm khắc
    nghiêm nghị
    nghiêm ngặt
    nghiêm trang
    nghiêm trị
    nghiêm trọng
    nghiêm túc
    nghiên cứu
    nghiên cứu sinh
    nghiêng ngả
    nghiện hút
    nghiện ngập
    nghiệp chướng
    nghiệp dư
    nghiệp vụ
    nghiệp đoàn
    nghèo khổ
    nghèo nàn
    nghèo đói
    nghé con
    nghênh ngang
    nghênh đón
    nghêu sò
    nghìn năm
    nghĩ cách
    nghĩ lại
    nghĩ ngợi
    nghĩ ra
    nghĩa là
    nghĩa trang
    nghĩa tình
    nghĩa vụ
    nghĩa vụ quân sự
    nghĩa địa
    nghẹn ngào
    nghẹt mũi
    nghề nghiệp
    nghề tay trái
    nghệ danh
    nghệ nhân
    nghệ sĩ
    nghệ sĩ nhân dân
    nghệ sĩ ưu tú
    nghệ thuật
    nghệ thuật sân khấu
    nghệ tươi
    nghỉ hưu
    nghỉ học
    nghỉ lễ
    nghỉ ngơi
    nghỉ phép
    nghỉ phép năm
    nghỉ việc
    nghị lực
    nghị quyết
    nghị sĩ
    nghị viện
    nghị định
    nghị định thư
    nghịch ngợm
    ngoan cường
    ngoan cố
    ngoan ngoãn
    ngon lành
    ngon miệng
    ngon ngọt
    ngoài khơi
    ngoài kia
    ngoài ra
    ngoại giao
    ngoại hình
    ngoại hối
    ngoại khoa
    ngoại kiều
    ngoại lệ
    ngoại ngữ
    ngoại thành
    ngoại thất
    ngoại trú
    ngoại trưởng
    ngoại tuyến
    ngoại tình
    ngoại tệ
    ngoại vi
    ngoại xâm
    ngoại ô
    ngoảnh lại
    ngoằn ngoèo
    ngu dốt
    ngu ngốc
    nguy cơ
    nguy cấp
    nguy hiểm
    nguy hại
    nguy kịch
    nguy nga
    nguyên bản
    nguyên cớ
    nguyên do
    nguyên khối
    nguyên liệu
    nguyên lý
    nguyên nhân
    nguyên quán
    nguyên soái
    nguyên thủ
    nguyên thủ quốc gia
    nguyên thủy
    nguyên trạng
    nguyên tác
    nguyên tắc
    nguyên tố
    nguyên tử
    nguyên văn
    nguyên vật liệu
    nguyên vẹn
    nguyên âm
    nguyên đơn
    nguệch ngoạc
    nguồn cung
    nguồn cội
    nguồn gốc
    nguồn nhân lực
    nguồn nước
    nguồn tin
    nguồn vui
    nguồn vốn
    ngà voi
    ngàn năm
    ngành học
    ngành nghề
    ngào ngạt
    ngày càng
    ngày công
    ngày cưới
    ngày giỗ
    ngày giờ
    ngày kia
    ngày làm việc
    ngày lễ
    ngày mai
    ngày mất
    ngày nay
    ngày nghỉ
    ngày rằm
    ngày sinh
    ngày tháng
    ngày thường
    ngày tết
    ngày xưa
    ngày đêm
    ngáp ngủ
    ngáy ngủ
    ngân hàng
    ngân hàng thương mại
    ngân hàng trung ương
    ngân sách
    ngân sách nhà nước
    ngây ngô
    ngây ngất
    ngây thơ
    ngã ba
    ngã năm
    ngã sáu
    ngã tư
    ngã xuống
    ngòn ngọt
    ngó nghiêng
    ngói đỏ
    ngón chân
    ngón cái
    ngón giữa
    ngón tay
    ngón trỏ
    ngón áp út
    ngón út
    ngô khoai
    ngô nướng
    ngôi sao
    ngôn luận
    ngôn ngữ
    ngôn ngữ học
    ngôn từ
    ngõ hẻm
    ngõ ngách
    ngõ xóm
    ngùn ngụt
    ngúng nguẩy
    ngút ngàn
    ngăm đen
    ngăn chặn
    ngăn cản
    ngăn kéo
    ngăn ngừa
    ngăn nắp
    ngũ hành
    ngũ quả
    ngơ ngác
    ngơ ngẩn
    ngư dân
    ngư lôi
    ngư nghiệp
    ngưng trệ
    người bán
    người bán hàng
    người bệnh
    người cao tuổi
    người dân
    người dùng
    người dẫn chương trình
    người giao hàng
    người già
    người giàu
    người giúp việc
    người hâm mộ
    người hầu
    người khuyết tật
    người khác
    người lao động
    người làm chứng
    người lạ
    người lớn
    người mua
    người máy
    người mẫu
    người nghèo
    người ngoài
    người nhà
    người nước ngoài
    người nổi tiếng
    người phát ngôn
    người quen
    người sử dụng
    người ta
    người thuê
    người thân
    người thừa kế
    người tiêu dùng
    người tàn tật
    người tị nạn
    người xem
    người yêu
    người đi bộ
    người đi đường
    người đưa thư
    người đứng đầu
    người ấy
    ngưỡng cửa
    ngưỡng mộ
    ngược chiều
    ngược lại
    ngược đãi
    ngượng nghịu
    ngượng ngùng
    ngại ngùng
    ngạo mạn
    ngả nghiêng
    ngất ngây
    ngất ngưởng
    ngất xỉu
    ngẩn ngơ
    ngẩng đầu
    ngẫm nghĩ
    ngẫu nhiên
    ngập lụt
    ngập ngừng
    ngập nước
    ngập tràn
    ngập úng
    ngật ngưỡng
    ngắn gọn
    ngắn hạn
    ngắn ngủi
    ngọc trai
    ngọn cây
    ngọt lịm
    ngọt ngào
    ngốc nghếch
    ngồi thiền
    ngồi tù
    ngồi xuống
    ngổn ngang
    ngộ nhận
    ngờ ngợ
    ngờ vực
    ngụ ngôn
    ngụy biện
    ngụy trang
    ngụy tạo
    ngủ gật
    ngủ nghỉ
    ngủ quên
    ngủ say
    ngủ trưa
    ngứa ngáy
    ngừng bắn
    ngừng lại
    ngữ cảnh
    ngữ nghĩa
    ngữ pháp
    ngữ văn
    ngữ âm
    ngựa con
    ngựa vằn
    nha khoa
    nhan sắc
    nhanh chóng
    nhanh nhảu
    nhanh nhẹn
    nhi khoa
    nhi đồng
    nhiên liệu
    nhiếp ảnh
    nhiếp ảnh gia
    nhiều mây
    nhiều nhất
    nhiều ít
    nhiễm bệnh
    nhiễm khuẩn
    nhiễm mặn
    nhiễm phèn
    nhiễm sắc thể
    nhiễm trùng
    nhiễm độc
    nhiễu loạn
    nhiệm kỳ
    nhiệm màu
    nhiệm sở
    nhiệm vụ
    nhiệt huyết
    nhiệt học
    nhiệt kế
    nhiệt năng
    nhiệt thành
    nhiệt tình
    nhiệt điện
    nhiệt độ
    nho giáo
    nho học
    nho nhỏ
    nho sĩ
    nhu cầu
    nhu nhược
    nhung nhớ
    nhuần nhuyễn
    nhà binh
    nhà buôn
    nhà báo
    nhà bếp
    nhà cao tầng
    nhà chiến lược
    nhà chùa
    nhà chồng
    nhà chờ
    nhà chức trách
    nhà cung cấp
    nhà cách mạng
    nhà cái
    nhà cầm quyền
    nhà cửa
    nhà du hành
    nhà ga
    nhà giam
    nhà giàu
    nhà giáo
    nhà gỗ
    nhà hoạt động
    nhà hàng
    nhà hát
    nhà hóa học
    nhà hảo tâm
    nhà hộ sinh
    nhà kho
    nhà khoa học
    nhà kinh tế
    nhà kinh tế học
    nhà lá
    nhà lãnh đạo
    nhà lầu
    nhà máy
    nhà mạng
    nhà nghiên cứu
    nhà nghỉ
    nhà ngoại
    nhà ngoại giao
    nhà nguyện
    nhà nho
    nhà nông
    nhà nước
    nhà nước pháp quyền
    nhà nội
    nhà nội trú
    nhà phát minh
    nhà phân phối
    nhà phân tích
    nhà phê bình
    nhà phật
    nhà phố
    nhà quê
    nhà quản lý
    nhà riêng
    nhà sinh học
    nhà sàn
    nhà sách
    nhà sáng lập
    nhà sư
    nhà sản xuất
    nhà sử học
    nhà tang lễ
    nhà thi đấu
    nhà thuốc
    nhà thơ
    nhà thầu
    nhà thờ
    nhà toán học
    nhà tranh
    nhà triết học
    nhà trường
    nhà trẻ
    nhà trọ
    nhà tuyển dụng
    nhà tài trợ
    nhà tù
    nhà tư tưởng
    nhà tạm
    nhà tầng
    nhà tập thể
    nhà tắm
    nhà vua
    nhà vô địch
    nhà văn
    nhà văn hóa
    nhà vật lý
    nhà vệ sinh
    nhà vợ
    nhà xuất bản
    nhà xác
    nhà xí
    nhà ăn
    nhà điêu khắc
    nhà đài
    nhà đất
    nhà đầu tư
    nhà để xe
    nhà ống
    nhà ở
    nhà ở xã hội
    nhàm chán
    nhàn hạ
    nhàn nhã
    nhàn nhạt
    nhàn rỗi
    nhá nhem
    nhánh cây
    nhâm nhi
    nhân bản
    nhân chứng
    nhân cách
    nhân công
    nhân danh
    nhân duyên
    nhân dân
    nhân dịp
    nhân gian
    nhân giống
    nhân hậu
    nhân học
    nhân khẩu
    nhân khẩu học
    nhân loại
    nhân lực
    nhân nghĩa
    nhân nhượng
    nhân phẩm
    nhân quyền
    nhân quả
    nhân rộng
    nhân sinh
    nhân sinh quan
    nhân sự
    nhân thế
    nhân tiện
    nhân tài
    nhân tính
    nhân tạo
    nhân tố
    nhân từ
    nhân viên
    nhân viên bán hàng
    nhân viên giao hàng
    nhân viên phục vụ
    nhân văn
    nhân vật
    nhân vật chính
    nhân ái
    nhân đôi
    nhân đạo
    nhân đức
    nhã nhặn
    nhãn cầu
    nhãn hiệu
    nhãn khoa
    nhãn mác
    nhè nhẹ
    nhìn chung
    nhìn lại
    nhìn ngó
    nhìn nhận
    nhìn thấy
    nhí nhảnh
    nhí nhố
    nhóm lửa
    nhóm máu
    nhóm nhạc
    nhún nhường
    nhút nhát
    nhăn nheo
    nhăn nhó
    nhăng nhít
    nhũn nhặn
    nhũng nhiễu
    nhơ nhớp
    như cũ
    như là
    như nhau
    như sau
    như thế
    như thế nào
    như thể
    như trên
    như vậy
    nhưng mà
    nhường nhịn
    nhường đường
    nhược điểm
    nhượng bộ
    nhượng quyền
    nhạc công
    nhạc cổ điển
    nhạc cụ
    nhạc dân tộc
    nhạc giao hưởng
    nhạc kịch
    nhạc pop
    nhạc rock
    nhạc sĩ
    nhạc trưởng
    nhạc trẻ
    nhạc vàng
    nhạc đỏ
    nhạt màu
    nhạt nhòa
    nhạt nhẽo
    nhạt thếch
    nhạy bén
    nhạy cảm
    nhảy cao
    nhảy dây
    nhảy dù
    nhảy lò cò
    nhảy múa
    nhảy sào
    nhảy xa
    nhấn mạnh
    nhấp nháy
    nhấp nhô
    nhấp nhổm
    nhất cử lưỡng tiện
    nhất là
    nhất quán
    nhất thiết
    nhất thời
    nhất trí
    nhất định
    nhầm lẫn
    nhẩn nha
    nhẫn cưới
    nhẫn nhịn
    nhẫn nhục
    nhẫn nại
    nhẫn tâm
    nhậm chức
    nhận biết
    nhận chức
    nhận diện
    nhận dạng
    nhận giải
    nhận hối lộ
    nhận lỗi
    nhận lời
    nhận nuôi
    nhận ra
    nhận thư
    nhận thấy
    nhận thầu
    nhận thức
    nhận việc
    nhận xét
    nhận được
    nhận định
    nhập cuộc
    nhập cư
    nhập cảnh
    nhập khẩu
    nhập môn
    nhập ngũ
    nhập nhoạng
    nhập nhằng
    nhập siêu
    nhập tịch
    nhập vai
    nhập viện
    nhật kí
    nhật ký
    nhậu nhẹt
    nhắc nhở
    nhắn tin
    nhẹ nhàng
    nhẹ nhõm
    nhẹ tênh
    nhếch nhác
    nhịn nhục
    nhịp tim
    nhịp điệu
    nhịp độ
    nhọc nhằn
    nhỏ bé
    nhỏ nhen
    nhỏ nhắn
    nhỏ nhặt
    nhỏ nhẹ
    nhỏ tuổi
    nhỏ xíu
    nhồi máu
    nhồi máu cơ tim
    nhổ răng
    nhộn nhạo
    nhộn nhịp
    nhớ lại
    nhớ nhung
    nhớ ra
    nhờ có
    nhờ vào
    nhờ vả
    nhụy hoa
    nhức đầu
    nhựa cây
    ni cô
    ni sư
    ninh xương
    niêm yết
    niên học
    niên khóa
    niềm tin
    niềm vui
    niềng răng
    niệm phật
    no bụng
    no nê
    no đủ
    noi theo
    nom nớp
    non nớt
    non sông
    non tay
    non trẻ
    nuôi con
    nuôi dưỡng
    nuôi nấng
    nuôi trồng
    nuông chiều
    nài nỉ
    nào ngờ
    náo nhiệt
    náo nức
    nâng cao
    nâng cấp
    nâng niu
    nâng đỡ
    nâu nâu
    não bộ
    né thuế
    né tránh
    ném bom
    ném còn
    ném lao
    ném đĩa
    nét mặt
    nét đẹp
    nên chi
    nêu trên
    níu kéo
    nòng nọc
    nói chung
    nói chuyện
    nói cách khác
    nói dối
    nói mớ
    nói năng
    nói riêng
    nói rằng
    nói thật
    nói trên
    nói tóm lại
    nón bảo hiểm
    nón lá
    nóng bức
    nóng lên toàn cầu
    nóng nực
    nô lệ
    nô đùa
    nôn mửa
    nông cạn
    nông dân
    nông hộ
    nông nghiệp
    nông nô
    nông nổi
    nông sản
    nông thôn
    nông thôn mới
    nông trường
    nông trại
    nõn nà
    núi lửa
    núi non
    núi rừng
    núi đá
    núm vú
    núng nính
    nút giao
    nút thắt
    năm cuối
    năm học
    năm nay
    năm ngoái
    năm nhuận
    năm nhất
    năm sau
    năm tháng
    năm trước
    năm tới
    năn nỉ
    năng khiếu
    năng lượng
    năng lượng mặt trời
    năng lượng sạch
    năng lượng tái tạo
    năng lực
    năng nổ
    năng suất
    năng động
    nũng nịu
    nơ cổ
    nơi công cộng
    nơi nào
    nơi này
    nơi đây
    nơi đó
    nơm nớp
    nương rẫy
    nước bọt
    nước cam
    nước chanh
    nước chè
    nước chảy đá mòn
    nước chấm
    nước da
    nước dùng
    nước dừa
    nước giếng
    nước hoa
    nước khoáng
    nước lèo
    nước lạnh
    nước lọc
    nước máy
    nước mía
    nước mũi
    nước mưa
    nước mắm
    nước mắt
    nước mặt
    nước ngầm
    nước ngọt
    nước nhà
    nước nóng
    nước ròng
    nước rửa tay
    nước suối
    nước sôi
    nước sạch
    nước sốt
    nước thải
    nước tương
    nước uống
    nước ép
    nước đá
    nạn nhân
    nạn đói
    nạo phá thai
    nạp tiền
    nản chí
    nản lòng
    nảy sinh
    nấc cụt
    nấm hương
    nấm kim châm
    nấm mèo
    nấm mốc
    nấm rơm
    nấm độc
    nấn ná
    nấu cơm
    nấu nướng
    nấu ăn
    nắc nẻ
    nắm bắt
    nắm giữ
    nắm quyền
    nắm tay
    nắm vững
    nắng gắt
    nắng hạn
    nắng mưa
    nắng nóng
    nắng ráo
    nằm mơ
    nằm viện
    nằm xuống
    nằng nặc
    nặng nhọc
    nặng nề
    nặng trĩu
    nặng trịch
    nếp cẩm
    nếp nghĩ
    nếp nhăn
    nếp sống
    nết na
    nết xấu
    nếu như
    nền kinh tế
    nền móng
    nền nhà
    nền tảng
    nệm mút
    nối chuyến
    nốt ruồi
    nồi cơm điện
    nồi niêu
    nồi áp suất
    nồm ẩm
    nồng hậu
    nồng nhiệt
    nồng nàn
    nồng nặc
    nồng độ cồn
    nồng ấm
    nổi bật
    nổi dậy
    nổi giận
    nổi loạn
    nổi lên
    nổi tiếng
    nổi trội
    nỗ lực
    nỗi buồn
    nỗi khổ
    nỗi lòng
    nỗi nhớ
    nỗi niềm
    nỗi sợ
    nỗi đau
    nội bộ
    nội chiến
    nội các
    nội dung
    nội hàm
    nội khoa
    nội lực
    nội quy
    nội soi
    nội thành
    nội thất
    nội tiết
    nội trú
    nội trợ
    nội tâm
    nội tạng
    nội tệ
    nội vụ
    nội y
    nội địa
    nộp thuế
    nới lỏng
    nợ công
    nợ nần
    nợ xấu
    nụ cười
    nụ hoa
    nụ hôn
    nức nở
    nửa chừng
    nửa ngày
    nửa năm
    nửa tin nửa ngờ
    nửa vời
    nửa đêm
    nửa đùa nửa thật
    nửa đường
    nữ giới
    nữ hộ sinh
    nữ tu
    nữa là
    oai oái
    oan sai
    oan uổng
    oan ức
    oang oang
    oanh liệt
    oanh tạc
    oi bức
    oi ả
    om dưa
    om sòm
    ong bắp cày
    ong mật
    oán giận
    oán hận
    oằn oại
    phai màu
    phanh gấp
    phanh xe
    phi chính phủ
    phi chính thức
    phi công
    phi cơ
    phi hành gia
    phi kim
    phi kim loại
    phi lý
    phi lợi nhuận
    phi nghĩa
    phi pháp
    phi quân sự hóa
    phi thuyền
    phi thương mại
    phi thường
    phi trường
    phi vật thể
    phim bom tấn
    phim bộ
    phim câm
    phim hoạt hình
    phim hài
    phim hành động
    phim kinh dị
    phim lẻ
    phim màu
    phim ngắn
    phim nhựa
    phim truyền hình
    phim truyện
    phim trường
    phim tài liệu
    phim tình cảm
    phim đen trắng
    phim điện ảnh
    phim ảnh
    phiên bản
    phiên dịch
    phiên dịch viên
    phiên họp
    phiên tòa
    phiên xử
    phiên âm
    phiêu lưu
    phiếu bầu
    phiếu giảm giá
    phiếu mua hàng
    phiếu điểm
    phiền hà
    phiền phức
    pho mát
    phong bì
    phong cách
    phong cảnh
    phong kiến
    phong phanh
    phong phú
    phong thái
    phong thủy
    phong trào
    phong tỏa
    phong tục
    phong tục tập quán
    phong độ
    phun trào
    phung phí
    phàn nàn
    phá dỡ
    phá giá
    phá hoại
    phá hủy
    phá kỷ lục
    phá lệ
    phá rừng
    phá sản
    phá thai
    phá vỡ
    phá án
    phác họa
    phác thảo
    phái sinh
    phái đoàn
    phán đoán
    pháo binh
    pháo hoa
    pháo kích
    pháo nổ
    pháo đài
    pháp chế
    pháp luật
    pháp lý
    pháp lệnh
    pháp nhân
    pháp quyền
    pháp y
    pháp định
    phát biểu
    phát giác
    phát hiện
    phát huy
    phát hành
    phát lộ
    phát minh
    phát ngôn
    phát ngôn viên
    phát sinh
    phát sóng
    phát thanh
    phát thanh viên
    phát thư
    phát thải
    phát triển
    phát triển bền vững
    phát tài
    phát tán
    phát xít
    phát đạt
    phát động
    phân biệt
    phân biệt đối xử
    phân bón
    phân bổ
    phân chia
    phân công
    phân cấp
    phân hóa
    phân hủy
    phân khúc
    phân loại
    phân loại rác
    phân luồng
    phân nửa
    phân phát
    phân phối
    phân số
    phân trần
    phân tách
    phân tích
    phân tử
    phân vân
    phân xưởng
    phân định
    phép màu
    phép tắc
    phê bình
    phê chuẩn
    phê duyệt
    phê phán
    phì nhiêu
    phì phèo
    phì phò
    phí bảo hiểm
    phí dịch vụ
    phí tổn
    phí vận chuyển
    phía bắc
    phía dưới
    phía nam
    phía ngoài
    phía sau
    phía trong
    phía trên
    phía trước
    phía tây
    phía đông
    phích cắm
    phích nước
    phòng bệnh
    phòng cháy
    phòng cháy chữa cháy
    phòng chống
    phòng dịch
    phòng học
    phòng khách
    phòng khám
    phòng không
    phòng làm việc
    phòng ngủ
    phòng ngừa
    phòng ngự
    phòng thi
    phòng thí nghiệm
    phòng thủ
    phòng tránh
    phòng trọ
    phòng tập
    phòng tắm
    phòng vé
    phòng vệ
    phòng vệ sinh
    phòng ăn
    phòng đọc
    phó bí thư
    phó chánh án
    phó chủ tịch
    phó giám đốc
    phó giáo sư
    phó mặc
    phó phòng
    phó thủ tướng
    phó tổng biên tập
    phó tổng thống
    phó từ
    phóng sự
    phóng to
    phóng viên
    phóng xạ
    phóng đại
    phô diễn
    phô mai
    phô trương
    phù dâu
    phù hợp
    phù nề
    phù phiếm
    phù rể
    phù sa
    phù trợ
    phúc lộc
    phúc lợi
    phúc lợi xã hội
    phúc phận
    phúc thẩm
    phúc đáp
    phúc đức
    phúng phính
    phút chốc
    phơ phất
    phơi phóng
    phơi phới
    phương chi
    phương châm
    phương diện
    phương hướng
    phương pháp
    phương pháp luận
    phương thức
    phương tiện
    phương tiện giao thông
    phương tiện truyền thông
    phương trình
    phương án
    phước lành
    phường xã
    phượng hoàng
    phạm nhân
    phạm pháp
    phạm trù
    phạm tội
    phạm vi
    phạt góc
    phạt tiền
    phạt tù
    phạt đền
    phải chăng
    phải không
    phản biện
    phản bác
    phản bội
    phản chiếu
    phản công
    phản cảm
    phản diện
    phản gián
    phản hồi
    phản kháng
    phản lưới
    phản lưới nhà
    phản quốc
    phản trắc
    phản tác dụng
    phản xạ
    phản ánh
    phản đối
    phản động
    phản ứng
    phấn hoa
    phấn khởi
    phấn son
    phấn trắng
    phấn đấu
    phấp phới
    phần còn lại
    phần cứng
    phần kết
    phần lớn
    phần mười
    phần mềm
    phần mềm độc hại
    phần mộ
    phần nghìn
    phần nhiều
    phần nhỏ
    phần nào
    phần phật
    phần thưởng
    phần triệu
    phần trăm
    phần tư
    phần việc
    phần đông
    phẩm chất
    phẩm cách
    phẩm giá
    phẩm hạnh
    phẫn nộ
    phẫn uất
    phẫu thuật
    phập phồng
    phật giáo
    phật pháp
    phật tử
    phế quản
    phỉ báng
    phỏng vấn
    phố cổ
    phố phường
    phố xá
    phố đi bộ
    phối cảnh
    phối hợp
    phồn hoa
    phồn thịnh
    phổ biến
    phổ cập
    phổ quát
    phổ thông
    phở bò
    phở cuốn
    phở gà
    phởn phơ
    phụ bếp
    phụ cấp
    phụ huynh
    phụ khoa
    phụ nữ
    phụ phí
    phụ thuộc
    phụ trách
    phụ tùng
    phụ xe
    phụ âm
    phụ đề
    phục dựng
    phục hồi
    phục hồi kinh tế
    phục kích
    phục sinh
    phục trang
    phục tùng
    phục vụ
    phụng dưỡng
    phủ nhận
    phủ tạng
    phủ xanh
    phủ định
    phức tạp
    phừng phừng
    pin mặt trời
    pin sạc
    qua loa
    qua lại
    qua đời
    quai bị
    quai hàm
    quan chức
    quan hệ
    quan hệ ngoại giao
    quan hệ quốc tế
    quan họ
    quan liêu
    quan lại
    quan ngại
    quan sát
    quan sát viên
    quan tham
    quan trường
    quan trọng
    quan tâm
    quan điểm
    quang cảnh
    quang học
    quanh co
    quanh năm
    quanh quéo
    quanh quẩn
    quay giòn
    quay lại
    quay phim
    quay về
    quay đầu
    quay đầu xe
    quy chuẩn
    quy chế
    quy chụp
    quy cách
    quy hoạch
    quy kết
    quy luật
    quy mô
    quy trình
    quy tắc
    quy tụ
    quy định
    quy đổi
    quy ước
    quyên góp
    quyến rũ
    quyết liệt
    quyết sách
    quyết toán
    quyết tâm
    quyết đoán
    quyết định
    quyền anh
    quyền con người
    quyền công dân
    quyền hạn
    quyền lợi
    quyền lực
    quyền sở hữu
    quyền sử dụng đất
    quyền thế
    quyền uy
    quà lưu niệm
    quàng quạc
    quá cảnh
    quá cố
    quá hạn
    quá khích
    quá khứ
    quá mức
    quá trình
    quá tải
    quá tốc độ
    quá đáng
    quá độ
    quái dị
    quái lạ
    quán cà phê
    quán cơm
    quán nhậu
    quán tính
    quán ăn
    quân báo
    quân chính quy
    quân chủ
    quân chủng
    quân cảng
    quân cảnh
    quân dân
    quân dụng
    quân dự bị
    quân giới
    quân hiệu
    quân hàm
    quân khu
    quân kỳ
    quân luật
    quân lính
    quân lệnh
    quân ngũ
    quân nhân
    quân nhạc
    quân pháp
    quân phí
    quân phục
    quân số
    quân sự
    quân sự hóa
    quân thù
    quân trang
    quân tình nguyện
    quân tư trang
    quân xâm lược
    quân y
    quân đoàn
    quân địch
    quân đồng minh
    quân đội
    quây quần
    quét dọn
    quê cha đất tổ
    quê hương
    quê mùa
    quê ngoại
    quê nhà
    quê nội
    quê quán
    quên lãng
    quý báu
    quý giá
    quý hiếm
    quý mến
    quý phái
    quý tộc
    quý vị
    quýt đường
    quạnh hiu
    quạnh quẽ
    quạt máy
    quạt trần
    quạt điện
    quả bom
    quả bí
    quả bóng
    quả bưởi
    quả bầu
    quả cam
    quả chanh
    quả chuối
    quả chôm chôm
    quả cóc
    quả cảm
    quả dâu
    quả dứa
    quả dừa
    quả hồng
    quả khế
    quả là
    quả lê
    quả lựu
    quả me
    quả mít
    quả mơ
    quả mận
    quả na
    quả nhiên
    quả nho
    quả nhãn
    quả phạt đền
    quả phụ
    quả sấu
    quả thận
    quả thật
    quả thực
    quả tim
    quả táo
    quả vải
    quả xoài
    quả đào
    quả ổi
    quả ớt
    quản chế
    quản gia
    quản giáo
    quản lý
    quản trị
    quản đốc
    quảng bá
    quảng cáo
    quảng trường
    quảng đại
    quấn quýt
    quấy nhiễu
    quấy rầy
    quấy rối
    quấy rối tình dục
    quần bò
    quần chúng
    quần dài
    quần jean
    quần lót
    quần soóc
    quần tây
    quần vợt
    quần áo
    quần âu
    quần đùi
    quần đảo
    quầy bar
    quầy hàng
    quận huyện
    quằn quại
    quặng sắt
    quẹt thẻ
    quốc bảo
    quốc ca
    quốc doanh
    quốc dân
    quốc gia
    quốc hiệu
    quốc huy
    quốc học
    quốc hội
    quốc hữu hóa
    quốc khánh
    quốc kỳ
    quốc lễ
    quốc lộ
    quốc ngữ
    quốc phòng
    quốc phòng toàn dân
    quốc sách
    quốc sử
    quốc tang
    quốc thể
    quốc trưởng
    quốc tế
    quốc tế hóa
    quốc tịch
    quốc văn
    quốc vương
    quỷ dữ
    quỹ đạo
    quỹ đất
    ra lệnh
    ra mắt
    ra quyết định
    ra rạp
    ra sao
    ra sức
    ra tay
    ra trường
    ra tù
    ra vào
    ra đi
    ra đời
    ranh giới
    rau chân vịt
    rau cải
    rau củ
    rau diếp
    rau dưa
    rau dền
    rau muống
    rau má
    rau mùi
    rau ngót
    rau quả
    rau răm
    rau sống
    rau thơm
    rau xanh
    ria mép
    riêng biệt
    riêng lẻ
    riêng tư
    rong biển
    rong rêu
    run run
    run rẩy
    rung rinh
    rung rung
    rung động
    ruồng rẫy
    ruộng bậc thang
    ruộng lúa
    ruộng đồng
    ruột già
    ruột non
    ruột thịt
    ruột thừa
    rà phá bom mìn
    rà soát
    ràng buộc
    rành mạch
    rào cản
    rác thải
    rác thải nhựa
    rám nắng
    rán giòn
    ráo riết
    râu quai nón
    râu ria
    rã đông
    rèm cửa
    rèn giũa
    rèn luyện
    réo rắt
    rét buốt
    rét mướt
    rêu phong
    rì rào
    rì rầm
    ríu rít
    róc rách
    rón rén
    rô bốt
    rôm rả
    rõ ràng
    rõ rệt
    rùa biển
    rùng rợn
    rút gọn
    rút kinh nghiệm
    rút lui
    rút ngắn
    rút tiền
    răn dạy
    răn đe
    răng cửa
    răng giả
    răng hàm
    răng khôn
    răng sữa
    rũ rượi
    rơi vào
    rơm rạ
    rưng rưng
    rưng rức
    rước dâu
    rườm rà
    rượu bia
    rượu nếp
    rượu thuốc
    rượu trắng
    rượu vang
    rượu đế
    rạch ròi
    rạng ngời
    rạng rỡ
    rạng sáng
    rạo rực
    rạp chiếu phim
    rạp hát
    rạp phim
    rạp xiếc
    rả rích
    rải rác
    rất nhiều
    rất ít
    rầm rập
    rầm rộ
    rắc rối
    rắn chắc
    rắn hổ mang
    rắn rỏi
    rặng tre
    rẻ mạt
    rẻ rúng
    rẻ tiền
    rẽ phải
    rẽ trái
    rể hiền
    rễ cây
    rỉ rả
    rối loạn
    rối rắm
    rốt cuộc
    rốt cục
    rồi thì
    rồng rắn
    rồng rắn lên mây
    rộn ràng
    rộn rã
    rộn rịp
    rộng lượng
    rộng lớn
    rộng mở
    rộng rãi
    rời bỏ
    rời khỏi
    rời rạc
    rờn rợn
    rợn người
    rụt rè
    rủ rỉ
    rủi ro
    rủng rẻng
    rừng già
    rừng nguyên sinh
    rừng ngập mặn
    rừng núi
    rừng phòng hộ
    rừng rú
    rừng rậm
    rừng thông
    rừng tre
    rừng đặc dụng
    rửa bát
    rửa chén
    rửa mặt
    rửa tay
    rửa tiền
    rực rỡ
    sa mạc
    sa mạc hóa
    sa sút
    sa thải
    sai khiến
    sai lầm
    sai lệch
    sai phạm
    sai sót
    sai sự thật
    sai trái
    san bằng
    san hô
    san lấp
    sang chảnh
    sang trọng
    sao biển
    sao băng
    sao cho
    sao chổi
    sao lưu
    sau cùng
    sau khi
    sau này
    sau rốt
    sau đây
    sau đó
    sau đại học
    say mê
    say nắng
    say rượu
    say sóng
    say sưa
    say xe
    say xỉn
    se lạnh
    sinh ba
    sinh con
    sinh hoạt
    sinh học
    sinh kế
    sinh lý
    sinh lời
    sinh lực
    sinh mạng
    sinh mệnh
    sinh nhật
    sinh non
    sinh nở
    sinh sản
    sinh thái
    sinh thái học
    sinh thời
    sinh tố
    sinh tồn
    sinh tử
    sinh viên
    sinh vật
    sinh đôi
    sinh đẻ
    sinh động
    siêng năng
    siêu bão
    siêu phàm
    siêu sao
    siêu thị
    siêu âm
    siết chặt
    soi sáng
    soi xét
    son môi
    son sắt
    song ca
    song hành
    song le
    song ngữ
    song phương
    song sinh
    song song
    song thất lục bát
    song tính
    soát xét
    soạn thảo
    sui gia
    sum họp
    sung mãn
    sung sướng
    sung túc
    suy dinh dưỡng
    suy gan
    suy giảm
    suy luận
    suy nghĩ
    suy ngẫm
    suy nhược
    suy thoái
    suy thận
    suy tim
    suy tính
    suy xét
    suôn sẻ
    suýt nữa
    suýt soát
    suất chiếu
    suốt đời
    sàn chứng khoán
    sàn diễn
    sàn nhà
    sàng lọc
    sành sỏi
    sành điệu
    sách báo
    sách giáo khoa
    sách lược
    sách vở
    sách đỏ
    sám hối
    sáng choang
    sáng chế
    sáng dạ
    sáng kiến
    sáng loáng
    sáng lập
    sáng mai
    sáng màu
    sáng nay
    sáng rực
    sáng suốt
    sáng sớm
    sáng sủa
    sáng trưng
    sáng tác
    sáng tạo
    sáo trúc
    sáp nhập
    sát cánh
    sát hạch
    sát nhân
    sát sao
    sát thủ
    sát trùng
    sát vách
    sân bay
    sân bóng
    sân cỏ
    sân khấu
    sân khấu hóa
    sân nhà
    sân sau
    sân thượng
    sân trường
    sân vườn
    sân vận động
    sân đỗ
    sâu bệnh
    sâu bọ
    sâu róm
    sâu răng
    sâu rộng
    sâu sắc
    sâu thẳm
    sâu xa
    sì sụp
    sính lễ
    sò huyết
    sòng phẳng
    sóng biển
    sóng sánh
    sóng thần
    sóng điện từ
    sôi nổi
    sôi sục
    sôi động
    sông ngòi
    sông suối
    sù sì
    súng bắn tỉa
    súng cối
    súng lục
    súng máy
    súng ngắn
    súng tiểu liên
    súng trường
    súng đạn
    súng ống
    súp lơ
    sút phạt
    săm lốp
    săn bắn
    săn bắt
    săn trộm
    sĩ quan
    sơ bộ
    sơ chế
    sơ cứu
    sơ khai
    sơ khảo
    sơ suất
    sơ sài
    sơ thẩm
    sơ tán
    sơ yếu lý lịch
    sơ đồ
    sơn hà
    sơn mài
    sư cô
    sư sãi
    sư thầy
    sư tử
    sư đoàn
    sưng phù
    sưng tấy
    sưu tầm
    sưu tập
    sương giá
    sương muối
    sương mù
    sườn núi
    sườn nướng
    sườn xào
    sượng sùng
    sạc pin
    sạch bóng
    sạch sành sanh
    sạch sẽ
    sạp hàng
    sạt lở
    sả ớt
    sải tay
    sản khoa
    sản lượng
    sản phẩm
    sản phụ
    sản vật
    sản xuất
    sảy thai
    sấm chớp
    sấm sét
    sầm sập
    sầm uất
    sần sùi
    sầu riêng
    sẩm tối
    sẫm màu
    sắc luật
    sắc lệnh
    sắc màu
    sắc mặt
    sắc nét
    sắc sảo
    sắc đẹp
    sắn dây
    sắp sửa
    sắp tới
    sắp xếp
    sắp đặt
    sắt thép
    sẵn có
    sẵn lòng
    sẵn sàng
    sẵn tiện
    sặc sỡ
    sẹo lồi
    sẽ sàng
    sếu đầu đỏ
    sọt rác
    sỏi đá
    số chẵn
    số dương
    số hóa
    số học
    số không
    số kiếp
    số liệu
    số lượng
    số lẻ
    số mệnh
    số một
    số nguyên
    số nhiều
    số phận
    số thập phân
    số thực
    số tài khoản
    số từ
    số âm
    số ít
    số đen
    số đông
    số đỏ
    sống chết
    sống còn
    sống lâu
    sống lưng
    sống mũi
    sống sít
    sống sót
    sốt cao
    sốt cà chua
    sốt ruột
    sốt rét
    sốt sắng
    sốt xuất huyết
    sốt đất
    sồn sồn
    sổ hồng
    sổ liên lạc
    sổ mũi
    sổ sách
    sổ sách kế toán
    sổ tay
    sổ đỏ
    sột soạt
    sớm hôm
    sớm mai
    sớm muộn
    sớm sủa
    sớm tối
    sở dĩ
    sở hữu
    sở hữu trí tuệ
    sở thích
    sở thú
    sở trường
    sở tại
    sở đoản
    sợ hãi
    sợ sệt
    sụn khớp
    sụp đổ
    sụt giảm
    sụt sùi
    sứ mệnh
    sứa biển
    sức bền
    sức chứa
    sức hút
    sức hấp dẫn
    sức khoẻ
    sức khỏe
    sức lực
    sức mua
    sức mạnh
    sức sống
    sức ép
    sức đề kháng
    sức ảnh hưởng
    sừng sững
    sừng trâu
    sử dụng
    sử liệu
    sử sách
    sử thi
    sửa chữa
    sửa sai
    sửa soạn
    sửa đổi
    sửng sốt
    sữa bột
    sữa chua
    sữa tươi
    sữa tắm
    sữa đậu nành
    sữa đặc
    sững sờ
    sự cố
    sự kiện
    sự nghiệp
    sự sống
    sự thật
    sự tích
    sự việc
    sự vật
    tai biến
    tai hại
    tai họa
    tai mũi họng
    tai nghe
    tai nạn
    tai nạn giao thông
    tai nạn lao động
    tai ương
    tam bảo
    tam giác
    tam quyền phân lập
    tam đại đồng đường
    tan ca
    tan hoang
    tan học
    tan làm
    tan tành
    tan tác
    tan tầm
    tang lễ
    tang vật
    tanh tưởi
    tao nhã
    tay chân
    tay làm hàm nhai
    tay lái
    tay nghề
    tem thư
    tha bổng
    tha thiết
    tha thướt
    tha thứ
    thai kỳ
    thai nhi
    thai phụ
    tham chiến
    tham dự
    tham gia
    tham khảo
    tham luận
    tham mưu
    tham mưu trưởng
    tham nhũng
    tham quan
    tham số
    tham vấn
    tham vọng
    tham ô
    tham ăn
    than khóc
    than phiền
    than thở
    than đá
    thang máy
    thanh bình
    thanh khoản
    thanh liêm
    thanh long
    thanh lý
    thanh lý hợp đồng
    thanh lịch
    thanh lọc
    thanh niên
    thanh quản
    thanh thiếu niên
    thanh thản
    thanh toán
    thanh toán trực tuyến
    thanh toán điện tử
    thanh tra
    thanh trừng
    thanh tú
    thanh xuân
    thanh điệu
    thao thức
    thao tác
    thao túng
    thay mặt
    thay người
    thay thế
    thay vì
    thay đồ
    thay đổi
    then chốt
    then cửa
    theo dõi
    theo như
    theo đuổi
    theo đó
    thi ca
    thi công
    thi cử
    thi hài
    thi hành
    thi hành án
    thi nhân
    thi phẩm
    thi sĩ
    thi thể
    thi thố
    thi trượt
    thi tuyển
    thi đua
    thi đỗ
    thiu thối
    thiên biến vạn hóa
    thiên bẩm
    thiên can
    thiên chúa giáo
    thiên hà
    thiên hướng
    thiên kiến
    thiên nhiên
    thiên niên kỷ
    thiên tai
    thiên thạch
    thiên thần
    thiên tài
    thiên văn
    thiên văn học
    thiên vị
    thiên đường
    thiêu rụi
    thiết bị
    thiết bị bay
    thiết giáp
    thiết kế
    thiết lập
    thiết quân luật
    thiết tha
    thiết thực
    thiết yếu
    thiếu hụt
    thiếu máu
    thiếu nhi
    thiếu niên
    thiếu nữ
    thiếu sót
    thiếu thốn
    thiếu tá
    thiếu tướng
    thiếu úy
    thiền sư
    thiền định
    thiểu phát
    thiểu số
    thiện lương
    thiện nguyện
    thiệp cưới
    thiệp mời
    thiệt hại
    thiệt mạng
    thiệt thòi
    thoang thoảng
    thoi thóp
    thon gọn
    thon thả
    thong dong
    thong thả
    thoái hóa
    thoái thác
    thoái vốn
    thoát nghèo
    thoăn thoắt
    thoải mái
    thu chi
    thu giữ
    thu gom
    thu hoạch
    thu hút
    thu hút đầu tư
    thu hẹp
    thu hồi
    thu mua
    thu nhận
    thu nhập
    thu nhập bình quân
    thu nhỏ
    thu phí
    thu thuế
    thu thập
    thu tiền
    thu xếp
    thu được
    thua chạy
    thua cuộc
    thua kém
    thua lỗ
    thua trận
    thung lũng
    thuyết minh
    thuyết phục
    thuyết tiến hóa
    thuyết trình
    thuyết tương đối
    thuyền buồm
    thuyền bè
    thuyền thúng
    thuê mướn
    thuần chủng
    thuần khiết
    thuần thục
    thuần túy
    thuận lợi
    thuận theo
    thuận tiện
    thuật lại
    thuật toán
    thuế doanh nghiệp
    thuế má
    thuế nhập khẩu
    thuế quan
    thuế suất
    thuế thu nhập
    thuế tài nguyên
    thuế xuất khẩu
    thuế đất
    thuốc bắc
    thuốc bổ
    thuốc giảm đau
    thuốc kháng sinh
    thuốc men
    thuốc mỡ
    thuốc nam
    thuốc ngủ
    thuốc nước
    thuốc nổ
    thuốc thang
    thuốc tiêm
    thuốc trừ sâu
    thuốc tây
    thuộc tính
    thuộc địa
    thuở xưa
    thành công
    thành kiến
    thành lập
    thành ngữ
    thành phần
    thành phố
    thành quả
    thành ra
    thành thạo
    thành thật
    thành thị
    thành tâm
    thành tích
    thành tố
    thành tựu
    thành viên
    thác nước
    thách thức
    thách đấu
    thái bình
    thái cực quyền
    thái lát
    thái quá
    thái độ
    thám hoa
    thán phục
    thán từ
    tháng ba
    tháng bảy
    tháng chín
    tháng chạp
    tháng giêng
    tháng hai
    tháng mười
    tháng mười hai
    tháng mười một
    tháng một
    tháng ngày
    tháng này
    tháng năm
    tháng sau
    tháng sáu
    tháng trước
    tháng tám
    tháng tư
    tháng tới
    thánh ca
    thánh lễ
    thánh thất
    thánh thần
    thánh đường
    tháo chạy
    tháo dỡ
    tháo gỡ
    tháo rời
    tháo vát
    thâm canh
    thâm hụt
    thâm nhập
    thâm niên
    thâm thấp
    thân chủ
    thân cây
    thân hình
    thân mật
    thân mến
    thân nhân
    thân phận
    thân thiết
    thân thiện
    thân thiện môi trường
    thân thương
    thân thể
    thân tình
    thân ái
    thâu tóm
    thâu đêm
    thèm muốn
    thèm thuồng
    thênh thang
    thì ra
    thì thào
    thì thầm
    thì thụp
    thìa dĩa
    thình lình
    thình thịch
    thí dụ
    thí nghiệm
    thí sinh
    thích hợp
    thích nghi
    thích thú
    thích đáng
    thích ứng
    thính giả
    thòm thèm
    thóc gạo
    thóc lúa
    thói quen
    thói xấu
    thôi thì
    thôi việc
    thôn bản
    thôn quê
    thôn xóm
    thôn ấp
    thông báo
    thông cáo
    thông cáo báo chí
    thông cảm
    thông dịch
    thông dịch viên
    thông gia
    thông lệ
    thông minh
    thông qua
    thông suốt
    thông số
    thông thái
    thông thường
    thông thạo
    thông tin
    thông tin sai lệch
    thông tư
    thông tấn
    thông điệp
    thông đồng
    thù hận
    thù lao
    thùng các tông
    thùng hàng
    thùng rác
    thú có vú
    thú cưng
    thú nuôi
    thú rừng
    thú vật
    thú vị
    thúc giục
    thúc đẩy
    thút thít
    thăm chính thức
    thăm dò
    thăm hỏi
    thăm quan
    thăm viếng
    thăng chức
    thăng hoa
    thăng hạng
    thăng tiến
    thăng trầm
    thơ ca
    thơ lục bát
    thơ mới
    thơ thẩn
    thơ tự do
    thơ văn
    thơm ngon
    thư ký
    thư ký tòa
    thư viện
    thư điện tử
    thưa gửi
    thưa thớt
    thương binh
    thương hiệu
    thương lái
    thương lượng
    thương mại
    thương mại hóa
    thương mại điện tử
    thương mến
    thương nghiệp
    thương nhân
    thương nhớ
    thương thảo
    thương trường
    thương tâm
    thương tích
    thương tổn
    thương vong
    thương vụ
    thương xót
    thương yêu
    thước kẻ
    thướt tha
    thường dân
    thường kỳ
    thường ngày
    thường niên
    thường phục
    thường thường
    thường trú
    thường tình
    thường vụ
    thường xuyên
    thưởng thức
    thưởng tết
    thượng lưu
    thượng nghị sĩ
    thượng nguồn
    thượng sĩ
    thượng thọ
    thượng tá
    thượng tướng
    thượng tọa
    thượng viện
    thượng úy
    thượng đế
    thượng đỉnh
    thạc sĩ
    thả diều
    thảm hại
    thảm họa
    thảm kịch
    thảm sát
    thản nhiên
    thảnh thơi
    thảo cầm viên
    thảo dược
    thảo luận
    thảo nguyên
    thảo nào
    thấp bé
    thấp hèn
    thấp kém
    thấp thoáng
    thấp thỏm
    thấp điểm
    thất bát
    thất bại
    thất cử
    thất học
    thất hứa
    thất lạc
    thất nghiệp
    thất thoát
    thất thường
    thất thểu
    thất tình
    thất vọng
    thấu hiểu
    thấu đáo
    thầm lặng
    thầm thì
    thần bí
    thần kinh
    thần kinh học
    thần linh
    thần thoại
    thần thánh
    thần tiên
    thần tượng
    thầy bói
    thầy cô
    thầy cúng
    thầy giáo
    thầy lang
    thầy thuốc
    thầy trò
    thầy u
    thẩm mĩ
    thẩm mỹ
    thẩm phán
    thẩm quyền
    thẩm thấu
    thẩm tra
    thẩm vấn
    thẩm định
    thẩm định giá
    thẫn thờ
    thậm chí
    thậm thụt
    thận trọng
    thập kỷ
    thập niên
    thập thò
    thập tử nhất sinh
    thật là
    thật lòng
    thật ra
    thật sự
    thật thà
    thắng cảnh
    thắng lợi
    thắng trận
    thắp hương
    thắt chặt
    thắt lưng
    thằn lằn
    thẳng thắn
    thặng dư
    thẻ tín dụng
    thẻ vàng
    thẻ đỏ
    thế chiến
    thế chấp
    thế công
    thế cục
    thế giới
    thế giới quan
    thế hệ
    thế hệ trẻ
    thế kỉ
    thế kỷ
    thế là
    thế lực
    thế lực thù địch
    thế mà
    thế mạnh
    thế nào
    thế nên
    thế năng
    thế thì
    thế thủ
    thế trận
    thế vận hội
    thế yếu
    thể chất
    thể chế hóa
    thể diện
    thể dục
    thể dục thể thao
    thể hiện
    thể hình
    thể khí
    thể loại
    thể lệ
    thể lỏng
    thể lực
    thể rắn
    thể thao
    thể thao điện tử
    thể thức
    thể trạng
    thể tích
    thỉnh cầu
    thỉnh thoảng
    thị giá
    thị hiếu
    thị phần
    thị thực
    thị trường
    thị trường chứng khoán
    thị trường lao động
    thị trường tự do
    thị trấn
    thị tứ
    thị xã
    thịnh hành
    thịnh soạn
    thịnh vượng
    thịt ba chỉ
    thịt bò
    thịt băm
    thịt chó
    thịt cừu
    thịt dê
    thịt gà
    thịt heo
    thịt kho
    thịt luộc
    thịt lợn
    thịt mỡ
    thịt ngan
    thịt nguội
    thịt nướng
    thịt nạc
    thịt quay
    thịt rang
    thịt trâu
    thịt vịt
    thịt xiên
    thịt đông
    thỏa hiệp
    thỏa mãn
    thỏa thuận
    thỏa thuận ngừng bắn
    thỏa đáng
    thối tiền
    thống khổ
    thống kê
    thống lĩnh
    thống nhất
    thống soái
    thống trị
    thống tướng
    thổ cư
    thổ lộ
    thổ sản
    thổi giá
    thờ cúng
    thờ mẫu
    thờ phụng
    thờ ơ
    thời cơ
    thời gian
    thời gian biểu
    thời hiệu
    thời hạn
    thời khóa biểu
    thời khắc
    thời kỳ
    thời sự
    thời tiết
    thời trang
    thời vụ
    thời điểm
    thời đại
    thở dốc
    thợ bạc
    thợ cả
    thợ cắt tóc
    thợ gốm
    thợ hàn
    thợ kim hoàn
    thợ làm bánh
    thợ lặn
    thợ may
    thợ máy
    thợ mỏ
    thợ mộc
    thợ nề
    thợ phụ
    thợ rèn
    thợ săn
    thợ sơn
    thợ sửa xe
    thợ thuyền
    thợ xây
    thợ điện
    thợ ảnh
    thợ ống nước
    thụ động
    thủ công
    thủ công mỹ nghệ
    thủ công nghiệp
    thủ hạ
    thủ kho
    thủ lĩnh
    thủ môn
    thủ phạm
    thủ phủ
    thủ quỹ
    thủ thuật
    thủ thư
    thủ thỉ
    thủ tiêu
    thủ tướng
    thủ tục
    thủ tục hành chính
    thủ vai
    thủ đoạn
    thủ đô
    thủng lưới
    thủy chung
    thủy lôi
    thủy lợi
    thủy quân
    thủy quân lục chiến
    thủy sản
    thủy triều
    thủy văn
    thủy điện
    thủy đậu
    thứ ba
    thứ bảy
    thứ hai
    thứ nhất
    thứ năm
    thứ sáu
    thứ trưởng
    thứ tư
    thứ tự
    thức dậy
    thức giấc
    thức khuya
    thức uống
    thức ăn
    thừa kế
    thừa nhận
    thử nghiệm
    thử thách
    thử việc
    thực chất
    thực dân
    thực dụng
    thực hiện
    thực hành
    thực lực
    thực nghiệm
    thực phẩm
    thực quyền
    thực ra
    thực sự
    thực thi
    thực thể
    thực tiễn
    thực trạng
    thực tại
    thực tập
    thực tập sinh
    thực tế
    thực vật
    thực đơn
    ti tiện
    ti vi
    tia chớp
    tia nắng
    tia sáng
    tim mạch
    tim tím
    tin cẩn
    tin cậy
    tin giả
    tin học
    tin học hóa
    tin lành
    tin nhắn
    tin nóng
    tin tưởng
    tin tặc
    tin tức
    tin vắn
    tin đồn
    tinh bột
    tinh dầu
    tinh giản
    tinh hoa
    tinh hoàn
    tinh khiết
    tinh nghịch
    tinh thông
    tinh thần
    tinh tinh
    tinh trùng
    tinh tươm
    tinh tế
    tinh vi
    tinh xảo
    tiêm chủng
    tiêm phòng
    tiêm vắc xin
    tiên nữ
    tiên phong
    tiên quyết
    tiên tiến
    tiên đoán
    tiêu biểu
    tiêu chuẩn
    tiêu chí
    tiêu chảy
    tiêu cực
    tiêu diệt
    tiêu dùng
    tiêu hao
    tiêu hóa
    tiêu hủy
    tiêu thụ
    tiêu đen
    tiêu điều
    tiêu đề
    tiếc nuối
    tiến bộ
    tiến công
    tiến cử
    tiến hành
    tiến hóa
    tiến sĩ
    tiến thoái lưỡng nan
    tiến triển
    tiến trình
    tiến độ
    tiếng cười
    tiếng hát
    tiếng khóc
    tiếng mẹ đẻ
    tiếng nói
    tiếng động
    tiếng ồn
    tiếp cận
    tiếp diễn
    tiếp giáp
    tiếp kiến
    tiếp nhận
    tiếp quản
    tiếp sức
    tiếp theo
    tiếp thu
    tiếp tân
    tiếp tế
    tiếp tục
    tiếp viên
    tiếp viên hàng không
    tiếp xúc
    tiếp đãi
    tiếp đó
    tiếp đón
    tiết canh
    tiết chế
    tiết kiệm
    tiết lộ
    tiết trời
    tiềm lực
    tiềm năng
    tiềm tàng
    tiềm ẩn
    tiền boa
    tiền bạc
    tiền bối
    tiền chẵn
    tiền công
    tiền cọc
    tiền của
    tiền giả
    tiền giấy
    tiền gửi
    tiền hậu bất nhất
    tiền học
    tiền lãi
    tiền lương
    tiền lẻ
    tiền lệ
    tiền mã hóa
    tiền mãn kinh
    tiền mặt
    tiền nhiệm
    tiền nhà
    tiền nước
    tiền phương
    tiền phạt
    tiền sử
    tiền thuê
    tiền thân
    tiền thưởng
    tiền thối
    tiền thừa
    tiền tiết kiệm
    tiền tuyến
    tiền túi
    tiền tệ
    tiền vệ
    tiền vốn
    tiền xu
    tiền điện
    tiền điện tử
    tiền đạo
    tiền đạo cắm
    tiền đề
    tiền đồng
    tiền ảo
    tiểu cầu
    tiểu hành tinh
    tiểu học
    tiểu luận
    tiểu nông
    tiểu thuyết
    tiểu thương
    tiểu thủ công nghiệp
    tiểu tràng
    tiểu đoàn
    tiểu đường
    tiểu đội
    tiểu đội trưởng
    tiễn biệt
    tiễn đưa
    tiệc chiêu đãi
    tiệc cưới
    tiệc tùng
    tiệm cầm đồ
    tiệm sách
    tiệm tạp hóa
    tiệm vàng
    tiện dụng
    tiện lợi
    tiện nghi
    tiện thể
    tiện ích
    tiệt trùng
    to lớn
    to tát
    toa thuốc
    toa tàu
    toan tính
    toàn bộ
    toàn cầu
    toàn cầu hóa
    toàn cục
    toàn diện
    toàn dân
    toàn năng
    toàn phần
    toàn quyền
    toàn quốc
    toàn thân
    toàn thắng
    toàn thể
    toàn tâm
    toàn tâm toàn ý
    toàn văn
    toàn vẹn lãnh thổ
    toàn ý
    toán học
    trai sò
    trang bị
    trang mạng
    trang nghiêm
    trang nhất
    trang phục
    trang sức
    trang thiết bị
    trang trí
    trang trại
    trang trải
    trang trọng
    trang web
    trang điểm
    tranh chấp
    tranh chấp lãnh thổ
    tranh cãi
    tranh cổ động
    tranh cử
    tranh dân gian
    tranh giành
    tranh luận
    tranh lụa
    tranh sơn dầu
    tranh sơn mài
    tranh thủ
    tranh thủy mặc
    tranh vẽ
    tranh đấu
    trao giải
    trao quyền
    trao tặng
    trao đổi
    trao đổi chất
    trau dồi
    tri kỷ
    tri thức
    tri ân
    trinh sát
    trinh thám
    triết học
    triết lý
    triều cường
    triển khai
    triển lãm
    triệt phá
    triệt tiêu
    triệt để
    triệu chứng
    triệu hồi
    triệu phú
    triệu tập
    triệu đồng
    trong khi
    trong lành
    trong lúc
    trong này
    trong suốt
    trong sáng
    trong sạch
    trong số
    trong trẻo
    trong veo
    trong vòng
    trong vắt
    trong đó
    trung bình
    trung chuyển
    trung cấp
    trung gian
    trung hòa carbon
    trung hạn
    trung hậu
    trung học
    trung học cơ sở
    trung học phổ thông
    trung kiên
    trung lưu
    trung lập
    trung niên
    trung sĩ
    trung thu
    trung thành
    trung thực
    trung tuần
    trung tuổi
    trung tá
    trung tâm
    trung tâm mua sắm
    trung tâm thương mại
    trung tính
    trung tướng
    trung vệ
    trung úy
    trung điểm
    trung đoàn
    trung đội
    trung ương
    truy bắt
    truy cập
    truy cứu
    truy lùng
    truy nã
    truy thu
    truy tìm
    truy tố
    truy vấn
    truy xuất nguồn gốc
    truy đuổi
    truyền bá
    truyền hình
    truyền hình trực tiếp
    truyền máu
    truyền nhiễm
    truyền thuyết
    truyền thông
    truyền thông xã hội
    truyền thống
    truyền tải
    truyền đạt
    truyện cười
    truyện cổ tích
    truyện dài
    truyện ký
    truyện ngắn
    truyện tranh
    trà sữa
    trà xanh
    trà đen
    trà đá
    trào lưu
    trách cứ
    trách móc
    trách nhiệm
    trách nhiệm hữu hạn
    trái cây
    trái ngược
    trái phiếu
    trái phiếu chính phủ
    trái phép
    trái thơm
    trái tim
    trái đất
    trám răng
    tráng lệ
    tránh né
    tránh thai
    trân quý
    trân trọng
    trèo cây
    trên cùng
    trên hết
    trên này
    trên đây
    trêu chọc
    trêu đùa
    trì trệ
    trình bày
    trình báo
    trình chiếu
    trình diễn
    trình diễn thời trang
    trình duyệt
    trình tự
    trình độ
    trí khôn
    trí lực
    trí nhớ
    trí thông minh
    trí thức
    trí tuệ
    trí tuệ nhân tạo
    trí óc
    trò chuyện
    trò chơi
    trò chơi dân gian
    trò chơi điện tử
    trò cười
    trò hề
    trò đùa
    tròn trĩnh
    tròn trịa
    tròn vo
    tròn xoe
    tròng mắt
    trói buộc
    trôi chảy
    trông chờ
    trông con
    trông nom
    trông thấy
    trông đợi
    trù phú
    trùng trùng
    trùng tu
    trú ẩn
    trúng mùa
    trúng số
    trúng thưởng
    trúng thầu
    trăm nghìn
    trăm năm
    trăn gấm
    trăn trối
    trăn trở
    trăng mật
    trăng trắng
    trơ trẽn
    trơ trọi
    trơ trụi
    trơn tru
    trơn trượt
    trưa nay
    trưng bày
    trưng cầu
    trưng cầu dân ý
    trưng dụng
    trước hết
    trước khi
    trước kia
    trước mắt
    trước nhất
    trước sau như một
    trước tiên
    trước đây
    trước đó
    trường học
    trường hợp
    trường kỳ
    trường lớp
    trường mầm non
    trường phái
    trường quay
    trường thọ
    trưởng ban
    trưởng nhóm
    trưởng phòng
    trưởng thành
    trượt chân
    trại cai nghiện
    trạm dừng
    trạm thu phí
    trạm vũ trụ
    trạm xe buýt
    trạm xăng
    trạm y tế
    trạng nguyên
    trạng từ
    trả dần
    trả giá
    trả góp
    trả hiếu
    trả lương
    trả lại
    trả lời
    trả nợ
    trả sau
    trả tiền
    trả trước
    trả đũa
    trải dài
    trải nghiệm
    trải qua
    trấn áp
    trầm cảm
    trầm lặng
    trầm mặc
    trầm trọng
    trầm trồ
    trầm tĩnh
    trần gian
    trần nhà
    trần thế
    trận chiến
    trận chung kết
    trận đánh
    trận đấu
    trận địa
    trập trùng
    trật khớp
    trật tự
    trật tự xã hội
    trắc trở
    trắng bệch
    trắng muốt
    trắng ngần
    trắng phau
    trắng tinh
    trắng trẻo
    trắng xóa
    trắng án
    trằn trọc
    trẻ con
    trẻ em
    trẻ em đường phố
    trẻ khỏe
    trẻ mồ côi
    trẻ người non dạ
    trẻ nhỏ
    trẻ sơ sinh
    trẻ trung
    trẻ tuổi
    trẻ đẹp
    trễ hẹn
    trễ tràng
    trị an
    trị giá
    trọn đời
    trọng dụng
    trọng lượng
    trọng lực
    trọng thương
    trọng thị
    trọng trách
    trọng tài
    trọng tài chính
    trọng tâm
    trọng tội
    trọng yếu
    trọng điểm
    trốn chạy
    trốn thuế
    trốn tránh
    trốn tìm
    trống cơm
    trống rỗng
    trống trơn
    trống trải
    trống vắng
    trống đồng
    trồng rừng
    trồng trọt
    trộm cắp
    trời quang
    trời xanh
    trời đất
    trở lên
    trở lại
    trở ngại
    trở nên
    trở thành
    trở về
    trở xuống
    trở đi
    trợ cấp
    trợ giúp
    trợ lý
    trợ lý trọng tài
    trợ thủ
    trụ cột
    trụ hạng
    trụ sở
    trục lợi
    trục trặc
    trục xuất
    trứng chiên
    trứng cút
    trứng gà
    trứng luộc
    trứng nước
    trứng rán
    trứng vịt
    trứng vịt lộn
    trứng ốp la
    trừ khi
    trừ phi
    trừng phạt
    trực ban
    trực giác
    trực quan
    trực thuộc
    trực thăng
    trực tiếp
    trực tràng
    trực tuyến
    tu bổ
    tu chỉnh
    tu dưỡng
    tu hành
    tu luyện
    tu sĩ
    tu sửa
    tu tập
    tu viện
    tua vít
    tung tóe
    tung tăng
    tuy nhiên
    tuy rằng
    tuy thế
    tuy vậy
    tuyên bố
    tuyên bố chung
    tuyên chiến
    tuyên dương
    tuyên thệ
    tuyên truyền
    tuyên án
    tuyến giáp
    tuyến tụy
    tuyến yên
    tuyết rơi
    tuyển dụng
    tuyển quân
    tuyển sinh
    tuyển thẳng
    tuyệt chủng
    tuyệt diệu
    tuyệt giao
    tuyệt hảo
    tuyệt mật
    tuyệt nhiên
    tuyệt tác
    tuyệt vọng
    tuyệt vời
    tuyệt đẹp
    tuyệt đối
    tuân theo
    tuân thủ
    tuần hoàn
    tuần hành
    tuần lễ
    tuần này
    tuần sau
    tuần tra
    tuần trăng mật
    tuần trước
    tuần tới
    tuần tự
    tuềnh toàng
    tuồng chèo
    tuổi dần
    tuổi dậu
    tuổi dậy thì
    tuổi già
    tuổi hạc
    tuổi học trò
    tuổi hợi
    tuổi mão
    tuổi mùi
    tuổi mới lớn
    tuổi nghề
    tuổi ngọ
    tuổi sửu
    tuổi teen
    tuổi thân
    tuổi thìn
    tuổi thơ
    tuổi thọ
    tuổi trẻ
    tuổi tuất
    tuổi tác
    tuổi tý
    tuổi tỵ
    tuổi đời
    tài ba
    tài chính
    tài chính công
    tài giỏi
    tài hoa
    tài khoản
    tài khóa
    tài liệu
    tài lộc
    tài nguyên
    tài năng
    tài sản
    tài sản chung
    tài sản cố định
    tài sản riêng
    tài xế
    tài xế taxi
    tài đức
    tàn bạo
    tàn nhang
    tàn nhẫn
    tàn phá
    tàn tật
    tàn ác
    tàng hình
    tàng trữ
    tàu bay
    tàu biển
    tàu cao tốc
    tàu chiến
    tàu chở dầu
    tàu chở hàng
    tàu cá
    tàu du lịch
    tàu hỏa
    tàu hộ vệ
    tàu khu trục
    tàu lượn
    tàu ngầm
    tàu sân bay
    tàu thuyền
    tàu thủy
    tàu tuần tra
    tàu vũ trụ
    tàu điện
    tàu điện ngầm
    tác chiến
    tác dụng
    tác dụng phụ
    tác giả
    tác nghiệp
    tác phong
    tác phẩm
    tác động
    tách biệt
    tách rời
    tái chín
    tái chế
    tái hôn
    tái sử dụng
    tái thẩm
    tái đắc cử
    tái định cư
    tán dương
    tán thành
    tán tỉnh
    tán đồng
    táo bón
    táo bạo
    tâm bão
    tâm can
    tâm giao
    tâm huyết
    tâm hồn
    tâm linh
    tâm lý
    tâm lý học
    tâm lực
    tâm nguyện
    tâm niệm
    tâm phục
    tâm sự
    tâm thần
    tâm thế
    tâm trí
    tâm trạng
    tâm tình
    tâm tính
    tâm tư
    tâm điểm
    tâm đầu ý hợp
    tâm đắc
    tâm địa
    tân binh
    tân ngữ
    tân sinh viên
    tây ban cầm
    tây bắc
    tây nam
    tây y
    tèm lem
    tèm nhem
    té ngã
    té ra
    tép tỏi
    tê bì
    tê cứng
    tê giác
    tê liệt
    tên lửa
    tên lửa đạn đạo
    tên trộm
    tên đăng nhập
    tênh hênh
    tìm hiểu
    tìm kiếm
    tìm ra
    tìm thấy
    tìm việc
    tình báo
    tình bạn
    tình cảm
    tình cảnh
    tình cờ
    tình dục
    tình huống
    tình hình
    tình làng nghĩa xóm
    tình nghĩa
    tình nguyện
    tình nguyện viên
    tình người
    tình nhân
    tình thân
    tình thương
    tình thế
    tình tiết
    tình trạng
    tình trạng khẩn cấp
    tình yêu
    tình ái
    tình ý
    tình địch
    tình đời
    tí hon
    tí ti
    tí tách
    tí tẹo
    tí xíu
    tía má
    tích cực
    tích hợp
    tích lũy
    tích nước
    tích trữ
    tím biếc
    tím ngắt
    tín chỉ carbon
    tín dụng
    tín dụng đen
    tín hiệu
    tín ngưỡng
    tín nhiệm
    tính chung
    tính cách
    tính mạng
    tính năng
    tính nết
    tính ra
    tính riêng
    tính toán
    tính tình
    tính tốt
    tính tới
    tính từ
    tính xấu
    tính đến
    tít báo
    tíu tít
    tòa soạn
    tòa án
    tòa án nhân dân
    tòa án quân sự
    tòng phạm
    tòng quân
    tóc bạc
    tóc dài
    tóc giả
    tóc mái
    tóc mây
    tóc ngắn
    tóc tai
    tóc thẳng
    tóc vàng
    tóc xoăn
    tóc đen
    tóm lại
    tôm càng
    tôm he
    tôm hùm
    tôm sú
    tôn chỉ
    tôn giáo
    tôn giáo học
    tôn sùng
    tôn trọng
    tôn vinh
    tông xe
    tù binh
    tù chung thân
    tù giam
    tù mù
    tù nhân
    tùy bút
    tùy chọn
    tùy theo
    tùy thuộc
    tùy thích
    tùy tiện
    tùy vào
    tùy ý
    tú lơ khơ
    tú tài
    túi giấy
    túi mật
    túi nhựa
    túi ni lông
    túi nilon
    túi quần
    túi rác
    túi tiền
    túi xách
    túi áo
    túng thiếu
    túp lều
    tăng ca
    tăng cường
    tăng giá
    tăng lên
    tăng lương
    tăng mạnh
    tăng ni
    tăng thêm
    tăng trưởng
    tăng trưởng kinh tế
    tăng tốc
    tăng vọt
    tĩnh lặng
    tĩnh mạch
    tơ lụa
    tơi bời
    tơi tả
    tư bản
    tư bản chủ nghĩa
    tư chất
    tư cách
    tư duy
    tư hữu
    tư liệu
    tư lệnh
    tư lợi
    tư nhân
    tư nhân hóa
    tư pháp
    tư sản
    tư thái
    tư thù
    tư thế
    tư trang
    tư tình
    tư tưởng
    tư vấn
    tưng bừng
    tưng tưng
    tưng tửng
    tươi cười
    tươi mát
    tươi ngon
    tươi sáng
    tươi sống
    tươi tắn
    tươi tỉnh
    tươi tốt
    tươi vui
    tươi đẹp
    tươm tất
    tương cà
    tương lai
    tương phản
    tương quan
    tương thích
    tương trợ
    tương tác
    tương tự
    tương xứng
    tương đối
    tương đồng
    tương ớt
    tương ứng
    tưới nước
    tưới tiêu
    tướng lĩnh
    tướng quân
    tướng số
    tường nhà
    tường rào
    tường thuật
    tường tận
    tưởng chừng
    tưởng nhớ
    tưởng niệm
    tưởng thưởng
    tưởng tượng
    tượng đài
    tạ thế
    tại sao
    tại vì
    tạm biệt
    tạm dừng
    tạm giam
    tạm giữ
    tạm ngừng
    tạm thời
    tạm trú
    tạm đình chỉ
    tạm ứng
    tạo dựng
    tạo hóa
    tạo nên
    tạo ra
    tạo điều kiện
    tạp chí
    tạp hóa
    tả ngạn
    tả tơi
    tải lên
    tải về
    tải xuống
    tản mạn
    tảo mộ
    tấm gương
    tấm lòng
    tấn công
    tấn công mạng
    tấp nập
    tấp tểnh
    tất bật
    tất chân
    tất cả
    tất nhiên
    tất thảy
    tất tưởi
    tất tả
    tất yếu
    tấu hài
    tầm cỡ
    tầm gửi
    tầm nhìn
    tầm quan trọng
    tầm soát
    tầm thường
    tầm vóc
    tầm ảnh hưởng
    tần tảo
    tầng hầm
    tầng lầu
    tầng lớp
    tầng lớp trung lưu
    tầng ozon
    tầng trệt
    tẩn mẩn
    tẩy chay
    tận cùng
    tận dụng
    tận hưởng
    tận lực
    tận mắt
    tận tâm
    tận tình
    tập huấn
    tập hợp
    tập kết
    tập luyện
    tập nói
    tập quyền
    tập quán
    tập san
    tập thể
    tập trung
    tập trận
    tập tễnh
    tập tục
    tập đi
    tập đoàn
    tật xấu
    tắc kè
    tắc nghẽn
    tắc đường
    tắm gội
    tắm rửa
    tằn tiện
    tặng quà
    tẻ nhạt
    tế bào
    tế nhị
    tết dương lịch
    tết nguyên đán
    tết trung thu
    tết âm lịch
    tệ nạn
    tệ nạn xã hội
    tỉ giá
    tỉ lệ
    tỉ mẩn
    tỉ mỉ
    tỉ số
    tỉ tê
    tỉnh dậy
    tỉnh giấc
    tỉnh lộ
    tỉnh lỵ
    tỉnh thành
    tị nạn
    tịch thu
    tọa đàm
    tọa độ
    tỏ tình
    tố chất
    tố cáo
    tố giác
    tố tụng
    tốc độ
    tối cao
    tối hậu thư
    tối mai
    tối màu
    tối mù
    tối mật
    tối mịt
    tối nay
    tối om
    tối qua
    tối thiểu
    tối thui
    tối thượng
    tối tân
    tối tăm
    tối đa
    tối ưu
    tối ưu hóa
    tốp ca
    tốt bụng
    tốt lành
    tốt đẹp
    tồi tệ
    tồn kho
    tồn tại
    tồn vong
    tồn đọng
    tổ chim
    tổ chức
    tổ chức quốc tế
    tổ dân phố
    tổ hợp
    tổ ong
    tổ phó
    tổ quốc
    tổ tiên
    tổ trưởng
    tổ ấm
    tổn hại
    tổn thất
    tổng biên tập
    tổng bí thư
    tổng chi
    tổng công ty
    tổng cộng
    tổng giá trị
    tổng giám đốc
    tổng hợp
    tổng kết
    tổng lãnh sự
    tổng quan
    tổng quát
    tổng sản phẩm
    tổng số
    tổng tham mưu
    tổng tham mưu trưởng
    tổng thu
    tổng thể
    tổng thống
    tổng tiến công
    tổng tư lệnh
    tổng tấn công
    tổng động viên
    tội danh
    tội lỗi
    tội nhân
    tội phạm
    tội ác
    tột bậc
    tột cùng
    tột đỉnh
    tột độ
    tới lui
    tới nay
    tới nơi
    tới đây
    tờ trình
    tụ điện
    tục lệ
    tục ngữ
    tụt giảm
    tủ bếp
    tủ giày
    tủ lạnh
    tủ quần áo
    tủ sách
    tủ đông
    tủm tỉm
    tủn mủn
    tủy sống
    tứ kết
    tứ linh
    tứ đại đồng đường
    tức giận
    tức khắc
    tức là
    tức ngực
    tức thì
    từ biệt
    từ bỏ
    từ chối
    từ chức
    từ ghép
    từ giờ
    từ khi
    từ loại
    từ láy
    từ lúc
    từ nay
    từ ngữ
    từ thiện
    từ trường
    từ trần
    từ tốn
    từ từ
    từ vựng
    từ điển
    từ đây
    từ đó
    từ đơn
    từng bước
    từng cái
    từng người
    từng trải
    tử cung
    tử hình
    tử nạn
    tử sĩ
    tử trận
    tử vi
    tử vong
    tự biên tự diễn
    tự cao
    tự cao tự đại
    tự chọn
    tự chủ
    tự cung tự cấp
    tự do
    tự do báo chí
    tự do ngôn luận
    tự do tín ngưỡng
    tự dưng
    tự giác
    tự hào
    tự học
    tự hủy
    tự kiểm điểm
    tự kỷ
    tự lập
    tự lực cánh sinh
    tự mãn
    tự mình
    tự nguyện
    tự nhiên
    tự phát
    tự phê bình
    tự phụ
    tự quyết
    tự quản
    tự sát
    tự sướng
    tự sản tự tiêu
    tự thú
    tự ti
    tự tin
    tự truyện
    tự trọng
    tự túc
    tự tử
    tự vệ
    tự ái
    tự đại
    tự đắc
    tự động
    tự động hóa
    tựa như
    tựu trung
    tỷ giá
    tỷ giá hối đoái
    tỷ lệ
    tỷ lệ phần trăm
    tỷ phú
    tỷ suất sinh
    tỷ số
    tỷ trọng
    tỷ đồng
    u bướu
    um tùm
    ung bướu
    ung dung
    ung thư
    uy danh
    uy hiếp
    uy lực
    uy nghi
    uy nghiêm
    uy quyền
    uy tín
    uyên bác
    uẩn khúc
    uể oải
    uốn ván
    uống nước
    uống nước nhớ nguồn
    va chạm
    va li
    va quệt
    vai chính
    vai diễn
    vai phụ
    vai trò
    van xin
    vang dội
    vay mượn
    vay nặng lãi
    vay nợ
    vay tiêu dùng
    ve sầu
    ven biển
    ven đô
    vi diệu
    vi hiến
    vi khuẩn
    vi mô
    vi mạch
    vi phạm
    vi phạm pháp luật
    vi rút
    vi sinh vật
    vi vu
    vi vút
    vi xử lý
    vinh danh
    vinh dự
    vinh hiển
    vinh hạnh
    vinh quang
    virus máy tính
    viêm da
    viêm gan
    viêm họng
    viêm khớp
    viêm loét
    viêm màng não
    viêm não
    viêm phổi
    viên chức
    viên thuốc
    viên đạn
    viếng thăm
    viết lách
    viết văn
    viễn cảnh
    viễn thông
    viễn thị
    viễn tưởng
    việc gì
    việc làm
    việc này
    việc đó
    viện bảo tàng
    viện dẫn
    viện kiểm sát
    viện phí
    viện trợ
    việt kiều
    việt quất
    việt vị
    vong hồn
    vui chơi
    vui lòng
    vui mừng
    vui vẻ
    vun vút
    vuốt ve
    vài ba
    vàng bạc
    vàng hoe
    vàng khè
    vàng miếng
    vàng nhẫn
    vàng rực
    vàng ta
    vàng tươi
    vàng vàng
    vàng vọt
    vàng óng
    vàng ươm
    vành tai
    vành đai
    vào số
    vách ngăn
    vách đá
    váy cưới
    váy áo
    vâng lời
    vâng theo
    vây cá
    vây hãm
    vãn hồi
    vé máy bay
    vé số
    vé xem phim
    vén màn
    vênh váo
    vì rằng
    vì sao
    vì thế
    vì vậy
    ví dụ
    ví tiền
    ví điện tử
    vòi rồng
    vòi voi
    vòng bảng
    vòng bụng
    vòng cổ
    vòng eo
    vòng hai
    vòng loại
    vòng ngực
    vòng quay
    vòng tay
    vòng vèo
    vòng xuyến
    vóc dáng
    vóc người
    vô biên
    vô can
    vô chính phủ
    vô cùng
    vô căn cứ
    vô cơ
    vô cảm
    vô cớ
    vô danh
    vô duyên
    vô dụng
    vô gia cư
    vô giá
    vô hiệu
    vô hiệu hóa
    vô hình
    vô hại
    vô hạn
    vô học
    vô kể
    vô kỷ luật
    vô lí
    vô lý
    vô lăng
    vô lễ
    vô lối
    vô nghĩa
    vô phép
    vô phúc
    vô song
    vô sản
    vô số
    vô thường
    vô thần
    vô thức
    vô tiền khoáng hậu
    vô tri
    vô tri vô giác
    vô trách nhiệm
    vô trùng
    vô tuyến
    vô tuyến điện
    vô tâm
    vô tình
    vô tư
    vô tận
    vô tổ chức
    vô tội
    vô vàn
    vô văn hóa
    vô vị
    vô ích
    vô ý
    vô ý thức
    vô địch
    vô độ
    vô ơn
    võ cổ truyền
    võ sĩ
    võ sư
    võ thuật
    võ đài
    vùn vụt
    vùng biển
    vùng cao
    vùng miền
    vùng núi
    vùng sâu
    vùng sâu vùng xa
    vùng trời
    vùng ven
    vùng xa
    vú nuôi
    vú sữa
    văn bia
    văn bản
    văn chương
    văn hiến
    văn hóa
    văn học
    văn kiện
    văn liệu
    văn minh
    văn nghệ
    văn nghệ sĩ
    văn nhân
    văn phong
    văn phòng
    văn phòng phẩm
    văn phòng đại diện
    văn phạm
    văn sĩ
    văn thơ
    văn tế
    văn tự
    văn vần
    văn xuôi
    văng vẳng
    vĩ cầm
    vĩ mô
    vĩ đại
    vĩnh cửu
    vĩnh viễn
    vũ công
    vũ khí
    vũ khí hóa học
    vũ khí hạt nhân
    vũ khí hủy diệt
    vũ khí sinh học
    vũ trụ
    vũ trụ học
    vũ đạo
    vướng mắc
    vướng víu
    vườn hoa
    vườn quốc gia
    vườn rau
    vườn thú
    vườn tược
    vượn người
    vượt biên
    vượt bậc
    vượt mức
    vượt ngưỡng
    vượt ngục
    vượt qua
    vượt quá
    vượt trội
    vượt đèn đỏ
    vạch kẻ đường
    vạn năm
    vạn sự như ý
    vả chăng
    vả lại
    vải bông
    vải dù
    vải lụa
    vải thô
    vải vóc
    vải vụn
    vảy cá
    vấn nạn
    vấn đề
    vấp ngã
    vấp phải
    vất vưởng
    vất vả
    vần thơ
    vẩn vơ
    vẫn chưa
    vẫn còn
    vẫn thế
    vẫn vậy
    vẫy tay
    vận chuyển
    vận dụng
    vận hành
    vận hội
    vận may
    vận mệnh
    vận tải
    vận tốc
    vận đen
    vận đơn
    vận đỏ
    vận động
    vận động tranh cử
    vận động viên
    vật chất
    vật chất hóa
    vật chứng
    vật dụng
    vật giá
    vật liệu
    vật liệu xây dựng
    vật lí
    vật lý
    vật nuôi
    vật thể
    vật tư
    vật vã
    vật vờ
    vậy mà
    vậy thì
    vắc xin
    vắng lặng
    vắng mặt
    vắng ngắt
    vắng tanh
    vắng vẻ
    vằn vện
    vằng vặc
    vặn vẹo
    vẹn toàn
    vẻ vang
    vẻ đẹp
    vẽ tranh
    vết bầm
    vết bỏng
    vết nhăn
    vết sẹo
    vết thương
    về phía
    về sau
    về trước
    về việc
    vệ sinh
    vệ sinh cá nhân
    vệ sĩ
    vệ tinh
    vệ tinh nhân tạo
    vỉa hè
    vị kỷ
    vị ngữ
    vị tha
    vị thế
    vị trí
    vịnh biển
    vịt con
    vịt quay
    vọng cổ
    vọng gác
    vọng tưởng
    vỏ cây
    vốn chủ sở hữu
    vốn có
    vốn dĩ
    vốn hóa
    vốn liếng
    vốn là
    vốn điều lệ
    vốn đã
    vốn đầu tư
    vỗ về
    vội vàng
    vội vã
    vớ chân
    với nhau
    với điều kiện
    vở kịch
    vỡ nợ
    vợ chồng
    vợ con
    vợ cả
    vợ hai
    vợ lẽ
    vợ sắp cưới
    vụ chiêm
    vụ hè thu
    vụ mùa
    vụ việc
    vụ xuân
    vụ án
    vụ đông
    vụn vặt
    vụng về
    vứt bỏ
    vừa lòng
    vừa mới
    vừa nêu
    vừa phải
    vừa qua
    vừa rồi
    vừa vặn
    vừa đủ
    vững bền
    vững chắc
    vững mạnh
    vững tay
    vững vàng
    xa cách
    xa hoa
    xa lánh
    xa lạ
    xa lộ
    xa rời
    xa vời
    xa xa
    xa xôi
    xa xăm
    xa xưa
    xa xỉ
    xam xám
    xanh biếc
    xanh lè
    xanh lét
    xanh mướt
    xanh ngắt
    xanh rì
    xanh rờn
    xanh sạch đẹp
    xanh thẳm
    xanh tươi
    xanh xanh
    xanh xao
    xe ba gác
    xe ben
    xe bus
    xe buýt
    xe bọc thép
    xe chữa cháy
    xe con
    xe container
    xe công nghệ
    xe công nông
    xe cảnh sát
    xe cộ
    xe cứu hỏa
    xe cứu thương
    xe hơi
    xe hợp đồng
    xe khách
    xe lăn
    xe lửa
    xe máy
    xe máy điện
    xe số
    xe taxi
    xe tay ga
    xe tăng
    xe tải
    xe ô tô
    xe ôm
    xe điện
    xe đưa đón
    xe đạp
    xe đạp điện
    xe đẩy
    xem bói
    xem như
    xem thường
    xem tướng
    xem xét
    xi măng
    xin chào
    xin lỗi
    xin phép
    xin việc
    xin ý kiến
    xinh tươi
    xinh xinh
    xinh xắn
    xinh đẹp
    xiếc thú
    xoay chuyển
    xoay sở
    xoong nồi
    xoài cát
    xu hướng
    xu thế
    xui xẻo
    xum xuê
    xung kích
    xung quanh
    xung đột
    xung đột vũ trang
    xuân hạ thu đông
    xuýt xoa
    xuất bản
    xuất chúng
    xuất cảnh
    xuất gia
    xuất hiện
    xuất huyết
    xuất khẩu
    xuất khẩu lao động
    xuất ngũ
    xuất nhập khẩu
    xuất phát
    xuất phát điểm
    xuất siêu
    xuất sắc
    xuất thân
    xuất trình
    xuất viện
    xuất xưởng
    xuất xứ
    xuề xòa
    xuống hạng
    xuồng máy
    xà bông
    xà lách
    xà ngang
    xà nhà
    xà phòng
    xào nấu
    xào xạc
    xác minh
    xác nhận
    xác suất
    xác thực
    xác đáng
    xác định
    xám xịt
    xâm chiếm
    xâm hại
    xâm hại tình dục
    xâm lăng
    xâm lược
    xâm nhập
    xâm nhập mặn
    xâm phạm
    xâm thực
    xây dựng
    xây mới
    xây sửa
    xây đắp
    xã hội
    xã hội chủ nghĩa
    xã hội hóa
    xã hội học
    xã hội đen
    xã luận
    xã phường
    xã tắc
    xét duyệt
    xét nghiệm
    xét thấy
    xét tuyển
    xét xử
    xì dầu
    xì xào
    xì xầm
    xí nghiệp
    xích lô
    xích đu
    xóa bỏ
    xóa sổ
    xóa đói giảm nghèo
    xói mòn
    xóm giềng
    xóm làng
    xót xa
    xô xát
    xô đẩy
    xôi gấc
    xôi lạc
    xôi xéo
    xôi đậu
    xôn xao
    xông nhà
    xông đất
    xúc cảm
    xúc phạm
    xúc tiến
    xúc xích
    xúc xắc
    xúc động
    xúi giục
    xúm xít
    xăng dầu
    xơ gan
    xơ xác
    xưa cũ
    xưa kia
    xương chậu
    xương cốt
    xương cụt
    xương sườn
    xương sống
    xương tủy
    xương đòn
    xưởng máy
    xạ thủ
    xả hàng
    xả lũ
    xảy ra
    xấc xược
    xấp xỉ
    xấu hổ
    xấu tính
    xấu xa
    xấu xí
    xập xình
    xập xệ
    xếp hàng
    xếp hình
    xếp hạng
    xếp loại
    xốn xang
    xổ số
    xộc xệch
    xứ sở
    xứng tầm
    xứng đáng
    xử lý
    xử lý rác
    xử phạt
    xử án
    y dược
    y học
    y khoa
    y như
    y phục
    y sinh
    y sĩ
    y tá
    y tế
    yên bình
    yên lặng
    yên tĩnh
    yên xe
    yên ổn
    yêu cầu
    yêu kiều
    yêu mến
    yêu nước
    yêu quái
    yêu sách
    yêu thích
    yêu thương
    yêu tinh
    yêu đương
    yết hầu
    yếu kém
    yếu thế
    yếu tố
    yếu điểm
    yếu đuối
    yếu ớt
    yểm trợ
    á hậu
    á quân
    ác liệt
    ác mộng
    ác quỷ
    ách tắc
    ái quốc
    ám chỉ
    ám hiệu
    ám sát
    ám ảnh
    án treo
    án tù
    án tử hình
    ánh mắt
    ánh nhìn
    ánh nắng
    ánh sao
    ánh sáng
    ánh trăng
    ánh đèn
    áo ba lỗ
    áo bà ba
    áo choàng
    áo cưới
    áo dài
    áo gi lê
    áo giáp
    áo khoác
    áo len
    áo lót
    áo mưa
    áo ngực
    áo phông
    áo quần
    áo sơ mi
    áo thun
    áo tứ thân
    áo vest
    áo yếm
    áo ấm
    áp chế
    áp dụng
    áp giải
    áp lực
    áp suất
    áp thấp
    áp thấp nhiệt đới
    áp đảo
    áp đặt
    âm dương
    âm hưởng
    âm lượng
    âm lịch
    âm mưu
    âm nhạc
    âm phủ
    âm thanh
    âm thầm
    âm tiết
    âm ty
    âm vang
    âm đạo
    âm ỉ
    ân hận
    ân nghĩa
    ân xá
    ép buộc
    êm dịu
    êm ru
    êm thấm
    êm ái
    êm đềm
    êm ả
    êm ấm
    í ới
    ích kỉ
    ích kỷ
    ít khi
    ít nhiều
    ít nhất
    ít ra
    ô chữ
    ô cửa
    ô nhiễm
    ô nhiễm không khí
    ô nhiễm môi trường
    ô nhiễm nguồn nước
    ô nhiễm tiếng ồn
    ô sin
    ô tô
    ô ăn quan
    ôi thiu
    ôm ấp
    ôn hòa
    ôn thi
    ôn tập
    ông bà
    ông bụt
    ông cố
    ông già
    ông mối
    ông ngoại
    ông nội
    ông trời
    ông tổ
    ông ổng
    ù lì
    ù tai
    ù ù
    ùn tắc
    út ít
    ý chí
    ý chỉ
    ý kiến
    ý muốn
    ý nghĩa
    ý nguyện
    ý nhị
    ý niệm
    ý thức
    ý trung nhân
    ý tưởng
    ý tứ
    ý vị
    ý định
    ý đồ
    ăn chay
    ăn cháo đá bát
    ăn chắc mặc bền
    ăn cơm
    ăn cướp
    ăn cắp
    ăn dặm
    ăn hỏi
    ăn khách
    ăn không ngồi rồi
    ăn khớp
    ăn mày
    ăn mòn
    ăn mặc
    ăn mừng
    ăn ngay nói thẳng
    ăn nhậu
    ăn nên làm ra
    ăn nói
    ăn năn
    ăn sung mặc sướng
    ăn sáng
    ăn sâu
    ăn thua
    ăn to nói lớn
    ăn trưa
    ăn trộm
    ăn tối
    ăn uống
    ăn vặt
    ăn xin
    ăn xổi ở thì
    ăn ý
    ăn ở
    đa dạng
    đa dạng hóa
    đa dạng sinh học
    đa nghi
    đa ngữ
    đa phương
    đa phần
    đa sầu
    đa số
    đa tài
    đam mê
    đanh đá
    đau buồn
    đau bụng
    đau họng
    đau khổ
    đau lưng
    đau mắt
    đau ngực
    đau răng
    đau tai
    đau đầu
    đau đớn
    đau ốm
    đe dọa
    đen kịt
    đen láy
    đen ngòm
    đen nhánh
    đen sì
    đen thui
    đen đúa
    đen đủi
    đi bộ
    đi chơi
    đi chợ
    đi công tác
    đi cùng
    đi du lịch
    đi dạo
    đi học
    đi kèm
    đi làm
    đi lên
    đi lại
    đi lễ
    đi ngang
    đi ngủ
    đi qua
    đi theo
    đi tới
    đi vắng
    đi xa
    đi xuống
    đi đường
    đinh vít
    điêu khắc
    điêu luyện
    điếc tai
    điềm tĩnh
    điền kinh
    điều chỉnh
    điều dưỡng
    điều gì
    điều hành
    điều hòa
    điều hướng
    điều khiển
    điều khoản
    điều kiện
    điều luật
    điều lệ
    điều này
    điều phối
    điều tiết
    điều tra
    điều tra viên
    điều trị
    điều đó
    điều độ
    điều động
    điểm báo
    điểm chuẩn
    điểm danh
    điểm giữa
    điểm mạnh
    điểm nghẽn
    điểm nóng
    điểm sàn
    điểm số
    điểm tựa
    điểm xuất phát
    điểm yếu
    điển cố
    điển hình
    điện báo
    điện gió
    điện hạt nhân
    điện học
    điện khí hóa
    điện lực
    điện mặt trời
    điện năng
    điện thoại
    điện thoại di động
    điện toán
    điện toán đám mây
    điện trường
    điện trở
    điện tâm đồ
    điện tử
    điện tử hóa
    điện áp
    điện đàm
    điện ảnh
    điệu bộ
    đo lường
    đo đạc
    đo đỏ
    đoan trang
    đom đóm
    đong đưa
    đoàn kết
    đoàn thể
    đoàn tụ
    đoàn viên
    đoàn đại biểu
    đoán trước
    đoạn văn
    đoạt giải
    đu quay
    đu đủ
    đua ngựa
    đua thuyền
    đua xe
    đua xe đạp
    đun sôi
    đung đưa
    đuôi cá
    đà điểu
    đài phát thanh
    đài truyền hình
    đàm phán
    đàn anh
    đàn bà
    đàn bầu
    đàn em
    đàn ghi ta
    đàn hát
    đàn hồi
    đàn nguyệt
    đàn nhị
    đàn piano
    đàn tranh
    đàn áp
    đàn ông
    đàn đá
    đành hanh
    đành rằng
    đào bới
    đào tạo
    đá chính
    đá cầu
    đá gà
    đá luân lưu
    đá lạnh
    đá phạt
    đá quý
    đái tháo đường
    đám cháy
    đám cưới
    đám giỗ
    đám hỏi
    đám tang
    đáng chú ý
    đáng giá
    đáng kính
    đáng kể
    đáng lẽ
    đáng mến
    đáng ngại
    đáng sợ
    đáng tin
    đáng tin cậy
    đáng tiếc
    đáng yêu
    đánh bài
    đánh bạc
    đánh bại
    đánh bắt
    đánh cá
    đánh cờ
    đánh dấu
    đánh giá
    đánh gôn
    đánh mất
    đánh nhau
    đánh răng
    đánh số
    đánh thức
    đánh võng
    đánh úp
    đánh đáo
    đánh đầu
    đánh đập
    đánh đổi
    đánh động
    đáp lại
    đáp trả
    đáp án
    đáp ứng
    đâm va
    đâm xe
    đâu vào đấy
    đâu đó
    đây đó
    đã từng
    đãi ngộ
    đèn bàn
    đèn dầu
    đèn giao thông
    đèn lồng
    đèn ngủ
    đèn pha
    đèn pin
    đèn vàng
    đèn xanh
    đèn điện
    đèn đường
    đèn đỏ
    đê biển
    đê hèn
    đê tiện
    đê điều
    đêm giao thừa
    đêm khuya
    đêm nay
    đêm ngày
    đêm nhạc
    đêm qua
    đình chiến
    đình chùa
    đình chỉ
    đình công
    đình làng
    đình trệ
    đình đám
    đìu hiu
    đính hôn
    đò ngang
    đòi hỏi
    đòi nợ
    đói bụng
    đói khát
    đói rét
    đón chào
    đón dâu
    đón tiếp
    đón đưa
    đóng băng
    đóng cửa
    đóng gói
    đóng góp
    đóng phim
    đóng quân
    đóng vai
    đô la
    đô thị
    đô thị hóa
    đô đốc
    đôi ba
    đôi bên
    đôi co
    đôi khi
    đôi lúc
    đôi tay
    đông bắc
    đông lạnh
    đông nam
    đông y
    đông đúc
    đông đảo
    đông đủ
    đùa giỡn
    đùi non
    đùm bọc
    đùn đẩy
    đùng đùng
    đúng giờ
    đúng hẹn
    đúng không
    đúng là
    đúng lúc
    đúng đắn
    đăm chiêu
    đăm đăm
    đăng kiểm
    đăng kí
    đăng ký
    đăng nhập
    đăng tin
    đăng tải
    đăng xuất
    đơn ca
    đơn giản
    đơn giản hóa
    đơn hàng
    đơn lẻ
    đơn ngữ
    đơn nhất
    đơn phương
    đơn sơ
    đơn thuần
    đơn thuốc
    đơn từ
    đơn vị
    đơn vị hành chính
    đơn vị đo
    đơn điệu
    đơn độc
    đưa dâu
    đưa hối lộ
    đưa ra
    đưa tin
    đưa tiễn
    đưa vào
    đưa đón
    đương nhiên
    đương nhiệm
    đương sự
    đương thời
    đương đại
    đương đầu
    đường bay
    đường biển
    đường băng
    đường bộ
    đường cao tốc
    đường chéo
    đường cong
    đường cái
    đường cát
    đường dẫn
    đường gấp khúc
    đường huyết
    đường hầm
    đường hẻm
    đường không
    đường kính
    đường làng
    đường lối
    đường mòn
    đường phèn
    đường phố
    đường quê
    đường ray
    đường sá
    đường sắt
    đường sắt đô thị
    đường thẳng
    đường thủy
    đường tròn
    đường vành đai
    đường xá
    được không
    được mùa
    được phép
    đại biểu
    đại biểu quốc hội
    đại bàng
    đại bác
    đại chiến
    đại chúng
    đại cương
    đại diện
    đại dương
    đại dương học
    đại dịch
    đại gia
    đại học
    đại hội
    đại hội thể thao
    đại khái
    đại loại
    đại lý
    đại lộ
    đại ngàn
    đại số
    đại sứ
    đại sứ quán
    đại thể
    đại trà
    đại tràng
    đại tu
    đại tá
    đại tướng
    đại từ
    đại úy
    đại để
    đại đội
    đại đội trưởng
    đại đức
    đạn dược
    đạn pháo
    đạn thật
    đạo cụ
    đạo diễn
    đạo giáo
    đạo hiếu
    đạo hồi
    đạo luật
    đạo làm người
    đạo lý
    đạo mẫu
    đạo nghĩa
    đạo phật
    đạo thiên chúa
    đạo tặc
    đạo văn
    đạo đức
    đạo đức giả
    đạt chuẩn
    đạt giải
    đạt yêu cầu
    đạt được
    đảm bảo
    đảm nhiệm
    đảm nhận
    đảm trách
    đảm đang
    đảm đương
    đảng bộ
    đảng phái
    đảng viên
    đảng ủy
    đảo chính
    đảo lộn
    đảo ngược
    đất cát
    đất hiếm
    đất liền
    đất mặn
    đất nước
    đất nền
    đất phèn
    đất phù sa
    đất sét
    đất thịt
    đất trồng
    đất đai
    đất đá
    đấu giá
    đấu thầu
    đấu tranh
    đấu trí
    đấu vật
    đầm dạ hội
    đầm lầy
    đầm phá
    đầm đìa
    đầm ấm
    đần độn
    đầu bếp
    đầu cơ
    đầu gối
    đầu hàng
    đầu máy
    đầu mối
    đầu nguồn
    đầu não
    đầu năm
    đầu ra
    đầu sách
    đầu tháng
    đầu tiên
    đầu tuần
    đầu tư
    đầu tư công
    đầu tư nước ngoài
    đầu vào
    đầu óc
    đầu độc
    đầy rẫy
    đầy tớ
    đầy đặn
    đầy đủ
    đẩy lùi
    đẩy mạnh
    đẩy tạ
    đẫy đà
    đậm màu
    đậm đà
    đậm đặc
    đập nước
    đậu bắp
    đậu cô ve
    đậu hà lan
    đậu hũ
    đậu mùa
    đậu nành
    đậu phộng
    đậu phụ
    đậu que
    đậu tương
    đậu xanh
    đậu xe
    đậu đen
    đậu đỏ
    đắc cử
    đắc lực
    đắc tội
    đắc ý
    đắng cay
    đắng ngắt
    đắt tiền
    đắt đỏ
    đằng kia
    đằng này
    đằng sau
    đằng trước
    đằng xa
    đằng đẵng
    đẳng cấp
    đặc biệt
    đặc công
    đặc khu
    đặc phái viên
    đặc sản
    đặc sắc
    đặc sứ
    đặc thù
    đặc trưng
    đặc xá
    đặc điểm
    đặt chân
    đặt cược
    đặt cọc
    đặt hàng
    đặt mua
    đặt ra
    đặt tên
    đẹp đẽ
    đẻ con
    đế quốc
    đến khi
    đến lúc
    đến mức
    đến nay
    đến nơi
    đến nỗi
    đề bạt
    đề cao
    đề cương
    đề cập
    đề cử
    đề kháng
    đề nghị
    đề phòng
    đề ra
    đề thi
    đề tài
    đề xuất
    đề án
    đền bù
    đền chùa
    đền thờ
    đền đáp
    đều đặn
    đều đều
    để mà
    để ý
    đệm mút
    đỉnh cao
    đỉnh núi
    đỉnh điểm
    địa bàn
    địa chi
    địa chính
    địa chấn
    địa chất
    địa chất học
    địa chỉ
    địa chủ
    địa cầu
    địa danh
    địa giới
    địa hình
    địa lý
    địa ngục
    địa phương
    địa phận
    địa vị
    địa điểm
    địa ốc
    định cư
    định dạng
    định giá
    định hình
    định hướng
    định kiến
    định kỳ
    định luật
    định lý
    định lượng
    định mệnh
    định mức
    định nghĩa
    định tính
    định vị
    định đoạt
    đỏ au
    đỏ chót
    đỏ hỏn
    đỏ lòm
    đỏ mắt
    đỏ rực
    đỏ thắm
    đỏ tươi
    đỏ đắn
    đỏ ối
    đỏng đảnh
    đố kỵ
    đốc công
    đối chiếu
    đối chứng
    đối diện
    đối kháng
    đối lập
    đối mặt
    đối ngoại
    đối nội
    đối phó
    đối sách
    đối thoại
    đối thủ
    đối thủ cạnh tranh
    đối tác
    đối tượng
    đối với
    đối xứng
    đối xử
    đối đầu
    đối ứng
    đốn hạ
    đốt lửa
    đồ bơi
    đồ chơi
    đồ cũ
    đồ cổ
    đồ dùng
    đồ gia dụng
    đồ gỗ
    đồ lót
    đồ nghề
    đồ ngoại
    đồ ngủ
    đồ nhậu
    đồ nhựa
    đồ nội
    đồ quý
    đồ sộ
    đồ thị
    đồ trang sức
    đồ uống
    đồ vật
    đồ án
    đồ ăn
    đồ điện
    đồ điện tử
    đồ đạc
    đồi chè
    đồi núi
    đồn biên phòng
    đồn bốt
    đồn công an
    đồn thổi
    đồn trú
    đồn điền
    đồng bào
    đồng bóng
    đồng bạc
    đồng bằng
    đồng bộ
    đồng ca
    đồng cam cộng khổ
    đồng chí
    đồng chủ tịch
    đồng cảm
    đồng cỏ
    đồng dạng
    đồng hành
    đồng hóa
    đồng hương
    đồng hồ
    đồng hồ báo thức
    đồng hồ sinh học
    đồng hồ đeo tay
    đồng loại
    đồng loạt
    đồng lòng
    đồng lúa
    đồng minh
    đồng màu
    đồng môn
    đồng nghiệp
    đồng nhất
    đồng niên
    đồng phạm
    đồng phục
    đồng ruộng
    đồng sáng lập
    đồng sở hữu
    đồng thau
    đồng thuận
    đồng thời
    đồng tiền
    đồng tác giả
    đồng tâm
    đồng tâm hiệp lực
    đồng tình
    đồng tính
    đồng tính luyến ái
    đồng ý
    đồng điệu
    đồng đô
    đồng đẳng
    đồng đều
    đồng đội
    đổ bộ
    đổ lỗi
    đổ máu
    đổ nát
    đổ vỡ
    đổ xô
    đổ xăng
    đổi chác
    đổi mới
    đổi thay
    đổi trả
    đỗ xe
    đỗ đạt
    độ cao
    độ che phủ
    độ dài
    độ lượng
    độ rộng
    độ sâu
    độ tuổi
    độ ẩm
    độc giả
    độc hại
    độc lập
    độc nhất
    độc nhất vô nhị
    độc quyền
    độc thân
    độc ác
    độc đáo
    độc đắc
    đội bóng
    đội hình
    đội hình xuất phát
    đội khách
    đội nhà
    đội phó
    đội trưởng
    đội tuyển
    đội tuyển quốc gia
    động chạm
    động cơ
    động cơ điện
    động kinh
    động lực
    động mạch
    động năng
    động sản
    động thái
    động tác
    động tĩnh
    động từ
    động viên
    động vật
    động vật có vú
    động vật hoang dã
    động đất
    đột biến
    đột ngột
    đột nhiên
    đột nhập
    đột phá
    đột quỵ
    đột xuất
    đời người
    đời sống
    đờm dãi
    đờn ca tài tử
    đợi chờ
    đục thủy tinh thể
    đụng độ
    đủng đà đủng đỉnh
    đủng đỉnh
    đứa bé
    đứa trẻ
    đức chúa
    đức hạnh
    đức phật
    đức tin
    đức tính
    đức độ
    đứng dậy
    đứng lên
    đứng ra
    đứng tuổi
    đứng tên
    đứng yên
    đứng đầu
    đứt gãy
    ơ hờ
    ưa thích
    ưu thế
    ưu tiên
    ưu tú
    ưu tư
    ưu việt
    ưu ái
    ưu điểm
    ưu đãi
    ương bướng
    ước chừng
    ước lượng
    ước mơ
    ước tính
    ướp lạnh
    ướt sũng
    ướt át
    ướt đẫm
    ảm đạm
    ảnh chụp
    ảnh hưởng
    ảo giác
    ảo mộng
    ảo thuật
    ảo thuật gia
    ảo tưởng
    ảo ảnh
    ấm chén
    ấm cúng
    ấm nước
    ấm trà
    ấm áp
    ấm êm
    ấm đun nước
    ấn hành
    ấn phẩm
    ấn tượng
    ấn định
    ấp úng
    ấp ủ
    ấy vậy mà
    ầm ì
    ầm ĩ
    ầm ầm
    ẩm thấp
    ẩm thực
    ẩm ướt
    ẩn dụ
    ẩn náu
    ẩn số
    ẩn ý
    ẩu tả
    ẩu đả
    ậm ừ
    ắc quy
    ẻo lả
    ế chồng
    ế vợ
    ỉ ôi
    ỉu xìu
    ỏn ẻn
    ốc sên
    ốc đảo
    ốm o
    ốm yếu
    ốm đau
    ống chân
    ống hút
    ống nghe
    ống tiêm
    ồ ạt
    ồm ồm
    ồn ào
    ồn ã
    ổ cắm
    ổ cứng
    ổ khóa
    ổn thỏa
    ổn định
    ớt chuông
    ở dưới
    ở giữa
    ở ngoài
    ở trong
    ở trên
    ở đâu
    ợ hơi
    ục ịch
    ủ rũ
    ủ ê
    ủng hộ
    ủy ban
    ủy ban nhân dân
    ủy nhiệm
    ủy quyền
    ủy thác
    ủy viên
    ứng biến
    ứng cử
    ứng cử viên
    ứng dụng
    ứng dụng di động
    ứng phó
    ứng trước
    ứng tuyển
    ứng viên
    ứng xử
    ỷ lại
    """
}
