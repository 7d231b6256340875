/// People in a candidate run: surnames, initials, titles and particles of foreign names; where a
/// person's name starts or ends inside a run of capitalised words.
extension CandidateScanner {
  /// Whether `words[index]` comes right after a word for a person (`bà`, `bệnh nhân`), in lower case or
  /// opening the sentence.
  mutating func afterPersonNoun(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    func plain(_ position: Int) -> Bool { words[position].lowerFirst || words[position].initial }
    guard index > 0, words[index].joined, plain(index - 1) else { return false }
    if CandidateLexicon.personNounKeys.contains(lowered(units, index - 1, 1)) { return true }
    return index > 1 && words[index - 1].joined && words[index - 1].lowerFirst && plain(index - 2)
      && CandidateLexicon.personNounKeys.contains(lowered(units, index - 2, 2))
  }

  /// Whether `words[index]` follows a lower-case word for a person's role (`quan chức`, `thủ lĩnh`,
  /// `tiền đạo`), after which a body's name may come before the person's.
  mutating func afterRoleNoun(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    guard index > 1, words[index].joined, words[index - 1].joined, words[index - 1].lowerFirst,
      words[index - 2].lowerFirst || words[index - 2].initial
    else { return false }
    return CandidateLexicon.roleNounKeys.contains(lowered(units, index - 2, 2))
  }

  /// The first surname in `words[first..<end]` after non-surnames and before another capitalised word
  /// (`Đào Ngọc Dung`, not `Đào tạo`), but not after a baptismal name alone (`Giuse Nguyễn Năng`).
  mutating func surnameCut(_ units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Int? {
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
      // Nor a year of the sexagenary cycle (`Tết Đinh Mùi`).
      if CandidateLexicon.cycleYearKeys.contains(lowered(units, index, 2)) { continue }
      // Nor a Catholic's surname after a baptismal name (`Giuse Nguyễn Năng`).
      if (first..<index).allSatisfy({ CandidateLexicon.baptismalNameKeys.contains(lowered(units, $0, 1)) }) {
        return nil
      }
      // No person's name ends in a province (`LPBank Hoàng Anh Gia Lai` is a club) or holds an English
      // noun of a name (`Phòng Giao dịch Kim Sơn Bank Bến Thành`).
      if endsInProvince(units, from: index, to: end)
        || (index + 1..<end).contains(where: { CandidateLexicon.nameNounKeys.contains(lowered(units, $0, 1)) })
      {
        return nil
      }
      return index > first && capitalBefore ? index : nil
    }
    return nil
  }

  /// Whether the words after a state body's head, `words[head.upperBound..<end]`, are a person's full
  /// name and nothing else: a surname and two capitalised syllables or more (`Sở Nguyễn Phi Thường`; not
  /// `Công an Phan Thiết`, a place of two syllables).
  mutating func personAfterStateBody(_ units: UnsafeBufferPointer<UInt16>, head: Range<Int>, to end: Int)
    -> Bool
  {
    let first = head.upperBound
    guard end - first >= 3, CandidateLexicon.stateBodyHeadKeys.contains(lowered(units, head.lowerBound, head.count)),
      CandidateLexicon.surnameKeys.contains(lowered(units, first, 1))
    else { return false }
    return (first..<end).allSatisfy { words[$0].capitalised && !words[$0].acronym && isVietnameseSyllable(units, $0) }
  }

  /// Whether the sentence-initial `words[index]` is a common word before the name that follows it in the
  /// run `words[index..<end]` (`Máy iPhone 16`, `Trang VnExpress.net`, `Đội Manchester United`): it has
  /// the shape of a Vietnamese syllable, is no country or surname, and the document never writes it
  /// capitalised inside a sentence, while the next word cannot be a Vietnamese syllable.
  mutating func commonWordBeforeName(_ units: UnsafeBufferPointer<UInt16>, _ index: Int, _ end: Int) -> Bool {
    guard end - index >= 2 else { return false }
    // A country's or a province's name is never cut: `Hàn Quốc và …` (`Quốc` named alone elsewhere).
    if let length = placeLength(units, at: index, within: end), length >= 2 { return false }
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

  /// The length of the name the document uses alone that opens `words[first..<end]` before a foreign
  /// person's name: two words or more it writes as a whole run (`Orion Robotics`), or one word it writes
  /// alone (`Fed`), or nil.
  mutating func nameBeforePerson(_ units: UnsafeBufferPointer<UInt16>, from first: Int, to end: Int) -> Int? {
    // A person's name starts with a capital, not inside its particles (`Mark dos Reis`).
    func person(_ start: Int) -> Bool {
      words[start].capitalised && (start..<end).allSatisfy { !isVietnameseSyllable(units, $0) }
    }
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
  mutating func completesLastSyllable(_ units: UnsafeBufferPointer<UInt16>, run: Range<Int>) -> Bool {
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

  /// Whether the acronym `words[index]` is initials with their periods, the last one included: single
  /// capitals each followed by a period (`N.V.T.`, `T.V.K.`).
  func isDottedInitials(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    guard word.end < units.count, units[word.end] == 0x2E, (word.end - word.start) % 2 == 1 else { return false }
    return (word.start..<word.end).allSatisfy { offset in
      (offset - word.start) % 2 == 0 ? tables.isUpper(units[offset]) : units[offset] == 0x2E
    }
  }

  /// Whether `words[index]` is an academic title (`TS`, `PGS.TS`, `ThS`: each part one of
  /// `CandidateLexicon.academicTitles`) written with its period or right before a name.
  mutating func isAcademicTitle(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let word = words[index]
    let period = word.end < units.count && units[word.end] == 0x2E
    let nameFollows = index + 1 < words.count && words[index + 1].joined && words[index + 1].capitalised
    guard period || nameFollows else { return false }
    return lowered(units, index, 1).split(separator: 0x2E).allSatisfy {
      CandidateLexicon.academicTitleKeys.contains(Array($0))
    }
  }

  /// Whether `words[index]` follows an initial and its period (`Nguyễn V. Thành`).
  func followsInitial(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    guard index > 0, isInitial(units, index - 1), words[index].capitalised else { return false }
    return (words[index - 1].end + 1..<words[index].start).allSatisfy { tables.isSpace(units[$0]) }
      && words[index].start > words[index - 1].end + 1
  }

  /// Whether `words[index]` is one capital letter followed by a period (`H.`), not a vowel with a
  /// diacritic, which is a word (`Đông Nam Á.`).
  func isInitial(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    let letter = units[words[index].start]
    return words[index].capitalised && isAbbreviation(units, index)
      && !(letter > 0x7F && tables.isVowel(tables.lowercase(letter)))
  }

  /// After a name, the end of one or two particles and the capitalised word after them, or nil.
  mutating func particleEnd(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
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
    // Nor after a code: `C1 do Apple` (made by Apple).
    if ambiguous, index > 0,
      (words[index - 1].start..<words[index - 1].end).contains(where: { tables.isDigit(units[$0]) })
    {
      return nil
    }
    // `do` (by, because), the commonest, only before a single word: `Estádio do Dragão`, not `Mr. Bean do
    // Rowan Atkinson thủ vai`.
    if next == index + 1, lowered(units, index, 1) == Self.do,
      next + 1 < words.count, words[next + 1].joined, words[next + 1].capitalised
    {
      return nil
    }
    return next + 1
  }

  /// Where a foreign person's name starts in `words[first..<end]`, or nil.
  ///
  /// That is after at least `prefix` words of an organisation's or a country's name, at a common foreign
  /// given name
  /// (`CandidateLexicon.foreignGivenNames`) followed by one to four words that cannot be Vietnamese
  /// syllables or are particles, none a name noun (`Hamas Khalil Abu Samra`, `Saudi Arabia Abdulaziz bin
  /// Mansour Al Saud`). Not in a person's own name (`Kayla Mae de los Santos`: the run opens with a given
  /// name) nor before a place or a product named after a person.
  mutating func givenNameCut(
    _ units: UnsafeBufferPointer<UInt16>, from first: Int, to end: Int, prefix: Int, afterHead: Bool = false
  ) -> Int? {
    guard end - first >= prefix + 2,
      prefix == 0 || !CandidateLexicon.foreignGivenNameKeys.contains(lowered(units, first, 1))
    else { return nil }
    // A Korean name ends the run: a surname and a given name of two syllables joined by a hyphen, the
    // second in lower case (`Ủy ban Ngân sách và Quyết toán` + `Baek Hyun-soo`, `Nhà Xanh` + `Kang Ji-won`).
    let surname = end - 2
    if surname > first, surname >= first + prefix, words[surname].capitalised, words[surname + 1].joined,
      words[surname + 1].capitalised, words[surname + 1].hyphenated,
      CandidateLexicon.koreanSurnameKeys.contains(lowered(units, surname, 1)),
      let dash = (words[surname + 1].start..<words[surname + 1].end).first(where: { units[$0] == 0x2D }),
      dash + 1 < words[surname + 1].end, tables.isLower(units[dash + 1])
    {
      return surname
    }
    for cut in (first + prefix)..<(end - 1)
    where words[cut].capitalised && CandidateLexicon.foreignGivenNameKeys.contains(lowered(units, cut, 1)) {
      guard end - cut <= 5,
        (cut + 1..<end).allSatisfy({ position in
          let key = lowered(units, position, 1)
          return !CandidateLexicon.nameNounKeys.contains(key)
            && (words[position].lowerFirst
              ? CandidateLexicon.particleKeys.contains(key) || CandidateLexicon.ambiguousParticleKeys.contains(key)
              : !isVietnameseSyllable(units, position))
        }),
        afterHead
          || (first..<cut).allSatisfy({ position in
            words[position].capitalised || words[position].acronym
              || words[position].lowerFirst && CandidateLexicon.particleKeys.contains(lowered(units, position, 1))
          }),
        // One word before is a name of its own only after a body's head (`Liên đoàn Arab`), or if the
        // document writes it alone or it is an acronym (`Hamas`, `NATO`), not a first name missing from
        // the list (`João Pedro Almeida`).
        afterHead || cut - first != 1 || words[first].acronym || standalone.contains(lowered(units, first, 1))
          || CandidateLexicon.countryKeys.contains(lowered(units, first, 1))
          // A people after `người` (`tay đua người Thái Kittipong Saelim`).
          || first > 0 && words[first].joined && lowered(units, first - 1, 1) == CandidateLexicon.người
      else { return nil }
      return cut
    }
    return nil
  }
}
