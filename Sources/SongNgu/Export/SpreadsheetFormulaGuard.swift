/// Keeps spreadsheets from running a cell as a formula (CSV injection), reversibly.
///
/// Excel, LibreOffice and Google Sheets treat a cell starting with `=`, `+`, `-` or `@` (or a tab or
/// carriage return before one) as a formula. A guarded cell gets a leading apostrophe, which makes a
/// spreadsheet show it as text: `=SUM(A1)` is written `'=SUM(A1)`, and so is a Vietnamese dialogue
/// line `- Vâng.` (written `'- Vâng.`). So that reading back is exact, a cell that already starts
/// with apostrophes followed by one of those characters gets one more, and `unguarded(_:)` removes
/// exactly one from any cell of that shape; other cells, `'Tis` included, are never changed.
public enum SpreadsheetFormulaGuard {
  /// The characters that make a spreadsheet read a cell as a formula.
  public static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// Whether `cell` is apostrophes (maybe none) followed by a trigger.
  static func hasGuardedShape(_ cell: String, minimumApostrophes: Int) -> Bool {
    let apostrophes = cell.unicodeScalars.prefix { $0 == "'" }.count
    guard apostrophes >= minimumApostrophes else { return false }
    let rest = cell.unicodeScalars.dropFirst(apostrophes)
    guard let first = rest.first else { return false }
    return triggers.contains(Character(first))
  }

  /// `cell` as written with the guard on.
  public static func guarded(_ cell: String) -> String {
    hasGuardedShape(cell, minimumApostrophes: 0) ? "'" + cell : cell
  }

  /// The original of a cell `guarded(_:)` wrote.
  public static func unguarded(_ cell: String) -> String {
    hasGuardedShape(cell, minimumApostrophes: 1)
      ? String(String.UnicodeScalarView(cell.unicodeScalars.dropFirst())) : cell
  }
}
