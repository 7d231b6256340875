/// Dates, numbers and amounts of money in a Vietnamese sentence, written the English way for the
/// draft: `tháng 8/2017` → `August 2017`, `ngày 23/5` → `May 23`, `23-25/5` → `May 23–25`, `1.000` →
/// `1,000`, `2,5` → `2.5`, `5 tỷ USD` → `USD 5 billion`, `30 triệu đồng` → `30 million dong`.
///
/// Each conversion is substituted and marked in the draft like a glossary term, for the translator to
/// review. Only unambiguous forms are converted: a bare `10/12` is a date only after a word that
/// introduces one (`ngày`, `sáng`, `chiều`, `hôm` …), and numbers glued to letters (`U23`, `PM2,5`)
/// are left alone.
enum DraftConversions {
  /// What a conversion is, for the draft's spans.
  enum Kind: String, Sendable, Codable {
    case date
    case number
    case amount
  }

  /// One conversion: the units it replaces in the sentence and the English.
  struct Conversion: Equatable {
    var range: Range<Int>
    var text: String
    var kind: Kind
  }

  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]
  /// Words after which `D/M` is a date.
  static let dateCues: Set<String> = ["ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "khuya", "rạng"]
  /// Vietnamese number scales and their English names.
  static let scales: [String: String] = [
    "nghìn": "thousand", "ngàn": "thousand", "triệu": "million", "tỷ": "billion", "tỉ": "billion",
  ]
  /// Currencies after an amount: the English code written before the amount, or the word after it.
  static let currencyCodes: [String: String] = ["usd": "USD", "eur": "EUR", "euro": "EUR", "vnd": "VND"]
  static let currencyWords: [String: String] = ["đồng": "dong", "yen": "yen", "yên": "yen"]

  /// A word of the sentence: its units, and its core (without leading and trailing punctuation).
  struct Word {
    var range: Range<Int>
    var core: Range<Int>
    /// The core's text, for a word with a digit (empty otherwise).
    var text: String
    /// The core's lower-case key.
    var key: VietnameseWords.Key
    var hasDigit: Bool
    /// Only ASCII digits.
    var isInteger: Bool
    var hasSlash: Bool
    /// Whether nothing but the core is in the word (no punctuation around it).
    var isBare: Bool { range == core }
  }

  /// The conversions in `units` (a sentence), in order, not overlapping.
  static func find(in units: UnsafeBufferPointer<UInt16>) -> [Conversion] {
    var result: [Conversion] = []
    var converted = 0  // where the last conversion ends
    var searched = 0
    // Each number with the words around it: a conversion starts at most one word before its
    // number and ends at most four after it.
    while let digit = units[searched...].firstIndex(where: isDigit) {
      let wordStart = units[..<digit].lastIndex(where: CharacterClass.isSpace).map { $0 + 1 } ?? 0
      let wordEnd = units[digit...].firstIndex(where: CharacterClass.isSpace) ?? units.count
      let words = words(
        of: units,
        in: wordBoundary(
          before: wordStart, words: 2, in: units)..<wordBoundary(
            after: wordEnd, words: 4, in: units))
      var index = 0
      while index < words.count {
        let nearDigit = words[index].hasDigit || (index + 1 < words.count && words[index + 1].hasDigit)
        if nearDigit, words[index].core.lowerBound >= converted, let (conversion, next) = convert(at: index, in: words)
        {
          result.append(conversion)
          converted = conversion.range.upperBound
          index = next
        } else {
          index += 1
        }
      }
      searched = max(wordEnd, converted)
    }
    return result
  }

  /// Where the `words`-th word before `position` starts (or the text's start).
  private static func wordBoundary(before position: Int, words: Int, in units: UnsafeBufferPointer<UInt16>) -> Int {
    var start = position
    for _ in 0..<words {
      var index = start
      while index > 0 && CharacterClass.isSpace(units[index - 1]) { index -= 1 }
      guard index > 0 else { break }
      while index > 0 && !CharacterClass.isSpace(units[index - 1]) { index -= 1 }
      start = index
    }
    return start
  }

  /// Where the `words`-th word after `position` ends (or the text's end).
  private static func wordBoundary(after position: Int, words: Int, in units: UnsafeBufferPointer<UInt16>) -> Int {
    var end = position
    for _ in 0..<words {
      var index = end
      while index < units.count && CharacterClass.isSpace(units[index]) { index += 1 }
      guard index < units.count else { break }
      while index < units.count && !CharacterClass.isSpace(units[index]) { index += 1 }
      end = index
    }
    return end
  }

  /// The conversion that starts at word `index`, and the index of the word after it.
  private static func convert(at index: Int, in words: [Word]) -> (Conversion, Int)? {
    let word = words[index]
    func at(_ offset: Int) -> Word? {
      index + offset < words.count && index + offset >= 0 ? words[index + offset] : nil
    }
    func bare(_ offset: Int) -> Bool { at(offset)?.isBare ?? false }
    func key(_ offset: Int) -> VietnameseWords.Key? { at(offset)?.key }
    func conversion(to last: Int, _ english: String, _ kind: Kind) -> (Conversion, Int) {
      (Conversion(range: word.core.lowerBound..<words[last].core.upperBound, text: english, kind: kind), last + 1)
    }
    // ngày D tháng M [năm YYYY]
    if word.key == Keys.day, bare(0), let day = at(1).flatMap(Self.day), bare(1), key(2) == Keys.month, bare(2),
      let month = at(3).flatMap(Self.month)
    {
      if bare(3), key(4) == Keys.year, bare(4), let year = at(5).flatMap(Self.year) {
        return conversion(to: index + 5, "\(months[month - 1]) \(day), \(year)", .date)
      }
      return conversion(to: index + 3, "\(months[month - 1]) \(day)", .date)
    }
    // tháng M năm YYYY, tháng M/YYYY
    if word.key == Keys.month, bare(0) {
      if let month = at(1).flatMap(Self.month), bare(1), key(2) == Keys.year, bare(2),
        let year = at(3).flatMap(Self.year)
      {
        return conversion(to: index + 3, "\(months[month - 1]) \(year)", .date)
      }
      if let next = at(1), next.hasSlash, let (month, year) = monthYear(next.text) {
        return conversion(to: index + 1, "\(months[month - 1]) \(year)", .date)
      }
      return nil
    }
    // D/M/YYYY, D1-D2/M[/YYYY], and D/M after a date word; `ngày` before them is taken in.
    let takesDay = word.key == Keys.day && bare(0)
    let dateIndex = takesDay ? index + 1 : index
    if dateIndex < words.count, words[dateIndex].hasSlash, let date = date(words[dateIndex].text) {
      let cued = dateIndex > 0 && Keys.dateCues.contains(words[dateIndex - 1].key)
      if date.year != nil || date.lastDay != nil || cued {
        let days = date.lastDay.map { "\(date.day)–\($0)" } ?? "\(date.day)"
        let english = "\(months[date.month - 1]) \(days)" + (date.year.map { ", \($0)" } ?? "")
        return conversion(to: dateIndex, english, .date)
      }
    }
    guard !takesDay, word.hasDigit else { return nil }
    // A plain integer needs nothing unless an amount follows.
    let number = word.isInteger ? word.text : Self.number(word.text)
    guard let number else { return nil }
    // An amount: a number, a scale (`tỷ`, `nghìn tỷ`) and a currency.
    var last = index
    var scale: String?
    if word.isBare, let first = key(1).flatMap({ Keys.scales[$0] }) {
      scale = first
      last += 1
      if bare(1), let second = key(2).flatMap({ Keys.scales[$0] }), first == "thousand" && second == "billion" {
        scale = "trillion"
        last += 1
      }
    }
    if words[last].isBare, let next = key(last - index + 1) {
      if let code = Keys.currencyCodes[next] {
        return conversion(to: last + 1, [code, number, scale].compactMap { $0 }.joined(separator: " "), .amount)
      }
      if let name = Keys.currencyWords[next] {
        return conversion(to: last + 1, [number, scale, name].compactMap { $0 }.joined(separator: " "), .amount)
      }
    }
    if let scale { return conversion(to: last, "\(number) \(scale)", .amount) }
    // A number written the Vietnamese way.
    return word.isInteger ? nil : conversion(to: index, number, .number)
  }

  /// The words a conversion looks for, by their keys (`VietnameseWords.Key`: lower-case, no string
  /// made per word).
  private enum Keys {
    static let day = VietnameseWords.key("ngày")
    static let month = VietnameseWords.key("tháng")
    static let year = VietnameseWords.key("năm")
    static let dateCues = Set(DraftConversions.dateCues.map(VietnameseWords.key))
    static let scales = Dictionary(uniqueKeysWithValues: DraftConversions.scales.map { (VietnameseWords.key($0), $1) })
    static let currencyCodes = Dictionary(
      uniqueKeysWithValues: DraftConversions.currencyCodes.map { (VietnameseWords.key($0), $1) })
    static let currencyWords = Dictionary(
      uniqueKeysWithValues: DraftConversions.currencyWords.map { (VietnameseWords.key($0), $1) })
  }

  private static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

  /// The words of `units[range]`: runs of units that are not spaces, each with its core and text.
  static func words(of units: UnsafeBufferPointer<UInt16>, in range: Range<Int>) -> [Word] {
    var words: [Word] = []
    var index = range.lowerBound
    while index < range.upperBound {
      guard !CharacterClass.isSpace(units[index]) else {
        index += 1
        continue
      }
      var end = index
      while end < range.upperBound && !CharacterClass.isSpace(units[end]) { end += 1 }
      var coreStart = index
      while coreStart < end && !isCore(units[coreStart]) { coreStart += 1 }
      var coreEnd = end
      while coreEnd > coreStart && !isCore(units[coreEnd - 1]) { coreEnd -= 1 }
      let core = UnsafeBufferPointer(rebasing: units[coreStart..<coreEnd])
      let hasDigit = core.contains(where: isDigit)
      words.append(
        Word(
          range: index..<end, core: coreStart..<coreEnd, text: hasDigit ? UTF16Text.string(core) : "",
          key: VietnameseWords.adding(0..<core.count, of: core, to: VietnameseWords.emptyKey), hasDigit: hasDigit,
          isInteger: !core.isEmpty && core.allSatisfy(isDigit), hasSlash: core.contains(0x2F)))
      index = end
    }
    return words
  }

  private static func isCore(_ unit: UInt16) -> Bool {
    CharacterClass.isWordCharacter(unit) || CharacterClass.isMark(unit)
  }

  // MARK: - Reading the pieces

  private static func digits(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(text)
  }

  static func day(_ word: Word) -> Int? { word.isInteger ? day(word.text) : nil }
  static func month(_ word: Word) -> Int? { word.isInteger ? month(word.text) : nil }
  static func year(_ word: Word) -> Int? { word.isInteger ? year(word.text) : nil }

  static func day(_ text: String) -> Int? {
    guard text.count <= 2, let value = digits(text[...]), (1...31).contains(value) else { return nil }
    return value
  }

  static func month(_ text: String) -> Int? {
    guard text.count <= 2, let value = digits(text[...]), (1...12).contains(value) else { return nil }
    return value
  }

  static func year(_ text: String) -> Int? {
    guard text.count == 4, let value = digits(text[...]), (1000...2999).contains(value) else { return nil }
    return value
  }

  /// `M/YYYY`.
  static func monthYear(_ text: String) -> (Int, Int)? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let month = month(String(parts[0])), let year = year(String(parts[1])) else { return nil }
    return (month, year)
  }

  /// `D/M`, `D/M/YYYY`, `D1-D2/M`, `D1-D2/M/YYYY`.
  static func date(_ text: String) -> (day: Int, lastDay: Int?, month: Int, year: Int?)? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2 || parts.count == 3, let month = month(parts[1]) else { return nil }
    var year: Int?
    if parts.count == 3 {
      guard let value = self.year(parts[2]) else { return nil }
      year = value
    }
    let days = parts[0].split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
    guard days.count == 1 || days.count == 2, let first = day(String(days[0])) else { return nil }
    var lastDay: Int?
    if days.count == 2 {
      guard let value = day(String(days[1])), value > first else { return nil }
      lastDay = value
    }
    return (first, lastDay, month, year)
  }

  /// A number written the Vietnamese way (`1.000`, `2,5`, `1.234.567,8`, `120`) in English
  /// (`1,000`, `2.5`, `1,234,567.8`, `120`); nil for anything else.
  static func number(_ text: String) -> String? {
    guard let first = text.first, first.isASCII, first.isNumber else { return nil }
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return nil }
    if parts.count == 2 {
      guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    }
    let groups = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    guard let lead = groups.first, (1...3).contains(lead.count) || groups.count == 1,
      lead.allSatisfy({ $0.isASCII && $0.isNumber }),
      groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    let whole = groups.joined(separator: ",")
    return parts.count == 2 ? whole + "." + parts[1] : whole
  }
}
