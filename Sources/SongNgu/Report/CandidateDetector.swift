/// Finds candidate glossary terms in Vietnamese sentences without a glossary: proper names, acronyms,
/// titles and institutions.
///
/// Words are runs of letters, digits and combining marks; a hyphen, an apostrophe between letters, or
/// a period between capitals or digits or before a lower-case letter does not end a word (`Kim
/// Yong-hyun`, `TP.HCM`, `VnExpress.net`). A word is *capitalised* when its first character is an
/// upper-case letter or it is a lower-case brand with a capital inside (`iPhone`, `eBay`), an *acronym*
/// when it has two upper-case letters or more and no lower-case one.
///
/// - Acronyms are candidates wherever they stand, and stand alone (`UBND TP.HCM` is two), unless a name
///   noun or a model code completes them (`ASEAN Cup`, `OPPO Find X8`), one foreign word the document
///   never writes alone (`PSV Eindhoven`) or an index's number (`S&P 500`, not `EU 27 nước`). Currency
///   codes (from CLDR) and units (`USD`, `GB`) are measures, acronyms of common nouns (`BTC`) nothing,
///   academic titles written short (`PGS.TS.`) titles. A province after an acronym makes one name (`BIDV
///   Cần Thơ`; not after `UBND`, `CLB`), and so does a capitalised Vietnamese word before one (`Lúa HQ`).
/// - The base unit is the maximal run of capitalised words separated only by spaces (`Mark Rutte`,
///   `Bồ Đào Nha`). Inside it may stand lower-case particles of foreign names (`Jean de la Fontaine`,
///   `Bank of China`); after a foreign name or a model code, a number or an acronym (`Dow Jones 30`,
///   `iPhone 16 Pro Max`, `Galaxy S24 FE`; not a year); a qualifier's second syllable ends it (`Duma Quốc
///   gia`), as does a lower-case syllable making one word with its last (`Tết Trung thu`, `Tết Nguyên
///   đán`; not in a person's name). It ends before a function word that opens a clause (`Samsung Nhưng giá …` → `Samsung`) and
///   before a head that starts a name of its own (`Hà Nội Sở Y tế`). A run is split after a leading
///   country when a name follows (`Nga Sergei Lavrov`, `Nga Putin`; not `Mỹ Đình`) and before a surname
///   that follows non-surnames (`Hà Nội Trần Sỹ Thanh`), never inside a country (`Bồ Đào Nha`). A region
///   keeps its region word (`châu Á`, `phương Tây`).
/// - A title or institution head from `CandidateLexicon` starts its own candidate and may take the
///   words after it: `Bộ trưởng Quốc phòng`, `Bộ Kế hoạch và Đầu tư`, `Ngân hàng Nhà nước Việt Nam`,
///   `Văn phòng Tổng thống Pháp`; and the place after a unit word (`Công an huyện Đông Anh`, `UBND xã Tân
///   Lập`; not a place's acronym: `Đại học Quốc gia` + `TP.HCM`). Inside an institution's name, a lower-case syllable may complete a
///   capitalised one (Vietnamese capitalises only the first syllable of each word of an institution's
///   name), `và`, a dash or a comma may join two such words, and lower-case words from the closed lists
///   of `CandidateLexicon.Tail` may follow in their place (`Tòa án nhân dân tối cao`, `Bộ Giao thông vận
///   tải`, `Cơ quan Cảnh sát điều tra`). A treaty, programme, forum or award takes its whole title, lower-case
///   words before a capital and a dash between names included (`Hiệp định Đối tác Toàn diện và Tiến bộ
///   xuyên Thái Bình Dương`, `Diễn đàn Cà phê Việt Nam - Canada`). A head ending a place does not end a
///   name (`Đông Nam Bộ`).
/// - A capitalised word that makes one common word with the lower-case word after it (`Đối tác`, `Giá
///   bán`) is no name by itself, unless the document uses it as one elsewhere or its number follows
///   (`Vành đai 3`, `Giao hưởng số 7`).
/// - At the start of a sentence (or of a quotation, or after a colon) a capital says nothing: a
///   common sentence opener (`Theo`, `Ông`, `Trong`) is dropped from the run, and so is a common word
///   before a foreign name (`Máy iPhone 16`) that the document's capitalisation lexicon never shows
///   capitalised inside a sentence; a run of two capitalised words or more, or a hyphenated word, is
///   kept; a single word is kept when it cannot be one Vietnamese syllable and is no common loanword
///   (`Kremlin`) and the document does not write it in lower case elsewhere (`sandbox`), when it heads a
///   list of names, or when the same word ended a name run elsewhere in the document, not at a sentence
///   start.
/// - A capitalised weekday after `thứ` (`thứ Hai`) is not a name, nor are Roman numerals (`quý III`),
///   documents before their number (`Quyết định 05/2024`) or English honorifics (`Dr.`).
/// - A word with an inner capital (`VnExpress`) is a name even at a sentence start; a line that is one
///   name is a byline (`Anh Khoa`); a person named by an initial or by a word that is also a head after
///   a word for a person is a name (`bà H.`, `ông Khoa`).
/// - Every rule reads the sentence alone; the only document-level state is the capitalisation lexicon
///   built first (with the loanwords written in lower case) and the names seen, for sentence-initial
///   words.
public struct CandidateDetector: Sendable {
  public init() {}

  /// The candidates of each of `sentences` (one document's), in order: `result[i]` is `sentences[i]`'s.
  public func candidates(in sentences: [Sentence]) -> [[CandidateSpan]] {
    var scanner = CandidateScanner()
    // The document's capitalisation lexicon first: the words written capitalised inside a sentence.
    for sentence in sentences {
      sentence.utf16.withUnsafeBufferPointer { scanner.learnCapitals($0) }
    }
    var result: [[CandidateSpan]] = []
    result.reserveCapacity(sentences.count)
    var pending: [(sentence: Int, span: CandidateSpan, word: [UInt16])] = []
    for (index, sentence) in sentences.enumerated() {
      var spans: [CandidateSpan] = []
      sentence.utf16.withUnsafeBufferPointer { units in
        scanner.scan(units, into: &spans) { span, word in pending.append((index, span, word)) }
      }
      result.append(spans)
    }
    for item in pending where scanner.seen.contains(item.word) {
      Self.insert(item.span, into: &result[item.sentence])
    }
    return result
  }

  /// The candidates of a document gone through three times instead of held: the same as
  /// `candidates(in:)` gives for its sentences, found a sentence at a time (`GlossaryCoverage.check`).
  ///
  /// What the detector needs from the whole document is learnt first, a pass each over the
  /// translatable sentences in order: the capitalisation lexicon, the words written capitalised alone,
  /// the runs of capitalised words written whole and the loanwords written in lower case
  /// (`learnCapitals(from:)`), then, since the scan depends on those, the name-ending words that confirm
  /// a single capitalised word at a sentence start (`learnNames(from:)`). The third pass asks
  /// `candidates(in:)` for each sentence. Memory grows with the document's vocabulary (five sets of
  /// words and runs), not its length.
  struct Streamed {
    private var scanner = CandidateScanner()
    private var spans: [CandidateSpan] = []
    private var deferred: [(span: CandidateSpan, word: [UInt16])] = []

    /// First pass: the capitalised words of `sentence` that are not at its start.
    mutating func learnCapitals(from sentence: Sentence) {
      sentence.utf16.withUnsafeBufferPointer { scanner.learnCapitals($0) }
    }

    /// Second pass, after the first: the words that end name runs in `sentence`.
    mutating func learnNames(from sentence: Sentence) {
      spans.removeAll(keepingCapacity: true)
      sentence.utf16.withUnsafeBufferPointer { units in scanner.scan(units, into: &spans) { _, _ in } }
    }

    /// Third pass, after the second: the candidates of `sentence`.
    mutating func candidates(in sentence: Sentence) -> [CandidateSpan] {
      var result: [CandidateSpan] = []
      deferred.removeAll(keepingCapacity: true)
      sentence.utf16.withUnsafeBufferPointer { units in
        scanner.scan(units, into: &result) { span, word in deferred.append((span, word)) }
      }
      for item in deferred where scanner.seen.contains(item.word) { CandidateDetector.insert(item.span, into: &result) }
      return result
    }
  }

  /// Inserts a confirmed sentence-initial name among a sentence's spans, in order.
  private static func insert(_ span: CandidateSpan, into spans: inout [CandidateSpan]) {
    let position = spans.firstIndex { $0.range.lowerBound > span.range.lowerBound } ?? spans.count
    spans.insert(span, at: position)
  }

  /// The candidates of `text`, read as the one sentence of a document.
  public func candidates(in text: String) -> [CandidateSpan] {
    let units = Array(text.utf16)
    let sentence = Sentence(index: 0, block: 0, kind: .body, start: 0, end: units.count, utf16: units[...])
    return candidates(in: [sentence])[0]
  }
}
