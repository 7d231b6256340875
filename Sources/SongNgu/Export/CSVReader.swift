/// Reads CSV written by `CSVWriter` (and other CSV with a header row naming at least `source` and
/// `target`), strictly by RFC 4180.
///
/// Columns are found by name, in any order; unknown columns are ignored, blank lines skipped. Rows
/// are grouped into documents by `article` (the file's `name` without that column). Missing columns
/// give an id `row2`, `row3`, … (by line), kind `body`, block 0, paragraph 0, origin `human`.
/// With `CSVDialect.guardsFormulas` on, the formula guard is removed from text cells.
public struct CSVReader: BilingualReader {
  public var dialect: CSVDialect

  public init(dialect: CSVDialect = CSVDialect()) { self.dialect = dialect }

  public func read(_ bytes: [UInt8], name: String) throws -> [BilingualDocument] {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw SongNguError.malformedData(path: name, line: 1, column: 1, expected: "UTF-8 text")
    }
    let records = try Self.records(text, delimiter: dialect.delimiter, name: name).filter { $0.fields != [""] }
    guard let header = records.first else { return [] }
    var column: [String: Int] = [:]
    for (index, title) in header.fields.enumerated() where column[title] == nil { column[title] = index }
    guard column["source"] != nil, column["target"] != nil else {
      throw SongNguError.malformedData(
        path: name, line: header.line, column: 1, expected: "a header row with `source` and `target` columns")
    }
    var documents: [BilingualDocument] = []
    for record in records.dropFirst() {
      guard record.fields.count == header.fields.count else {
        throw SongNguError.malformedData(
          path: name, line: record.line, column: 1,
          expected: "\(header.fields.count) fields like the header row, found \(record.fields.count)")
      }
      func cell(_ title: String) -> String? {
        guard let index = column[title] else { return nil }
        let value = record.fields[index]
        return dialect.guardsFormulas ? SpreadsheetFormulaGuard.unguarded(value) : value
      }
      let unit = BilingualUnit(
        id: cell("id") ?? "row\(record.line)", source: cell("source") ?? "", target: cell("target") ?? "",
        targetOrigin: cell("origin").flatMap(TargetOrigin.init(rawValue:)) ?? .human,
        kind: cell("kind").flatMap(BlockKind.init(rawValue:)) ?? .body,
        block: cell("block").flatMap { Int($0) } ?? 0, paragraph: cell("paragraph").flatMap { Int($0) } ?? 0,
        terms: TermLists.parse(cell("terms") ?? "", separator: TermLists.cellSeparator),
        score: cell("score").flatMap { Double($0) }, bead: cell("bead").flatMap { $0.isEmpty ? nil : $0 },
        draft: cell("draft").flatMap { $0.isEmpty ? nil : $0 },
        notes: cell("notes").map { $0.isEmpty ? [] : $0.components(separatedBy: "\n") } ?? [])
      let article = cell("article") ?? name
      if let index = documents.lastIndex(where: { $0.name == article }) {
        documents[index].units.append(unit)
      } else {
        documents.append(BilingualDocument(name: article, units: [unit]))
      }
    }
    return documents
  }

  /// A record's fields and the line it starts on.
  struct Record {
    var fields: [String]
    var line: Int
  }

  /// The records of `text`, strictly by RFC 4180 (`CSVRecordParser`, columns counted in characters).
  ///
  /// - Throws: `SongNguError.malformedData` at the first place that breaks the rules.
  static func records(_ text: String, delimiter: CSVDialect.Delimiter, name: String) throws -> [Record] {
    let separator = delimiter.character.utf16.first ?? 0x2C
    var parser = CSVRecordParser(lines: CSVTextLines(text), delimiter: separator, columnUnit: .scalars)
    var records: [Record] = []
    while let record = try parser.nextRecord() {
      if let problem = record.problem {
        let expected: String
        switch problem.kind {
        case .strayQuote: expected = "no quote inside an unquoted field (quote the whole field)"
        case .textAfterField: expected = "a delimiter or a line end (CR LF or LF) after the field"
        case .unterminatedQuote: expected = "a closing quote for the field that starts on line \(record.line)"
        }
        throw SongNguError.malformedData(path: name, line: problem.line, column: problem.column, expected: expected)
      }
      let units = parser.units
      records.append(
        Record(fields: record.fields.map { String(decoding: units[$0.range], as: UTF16.self) }, line: record.line))
    }
    return records
  }
}
