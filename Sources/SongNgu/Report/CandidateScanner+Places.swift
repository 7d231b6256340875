/// Places in a candidate run: countries (CLDR), Vietnamese provinces, regions and datelines; where a
/// place ends a run, splits it or joins an institution before it.
extension CandidateScanner {
  /// The end of an outlet's name in brackets that opens the sentence before a dash (`(Dân trí) - `,
  /// `(Báo Mới) – `), at most three words from a capitalised one; nil otherwise.
  func datelineEnd(_ units: UnsafeBufferPointer<UInt16>) -> Int? {
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

  mutating func precededByRegion(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    index > 0 && words[index].joined && region(units, at: index - 1) != nil
  }

  /// The length of a region's name at `words[index]` when it starts with a region word (`châu Âu`,
  /// `phương Đông`; `phía Nga` is none).
  mutating func region(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
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

  /// Where a person's name starts after a country that ends an institution's name (`Bộ Ngoại giao Trung
  /// Quốc` + `Lâm Kiếm`): two capitalised words or more after the country, to the end of `first..<end`.
  mutating func countryCut(_ units: UnsafeBufferPointer<UInt16>, from first: Int, to end: Int) -> Int? {
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
  mutating func insideCountry(_ units: UnsafeBufferPointer<UInt16>, at index: Int, from first: Int) -> Bool {
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
  mutating func countryOpens(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    let key = lowered(units, index, 1)
    return CandidateLexicon.countryKeys.contains(key) && !CandidateLexicon.personNounKeys.contains(key)
  }

  /// Whether `words[start..<end]` is a country's or a province's name, or `Việt` (`Đội Hải Phòng FC`,
  /// `Khách Việt`: the place after the word).
  mutating func placeRuns(_ units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Bool {
    lowered(units, start, 1) == CandidateLexicon.việt || placeLength(units, at: start, within: end) != nil
  }

  /// The length of the longest country's name at `words[start]`, capitalised words joined by spaces that
  /// no capitalised word goes on from, or nil.
  mutating func countryLength(_ units: UnsafeBufferPointer<UInt16>, at start: Int) -> Int? {
    guard start < words.count, words[start].joined,
      let length = placeLength(units, at: start, within: words.count, countriesOnly: true)
    else { return nil }
    let end = start + length
    return end < words.count && words[end].joined && words[end].capitalised ? nil : length
  }

  /// The length of the longest country's or province's name (a country's only, if `countriesOnly`) at
  /// `words[start]`, capitalised words joined by spaces before `words[end]`, or nil.
  mutating func placeLength(
    _ units: UnsafeBufferPointer<UInt16>, at start: Int, within end: Int, countriesOnly: Bool = false
  ) -> Int? {
    let longest =
      countriesOnly
      ? CandidateLexicon.longestCountry : max(CandidateLexicon.longestCountry, CandidateLexicon.longestProvince)
    for length in stride(from: min(longest, end - start), through: 1, by: -1)
    where (start..<(start + length)).allSatisfy({ words[$0].capitalised && ($0 == start || words[$0].joined) }) {
      let key = lowered(units, start, length)
      if CandidateLexicon.countryKeys.contains(key) || !countriesOnly && CandidateLexicon.provinceKeys.contains(key) {
        return length
      }
    }
    return nil
  }

  /// The end of a province's name after the acronym `words[index]`, which it ends (`BIDV Cần Thơ`,
  /// `CDC Hà Nội`), or nil: not after an acronym of a body or a head (`UBND`, `CLB`), a place or a title.
  mutating func provinceAfterAcronym(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
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

  /// The end of a place of two or three capitalised Vietnamese syllables at `words[start]` before
  /// punctuation or a stop word, none a surname or a head, or nil.
  mutating func placeAfterAcronym(_ units: UnsafeBufferPointer<UInt16>, at start: Int) -> Int? {
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

  /// The end of a place named after its unit word at `words[index]`, or nil.
  ///
  /// The institution before it takes it whole: `Công an tỉnh Đồng Nai` (`tỉnh Lào Cai`, `xã Tân Lập`, `TP
  /// Đà Nẵng`). The place is a province's or a country's name, or else one to three capitalised
  /// Vietnamese syllables (a commune's, a ward's), cut before a person's surname that follows them.
  mutating func designatedPlaceEnd(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard index + 1 < words.count, words[index].joined else { return nil }
    let start: Int
    if words[index].acronym {
      guard lowered(units, index, 1) == Self.tp else { return nil }
      start = index + 1
    } else if words[index].lowerFirst, CandidateLexicon.placeDesignatorKeys.contains(lowered(units, index, 1)) {
      start = index + 1
    } else if words[index].lowerFirst,
      let length = (2...4).reversed().first(where: { length in
        index + length < words.count && (index + 1..<index + length).allSatisfy({ words[$0].joined })
          && CandidateLexicon.placeDesignatorKeys.contains(lowered(units, index, length))
      })
    {
      start = index + length
    } else {
      return nil
    }
    var end = start
    // Syllables of the Central Highlands' languages keep an apostrophe or plain letters: `Cư M'gar`, `Ea
    // H'leo`, `Mang Yang`, `Ia Grai`.
    while end < words.count, end - start < 5, words[end].joined, words[end].capitalised, !words[end].acronym,
      isVietnameseSyllable(units, end)
        || (words[end].start..<words[end].end).contains(where: { units[$0] == 0x27 || units[$0] == 0x2019 })
        || words[end].end - words[end].start <= 5
          && (words[end].start..<words[end].end).allSatisfy({ units[$0] < 0x80 && tables.isLetter(units[$0]) })
    {
      end += 1
    }
    guard end > start else { return nil }
    if let length = placeLength(units, at: start, within: end) { return start + length }
    // A unit word alone is the body's level, and a person's name follows it: `UBND tỉnh Nguyễn Văn Hùng`.
    if CandidateLexicon.surnameKeys.contains(lowered(units, start, 1)) { return nil }
    // A run longer than a place holds a person's name after it: `xã Tân Lập Nguyễn Văn Hùng`.
    if end - start > 3 {
      guard
        let cut = (start + 1..<min(end - 1, start + 4)).first(where: {
          CandidateLexicon.surnameKeys.contains(lowered(units, $0, 1))
        })
      else { return nil }
      end = cut
    }
    // Not when an acronym or a hyphenated word goes on from it: the run is no plain place then.
    if end < words.count, words[end].joined, words[end].acronym || words[end].hyphenated { return nil }
    return end
  }

  /// The end of a bare level after a body's name of three words or more, `words[start..<index]` with its
  /// head `words[start..<start + head]`, or nil: `tỉnh` or `thành phố` with no place after it, in a
  /// sentence that visibly goes on (`Bệnh viện Đa khoa tỉnh đã …`, `Bộ Chỉ huy Quân sự tỉnh.`).
  ///
  /// The level is part of such a name, as a provincial hospital's is. It only says which one of a
  /// state body's many (`Sở Y tế tỉnh`, `Hội đồng nhân dân tỉnh`: the province's), as it does after an
  /// acronym (`UBND tỉnh`) or a name of two words (`Công an tỉnh`): no part of the name there.
  mutating func bareLevelEnd(
    _ units: UnsafeBufferPointer<UInt16>, from start: Int, head: Int, at index: Int
  ) -> Int? {
    guard index - start >= 3, index < words.count, words[index].joined, words[index].lowerFirst,
      !(start..<index).contains(where: { words[$0].acronym }),
      !CandidateLexicon.stateBodyHeadKeys.contains(lowered(units, start, head)),
      lowered(units, index - 2, 2) != Self.nhânDân
    else { return nil }
    let length: Int
    if lowered(units, index, 1) == Self.tỉnh {
      length = 1
    } else if index + 1 < words.count, words[index + 1].joined, lowered(units, index, 2) == Self.thànhPhố {
      length = 2
    } else {
      return nil
    }
    let end = index + length
    guard end == words.count || !words[end].joined || words[end].lowerFirst else { return nil }
    return end
  }

  /// The end of a body's lower-case words and the reach that closes them, from `words[index]` right
  /// after its capitalised field, or nil.
  ///
  /// News writes the rest of a long name in lower case, and a reach ends it: `quốc gia`, `thế giới`,
  /// `Việt Nam`, `phía Nam` or `Hồ Chí Minh` (`Trung tâm Điều độ hệ thống điện quốc gia`, `Tổng công
  /// ty Quản lý bay Việt Nam`, `Trung tâm Kiểm soát đường dài Hồ Chí Minh`). One to seven words, none a
  /// stop word or a verb a body does (`Trung tâm Điều độ hỗ trợ doanh nghiệp Việt Nam`), `và` only between
  /// lower-case words, after a field whose last syllable is in lower case (`Điều độ`, not the brand of
  /// `Công ty Cổ phần Hòa Phát`); not after a ministry, a department or a police force, whose names are
  /// complete.
  mutating func reachedTailEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int, head: Int, at index: Int) -> Int?
  {
    guard index - start > head, index < words.count, words[index].joined, words[index].lowerFirst,
      words[index - 1].lowerFirst,
      !CandidateLexicon.stateBodyHeadKeys.contains(lowered(units, start, head)),
      !CandidateLexicon.bodyVerbKeys.contains(lowered(units, index, 1)),
      !(index + 1 < words.count && CandidateLexicon.bodyVerbKeys.contains(lowered(units, index, 2)))
    else { return nil }
    var end = index
    while end < words.count, end < index + 7, words[end].joined, words[end].lowerFirst {
      let key = lowered(units, end, 1)
      if end > index, let reach = reachLength(units, at: end) { return end + reach }
      guard !CandidateLexicon.stopKeys.contains(key) || key == Self.và && end > index else { return nil }
      end += 1
    }
    return end < words.count && end > index && words[end].joined ? reachLength(units, at: end).map { end + $0 } : nil
  }

  /// The length of the reach that closes a body's lower-case words at `words[index]` (`quốc gia`, `thế
  /// giới`, `Việt Nam`, `phía Nam`, `Hồ Chí Minh`), or nil; nothing capitalised may follow it.
  private mutating func reachLength(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard index + 1 < words.count, words[index + 1].joined else { return nil }
    let key = lowered(units, index, 2)
    var length: Int? = nil
    if key == Self.quốcGia || key == Self.thếGiới || key == Self.việtNam
      || key == Self.phíaNam || key == Self.phíaBắc
    {
      length = 2
    } else if index + 2 < words.count, words[index + 2].joined, lowered(units, index, 3) == Self.hồChíMinh {
      length = 3
    }
    guard let length,
      index + length == words.count || !words[index + length].joined
        || words[index + length].lowerFirst
    else { return nil }
    return length
  }

  /// Whether `words[start..<end]` ends in a province's name of two words or more, after other words.
  mutating func endsInProvince(_ units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Bool {
    for length in 2...max(2, CandidateLexicon.longestProvince) where end - length > start {
      if CandidateLexicon.provinceKeys.contains(lowered(units, end - length, length)) { return true }
    }
    return false
  }

  /// The end of a body's regional branch from `words[start]`, or nil: `khu vực` or `vùng` and its Roman numeral
  /// or number (`Bảo hiểm xã hội khu vực XII`, `Chi cục Kiểm dịch thực vật vùng VII`).
  mutating func regionalBranch(_ units: UnsafeBufferPointer<UInt16>, at start: Int) -> Int? {
    guard start + 1 < words.count, words[start].joined, words[start + 1].joined, words[start].lowerFirst
    else { return nil }
    // Or `vùng` and its numeral: `Chi cục Kiểm dịch thực vật vùng VII`.
    let length = lowered(units, start, 1) == Self.vùng ? 1 : 2
    guard start + length < words.count, words[start + length].joined,
      length == 1 || lowered(units, start, 2) == Self.khuVực
    else { return nil }
    let number = words[start + length]
    let numeral = (number.start..<number.end).allSatisfy {
      units[$0] == 0x49 || units[$0] == 0x56 || units[$0] == 0x58 || tables.isDigit(units[$0])
    }
    return numeral && number.end - number.start <= 5 ? start + length + 1 : nil
  }

  /// Whether a place comes right after `words[index - 1]`: a designator (`tỉnh`, `huyện`) or a place's
  /// acronym (`TP.HCM`).
  mutating func placeFollows(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard index < words.count, words[index].joined else { return false }
    if isAbbreviation(units, index) { return true }
    if words[index].acronym { return CandidateLexicon.placeAcronymKeys.contains(lowered(units, index, 1)) }
    guard words[index].lowerFirst else { return false }
    return CandidateLexicon.placeDesignatorKeys.contains(lowered(units, index, 1))
      || (index + 1 < words.count && words[index + 1].joined
        && CandidateLexicon.placeDesignatorKeys.contains(lowered(units, index, 2)))
  }
}
