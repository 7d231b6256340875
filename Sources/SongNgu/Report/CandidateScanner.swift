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
    /// A company's legal form written short before its period (`Co.`, `Ltd.`, `Inc.`, `Corp.`), which
    /// keeps the period in the name: `Elan & Co.`, `Meiji Co., Ltd.`.
    var abbreviatedForm = false
  }

  let tables = CharacterTables.shared
  var words: [Word] = []
  /// Capitalised words seen in name runs not at a sentence start (exact units), and the initials that
  /// end a person's name, with their period (`T.` of `Lương Văn T.`).
  var seen: Set<[UInt16]> = []
  /// The document's capitalisation lexicon: words written capitalised somewhere other than at the start
  /// of a sentence, a quotation or a clause (lower case).
  var capitalisedInside: Set<[UInt16]> = []
  /// Words the document writes capitalised alone, with no capitalised word on either side (lower case).
  var standalone: Set<[UInt16]> = []
  /// Runs of two to four capitalised words the document writes whole, not at a sentence start, with no
  /// capitalised word on either side (lower case, one space between words).
  var runs: Set<[UInt16]> = []
  /// Words the document writes in lower case that cannot be one Vietnamese syllable or are hyphenated
  /// (lower case): loanwords (`sandbox`, `ê-kíp`), which a capital at a sentence start does not make names.
  var writtenLower: Set<[UInt16]> = []

  /// Adds the capitalised words of a sentence that are not at its start to `capitalisedInside`.
  mutating func learnCapitals(_ units: UnsafeBufferPointer<UInt16>) {
    split(units)
    for index in words.indices
    where words[index].lowerFirst && (words[index].hyphenated || !isVietnameseSyllable(units, index)) {
      writtenLower.insert(lowered(units, index, 1))
    }
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
  var key: [UInt16] = []

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
      // A byline or a credit in capitals: `NGỌC AN`, `PHAN HẬU - XUÂN THỦY`, `Ảnh: NHƯ HÙNG`.
      if word.acronym, index == 0 || creditBefore(units, index), let names = capitalsByline(units, from: index) {
        for name in names { spans.append(span(name.lowerBound, name.upperBound, .name)) }
        index = words.count
        continue
      }
      // A heading in capitals names nothing: `TIN LIÊN QUAN`, `KẾT QUẢ`.
      if word.acronym, index == 0, capitalsHeading(units) { break }
      if word.acronym {
        // Currency codes and units are measures (`1,5 tỷ USD`, `256 GB`), not names; acronyms of common
        // nouns (`BTC`, ban tổ chức; `HĐXX`, hội đồng xét xử) are not names either.
        if isMeasure(units, index) || CandidateLexicon.commonAcronymKeys.contains(lowered(units, index, 1)) {
          index += 1
          continue
        }
        // A state body's acronym takes a place after its unit word: `UBND xã Tân Lập`, `TAND tỉnh Bắc Ninh`.
        if CandidateLexicon.designatedBodyAcronymKeys.contains(lowered(units, index, 1)),
          let end = designatedPlaceEnd(units, at: index + 1)
        {
          spans.append(span(index, end, .institution))
          index = end
          continue
        }
        // A club named by its sport and place: `CLB Điền kinh Lạng Sơn`, `CLB Bóng đá Hà Nội`.
        if lowered(units, index, 1) == Self.clb, index + 1 < count, words[index + 1].joined,
          startsFieldWord(units, at: index + 1)
        {
          let (end, named) = absorbName(units, from: index + 1, headInitial: false)
          if named {
            spans.append(span(index, end, .institution))
            index = end
            continue
          }
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
        // Initials before a foreign surname make one name with it: `J.P. Morgan`.
        if isDottedInitials(units, index), index + 1 < count, words[index + 1].start == word.end + 2,
          units[word.end + 1] == 0x20, words[index + 1].capitalised, !isVietnameseSyllable(units, index + 1)
        {
          let end = runEnd(units, from: index + 1)
          spans.append(CandidateSpan(range: word.start..<words[end - 1].end, kind: .name))
          index = end
          continue
        }
        // A person's initials keep their last period: `N.V.T.`, `T.V.K.`.
        if isDottedInitials(units, index) {
          spans.append(CandidateSpan(range: word.start..<(word.end + 1), kind: .name))
          index += 1
          continue
        }
        // A model's variant after its dashed code: `PAC-3 MSE`, `IRIS-T SLM`.
        if word.hyphenated, units[word.start + 1] != 0x2D, index + 1 < count, words[index + 1].joined,
          words[index + 1].acronym,
          words[index + 1].end - words[index + 1].start <= 4, !words[index + 1].hyphenated,
          !isMeasure(units, index + 1), !CandidateLexicon.standaloneAcronymKeys.contains(lowered(units, index + 1, 1)),
          !CandidateLexicon.commonAcronymKeys.contains(lowered(units, index + 1, 1))
        {
          spans.append(span(index, index + 2, .name))
          index += 2
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
      // A foreign surname that opens with its particle, after a word for a person: `bà von der Leyen`, `ông
      // de los Reyes`.
      if word.lowerFirst, afterPersonNoun(units, index), let next = particleEnd(units, at: index),
        !isVietnameseSyllable(units, next - 1)
      {
        let end = runEnd(units, from: next - 1)
        spans.append(span(index, end, .name))
        index = end
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
      // `Căn cứ` (pursuant to) opening a sentence before a document is no military base: `Căn cứ Luật …`.
      if word.initial, index + 2 < count, words[index + 2].joined, words[index + 2].capitalised,
        lowered(units, index, 2) == Self.cănCứ,
        CandidateLexicon.lawKeys.contains(lowered(units, index + 2, 1))
          || index + 3 < count && CandidateLexicon.documentKeys.contains(lowered(units, index + 2, 2))
      {
        index += 2
        continue
      }
      // A year named after what it celebrates, with its number: `Năm Du lịch Hải Phòng 2027`, `Năm APEC 2027`.
      if let end = namedYearEnd(units, at: index) {
        spans.append(span(index, end, .institution))
        index = end
        continue
      }
      // A delegation of deputies named with their acronym, and its place: `Đoàn ĐBQH tỉnh An Giang`.
      if index + 1 < count, words[index + 1].joined, lowered(units, index, 2) == CandidateLexicon.đoànĐBQH {
        let end = designatedPlaceEnd(units, at: index + 2) ?? index + 2
        spans.append(span(index, end, .institution))
        index = end
        continue
      }
      // A place whose first syllable is a head's is a place's name (`Trường Sơn`, `Trường Sa`); as is a
      // country's (`Đài Loan`), which `phrase` knows itself.
      if let (length, phrase) = phrase(units, at: index),
        phrase == nil || placeLength(units, at: index, within: count).map({ $0 < 2 }) ?? true
      {
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
        // A title ending in a body's head, before a place after its unit word, is the title and the body:
        // `Phó Trưởng` + `Công an phường Cầu Giấy`.
        if phrase.kind == .title, length >= 3,
          CandidateLexicon.phrases[lowered(units, end - 2, 2)]?.kind == .institution,
          let placeEnd = designatedPlaceEnd(units, at: end)
        {
          spans.append(span(index, end - 2, .title))
          spans.append(span(end - 2, placeEnd, .institution))
          index = placeEnd
          continue
        }
        switch phrase.absorbs {
        case .nothing:
          if phrase.kind == .institution, let branch = regionalBranch(units, at: end) {
            end = branch
          } else if phrase.kind == .institution, let country = countryLength(units, at: end) {
            // A state's body of a named country: `Quốc hội Nhật Bản`, `Chính phủ Anh`.
            end += country
          }
        case .field: end = absorbField(units, from: end)
        case .name, .work:
          let named: Bool
          // A military unit is named by its number even at a sentence start (`Sư đoàn 312 …`).
          let numbered = CandidateLexicon.numberedUnitKeys.contains(lowered(units, index, length))
          // A law's title is its words in lower case up to where it visibly ends: `Luật Thuế thu nhập cá
          // nhân`, `Luật Phòng, chống thiên tai`.
          if CandidateLexicon.lawHeadKeys.contains(lowered(units, index, length)),
            let title = lawTitleEnd(units, from: end)
          {
            (end, named) = (title, true)
          } else if !word.initial, CandidateLexicon.aboutHeadKeys.contains(lowered(units, index, length)),
            let title = aboutTitleEnd(units, from: end)
          {
            // What a document or a meeting is about: `Bản ghi nhớ về hợp tác giáo dục`.
            (end, named) = (title, true)
          } else {
            (end, named) = absorbName(
              units, from: end, headInitial: word.initial && !numbered, work: phrase.absorbs == .work)
          }
          // A meeting or a programme named by an acronym alone is that acronym's (`Hội nghị OECD` is
          // OECD's meeting), and so is a bloc (`Khối EU`): the head is a common noun.
          if phrase.absorbs == .work || lowered(units, index, length) == Self.khối, end == index + length + 1,
            words[index + length].acronym
          {
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
        // A foreign person's name after the body's goes on through its particles, to be cut off below:
        // `Ngân hàng Trung ương Brazil Gabriel da Cunha Lemos`.
        if phrase.kind == .institution, end > index + length, words[end - 1].capitalised,
          !isVietnameseSyllable(units, end - 1)
        {
          while end < words.count, words[end].lowerFirst, let next = particleEnd(units, at: end) {
            end = next
            while end < words.count, words[end].joined, words[end].capitalised, !isVietnameseSyllable(units, end) {
              end += 1
            }
          }
        }
        // A person's name after the institution is cut off: after a title (`Bộ trưởng Bộ Công an Tô Lâm`)
        // or of three words; two words with no title end the institution's own name (`Công ty Cổ phần
        // Địa ốc Hoàng Phát`), and so do three after a legal form (`Công ty Cổ phần Chứng khoán Kim Thành
        // Đạt`: a company is named by its brand).
        let titled =
          index > 0 && word.joined
          && spans.last.map { $0.kind == .title && $0.range.upperBound == words[index - 1].end } == true
        // A foreign person after the body's name: `Liên đoàn Arab Ahmed Abou el-Nour`, `Thượng viện Thomas
        // Whitcomb` (a body named alone), not `Đại học Thomas Jefferson`.
        let namedAlone = CandidateLexicon.namedAloneKeys.contains(lowered(units, index, length))
        if phrase.kind == .institution,
          let cut = givenNameCut(units, from: index + length, to: end, prefix: namedAlone ? 0 : 1, afterHead: true)
        {
          spans.append(span(index, cut, .institution))
          emitName(units, from: cut, to: end, initial: false, into: &spans)
        } else if phrase.kind == .institution, personAfterStateBody(units, head: index..<(index + length), to: end) {
          // The head is the common noun before a person's name: `Giám đốc Sở Nguyễn Phi Thường`.
          emitName(units, from: index + length, to: end, initial: false, into: &spans)
        } else if phrase.kind == .institution || phrase.kind == .name,
          let cut = surnameCut(units, from: index + length, to: end).flatMap({
            phrase.kind == .institution && (titled || end - $0 >= 3 && !hasLegalForm(units, index + length..<$0))
              ? $0 : nil
          })
            ?? countryCut(units, from: index + length, to: end)
        {
          // A state's form and its country before a person: `Cộng hòa Uzbekistan` + `Bakhtiyor Rakhimov`.
          spans.append(span(index, cut, phrase.kind))
          emitName(units, from: cut, to: end, initial: false, into: &spans)
        } else {
          // A place after its unit word belongs to the body (`Công an tỉnh Đồng Nai`); a police unit takes
          // the force it belongs to, with its place (`Phòng Cảnh sát giao thông Công an TP Hà Nội`).
          if phrase.kind == .institution {
            end =
              designatedPlaceEnd(units, at: end)
              ?? policeForceEnd(units, unit: index..<(index + length), at: end)
              ?? bareLevelEnd(units, from: index, head: length, at: end)
              ?? reachedTailEnd(units, from: index, head: length, at: end) ?? end
          }
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
      // An initial alone names the person whose name ends in it elsewhere in the document (`T.` after
      // `Lương Văn T.`; `seen` keeps such an initial with its period); a word for a person before it makes
      // it a name anyway (`bà H.`, below).
      if end == index + 1, isInitial(units, index), !afterPersonNoun(units, index) {
        deferred(
          CandidateSpan(range: word.start..<(word.end + 1), kind: .name), Array(units[word.start..<(word.end + 1)]))
        index = end
        continue
      }
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
      // … or before its sources in brackets: `Như Tâm (Theo Reuters, AFP)`.
      let endsLine = end == count && words[count - 1].end == units.count || sourcesInBrackets(units, from: end)
      let byline =
        end - index >= 2 && end - index <= 4
        && (endsLine && (index == 0 || creditBefore(units, index)) || bylinePair(units, index, end))
        && (!FunctionWords.keys.contains(lowered(units, index, 1))
          || CandidateLexicon.givenNameFunctionWordKeys.contains(lowered(units, index, 1)))
      if word.initial, !byline {
        if CandidateLexicon.starterKeys.contains(lowered(units, index, 1)) || commonWordBeforeName(units, index, end) {
          first += 1
        } else if end - index == 1 && !word.innerCapital
          && (!word.hyphenated && startsCompound(units, at: index, evenCountry: true)
            || writtenLower.contains(lowered(units, index, 1))
              && !capitalisedInside.contains(lowered(units, index, 1)))
        {
          // A common word opening the sentence (`Lực lượng …`, `Ý kiến …`), even if a name ends with it
          // elsewhere; or a loanword the document writes in lower case elsewhere (`Sandbox là …`).
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
      // After a title or a word for a person's role, a name the document uses alone before a person's
      // (`Chủ tịch Fed Jerome Powell`, `Giám đốc Orion Robotics Peter Clark` after `Orion Robotics (Mỹ)`,
      // `quan chức Hamas Bassem al-Najjar`).
      if first < end, end - first >= 3, words[first + 1].capitalised, first > 0, words[first].joined,
        spans.last.map({ $0.kind == .title && $0.range.upperBound == words[first - 1].end }) == true
          || afterRoleNoun(units, first),
        let length = nameBeforePerson(units, from: first, to: end)
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
  static let tp = Array("tp".utf16)
  static let tỉnh = Array("tỉnh".utf16)
  static let việtNam = Array("việt nam".utf16)
  static let khối = Array("khối".utf16)
  static let clb = Array("clb".utf16)
  static let đoàn = Array("đoàn".utf16)
  static let thànhPhố = Array("thành phố".utf16)
  static let nhânDân = Array("nhân dân".utf16)
  static let cănCứ = Array("căn cứ".utf16)
  static let quốcGia = Array("quốc gia".utf16)
  static let vùng = Array("vùng".utf16)
  static let thếGiới = Array("thế giới".utf16)
  static let phíaNam = Array("phía nam".utf16)
  static let phíaBắc = Array("phía bắc".utf16)
  static let hồChíMinh = Array("hồ chí minh".utf16)

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

  func span(_ first: Int, _ end: Int, _ kind: CandidateKind) -> CandidateSpan {
    let period = end - 1 > first && words[end - 1].abbreviatedForm ? 1 : 0
    return CandidateSpan(range: words[first].start..<(words[end - 1].end + period), kind: kind)
  }

  /// Emits the name run `words[first..<end]`, split after a leading country and before a surname.
  mutating func emitName(
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
    // A foreign person after an organisation's or a country's name: `Hamas Khalil Abu Samra`.
    if let cut = givenNameCut(units, from: start, to: end, prefix: 1) {
      emitName(units, from: start, to: cut, initial: initial, into: &spans)
      start = cut
    }
    // `Tiếng` (language) before a country's name names the language by the country: `môn Tiếng Anh`.
    if end - start >= 2, lowered(units, start, 1) == CandidateLexicon.tiếng, placeRuns(units, from: start + 1, to: end)
    {
      start += 1
    }
    // `Đoàn` before a country alone is its delegation, a common noun: `Đoàn Việt Nam giành 4 HCV`.
    if end - start >= 2, lowered(units, start, 1) == Self.đoàn,
      CandidateLexicon.countryKeys.contains(lowered(units, start + 1, end - start - 1))
    {
      start += 1
    }
    // After a word for a person the run is that person's name, a country's word and all (`ông Jordan
    // Whitfield`).
    if end - start >= 2, !(start == first && afterPersonNoun(units, start)) {
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
    // After a word for a person the run is that person's name, whatever its syllables (`ông Lâm Hoàng Phúc`).
    if !(start == first && end - start <= 4 && afterPersonNoun(units, start)),
      let cut = surnameCut(units, from: start, to: end)
    {
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
    // A Vietnamese name ending in an initial keeps its period: `Trần Văn H.`; not a league (`Serie A.`).
    if end - start >= 2,
      isInitial(units, end - 1) || words[end - 1].end - words[end - 1].start >= 3 && isDottedInitials(units, end - 1),
      (start..<(end - 1)).allSatisfy({ isVietnameseSyllable(units, $0) })
    {
      name.range = name.range.lowerBound..<(name.range.upperBound + 1)
      seen.insert(Array(units[words[end - 1].start..<(words[end - 1].end + 1)]))
    }
    // A region: `châu Á`, `phương Tây`, `miền Trung`.
    if precededByRegion(units, start), (spans.last?.range.upperBound ?? 0) <= words[start - 1].start {
      name.range = words[start - 1].start..<name.range.upperBound
    }
    spans.append(name)
  }

  /// The end of the name run starting at the capitalised `words[index]`.
  ///
  /// That is capitalised words separated by spaces, lower-case particles between them (`Jean de la Fontaine`, `Bank of China`), and after a
  /// foreign name or a model code its number or acronym (`Dow Jones 30`, `iPhone 16 Pro Max`, `Galaxy
  /// S24 FE`, `Sport TV`). It ends before a head that starts a name of its own (`Hà Nội Sở Y tế`) and
  /// before a function word that opens a clause (`Samsung Nhưng giá …`); a qualifier's lower-case second
  /// syllable ends it (`Duma Quốc gia`).
  mutating func runEnd(_ units: UnsafeBufferPointer<UInt16>, from index: Int) -> Int {
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
        || (words[end - 1].abbreviatedForm && words[end].abbreviatedForm
          && words[end].start == words[end - 1].end + 3 && units[words[end - 1].end + 1] == 0x2C)
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
        // `Tết Trung thu`; not `Lê Văn Vinh dự`, `Trung Quốc phòng`. A qualifier may still follow,
        // written with capitals or, for a contest's reach, in lower case: `Olympic Toán học Quốc tế`,
        // `Olympic Vật lý quốc tế`.
        end += 1
        if end + 1 < count, words[end].joined, words[end + 1].joined, words[end + 1].lowerFirst,
          words[end].capitalised && CandidateLexicon.tails[lowered(units, end, 2)] == .qualifier
            || words[end].lowerFirst && CandidateLexicon.reachKeys.contains(lowered(units, end, 2))
        {
          end += 2
        }
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
      } else if words[end].acronym, words[end].end - words[end].start >= 3, isDottedInitials(units, end),
        CandidateLexicon.surnameKeys.contains(lowered(units, index, 1))
      {
        // A Vietnamese name that ends in initials: `Phan Thị H.N.`.
        end += 1
        break
      } else if isRomanNumeral(units, end) {
        // A monarch's or a pope's numeral: `Charles III`, `Leo XIV`.
        end += 1
        break
      } else if numberedPlace(units, run: index..<end) {
        // A place or a plant numbered in a series: `phường Móng Cái 1`, `Nhơn Trạch 3 và Nhơn Trạch 4`.
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

  /// Whether `letters` (I, V and X only) are a Roman numeral up to 39 as numerals are written.
  ///
  /// Tens, then `IX`, `IV` or an optional `V` and up to three `I` (`XXIV`, `IX`; not `VIX`, `IIV`).
  /// `isRomanNumeral(_:_:)` asks the looser question of a word in a name (any of I, V, X, L, C).
  static func isCanonicalRomanNumeral(_ letters: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
    let i: UInt16 = 0x49
    let v: UInt16 = 0x56
    let x: UInt16 = 0x58
    var rest = letters[...]
    var tens = 0
    while rest.first == x, tens < 3 {
      rest = rest.dropFirst()
      tens += 1
    }
    if rest.count == 2, rest.first == i, rest.last == x || rest.last == v { return true }
    if rest.first == v { rest = rest.dropFirst() }
    return rest.count <= 3 && rest.allSatisfy { $0 == i }
  }

  static func isOpeningQuote(_ unit: UInt16) -> Bool { unit == 0x201C || unit == 0x22 || unit == 0xAB }
  static func isClosingQuote(_ unit: UInt16) -> Bool { unit == 0x201D || unit == 0x22 || unit == 0xBB }

  /// What separates `words[index]` from the word before it.
  func gap(_ units: UnsafeBufferPointer<UInt16>, before index: Int) -> Gap {
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

  /// The lower-case units of `words[index..<index + count]`, one space between words.
  mutating func lowered(_ units: UnsafeBufferPointer<UInt16>, _ index: Int, _ count: Int) -> [UInt16] {
    key.removeAll(keepingCapacity: true)
    for position in index..<(index + count) {
      if position > index { key.append(0x20) }
      appendLowered(units, position)
    }
    return key
  }

  /// Appends the lower-case units of `words[index]` to `key`.
  mutating func appendLowered(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) {
    for offset in words[index].start..<words[index].end { key.append(tables.lowercase(units[offset])) }
  }

  /// Whether `word` is `Online`, which outlets' names end in (`QĐND Online`, `HQ Online`).
  func isOnline(_ units: UnsafeBufferPointer<UInt16>, _ word: Word) -> Bool {
    word.end - word.start == 6
      && zip(units[word.start..<word.end], "online".utf16).allSatisfy { tables.lowercase($0) == $1 }
  }

  /// Splits a sentence into words.
  mutating func split(_ units: UnsafeBufferPointer<UInt16>) {
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
        } else if joiner == 0x3A {
          // A standard's year after its number: `ISO 9001:2015`, `QCVN 05:2023/BTNMT`; not a time or a score.
          guard tables.isDigit(before), position + 4 < count || position + 4 == count,
            (position + 1...position + 4).allSatisfy({ $0 < count && tables.isDigit(units[$0]) }),
            position + 5 >= count || !tables.isDigit(units[position + 5]),
            units[position + 1] == 0x31 && units[position + 2] == 0x39
              || units[position + 1] == 0x32 && units[position + 2] == 0x30
          else { break }
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
      var afterParenthesis = false
      // After an outlet's dateline (`TTO - `, `(NLĐO) - `, `QĐND Online - `) the article starts.
      let dateline =
        words.count <= 3
        && (units[0] == 0x28 || words.allSatisfy(\.acronym)
          || words.count >= 2 && words.dropLast().allSatisfy(\.acronym) && isOnline(units, words[words.count - 1]))
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
        if unit == 0x28 { afterParenthesis = true }
      }
      // Roman numerals (`quý III`, `Chiến tranh thế giới II`) are not acronyms, nor is a document's
      // number (`15/QĐ-UBND`): an acronym starts with a letter.
      // Only a numeral written as numerals are (`XIV`, `IX`), not a ticker of their letters (`VIX`).
      if roman, !Self.isCanonicalRomanNumeral(units[start..<position]) { roman = false }
      let acronym = upper >= 2 && lower == 0 && !roman && !tables.isDigit(units[start])
      // A lower-case brand (`iPhone`, `eBay`), or one that starts with a number and a lower-case letter
      // (`3uTools`), is read as a capitalised word.
      // So is a brand written all in lower case (`vivo X300`, `realme`).
      var brand = upper >= 1 && tables.isLower(units[start])
      if upper == 0, position - start <= 6 {
        // Looked up in the reused key buffer: no allocation for every lower-case word.
        key.removeAll(keepingCapacity: true)
        key.append(contentsOf: units[start..<position])
        brand = CandidateLexicon.lowerCaseBrandKeys.contains(key)
      }
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
      if position < count, units[position] == 0x2E, words[words.count - 1].capitalised,
        CandidateLexicon.abbreviatedFormKeys.contains(lowered(units, words.count - 1, 1))
      {
        words[words.count - 1].abbreviatedForm = true
      }
      // A function word opening a bracket opens a clause there: `(Theo Reuters, AP)`.
      if afterParenthesis, FunctionWords.keys.contains(lowered(units, words.count - 1, 1)) {
        words[words.count - 1].initial = true
      }
      previousEnd = position
    }
  }
}
