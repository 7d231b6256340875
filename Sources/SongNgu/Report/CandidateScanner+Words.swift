/// The shape of one word or a few: numbers, scores, versions, codes, model numbers, acronyms and
/// measures, Roman numerals, Vietnamese syllables and common words, quoted titles of works.
extension CandidateScanner {
  /// Whether the capitalised `words[index]` is a part of a legal text before its number (`Điều 174`).
  mutating func isArticleNumber(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    index + 1 < words.count && words[index + 1].joined && isNumber(units, index + 1)
      && CandidateLexicon.articleWordKeys.contains(lowered(units, index, 1))
  }

  /// The end of a capitalised two-syllable common word inside a sentence and the number that makes it a
  /// name (`Vành đai 3`, `Giao hưởng số 7`), or nil: the number has at most three digits and counts
  /// nothing (`Hợp xướng 40 người`).
  mutating func numberedCommonWord(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard index + 2 < words.count, isCommonWord(units, index) else { return nil }
    var number = index + 2
    if words[number].joined, words[number].lowerFirst, lowered(units, number, 1) == Self.số { number += 1 }
    guard number < words.count, words[number].joined else { return nil }
    // Or a code of digits and one capital: `Quốc lộ 61C`, `Chuyên án 1125L`.
    if isNumberedCode(units, number) { return number + 1 }
    guard isNumber(units, number), words[number].end - words[number].start <= 3 else { return nil }
    return quantityFollows(units, after: number) ? nil : number + 1
  }

  /// The end of a year named after what it celebrates at `words[index]`, or nil: `Năm` capitalised inside
  /// a sentence, one to four capitalised words or acronyms, and the year's number (`Năm Du lịch Hải Phòng
  /// 2027`, `Năm APEC 2027`); not a syllable of a name (`Năm Căn`, `Trần Thị Năm`).
  mutating func namedYearEnd(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard !words[index].initial, words[index].capitalised, lowered(units, index, 1) == CandidateLexicon.năm,
      index == 0 || !words[index - 1].joined || !words[index - 1].capitalised
    else { return nil }
    var end = index + 1
    while end < words.count, end - index <= 4, words[end].joined,
      words[end].capitalised || words[end].acronym
        || words[end].lowerFirst && words[end - 1].capitalised && isCommonWord(units, end - 1)
    {
      end += 1
    }
    guard end > index + 1, end < words.count, words[end].joined, isNumber(units, end),
      words[end].end - words[end].start == 4
    else { return nil }
    return end + 1
  }

  /// Whether `words[index]` is one to four digits and one capital letter: `61C`, `1125L`.
  func isNumberedCode(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    let length = word.end - word.start
    return length >= 2 && length <= 5 && tables.isUpper(units[word.end - 1])
      && (word.start..<(word.end - 1)).allSatisfy { tables.isDigit(units[$0]) }
  }

  /// Whether a unit, a currency or a count noun follows the number `words[index]`: it is a measure or a
  /// count then (`256 GB`, `6.7 inch`, `2 điểm`), no part of a name.
  mutating func quantityFollows(_ units: UnsafeBufferPointer<UInt16>, after index: Int) -> Bool {
    let next = index + 1
    guard next < words.count, words[next].joined else { return false }
    return isMeasure(units, next)
      || (words[next].lowerFirst && CandidateLexicon.countNounKeys.contains(lowered(units, next, 1)))
  }

  /// Whether the capitalised words from `words[index]` after a dash continue an institution's name
  /// (`Trường THPT chuyên Hà Nội - Amsterdam`, `Trường Đại học Việt - Đức`): one to three words, no
  /// head, no province (a route or a match: `Công an Hà Nội - Hải Phòng`), where the name visibly ends.
  mutating func dashedName(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard words[index].capitalised, phrase(units, at: index) == nil else { return false }
    var end = index + 1
    while end < words.count, end < index + 3, words[end].joined, words[end].capitalised { end += 1 }
    // A field whose second syllable is in lower case: `Khoa Thận - Lọc máu`, `Khoa Ngoại Thận - Tiết niệu`.
    if end < words.count, words[end].joined, words[end].lowerFirst,
      isCommonWord(units, end - 1) || CandidateLexicon.tails[lowered(units, end - 1, 2)] != nil
    {
      end += 1
    }
    guard nameEnds(units, at: end) || isStop(units, end) else { return false }
    // A province is another name (`Công an Hà Nội - Hải Phòng`), unless the body's acronym in brackets
    // follows, naming the whole (`Ngân hàng TMCP Sài Gòn - Hà Nội (SHB)`).
    return !CandidateLexicon.provinceKeys.contains(lowered(units, index, end - index))
      || (end < words.count && isBracketedAcronym(units, end))
  }

  /// Whether `words[index]` is an acronym or a code right inside brackets that open after a space: `(SHB)`.
  func isBracketedAcronym(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    guard index > 0, word.start >= 2, word.end < units.count else { return false }
    return (word.acronym || word.capitalised && !word.hyphenated && isCode(units, index))
      && units[word.start - 1] == 0x28 && units[word.start - 2] == 0x20 && units[word.end] == 0x29
  }

  /// The end of a work's title in quotation marks that starts at `words[index]`, or nil.
  ///
  /// The title runs to the closing quote, at most sixteen words with no sentence punctuation, and is a
  /// work's when its opening quote follows a word for a kind of work (`phim`, `ca khúc`, `hội thảo`,
  /// `chương trình`), or such a word and its modifier (`truyện ngắn`, `album đầu tay`, `phim tài liệu`),
  /// when a year in brackets follows it (`"Cổng làng" (2021)`), or when a comma or `và` joins it to
  /// another work's title (`"Kinh đô và nghi lễ", "Gốm sứ cung đình" và "Thần linh trên đất tháp"`).
  mutating func quotedWork(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard index > 0, words[index].initial, let end = quoteEnd(units, from: index) else { return nil }
    return yearInBrackets(units, after: words[end - 1].end + 1) || opensWork(units, at: index, depth: 0)
      || quotedTitle(units, from: index, to: end) ? end : nil
  }

  /// Whether the words quoted from `words[index]` to `end` read as a title, whatever its kind (`bài "Mời
  /// trầu"`, `thuộc về "Người gác hải đăng"`, `bản song ca "Sài Gòn đêm không ngủ"`): at most eight
  /// words with no punctuation, the quote opening inside a sentence after a lower-case word or a bracket
  /// (or after a colon when more quoted titles follow),
  /// not after a word of saying, a crime or a rating (`về tội "Lừa đảo…"`, `triển vọng "Ổn định"`), and
  /// not opening like speech (`"Chúng tôi…"`); after `và` or a comma, as the title before it is.
  private mutating func quotedTitle(_ units: UnsafeBufferPointer<UInt16>, from index: Int, to end: Int) -> Bool {
    let opening = words[index].start - 1
    // A quote that opens the sentence, whatever comes before it (`— "…"`), is no title of this kind.
    guard index > 0, end - index <= 8, opening >= 2,
      !CandidateLexicon.speechOpenerKeys.contains(lowered(units, index, 1))
    else { return false }
    if units[opening - 1] == 0x28 { return true }
    // After a colon, a list of quoted titles: `ba phần: "Kinh đô và nghi lễ", "Gốm sứ cung đình" và "…"`.
    if units[opening - 2] == 0x3A, tables.isSpace(units[opening - 1]) { return quotedListFollows(units, after: end) }
    let previous = index - 1
    guard tables.isSpace(units[opening - 1]), words[previous].end == opening - 1, words[previous].lowerFirst else {
      return false
    }
    // After `và` the title before decides (`"Tổ chức đánh bạc" và "Rửa tiền"`, crimes' names both).
    let key = lowered(units, previous, 1)
    return key != Self.và && !CandidateLexicon.notTitleBeforeQuoteKeys.contains(key)
  }

  /// The end of the words quoted from `words[index]`, right after an opening quote, to the closing quote.
  private func quoteEnd(_ units: UnsafeBufferPointer<UInt16>, from index: Int) -> Int? {
    let opening = words[index].start - 1
    guard opening >= 0, Self.isOpeningQuote(units[opening]) else { return nil }
    var end = index + 1
    // A dash may join its words: `"Đường 9 - khúc khải hoàn mùa xuân 1971"`.
    while end < words.count, end < index + 16, words[end].joined || gap(units, before: end) == .dash { end += 1 }
    let close = words[end - 1].end
    guard close < units.count, Self.isClosingQuote(units[close]) else { return nil }
    return end
  }

  /// Whether another quotation follows the one that closes after `words[end - 1]`, joined by a comma or
  /// `và`: `"…", "…"`, `"…" và "…"`.
  private mutating func quotedListFollows(_ units: UnsafeBufferPointer<UInt16>, after end: Int) -> Bool {
    var position = words[end - 1].end + 1
    if position < units.count, units[position] == 0x2C { position += 1 }
    guard position + 1 < units.count, tables.isSpace(units[position]) else { return false }
    if Self.isOpeningQuote(units[position + 1]) { return units[position - 1] == 0x2C }
    return end < words.count && words[end].start == position + 1 && lowered(units, end, 1) == Self.và
      && words[end].end + 1 < units.count && Self.isOpeningQuote(units[words[end].end + 1])
  }

  /// Whether ` (2021)` stands at `position`: a year in brackets after a title.
  private func yearInBrackets(_ units: UnsafeBufferPointer<UInt16>, after position: Int) -> Bool {
    guard position + 7 <= units.count, units[position] == 0x20, units[position + 1] == 0x28,
      units[position + 6] == 0x29
    else { return false }
    return (position + 2..<position + 6).allSatisfy { tables.isDigit(units[$0]) }
  }

  /// Whether the quote that opens before `words[index]` opens a work's title by what comes before it:
  /// a word for a kind of work, or another work's title joined by a comma or `và`.
  private mutating func opensWork(_ units: UnsafeBufferPointer<UInt16>, at index: Int, depth: Int) -> Bool {
    let opening = words[index].start - 1
    guard index > 0, opening >= 2, tables.isSpace(units[opening - 1]) else { return false }
    let previous = index - 1
    var close = opening - 2
    if words[previous].end == opening - 1 {
      let key = lowered(units, previous, 1)
      if CandidateLexicon.workNounKeys.contains(key) { return true }
      // Past at most two words of a modifier: `truyện ngắn`, `phim tài liệu`, `album đầu tay`.
      var noun = previous
      while noun > max(0, previous - 2), words[noun].joined,
        CandidateLexicon.workModifierKeys.contains(lowered(units, noun, 1))
      {
        noun -= 1
        if CandidateLexicon.workNounKeys.contains(lowered(units, noun, 1)) { return true }
      }
      // `"…" và "…"`: the title before `và`.
      guard key == Self.và, words[previous].start >= 2, tables.isSpace(units[words[previous].start - 1]) else {
        return false
      }
      close = words[previous].start - 2
    } else if units[close] != 0x2C {
      return false
    } else {
      // `"…", "…"`: the title before the comma.
      close -= 1
    }
    // Past the brackets after the title before: `"Cổng làng" (2021) và …`, `"…" (đạo diễn …) và …`.
    if units[close] == 0x29, let open = (max(1, close - 80)..<close).last(where: { units[$0] == 0x28 }),
      tables.isSpace(units[open - 1])
    {
      close = open - 2
    }
    guard depth < 4, close > 0, Self.isClosingQuote(units[close]),
      let last = (0...previous).last(where: { words[$0].end == close }),
      let first = (0...last).last(where: { $0 == 0 || !words[$0].joined }),
      quoteEnd(units, from: first) == last + 1, words[first].initial
    else { return false }
    return yearInBrackets(units, after: close + 1) || opensWork(units, at: first, depth: depth + 1)
      || quotedTitle(units, from: first, to: last + 1)
  }

  /// Whether `words[index]` is a measure: a currency code anywhere (`tỷ USD`, `đồng USD`), a unit in
  /// mixed case (`mỗi kWh`), a unit in capitals after a number or a slash (`256 GB`; not the bank `MB`).
  mutating func isMeasure(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let key = lowered(units, index, 1)
    // A currency code anywhere, but not one before a number with none before it: that is a grade (`RON 95`).
    if CandidateLexicon.currencyKeys.contains(key) {
      let numberBefore =
        index > 0 && words[index].joined
        && (tables.isDigit(units[words[index - 1].start])
          || CandidateLexicon.numberWordKeys.contains(lowered(units, index - 1, 1)))
      guard index + 1 < words.count, words[index + 1].joined, isNumber(units, index + 1) else {
        return numberBefore || CandidateLexicon.quotedCurrencyKeys.contains(key)
      }
      return numberBefore
    }
    guard CandidateLexicon.unitKeys.contains(key) else { return false }
    // Written in mixed case it is only a unit (`mỗi kWh`); in capitals it may be a name.
    if !words[index].acronym { return true }
    guard index > 0 else { return false }
    let start = words[index].start
    if words[index].joined, index >= 2, words[index - 1].joined,
      CandidateLexicon.numberWordKeys.contains(lowered(units, index - 1, 1)),
      tables.isDigit(units[words[index - 2].start])
    {
      return true
    }
    return (words[index].joined && tables.isDigit(units[words[index - 1].start])) || units[start - 1] == 0x2F
  }

  /// Whether the acronym `words[index]` and the number after it make one name.
  ///
  /// That is an index or a grade (`S&P 500`, `FTSE 100`, `RON 95`). The number has at most four digits and is no year, decimal or
  /// count (`EU 27 nước`, `UBND 3 xã`), and the acronym is no place's, body's or title's.
  mutating func numberedAcronym(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    // A standard's number and year: `ISO 9001:2015`, `QCVN 05:2023/BTNMT`.
    if index + 1 < words.count, words[index + 1].joined, tables.isDigit(units[words[index + 1].start]),
      (words[index + 1].start..<words[index + 1].end).contains(where: { units[$0] == 0x3A })
    {
      return true
    }
    // A grade and its emission level: `RON 95-III`.
    if index + 1 < words.count, words[index + 1].joined, words[index + 1].hyphenated,
      let dash = (words[index + 1].start..<words[index + 1].end).first(where: { units[$0] == 0x2D }),
      dash > words[index + 1].start, (words[index + 1].start..<dash).allSatisfy({ tables.isDigit(units[$0]) }),
      dash + 1 < words[index + 1].end,
      Self.isCanonicalRomanNumeral(units[(dash + 1)..<words[index + 1].end])
    {
      return true
    }
    guard index + 1 < words.count, words[index + 1].joined, isNumber(units, index + 1),
      !CandidateLexicon.standaloneAcronymKeys.contains(lowered(units, index, 1))
    else { return false }
    let number = words[index + 1]
    // A standard's number alone, up to five digits: `ISO 14064`, `TCVN 5574`.
    if CandidateLexicon.standardKeys.contains(lowered(units, index, 1)), number.end - number.start <= 5,
      (number.start..<number.end).allSatisfy({ tables.isDigit(units[$0]) })
    {
      return true
    }
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

  /// Whether the number or acronym `words[index]` continues the name run `words[run]`: a number of at
  /// most four digits or an acronym (no measure, title or place) after a run that reads as foreign or
  /// holds a model code (`Dow Jones 30`, `Xiaomi 14`, `Galaxy S24 FE`), or a name noun acronym after any
  /// name (`Hà Nội FC`).
  mutating func modelContinues(_ units: UnsafeBufferPointer<UInt16>, run: Range<Int>, at index: Int) -> Bool {
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
    } else if (word.start..<word.end).contains(where: { units[$0] == 0x3A }) {
      // A standard's number and year (the only words with a colon): `ISO 9001:2015`, `QCVN 05:2023/BTNMT`.
      return true
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
      // A year is an edition, not part of the name (`World Cup 2026`); a number below 1800 is a model's
      // (`Garmin Edge 1050`, `Liebherr LR 1600`).
      if word.end - word.start == 4,
        units[word.start] == 0x32
          || units[word.start] == 0x31 && (units[word.start + 1] == 0x38 || units[word.start + 1] == 0x39)
      {
        return false
      }
      // Not a decimal (`14,5`) or a thousand (`1.200`), nor a percentage (`Ocampo 28%`).
      if word.end + 1 < units.count, units[word.end] == 0x2C || units[word.end] == 0x2E,
        tables.isDigit(units[word.end + 1])
      {
        return false
      }
      if word.end < units.count, units[word.end] == 0x25 { return false }
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
  /// `words[run]` inside a sentence (`Lúa HQ`): no country, surname, language or common acronym, and nothing
  /// capitalised after the acronym (`Nga NATO`, `Lâm` before a person's name stay apart).
  mutating func brandBeforeAcronym(
    _ units: UnsafeBufferPointer<UInt16>, run: Range<Int>, at index: Int
  ) -> Bool {
    let first = run.lowerBound
    guard run.count == 1, !words[first].initial, !words[first].hyphenated, !words[first].innerCapital,
      isVietnameseSyllable(units, first), !CandidateLexicon.commonAcronymKeys.contains(lowered(units, index, 1))
    else { return false }
    let key = lowered(units, first, 1)
    guard !CandidateLexicon.countryKeys.contains(key), !CandidateLexicon.surnameKeys.contains(key) else { return false }
    // A language names no brand: `tiếng Hàn EPS-TOPIK`.
    if first > 0, words[first].joined, lowered(units, first - 1, 1) == CandidateLexicon.tiếng { return false }
    let next = index + 1
    return next == words.count || !(words[next].joined && (words[next].capitalised || words[next].acronym))
  }

  /// The end of an acronym's name when a name noun or a model code follows it (`ASEAN Cup`, `UEFA
  /// Champions League`, `OPPO Find X8`), or nil: an acronym otherwise stands alone (`NATO Mark Rutte`).
  mutating func completedAcronym(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    // A brand in capitals and its model codes of letters and digits: `NVIDIA GB300 NVL72`, `AMD MI355X`.
    var code = index + 1
    while code < words.count, words[code].joined, words[code].acronym, isModelCode(units, code) { code += 1 }
    if code > index + 1, !CandidateLexicon.standaloneAcronymKeys.contains(lowered(units, index, 1)),
      !CandidateLexicon.headAcronymKeys.contains(lowered(units, index, 1)),
      !CandidateLexicon.exchangeKeys.contains(lowered(units, index, 1))
    {
      return code
    }
    guard index + 1 < words.count, words[index + 1].joined, words[index + 1].capitalised,
      !CandidateLexicon.standaloneAcronymKeys.contains(lowered(units, index, 1))
    else { return nil }
    // A kind of body's acronym takes the body's name: `NXB Kim Đồng`, `NXB Hội Nhà văn`.
    if CandidateLexicon.headAcronymKeys.contains(lowered(units, index, 1)) {
      if let (length, phrase) = phrase(units, at: index + 1), phrase?.kind == .institution {
        let (end, named) = absorbName(units, from: index + 1 + length, headInitial: false)
        return named ? end : index + 1 + length
      }
      return runEnd(units, from: index + 1)
    }
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

  /// Whether `words[index]` is a model code of capitals and digits that starts with a letter and holds a
  /// digit after it: `GB300`, `NVL72`, `MI355X` (not a year, a ticker or a measure).
  func isModelCode(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    // A code word (`isCodeWord`) of three characters or more with nothing but capitals and digits.
    return word.end - word.start >= 3 && isCodeWord(units, index)
      && (word.start..<word.end).allSatisfy { tables.isUpper(units[$0]) || tables.isDigit(units[$0]) }
  }

  /// Whether `words[index]` is a Roman numeral of two letters or more (`VIII`, `XIV`; not `I` or `V`).
  func isRomanNumeral(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    return word.joined && word.end - word.start >= 2
      && (word.start..<word.end).allSatisfy { [0x49, 0x56, 0x58, 0x4C, 0x43].contains(units[$0]) }
  }

  /// Whether `words[index]` mixes capitals and digits and starts with a letter (`D66`, `G7`, `U23`).
  func isCodeWord(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    let range = word.start..<word.end
    return tables.isUpper(units[word.start]) && range.contains { tables.isDigit(units[$0]) }
      && !range.contains { tables.isLower(units[$0]) }
  }

  /// Whether `words[index]` is a code of a capital letter and digits (`A05`, `C03`).
  func isCode(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    return word.end - word.start >= 2 && (word.start + 1..<word.end).allSatisfy { tables.isDigit(units[$0]) }
  }

  /// Whether `words[index]` is a score or a range of small numbers: two numbers of one or two digits
  /// joined by a dash (`3-0`, `2-1`); not a model's number (`787-9`).
  func isScore(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
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
  func isVersion(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    guard let period = (word.start..<word.end).first(where: { units[$0] == 0x2E }), period > word.start,
      word.end - period - 1 >= 1, word.end - period - 1 <= 2
    else { return false }
    return (word.start..<word.end).allSatisfy { $0 == period || tables.isDigit(units[$0]) }
  }

  /// Whether `words[index]` is digits only (`2`, `108`; not `20/10` or `2-1`).
  func isNumber(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    guard word.end == units.count || (units[word.end] != 0x2F && units[word.end] != 0x2D) else { return false }
    return (word.start..<word.end).allSatisfy { tables.isDigit(units[$0]) }
  }

  /// Whether `words[index]` is a day of one or two digits and its month after a slash: `20/11`, `17/8/2024`.
  func isDayAndMonth(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    func digits(from start: Int) -> Int {
      var end = start
      while end < units.count, tables.isDigit(units[end]) { end += 1 }
      return end - start
    }
    let day = digits(from: word.start)
    guard (1...2).contains(day), word.start + day < units.count, units[word.start + day] == 0x2F else { return false }
    let month = digits(from: word.start + day + 1)
    let after = word.start + day + 1 + month
    return (1...2).contains(month) && (after == units.count || !tables.isLetter(units[after]))
  }

  /// Whether `words[index]` is one capital letter and a period (`Q.`, `H.`).
  func isAbbreviation(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    return word.end - word.start == 1 && word.end < units.count && units[word.end] == 0x2E
  }

  /// Whether the sentence-initial `words[index]` reads as a foreign name: it cannot be one Vietnamese
  /// syllable (`Kremlin`, `Reuters`) and is no common loanword (`Video`, `Camera`).
  mutating func looksForeign(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    !isVietnameseSyllable(units, index) && !CandidateLexicon.loanwordKeys.contains(lowered(units, index, 1))
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

  /// Whether `words[index]` and the word after it make one word of the common-word lexicon
  /// (`VietnameseWords`: `đối tác`, `lực lượng`).
  func isCommonWord(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let ranges = [words[index].start..<words[index].end, words[index + 1].start..<words[index + 1].end]
    return VietnameseWords.contains(VietnameseWords.key(ranges, of: units))
  }

  /// Whether the slash at `slash` joins the word part `units[start..<slash]` to the part after it:
  /// digits before and a capital after (`20/CT-TTg`), or one capital letter before and capitals with a
  /// digit after (`A/H3N2`).
  func slashJoins(_ units: UnsafeBufferPointer<UInt16>, from start: Int, slash: Int) -> Bool {
    var end = slash + 1
    var upper = false
    var digit = false
    while end < units.count, tables.isWordCharacter(units[end]) {
      if tables.isUpper(units[end]) { upper = true }
      if tables.isDigit(units[end]) { digit = true }
      end += 1
    }
    guard upper else { return false }
    if (start..<slash).allSatisfy({ tables.isDigit(units[$0]) || units[$0] == 0x3A }) { return true }
    return slash - start == 1 && tables.isUpper(units[start]) && digit
  }

  /// Whether a number of one or two digits after the run `words[run]` numbers it in a series (`Móng Cái
  /// 1`, `Nhơn Trạch 3`): the run is two Vietnamese syllables or more, none a surname's first, after a
  /// lower-case word or a zone's acronym (`KCN Sông Lô 2`), and the number ends the phrase (punctuation,
  /// `và`, `hay`, `hoặc`, the end).
  mutating func numberedPlace(_ units: UnsafeBufferPointer<UInt16>, run: Range<Int>) -> Bool {
    let number = run.upperBound
    guard run.count >= 2, number < words.count, words[number].joined, words[number].end - words[number].start <= 2,
      (words[number].start..<words[number].end).allSatisfy({ tables.isDigit(units[$0]) }),
      run.lowerBound > 0, words[run.lowerBound].joined,
      words[run.lowerBound - 1].lowerFirst
        || CandidateLexicon.headAcronymKeys.contains(lowered(units, run.lowerBound - 1, 1)),
      run.allSatisfy({ words[$0].capitalised && isVietnameseSyllable(units, $0) }),
      !CandidateLexicon.surnameKeys.contains(lowered(units, run.lowerBound, 1))
    else { return false }
    let after = number + 1
    if after == words.count { return true }
    switch gap(units, before: after) {
    case .space:
      return words[after].lowerFirst && CandidateLexicon.seriesJoinerKeys.contains(lowered(units, after, 1))
    case .comma, .other:
      return units[words[number].end] != 0x2D && units[words[number].end] != 0x2F
    default: return false
    }
  }
}
