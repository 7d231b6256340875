/// The built-in lists, compiled into the library so that the `songngu` binary needs no resource
/// bundle beside it (a copied or installed binary runs anywhere) and starts without looking one up.
///
/// Each is a plain text file in the format its parser documents; edit them here.
enum BuiltInLists {
  /// Vietnamese (and common English) abbreviations: `AbbreviationList.standard`.
  static let abbreviations = #"""
    # Vietnamese (and common English) abbreviations for the sentence segmenter.
    # One abbreviation a line, exactly as written, with its final period. Lines starting with # are comments.
    # [before-name]: never ends a sentence (a name or number follows), e.g. "TP. Hồ Chí Minh", "TS. Lê Văn A".
    #   Compounds such as "PGS.TS." are recognised when every part is listed.
    # [may-end]: ends a sentence only when an upper-case word or a digit follows, e.g. "v.v. Sau đó".
    # Extend this list with your own file: songngu segment --abbreviations FILE (same format).

    [before-name]
    TP.
    TX.
    TT.
    Q.
    P.
    H.
    X.
    GS.
    PGS.
    TS.
    ThS.
    BS.
    KS.
    CN.
    TSKH.
    NGND.
    NGƯT.
    NSND.
    NSƯT.
    LS.
    Th.S.
    ThS.BS.
    BSCKI.
    BSCKII.
    CKI.
    CKII.
    Đ/c.
    Mr.
    Mrs.
    Ms.
    Dr.
    St.
    Prof.
    Sen.
    Rep.
    Gen.
    Col.
    Lt.
    Capt.
    No.
    Nxb.
    NXB.
    Tp.
    tp.
    Ths.
    Ts.
    Gs.
    Pgs.
    Bs.

    [may-end]
    v.v.
    vv.
    tr.
    TP.HCM.
    Tp.HCM.
    HCM.
    etc.
    Co.
    Inc.
    Ltd.
    Corp.
    """#

  /// English abbreviations, for reading English articles: `AbbreviationList.english`.
  static let englishAbbreviations = #"""
    # English abbreviations for the sentence segmenter when it reads English articles.
    # Same format as abbreviations.txt: [before-name] never ends a sentence, [may-end] ends one only
    # before an upper-case word or a digit.

    [before-name]
    Mr.
    Mrs.
    Ms.
    Mx.
    Dr.
    Prof.
    Sr.
    Jr.
    St.
    Sen.
    Rep.
    Gov.
    Gen.
    Col.
    Lt.
    Maj.
    Capt.
    Sgt.
    Adm.
    Rev.
    Hon.
    Pres.
    No.
    Nos.
    Vol.
    Fig.
    p.
    pp.
    ch.
    Mt.
    Ft.
    vs.
    approx.
    Jan.
    Feb.
    Mar.
    Apr.
    Aug.
    Sept.
    Sep.
    Oct.
    Nov.
    Dec.

    [may-end]
    etc.
    Co.
    Inc.
    Ltd.
    Corp.
    Bros.
    U.S.
    U.K.
    U.N.
    E.U.
    a.m.
    p.m.
    e.g.
    i.e.
    """#

  /// Lines of web-page furniture: `BoilerplateList.standard`.
  static let boilerplate = #"""
    # Lines of web-page furniture that songngu flags as boilerplate.
    # One line a pattern, compared without case, ignoring final punctuation and spaces.
    # A pattern ending in * matches every line that starts with it. Lines starting with # are comments.
    xem bài viết gốc tại đây
    xem bài gốc tại đây
    xem bài viết gốc
    bạn cần đăng nhập/đăng ký để bình luận
    bạn cần đăng nhập để bình luận
    đăng nhập để bình luận
    chia sẻ
    chia sẻ bài viết
    chia sẻ bài viết này
    chia sẻ facebook
    chia sẻ qua email
    chia sẻ:*
    bình luận
    bình luận (*
    gửi bình luận
    viết bình luận
    ý kiến bạn đọc
    ý kiến của bạn
    tin liên quan
    tin liên quan:*
    bài viết liên quan
    bài liên quan
    các tin khác
    tin khác
    tin cùng chuyên mục
    tin mới nhất
    tin nổi bật
    có thể bạn quan tâm
    đọc thêm
    đọc thêm:*
    xem thêm
    xem thêm:*
    xem tiếp
    từ khóa:*
    từ khoá:*
    tags:*
    tag:*
    theo dõi chúng tôi trên*
    theo dõi * trên google news
    quay lại
    về trang chủ
    trang chủ
    lên đầu trang
    in bài viết
    in bài
    báo lỗi
    gửi bài
    gửi bài viết cho tòa soạn
    thích
    like
    tweet
    zalo
    facebook
    copy link
    sao chép liên kết
    đã sao chép liên kết
    quảng cáo
    advertisement
    bạn đang xem:*
    đăng ký nhận tin
    đăng ký nhận bản tin*
    tải ứng dụng*
    """#
}
