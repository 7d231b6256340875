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
///   `Văn phòng Tổng thống Pháp`. Inside an institution's name, a lower-case syllable may complete a
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
///   (`Kremlin`), when it heads a list of names, or when the same word ended a name run elsewhere in the
///   document, not at a sentence start.
/// - A capitalised weekday after `thứ` (`thứ Hai`) is not a name, nor are Roman numerals (`quý III`),
///   documents before their number (`Quyết định 05/2024`) or English honorifics (`Dr.`).
/// - A word with an inner capital (`VnExpress`) is a name even at a sentence start; a line that is one
///   name is a byline (`Anh Khoa`); a person named by an initial or by a word that is also a head after
///   a word for a person is a name (`bà H.`, `ông Khoa`).
/// - Every rule reads the sentence alone; the only document-level state is the capitalisation lexicon
///   built first and the names seen, for sentence-initial words.
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
  /// translatable sentences in order: the capitalisation lexicon, the words written capitalised alone
  /// and the runs of capitalised words written whole (`learnCapitals(from:)`), then, since the scan
  /// depends on those, the name-ending words that confirm a single capitalised word at a sentence start
  /// (`learnNames(from:)`). The third pass asks `candidates(in:)` for each sentence. Memory grows with
  /// the document's vocabulary (four sets of words and runs), not its length.
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

/// The word-level scan of `CandidateDetector`, with buffers reused between sentences.
struct CandidateScanner {
  struct Word {
    var start: Int
    var end: Int
    var capitalised: Bool
    var acronym: Bool
    var lowerFirst: Bool
    var hyphenated: Bool
    /// An upper-case letter after the first character (`VnExpress`, `McDonald`).
    var innerCapital: Bool
    /// Only spaces separate the word from the one before.
    var joined: Bool
    /// The word starts a sentence, a quotation or what follows a colon.
    var initial: Bool
  }

  let tables = CharacterTables.shared
  var words: [Word] = []
  /// Capitalised words seen in name runs not at a sentence start (exact units).
  var seen: Set<[UInt16]> = []
  /// The document's capitalisation lexicon: words written capitalised somewhere other than at the start
  /// of a sentence, a quotation or a clause (lower case).
  var capitalisedInside: Set<[UInt16]> = []
  /// Words the document writes capitalised alone, with no capitalised word on either side (lower case).
  var standalone: Set<[UInt16]> = []
  /// Runs of two to four capitalised words the document writes whole, not at a sentence start, with no
  /// capitalised word on either side (lower case, one space between words).
  var runs: Set<[UInt16]> = []

  /// Adds the capitalised words of a sentence that are not at its start to `capitalisedInside`.
  mutating func learnCapitals(_ units: UnsafeBufferPointer<UInt16>) {
    split(units)
    for index in words.indices where words[index].capitalised && !words[index].initial {
      capitalisedInside.insert(lowered(units, index, 1))
      // A sentence opener is no name (`Ông Tedros`); an acronym is one (`PSV Eindhoven`).
      let before =
        index > 0 && words[index].joined
        && (words[index - 1].capitalised
          && !(words[index - 1].initial && CandidateLexicon.starterKeys.contains(lowered(units, index - 1, 1)))
          || words[index - 1].acronym)
      let after =
        index + 1 < words.count && words[index + 1].joined && (words[index + 1].capitalised || words[index + 1].acronym)
      if !before && !after { standalone.insert(lowered(units, index, 1)) }
    }
    var index = 0
    while index < words.count {
      guard words[index].capitalised || words[index].acronym else {
        index += 1
        continue
      }
      var end = index + 1
      while end < words.count, words[end].joined, words[end].capitalised || words[end].acronym { end += 1 }
      if words[index].capitalised, !words[index].initial, end - index >= 2, end - index <= 4,
        !(index > 0 && words[index].joined && (words[index - 1].capitalised || words[index - 1].acronym))
      {
        runs.insert(lowered(units, index, end - index))
      }
      index = end
    }
  }
  private var key: [UInt16] = []

  /// Appends the candidates of one sentence to `spans`; sentence-initial single words go to `defer`
  /// with their units, to be kept if they turn up in `seen`.
  mutating func scan(
    _ units: UnsafeBufferPointer<UInt16>, into spans: inout [CandidateSpan],
    defer deferred: (CandidateSpan, [UInt16]) -> Void
  ) {
    split(units)
    let count = words.count
    var index = 0
    while index < count {
      let word = words[index]
      // An academic title written short before a name: `TS.`, `PGS.TS.`, `ThS. Lê Thị Hồng`.
      if word.acronym || word.capitalised, isAcademicTitle(units, index) {
        spans.append(span(index, index + 1, .title))
        index += 1
        continue
      }
      if word.acronym {
        // Currency codes and units are measures (`1,5 tỷ USD`, `256 GB`), not names; acronyms of common
        // nouns (`BTC`, ban tổ chức; `HĐXX`, hội đồng xét xử) are not names either.
        if isMeasure(units, index) || CandidateLexicon.commonAcronymKeys.contains(lowered(units, index, 1)) {
          index += 1
          continue
        }
        // A branch or a club named by an acronym and its province: `BIDV Cần Thơ`.
        if let end = provinceAfterAcronym(units, at: index) {
          spans.append(span(index, end, .name))
          index = end
          continue
        }
        // A court's or a procuracy's level after its acronym: `TAND tối cao`, `VKSND cấp cao`.
        if index + 2 < count, words[index + 1].joined, words[index + 2].joined,
          CandidateLexicon.levelledBodyAcronymKeys.contains(lowered(units, index, 1)),
          CandidateLexicon.levelKeys.contains(lowered(units, index + 1, 2))
        {
          spans.append(span(index, index + 3, .institution))
          index += 3
          continue
        }
        // A company's branch named after it: `BIDV Chi nhánh Đà Nẵng`, `Vietcombank chi nhánh Hà Nội`.
        if index + 2 < count, words[index + 1].joined, words[index + 2].joined,
          lowered(units, index + 1, 2) == CandidateLexicon.chiNhánh
        {
          let (end, named) = absorbName(units, from: index + 3, headInitial: false)
          if named {
            spans.append(span(index, end, .institution))
            index = end
            continue
          }
        }
        // An acronym that a name noun or a model code completes: `ASEAN Cup`, `OPPO Find X8`.
        if let end = completedAcronym(units, at: index) {
          emitName(units, from: index, to: end, initial: false, into: &spans)
          index = end
          continue
        }
        // A person's initials keep their last period: `N.V.T.`, `T.V.K.`.
        if isDottedInitials(units, index) {
          spans.append(CandidateSpan(range: word.start..<(word.end + 1), kind: .name))
          index += 1
          continue
        }
        // An index or a grade: `S&P 500`, `FTSE 100`, `RON 95`.
        if numberedAcronym(units, at: index) {
          spans.append(span(index, index + 2, .name))
          index += 2
          continue
        }
        spans.append(span(index, index + 1, .acronym))
        index += 1
        continue
      }
      guard word.capitalised, !isMeasure(units, index) else {
        index += 1
        continue
      }
      // A work's title in quotation marks after its kind: `bộ phim "Bến không chồng mới"`.
      if let end = quotedWork(units, at: index) {
        spans.append(span(index, end, .name))
        index = end
        continue
      }
      // A part of a legal text before its number: `Điều 174`, `Khoản 2`.
      if isArticleNumber(units, index) {
        index += 1
        continue
      }
      // An outlet's name in brackets before the dash that opens an article: `(Dân trí) - …`.
      if index == 0, let end = datelineEnd(units) {
        spans.append(span(0, end, .name))
        index = end
        continue
      }
      // A weekday after `thứ` (`thứ Hai`) and a month after `tháng` (`tháng Giêng`, `Cách mạng tháng Tám`).
      if index > 0, word.joined, words[index - 1].lowerFirst,
        lowered(units, index - 1, 1) == Self.thu && CandidateLexicon.weekdayKeys.contains(lowered(units, index, 1))
          || lowered(units, index - 1, 1) == Self.tháng && CandidateLexicon.monthKeys.contains(lowered(units, index, 1))
      {
        index += 1
        continue
      }
      // A prize's or a class's rank after `giải`, `hạng` is no name either (`giải Nhất`, `hạng Ba`).
      if index > 0, word.joined, words[index - 1].lowerFirst,
        CandidateLexicon.rankNounKeys.contains(lowered(units, index - 1, 1)),
        CandidateLexicon.rankKeys.contains(lowered(units, index, 1)),
        index + 1 == count || !(words[index + 1].joined && words[index + 1].capitalised)
      {
        index += 1
        continue
      }
      if let (length, phrase) = phrase(units, at: index) {
        guard let phrase else {
          // A legal document with its official symbol is named by it: `Nghị định 100/2024/NĐ-CP`.
          if let end = documentSymbolEnd(units, kind: index, length: length) {
            spans.append(span(index, end, .name))
            index = end
            continue
          }
          index += length
          continue
        }
        var end = index + length
        switch phrase.absorbs {
        case .nothing:
          if phrase.kind == .institution, let branch = regionalBranch(units, at: end) { end = branch }
        case .field: end = absorbField(units, from: end)
        case .name, .work:
          let named: Bool
          // A military unit is named by its number even at a sentence start (`Sư đoàn 312 …`).
          let numbered = CandidateLexicon.numberedUnitKeys.contains(lowered(units, index, length))
          (end, named) = absorbName(
            units, from: end, headInitial: word.initial && !numbered, work: phrase.absorbs == .work)
          // A meeting or a programme named by an acronym alone is that acronym's (`Hội nghị OECD` is
          // OECD's meeting): the head is a common noun.
          if phrase.absorbs == .work, end == index + length + 1, words[index + length].acronym {
            index += length
            continue
          }
          if !named {
            // A head alone is a common noun (`Công ty cũng …`, `Công ty cổ phần này`), unless a place
            // follows it (`Công an tỉnh Nghệ An`, `Công an TP.HCM`), it is a person's given name (`ông
            // Khoa`, `anh Trường`), or it names one body when capitalised inside a sentence (`hội trường
            // Thành ủy`, `tàu của Hải quân`).
            if length == 1, afterPersonNoun(units, index) {
              emitName(units, from: index, to: index + 1, initial: false, into: &spans)
              index += 1
              continue
            }
            guard
              placeFollows(units, at: index + length)
                || !word.initial && CandidateLexicon.namedAloneKeys.contains(lowered(units, index, length))
            else {
              index = end
              continue
            }
            end = index + length
          }
        }
        // A person's name after the institution is cut off: after a title (`Bộ trưởng Bộ Công an Tô Lâm`)
        // or of three words; two words with no title end the institution's own name (`Công ty Cổ phần
        // Địa ốc Hoàng Phát`), and so do three after a legal form (`Công ty Cổ phần Chứng khoán Kim Thành
        // Đạt`: a company is named by its brand).
        let titled =
          index > 0 && word.joined
          && spans.last.map { $0.kind == .title && $0.range.upperBound == words[index - 1].end } == true
        if phrase.kind == .institution, personAfterStateBody(units, head: index..<(index + length), to: end) {
          // The head is the common noun before a person's name: `Giám đốc Sở Nguyễn Phi Thường`.
          emitName(units, from: index + length, to: end, initial: false, into: &spans)
        } else if phrase.kind == .institution,
          let cut = surnameCut(units, from: index + length, to: end).flatMap({
            titled || end - $0 >= 3 && !hasLegalForm(units, index + length..<$0) ? $0 : nil
          })
            ?? countryCut(units, from: index + length, to: end)
        {
          spans.append(span(index, cut, .institution))
          emitName(units, from: cut, to: end, initial: false, into: &spans)
        } else {
          spans.append(span(index, end, phrase.kind))
        }
        index = end
        continue
      }
      // A capitalised function word opening a clause (`Nhưng giá …`, `Sau đó`, `Theo Bộ Y tế …`) is no
      // name: it follows a boundary the segmenter missed.
      if opensClause(units, at: index) || functionWordBeforeHead(units, at: index) {
        index += 1
        continue
      }
      let end = runEnd(units, from: index)
      // A capitalised first syllable of a lower-case word (`Đối tác chiến lược`, `Giá bán`) says nothing
      // by itself; it is kept only if the word ends a name elsewhere in the document.
      if end - index == 1, !word.initial, !word.innerCapital, !word.hyphenated, startsCompound(units, at: index) {
        // … unless its number follows: then the two are a name (`Vành đai 3`, `Giao hưởng số 7`).
        if let numbered = numberedCommonWord(units, at: index) {
          spans.append(span(index, numbered, .name))
          index = numbered
          continue
        }
        // … or a name right after it, no country's and no common word's start: a title inside a sentence
        // (`Thung lũng Silicon`, `Sách Trắng`; not `Thương mại Anh`, `Di sản Văn hóa`).
        if isCommonWord(units, index), index + 2 < count, words[index + 2].joined, words[index + 2].capitalised,
          !words[index + 2].acronym, phrase(units, at: index + 2) == nil,
          !CandidateLexicon.countryKeys.contains(lowered(units, index + 2, 1)),
          !startsCompound(units, at: index + 2, evenCountry: true)
        {
          let titleEnd = runEnd(units, from: index + 2)
          spans.append(span(index, titleEnd, .name))
          index = titleEnd
          continue
        }
        deferred(span(index, end, .name), Array(units[word.start..<word.end]))
        index = end
        continue
      }
      var first = index
      // A line that is one name and nothing else is a byline or a credit, opener and all (`Anh Khoa`),
      // unless it opens with a function word (`Theo Reuters`).
      let byline =
        index == 0 && end == count && end >= 2 && end <= 4 && words[words.count - 1].end == units.count
        && !FunctionWords.keys.contains(lowered(units, index, 1))
      if word.initial, !byline {
        if CandidateLexicon.starterKeys.contains(lowered(units, index, 1)) || commonWordBeforeName(units, index, end) {
          first += 1
        } else if end - index == 1 && !word.innerCapital && !word.hyphenated
          && startsCompound(units, at: index, evenCountry: true)
        {
          // A common word opening the sentence (`Lực lượng …`, `Ý kiến …`), even if a name ends with it
          // elsewhere.
          index = end
          continue
        } else if end - index == 1 && !word.hyphenated && !word.innerCapital && !looksForeign(units, index)
          && !startsEnumeration(units, index) && !countryOpens(units, at: index)
        {
          deferred(span(index, end, .name), Array(units[word.start..<word.end]))
          index = end
          continue
        }
      }
      // After a title, a name the document uses alone before a person's (`Chủ tịch Fed Jerome Powell`,
      // `Giám đốc Orion Robotics Peter Clark` after `Orion Robotics (Mỹ)`).
      if first < end, end - first >= 3, words[first + 1].capitalised, let title = spans.last, title.kind == .title,
        title.range.upperBound <= words[first].start, index > 0, words[first].joined,
        title.range.upperBound == words[first - 1].end, let length = nameBeforePerson(units, from: first, to: end)
      {
        emitName(units, from: first, to: first + length, initial: false, into: &spans)
        first += length
      }
      if first < end { emitName(units, from: first, to: end, initial: word.initial && first == index, into: &spans) }
      index = end
    }
  }

  static let thu = Array("thứ".utf16)
  static let tháng = Array("tháng".utf16)
  static let khuVực = Array("khu vực".utf16)
  static let châu = Array("châu".utf16)
  static let và = Array("và".utf16)
  static let `do` = Array("do".utf16)
  static let về = Array("về".utf16)
  static let phòng = Array("phòng".utf16)
  static let sông = Array("sông".utf16)
  static let chống = Array("chống".utf16)
  static let số = Array("số".utf16)
  static let mới = Array("mới".utf16)
  static let tại = Array("tại".utf16)
  static let vì = Array("vì".utf16)
  static let các = Array("các".utf16)

  /// What separates two words.
  enum Gap {
    /// Spaces only.
    case space
    /// A hyphen or dash between spaces (`Lao động - Thương binh`).
    case dash
    /// A comma (`Văn hóa, Thể thao`).
    case comma
    /// An ampersand between spaces, which only joins names (`Pratt & Whitney`, `Phước & Cộng sự`).
    case ampersand
    case other
  }

  /// What an institution's name ended with so far.
  enum Part { case head, capital, field, tail, connector, legalForm }

  private func span(_ first: Int, _ end: Int, _ kind: CandidateKind) -> CandidateSpan {
    CandidateSpan(range: words[first].start..<words[end - 1].end, kind: kind)
  }

  /// Emits the name run `words[first..<end]`, split after a leading country and before a surname.
  private mutating func emitName(
    _ units: UnsafeBufferPointer<UInt16>, from first: Int, to end: Int, initial: Bool,
    into spans: inout [CandidateSpan]
  ) {
    // What a later sentence may start with alone to mean the same name: the last word of each name
    // (`Rutte` after `Mark Rutte`, `Lan` after `Trương Mỹ Lan`), not the first of a longer one (`Thể`
    // of `Thể Công Viettel` says nothing about `Thể thao`), nor a single word at a sentence start.
    func remember(_ scanner: inout CandidateScanner, _ piece: Range<Int>) {
      guard !(initial && piece == first..<(first + 1)) else { return }
      let word = scanner.words[piece.upperBound - 1]
      scanner.seen.insert(Array(units[word.start..<word.end]))
    }
    var start = first
    // A code before a foreign person's name is a name of its own: `D66 Sanne de Vries` (a party's leader).
    if end - start >= 3, isCodeWord(units, start), words[start + 1].capitalised,
      !isVietnameseSyllable(units, start + 1),
      (start + 1..<end).allSatisfy({ position in
        !CandidateLexicon.nameNounKeys.contains(lowered(units, position, 1))
          && !(words[position].start..<words[position].end).contains { tables.isDigit(units[$0]) }
      })
    {
      spans.append(span(start, start + 1, .name))
      remember(&self, start..<(start + 1))
      start += 1
    }
    // `Tiếng` (language) before a country's name names the language by the country: `môn Tiếng Anh`.
    if end - start >= 2, lowered(units, start, 1) == CandidateLexicon.tiếng, placeRuns(units, from: start + 1, to: end)
    {
      start += 1
    }
    if end - start >= 2 {
      // Split after a leading country when a name follows: two words or more (`Nga Sergei Lavrov`), or
      // one that cannot be a Vietnamese syllable (`Nga Putin`, but `Mỹ Đình`, `Lào Cai` stay whole); not
      // before an English noun of the name's own (`Singapore Ladies Amateur`, `Australia Awards`).
      for length in stride(from: min(CandidateLexicon.longestCountry, end - start), through: 1, by: -1)
      where CandidateLexicon.countryKeys.contains(lowered(units, start, length)) {
        if length < end - start && (end - start - length >= 2 || !isVietnameseSyllable(units, start + length)),
          !(start + length..<end).contains(where: { CandidateLexicon.nameNounKeys.contains(lowered(units, $0, 1)) }),
          // A sponsor's region before a province is a club's name: `Đông Á Thanh Hóa`.
          !CandidateLexicon.provinceKeys.contains(lowered(units, start + length, end - start - length))
        {
          spans.append(span(start, start + length, .name))
          remember(&self, start..<(start + length))
          start += length
        }
        break
      }
    }
    if let cut = surnameCut(units, from: start, to: end) {
      spans.append(span(start, cut, .name))
      remember(&self, start..<cut)
      start = cut
    }
    remember(&self, start..<end)
    // A lone capital letter (`bảng F`) is not a name, unless it is the initial a person is named by
    // (`bà H.`, `bệnh nhân T.`) or a country (`Ý`).
    if end - start == 1 && words[start].end - words[start].start == 1 && !precededByRegion(units, start)
      && !CandidateLexicon.countryKeys.contains(lowered(units, start, 1))
    {
      if isInitial(units, start), afterPersonNoun(units, start) {
        spans.append(CandidateSpan(range: words[start].start..<(words[start].end + 1), kind: .name))
      }
      return
    }
    var name = span(start, end, .name)
    // A name ending in an initial keeps its period: `Trần Văn H.`.
    if end - start >= 2, isInitial(units, end - 1) { name.range = name.range.lowerBound..<(name.range.upperBound + 1) }
    // A region: `châu Á`, `phương Tây`, `miền Trung`.
    if precededByRegion(units, start), (spans.last?.range.upperBound ?? 0) <= words[start - 1].start {
      name.range = words[start - 1].start..<name.range.upperBound
    }
    spans.append(name)
  }

  /// Whether the capitalised `words[index]` is a part of a legal text before its number (`Điều 174`).
  private mutating func isArticleNumber(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    index + 1 < words.count && words[index + 1].joined && isNumber(units, index + 1)
      && CandidateLexicon.articleWordKeys.contains(lowered(units, index, 1))
  }

  /// Whether `words[index]` comes right after a word for a person (`bà`, `bệnh nhân`), in lower case or
  /// opening the sentence.
  private mutating func afterPersonNoun(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    func plain(_ position: Int) -> Bool { words[position].lowerFirst || words[position].initial }
    guard index > 0, words[index].joined, plain(index - 1) else { return false }
    if CandidateLexicon.personNounKeys.contains(lowered(units, index - 1, 1)) { return true }
    return index > 1 && words[index - 1].joined && words[index - 1].lowerFirst && plain(index - 2)
      && CandidateLexicon.personNounKeys.contains(lowered(units, index - 2, 2))
  }

  /// The end of an outlet's name in brackets that opens the sentence before a dash (`(Dân trí) - `,
  /// `(Báo Mới) – `), at most three words from a capitalised one; nil otherwise.
  private func datelineEnd(_ units: UnsafeBufferPointer<UInt16>) -> Int? {
    guard !words.isEmpty, words[0].start == 1, units[0] == 0x28, words[0].capitalised else { return nil }
    var end = 1
    while end < words.count, end < 3, words[end].joined { end += 1 }
    var position = words[end - 1].end
    guard position < units.count, units[position] == 0x29 else { return nil }
    position += 1
    while position < units.count, tables.isSpace(units[position]) { position += 1 }
    guard position + 1 < units.count, units[position] == 0x2D || units[position] == 0x2013 || units[position] == 0x2014,
      tables.isSpace(units[position + 1])
    else { return nil }
    return end
  }

  private mutating func precededByRegion(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    index > 0 && words[index].joined && region(units, at: index - 1) != nil
  }

  /// The length of a region's name at `words[index]` when it starts with a region word (`châu Âu`,
  /// `phương Đông`; `phía Nga` is none).
  private mutating func region(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard index + 1 < words.count, words[index].lowerFirst, words[index + 1].joined, words[index + 1].capitalised,
      CandidateLexicon.regionKeys.contains(lowered(units, index, 1))
    else { return nil }
    if lowered(units, index, 1) == Self.châu { return 2 }
    // A compass word that starts a longer name is none: `phía Trung Quốc`.
    guard CandidateLexicon.compassKeys.contains(lowered(units, index + 1, 1)) else { return nil }
    if index + 2 < words.count, words[index + 2].joined, words[index + 2].capitalised || words[index + 2].acronym {
      return nil
    }
    return 2
  }

  /// The first surname in `words[first..<end]` after non-surnames and before another capitalised word
  /// (`Đào Ngọc Dung`, not `Đào tạo`), but not after a baptismal name alone (`Giuse Nguyễn Năng`).
  private mutating func surnameCut(_ units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Int? {
    // A school's level, like its acronym, comes before its name, which may be a person's (`Trường Tiểu
    // học Kim Đồng`).
    var first = start
    for length in [3, 2] where first + length <= end {
      if CandidateLexicon.schoolLevelKeys.contains(lowered(units, first, length)) {
        first += length
        break
      }
    }
    guard end - first >= 3 || (first > start && end - first >= 2) else { return nil }
    var capitalBefore = false
    for index in first..<(end - 1) {
      defer { if words[index].capitalised { capitalBefore = true } }
      guard words[index].capitalised && words[index + 1].capitalised else { continue }
      guard CandidateLexicon.surnameKeys.contains(lowered(units, index, 1)) else { continue }
      // Not a syllable of a country (`Bồ Đào Nha`), nor a school named after a person (`Trường THPT Chu
      // Văn An`: no capitalised word before the surname).
      if insideCountry(units, at: index, from: first) { continue }
      // Nor a Catholic's surname after a baptismal name (`Giuse Nguyễn Năng`).
      if (first..<index).allSatisfy({ CandidateLexicon.baptismalNameKeys.contains(lowered(units, $0, 1)) }) {
        return nil
      }
      // No person's name ends in a province: `LPBank Hoàng Anh Gia Lai` is a club.
      if endsInProvince(units, from: index, to: end) { return nil }
      return index > first && capitalBefore ? index : nil
    }
    return nil
  }

  /// Whether the words after a state body's head, `words[head.upperBound..<end]`, are a person's full
  /// name and nothing else: a surname and two capitalised syllables or more (`Sở Nguyễn Phi Thường`; not
  /// `Công an Phan Thiết`, a place of two syllables).
  private mutating func personAfterStateBody(_ units: UnsafeBufferPointer<UInt16>, head: Range<Int>, to end: Int)
    -> Bool
  {
    let first = head.upperBound
    guard end - first >= 3, CandidateLexicon.stateBodyHeadKeys.contains(lowered(units, head.lowerBound, head.count)),
      CandidateLexicon.surnameKeys.contains(lowered(units, first, 1))
    else { return false }
    return (first..<end).allSatisfy { words[$0].capitalised && !words[$0].acronym && isVietnameseSyllable(units, $0) }
  }

  /// Where a person's name starts after a country that ends an institution's name (`Bộ Ngoại giao Trung
  /// Quốc` + `Lâm Kiếm`): two capitalised words or more after the country, to the end of `first..<end`.
  private mutating func countryCut(_ units: UnsafeBufferPointer<UInt16>, from first: Int, to end: Int) -> Int? {
    guard end - first >= 3 else { return nil }
    for cut in stride(from: end - 2, to: first, by: -1) {
      guard (cut..<end).allSatisfy({ words[$0].capitalised && words[$0].joined }) else { break }
      // A province after the country is the institution's own place, no person (`… Việt Nam Thái Nguyên`).
      if CandidateLexicon.provinceKeys.contains(lowered(units, cut, end - cut)) { return nil }
      for length in 1...min(CandidateLexicon.longestCountry, cut - first)
      where CandidateLexicon.countryKeys.contains(lowered(units, cut - length, length)) {
        return cut
      }
    }
    return nil
  }

  /// Whether `words[index]` is a word after the first of a country's or a province's name that starts
  /// at or after `words[first]` (`Đào` in `Bồ Đào Nha`, `Phòng` in `Hải Phòng`).
  private mutating func insideCountry(_ units: UnsafeBufferPointer<UInt16>, at index: Int, from first: Int) -> Bool {
    let longest = max(CandidateLexicon.longestCountry, CandidateLexicon.longestProvince)
    for start in max(first, index - longest + 1)..<index {
      for length in (index - start + 1)...longest where start + length <= words.count {
        guard (start + 1..<(start + length)).allSatisfy({ words[$0].joined && words[$0].capitalised }) else { break }
        let key = lowered(units, start, length)
        if CandidateLexicon.countryKeys.contains(key) || CandidateLexicon.provinceKeys.contains(key) { return true }
      }
    }
    return false
  }

  /// Whether the sentence-initial `words[index]` is a country's name on its own (`Ý thua đậm`, `Nga cảnh
  /// báo`): the gazetteer says it is a name wherever it stands, unless it is also a word for a person
  /// (`Anh cho biết`).
  private mutating func countryOpens(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    let key = lowered(units, index, 1)
    return CandidateLexicon.countryKeys.contains(key) && !CandidateLexicon.personNounKeys.contains(key)
  }

  /// Whether the sentence-initial `words[index]` is a common word before the name that follows it in the
  /// run `words[index..<end]` (`Máy iPhone 16`, `Trang VnExpress.net`, `Đội Manchester United`): it has
  /// the shape of a Vietnamese syllable, is no country or surname, and the document never writes it
  /// capitalised inside a sentence, while the next word cannot be a Vietnamese syllable.
  private mutating func commonWordBeforeName(_ units: UnsafeBufferPointer<UInt16>, _ index: Int, _ end: Int) -> Bool {
    guard end - index >= 2 else { return false }
    let key = lowered(units, index, 1)
    // A loanword opens a sentence as a common noun before any name: `Startup AI Việt gọi vốn`, `Rapper
    // Đen Vâu`.
    if CandidateLexicon.loanwordKeys.contains(key) { return !capitalisedInside.contains(key) }
    // `Tiếng` (language) before a country's name, even as a school subject: `Tiếng Anh` names `Anh`.
    if key == CandidateLexicon.tiếng { return placeRuns(units, from: index + 1, to: end) }
    guard isVietnameseSyllable(units, index),
      !isVietnameseSyllable(units, index + 1) || words[index + 1].innerCapital
        || (end - index == 2 && standalone.contains(lowered(units, index + 1, 1)))
        || placeRuns(units, from: index + 1, to: end)
    else { return false }
    return !capitalisedInside.contains(key) && !CandidateLexicon.countryKeys.contains(key)
      && !CandidateLexicon.surnameKeys.contains(key) && !CandidateLexicon.regionKeys.contains(key)
      && !CandidateLexicon.compassKeys.contains(key)
  }

  /// Whether `words[start..<end]` is a country's or a province's name, or `Việt` (`Đội Hải Phòng FC`,
  /// `Khách Việt`: the place after the word).
  private mutating func placeRuns(_ units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Bool {
    lowered(units, start, 1) == CandidateLexicon.việt || placeLength(units, at: start, within: end) != nil
  }

  /// The length of the longest country's or province's name at `words[start]`, capitalised words joined
  /// by spaces before `words[end]`, or nil.
  private mutating func placeLength(_ units: UnsafeBufferPointer<UInt16>, at start: Int, within end: Int) -> Int? {
    let longest = max(CandidateLexicon.longestCountry, CandidateLexicon.longestProvince)
    for length in stride(from: min(longest, end - start), through: 1, by: -1)
    where (start..<(start + length)).allSatisfy({ words[$0].capitalised && ($0 == start || words[$0].joined) }) {
      let key = lowered(units, start, length)
      if CandidateLexicon.countryKeys.contains(key) || CandidateLexicon.provinceKeys.contains(key) { return length }
    }
    return nil
  }

  /// The end of the name run starting at the capitalised `words[index]`.
  ///
  /// That is capitalised words separated by spaces, lower-case particles between them (`Jean de la Fontaine`, `Bank of China`), and after a
  /// foreign name or a model code its number or acronym (`Dow Jones 30`, `iPhone 16 Pro Max`, `Galaxy
  /// S24 FE`, `Sport TV`). It ends before a head that starts a name of its own (`Hà Nội Sở Y tế`) and
  /// before a function word that opens a clause (`Samsung Nhưng giá …`); a qualifier's lower-case second
  /// syllable ends it (`Duma Quốc gia`).
  private mutating func runEnd(_ units: UnsafeBufferPointer<UInt16>, from index: Int) -> Int {
    let count = words.count
    // A region's name is its two words (`châu Âu`); a name after it is another one (`châu Âu Maroš
    // Šefčovič`), unless the two make a region of their own (`châu Mỹ Latinh`).
    if precededByRegion(units, index),
      !(index + 1 < count && CandidateLexicon.countryKeys.contains(lowered(units, index, 2)))
    {
      return index + 1
    }
    var end = index + 1
    while end < count,
      words[end].joined || (end - 1 > index && followsInitial(units, end))
        || (words[end].capitalised && gap(units, before: end) == .ampersand)
    {
      if words[end].capitalised {
        // A word inside a country's name neither starts a phrase nor a clause: `Ban` in `Tây Ban Nha`,
        // `Nam` in `Samsung Việt Nam giới thiệu` (not `Nam giới`).
        guard
          insideCountry(units, at: end, from: index)
            || !startsPhrase(units, inRunAt: end) && !gluedClause(units, run: index..<end, at: end),
          !isArticleNumber(units, end)
        else { break }
        end += 1
      } else if let next = particleEnd(units, at: end) {
        end = next
      } else if end + 1 < count, words[end + 1].joined, end + 2 - index <= CandidateLexicon.longestCountry,
        lowered(units, end, 1) == Self.và, CandidateLexicon.countryKeys.contains(lowered(units, index, end + 2 - index))
      {
        // A country named with `và`: `São Tomé và Príncipe`, `Bosnia và Herzegovina`.
        end += 2
      } else if words[end].lowerFirst, CandidateLexicon.tails[lowered(units, end - 1, 2)] == .qualifier,
        !startsWord(units, at: end),
        !(end - index >= 2 && CandidateLexicon.countryKeys.contains(lowered(units, end - 2, 2)))
      {
        // A qualifier's second syllable ends the name: `Duma Quốc gia`; not a common word's first
        // (`Trung Quốc gia tăng`).
        end += 1
        break
      } else if completesLastSyllable(units, run: index..<end) {
        // So does any lower-case syllable making one word with the run's last, in a name no person's:
        // `Tết Trung thu`; not `Lê Văn Vinh dự`, `Trung Quốc phòng`.
        end += 1
        break
      } else if let length = region(units, at: end) {
        // A region completes a name: `U23 châu Á`, `Cúp C1 châu Âu`.
        end += length
      } else if end == index + 1, end + 1 < words.count, words[end + 1].joined,
        CandidateLexicon.compassKeys.contains(lowered(units, index, 1)),
        CandidateLexicon.compassNounKeys.contains(lowered(units, end, 2))
      {
        // A compass word and a geographic noun: `Bắc bán cầu`.
        end += 2
        break
      } else if modelContinues(units, run: index..<end, at: end) {
        end += 1
      } else if isRomanNumeral(units, end) {
        // A monarch's or a pope's numeral: `Charles III`, `Leo XIV`.
        end += 1
        break
      } else if words[end].lowerFirst, !isVietnameseSyllable(units, end), !isVietnameseSyllable(units, end - 1),
        words[end - 1].capitalised, !CandidateLexicon.loanwordKeys.contains(lowered(units, end, 1)),
        !(words[end].start..<words[end].end).contains(where: { tables.isDigit(units[$0]) })
      {
        // A foreign word in lower case after a foreign name: a species (`Gracixalus gracilipes`) or a
        // product (`Artis icono`).
        end += 1
        break
      } else {
        break
      }
    }
    return end
  }

  /// The length of the name the document uses alone that opens `words[first..<end]` before a foreign
  /// person's name: two words or more it writes as a whole run (`Orion Robotics`), or one word it writes
  /// alone (`Fed`), or nil.
  private mutating func nameBeforePerson(_ units: UnsafeBufferPointer<UInt16>, from first: Int, to end: Int) -> Int? {
    func person(_ start: Int) -> Bool { (start..<end).allSatisfy { !isVietnameseSyllable(units, $0) } }
    for length in stride(from: end - first - 2, through: 2, by: -1) where runs.contains(lowered(units, first, length)) {
      return person(first + length) ? length : nil
    }
    return standalone.contains(lowered(units, first, 1)) && person(first + 1) ? 1 : nil
  }

  /// Whether the lower-case `words[run.upperBound]` and the capitalised Vietnamese syllable before it
  /// make one common word, or a three-syllable one with the syllable before, that ends the name run
  /// `words[run]` (`Tết Trung thu`, `Tết Nguyên đán`).
  ///
  /// Not in a person's name (the run starts with a surname), nor after a country (`Trung Quốc phòng`,
  /// `Pháp luật`), nor before a word the syllable starts (`… Thành công bố`) or a stop word.
  private mutating func completesLastSyllable(_ units: UnsafeBufferPointer<UInt16>, run: Range<Int>) -> Bool {
    let end = run.upperBound
    let last = end - 1
    guard run.count >= 2, end < words.count, words[end].joined, words[end].lowerFirst, !isStop(units, end),
      isVietnameseSyllable(units, last), !startsWord(units, at: end),
      !CandidateLexicon.surnameKeys.contains(lowered(units, run.lowerBound, 1)),
      !CandidateLexicon.countryKeys.contains(lowered(units, last, 1)),
      !insideCountry(units, at: last, from: run.lowerBound)
    else { return false }
    if isCommonWord(units, last) { return true }
    // Or a word of three syllables with the two before it: `Tết Nguyên đán`.
    let ranges = (last - 1...end).map { words[$0].start..<words[$0].end }
    return VietnameseWords.contains(VietnameseWords.key(ranges, of: units))
  }

  /// The end of a capitalised two-syllable common word inside a sentence and the number that makes it a
  /// name (`Vành đai 3`, `Giao hưởng số 7`), or nil: the number has at most three digits and counts
  /// nothing (`Hợp xướng 40 người`).
  private mutating func numberedCommonWord(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard index + 2 < words.count, isCommonWord(units, index) else { return nil }
    var number = index + 2
    if words[number].joined, words[number].lowerFirst, lowered(units, number, 1) == Self.số { number += 1 }
    guard number < words.count, words[number].joined, isNumber(units, number),
      words[number].end - words[number].start <= 3
    else { return nil }
    return quantityFollows(units, after: number) ? nil : number + 1
  }

  /// Whether a unit, a currency or a count noun follows the number `words[index]`: it is a measure or a
  /// count then (`256 GB`, `6.7 inch`, `2 điểm`), no part of a name.
  private mutating func quantityFollows(_ units: UnsafeBufferPointer<UInt16>, after index: Int) -> Bool {
    let next = index + 1
    guard next < words.count, words[next].joined else { return false }
    return isMeasure(units, next)
      || (words[next].lowerFirst && CandidateLexicon.countNounKeys.contains(lowered(units, next, 1)))
  }

  /// The end of a province's name after the acronym `words[index]`, which it ends (`BIDV Cần Thơ`,
  /// `CDC Hà Nội`), or nil: not after an acronym of a body or a head (`UBND`, `CLB`), a place or a title.
  private mutating func provinceAfterAcronym(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard !CandidateLexicon.standaloneAcronymKeys.contains(lowered(units, index, 1)) else { return nil }
    for length in stride(from: min(CandidateLexicon.longestProvince, words.count - index - 1), through: 1, by: -1) {
      guard (index + 1...index + length).allSatisfy({ words[$0].joined && words[$0].capitalised }),
        CandidateLexicon.provinceKeys.contains(lowered(units, index + 1, length))
      else { continue }
      let end = index + 1 + length
      // The province ends the name (not `Hà Nam Ninh`, nor a person's name after it).
      if end < words.count, words[end].joined, words[end].capitalised || words[end].acronym { return nil }
      return end
    }
    return nil
  }

  /// Whether the capitalised words from `words[index]` after a dash continue an institution's name
  /// (`Trường THPT chuyên Hà Nội - Amsterdam`, `Trường Đại học Việt - Đức`): one to three words, no
  /// head, no province (a route or a match: `Công an Hà Nội - Hải Phòng`), where the name visibly ends.
  private mutating func dashedName(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard words[index].capitalised, phrase(units, at: index) == nil else { return false }
    var end = index + 1
    while end < words.count, end < index + 3, words[end].joined, words[end].capitalised { end += 1 }
    guard nameEnds(units, at: end) else { return false }
    // A province is another name (`Công an Hà Nội - Hải Phòng`), unless the body's acronym in brackets
    // follows, naming the whole (`Ngân hàng TMCP Sài Gòn - Hà Nội (SHB)`).
    return !CandidateLexicon.provinceKeys.contains(lowered(units, index, end - index))
      || (end < words.count && isBracketedAcronym(units, end))
  }

  /// Whether `words[index]` is an acronym or a code right inside brackets that open after a space: `(SHB)`.
  private func isBracketedAcronym(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    guard index > 0, word.start >= 2, word.end < units.count else { return false }
    return (word.acronym || word.capitalised && !word.hyphenated && isCode(units, index))
      && units[word.start - 1] == 0x28 && units[word.start - 2] == 0x20 && units[word.end] == 0x29
  }

  /// Whether `words[index]` and the next are `Phòng, chống` (prevention and control), capitalised as an
  /// official name's field (`Cục … và Phòng, chống thiên tai`).
  private mutating func capitalisedPrevention(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    index + 1 < words.count && words[index].capitalised && words[index + 1].lowerFirst
      && gap(units, before: index + 1) == .comma && lowered(units, index, 1) == Self.phòng
      && lowered(units, index + 1, 1) == Self.chống
  }

  /// The end of a work's title in quotation marks that starts at `words[index]`, or nil: right after
  /// an opening quote that follows a word for a kind of work (`phim`, `ca khúc`, `cuốn sách`), up to the
  /// closing quote, at most ten words with no sentence punctuation.
  private mutating func quotedWork(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard index > 0, words[index].initial else { return nil }
    let opening = words[index].start - 1
    guard opening >= 0, Self.isOpeningQuote(units[opening]), opening == words[index - 1].end + 1,
      tables.isSpace(units[words[index - 1].end]), CandidateLexicon.workNounKeys.contains(lowered(units, index - 1, 1))
    else { return nil }
    var end = index + 1
    while end < words.count, end < index + 10, words[end].joined { end += 1 }
    let close = words[end - 1].end
    guard close < units.count, Self.isClosingQuote(units[close]) else { return nil }
    return end
  }

  static func isOpeningQuote(_ unit: UInt16) -> Bool { unit == 0x201C || unit == 0x22 || unit == 0xAB }
  static func isClosingQuote(_ unit: UInt16) -> Bool { unit == 0x201D || unit == 0x22 || unit == 0xBB }

  /// Whether `words[index]` is a measure: a currency code anywhere (`tỷ USD`, `đồng USD`), a unit in
  /// mixed case (`mỗi kWh`), a unit in capitals after a number or a slash (`256 GB`; not the bank `MB`).
  private mutating func isMeasure(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let key = lowered(units, index, 1)
    // A currency code anywhere, but not one before a number with none before it: that is a grade (`RON 95`).
    if CandidateLexicon.currencyKeys.contains(key) {
      guard index + 1 < words.count, words[index + 1].joined, isNumber(units, index + 1) else { return true }
      return index > 0 && words[index].joined && tables.isDigit(units[words[index - 1].start])
    }
    guard CandidateLexicon.unitKeys.contains(key) else { return false }
    // Written in mixed case it is only a unit (`mỗi kWh`); in capitals it may be a name.
    if !words[index].acronym { return true }
    guard index > 0 else { return false }
    let start = words[index].start
    return (words[index].joined && tables.isDigit(units[words[index - 1].start])) || units[start - 1] == 0x2F
  }

  /// Whether the acronym `words[index]` is initials with their periods, the last one included: single
  /// capitals each followed by a period (`N.V.T.`, `T.V.K.`).
  private func isDottedInitials(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    guard word.end < units.count, units[word.end] == 0x2E, (word.end - word.start) % 2 == 1 else { return false }
    return (word.start..<word.end).allSatisfy { offset in
      (offset - word.start) % 2 == 0 ? tables.isUpper(units[offset]) : units[offset] == 0x2E
    }
  }

  /// Whether the acronym `words[index]` and the number after it make one name.
  ///
  /// That is an index or a grade (`S&P 500`, `FTSE 100`, `RON 95`). The number has at most four digits and is no year, decimal or
  /// count (`EU 27 nước`, `UBND 3 xã`), and the acronym is no place's, body's or title's.
  private mutating func numberedAcronym(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard index + 1 < words.count, words[index + 1].joined, isNumber(units, index + 1),
      !CandidateLexicon.standaloneAcronymKeys.contains(lowered(units, index, 1))
    else { return false }
    let number = words[index + 1]
    guard number.end - number.start <= 4,
      !(number.end - number.start == 4 && (units[number.start] == 0x31 || units[number.start] == 0x32))
    else { return false }
    if number.end + 1 < units.count, units[number.end] == 0x2C || units[number.end] == 0x2E,
      tables.isDigit(units[number.end + 1])
    {
      return false
    }
    let next = index + 2
    guard next < words.count, words[next].joined else { return true }
    if isMeasure(units, next) || words[next].acronym { return false }
    guard words[next].lowerFirst else { return true }
    return !CandidateLexicon.countNounKeys.contains(lowered(units, next, 1))
      && !CandidateLexicon.placeDesignatorKeys.contains(lowered(units, next, 1))
  }

  /// Whether `words[index]` is an academic title (`TS`, `PGS.TS`, `ThS`: each part one of
  /// `CandidateLexicon.academicTitles`) written with its period or right before a name.
  private mutating func isAcademicTitle(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    let period = word.end < units.count && units[word.end] == 0x2E
    let nameFollows = index + 1 < words.count && words[index + 1].joined && words[index + 1].capitalised
    guard period || nameFollows else { return false }
    return lowered(units, index, 1).split(separator: 0x2E).allSatisfy {
      CandidateLexicon.academicTitleKeys.contains(Array($0))
    }
  }

  /// Whether `words[index]` follows an initial and its period (`Nguyễn V. Thành`).
  private func followsInitial(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    guard index > 0, isInitial(units, index - 1), words[index].capitalised else { return false }
    return (words[index - 1].end + 1..<words[index].start).allSatisfy { tables.isSpace(units[$0]) }
      && words[index].start > words[index - 1].end + 1
  }

  /// Whether `words[index]` is one capital letter followed by a period (`H.`), not a vowel with a
  /// diacritic, which is a word (`Đông Nam Á.`).
  private func isInitial(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let letter = units[words[index].start]
    return words[index].capitalised && isAbbreviation(units, index)
      && !(letter > 0x7F && tables.isVowel(tables.lowercase(letter)))
  }

  /// After a name, the end of one or two particles and the capitalised word after them, or nil.
  private mutating func particleEnd(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    var next = index
    var ambiguous = false
    while next < words.count, next < index + 2, words[next].joined, words[next].lowerFirst {
      let key = lowered(units, next, 1)
      if CandidateLexicon.ambiguousParticleKeys.contains(key) {
        ambiguous = true
      } else if !CandidateLexicon.particleKeys.contains(key) {
        return nil
      }
      next += 1
    }
    guard next > index, next < words.count, words[next].joined, words[next].capitalised else { return nil }
    if ambiguous && isVietnameseSyllable(units, next) { return nil }
    // `do` (by, because), the commonest, only before a single word: `Estádio do Dragão`, not `Mr. Bean do
    // Rowan Atkinson thủ vai`.
    if next == index + 1, lowered(units, index, 1) == Self.do,
      next + 1 < words.count, words[next + 1].joined, words[next + 1].capitalised
    {
      return nil
    }
    return next + 1
  }

  /// Whether the number or acronym `words[index]` continues the name run `words[run]`: a number of at
  /// most four digits or an acronym (no measure, title or place) after a run that reads as foreign or
  /// holds a model code (`Dow Jones 30`, `Xiaomi 14`, `Galaxy S24 FE`), or a name noun acronym after any
  /// name (`Hà Nội FC`).
  private mutating func modelContinues(_ units: UnsafeBufferPointer<UInt16>, run: Range<Int>, at index: Int) -> Bool {
    let word = words[index]
    let key = lowered(units, index, 1)
    if word.acronym {
      if CandidateLexicon.nameNounKeys.contains(key) { return true }
      guard !isMeasure(units, index), !CandidateLexicon.standaloneAcronymKeys.contains(key) else { return false }
      if brandBeforeAcronym(units, run: run, at: index) { return true }
    } else if isVersion(units, index) {
      // A version after a brand or a foreign name: `iOS 26.1`, `Gemini 2.5 Pro`, `Claude Opus 4.1`; not a
      // measure or a count (`6.7 inch`, `8.5 điểm`).
      if quantityFollows(units, after: index) { return false }
      return run.contains { words[$0].innerCapital || (words[$0].capitalised && !isVietnameseSyllable(units, $0)) }
    } else if word.hyphenated, !(word.start..<word.end).contains(where: { tables.isLetter(units[$0]) }) {
      // A model's numbers joined by a dash (`Boeing 787-9`, `737-800`); not a score (`3-0`).
      if isScore(units, index) { return false }
    } else if tables.isDigit(units[word.start]), !isNumber(units, index) {
      // A model code: `14T`, `5G`, `16e`; not a unit or a time glued to its number (`5km`, `15h`).
      guard word.end - word.start <= 5 else { return false }
      if !(word.start..<word.end).contains(where: { tables.isUpper(units[$0]) }) {
        var letters = word.start
        while letters < word.end, tables.isDigit(units[letters]) { letters += 1 }
        guard word.end - letters >= 1, word.end - letters <= 2,
          (letters..<word.end).allSatisfy({ tables.isLower(units[$0]) }),
          !CandidateLexicon.gluedUnitKeys.contains((letters..<word.end).map { units[$0] })
        else { return false }
      }
    } else {
      guard isNumber(units, index), word.end - word.start <= 4 else { return false }
      // A year is an edition, not part of the name (`World Cup 2026`).
      if word.end - word.start == 4, units[word.start] == 0x31 || units[word.start] == 0x32 { return false }
      // Not a decimal (`14,5`) or a thousand (`1.200`).
      if word.end + 1 < units.count, units[word.end] == 0x2C || units[word.end] == 0x2E,
        tables.isDigit(units[word.end + 1])
      {
        return false
      }
      // A number before a unit or a currency is a measure (`iPhone 16 Pro Max 256 GB`), one before a
      // count noun a count (`Viettel 2 điểm`).
      if quantityFollows(units, after: index) { return false }
    }
    return run.contains { position in
      let word = words[position]
      return word.innerCapital || word.hyphenated
        || (word.capitalised && !isVietnameseSyllable(units, position)
          && !CandidateLexicon.countryKeys.contains(lowered(units, position, 1)))
        || (word.start..<word.end).contains { tables.isDigit(units[$0]) }
    }
  }

  /// Whether the acronym `words[index]` ends a brand with the one capitalised Vietnamese word of
  /// `words[run]` inside a sentence (`Lúa HQ`): no country, surname or common acronym, and nothing
  /// capitalised after the acronym (`Nga NATO`, `Lâm` before a person's name stay apart).
  private mutating func brandBeforeAcronym(
    _ units: UnsafeBufferPointer<UInt16>, run: Range<Int>, at index: Int
  ) -> Bool {
    let first = run.lowerBound
    guard run.count == 1, !words[first].initial, !words[first].hyphenated, !words[first].innerCapital,
      isVietnameseSyllable(units, first), !CandidateLexicon.commonAcronymKeys.contains(lowered(units, index, 1))
    else { return false }
    let key = lowered(units, first, 1)
    guard !CandidateLexicon.countryKeys.contains(key), !CandidateLexicon.surnameKeys.contains(key) else { return false }
    let next = index + 1
    return next == words.count || !(words[next].joined && (words[next].capitalised || words[next].acronym))
  }

  /// The end of an acronym's name when a name noun or a model code follows it (`ASEAN Cup`, `UEFA
  /// Champions League`, `OPPO Find X8`), or nil: an acronym otherwise stands alone (`NATO Mark Rutte`).
  private mutating func completedAcronym(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard index + 1 < words.count, words[index + 1].joined, words[index + 1].capitalised,
      !CandidateLexicon.standaloneAcronymKeys.contains(lowered(units, index, 1))
    else { return nil }
    let end = runEnd(units, from: index + 1)
    let completes = (index + 1..<end).contains { position in
      let word = words[position]
      return CandidateLexicon.nameNounKeys.contains(lowered(units, position, 1))
        || (word.start..<word.end).contains { tables.isDigit(units[$0]) }
    }
    if completes { return end }
    // One foreign word the document never writes alone: `PSV Eindhoven`, `FTSE Russell`; or a code in
    // lower-case brand style: `TOEFL iBT`. Not a person's name (`NATO Mark Rutte`), a country (`EU
    // Ukraine`), or a word used alone elsewhere (`WHO … Tedros`).
    let next = words[index + 1]
    guard end == index + 2 else { return nil }
    if tables.isLower(units[next.start]) {
      return (next.start..<next.end).filter({ tables.isUpper(units[$0]) }).count >= 2 ? end : nil
    }
    let key = lowered(units, index + 1, 1)
    guard !isVietnameseSyllable(units, index + 1), !CandidateLexicon.countryKeys.contains(key),
      !CandidateLexicon.surnameKeys.contains(key), !standalone.contains(key)
    else { return nil }
    return end
  }

  /// Whether the capitalised function word (or common word) `words[index]` opens a clause glued to the
  /// name run `words[run]`.
  ///
  /// That is a boundary the segmenter missed, after a foreign name or a model code (`Samsung Nhưng giá
  /// …`, `Galaxy S24 Với …`). After Vietnamese syllables it may be one of the name's own (`Ba Vì`, `Từ
  /// Sơn`).
  private mutating func gluedClause(_ units: UnsafeBufferPointer<UInt16>, run: Range<Int>, at index: Int) -> Bool {
    // A common word's capitalised first syllable after a model or a foreign name starts a clause too
    // (`iPhone 15 Pro Giá bán …`), unless it is a qualifier of the name (`Duma Quốc gia`); so does a
    // function word before a title or an institution (`Qdenga Theo Bộ Y tế …`; not `Park Do Hoon`).
    guard
      opensClause(units, at: index)
        || (isVietnameseSyllable(units, index) && startsCompound(units, at: index)
          && CandidateLexicon.tails[lowered(units, index, 2)] == nil)
        || functionWordBeforeHead(units, at: index)
    else { return false }
    return run.contains { position in
      let word = words[position]
      return !word.capitalised || !isVietnameseSyllable(units, position) || word.innerCapital
    }
  }

  /// Whether the capitalised `words[index]` is a function word right before a title or an institution
  /// (`Theo Bộ Y tế`, `Tại Công an tỉnh`): a clause's start, never a syllable of a name.
  private mutating func functionWordBeforeHead(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard words[index].capitalised, FunctionWords.keys.contains(lowered(units, index, 1)), index + 1 < words.count,
      words[index + 1].joined
    else { return false }
    return phrase(units, at: index + 1)?.1 != nil
  }

  /// Whether the capitalised `words[index]` is a function word that opens a clause: no capitalised word
  /// follows it (`Nhưng giá bán …`, `Sau đó`; not `Bà Rịa`).
  private mutating func opensClause(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    let word = lowered(units, index, 1)
    guard FunctionWords.keys.contains(word) else { return false }
    guard index + 1 < words.count, words[index + 1].joined else { return true }
    let next = words[index + 1]
    if next.capitalised || next.acronym { return false }
    return !(next.lowerFirst && FunctionWords.isNoun(word, lowered(units, index + 1, 1)))
  }

  /// Whether the capitalised `words[index]` and the lower-case word after it make one common word
  /// (`Đối tác`, `Giá bán`, `Hiệp định`): the capital is a sentence's or an emphasis, not a name's.
  ///
  /// A country is taken for the name it is unless `evenCountry` (`Ý kiến`, `Pháp luật` opening a
  /// sentence).
  private mutating func startsCompound(
    _ units: UnsafeBufferPointer<UInt16>, at index: Int, evenCountry: Bool = false
  ) -> Bool {
    guard index + 1 < words.count, words[index + 1].joined, words[index + 1].lowerFirst,
      evenCountry || !CandidateLexicon.countryKeys.contains(lowered(units, index, 1))
    else { return false }
    if isCommonWord(units, index) { return true }
    // A word of three syllables: `Khu đô thị`, `An ninh mạng`.
    guard index + 2 < words.count, words[index + 2].joined, words[index + 2].lowerFirst else { return false }
    let ranges = (index...index + 2).map { words[$0].start..<words[$0].end }
    return VietnameseWords.contains(VietnameseWords.key(ranges, of: units))
  }

  /// After a title: field words shaped `Capitalised lower` (`Quốc phòng`).
  private mutating func absorbField(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
    var end = start
    // Vietnamese syllables only: no foreign name and its particle (`Bộ trưởng Khalid bin Saeed`).
    while end + 1 < words.count, words[end].joined, words[end].capitalised, words[end + 1].joined,
      words[end + 1].lowerFirst, !isStop(units, end + 1), phrase(units, at: end) == nil,
      isVietnameseSyllable(units, end), isVietnameseSyllable(units, end + 1)
    {
      end += 2
    }
    return end
  }

  /// After an institution head: the words of its name, and whether they name anything.
  ///
  /// Taken are capitalised words (`Y`, `Hà Nội`), a lower-case syllable completing a capitalised one
  /// (`Y tế`, `Kế hoạch`; after a capitalised run only as a known word, `Nhi Trung ương`), `và`, a dash
  /// or a comma between two such field words (`Kế hoạch và Đầu tư`, `Lao động - Thương binh`,
  /// `Văn hóa, Thể thao`), a complete phrase (`Hội đồng Bảo an Liên hợp quốc`), a region (`Liên minh
  /// châu Âu`), lower-case tails from `CandidateLexicon.Tail` (`Giao thông vận tải`, `Tòa án nhân dân
  /// tối cao`), and a closing acronym or number (`Công ty Chứng khoán SSI`, `Bệnh viện Nhi đồng 1`) but
  /// not a place's acronym (`Viện Pasteur TP.HCM`). A legal form names nothing alone (`Công ty cổ phần`).
  private mutating func absorbName(
    _ units: UnsafeBufferPointer<UInt16>, from start: Int, headInitial: Bool, work: Bool = false
  ) -> (end: Int, named: Bool) {
    var end = start
    // Capitalised words since the last lower-case one.
    var capitals = 0
    var last = Part.head
    var named = false
    // Only field words so far: a dash or comma may join them, not places (`Hà Nội - Hải Phòng`).
    var onlyFields = true
    // The last word taken was `về`, which a head may follow (`Công ước … về Luật Biển`).
    var afterVề = false
    /// Takes in a place or a proper name of `length` words that ends the institution's own words.
    func absorbName(_ length: Int) {
      end += length
      capitals = 0
      last = .capital
      named = true
      onlyFields = false
    }
    loop: while end < words.count {
      let word = words[end]
      let wasAfterVề = afterVề
      afterVề = false
      switch gap(units, before: end) {
      case .space: break
      case .dash where work && (word.capitalised || word.acronym) && last != .head:
        // A work joins two names with a dash: `Diễn đàn Cà phê Việt Nam - Canada`.
        last = .connector
      case .dash where !work && last == .capital && dashedName(units, at: end):
        // So does a school's or a body's name: `Trường Đại học Việt - Đức`.
        last = .connector
      case .dash, .comma:
        guard last == .field, onlyFields, startsFieldWord(units, at: end) else { break loop }
        last = .connector
      case .ampersand where (word.capitalised || word.acronym) && last != .head:
        // `… & Cộng sự` (and partners) starts a word of its own.
        last = .connector
        capitals = 0
      case .ampersand, .other: break loop
      }
      if last == .connector, capitalisedPrevention(units, at: end) {
        end += 2
        capitals = 0
        last = .field
        continue
      }
      // A legal form written capitalised (`Công ty Cổ phần Tập đoàn …`) is one still: a head may follow it.
      if word.capitalised, last == .head || last == .legalForm, gap(units, before: end) == .space,
        end + 1 < words.count, words[end + 1].joined, words[end + 1].lowerFirst,
        CandidateLexicon.tails[lowered(units, end, 2)] == .legalForm
      {
        end += 2
        last = .legalForm
        continue
      }
      if word.capitalised {
        // An abbreviated designator (`Q. Bình Thạnh`, `H. Củ Chi`) puts a place after the name.
        if isAbbreviation(units, end) { break }
        // A state's form inside a name is words of that name: `Cục Dự trữ Liên bang Mỹ`.
        if let (length, found) = phrase(units, at: end), found?.kind != .name {
          guard let found else { break loop }
          if found.kind == .title {
            // A title right after the head, before a name: `Văn phòng Tổng thống Pháp`.
            guard end == start, end + length < words.count, words[end + length].joined else { break loop }
            if words[end + length].capitalised || words[end + length].acronym {
              absorbName(length)
              continue
            }
            // Before a lower-case word it is the body's field: `Hội đồng Trọng tài lao động`.
            if words[end + length].lowerFirst {
              end += length
              capitals = 0
              last = .field
              named = true
              continue
            }
            break loop
          }
          if found.absorbs == .nothing {
            absorbName(length)
            continue
          }
          // Another head starts another institution when its own name follows it, unless it is the first
          // word after this head (`Bộ Công an`: `Công an` is a head of its own, here the ministry's field)
          // or follows a legal form (`Công ty cổ phần Tập đoàn …`); a head ending a place does not
          // (`Chương trình Điều bền vững Đông Nam Bộ`).
          // After `Quản lý` the other institution, whole, is what the body manages: `Ban Quản lý Khu
          // công nghệ cao Hòa Lạc`.
          if last == .field, managing(units, before: end), found.absorbs != .nothing {
            end = self.absorbName(units, from: end + length, headInitial: false, work: found.absorbs == .work).end
            named = true
            break loop
          }
          if end > start && last != .legalForm && !wasAfterVề
            && (found.absorbs == .nothing || startsPhrase(units, inRunAt: end) || placeFollows(units, at: end + length))
          {
            break loop
          }
          // A head of several words written in lower case after the name's capitals is one field word, no
          // capital that its own lower-case syllable fails to complete: `Viện Lúa Đồng bằng sông Cửu Long`.
          if capitals > 0, length > 1, (1..<length).allSatisfy({ words[end + $0].lowerFirst }) {
            end += length
            capitals = 0
            last = .field
            continue
          }
        }
        end += 1
        capitals += 1
        last = .capital
        named = true
        continue
      }
      if word.acronym || tables.isDigit(units[word.start]) {
        let key = lowered(units, end, 1)
        // A legal form's acronym after the head or its field (`Công ty Luật TNHH Minh Khuê`).
        if word.acronym,
          last == .head || last == .field || last == .legalForm
            || last == .capital && capitals == 1 && end + 1 < words.count && words[end + 1].joined
              && words[end + 1].capitalised,
          CandidateLexicon.tails[key] == .legalForm
        {
          end += 1
          last = .legalForm
          continue
        }
        // A company's acronym or a hospital's number ends its name: `Công ty Chứng khoán SSI`, `Bệnh viện Nhi đồng 1`.
        if word.acronym && CandidateLexicon.standaloneAcronymKeys.contains(key) { break }
        // A company's name that an acronym and a foreign word start goes on (`Công ty TNHH LG Display Việt
        // Nam`); not a person's (`Công ty SSI Nguyễn Văn A`).
        if word.acronym, end + 1 < words.count, words[end + 1].joined, words[end + 1].capitalised,
          !isVietnameseSyllable(units, end + 1), !CandidateLexicon.surnameKeys.contains(lowered(units, end + 1, 1)),
          !CandidateLexicon.countryKeys.contains(lowered(units, end + 1, 1)),
          !standalone.contains(lowered(units, end + 1, 1)), phrase(units, at: end + 1) == nil
        {
          absorbName(2)
          continue
        }
        // A score is no unit's number: `Công an Hà Nội 3-0 Bình Định`.
        if isScore(units, end) { break }
        // A number right after a head names a unit (`Quân khu 2`, `Bệnh viện 108`), unless the head
        // starts the sentence (`Công ty 2 năm liền …`).
        if end > start || word.acronym || (!headInitial && isNumber(units, end)) {
          end += 1
          named = true
          // A province after the acronym is the name's own (`Khu công nghiệp VSIP Quảng Ngãi`), and so is
          // a place after a field's acronym (`Trung tâm Điện khí LNG Hòn Khói`); not a person (`… SSI
          // Nguyễn Văn A`) or a place acronym (`TP.HCM`).
          if word.acronym, let province = provinceAfterAcronym(units, at: end - 1) {
            end = province
          } else if word.acronym, last == .field, let place = placeAfterAcronym(units, at: end) {
            end = place
          }
        }
        break
      }
      // A Roman numeral numbers the name: `Quy hoạch điện VIII`, `Giáo hoàng Leo XIV`.
      if isRomanNumeral(units, end), last != .head || work {
        end += 1
        named = true
        break
      }
      guard word.lowerFirst else { break }
      // … after a field in lower case: `Quy hoạch điện VIII`.
      if work, last == .head, let (length, _) = tail(units, at: end), end + length < words.count,
        isRomanNumeral(units, end + length)
      {
        end += length + 1
        named = true
        break
      }
      // Lower-case words that run to the acronym in brackets naming the whole body complete its name:
      // `Viện Nghiên cứu kinh tế và chính sách (VEPR)`, `Cục An ninh mạng và phòng, chống tội phạm sử dụng
      // công nghệ cao (A05)`.
      if !work, last == .field || last == .tail || last == .head && lowered(units, end, 1) == Self.vì,
        let close = bracketedAcronymAhead(units, from: end)
      {
        end = close
        named = true
        break
      }
      // Its members right after the head, to a place that ends the name: `Hiệp hội các nhà sản xuất ô tô
      // Việt Nam`, `Diễn đàn các nhà lãnh đạo trẻ châu Á`.
      if last == .head || last == .field, let membersEnd = membersEnd(units, from: end) {
        end = membersEnd
        named = true
        break
      }
      // A project board names its projects in lower case up to its place: `Ban Quản lý dự án đầu tư xây
      // dựng các công trình giao thông tỉnh Lâm Đồng`.
      if last == .tail, end >= 4, lowered(units, end - 4, 4) == CandidateLexicon.quảnLýDựÁn,
        let projectsEnd = projectsEnd(units, from: end)
      {
        end = projectsEnd
        named = true
        break
      }
      // A unit's number after `số`: `Trường THPT số 1`, `Bệnh viện Đa khoa số 2`; not a count (`số 3 ca`).
      if lowered(units, end, 1) == Self.số, end + 1 < words.count, words[end + 1].joined, isNumber(units, end + 1),
        !quantityFollows(units, after: end + 1)
      {
        end += 2
        named = true
        break
      }
      if let length = region(units, at: end) {
        absorbName(length)
        // A capitalised word after the region starts a name of its own: `Hội đồng châu Âu António Costa`.
        if end < words.count, words[end].joined, words[end].capitalised, !words[end].acronym { break loop }
        continue
      }
      if let branch = regionalBranch(units, at: end) {
        end = branch
        named = true
        break
      }
      // A river's name: `Ủy hội sông Mekong quốc tế`, `Đồng bằng sông Cửu Long`.
      if lowered(units, end, 1) == Self.sông, end + 1 < words.count, words[end + 1].joined, words[end + 1].capitalised {
        var length = 2
        while end + length < words.count, words[end + length].joined, words[end + length].capitalised { length += 1 }
        absorbName(length)
        continue
      }
      if capitals == 1, let taken = fieldWord(units, at: end) {
        // A capitalised syllable before a field noun (`Bệnh nhiệt đới`), or the first syllable of a
        // word of three or four syllables (`Xuất nhập khẩu`, `Trí tuệ nhân tạo`).
        end += taken
        capitals = 0
        last = .field
        continue
      }
      // A word the last of several capitals starts, where the name visibly ends: `… Ả Rập Thống nhất (UAE)`.
      if capitals > 1, isCommonWord(units, end - 1), nameEnds(units, at: end + 1) {
        end += 1
        capitals = 0
        last = .field
        continue
      }
      if capitals > 0, completes(units, at: end, capitals: capitals) {
        if capitals > 1 { onlyFields = false }
        end += 1
        capitals = 0
        last = .field
        continue
      }
      capitals = 0
      // After a tail, `về` and a list of fields where the name visibly ends: `Cục Cảnh sát điều tra tội
      // phạm về ma túy (C04)`, `… về tham nhũng, kinh tế, buôn lậu (C03)`.
      if lowered(units, end, 1) == Self.về, last == .tail, end + 1 < words.count, words[end + 1].joined,
        let listEnd = fieldList(units, from: end + 1)
      {
        end = listEnd
        continue
      }
      // `về` (on) joins a field to a body's or a work's name: `Hội nghị Liên hợp quốc về Thương mại và Phát
      // triển`, `Công ước … về Luật Biển`; not a place (`… về Hà Nội`).
      // So does `về phòng, chống` and its field (`Ban Chỉ đạo quốc gia về phòng, chống thiên tai`).
      if lowered(units, end, 1) == Self.về, end + 1 < words.count, words[end + 1].joined,
        lowered(units, end + 1, 1) == Self.phòng, last == .tail || last == .field,
        let (tailEnd, _) = tails(units, from: end + 1, after: .field), tailEnd > end + 3
      {
        end = tailEnd
        last = .tail
        continue
      }
      if lowered(units, end, 1) == Self.về, last == .capital || last == .field, end + 1 < words.count,
        words[end + 1].joined,
        startsFieldWord(units, at: end + 1) || capitalisedPrevention(units, at: end + 1)
          || (work && words[end + 1].capitalised)
      {
        end += 1
        last = .connector
        onlyFields = false
        afterVề = true
        continue
      }
      if lowered(units, end, 1) == Self.và {
        guard end + 1 < words.count, words[end + 1].joined else { break }
        // `và` joins two words of one name (`Kế hoạch và Đầu tư`), not two names (`Kido và Masan`), or two
        // tails when a capitalised word closes the name (`đô thị và khu công nghiệp Việt Nam`).
        if last == .field && startsFieldWord(units, at: end + 1)
          || (last == .field || last == .tail) && capitalisedPrevention(units, at: end + 1)
        {
          end += 1
          last = .connector
          continue
        }
        if last == .tail, let (tailEnd, qualified) = tails(units, from: end + 1, after: .tail),
          qualified && nameEnds(units, at: tailEnd)
            || (tailEnd < words.count && words[tailEnd].joined && words[tailEnd].capitalised)
            || (tailEnd < words.count && words[tailEnd].joined && belongs(units, at: tailEnd))
        {
          // … or before a qualifier where the name visibly ends (`Quỹ Phát triển khoa học và công nghệ
          // quốc gia (…)`), or before `thuộc` (of: `Trung tâm Quan trắc tài nguyên và môi trường thuộc Sở …`).
          end = tailEnd
          continue
        }
        break
      }
      if last == .head || last == .field || last == .legalForm, let (length, tail) = tail(units, at: end),
        tail == .legalForm
      {
        end += length
        last = .legalForm
        continue
      }
      guard let (tailEnd, qualified) = tails(units, from: end, after: last) else {
        // A work's title takes lower-case words before a capitalised one (`… Tiến bộ xuyên Thái Bình
        // Dương`, `Cà phê bền vững Tây Nguyên`).
        if work, let capital = capitalAfterLowerCase(units, from: end) {
          end = capital
          last = .connector
          continue
        }
        // … and, to its period, a plan's or a programme's title in lower case: `Chiến lược phát triển
        // ngành điện giai đoạn 2021-2030, tầm nhìn đến năm 2045`.
        if work, last == .head, let close = periodTitleEnd(units, from: end) {
          end = close
          named = true
          break
        }
        // … and a meeting before the acronym of whose members it is: `Hội nghị thượng đỉnh NATO`, `Diễn
        // đàn kinh tế APEC`; not a place's acronym (`… tại TP.HCM`), not an exam (`Kỳ thi tốt nghiệp THPT`).
        if work, last == .head, start >= 2, CandidateLexicon.meetingKeys.contains(lowered(units, start - 2, 2)),
          let acronym = acronymAfterLowerCase(units, from: end)
        {
          end = acronym + 1
          named = true
          break
        }
        // … and, inside a sentence, lower-case words of a field to where the sentence visibly goes on
        // (`Chương trình mục tiêu quốc gia xây dựng nông thôn mới, …`).
        if work, !headInitial, last == .head, let close = lowerCaseTitleEnd(units, from: end) {
          end = close
          named = true
        }
        break
      }
      end = tailEnd
      last = .tail
      named = named || qualified
    }
    // A trailing `và` or `về` is not part of the name.
    while end > start, lowered(units, end - 1, 1) == Self.và || lowered(units, end - 1, 1) == Self.về { end -= 1 }
    return (end, named)
  }

  /// The end of a legal document's name whose kind is `words[kind..<kind + length]` (`Nghị định`), or nil.
  ///
  /// That is right after the document's official symbol, a number with capitals after a slash or a dash
  /// (`100/2024/NĐ-CP`, `768/QĐ-TTg`, `57-NQ/TW`), `số` (number) allowed before it. A number alone
  /// (`Quyết định 05/2024`) names no document.
  private mutating func documentSymbolEnd(_ units: UnsafeBufferPointer<UInt16>, kind: Int, length: Int) -> Int? {
    guard CandidateLexicon.documentKeys.contains(lowered(units, kind, length)) else { return nil }
    var index = kind + length
    if index < words.count, words[index].joined, lowered(units, index, 1) == Self.số { index += 1 }
    guard index < words.count, words[index].joined, tables.isDigit(units[words[index].start]) else { return nil }
    // The symbol's words, glued by slashes and dashes.
    var last = index
    while last + 1 < words.count, words[last + 1].start == words[last].end + 1,
      units[words[last].end] == 0x2F || units[words[last].end] == 0x2D
    {
      last += 1
    }
    let symbol = words[index].start..<words[last].end
    guard symbol.contains(where: { units[$0] == 0x2F || units[$0] == 0x2D }),
      symbol.contains(where: { tables.isUpper(units[$0]) })
    else { return nil }
    return last + 1
  }

  /// Where the lower-case words from `words[start]` end right before an acronym or a code in brackets
  /// (`… và chính sách (VEPR)`, `… công nghệ cao (A05)`), or nil: at most twelve words, each a Vietnamese
  /// syllable and no stop word but `và`, `về` and `tại`, joined by spaces or the comma of `phòng, chống`, the
  /// first of them `và`, `về`, `tại` or a field's noun.
  private mutating func bracketedAcronymAhead(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    // The words start as a name's do: with `và`, `về`, `tại` or a field's noun, not with a verb (`Bộ Y tế
    // triển khai chương trình tiêm chủng mở rộng (TCMR)`).
    // After `vì` (for) the words may be capitalised: `Đảng Nhân dân vì Tự do và Dân chủ (VVD)`.
    let first = lowered(units, start, 1)
    guard first == Self.và || first == Self.về || first == Self.tại || first == Self.vì || tail(units, at: start) != nil
    else { return nil }
    var index = start
    while index < words.count, index - start < 12 {
      let word = words[index]
      if index > start, !word.joined {
        // The acronym in brackets, closed right after it.
        guard isBracketedAcronym(units, index) else {
          // The comma of `phòng, chống`.
          guard gap(units, before: index) == .comma, lowered(units, index, 1) == Self.chống,
            lowered(units, index - 1, 1) == Self.phòng
          else { return nil }
          index += 1
          continue
        }
        return index
      }
      guard word.lowerFirst || first == Self.vì && word.capitalised && phrase(units, at: index) == nil,
        isVietnameseSyllable(units, index)
      else { return nil }
      let key = lowered(units, index, 1)
      // A stop word only as a known word's second syllable (`Tự do`).
      if CandidateLexicon.stopKeys.contains(key), key != Self.và, key != Self.về, key != Self.tại, key != Self.vì,
        !(index > start && words[index - 1].capitalised && isCommonWord(units, index - 1))
      {
        return nil
      }
      index += 1
    }
    return nil
  }

  /// Whether `words[index]` is a Roman numeral of two letters or more (`VIII`, `XIV`; not `I` or `V`).
  private func isRomanNumeral(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    return word.joined && word.end - word.start >= 2
      && (word.start..<word.end).allSatisfy { [0x49, 0x56, 0x58, 0x4C, 0x43].contains(units[$0]) }
  }

  /// Whether `words[index]` mixes capitals and digits and starts with a letter (`D66`, `G7`, `U23`).
  private func isCodeWord(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    let range = word.start..<word.end
    return tables.isUpper(units[word.start]) && range.contains { tables.isDigit(units[$0]) }
      && !range.contains { tables.isLower(units[$0]) }
  }

  /// Whether `words[index]` is a code of a capital letter and digits (`A05`, `C03`).
  private func isCode(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    return word.end - word.start >= 2 && (word.start + 1..<word.end).allSatisfy { tables.isDigit(units[$0]) }
  }

  /// The end of a body's members named after its head, from `words[start]`, or nil: `các nhà` (the …
  /// people), `các quốc gia`, `các nước` and the like, up to six more lower-case syllables with no stop
  /// word but `và`, and a country, a province or a region that ends the name (`Cộng đồng Kinh tế các
  /// quốc gia Tây Phi`).
  private mutating func membersEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    guard start + 3 < words.count, words[start + 1].joined,
      CandidateLexicon.memberNounKeys.contains(lowered(units, start, 2))
    else { return nil }
    var index = start + 2
    while index < words.count, index - start < 9, words[index].joined, words[index].lowerFirst {
      if let length = region(units, at: index) { return index - start >= 3 ? index + length : nil }
      guard isVietnameseSyllable(units, index), !isStop(units, index) || lowered(units, index, 1) == Self.và else {
        return nil
      }
      index += 1
    }
    guard index - start >= 3, index < words.count, words[index].joined,
      let length = placeLength(units, at: index, within: words.count)
    else { return nil }
    return index + length
  }

  /// Whether `words[index]` starts `thuộc` or `trực thuộc` (belonging to), after which a body's name ended.
  private mutating func belongs(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    lowered(units, index, 1) == CandidateLexicon.thuộc
      || (index + 1 < words.count && words[index + 1].joined && lowered(units, index, 2) == CandidateLexicon.trựcThuộc)
  }

  /// Whether a legal form stands among `words[range]` (`Cổ phần`, `TNHH`).
  private mutating func hasLegalForm(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
    range.contains { position in
      CandidateLexicon.tails[lowered(units, position, 1)] == .legalForm
        || (position + 1 < range.upperBound && CandidateLexicon.tails[lowered(units, position, 2)] == .legalForm)
    }
  }

  /// The end of a place of two or three capitalised Vietnamese syllables at `words[start]` before
  /// punctuation or a stop word, none a surname or a head, or nil.
  private mutating func placeAfterAcronym(_ units: UnsafeBufferPointer<UInt16>, at start: Int) -> Int? {
    guard start < words.count, words[start].joined, !CandidateLexicon.surnameKeys.contains(lowered(units, start, 1))
    else { return nil }
    var end = start
    while end < words.count, end - start < 3, words[end].joined, words[end].capitalised, !words[end].acronym,
      isVietnameseSyllable(units, end), phrase(units, at: end) == nil
    {
      end += 1
    }
    guard end - start >= 2 else { return nil }
    return nameEnds(units, at: end) || isStop(units, end) ? end : nil
  }

  /// The end of a project board's projects from `words[start]`, or nil: up to twelve lower-case
  /// syllables, no stop word but `các` and `và`, before a place designator and its place, or where the
  /// sentence visibly goes on (punctuation, an auxiliary).
  private mutating func projectsEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    var index = start
    while index < words.count, index - start < 12, words[index].joined, words[index].lowerFirst {
      if placeFollows(units, at: index) { break }
      let key = lowered(units, index, 1)
      if CandidateLexicon.auxiliaryKeys.contains(key) { break }
      guard isVietnameseSyllable(units, index), !isStop(units, index) || key == Self.và || key == Self.các else {
        return nil
      }
      index += 1
    }
    guard index - start >= 2, lowered(units, index - 1, 1) != Self.và else { return nil }
    return placeFollows(units, at: index) || nameEnds(units, at: index) ? index : nil
  }

  /// Whether `words[start..<end]` ends in a province's name of two words or more, after other words.
  private mutating func endsInProvince(_ units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Bool {
    for length in 2...max(2, CandidateLexicon.longestProvince) where end - length > start {
      if CandidateLexicon.provinceKeys.contains(lowered(units, end - length, length)) { return true }
    }
    return false
  }

  /// Whether the two words before `words[index]` are `Quản lý` (managing), after which a body names
  /// what it manages.
  private mutating func managing(_ units: UnsafeBufferPointer<UInt16>, before index: Int) -> Bool {
    index >= 2 && words[index - 1].joined && lowered(units, index - 2, 2) == CandidateLexicon.quảnLý
  }

  /// The end of a body's regional branch from `words[start]`, or nil: `khu vực` and its Roman numeral or
  /// number (`Bảo hiểm xã hội khu vực XII`, `Kiểm toán Nhà nước khu vực IV`).
  private mutating func regionalBranch(_ units: UnsafeBufferPointer<UInt16>, at start: Int) -> Int? {
    guard start + 2 < words.count, words[start].joined, words[start + 1].joined, words[start + 2].joined,
      words[start].lowerFirst, lowered(units, start, 2) == Self.khuVực
    else { return nil }
    let number = words[start + 2]
    let numeral = (number.start..<number.end).allSatisfy {
      units[$0] == 0x49 || units[$0] == 0x56 || units[$0] == 0x58 || tables.isDigit(units[$0])
    }
    return numeral && number.end - number.start <= 5 ? start + 3 : nil
  }

  /// The end of a list of tails from `words[start]`, joined by commas or `và`, where a name visibly ends
  /// (punctuation but a comma before another tail, a capital, an auxiliary), or nil.
  private mutating func fieldList(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    var end = start
    while true {
      guard end < words.count, let (length, kind) = tail(units, at: end), kind != .legalForm else { return nil }
      end += length
      while end < words.count, words[end].joined, let (more, kind) = tail(units, at: end), kind != .legalForm {
        end += more
      }
      guard end < words.count else { return end }
      if gap(units, before: end) == .comma, tail(units, at: end) != nil { continue }
      if words[end].joined, lowered(units, end, 1) == Self.và, end + 1 < words.count, words[end + 1].joined,
        tail(units, at: end + 1) != nil
      {
        end += 1
        continue
      }
      return nameEnds(units, at: end) ? end : nil
    }
  }

  /// The end of a work's title written in lower case from `words[start]`, or nil.
  ///
  /// That is two to nine lower-case words, a field's among them (`CandidateLexicon.Tail`: `quốc gia`,
  /// `nông thôn`, `phổ thông`) and no stop word but a last `mới`, and a number of at most four digits
  /// after them, up to punctuation or the sentence's end (`mục tiêu quốc gia xây dựng nông thôn mới,`,
  /// `giáo dục phổ thông 2018.`).
  private mutating func lowerCaseTitleEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    var end = start
    var field = false
    while end < words.count, end < start + 9, words[end].joined, words[end].lowerFirst {
      let last = end + 1 == words.count || !words[end + 1].joined
      if isStop(units, end), !(last && lowered(units, end, 1) == Self.mới) { return nil }
      if let (length, _) = tail(units, at: end), end + length <= start + 9 {
        field = true
        end += length
      } else {
        end += 1
      }
    }
    guard field, end - start >= 2 else { return nil }
    if end < words.count, words[end].joined, isNumber(units, end), words[end].end - words[end].start <= 4 { end += 1 }
    return end == words.count || !words[end].joined ? end : nil
  }

  /// The capitalised word after one to three lower-case words from `words[start]` (no stop word, all
  /// separated by spaces only), or nil.
  private mutating func capitalAfterLowerCase(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    var index = start
    while index < words.count, index < start + 3, words[index].joined, words[index].lowerFirst, !isStop(units, index) {
      index += 1
    }
    guard index > start, index < words.count, words[index].joined, words[index].capitalised else { return nil }
    return index
  }

  /// The end of a title in lower case from `words[start]` that ends in its period, or nil: up to
  /// fourteen lower-case syllables (no auxiliary), `giai đoạn` or `thời kỳ` and a range of years
  /// (`2021-2030`), then perhaps `, tầm nhìn đến năm 2045` or `, tầm nhìn 2045`.
  private mutating func periodTitleEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    func yearRange(_ index: Int) -> Bool {
      guard index < words.count, words[index].joined else { return false }
      let word = words[index]
      let text = Array(units[word.start..<word.end])
      return text.count == 9 && text[4] == 0x2D && (text[..<4] + text[5...]).allSatisfy { tables.isDigit($0) }
    }
    func year(_ index: Int) -> Bool {
      index < words.count && words[index].joined && words[index].end - words[index].start == 4
        && isNumber(units, index)
    }
    var index = start
    while index + 2 < words.count, index - start < 14, words[index].joined, words[index].lowerFirst {
      if CandidateLexicon.periodKeys.contains(lowered(units, index, 2)), yearRange(index + 2) {
        guard index > start else { return nil }
        var end = index + 3
        // `, tầm nhìn đến năm 2045`, `, tầm nhìn 2045`.
        if end + 2 < words.count, gap(units, before: end) == .comma,
          lowered(units, end, 2) == CandidateLexicon.tầmNhìn
        {
          if year(end + 2) {
            end += 3
          } else if end + 4 < words.count, lowered(units, end + 2, 2) == CandidateLexicon.đếnNăm, year(end + 4) {
            end += 5
          }
        }
        return end
      }
      guard isVietnameseSyllable(units, index), !CandidateLexicon.auxiliaryKeys.contains(lowered(units, index, 1))
      else { return nil }
      index += 1
    }
    return nil
  }

  /// The acronym after one to three lower-case words from `words[start]` (no stop word, all joined by
  /// spaces) with no capitalised word after it, or nil; not a place's or a common noun's acronym.
  private mutating func acronymAfterLowerCase(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    var index = start
    while index < words.count, index < start + 3, words[index].joined, words[index].lowerFirst, !isStop(units, index) {
      index += 1
    }
    guard index > start, index < words.count, words[index].joined, words[index].acronym,
      !(index + 1 < words.count && words[index + 1].joined && words[index + 1].capitalised)
    else { return nil }
    let key = lowered(units, index, 1)
    guard !CandidateLexicon.placeAcronymKeys.contains(key), !CandidateLexicon.commonAcronymKeys.contains(key),
      !isMeasure(units, index)
    else { return nil }
    return index
  }

  /// How the lower-case `words[index]` makes a field word with the capitalised syllable before it.
  ///
  /// The result is the lower-case words to take now, or nil: 0 when a field noun of two syllables or more starts at it and
  /// the two make no word (`Bệnh` + `nhiệt đới`, which the tails then take), 2 when the three make one
  /// common word (`Xuất nhập khẩu`), 3 when the four do (`Trí tuệ nhân tạo`).
  private mutating func fieldWord(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard index > 0, isVietnameseSyllable(units, index - 1), index + 1 < words.count, words[index + 1].joined,
      words[index + 1].lowerFirst
    else { return nil }
    // A word of four syllables first (`Trí tuệ nhân tạo`), then of three (`Xuất nhập khẩu`).
    if index + 2 < words.count, words[index + 2].joined, words[index + 2].lowerFirst {
      let ranges = (index - 1...index + 2).map { words[$0].start..<words[$0].end }
      if VietnameseWords.contains(VietnameseWords.key(ranges, of: units)) { return 3 }
    }
    let ranges = (index - 1...index + 1).map { words[$0].start..<words[$0].end }
    if VietnameseWords.contains(VietnameseWords.key(ranges, of: units)) { return 2 }
    guard CandidateLexicon.tails[lowered(units, index - 1, 2)] == nil, !isCommonWord(units, index - 1),
      let (length, tail) = tail(units, at: index), length >= 2, tail == .field
    else { return nil }
    return 0
  }

  /// Whether the lower-case `words[index]` completes the capitalised word before it: a known word
  /// (`Tiếng nói`, `Nhi Trung ương`, not `Việt Nam gặp`), or any syllable but a stop word after a lone
  /// capitalised Vietnamese syllable (`Y tế`, not `Vingroup công bố`).
  private mutating func completes(_ units: UnsafeBufferPointer<UInt16>, at index: Int, capitals: Int) -> Bool {
    if CandidateLexicon.tails[lowered(units, index - 1, 2)] != nil { return true }
    // A common word, even one whose second syllable is a stop word alone (`Lưu ký`).
    if capitals == 1, !startsWord(units, at: index),
      isCommonWord(units, index - 1)
    {
      return true
    }
    return capitals == 1 && !isStop(units, index) && isVietnameseSyllable(units, index - 1)
      && !CandidateLexicon.placeDesignatorKeys.contains(lowered(units, index, 1))
      && !CandidateLexicon.countryKeys.contains(lowered(units, index - 1, 1)) && !startsWord(units, at: index)
  }

  /// Whether the lower-case `words[index]` and the word after it make one common word (`thông báo`):
  /// then it completes nothing before it (`Văn phòng Tổng thống Pháp thông báo`).
  private mutating func startsWord(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard index + 1 < words.count, words[index + 1].joined, words[index + 1].lowerFirst else { return false }
    return isCommonWord(units, index)
  }

  /// Whether `words[index]` starts a field word (`Đầu tư`, `Thương binh`): capitalised, no head but one
  /// that is also a field noun (`Phòng không - Không quân`), and completed by the lower-case word after it.
  private mutating func startsFieldWord(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    index + 1 < words.count && words[index].capitalised && words[index + 1].joined && words[index + 1].lowerFirst
      && (phrase(units, at: index) == nil || CandidateLexicon.tails[lowered(units, index, 2)] == .field)
      && completes(units, at: index + 1, capitals: 1)
  }

  /// The longest tail (`CandidateLexicon.Tail`) at `words[index]`, lower case, with its length.
  private mutating func tail(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> (Int, CandidateLexicon.Tail)? {
    guard words[index].lowerFirst else { return nil }
    key.removeAll(keepingCapacity: true)
    appendLowered(units, index)
    var found: (Int, CandidateLexicon.Tail)? = nil
    var length = 1
    while true {
      if let tail = CandidateLexicon.tails[key] { found = (length, tail) }
      guard length < CandidateLexicon.longestTail, index + length < words.count, words[index + length].joined,
        words[index + length].lowerFirst, CandidateLexicon.tailPrefixKeys.contains(key)
      else { break }
      key.append(0x20)
      appendLowered(units, index + length)
      length += 1
    }
    // A one-syllable tail that starts a common word is none: `chuyên` of `chuyên gia`.
    if let (length, _) = found, length == 1, startsWord(units, at: index) { return nil }
    // `số` (digital) after a field where the name visibly ends: `Luật Công nghiệp công nghệ số có …`, `Vụ
    // Kinh tế và Xã hội số (…)`; not a number's word (`số 5`, `số ca mắc`).
    if found == nil, index > 0, lowered(units, index, 1) == Self.số,
      index + 1 == words.count || !words[index + 1].joined || isStop(units, index + 1)
        || words[index + 1].capitalised
    {
      return (1, .field)
    }
    // Official names write `phòng, chống` (prevention and control) with a comma.
    if found == nil, index + 1 < words.count, gap(units, before: index + 1) == .comma, words[index + 1].lowerFirst,
      lowered(units, index, 1) == Self.phòng, lowered(units, index + 1, 1) == Self.chống
    {
      return (2, .activity)
    }
    return found
  }

  /// The end of the tails from `words[start]` after `last`, and whether a qualifier was among them.
  ///
  /// Nil when there is none. A qualifier may follow the head; a field noun or activity follows a field
  /// word or another tail; trailing activities are dropped unless the name visibly ends after them.
  private mutating func tails(
    _ units: UnsafeBufferPointer<UInt16>, from start: Int, after last: Part
  ) -> (Int, Bool)? {
    var end = start
    var previous = last
    var qualified = false
    // The end before the trailing activities.
    var settled = start
    var settledQualified = false
    // The last tail taken was an activity, which a comma or `và` may join to another: `phòng cháy, chữa
    // cháy và cứu nạn, cứu hộ`.
    var afterActivity = false
    while end < words.count {
      if afterActivity, words[end].joined, lowered(units, end, 1) == Self.và, end + 1 < words.count,
        words[end + 1].joined, let (_, next) = tail(units, at: end + 1), next == .activity
      {
        end += 1
      }
      guard words[end].joined || afterActivity && gap(units, before: end) == .comma,
        let (length, tail) = tail(units, at: end), words[end].joined || tail == .activity
      else { break }
      afterActivity = tail == .activity
      let allowed: Bool
      switch tail {
      case .qualifier:
        // After the name's capitalised words only where the name visibly ends: `Ủy hội sông Mekong quốc tế.`
        allowed =
          previous == .head || previous == .field || previous == .tail || previous == .legalForm
          || (previous == .capital && nameEnds(units, at: end + length))
      case .field, .activity: allowed = previous == .field || previous == .tail
      case .legalForm: allowed = false
      }
      guard allowed else { break }
      end += length
      previous = .tail
      if tail == .qualifier { qualified = true }
      if tail != .activity {
        settled = end
        settledQualified = qualified
      }
    }
    if settled < end && !nameEnds(units, at: end) {
      end = settled
      qualified = settledQualified
    }
    return end > start ? (end, qualified) : nil
  }

  /// Whether a name plainly ends before `words[index]`: at the end, punctuation, a capitalised word, an
  /// acronym, a number, an auxiliary (`đang`, `đã`) or a place designator (`tỉnh`).
  private mutating func nameEnds(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard index < words.count, words[index].joined, words[index].lowerFirst else { return true }
    let key = lowered(units, index, 1)
    return CandidateLexicon.auxiliaryKeys.contains(key) || CandidateLexicon.placeDesignatorKeys.contains(key)
  }

  /// Whether a place comes right after `words[index - 1]`: a designator (`tỉnh`, `huyện`) or a place's
  /// acronym (`TP.HCM`).
  private mutating func placeFollows(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard index < words.count, words[index].joined else { return false }
    if isAbbreviation(units, index) { return true }
    if words[index].acronym { return CandidateLexicon.placeAcronymKeys.contains(lowered(units, index, 1)) }
    guard words[index].lowerFirst else { return false }
    return CandidateLexicon.placeDesignatorKeys.contains(lowered(units, index, 1))
      || (index + 1 < words.count && words[index + 1].joined
        && CandidateLexicon.placeDesignatorKeys.contains(lowered(units, index, 2)))
  }

  /// Whether the lexicon phrase at `words[index]` ends the name run it stands in: a title, a complete
  /// phrase, or a head followed by its name (`Hà Nội Sở Y tế`); a head word that ends a place name does
  /// not (`Hải Phòng`, `Nam Bộ`), nor one before a person's name (`Hải Phòng Nguyễn Văn Tùng`; but a
  /// surname before a lower-case word is a field word's: `Tổng công ty Lưu ký`).
  private mutating func startsPhrase(_ units: UnsafeBufferPointer<UInt16>, inRunAt index: Int) -> Bool {
    guard let (length, found) = phrase(units, at: index) else { return false }
    guard let found, found.absorbs == .name || found.absorbs == .work, found.kind == .institution else { return true }
    let next = index + length
    guard next < words.count, words[next].joined, words[next].capitalised || words[next].acronym else {
      return false
    }
    // A surname starts a person's name only before another capitalised word (`Tổng công ty Lưu ký`).
    guard CandidateLexicon.surnameKeys.contains(lowered(units, next, 1)) else { return true }
    return !(next + 1 < words.count && words[next + 1].joined && words[next + 1].capitalised)
  }

  /// Whether `words[index]` is a score or a range of small numbers: two numbers of one or two digits
  /// joined by a dash (`3-0`, `2-1`); not a model's number (`787-9`).
  private func isScore(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    guard word.hyphenated else { return false }
    var parts = [0]
    for offset in word.start..<word.end {
      if tables.isDigit(units[offset]) {
        parts[parts.count - 1] += 1
      } else if units[offset] == 0x2D || units[offset] == 0x2010 || units[offset] == 0x2011 {
        parts.append(0)
      } else {
        return false
      }
    }
    return parts.count == 2 && parts.allSatisfy { (1...2).contains($0) }
  }

  /// Whether `words[index]` is a version number: digits, a period and one or two digits (`26.1`, `15.2`;
  /// not the thousand `1.200`).
  private func isVersion(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    guard let period = (word.start..<word.end).first(where: { units[$0] == 0x2E }), period > word.start,
      word.end - period - 1 >= 1, word.end - period - 1 <= 2
    else { return false }
    return (word.start..<word.end).allSatisfy { $0 == period || tables.isDigit(units[$0]) }
  }

  /// Whether `words[index]` is digits only (`2`, `108`; not `20/10` or `2-1`).
  private func isNumber(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    guard word.end == units.count || (units[word.end] != 0x2F && units[word.end] != 0x2D) else { return false }
    return (word.start..<word.end).allSatisfy { tables.isDigit(units[$0]) }
  }

  /// Whether `words[index]` is one capital letter and a period (`Q.`, `H.`).
  private func isAbbreviation(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    return word.end - word.start == 1 && word.end < units.count && units[word.end] == 0x2E
  }

  /// What separates `words[index]` from the word before it.
  private func gap(_ units: UnsafeBufferPointer<UInt16>, before index: Int) -> Gap {
    if words[index].joined { return .space }
    guard index > 0 else { return .other }
    var gap = Gap.other
    var marks = 0
    for offset in words[index - 1].end..<words[index].start {
      let unit = units[offset]
      if tables.isSpace(unit) { continue }
      marks += 1
      if unit == 0x2D || unit == 0x2013 || unit == 0x2014 {
        gap = .dash
      } else if unit == 0x2C {
        gap = .comma
      } else if unit == 0x26 {
        gap = .ampersand
      } else {
        return .other
      }
    }
    return marks == 1 ? gap : .other
  }

  /// Whether the sentence-initial `words[index]` reads as a foreign name: it cannot be one Vietnamese
  /// syllable (`Kremlin`, `Reuters`) and is no common loanword (`Video`, `Camera`).
  private mutating func looksForeign(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    !isVietnameseSyllable(units, index) && !CandidateLexicon.loanwordKeys.contains(lowered(units, index, 1))
  }

  /// Whether the sentence-initial `words[index]` heads a list of names: a comma or `và` and another
  /// capitalised word follow it (`Vinh, Cửa Lò và Hoàng Mai …`).
  private mutating func startsEnumeration(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    if gap(units, before: index + 1) == .comma { return words[index + 1].capitalised }
    return words[index + 1].joined && lowered(units, index + 1, 1) == Self.và && index + 2 < words.count
      && words[index + 2].joined && words[index + 2].capitalised
  }

  /// Whether `words[index]` has the shape of one Vietnamese syllable.
  ///
  /// That is an initial consonant (`ngh`, `tr`, `đ`, …, or none), one to three vowels, and a final `c`,
  /// `ch`, `m`, `n`, `ng`, `nh`, `p` or `t`. Foreign names mostly have another shape (`Putin`, `Kremlin`,
  /// `Kyiv`); `Kim`, `Lan` do not.
  func isVietnameseSyllable(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    var position = words[index].start
    let end = words[index].end
    // Consonant letters as lower-case ASCII (`đ` as `d`), vowels as 0.
    func letter(_ offset: Int) -> UInt16? {
      let unit = tables.lowercase(units[offset])
      if tables.isVowel(unit) { return 0 }
      if unit == 0x111 { return 0x64 }
      return unit >= 0x61 && unit <= 0x7A ? unit : nil
    }
    // A run of at most `limit` consonants packed a byte each (0 when empty), or nil when longer.
    func consonants(limit: Int) -> (packed: UInt32, count: Int)? {
      var packed: UInt32 = 0
      var count = 0
      while position < end, let unit = letter(position), unit != 0 {
        count += 1
        guard count <= limit else { return nil }
        packed = packed << 8 | UInt32(unit)
        position += 1
      }
      return (packed, count)
    }
    guard let (onset, onsetLength) = consonants(limit: 3) else { return false }
    guard onsetLength == 0 || Self.onsets.contains(onset) else { return false }
    // The vowels as plain letters (`ươ` as `uo`), packed a byte each.
    var vowels = 0
    var nucleus: UInt32 = 0
    while position < end, letter(position) == 0 {
      vowels += 1
      guard vowels <= 3, let vowel = VietnameseLetters.vowel(code: tables.vowels[Int(units[position])]) else {
        return false
      }
      nucleus = nucleus << 8 | UInt32(vowel.base.plainLetter)
      position += 1
    }
    guard vowels >= 1 && Self.nuclei.contains(nucleus) else { return false }
    guard let (coda, codaLength) = consonants(limit: 2) else { return false }
    return position == end && (codaLength == 0 || Self.codas.contains(coda))
  }

  /// Initial and final consonants of Vietnamese syllables, packed one ASCII byte a letter.
  static let onsets: Set<UInt32> = packed([
    "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "r", "s", "t",
    "th", "tr", "v", "x",
  ])
  static let codas: Set<UInt32> = packed(["c", "ch", "m", "n", "ng", "nh", "p", "t"])
  /// The vowels of Vietnamese syllables as plain letters, with the `i` of `gi` and the `u` of `qu`
  /// (`gió` is `g` + `io`, `quyết` is `q` + `uye`); not `oei` (`Boeing`) or `ee` (`Lee`).
  static let nuclei: Set<UInt32> = packed([
    "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "io", "iu", "oa", "oe", "oi", "oo",
    "ua", "ue", "ui", "uo", "uu", "uy", "ye", "iai", "iao", "iau", "iay", "ieu", "ioi", "iua", "iuo", "oai", "oao",
    "oay", "oeo", "uai", "uao", "uay", "ueu", "uoi", "uou", "uya", "uye", "uyu", "yeu",
  ])

  static func packed(_ clusters: [String]) -> Set<UInt32> {
    Set(clusters.map { $0.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } })
  }

  private mutating func isStop(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    CandidateLexicon.stopKeys.contains(lowered(units, index, 1))
  }

  /// The longest title or institution phrase (or ignored phrase, as nil) starting at `words[index]`.
  private mutating func phrase(
    _ units: UnsafeBufferPointer<UInt16>, at index: Int
  ) -> (Int, CandidateLexicon.Phrase?)? {
    guard words[index].capitalised else { return nil }
    let headTitle = headTitleLength(units, at: index).map { ($0, Optional(CandidateLexicon.headTitle)) }
    // `Trưởng thành` (grown up) is no title `Trưởng`.
    if headTitle == nil, index + 1 < words.count, words[index + 1].joined, words[index + 1].lowerFirst,
      lowered(units, index, 1) == CandidateLexicon.trưởng,
      CandidateLexicon.notTitleAfterTrưởngKeys.contains(lowered(units, index + 1, 1))
    {
      return nil
    }
    key.removeAll(keepingCapacity: true)
    appendLowered(units, index)
    guard CandidateLexicon.firstWordKeys.contains(key) else { return headTitle }
    let next = index + 1 < words.count && words[index + 1].joined
    // A country is a name, not a head and its name: `Đài Loan`.
    if next, words[index + 1].capitalised, CandidateLexicon.countryFirstWordKeys.contains(key) {
      if CandidateLexicon.countryKeys.contains(lowered(units, index, 2)) { return nil }
      key.removeAll(keepingCapacity: true)
      appendLowered(units, index)
    }
    // Grow the key a word at a time while it begins some phrase; the longest phrase found wins.
    var found: (Int, CandidateLexicon.Phrase?)? = nil
    var length = 1
    while true {
      // The text must capitalise the phrase as it is written, except that an institution written in
      // lower case may have its words capitalised (`Khu Công nghệ cao`, `Khu công nghệ cao`), a title
      // written with capitals may have its words in lower case (`Tổng bí thư`), and a state's form is
      // written either way (`Các Tiểu vương quốc`, `Các Tiểu Vương quốc`).
      if let phrase = CandidateLexicon.phrases[key],
        (1..<length).allSatisfy({
          words[index + $0].capitalised == phrase.capitals[$0 - 1]
            || (phrase.kind == .institution && !phrase.capitals.contains(true))
            || (phrase.kind == .title && !words[index + $0].capitalised) || phrase.kind == .name
        })
      {
        found = (length, phrase)
      } else if CandidateLexicon.ignoredKeys.contains(key) {
        found = (length, nil)
      }
      guard length < CandidateLexicon.longestPhrase, index + length < words.count, words[index + length].joined,
        !words[index + length].acronym, CandidateLexicon.phrasePrefixKeys.contains(key)
      else { break }
      key.append(0x20)
      appendLowered(units, index + length)
      length += 1
    }
    if let found, found.0 >= headTitle?.0 ?? 0 { return found }
    if let headTitle { return headTitle }
    // `Phó` before any title: `Phó Tổng giám đốc`, `Phó Giám đốc`, `Phó Vụ trưởng`.
    guard next, lowered(units, index, 1) == CandidateLexicon.phó else { return nil }
    if words[index + 1].capitalised, let length = headTitleLength(units, at: index + 1) {
      return (length + 1, CandidateLexicon.headTitle)
    }
    key.removeAll(keepingCapacity: true)
    length = 1
    while index + length < words.count, words[index + length].joined, !words[index + length].acronym {
      if length > 1 { key.append(0x20) }
      appendLowered(units, index + length)
      length += 1
      if let phrase = CandidateLexicon.phrases[key], phrase.kind == .title { found = (length, phrase) }
      guard length <= CandidateLexicon.longestPhrase, CandidateLexicon.phrasePrefixKeys.contains(key) else { break }
    }
    return found
  }

  /// The length of a title made with `trưởng` (head of) that starts at the capitalised `words[index]`,
  /// or nil: a noun and `trưởng` (`Vụ trưởng`, `Chỉ huy trưởng`), or `Trưởng` and a noun (`Trưởng thôn`);
  /// not `Tăng trưởng` (growth) or `Trưởng thành` (grown up).
  private mutating func headTitleLength(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    func lowerWord(_ position: Int) -> Bool {
      position < words.count && words[position].joined && words[position].lowerFirst
    }
    // Every such title has a lower-case word after its first: most capitalised words end here.
    guard lowerWord(index + 1) else { return nil }
    let first = lowered(units, index, 1)
    if first == CandidateLexicon.trưởng {
      return CandidateLexicon.notTitleAfterTrưởngKeys.contains(lowered(units, index + 1, 1)) ? nil : 2
    }
    guard !CandidateLexicon.notTitleBeforeTrưởngKeys.contains(first) else { return nil }
    if lowered(units, index + 1, 1) == CandidateLexicon.trưởng { return 2 }
    // A noun of two syllables: `Chỉ huy trưởng`.
    if lowerWord(index + 2), lowered(units, index + 2, 1) == CandidateLexicon.trưởng,
      isCommonWord(units, index)
    {
      return 3
    }
    return nil
  }

  /// Whether `words[index]` and the word after it make one word of the common-word lexicon
  /// (`VietnameseWords`: `đối tác`, `lực lượng`).
  private func isCommonWord(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let ranges = [words[index].start..<words[index].end, words[index + 1].start..<words[index + 1].end]
    return VietnameseWords.contains(VietnameseWords.key(ranges, of: units))
  }

  /// The lower-case units of `words[index..<index + count]`, one space between words.
  private mutating func lowered(_ units: UnsafeBufferPointer<UInt16>, _ index: Int, _ count: Int) -> [UInt16] {
    key.removeAll(keepingCapacity: true)
    for position in index..<(index + count) {
      if position > index { key.append(0x20) }
      appendLowered(units, position)
    }
    return key
  }

  /// Appends the lower-case units of `words[index]` to `key`.
  private mutating func appendLowered(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) {
    for offset in words[index].start..<words[index].end { key.append(tables.lowercase(units[offset])) }
  }

  /// Whether the slash at `slash` joins the word part `units[start..<slash]` to the part after it:
  /// digits before and a capital after (`20/CT-TTg`), or one capital letter before and capitals with a
  /// digit after (`A/H3N2`).
  private func slashJoins(_ units: UnsafeBufferPointer<UInt16>, from start: Int, slash: Int) -> Bool {
    var end = slash + 1
    var upper = false
    var digit = false
    while end < units.count, tables.isWordCharacter(units[end]) {
      if tables.isUpper(units[end]) { upper = true }
      if tables.isDigit(units[end]) { digit = true }
      end += 1
    }
    guard upper else { return false }
    if (start..<slash).allSatisfy({ tables.isDigit(units[$0]) }) { return true }
    return slash - start == 1 && tables.isUpper(units[start]) && digit
  }

  /// Splits a sentence into words.
  private mutating func split(_ units: UnsafeBufferPointer<UInt16>) {
    words.removeAll(keepingCapacity: true)
    let count = units.count
    var position = 0
    var previousEnd = 0
    while position < count {
      guard tables.isWordCharacter(units[position]) else {
        position += 1
        continue
      }
      let start = position
      var upper = 0
      var lower = 0
      var roman = true
      var hyphenated = false
      while true {
        while position < count, tables.isWordCharacter(units[position]) {
          let unit = units[position]
          if unit != 0x49 && unit != 0x56 && unit != 0x58 { roman = false }
          if tables.isUpper(unit) {
            upper += 1
          } else if tables.isLower(unit) {
            lower += 1
          }
          position += 1
        }
        guard position + 1 < count, tables.isWordCharacter(units[position + 1]) else { break }
        let joiner = units[position]
        let before = units[position - 1]
        let after = units[position + 1]
        if joiner == 0x2D || joiner == 0x2010 || joiner == 0x2011 {
          hyphenated = true
        } else if joiner == 0x2E {
          // `TP.HCM`, `2.5`, a domain (`VnExpress.net`), and a stage name ending in a capital (`Ricky.B`).
          let lastCapital =
            tables.isLower(before) && tables.isUpper(after)
            && (position + 2 == count || !tables.isLetter(units[position + 2]))
          guard
            (tables.isUpper(before) || tables.isDigit(before)) && (tables.isUpper(after) || tables.isDigit(after))
              || (tables.isLetter(before) && tables.isLower(after)) || lastCapital
          else {
            break
          }
        } else if joiner == 0x26 {
          // `S&P`, `AT&T`.
          guard tables.isUpper(before), tables.isUpper(after) else { break }
        } else if joiner == 0x2F {
          // A code with a slash: `A/H3N2` (a letter, then capitals and digits), `20/CT-TTg` (a number,
          // then capitals); not two names (`AFP/TTXVN`), a date (`27/10`) or a unit (`km/h`).
          guard slashJoins(units, from: start, slash: position) else { break }
        } else if joiner == 0x27 || joiner == 0x2019 {
          guard tables.isLetter(before), tables.isLetter(after) else { break }
        } else {
          break
        }
        position += 1
      }
      // A plus glued to a name ends it: `AppleCare+`, `Vietnam+`, `Pro+`.
      if position < count, units[position] == 0x2B, tables.isLetter(units[position - 1]),
        position + 1 == count || !tables.isWordCharacter(units[position + 1])
      {
        position += 1
      }
      var joined = !words.isEmpty && previousEnd < start
      var initial = words.isEmpty
      // After an outlet's dateline (`TTO - `, `(NLĐO) - `) the article starts.
      let dateline = words.count <= 3 && (units[0] == 0x28 || words.allSatisfy(\.acronym))
      for offset in previousEnd..<start {
        let unit = units[offset]
        if !tables.isSpace(unit) { joined = false }
        if unit == 0x201C || unit == 0x22 || unit == 0x2018 || unit == 0xAB || unit == 0x3A || unit == 0x2E
          || unit == 0x21
          || unit == 0x3F
        {
          initial = true
        }
        if dateline, unit == 0x2D || unit == 0x2013 || unit == 0x2014 { initial = true }
      }
      // Roman numerals (`quý III`, `Chiến tranh thế giới II`) are not acronyms, nor is a document's
      // number (`15/QĐ-UBND`): an acronym starts with a letter.
      let acronym = upper >= 2 && lower == 0 && !roman && !tables.isDigit(units[start])
      // A lower-case brand (`iPhone`, `eBay`), or one that starts with a number and a lower-case letter
      // (`3uTools`), is read as a capitalised word.
      var brand = upper >= 1 && tables.isLower(units[start])
      if upper >= 1, tables.isDigit(units[start]) {
        var letter = start
        while letter < position, tables.isDigit(units[letter]) { letter += 1 }
        brand = letter < position && tables.isLower(units[letter])
      }
      let innerCapital = upper >= 2 && lower > 0 || brand
      words.append(
        Word(
          start: start, end: position,
          capitalised: !acronym && !(roman && upper >= 2) && (tables.isUpper(units[start]) || brand),
          acronym: acronym,
          lowerFirst: tables.isLower(units[start]) && !brand, hyphenated: hyphenated, innerCapital: innerCapital,
          joined: joined,
          initial: initial))
      previousEnd = position
    }
  }
}
