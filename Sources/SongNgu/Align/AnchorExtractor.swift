/// Finds the tokens a translator copies unchanged: numbers (compared by value) and names or acronyms
/// (capitalised tokens, compared exactly).
///
/// Numbers are read with the language's separators: `1.000` (Vietnamese) and `1,000` (English) are
/// both `1000`; `3,5%` and `3.5%` are both `3.5`. A token with both separators takes the last one as
/// the decimal mark; a single separator followed by exactly three digits is the language's grouping
/// mark (`.` in Vietnamese, `,` in English); any other single separator is a decimal mark.
struct AnchorExtractor: Sendable {
  /// The language whose number separators apply.
  enum Language: String, Sendable, Codable {
    case vietnamese = "vi"
    case english = "en"
  }

  var language: Language

  init(language: Language) { self.language = language }

  /// The anchors of `text`: numbers as `#VALUE`, names as `@Name`, each once, in order of appearance.
  func anchors(in text: String) -> [String] { anchors(inUnits: Array(text.utf16)[...]) }

  /// The anchors of a sentence's UTF-16 code units (see `anchors(in:)`).
  func anchors(inUnits units: ArraySlice<UInt16>) -> [String] {
    var result: [String] = []
    forEachToken(units) { token in
      guard let first = token.first else { return }
      let anchor: String
      if Self.isDigit(first) {
        anchor = "#" + canonicalNumber(token)
      } else if CharacterClass.isUpper(first) && token.count >= 2 {
        anchor = "@" + String(decoding: token, as: UTF16.self)
      } else {
        return
      }
      if !result.contains(anchor) { result.append(anchor) }
    }
    return result
  }

  /// The values of the tokens of `text` that are numbers alone (digits and separators: `1.000`,
  /// `2,5`, not `19h30` or `CO2`; an English ordinal `20th` is `20`), in order, repeats kept.
  func numbers(in text: String) -> [String] {
    var result: [String] = []
    let ordinals = ["st", "nd", "rd", "th"].map { Array($0.utf16) }
    forEachToken(Array(text.utf16)[...]) { token in
      guard let first = token.first, Self.isDigit(first) else { return }
      var number = token[...]
      if token.count > 2, ordinals.contains(Array(token.suffix(2))) { number = token.dropLast(2) }
      guard number.allSatisfy({ Self.isDigit($0) || $0 == 0x2E || $0 == 0x2C }) else { return }
      result.append(canonicalNumber(Array(number)))
    }
    return result
  }

  private static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

  /// Calls `body` with every token: a run of letters and digits (marks included), a number with
  /// its inner separators (`1.302,45`), or a hyphenated word (`Jean-Luc`).
  @inline(__always)
  func forEachToken(_ units: ArraySlice<UInt16>, _ body: ([UInt16]) -> Void) {
    var token: [UInt16] = []
    func flush() {
      if !token.isEmpty { body(token) }
      token.removeAll(keepingCapacity: true)
    }
    var index = units.startIndex
    while index < units.endIndex {
      let unit = units[index]
      let next: UInt16 = index + 1 < units.endIndex ? units[index + 1] : 0
      if Self.isDigit(unit) || CharacterClass.isLetter(unit) || (CharacterClass.isMark(unit) && !token.isEmpty) {
        token.append(unit)
      } else if (unit == 0x2E || unit == 0x2C), let last = token.last, Self.isDigit(last), Self.isDigit(next),
        let first = token.first, Self.isDigit(first)
      {
        token.append(unit)
      } else if unit == 0x2D, let last = token.last, CharacterClass.isLetter(last), CharacterClass.isLetter(next) {
        token.append(unit)
      } else {
        flush()
      }
      index += 1
    }
    flush()
  }

  /// The value of a digit token with separators, as `int` or `int.fraction` without padding zeros.
  func canonicalNumber(_ token: [UInt16]) -> String {
    let dot: UInt16 = 0x2E
    let comma: UInt16 = 0x2C
    var dots = 0
    var commas = 0
    for unit in token {
      if unit == dot { dots += 1 } else if unit == comma { commas += 1 }
    }
    if dots + commas == 0 {
      let digits = token.drop { $0 == 0x30 }
      return digits.isEmpty ? "0" : String(decoding: digits, as: UTF16.self)
    }
    var decimal: UInt16? = nil
    if dots > 0 && commas > 0 {
      decimal = token.last { $0 == dot || $0 == comma }
    } else if dots + commas == 1, let position = token.firstIndex(where: { $0 == dot || $0 == comma }) {
      let separator = token[position]
      let grouping: UInt16 = language == .vietnamese ? dot : comma
      let digitsAfter = token.count - position - 1
      decimal = (digitsAfter == 3 && separator == grouping) ? nil : separator
    }
    var integer: [UInt16] = []
    var fraction: [UInt16] = []
    var inFraction = false
    for unit in token {
      if unit == decimal {
        inFraction = true
      } else if unit >= 0x30 && unit <= 0x39 {
        if inFraction { fraction.append(unit) } else { integer.append(unit) }
      }
    }
    while integer.count > 1 && integer.first == 0x30 { integer.removeFirst() }
    while fraction.last == 0x30 { fraction.removeLast() }
    let whole = String(decoding: integer, as: UTF16.self)
    return fraction.isEmpty ? whole : whole + "." + String(decoding: fraction, as: UTF16.self)
  }
}
