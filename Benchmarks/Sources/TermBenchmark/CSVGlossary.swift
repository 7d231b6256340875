import SongNgu

/// A minimal reader of the project's CSV glossary for the benchmark.
///
/// Header `vi,en,note,variants,…`, RFC 4180 quoting, `|` lists. The library's own readers are written
/// elsewhere; this keeps the benchmark standalone.
enum CSVGlossary {
  static func parse(_ text: String) -> Glossary {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var previousWasQuote = false
    for character in text {
      if quoted {
        if character == "\"" {
          quoted = false
          previousWasQuote = true
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"":
        if previousWasQuote { field.append("\"") }
        quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\n", "\r\n":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      default: field.append(character)
      }
      previousWasQuote = false
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    var entries: [GlossaryEntry] = []
    for cells in rows.dropFirst() where cells.count >= 2 && !cells[0].isEmpty {
      func cell(_ index: Int) -> String { index < cells.count ? cells[index] : "" }
      func list(_ index: Int) -> [String] { cell(index).split(separator: "|").map(String.init) }
      entries.append(
        GlossaryEntry(
          source: cells[0], target: cells[1], variants: list(3), alternatives: list(4), forbidden: list(5),
          note: cell(2), domain: cell(6)))
    }
    return Glossary(entries: entries)
  }
}
