/// Titles and institutions: heads from `CandidateLexicon` and the words they take after them (fields,
/// lower-case tails, places, members, plans' periods, documents' symbols, acronyms in brackets).
extension CandidateScanner {
  /// After a title: field words shaped `Capitalised lower` (`Quốc phòng`).
  mutating func absorbField(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
    // Whether a field word starts at `index`: Vietnamese syllables only, no foreign name and its particle
    // (`Bộ trưởng Khalid bin Saeed`).
    func field(_ index: Int) -> Bool {
      index + 1 < words.count && words[index].capitalised && words[index + 1].joined && words[index + 1].lowerFirst
        && !isStop(units, index + 1) && phrase(units, at: index) == nil && isVietnameseSyllable(units, index)
        && isVietnameseSyllable(units, index + 1)
    }
    var end = start
    while end < words.count {
      if words[end].joined, field(end) {
        end += 2
      } else if end > start, gap(units, before: end) == .comma, field(end), end + 2 < words.count,
        words[end + 2].joined, lowered(units, end + 2, 1) == Self.và || field(end + 2)
      {
        // Fields listed with a comma up to `và`: `Bộ trưởng Kinh tế, Thương mại và Công nghiệp`.
        end += 2
      } else if end > start, words[end].joined, lowered(units, end, 1) == Self.và, field(end + 1) {
        end += 3
      } else {
        break
      }
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
  mutating func absorbName(
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
    // The first word after the head is another head (`Trung tâm Hội chợ`), which `và` may join to a third
    // (`Trung tâm Hội chợ và Triển lãm Sài Gòn`); the last word taken was that `và`.
    var headField = false
    var afterCoordinatingVà = false
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
      let wasAfterCoordinatingVà = afterCoordinatingVà
      afterCoordinatingVà = false
      switch gap(units, before: end) {
      case .space: break
      case .dash where work && (word.capitalised || word.acronym) && last != .head:
        // A work joins two names with a dash: `Diễn đàn Cà phê Việt Nam - Canada`.
        last = .connector
      case .dash where !work && last == .capital && dashedName(units, at: end):
        // So does a school's or a body's name: `Trường Đại học Việt - Đức`.
        last = .connector
      case .comma
      where last != .head && last != .connector && word.lowerFirst && tail(units, at: end) != nil
        && (last != .capital || isVietnameseSyllable(units, end - 1)):
        // Lower-case fields listed with a comma where the name visibly ends: `Cục Quản lý Khám, chữa bệnh`,
        // `Luật Khám bệnh, chữa bệnh`; not after a foreign name (`Sân vận động Quốc gia Rajamangala, điền kinh …`).
        // Not a list that goes on with words of no field: `Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú …`.
        guard let listEnd = fieldList(units, from: end),
          !(listEnd < words.count && gap(units, before: listEnd) == .comma && words[listEnd].lowerFirst)
        else { break loop }
        end = listEnd
        last = .tail
        continue
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
      // Members written with a capital, as official names often do: `Hiệp hội Các nhà bán lẻ Việt Nam`.
      if word.capitalised, last == .head || last == .field || last == .tail,
        lowered(units, end, 1) == Self.các,
        let membersEnd = membersEnd(units, from: end) ?? capitalisedMembersEnd(units, from: end)
      {
        end = membersEnd
        named = true
        break
      }
      if word.capitalised {
        // An abbreviated designator (`Q. Bình Thạnh`, `H. Củ Chi`) puts a place after the name.
        if isAbbreviation(units, end) { break }
        // A place whose first syllable is a head's ends the name: `Nghĩa trang … Trường Sơn`.
        if end > start, phrase(units, at: end) != nil, let length = placeLength(units, at: end, within: words.count),
          length >= 2
        {
          absorbName(length)
          continue
        }
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
          if end > start && last != .legalForm && !wasAfterVề && !wasAfterCoordinatingVà
            && (found.absorbs == .nothing || startsPhrase(units, inRunAt: end) || placeFollows(units, at: end + length))
          {
            break loop
          }
          if end == start, found.absorbs == .work { headField = true }
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
        // … but the Front's committee is written with the Front's acronym: `Ủy ban MTTQ Việt Nam tỉnh Phú Thọ`.
        if word.acronym, end == start, start >= 2, key == CandidateLexicon.mttq,
          CandidateLexicon.ủyBanKeys.contains(lowered(units, start - 2, 2))
        {
          absorbName(1)
          continue
        }
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
        // A score is no unit's number (`Công an Hà Nội 3-0 Bình Định`), nor is a date (`Ngày Nhà giáo Việt
        // Nam 20/11`).
        if isScore(units, end) || isDayAndMonth(units, end) { break }
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
        let close = bracketedAcronymAhead(units, from: end, headEnd: start)
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
      // dựng các công trình giao thông tỉnh Lâm Đồng`; so does a board of zones (`Ban Quản lý các khu kinh
      // tế tỉnh Tây Ninh`).
      if last == .tail && end >= 4 && lowered(units, end - 4, 4) == CandidateLexicon.quảnLýDựÁn
        || last == .field && managing(units, before: end) && lowered(units, end, 1) == Self.các,
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
        if (last == .field || last == .tail) && startsFieldWord(units, at: end + 1)
          || (last == .field || last == .tail) && capitalisedPrevention(units, at: end + 1)
        {
          end += 1
          last = .connector
          continue
        }
        // … or two heads of events that are the body's fields: `Trung tâm Hội chợ và Triển lãm Sài Gòn`;
        // not two bodies (`Trung tâm Hội nghị và Bộ Y tế`).
        if last == .field, headField, words[end + 1].capitalised,
          let (_, found) = phrase(units, at: end + 1), found?.absorbs == .work
        {
          end += 1
          last = .connector
          afterCoordinatingVà = true
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
      // A work's title in lower case right after its head, to its period or where the sentence visibly goes
      // on, before any field it starts with: `Đề án phát triển kinh tế ban đêm.`, `Chương trình mục tiêu
      // quốc gia xây dựng nông thôn mới giai đoạn 2021-2025`.
      if work, last == .head,
        let close = periodTitleEnd(units, from: end) ?? (headInitial ? nil : lowerCaseTitleEnd(units, from: end))
      {
        end = close
        named = true
        break
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
  mutating func documentSymbolEnd(_ units: UnsafeBufferPointer<UInt16>, kind: Int, length: Int) -> Int? {
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
  /// (`… và chính sách (VEPR)`, `… công nghệ cao (A05)`), or a police unit's before its force and place
  /// (`… công nghệ cao Công an tỉnh Phú Thọ`; the head ends at `words[headEnd - 1]`), or nil: at most twelve words, each a Vietnamese
  /// syllable and no stop word but `và`, `về` and `tại`, joined by spaces or the comma of `phòng, chống`, the
  /// first of them `và`, `về`, `tại` or a field's noun.
  mutating func bracketedAcronymAhead(
    _ units: UnsafeBufferPointer<UInt16>, from start: Int, headEnd: Int
  ) -> Int? {
    // The words start as a name's do: with `và`, `về`, `tại` or a field's noun, not with a verb (`Bộ Y tế
    // triển khai chương trình tiêm chủng mở rộng (TCMR)`).
    // After `vì` (for) the words may be capitalised: `Đảng Nhân dân vì Tự do và Dân chủ (VVD)`.
    let first = lowered(units, start, 1)
    guard first == Self.và || first == Self.về || first == Self.tại || first == Self.vì || tail(units, at: start) != nil
    else { return nil }
    // A police unit's words may run to its force instead: `Phòng An ninh mạng và phòng, chống tội phạm sử
    // dụng công nghệ cao Công an tỉnh Phú Thọ` (the head, `Phòng`, two words before the field's).
    let policeUnit = CandidateLexicon.policeUnitHeadKeys.contains(lowered(units, headEnd - 1, 1))
    var index = start
    while index < words.count, index - start < 12 {
      let word = words[index]
      if policeUnit, index > start + 1, word.joined, word.capitalised, index + 1 < words.count,
        words[index + 1].joined, lowered(units, index, 2) == CandidateLexicon.côngAn,
        designatedPlaceEnd(units, at: index + 2) != nil
      {
        return index
      }
      if index > start, !word.joined {
        // The acronym in brackets, closed right after it.
        guard isBracketedAcronym(units, index) else {
          // The comma of `phòng, chống`.
          guard chốngAfterPhòng(units, at: index) else { return nil }
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

  /// The end of a document's or a meeting's title that says what it is about, or nil.
  ///
  /// From `words[start]` right after its head: `về` and its subject, in lower case or not, up to punctuation, a stop word
  /// (`của`, `trước`, `cho`) or sixteen words (`Bản ghi nhớ về hợp tác giáo dục`, `Quy định về kỷ luật`,
  /// `Công ước về bảo vệ di sản văn hóa và thiên nhiên thế giới`); to a bracketed acronym that closes
  /// it, whatever the words (`Hội nghị về tương tác và các biện pháp … ở châu Á (CICA)`). The head may
  /// take `quốc gia`, `khung` or `chung` first (`Cổng thông tin quốc gia về trí tuệ nhân tạo`).
  mutating func aboutTitleEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    var about = start
    if about + 1 < words.count, words[about].joined, words[about + 1].joined,
      lowered(units, about, 2) == CandidateScanner.quốcGia
    {
      about += 2
    } else if about < words.count, words[about].joined,
      CandidateLexicon.aboutQualifierKeys.contains(lowered(units, about, 1))
    {
      about += 1
    }
    guard about + 1 < words.count, words[about].joined, words[about].lowerFirst,
      lowered(units, about, 1) == CandidateScanner.về, words[about + 1].joined, !isStop(units, about + 1)
    else { return nil }
    var end = about + 1
    while end < words.count, end < about + 17, words[end].joined {
      if words[end].lowerFirst, isStop(units, end), lowered(units, end, 1) != CandidateScanner.và { break }
      // `và` before a capital joins another name: `Bản ghi nhớ về … và Tuyên bố chung …`.
      if lowered(units, end, 1) == CandidateScanner.và,
        end + 1 == words.count || !words[end + 1].joined || !words[end + 1].lowerFirst
      {
        break
      }
      end += 1
    }
    // An acronym in brackets a little further on closes the title, whatever its words.
    var close = end
    while close < words.count, close < about + 17, words[close].joined { close += 1 }
    if close < words.count, close > end, isBracketedAcronym(units, close) { return close }
    while end > about + 1, lowered(units, end - 1, 1) == CandidateScanner.và { end -= 1 }
    return end
  }

  /// The end of a law's title from its capitalised first word `words[start]`, or nil.
  ///
  /// Vietnamese writes only the title's first word capitalised: `Luật Thuế thu nhập cá nhân`, `Luật
  /// Giáo dục nghề nghiệp`, `Bộ luật Tố tụng hình sự`. The title takes up to ten more syllables in lower
  /// case, a comma (after a field of four syllables at most) or `và` between its fields (`Luật Phòng, chống thiên tai`, `Luật Khoa học, công
  /// nghệ và đổi mới sáng tạo`), and a year right after it (`Luật Đất đai 2024`); nil unless it visibly
  /// ends there: at punctuation, a bracket, `năm` and a year, a capitalised word, or a word that says
  /// what the law does or is (`CandidateLexicon.afterLaw`: `quy định`, `hiện hành`, `có hiệu lực`).
  mutating func lawTitleEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    guard start < words.count, words[start].joined, words[start].capitalised, isVietnameseSyllable(units, start)
    else { return nil }
    var end = start + 1
    // After a comma comes another field, not a clause: `Khám bệnh, chữa bệnh`, `Phòng, chống thiên tai`.
    func fieldAfterComma(_ index: Int) -> Bool {
      tail(units, at: index) != nil || chốngAfterPhòng(units, at: index)
    }
    // Whether the title visibly ends before `words[index]`, after a field of `field` syllables.
    func endsHere(_ index: Int, field: Int) -> Bool {
      guard index < words.count else { return true }
      if gap(units, before: index) == .comma {
        return !words[index].lowerFirst || afterLaw(index) || field > 4 || !fieldAfterComma(index)
      }
      if gap(units, before: index) != .space { return true }
      // `và` before another document or name: `Luật Giáo dục nghề nghiệp và Nghị định …`.
      if lowered(units, index, 1) == Self.và {
        return index + 1 == words.count || !words[index + 1].lowerFirst || afterLaw(index + 1)
      }
      return words[index].capitalised || words[index].acronym || afterLaw(index)
    }
    // Whether `words[index]` starts what follows the title: a word of `CandidateLexicon.afterLaw` or a
    // stop word, unless it ends a common word the title's last syllable starts (`đổi mới`, `sáng tạo`).
    func afterLaw(_ index: Int) -> Bool {
      if index > start, words[index].joined, words[index - 1].lowerFirst || index - 1 == start,
        isCommonWord(units, index - 1)
      {
        return false
      }
      for length in [3, 2]
      where index + length <= words.count
        && (index + 1..<index + length).allSatisfy({ words[$0].joined })
        && CandidateLexicon.afterLawKeys.contains(lowered(units, index, length))
      {
        return true
      }
      let key = lowered(units, index, 1)
      if CandidateLexicon.afterLawKeys.contains(key) { return true }
      // `số` before a number is the law's (`Luật số 12/2024/QH15`); before none it is digital (`Luật Công
      // nghiệp công nghệ số`).
      if key == Self.số {
        return index + 1 < words.count && words[index + 1].joined && tables.isDigit(units[words[index + 1].start])
      }
      // A stop word that starts a common word is that word's: `sáng tạo`.
      return isStop(units, index) && key != Self.và
        && !(index + 1 < words.count && words[index + 1].joined && isCommonWord(units, index))
    }
    var best: Int? = nil
    var syllables = 0
    // Syllables since the title's start or its last comma: a comma joins short fields only (`Quản lý,
    // sử dụng`), not a clause after the title (`Luật Đất đai, người dân …`).
    var field = 1
    while end < words.count, words[end].lowerFirst, syllables < 10 {
      let gap = gap(units, before: end)
      // A field is taken whole, even one a stop word or a word of what follows a law starts: `Luật Bảo vệ
      // quyền lợi người tiêu dùng`, `Luật Trật tự, an toàn giao thông đường bộ`.
      if gap == .space, end > start + 1, let (length, kind) = tail(units, at: end), kind == .field, length >= 2,
        isStop(units, end) || afterLaw(end), syllables + length <= 10
      {
        end += length
        syllables += length
        field += length
        if endsHere(end, field: field) { best = end }
        continue
      }
      guard gap == .space || gap == .comma && field <= 4 && fieldAfterComma(end), isVietnameseSyllable(units, end),
        !afterLaw(end)
      else {
        break
      }
      field = gap == .comma ? 1 : field + 1
      // `và` joins a field in lower case, never another document (`Luật Đất đai và Nghị định …`).
      if lowered(units, end, 1) == Self.và {
        guard end + 1 < words.count, words[end + 1].joined, words[end + 1].lowerFirst, !afterLaw(end + 1) else { break }
      }
      end += 1
      syllables += 1
      if lowered(units, end - 1, 1) != Self.và, endsHere(end, field: field) { best = end }
    }
    var close = best ?? (endsHere(start + 1, field: 1) ? start + 1 : start)
    guard close > start else { return nil }
    // The country a code of law is named for: `Luật Hàng không dân dụng Việt Nam`.
    if close > start + 1, close + 1 < words.count, words[close].joined, words[close + 1].joined,
      lowered(units, close, 2) == Self.việtNam
    {
      close += 2
    }
    // A year right after the title is its edition: `Luật Đất đai 2024`, `Bộ luật Hình sự 2015`.
    if close < words.count, words[close].joined, isNumber(units, close), words[close].end - words[close].start == 4 {
      close += 1
    }
    return close
  }

  /// The end of a body's members named after its head, from `words[start]`, or nil: `các nhà` (the …
  /// people), `các quốc gia`, `các nước` and the like, up to six more lower-case syllables with no stop
  /// word but `và`, and a country, a province or a region that ends the name (`Cộng đồng Kinh tế các
  /// quốc gia Tây Phi`).
  mutating func membersEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    guard start + 3 < words.count, words[start + 1].joined,
      let nounLength = [3, 2].first(where: { length in
        (start + 1..<start + length).allSatisfy({ words[$0].joined })
          && CandidateLexicon.memberNounKeys.contains(lowered(units, start, length))
      })
    else { return nil }
    guard let (index, region) = memberWords(units, from: start + nounLength, before: start + 9) else { return nil }
    if let region { return index - start >= 2 ? index + region : nil }
    guard index - start >= 3, index < words.count, words[index].joined else { return nil }
    if let length = placeLength(units, at: index, within: words.count) { return index + length }
    // … or a foreign name of one word that ends the name: `Liên minh các quốc gia Sahel`.
    guard words[index].capitalised, !isVietnameseSyllable(units, index), phrase(units, at: index) == nil,
      index + 1 == words.count || !words[index + 1].joined || words[index + 1].lowerFirst
    else { return nil }
    return index + 1
  }

  /// The end of members written with a capital `Các` at `words[start]`, whatever they are (`Bộ Tổng tham
  /// mưu Các lực lượng vũ trang Ukraine`, `Luật Các tổ chức tín dụng 2024`), or nil: one to six lower-case
  /// syllables with no stop word but `và`, then a place, a year, or where the name visibly ends.
  mutating func capitalisedMembersEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    guard let (index, region) = memberWords(units, from: start + 1, before: start + 7) else { return nil }
    if let region { return index - start >= 2 ? index + region : nil }
    guard index - start >= 2, lowered(units, index - 1, 1) != Self.và else { return nil }
    guard index < words.count, words[index].joined else { return index }
    if let length = placeLength(units, at: index, within: words.count) { return index + length }
    if isNumber(units, index), words[index].end - words[index].start == 4 { return index + 1 }
    return nameEnds(units, at: index) && !words[index].capitalised ? index : nil
  }

  /// Where the lower-case words of a body's members from `words[start]` stop, and the region's length when
  /// a region stops them (`… quốc gia châu Á`).
  ///
  /// The words are Vietnamese syllables, no stop word but `và`, before `words[limit]` at most; nil at a
  /// word no member's name takes.
  mutating func memberWords(
    _ units: UnsafeBufferPointer<UInt16>, from start: Int, before limit: Int
  ) -> (index: Int, region: Int?)? {
    var index = start
    while index < words.count, index < limit, words[index].joined, words[index].lowerFirst {
      if let length = region(units, at: index) { return (index, length) }
      guard isVietnameseSyllable(units, index), !isStop(units, index) || lowered(units, index, 1) == Self.và else {
        return nil
      }
      index += 1
    }
    return (index, nil)
  }

  /// Whether `words[index]` starts `thuộc` or `trực thuộc` (belonging to), after which a body's name ended.
  mutating func belongs(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    lowered(units, index, 1) == CandidateLexicon.thuộc
      || (index + 1 < words.count && words[index + 1].joined && lowered(units, index, 2) == CandidateLexicon.trựcThuộc)
  }

  /// Whether a legal form stands among `words[range]` (`Cổ phần`, `TNHH`).
  mutating func hasLegalForm(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
    range.contains { position in
      CandidateLexicon.tails[lowered(units, position, 1)] == .legalForm
        || (position + 1 < range.upperBound && CandidateLexicon.tails[lowered(units, position, 2)] == .legalForm)
    }
  }

  /// The end of a project board's projects from `words[start]`, or nil: up to twelve lower-case
  /// syllables, no stop word but `các` and `và`, before a place designator and its place, or where the
  /// sentence visibly goes on (punctuation, an auxiliary), or with a region.
  mutating func projectsEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    var index = start
    while index < words.count, index - start < 12, words[index].joined, words[index].lowerFirst {
      if placeFollows(units, at: index) { break }
      // A region ends them: `Ban Quản lý dự án các công trình điện miền Trung`.
      if index - start >= 2, let length = region(units, at: index) { return index + length }
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

  /// Whether the two words before `words[index]` are `Quản lý` (managing), after which a body names
  /// what it manages.
  mutating func managing(_ units: UnsafeBufferPointer<UInt16>, before index: Int) -> Bool {
    index >= 2 && words[index - 1].joined && lowered(units, index - 2, 2) == CandidateLexicon.quảnLý
  }

  /// The end of a list of tails from `words[start]`, joined by commas or `và`, where a name visibly ends
  /// (punctuation but a comma before another tail, a capital, an auxiliary), or nil.
  mutating func fieldList(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
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
  /// after them, up to punctuation, the sentence's end or `và` before another head (`mục tiêu quốc gia
  /// xây dựng nông thôn mới,`, `giáo dục phổ thông 2018.`, `… nông thôn mới và Chương trình …`); or up to
  /// twelve lower-case words of any kind before the title's acronym in brackets (`mỗi xã một sản phẩm
  /// (OCOP)`).
  mutating func lowerCaseTitleEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
    var end = start
    var field = false
    // `và` and the head of another title after it.
    func anotherTitle(_ index: Int) -> Bool {
      index + 1 < words.count && words[index + 1].joined && words[index + 1].capitalised
        && lowered(units, index, 1) == Self.và && phrase(units, at: index + 1) != nil
    }
    while end < words.count, end < start + 9, words[end].joined, words[end].lowerFirst {
      if anotherTitle(end) { break }
      let last = end + 1 == words.count || !words[end + 1].joined
      // A field is taken whole, even one that a stop word starts (`phát triển`).
      if let (length, _) = tail(units, at: end), end + length <= start + 9 {
        field = true
        end += length
        continue
      }
      if isStop(units, end), !(last && lowered(units, end, 1) == Self.mới) {
        // Any words may make the title that its acronym in brackets ends: `Chương trình mỗi xã một sản
        // phẩm (OCOP)`.
        var close = end
        while close < words.count, close < start + 12, words[close].joined, words[close].lowerFirst { close += 1 }
        return close < words.count && isBracketedAcronym(units, close) ? close : nil
      }
      end += 1
    }
    guard field, end - start >= 2 else { return nil }
    if end < words.count, words[end].joined, isNumber(units, end), words[end].end - words[end].start <= 4 { end += 1 }
    if end < words.count, words[end].joined, anotherTitle(end) { return end }
    // A dash joins the words on both sides (`kinh tế - xã hội`): the title goes on past it.
    return end == words.count || !words[end].joined && gap(units, before: end) != .dash ? end : nil
  }

  /// The capitalised word after one to three lower-case words from `words[start]` (no stop word, all
  /// separated by spaces only), or nil.
  mutating func capitalAfterLowerCase(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
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
  mutating func periodTitleEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
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
      // A field is taken whole, whatever its syllables: `nông thôn mới`.
      if let (length, _) = tail(units, at: index), !CandidateLexicon.periodKeys.contains(lowered(units, index, 2)) {
        index += length
        continue
      }
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
  mutating func acronymAfterLowerCase(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
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
  mutating func fieldWord(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
    guard index > 0, isVietnameseSyllable(units, index - 1), index + 1 < words.count, words[index + 1].joined,
      words[index + 1].lowerFirst
    else { return nil }
    // A word of four syllables first (`Trí tuệ nhân tạo`), then of three (`Xuất nhập khẩu`, `Nông lâm
    // nghiệp`); not one whose last syllable starts a word with the next (`Thế giới quan` + `ngại`).
    if index + 2 < words.count, words[index + 2].joined, words[index + 2].lowerFirst, !startsWord(units, at: index + 2)
    {
      let ranges = (index - 1...index + 2).map { words[$0].start..<words[$0].end }
      if VietnameseWords.contains(VietnameseWords.key(ranges, of: units)) { return 3 }
    }
    if !startsWord(units, at: index + 1) {
      let ranges = (index - 1...index + 1).map { words[$0].start..<words[$0].end }
      if VietnameseWords.contains(VietnameseWords.key(ranges, of: units))
        || CandidateLexicon.tails[lowered(units, index - 1, 3)] == .field
      {
        return 2
      }
    }
    guard CandidateLexicon.tails[lowered(units, index - 1, 2)] == nil, !isCommonWord(units, index - 1),
      let (length, tail) = tail(units, at: index), length >= 2, tail == .field
    else { return nil }
    return 0
  }

  /// Whether the lower-case `words[index]` completes the capitalised word before it: a known word
  /// (`Tiếng nói`, `Nhi Trung ương`, not `Việt Nam gặp`), or any syllable but a stop word after a lone
  /// capitalised Vietnamese syllable (`Y tế`, not `Vingroup công bố`).
  mutating func completes(_ units: UnsafeBufferPointer<UInt16>, at index: Int, capitals: Int) -> Bool {
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
  mutating func startsWord(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    guard index + 1 < words.count, words[index + 1].joined, words[index + 1].lowerFirst else { return false }
    return isCommonWord(units, index)
  }

  /// Whether `words[index]` starts a field word (`Đầu tư`, `Thương binh`): capitalised, no head but one
  /// that is also a field noun (`Phòng không - Không quân`), and completed by the lower-case word after it.
  mutating func startsFieldWord(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
    index + 1 < words.count && words[index].capitalised && words[index + 1].joined && words[index + 1].lowerFirst
      && (phrase(units, at: index) == nil || CandidateLexicon.tails[lowered(units, index, 2)] == .field)
      && completes(units, at: index + 1, capitals: 1)
  }

  /// The longest tail (`CandidateLexicon.Tail`) at `words[index]`, lower case, with its length.
  mutating func tail(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> (Int, CandidateLexicon.Tail)? {
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
    if found == nil, index + 1 < words.count, words[index + 1].lowerFirst, chốngAfterPhòng(units, at: index + 1) {
      return (2, .activity)
    }
    return found
  }

  /// The end of the tails from `words[start]` after `last`, and whether a qualifier was among them.
  ///
  /// Nil when there is none. A qualifier may follow the head; a field noun or activity follows a field
  /// word or another tail; trailing activities are dropped unless the name visibly ends after them.
  mutating func tails(
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

  /// The longest title or institution phrase (or ignored phrase, as nil) starting at `words[index]`.
  mutating func phrase(
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
  mutating func headTitleLength(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
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

  /// The end of the police force and its place after a police unit's name ending at `words[index]`, or
  /// nil: the unit's head is one of `CandidateLexicon.policeUnitHeads` and `Công an` with a place after
  /// its unit word follows (`Phòng Cảnh sát giao thông Công an TP Hà Nội`).
  mutating func policeForceEnd(_ units: UnsafeBufferPointer<UInt16>, unit head: Range<Int>, at index: Int) -> Int? {
    guard index + 2 < words.count, words[index].joined, words[index].capitalised, words[index + 1].joined,
      CandidateLexicon.policeUnitHeadKeys.contains(lowered(units, head.lowerBound, head.count)),
      lowered(units, index, 2) == CandidateLexicon.côngAn
    else { return nil }
    // A place's acronym stands alone after the force: `Phòng Cảnh sát giao thông Công an` + `TP.HCM`.
    if index + 2 < words.count, words[index + 2].joined, words[index + 2].acronym,
      CandidateLexicon.placeAcronymKeys.contains(lowered(units, index + 2, 1)), lowered(units, index + 2, 1) != Self.tp
    {
      return index + 2
    }
    return designatedPlaceEnd(units, at: index + 2)
  }
}
