import SongNgu

/// A tiny test-only reader of the project's CSV glossaries (`vi,en,note,variants,alternatives,forbidden,domain`,
/// `not_after,not_before,pos`,
/// RFC 4180 quoting, `|`-separated lists), so matcher tests can use the real glossary without the
/// library's readers.
enum TestGlossary {
  /// The project's news glossary, `glossaries/news-vi-en.csv`.
  static func news() throws -> Glossary {
    let path = Paths.repository("glossaries/news-vi-en.csv")
    return parse(try Paths.read(path), file: path)
  }

  /// Parses CSV text with the header above.
  static func parse(_ text: String, file: String = "test.csv") -> Glossary {
    let rows = records(text)
    guard let header = rows.first else { return Glossary(files: [file]) }
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }
    let columns = [
      "vi", "en", "note", "variants", "alternatives", "forbidden", "domain", "not_after", "not_before", "pos",
    ].map(column)
    var entries: [GlossaryEntry] = []
    for (number, row) in rows.enumerated().dropFirst() {
      func cell(_ index: Int) -> String {
        guard let column = columns[index], column < row.count else { return "" }
        return row[column]
      }
      func list(_ index: Int) -> [String] { cell(index).split(separator: "|").map(String.init) }
      guard !cell(0).isEmpty else { continue }
      entries.append(
        GlossaryEntry(
          source: cell(0), target: cell(1), variants: list(3), alternatives: list(4), forbidden: list(5),
          note: cell(2), domain: cell(6), notAfter: list(7), notBefore: list(8), partOfSpeech: cell(9),
          location: SourceLocation(file: file, line: number + 1)))
    }
    return Glossary(entries: entries, files: [file])
  }

  /// RFC 4180 records: fields separated by commas, quoted fields may hold commas, quotes (`""`) and line ends.
  static func records(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = text.makeIterator()
    var pending: Character? = nil
    while let character = pending ?? characters.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          let next = characters.next()
          if next == "\"" {
            field.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"": quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\n", "\r\n", "\r":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      default: field.append(character)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}
