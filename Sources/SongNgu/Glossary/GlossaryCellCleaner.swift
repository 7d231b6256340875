/// Cleans the cells of one glossary file and records, as findings, what it had to change.
///
/// Every cell goes through the `Normalizer` (NFC, invisible characters, white space) and is trimmed;
/// line breaks and tabs inside a cell become single spaces. Tone-mark placement is kept as written.
struct GlossaryCellCleaner {
  let file: String
  private let normalizer = Normalizer()
  private var buffer: [UInt16] = []
  private var output: [UInt16] = []
  private(set) var findings: [Finding] = []
  private(set) var nonNFCCells = 0

  init(file: String) {
    self.file = file
  }

  // MARK: - Findings

  mutating func error(_ category: String, _ message: String, line: Int, column: Int) {
    findings.append(
      Finding(category: category, severity: .error, message: message, line: line, column: column, file: file))
  }

  mutating func warning(_ category: String, _ message: String, line: Int, column: Int) {
    findings.append(
      Finding(category: category, severity: .warning, message: message, line: line, column: column, file: file))
  }

  mutating func note(_ category: String, _ message: String, line: Int, column: Int) {
    findings.append(
      Finding(category: category, severity: .note, message: message, line: line, column: column, file: file))
  }

  // MARK: - Cells

  /// The cleaned text of a cell (`name` says which, in messages: "source term", "note").
  mutating func clean(_ raw: UnsafeBufferPointer<UInt16>, line: Int, column: Int, name: String) -> String {
    if Self.isPlain(raw) { return UTF16Text.string(raw) }
    return UTF16Text.string(cleanUnits(raw, line: line, column: column, name: name))
  }

  /// The cleaned code units of a cell.
  mutating func cleanUnits(_ raw: UnsafeBufferPointer<UInt16>, line: Int, column: Int, name: String) -> [UInt16] {
    if Self.isPlain(raw) { return Array(raw) }
    // Line breaks inside a cell (quoted CSV cells, XML text) become spaces before normalizing, so the
    // normalizer's output is one line.
    buffer.removeAll(keepingCapacity: true)
    var leading = false
    var trailing = false
    var repeated = false
    var breaks = false
    var previousWasSpace = false
    for (index, unit) in raw.enumerated() {
      let isBreak =
        unit == 0x0A || unit == 0x0D || unit == 0x0B || unit == 0x0C || unit == 0x85 || unit == 0x2028
        || unit == 0x2029
      let isSpace = isBreak || CharacterClass.isSpace(unit)
      if isBreak { breaks = true }
      if isSpace {
        if index == 0 { leading = true }
        if index == raw.count - 1 { trailing = true }
        if previousWasSpace { repeated = true }
      }
      previousWasSpace = isSpace
      buffer.append(isBreak ? 0x20 : unit)
    }
    output.removeAll(keepingCapacity: true)
    var counts = NormalizationCounts()
    buffer.withUnsafeBufferPointer { normalizer.normalizeLine($0, into: &output, counts: &counts) }
    let text = counts.total > 0 || leading || trailing || repeated || breaks ? UTF16Text.string(output) : ""
    if counts.nfdWords > 0 || counts.dLookalikes > 0 {
      nonNFCCells += 1
      let what = counts.dLookalikes > 0 ? "look-alikes of Đ/đ" : "decomposed (NFD) accents"
      warning(
        "glossary.not-nfc", "\(name) '\(text)' is not NFC (\(what)); save the file in NFC", line: line,
        column: column)
    }
    var spaces: [String] = []
    if leading { spaces.append("leading") }
    if trailing { spaces.append("trailing") }
    if repeated { spaces.append("repeated") }
    if spaces.isEmpty && (breaks || counts.spaces > 0 || counts.noBreakSpaces > 0) {
      spaces.append(breaks ? "line breaks as" : "unusual")
    }
    if !spaces.isEmpty {
      warning(
        "glossary.whitespace", "\(spaces.joined(separator: " and ")) white space in \(name) '\(text)'; remove it",
        line: line, column: column)
    }
    let invisible = counts.zeroWidthCharacters + counts.softHyphens + counts.controlCharacters
    if invisible > 0 {
      warning(
        "glossary.invisible-character",
        "\(invisible) invisible or control character(s) in \(name) '\(text)'; removed", line: line, column: column)
    }
    return output
  }

  /// Cleans a cell given as a string (XML text).
  mutating func clean(_ raw: String, line: Int, column: Int, name: String) -> String {
    let units = Array(raw.utf16)
    return units.withUnsafeBufferPointer { clean($0, line: line, column: column, name: name) }
  }

  /// Whether a cell needs no cleaning.
  ///
  /// That is: single inner spaces only, and only characters the normalizer leaves alone — printable ASCII, precomposed Latin letters (U+00A1–U+024F without the soft hyphen
  /// and the Đ look-alikes) and Latin Extended Additional (U+1E00–U+1EFF, the Vietnamese vowels).
  /// None of those is changed by NFC when no combining mark follows, and none is one.
  @inline(__always)
  private static func isPlain(_ raw: UnsafeBufferPointer<UInt16>) -> Bool {
    guard let first = raw.first, let last = raw.last, first != 0x20, last != 0x20 else { return raw.isEmpty }
    var previous: UInt16 = 0
    for unit in raw {
      if unit == 0x20 {
        if previous == 0x20 { return false }
      } else if unit < 0x21 || (unit > 0x7E && unit < 0xA1) {
        return false
      } else if unit > 0x7E {
        let latin = unit < 0x250 && unit != 0xAD && unit != 0xD0 && unit != 0xF0 && unit != 0x189
        if !latin && (unit < 0x1E00 || unit > 0x1EFF) { return false }
      }
      previous = unit
    }
    return true
  }

  // MARK: - Lists and policies

  /// Splits a cleaned `|`-separated list, trimming the items; empty items are reported and left out.
  mutating func list(_ text: String, line: Int, column: Int, name: String) -> [String] {
    guard !text.isEmpty else { return [] }
    guard text.utf16.contains(0x7C) else { return [text] }
    var items: [String] = []
    for item in text.splitBars() {
      if item.isEmpty {
        warning(
          "glossary.empty-cell", "empty item in the \(name) list '\(text)'; remove the extra '|'", line: line,
          column: column)
      } else {
        items.append(item)
      }
    }
    return items
  }

  /// Reads a `case` cell: empty means `auto`.
  mutating func caseMatching(_ text: String, line: Int, column: Int) -> CaseMatching {
    guard !text.isEmpty else { return .auto }
    if let value = CaseMatching(rawValue: text.lowercased()) { return value }
    error(
      "glossary.invalid-value", "expected case auto, sensitive or insensitive, found '\(text)'", line: line,
      column: column)
    return .auto
  }

  /// Reads a `diacritics` cell: empty means `exact`.
  mutating func diacriticMatching(_ text: String, line: Int, column: Int) -> DiacriticMatching {
    guard !text.isEmpty else { return .exact }
    if let value = DiacriticMatching(rawValue: text.lowercased()) { return value }
    error(
      "glossary.invalid-value", "expected diacritics exact or insensitive, found '\(text)'", line: line, column: column)
    return .exact
  }

  /// Checks the two required cells; returns false (with an error finding) when one is empty.
  mutating func requireTerms(
    source: String, target: String, line: Int, sourceColumn: Int, targetColumn: Int, targetToFill: Bool = false
  ) -> Bool {
    var ok = true
    if source.isEmpty {
      error(
        "glossary.empty-cell", "empty source term; expected a Vietnamese term", line: line, column: sourceColumn)
      ok = false
    }
    if target.isEmpty && targetToFill && ok {
      // A stub row (`coverage --format tsv`) whose English term is still to be written.
      warning(
        "glossary.to-fill", "to fill: no English term yet for '\(source)'; the row is skipped until it has one",
        line: line, column: targetColumn)
      ok = false
    } else if target.isEmpty {
      error(
        "glossary.empty-cell", "empty target term; expected an English term for '\(source)'", line: line,
        column: targetColumn)
      ok = false
    }
    return ok
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces.
  func trimmingSpaces() -> String {
    guard let first = utf16.first, let last = utf16.last else { return "" }
    if !CharacterClass.isSpace(first) && !CharacterClass.isSpace(last) { return String(self) }
    let units = Array(utf16)
    var start = 0
    var end = units.count
    while start < end && CharacterClass.isSpace(units[start]) { start += 1 }
    while end > start && CharacterClass.isSpace(units[end - 1]) { end -= 1 }
    return UTF16Text.string(units, start..<end)
  }

  /// The `|`-separated items, trimmed, empty ones included (as empty strings).
  func splitBars() -> [String] {
    let units = Array(utf16)
    guard units.contains(0x7C) else { return [trimmingSpaces()] }
    return UTF16Text.splitBars(units, 0..<units.count)
  }
}

extension UTF16Text {
  /// The `|`-separated items of `units[range]`, trimmed, empty ones included (as empty strings).
  static func splitBars(_ units: [UInt16], _ range: Range<Int>) -> [String] {
    var items: [String] = []
    var start = range.lowerBound
    for index in range.lowerBound...range.upperBound where index == range.upperBound || units[index] == 0x7C {
      var from = start
      var to = index
      while from < to && CharacterClass.isSpace(units[from]) { from += 1 }
      while to > from && CharacterClass.isSpace(units[to - 1]) { to -= 1 }
      items.append(UTF16Text.string(units, from..<to))
      start = index + 1
    }
    return items
  }
}
