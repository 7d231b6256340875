import Foundation

/// Checks aligned pairs for what a translation must carry over, beyond glossary terms.
///
/// Every pair with both sides is checked; a finding names the pair as the outputs do (`NAME:N`, N
/// the bead's 0-based number in its document, as in JSONL ids and TMX/CSV unit ids) and says why:
/// - `pair.number-mismatch`: a number of one side (by value: `1.000` = `1,000`, `2,5` = `2.5`,
///   percentages and years alike) is not on the other side (English `one`–`twelve` and month names
///   count for the Vietnamese digits, `một`–`mười` for the English ones);
/// - `pair.name-missing`: a name or acronym the document copies (a run of capitalised words found on
///   the other side of the document too, compared without diacritics: `Bình Dương` = `Binh Duong`)
///   is on one side of the pair only; names the translation renders otherwise (`Hà Nội`, `Hanoi`)
///   are never copied, so never flagged;
/// - `pair.url-mismatch`: URLs and e-mail addresses differ;
/// - `pair.length-ratio`: the English is far longer or shorter than the document's length ratio
///   predicts (more than `lengthRatioLimit` times either way);
/// - `pair.untranslated`: the English side is the Vietnamese copied, or is Vietnamese.
public struct PairQA: Sendable {
  public static let numberMismatch = "pair.number-mismatch"
  public static let nameMissing = "pair.name-missing"
  public static let urlMismatch = "pair.url-mismatch"
  public static let lengthRatio = "pair.length-ratio"
  public static let untranslated = "pair.untranslated"

  /// How many times longer or shorter than predicted a side may be.
  public var lengthRatioLimit = 2.5
  /// Pairs shorter than this (characters, longer side) are not checked for length.
  public var lengthRatioMinimum = 40

  public init() {}

  /// A finding about one pair, with the pair's id (`NAME:N`).
  public struct Flag: Sendable, Equatable {
    public var pair: String
    public var finding: Finding
  }

  /// The findings over several documents.
  public struct Report: Sendable, Equatable {
    public var flags: [Flag] = []

    public init(flags: [Flag] = []) { self.flags = flags }

    public var findings: [Finding] { flags.map(\.finding) }

    /// The findings as TSV: category, document, pair id, message.
    public static let tsvHeader = "category\tdocument\tpair\tmessage"

    public var findingsTSV: String {
      var text = Self.tsvHeader + "\n"
      for flag in flags {
        text += "\(flag.finding.category)\t\(flag.finding.file ?? "")\t\(flag.pair)\t"
        text += AlignmentText.oneLine(flag.finding.message) + "\n"
      }
      return text
    }
  }

  /// The findings about every pair of `article`, in pair order.
  public func check(_ article: AlignedPairs) -> [Flag] {
    let vi = AnchorExtractor(language: .vietnamese)
    let en = AnchorExtractor(language: .english)
    // Names and the text they are looked for in, without diacritics.
    var viLength = 0
    var enLength = 0
    var viDocument = Set<String>()
    var enDocument = Set<String>()
    for pair in article.pairs where !pair.isOmission {
      viLength += pair.vi.utf16.count
      enLength += pair.en.utf16.count
      viDocument.formUnion(Self.names(pair.vi, vi))
      enDocument.formUnion(Self.names(pair.en, en))
    }
    let ratio = viLength == 0 ? 1 : max(Double(enLength) / Double(viLength), 0.1)
    var findings: [Flag] = []
    for (number, pair) in article.pairs.enumerated() where !pair.isOmission {
      let id = "\(article.name):\(number)"
      func flag(_ category: String, _ why: String) {
        findings.append(
          Flag(pair: id, finding: Finding(category: category, message: "pair \(id): \(why)", file: article.name)))
      }
      if Self.isUntranslated(vi: pair.vi, en: pair.en) {
        flag(Self.untranslated, "the English side is Vietnamese (a copy of the source?)")
        continue
      }
      // Clock times first (`21h30` = `9:30 p.m.`), then the other numbers by value.
      let (viTimes, viRest) = Self.vietnameseTimes(pair.vi)
      let (enTimes, enRest) = Self.englishTimes(pair.en)
      let viNumbers = vi.numbers(in: viRest)
      let enNumbers = en.numbers(in: enRest)
      let timesMissingInEnglish = viTimes.filter { time in !enTimes.contains { Self.sameTime(time, $0) } }
      // `midnight` and `noon` may stand for `nửa đêm` and `trưa`: they need no digits.
      let timesMissingInVietnamese = enTimes.filter { time in
        time.text.first?.isNumber == true && !viTimes.contains { Self.sameTime($0, time) }
      }
      let enSpelled = Set(enNumbers).union(Self.spelled(pair.en, Self.englishNumberWords))
      let viSpelled = Set(viNumbers).union(Self.spelled(pair.vi, Self.vietnameseNumberWords))
      let missingInEnglish = Self.ordered(viNumbers.filter { !enSpelled.contains($0) })
      let missingInVietnamese = Self.ordered(enNumbers.filter { !viSpelled.contains($0) })
      if !missingInEnglish.isEmpty || !missingInVietnamese.isEmpty || !timesMissingInEnglish.isEmpty
        || !timesMissingInVietnamese.isEmpty
      {
        var parts: [String] = []
        let toEnglish = missingInEnglish + timesMissingInEnglish.map(\.text)
        let toVietnamese = missingInVietnamese + timesMissingInVietnamese.map(\.text)
        if !toEnglish.isEmpty { parts.append("\(Self.list(toEnglish)) not in the English") }
        if !toVietnamese.isEmpty { parts.append("\(Self.list(toVietnamese)) not in the Vietnamese") }
        flag(Self.numberMismatch, "numbers differ: " + parts.joined(separator: "; "))
      }
      // A name the document copies (its other side has it somewhere) must be on both sides here.
      let viFolded = Self.folded(pair.vi)
      let enFolded = Self.folded(pair.en)
      let dropped = Self.ordered(
        Self.names(pair.vi, vi).filter { Self.isCopied($0, in: enDocument) && !Self.containsName(enFolded, $0) })
      let added = Self.ordered(
        Self.names(pair.en, en).filter { Self.isCopied($0, in: viDocument) && !Self.containsName(viFolded, $0) })
      if !dropped.isEmpty || !added.isEmpty {
        var parts: [String] = []
        if !dropped.isEmpty { parts.append("\(Self.list(dropped)) not in the English") }
        if !added.isEmpty { parts.append("\(Self.list(added)) not in the Vietnamese") }
        flag(Self.nameMissing, "names differ: " + parts.joined(separator: "; "))
      }
      let viLinks = Self.links(pair.vi)
      let enLinks = Self.links(pair.en)
      if viLinks != enLinks {
        flag(
          Self.urlMismatch,
          "URLs or e-mail addresses differ: "
            + "Vietnamese \(Self.list(viLinks.sorted())), English \(Self.list(enLinks.sorted()))")
      }
      let viCount = pair.vi.utf16.count
      let enCount = pair.en.utf16.count
      if max(viCount, enCount) >= lengthRatioMinimum {
        let expected = Double(viCount) * ratio
        let factor = Double(enCount) / max(expected, 1)
        if factor > lengthRatioLimit || factor < 1 / lengthRatioLimit {
          let rounded = (factor * 10).rounded() / 10
          flag(
            Self.lengthRatio,
            "the English is \(rounded)× the length the document's ratio predicts (\(viCount) → \(enCount) characters)")
        }
      }
    }
    return findings
  }

  /// Checks every article.
  public func check(_ articles: [AlignedPairs]) -> Report {
    Report(flags: articles.flatMap { check($0) })
  }

  // MARK: - Pieces

  /// A clock time: hours (0–23, or 1–12 when `meridiem` is unknown) and minutes, as written.
  struct ClockTime: Equatable {
    var hour: Int
    var minute: Int
    var meridiem: Bool
    var text: String
  }

  /// Whether a Vietnamese (24-hour) time and an English one are the same time.
  static func sameTime(_ vi: ClockTime, _ en: ClockTime) -> Bool {
    vi.minute == en.minute
      && (vi.meridiem && en.meridiem ? vi.hour % 24 == en.hour % 24 : vi.hour % 12 == en.hour % 12)
  }

  /// All matches of `pattern` in `text`: the capture groups (nil when a group did not take part)
  /// and the whole match's range.
  static func matches(_ pattern: String, in text: String) -> [([String?], Range<String.Index>)] {
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
    return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
      guard let whole = Range(match.range, in: text) else { return nil }
      let groups = (1..<match.numberOfRanges).map { index in
        Range(match.range(at: index), in: text).map { String(text[$0]) }
      }
      return (groups, whole)
    }
  }

  /// `text` with `ranges` blanked out.
  static func removing(_ ranges: [Range<String.Index>], from text: String) -> String {
    var result = text
    for range in ranges.reversed() { result.replaceSubrange(range, with: " ") }
    return result
  }

  /// Vietnamese clock times (`7h`, `10h30`, `21 giờ 30`) and the text without them; dates written
  /// with dots (`14.2.2025`) are read as `14/2/2025`.
  static func vietnameseTimes(_ text: String) -> (times: [ClockTime], rest: String) {
    let found = matches(
      #"(?<![\p{L}\d])(?:(\d{1,2}) ?(?:h|giờ) ?(\d{2})?|(\d{1,2}):(\d{2}))(?![\p{L}\d])"#, in: text)
    let times = found.compactMap { groups, range -> ClockTime? in
      guard let hour = (groups[0] ?? groups[2]).flatMap({ Int($0) }), hour <= 24 else { return nil }
      let minute = (groups[1] ?? groups[3]).flatMap { Int($0) } ?? 0
      // `10 giờ đêm` is 10 p.m.: only hours past noon (or 0) say which half of the day.
      return ClockTime(hour: hour, minute: minute, meridiem: hour > 12 || hour == 0, text: String(text[range]))
    }
    var rest = removing(found.map(\.1), from: text)
    for (groups, range) in matches(#"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])"#, in: rest).reversed() {
      rest.replaceSubrange(range, with: groups.compactMap { $0 }.joined(separator: "/"))
    }
    return (times, rest)
  }

  /// English clock times (`7 a.m.`, `9:30 p.m.`, `10:30`, `midnight`, `noon`) and the text without them.
  static func englishTimes(_ text: String) -> (times: [ClockTime], rest: String) {
    let found = matches(
      #"(?<![\p{L}\d])(?:(\d{1,2})(?::(\d{2}))? ?([ap])\.? ?m\b\.?|(\d{1,2}):(\d{2})(?!\d)|(midnight|noon))"#, in: text)
    let times = found.compactMap { groups, range -> ClockTime? in
      let written = String(text[range])
      if let word = groups[5] {
        return ClockTime(hour: word.lowercased() == "noon" ? 12 : 0, minute: 0, meridiem: true, text: written)
      }
      if let hour = groups[0].flatMap({ Int($0) }), let half = groups[2]?.lowercased() {
        let minute = groups[1].flatMap { Int($0) } ?? 0
        let clock = hour % 12 + (half == "p" ? 12 : 0)
        return ClockTime(hour: clock, minute: minute, meridiem: true, text: written)
      }
      if let hour = groups[3].flatMap({ Int($0) }), let minute = groups[4].flatMap({ Int($0) }) {
        return ClockTime(hour: hour, minute: minute, meridiem: hour > 12, text: written)
      }
      return nil
    }
    return (times, removing(found.map(\.1), from: text))
  }

  static func list(_ items: [String]) -> String { items.map { "“\($0)”" }.joined(separator: ", ") }

  /// `values` once each, in order.
  static func ordered(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }

  /// Names and acronyms: runs of capitalised words (a lone capitalised first word of the sentence
  /// is not one unless it is an acronym), without diacritics (`đ` → `d`), words joined by a space.
  static func names(_ text: String, _ extractor: AnchorExtractor) -> [String] {
    var result: [String] = []
    var run: [String] = []
    var runStartsSentence = false
    func flush() {
      defer { run.removeAll() }
      guard let head = run.first else { return }
      let isAcronym = head.dropFirst().contains { $0.isUppercase }
      if runStartsSentence && run.count == 1 && !isAcronym { return }
      result.append(folded(run.joined(separator: " ")))
    }
    // Words split at white space; punctuation around a word ends the run there.
    for (position, word) in text.split(whereSeparator: { $0.isWhitespace }).enumerated() {
      let core = word.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }
        .reversed()
      let token = String(core)
      let opens = core.first != word.first
      let closes = core.last != word.last
      if opens { flush() }
      if let head = token.first, head.isUppercase, token.count >= 2 {
        if run.isEmpty { runStartsSentence = position == 0 }
        run.append(token)
      } else {
        flush()
      }
      if closes { flush() }
    }
    flush()
    return result
  }

  /// Whether the other side of the document copies `name`: one of its names is `name`, contains it
  /// (a name of two words or more: `Ho Chi Minh` in `Ho Chi Minh City`) or ends with it (a surname:
  /// `Rutte` in `Mark Rutte`).
  static func isCopied(_ name: String, in names: Set<String>) -> Bool {
    if names.contains(name) { return true }
    let words = name.split(separator: " ").count
    return names.contains { other in
      (words >= 2 && containsName(other, name)) || (words == 1 && other.hasSuffix(" " + name))
    }
  }

  /// Whether `name` occurs in `text` as whole words.
  static func containsName(_ text: String, _ name: String) -> Bool {
    var searchRange = text.startIndex..<text.endIndex
    while let found = text.range(of: name, range: searchRange) {
      let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      if !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false)
        && !(after?.isNumber ?? false)
      {
        return true
      }
      searchRange = found.upperBound..<text.endIndex
    }
    return false
  }

  /// `text` without diacritics, `đ`/`Đ` as `d`/`D`.
  static func folded(_ text: String) -> String {
    let stripped = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
    return String(
      String.UnicodeScalarView(
        stripped.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
          $0.properties.generalCategory != .nonspacingMark
        }))
  }

  /// URLs (`http://`, `https://`, `www.`) and e-mail addresses, trailing punctuation dropped.
  static func links(_ text: String) -> Set<String> {
    var result = Set<String>()
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
      var token = String(word)
      while let last = token.last, ".,;:!?)]}\"'”’»".contains(last) { token.removeLast() }
      while let head = token.first, "([{\"'“‘«".contains(head) { token.removeFirst() }
      let lower = token.lowercased()
      let isURL = lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
      let at = lower.firstIndex(of: "@")
      let isMail = at.map { lower[lower.index(after: $0)...].contains(".") && $0 != lower.startIndex } ?? false
      if isURL || isMail { result.insert(lower) }
    }
    return result
  }

  static let englishNumberWords: [String: String] = [
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12", "hundred": "100", "thousand": "1000",
    "january": "1", "february": "2", "march": "3", "april": "4", "may": "5", "june": "6", "july": "7",
    "august": "8", "september": "9", "october": "10", "november": "11", "december": "12", "first": "1",
    "second": "2", "third": "3", "half": "0.5",
  ]

  static let vietnameseNumberWords: [String: String] = [
    "một": "1", "hai": "2", "ba": "3", "bốn": "4", "tư": "4", "năm": "5", "sáu": "6", "bảy": "7", "tám": "8",
    "chín": "9", "mười": "10", "trăm": "100", "nghìn": "1000", "ngàn": "1000", "nửa": "0.5", "rưỡi": "0.5",
  ]

  /// The values of the number words of `text`.
  static func spelled(_ text: String, _ words: [String: String]) -> Set<String> {
    Set(EnglishInflection.words(text).compactMap { words[$0] })
  }

  /// Whether `en` is `vi` copied, or Vietnamese: most of its words carry Vietnamese letters.
  static func isUntranslated(vi: String, en: String) -> Bool {
    let words = EnglishInflection.words(en)
    guard !words.isEmpty else { return false }
    if EnglishInflection.words(vi) == words && words.contains(where: { $0.count > 3 }) && words.count >= 3 {
      return true
    }
    let vietnamese = words.filter { word in
      word.unicodeScalars.contains { scalar in
        "ăâđêôơư".unicodeScalars.contains(scalar) || (0x1EA0...0x1EF9).contains(scalar.value)
          || "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ".unicodeScalars.contains(scalar)
      }
    }
    return words.count >= 3 && Double(vietnamese.count) >= 0.5 * Double(words.count)
  }
}
