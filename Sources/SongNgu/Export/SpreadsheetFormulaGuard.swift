/// Keeps spreadsheets from running a cell as a formula (CSV injection), reversibly.
///
/// Excel, LibreOffice and Google Sheets treat a cell starting with `=`, `+`, `-` or `@` (or a tab or
/// carriage return before one) as a formula. A guarded cell gets a leading apostrophe, which makes a
/// spreadsheet show it as text: `=SUM(A1)` is written `'=SUM(A1)`, and so is a Vietnamese dialogue
/// line `- Vâng.` (written `'- Vâng.`). So that reading back is exact, a cell that already starts
/// with apostrophes followed by one of those characters gets one more, and `unguarded(_:)` removes
/// exactly one from any cell of that shape; other cells, `'Tis` included, are never changed.
enum SpreadsheetFormulaGuard {
  /// The characters that make a spreadsheet read a cell as a formula.
  static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// Whether `cell` is apostrophes (maybe none) followed by a trigger.
  static func hasGuardedShape(_ cell: String, minimumApostrophes: Int) -> Bool {
    let apostrophes = cell.unicodeScalars.prefix { $0 == "'" }.count
    guard apostrophes >= minimumApostrophes else { return false }
    let rest = cell.unicodeScalars.dropFirst(apostrophes)
    guard let first = rest.first else { return false }
    return triggers.contains(Character(first))
  }

  /// `cell` as written with the guard on.
  static func guarded(_ cell: String) -> String {
    hasGuardedShape(cell, minimumApostrophes: 0) ? "'" + cell : cell
  }

  /// The original of a cell `guarded(_:)` wrote.
  static func unguarded(_ cell: String) -> String {
    hasGuardedShape(cell, minimumApostrophes: 1)
      ? String(String.UnicodeScalarView(cell.unicodeScalars.dropFirst())) : cell
  }

  /// Whether a cell written from the UTF-8 `bytes` needs the guard: whether, once the characters XML
  /// 1.0 forbids are dropped (as every writer drops them), it has the shape `hasGuardedShape` looks for.
  static func needsGuard(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      switch byte {
      case 0x27: index += 1  // an apostrophe
      case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true  // = + - @ tab CR
      case 0x00..<0x20 where byte != 0x0A: index += 1  // a control character writers drop
      case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
        index += 3  // U+FFFE or U+FFFF, dropped too
      default: return false
      }
    }
    return false
  }
}
