/// The Vietnamese rules over ICU's sentence boundaries: which to drop (abbreviations, numbers,
/// links, a lower-case continuation) and which to add (after an ellipsis, before a digit or an
/// interview dash).
///
/// A value with no ICU state: any thread may use it.
struct SentenceRules: Sendable {
  let abbreviations: AbbreviationList
  private let tables = CharacterTables.shared

  init(abbreviations: AbbreviationList) {
    self.abbreviations = abbreviations
  }

  /// Sentence ranges of `text`, trimmed of surrounding white space, from ICU's boundaries in it.
  ///
  /// `cuts` is scratch space the caller keeps between calls.
  func split(
    _ text: UnsafeBufferPointer<UInt16>, icuBoundaries: UnsafeBufferPointer<Int32>, cuts: inout [Int]
  ) -> [Range<Int>] {
    let count = text.count
    guard count > 0 else { return [] }
    cuts.removeAll(keepingCapacity: true)
    for boundary in icuBoundaries {
      let cut = Int(boundary)
      if cut >= count { break }
      if keepsICUBoundary(at: cut, in: text) { cuts.append(cut) }
    }
    addMissingBoundaries(in: text, to: &cuts)
    cuts.append(count)
    return ranges(from: cuts, in: text)
  }

  // MARK: - Removing boundaries

  /// Whether ICU's boundary at `cut` (the start of the next sentence) stands.
  private func keepsICUBoundary(at cut: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    if LinkGuard.cuts(at: cut, in: text, tables: tables) { return false }
    var end = cut
    while end > 0 && tables.isSpace(text[end - 1]) { end -= 1 }
    guard end > 0 else { return false }
    let next = text[cut]
    // The TTXVN end marker "./." belongs to the sentence before it.
    if next == 0x2F, cut + 1 < text.count, text[cut + 1] == 0x2E, text[end - 1] == 0x2E { return false }
    // Vietnamese sentences start with an upper-case letter, a digit, a quote or a dash; a lower-case
    // letter continues the sentence (“Tại sao?” ông hỏi).
    let firstLetter = firstLetterOrDigit(from: cut, in: text)
    if let firstLetter, tables.isLower(text[firstLetter]) { return false }
    guard text[end - 1] == 0x2E else { return true }
    let token = tokenBefore(end, in: text)
    guard token.count >= 2 else { return true }
    // A list number ("1. Điểm thứ nhất.") starts its item, it is no sentence of its own.
    if isListNumber(token, in: text) { return false }
    if abbreviations.isMayEnd(token) {
      guard let firstLetter else { return true }
      return tables.isUpper(text[firstLetter])
    }
    // A vowel with a diacritic (`châu Á.`, `Ý.`) is a word, not an initial.
    if token.count == 2, let letter = token.first, letter > 0x7F, tables.isVowel(tables.lowercase(letter)) {
      return true
    }
    // Initials with their periods before a foreign surname make one name: `J.P. Morgan`; not before a
    // Vietnamese word (`… N.V.T. Sau đó …`).
    if token.count >= 4, token.count % 2 == 0,
      token.indices.allSatisfy({ ($0 - token.startIndex) % 2 == 0 ? tables.isUpper(text[$0]) : text[$0] == 0x2E }),
      let firstLetter, tables.isUpper(text[firstLetter])
    {
      var wordEnd = firstLetter
      while wordEnd < text.count, tables.isLetter(text[wordEnd]) || tables.isMark(text[wordEnd]) { wordEnd += 1 }
      let word = String(decoding: text[firstLetter..<wordEnd], as: UTF16.self)
      if !VietnameseSyllable.isVietnamese(word) { return false }
    }
    if abbreviations.isBeforeName(token) {
      // A single initial after a category word ("bảng A. Đội …") or a number ("công suất 1 W. Trạm …")
      // is a label or a unit, not a name; before a function word that opens a clause ("… em H. Sau
      // đó, …") or a title's abbreviation ("… cúm A. PGS.TS. Nguyễn …") it ends the sentence.
      if token.count == 2,
        isLabelWord(before: token.startIndex, in: text) || isNumber(before: token.startIndex, in: text)
      {
        return true
      }
      if token.count == 2, let firstLetter, opensClause(at: firstLetter, in: text) { return true }
      if token.count == 2, let firstLetter, isTitleAbbreviation(at: firstLetter, in: text) { return true }
      // … or a word for a person, which the person's name follows (`… Trần Minh K. Cháu K. đã …`).
      if token.count == 2, let firstLetter, isPersonWord(at: firstLetter, in: text) { return true }
      return false
    }
    return true
  }

  /// Whether `token` (ending in a period) is a list number of one to three digits that starts the
  /// text or follows the end of a sentence.
  private func isListNumber(_ token: Slice<UnsafeBufferPointer<UInt16>>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    guard token.count <= 4, token.dropLast().allSatisfy({ tables.isDigit($0) }) else { return false }
    var before = token.startIndex
    while before > 0 && tables.isSpace(text[before - 1]) { before -= 1 }
    guard before > 0 else { return true }
    var last = before - 1
    while last > 0, SentenceSegmenter.isClosing(text[last]) { last -= 1 }
    return Self.isTerminator(text[last])
  }

  /// Whether a capitalised function word (`FunctionWords`) starts at `start`, followed by a comma or a
  /// lower-case word: the start of a clause, not of a name (`Sau đó, …`, `Bà mất …`; not `Bà Rịa`).
  private func opensClause(at start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    guard start < text.count, tables.isUpper(text[start]) else { return false }
    var end = start
    while end < text.count, tables.isLetter(text[end]) || tables.isMark(text[end]) { end += 1 }
    guard end < text.count, FunctionWords.contains(start..<end, in: text) else { return false }
    if text[end] == 0x2C { return true }
    guard tables.isSpace(text[end]) else { return false }
    var next = end
    while next < text.count, tables.isSpace(text[next]) { next += 1 }
    guard next < text.count && tables.isLower(text[next]) else { return false }
    var nextEnd = next
    while nextEnd < text.count, tables.isLetter(text[nextEnd]) || tables.isMark(text[nextEnd]) { nextEnd += 1 }
    return !FunctionWords.isNoun(
      (start..<end).map { tables.lowercase(text[$0]) }, (next..<nextEnd).map { tables.lowercase(text[$0]) })
  }

  @inline(__always) private static func isTerminator(_ unit: UInt16) -> Bool {
    unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2026
  }

  /// The token ending at `end` (after the last space), without opening quotes or brackets,
  /// indexed like `text`.
  private func tokenBefore(_ end: Int, in text: UnsafeBufferPointer<UInt16>) -> Slice<UnsafeBufferPointer<UInt16>> {
    var start = end
    while start > 0 && !tables.isSpace(text[start - 1]) { start -= 1 }
    while start < end, SentenceSegmenter.isOpening(text[start]) { start += 1 }
    return text[start..<end]
  }

  /// Words for a person that a name follows and that are no syllable of a name themselves: after an
  /// initial, capitalised, they start a sentence (`… cháu Trần Minh K. Cháu K. đã …`); also written into
  /// the SRX rules.
  static let personWords: Set<String> = ["ông", "bà", "chị", "em", "cháu", "bé", "cụ"]

  /// Words for a person that a name follows in running text.
  ///
  /// The `personWords` and the ones that are also syllables of names (`anh`, `cô`). After one of them in
  /// lower case a capitalised word is the name, not the start of a clause (`… gia đình anh Song, ngoài …`).
  static let wordsBeforeAName: Set<String> = personWords.union(["anh", "cô", "chú", "bác", "dì", "cậu"])

  /// Whether the word ending at `end` is one of the `wordsBeforeAName`, in lower case.
  private func followsWordForAPerson(_ end: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    var start = end
    while start > 0, tables.isLetter(text[start - 1]) || tables.isMark(text[start - 1]) { start -= 1 }
    guard start < end, start == 0 || tables.isSpace(text[start - 1]), tables.isLower(text[start]) else { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF16.self)
    return Self.wordsBeforeAName.contains(word)
  }

  private func isPersonWord(at start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    guard tables.isUpper(text[start]) else { return false }
    var end = start
    while end < text.count, tables.isLetter(text[end]) || tables.isMark(text[end]) { end += 1 }
    guard end < text.count, tables.isSpace(text[end]) || text[end] == 0x2C else { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF16.self)
    return Self.personWords.contains(word.lowercased())
  }

  /// Words after which a single letter and period is a label ("bảng A.", "hạng B."); also written
  /// into the SRX rules (`SRXRules`).
  static let labelWords: Set<String> = [
    "bảng", "hạng", "loại", "nhóm", "khu", "lớp", "phòng", "mục", "điểm", "tầng", "số", "phần", "khối", "tòa",
    "dãy", "đội", "vitamin", "type", "group", "độ", "nhiệt",
  ]

  private func isLabelWord(before start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    var end = start
    while end > 0 && tables.isSpace(text[end - 1]) { end -= 1 }
    var wordStart = end
    while wordStart > 0 && tables.isLetter(text[wordStart - 1]) { wordStart -= 1 }
    guard wordStart < end else { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: text[wordStart..<end]), as: UTF16.self)
    return Self.labelWords.contains(word.lowercased())
  }

  /// Whether the token before `start` (past white space) ends in a digit: `1 W.`, `500 V.`.
  private func isNumber(before start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    var end = start
    while end > 0 && tables.isSpace(text[end - 1]) { end -= 1 }
    return end < start && end > 0 && tables.isDigit(text[end - 1])
  }

  /// Whether the token at `start` is an abbreviation of two letters or more that a name follows
  /// (`PGS.TS.`, `TS.`, `TP.`): no name goes on after an initial with one.
  private func isTitleAbbreviation(at start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    var end = start
    while end < text.count, !tables.isSpace(text[end]) { end += 1 }
    return end - start > 2 && text[end - 1] == 0x2E
      && abbreviations.isBeforeName(UnsafeBufferPointer(rebasing: text[start..<end]))
  }

  private func firstLetterOrDigit(from start: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
    var index = start
    while index < text.count && index < start + 4 {
      if tables.isWordCharacter(text[index]) { return index }
      index += 1
    }
    return nil
  }

  // MARK: - Adding boundaries

  /// Adds the boundaries ICU misses: after an ellipsis before an upper-case word, before a sentence
  /// that starts with a digit, and before an interview turn (` - `) after a terminator.
  private func addMissingBoundaries(
    in text: UnsafeBufferPointer<UInt16>, to cuts: inout [Int]
  ) {
    let count = text.count
    var added = false
    var index = 0
    while let found = Self.nextTerminator(from: index, in: text) {
      let unit = text[found]
      index = found + 1
      // Skip closing quotes and brackets, then require white space.
      var afterClose = index
      while afterClose < count, SentenceSegmenter.isClosing(text[afterClose]) { afterClose += 1 }
      var next = afterClose
      while next < count, tables.isSpace(text[next]) { next += 1 }
      guard next > afterClose, next < count else { continue }
      let first = text[next]
      var cut: Int?
      if first == 0x2D || first == 0x2013 || first == 0x2014 {
        // Interview turn: "…? - Tôi cho rằng …", `- "Anh đi đâu?"`. A lower-case word right after the
        // dash names who spoke the quotation before it, and the sentence goes on (`"Ai đấy?" - bà hỏi.`).
        if next + 1 < count, tables.isSpace(text[next + 1]), next + 2 == count || !tables.isLower(text[next + 2]) {
          cut = next
        }
      } else if SentenceSegmenter.isOpeningQuote(first), next + 1 < count, tables.isLower(text[next + 1]) {
        // A quotation that opens with a lower-case word after a terminator starts a sentence (`… ra về.
        // "thôi, mai tính" là câu …`): the quote opens (a space before it, a letter right after it), so
        // it is no closing quote before the rest of the sentence (`“Tại sao?” ông hỏi.`). Not after an
        // abbreviation or a single letter (`TP. "xanh"`, a word cut to its initial `m. "khùng"`).
        if unit != 0x2E || !endsInAbbreviationOrLetter(tokenBefore(index, in: text)) { cut = next }
      } else if unit == 0x2026 || (unit == 0x2E && index >= 3 && text[index - 2] == 0x2E && text[index - 3] == 0x2E) {
        // Ellipsis before an upper-case word (possibly after an opening quote).
        if let letter = firstLetterOrDigit(from: next, in: text), tables.isUpper(text[letter]) { cut = next }
      } else if unit != 0x2026, tables.isLower(first), startsWithInnerCapital(at: next, in: text) {
        // A lower-case brand starts a sentence: "… ngân sách. iPhone 15 ra mắt …", "eBay là …".
        let token = tokenBefore(index, in: text)
        if unit != 0x2E || (!abbreviations.isBeforeName(token) && !abbreviations.isMayEnd(token)) { cut = next }
      } else if tables.isDigit(first) {
        // "… tăng mạnh. 48% phụ huynh …", "… năm 2023. 15 người …": a terminator after a word or a
        // number of two or more digits (not a list number "1.", not an abbreviation).
        let end = index - 1
        if end > 0, tables.isWordCharacter(text[end - 1]) {
          let token = tokenBefore(index, in: text)
          let abbreviated = abbreviations.isBeforeName(token) || abbreviations.isMayEnd(token)
          if unit != 0x2E || (!abbreviated && token.count > 2) { cut = next }
        }
      }
      if let cut, !cuts.contains(cut) {
        cuts.append(cut)
        added = true
      }
    }
    if addCreditBoundaries(in: text, to: &cuts) { added = true }
    if addGluedClauseBoundaries(in: text, to: &cuts) { added = true }
    if added { cuts.sort() }
  }

  /// Whether `token` (ending in a period) is a listed abbreviation or one letter and the period.
  private func endsInAbbreviationOrLetter(_ token: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
    if token.count == 2, let letter = token.first, tables.isLetter(letter) { return true }
    return abbreviations.isBeforeName(token) || abbreviations.isMayEnd(token)
  }

  /// Whether the word ending at `end` starts with a lower-case letter or a digit.
  private func lowerCaseWord(endingAt end: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    var start = end
    while start > 0, !tables.isSpace(text[start - 1]) { start -= 1 }
    return start < end && (tables.isLower(text[start]) || tables.isDigit(text[start]))
  }

  /// Whether the word at `start` begins in lower case and has a capital inside (`iPhone`, `eBay`).
  private func startsWithInnerCapital(at start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    var index = start + 1
    while index < text.count, tables.isWordCharacter(text[index]) {
      if tables.isUpper(text[index]) { return true }
      index += 1
    }
    return false
  }

  // MARK: Photo credits and glued clauses

  /// Adds the boundaries around photo credits that scraped text glues to a caption or to a sentence.
  ///
  /// Before a credit that follows text with no final punctuation (`… vào lưới Braga (Nguồn:
  /// AFP)`, `… sáng 18/10 Ảnh: Ngọc Thành`) and after the credit when a sentence follows it (`Ảnh: TTXVN
  /// Thủ tướng …`, `(Nguồn: AFP) Đội tuyển …`, `Ảnh minh họa Theo NCSC …`). A credit is `Ảnh:` or
  /// `Nguồn:` with a capital (in brackets or not), or `Ảnh minh họa`. Returns whether it added any.
  private func addCreditBoundaries(in text: UnsafeBufferPointer<UInt16>, to cuts: inout [Int]) -> Bool {
    var added = false
    func add(_ cut: Int) {
      guard cut > 0, cut < text.count, !cuts.contains(cut) else { return }
      cuts.append(cut)
      added = true
    }
    var index = 0
    while let marker = nextCreditMarker(from: index, in: text) {
      index = marker.end
      let bracketed = marker.start > 0 && text[marker.start - 1] == 0x28
      let start = bracketed ? marker.start - 1 : marker.start
      // Before the credit, when what precedes it has not ended.
      var before = start
      while before > 0 && tables.isSpace(text[before - 1]) { before -= 1 }
      if before > 0, before < start, !Self.isTerminator(text[before - 1]), text[before - 1] != 0x3A {
        add(start)
      }
      if bracketed {
        // After the closing bracket, when a capital or a digit follows.
        var close = marker.end
        while close < text.count, close < marker.end + 80, text[close] != 0x29 { close += 1 }
        guard close < text.count, text[close] == 0x29 else { continue }
        var next = close + 1
        while next < text.count, tables.isSpace(text[next]) { next += 1 }
        if next > close + 1, next < text.count, tables.isUpper(text[next]) || tables.isDigit(text[next]) { add(next) }
        continue
      }
      if !marker.colon {
        var next = marker.end
        while next < text.count, tables.isSpace(text[next]) { next += 1 }
        if next > marker.end, next < text.count, tables.isUpper(text[next]) { add(next) }
        continue
      }
      if let sentence = sentenceAfterCredit(from: marker.end, in: text) { add(sentence) }
    }
    return added
  }

  /// The next credit marker at or after `from`: its range, and whether a colon ends it (`Ảnh:`) or not
  /// (`Ảnh minh họa`).
  private func nextCreditMarker(
    from start: Int, in text: UnsafeBufferPointer<UInt16>
  ) -> (start: Int, end: Int, colon: Bool)? {
    var index = start
    while index < text.count {
      let unit = text[index]
      defer { index += 1 }
      // `Ả` (U+1EA2) or `N`, at the start of a word.
      guard unit == 0x1EA2 || unit == 0x4E, index == 0 || !tables.isWordCharacter(text[index - 1]) else { continue }
      let word = unit == 0x1EA2 ? Self.ảnh : Self.nguồn
      guard matches(word, at: index, in: text) else { continue }
      var end = index + word.count
      var after = end
      while after < text.count, text[after] == 0x20 { after += 1 }
      if after < text.count, text[after] == 0x3A { return (index, after + 1, true) }
      guard unit == 0x1EA2, after > end else { continue }
      for words in Self.illustration where matches(words, at: after, in: text) {
        end = after + words.count
        if end == text.count || !tables.isWordCharacter(text[end]) { return (index, end, false) }
      }
    }
    return nil
  }

  private func matches(_ word: [UInt16], at start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    guard start + word.count <= text.count else { return false }
    for offset in 0..<word.count where text[start + offset] != word[offset] { return false }
    return start + word.count == text.count || !tables.isWordCharacter(text[start + word.count])
  }

  static let ảnh = Array("Ảnh".utf16)
  static let các = Array("Các".utf16)
  static let nguồn = Array("Nguồn".utf16)
  static let illustration = [Array("minh họa".utf16), Array("minh hoạ".utf16)]

  /// Where the sentence after a credit's name starts (`Ảnh: TTXVN` + `Thủ tướng …`), or nil.
  ///
  /// The credit is one capitalised word or acronym and what follows it up to punctuation; the sentence
  /// starts at a capitalised word after an acronym (`TTXVN Thủ tướng`) or, unless a name of two
  /// capitalised words starts there, after a lower-case word (`Nhà sản xuất cung cấp Lấy …`; not `Công an
  /// Đà Nẵng`), at a function word (`Reuters Theo …`), or at a capitalised word
  /// before a lower-case one after a two-word name (`Ngọc Thành Đội tuyển …`).
  private func sentenceAfterCredit(from start: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
    var tokens: [Range<Int>] = []
    var index = start
    while tokens.count < 8 {
      while index < text.count, tables.isSpace(text[index]) { index += 1 }
      guard index < text.count else { break }
      let tokenStart = index
      while index < text.count, !tables.isSpace(text[index]) { index += 1 }
      tokens.append(tokenStart..<index)
    }
    guard let first = tokens.first, tables.isUpper(text[first.lowerBound]) || tables.isDigit(text[first.lowerBound])
    else { return nil }
    func isAcronym(_ token: Range<Int>) -> Bool { !token.contains { tables.isLower(text[$0]) } }
    func endsInPunctuation(_ token: Range<Int>) -> Bool {
      let last = text[token.upperBound - 1]
      return !tables.isWordCharacter(last) && last != 0x29
    }
    for position in tokens.indices {
      let token = tokens[position]
      if position > 0, tables.isUpper(text[token.lowerBound]) {
        let previous = tokens[position - 1]
        var letters = token.lowerBound
        while letters < token.upperBound, tables.isLetter(text[letters]) || tables.isMark(text[letters]) {
          letters += 1
        }
        let nextIsLower = position + 1 < tokens.count && tables.isLower(text[tokens[position + 1].lowerBound])
        let nextIsUpper = position + 1 < tokens.count && tables.isUpper(text[tokens[position + 1].lowerBound])
        // After a lower-case word, a name of two capitalised words or more still completes the credit
        // (`Công an Đà Nẵng Người dân …`).
        // A name in capitals goes on after its first word (`Ảnh: PHAN HẬU`).
        if tables.isLower(text[previous.lowerBound]) && !nextIsUpper || isAcronym(previous) && !isAcronym(token)
          || FunctionWords.contains(token.lowerBound..<letters, in: text) && !isAcronym(token)
          || (position >= 2 && nextIsLower)
        {
          return token.lowerBound
        }
      }
      if endsInPunctuation(token) { return nil }
    }
    return nil
  }

  /// Adds a boundary where an unpunctuated heading or caption runs into its paragraph.
  ///
  /// That is before a capitalised function word glued to a lower-case word or a number with no
  /// punctuation, when a comma or a lower-case word follows it (`… lần thứ ba Sáng nay, …`, `… sáng
  /// 18/10 Theo BTC …`). Mid-sentence, Vietnamese writes these words in lower case; after a capitalised
  /// word they may be a syllable of a name (`Ban Chỉ huy`, `Ba Vì`, `Trần Thị Năm`). Returns whether it
  /// added any.
  private func addGluedClauseBoundaries(in text: UnsafeBufferPointer<UInt16>, to cuts: inout [Int]) -> Bool {
    var added = false
    var index = 2
    while index < text.count {
      defer { index += 1 }
      guard tables.isUpper(text[index]), text[index - 1] == 0x20, tables.isWordCharacter(text[index - 2]),
        lowerCaseWord(endingAt: index - 1, in: text), !followsWordForAPerson(index - 1, in: text),
        !namesMembers(at: index, in: text), opensClause(at: index, in: text), !cuts.contains(index)
      else { continue }
      cuts.append(index)
      added = true
    }
    return added
  }

  /// Whether the capitalised `Các` (the …) at `start` names a body's members after a capitalised word
  /// that one or two lower-case syllables complete, as official names write it: `Hiệp hội Các nhà bán
  /// lẻ`, `Bộ Tổng tham mưu Các lực lượng vũ trang`; a heading runs on from longer lower-case text.
  private func namesMembers(at start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    guard matches(Self.các, at: start, in: text) else { return false }
    var end = start - 1
    for _ in 0..<3 {
      var word = end
      while word > 0, !tables.isSpace(text[word - 1]) { word -= 1 }
      guard word < end, tables.isLetter(text[word]) else { return false }
      if tables.isUpper(text[word]) { return end < start - 1 }
      guard word >= 2, text[word - 1] == 0x20 else { return false }
      end = word - 1
    }
    return false
  }

  /// The position of the next `.`, `!`, `?` or `…` at or after `start`.
  ///
  /// Four code units are tested at a time in a 64-bit word: a lane equals a terminator when that lane
  /// of `word ^ terminator` is zero. The zero-lane test can also flag a lane above a true zero (a borrow
  /// runs upward), never below one, so the lowest flagged lane is the first terminator.
  @inline(__always)
  private static func nextTerminator(from start: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
    guard let base = text.baseAddress else { return nil }
    let count = text.count
    let ones: UInt64 = 0x0001_0001_0001_0001
    let highs: UInt64 = 0x8000_8000_8000_8000
    @inline(__always) func zeroLanes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
    var index = start
    while index + 4 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let lanes =
        zeroLanes(word ^ (ones &* 0x2E)) | zeroLanes(word ^ (ones &* 0x21)) | zeroLanes(word ^ (ones &* 0x3F))
        | zeroLanes(word ^ (ones &* 0x2026))
      if lanes != 0 { return index + lanes.trailingZeroBitCount >> 4 }
      index += 4
    }
    while index < count {
      let unit = base[index]
      if unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2026 { return index }
      index += 1
    }
    return nil
  }

  /// Builds trimmed, non-empty ranges from the cut positions (each the start of a new sentence).
  private func ranges(from cuts: [Int], in text: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    result.reserveCapacity(cuts.count)
    var start = 0
    for cut in cuts {
      var lower = start
      var upper = cut
      while lower < upper && tables.isSpace(text[lower]) { lower += 1 }
      while upper > lower && tables.isSpace(text[upper - 1]) { upper -= 1 }
      if lower < upper { result.append(lower..<upper) }
      start = cut
    }
    return result
  }
}

/// Links no sentence boundary may fall inside: URLs, e-mail addresses and domain names.
///
/// Links hold no spaces, so only a boundary with no space before it can cut one; it is checked
/// by looking at the token around it, never by scanning the whole line.
enum LinkGuard {
  /// Whether a boundary at `offset` falls inside a link.
  static func cuts(at offset: Int, in text: UnsafeBufferPointer<UInt16>, tables: CharacterTables) -> Bool {
    let count = text.count
    guard offset > 0, offset < count, !tables.isSpace(text[offset - 1]), !tables.isSpace(text[offset]) else {
      return false
    }
    var start = offset
    while start > 0 && !tables.isSpace(text[start - 1]) { start -= 1 }
    var end = offset
    while end < count && !tables.isSpace(text[end]) { end += 1 }
    guard isLink(UnsafeBufferPointer(rebasing: text[start..<end]), tables: tables) else { return false }
    // Trailing punctuation is not part of the link.
    while end > start, SentenceSegmenter.isClosing(text[end - 1]) || isTrailingPunctuation(text[end - 1]) {
      end -= 1
    }
    return offset < end
  }

  @inline(__always) static func isTrailingPunctuation(_ unit: UInt16) -> Bool {
    unit == 0x2E || unit == 0x2C || unit == 0x3B || unit == 0x3A || unit == 0x21 || unit == 0x3F
  }

  /// `scheme://…`, `www.…`, `name@host.domain`, or a domain name (`rt.com`, `VnExpress.net`).
  static func isLink(_ token: UnsafeBufferPointer<UInt16>, tables: CharacterTables) -> Bool {
    let count = token.count
    var index = 0
    while index + 2 < count {
      if token[index] == 0x3A && token[index + 1] == 0x2F && token[index + 2] == 0x2F { return true }
      index += 1
    }
    if count > 4, tables.lowercase(token[0]) == 0x77, tables.lowercase(token[1]) == 0x77,
      tables.lowercase(token[2]) == 0x77, token[3] == 0x2E
    {
      return true
    }
    if let at = token.firstIndex(of: 0x40), at > 0, token[(at + 1)...].dropLast().contains(0x2E) { return true }
    return false
  }
}
