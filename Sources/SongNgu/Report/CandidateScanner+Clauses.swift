/// Sentence starts and clause boundaries: capitalised function words and common words that open a
/// clause or a glued heading, and so end a name run or are no name by themselves.
extension CandidateScanner {
  /// Whether `words[index]` is the `chống` of `phòng, chống` (prevention and control), which official
  /// names write with a comma.
  mutating func chốngAfterPhòng(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    index > 0 && gap(units, before: index) == .comma && lowered(units, index - 1, 1) == Self.phòng
      && lowered(units, index, 1) == Self.chống
  }

  /// Whether `words[index]` and the next are `Phòng, chống`, capitalised as an official name's field
  /// (`Cục … và Phòng, chống thiên tai`).
  mutating func capitalisedPrevention(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    index + 1 < words.count && words[index].capitalised && words[index + 1].lowerFirst
      && chốngAfterPhòng(units, at: index + 1)
  }

  /// Whether the capitalised function word (or common word) `words[index]` opens a clause glued to the
  /// name run `words[run]`.
  ///
  /// That is a boundary the segmenter missed, after a foreign name or a model code (`Samsung Nhưng giá
  /// …`, `Galaxy S24 Với …`). After Vietnamese syllables it may be one of the name's own (`Ba Vì`, `Từ
  /// Sơn`).
  mutating func gluedClause(_ units: UnsafeBufferPointer<UInt16>, run: Range<Int>, at index: Int) -> Bool {
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
  mutating func functionWordBeforeHead(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard words[index].capitalised, FunctionWords.keys.contains(lowered(units, index, 1)), index + 1 < words.count,
      words[index + 1].joined
    else { return false }
    return phrase(units, at: index + 1)?.1 != nil
  }

  /// Whether the capitalised `words[index]` is a function word that opens a clause: no capitalised word
  /// follows it (`Nhưng giá bán …`, `Sau đó`; not `Bà Rịa`).
  mutating func opensClause(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
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
  mutating func startsCompound(
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

  /// Whether a name plainly ends before `words[index]`: at the end, punctuation, a capitalised word, an
  /// acronym, a number, an auxiliary (`đang`, `đã`) or a place designator (`tỉnh`).
  mutating func nameEnds(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard index < words.count, words[index].joined, words[index].lowerFirst else { return true }
    let key = lowered(units, index, 1)
    return CandidateLexicon.auxiliaryKeys.contains(key) || CandidateLexicon.placeDesignatorKeys.contains(key)
  }

  /// Whether the lexicon phrase at `words[index]` ends the name run it stands in: a title, a complete
  /// phrase, or a head followed by its name (`Hà Nội Sở Y tế`); a head word that ends a place name does
  /// not (`Hải Phòng`, `Nam Bộ`), nor one before a person's name (`Hải Phòng Nguyễn Văn Tùng`; but a
  /// surname before a lower-case word is a field word's: `Tổng công ty Lưu ký`).
  mutating func startsPhrase(_ units: UnsafeBufferPointer<UInt16>, inRunAt index: Int) -> Bool {
    // Inside a person's name a head is a given name: `Trường THCS Nguyễn Trường Tộ`, `Trần Quốc Hội`.
    if index > 0, CandidateLexicon.surnameKeys.contains(lowered(units, index - 1, 1)),
      index + 1 < words.count, words[index + 1].joined, words[index + 1].capitalised,
      isVietnameseSyllable(units, index + 1)
    {
      return false
    }
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

  /// Whether the sentence-initial `words[index]` heads a list of names: a comma or `và` and another
  /// capitalised word follow it (`Vinh, Cửa Lò và Hoàng Mai …`).
  mutating func startsEnumeration(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    if gap(units, before: index + 1) == .comma { return words[index + 1].capitalised }
    return words[index + 1].joined && lowered(units, index + 1, 1) == Self.và && index + 2 < words.count
      && words[index + 2].joined && words[index + 2].capitalised
  }

  mutating func isStop(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    CandidateLexicon.stopKeys.contains(lowered(units, index, 1))
  }

  /// Whether a credit's label and a colon come before `words[index]`, from the sentence's start: `Ảnh:`,
  /// `Nguồn:`, `Ảnh minh họa:`.
  mutating func creditBefore(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    guard index >= 1, index <= 3, words[index].initial,
      (words[index - 1].end..<words[index].start).contains(where: { units[$0] == 0x3A })
    else { return false }
    return CandidateLexicon.creditLabelKeys.contains(lowered(units, 0, index))
  }

  /// Whether the sentence ends, from `words[index]`, with a writer's sources or place in brackets:
  /// `(Theo Reuters, AFP, Bloomberg)`, `(từ Bangkok)`, `(tổng hợp)`.
  mutating func sourcesInBrackets(_ units: UnsafeBufferPointer<UInt16>, from index: Int) -> Bool {
    guard index > 0, index < words.count, !words[index].joined,
      (words[index - 1].end..<words[index].start).contains(where: { units[$0] == 0x28 }),
      CandidateLexicon.bylineBracketKeys.contains(lowered(units, index, 1))
    else { return false }
    var last = units.count - 1
    while last > 0, tables.isSpace(units[last]) { last -= 1 }
    return units[last] == 0x29
  }

  /// Whether `words[start..<end]` is one of two names that make a line with a dash between them, the
  /// byline of two writers: `Hữu Đức - Kim Anh`.
  mutating func bylinePair(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Bool {
    guard words.count <= 8, words[words.count - 1].end == units.count,
      let dash = (1..<words.count).first(where: { gap(units, before: $0) == .dash }),
      start == 0 && end == dash || start == dash && end == words.count
    else { return false }
    return (0..<words.count).allSatisfy { position in
      words[position].capitalised && (position == 0 || position == dash || gap(units, before: position) == .space)
    }
  }

  /// The names of a line that is, from `words[start]` on, one person's name in capitals or two with a
  /// dash between them, a byline or a credit (`NGỌC AN`, `VŨ HÀ`, `PHAN HẬU - XUÂN THỦY`, `Ảnh: NHƯ
  /// HÙNG`), or nil.
  mutating func capitalsByline(_ units: UnsafeBufferPointer<UInt16>, from start: Int = 0) -> [Range<Int>]? {
    let count = words.count
    guard count - start >= 2, count - start <= 6, words[count - 1].end == units.count,
      (start..<count).allSatisfy({ words[$0].acronym && isVietnameseSyllable(units, $0) })
    else { return nil }
    let dashes = (start + 1..<count).filter { gap(units, before: $0) == .dash }
    guard dashes.count <= 1,
      (start + 1..<count).allSatisfy({ dashes.contains($0) || gap(units, before: $0) == .space })
    else { return nil }
    let parts = dashes.isEmpty ? [start..<count] : [start..<dashes[0], dashes[0]..<count]
    return parts.allSatisfy({ capitalsName(units, $0) }) ? parts : nil
  }

  /// Whether `words[range]`, in capitals, can be a person's name: two or three Vietnamese syllables, one
  /// with a Vietnamese letter or mark, that make no common word and open no clause (not `TIN LIÊN QUAN`,
  /// `KẾT QUẢ`).
  mutating func capitalsName(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
    guard range.count >= 2, range.count <= 3,
      // Without a Vietnamese letter or mark, two syllables that are both written in Vietnamese names
      // (`MINH KHANG`), not acronyms (`BIDV VPBANK`).
      (words[range.lowerBound].start..<words[range.upperBound - 1].end).contains(where: { units[$0] > 0x7F })
        || range.allSatisfy({ words[$0].end - words[$0].start >= 3 }),
      !range.contains(where: {
        let key = lowered(units, $0, 1)
        // `Như` and `Song` open clauses and given names alike (`NHƯ HÙNG`).
        return (FunctionWords.keys.contains(key) || CandidateLexicon.starterKeys.contains(key))
          && !CandidateLexicon.givenNameFunctionWordKeys.contains(key)
      })
    else { return false }
    return !(range.lowerBound..<(range.upperBound - 1)).contains(where: { isCommonWord(units, $0) })
  }

  /// Whether the sentence is a heading in capitals: Vietnamese syllables, two of them a common word.
  mutating func capitalsHeading(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    words.count >= 2 && words.count <= 10 && capitalSyllables(units)
      && (0..<(words.count - 1)).contains(where: { isCommonWord(units, $0) })
  }

  /// Whether the sentence is only words in capitals that can each be a Vietnamese syllable, with spaces
  /// or dashes between them.
  mutating func capitalSyllables(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    words[words.count - 1].end == units.count
      && (0..<words.count).allSatisfy({
        words[$0].acronym && ($0 == 0 || gap(units, before: $0) == .space || gap(units, before: $0) == .dash)
          && isVietnameseSyllable(units, $0)
      })
  }
}
