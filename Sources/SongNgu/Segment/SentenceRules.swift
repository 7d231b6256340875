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
    if abbreviations.isMayEnd(token) {
      guard let firstLetter else { return true }
      return tables.isUpper(text[firstLetter])
    }
    if abbreviations.isBeforeName(token) {
      // A single initial after a category word ("bảng A. Đội …") is a label, not a name.
      if token.count == 2, isLabelWord(before: token.startIndex, in: text) { return true }
      return false
    }
    return true
  }

  /// The token ending at `end` (after the last space), without opening quotes or brackets,
  /// indexed like `text`.
  private func tokenBefore(_ end: Int, in text: UnsafeBufferPointer<UInt16>) -> Slice<UnsafeBufferPointer<UInt16>> {
    var start = end
    while start > 0 && !tables.isSpace(text[start - 1]) { start -= 1 }
    while start < end, SentenceSegmenter.isOpening(text[start]) { start += 1 }
    return text[start..<end]
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
        // Interview turn: "…? - Tôi cho rằng …"
        if next + 1 < count, tables.isSpace(text[next + 1]) { cut = next }
      } else if unit == 0x2026 || (unit == 0x2E && index >= 3 && text[index - 2] == 0x2E && text[index - 3] == 0x2E) {
        // Ellipsis before an upper-case word (possibly after an opening quote).
        if let letter = firstLetterOrDigit(from: next, in: text), tables.isUpper(text[letter]) { cut = next }
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
    if added { cuts.sort() }
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
