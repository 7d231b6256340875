/// Splits CSV text into records, strictly by RFC 4180: a field is either quoted (quotes inside
/// doubled, line breaks allowed) or unquoted (no quotes, no line breaks); records end with CR LF or LF.
///
/// Works on Unicode scalars, so a quote or delimiter followed by a combining mark is still a quote
/// or a delimiter.
struct CSVTableParser {
  /// A record and the 1-based line it starts on.
  struct Record {
    var fields: [String]
    var line: Int
  }

  var delimiter: Unicode.Scalar
  var name: String

  /// The records of `text` (a byte-order mark at its start is skipped).
  ///
  /// - Throws: `SongNguError.malformedData` at the first place that breaks the rules.
  func records(_ text: String) throws -> [Record] {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var records: [Record] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var column = 1
    var recordLine = 1
    var index = 0

    func fail(_ expected: String) -> SongNguError {
      .malformedData(path: name, line: line, column: column, expected: expected)
    }
    func endField() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
    }

    while index < scalars.count {
      // At the start of a field.
      if scalars[index] == "\"" {
        index += 1
        column += 1
        var closed = false
        while index < scalars.count {
          let scalar = scalars[index]
          index += 1
          column += 1
          if scalar == "\"" {
            if index < scalars.count && scalars[index] == "\"" {
              field.append("\"")
              index += 1
              column += 1
            } else {
              closed = true
              break
            }
          } else {
            field.append(scalar)
            if scalar == "\n" || (scalar == "\r" && (index >= scalars.count || scalars[index] != "\n")) {
              line += 1
              column = 1
            }
          }
        }
        if !closed { throw fail("a closing quote for the field that starts on line \(recordLine)") }
      } else {
        while index < scalars.count {
          let scalar = scalars[index]
          if scalar == delimiter || scalar == "\r" || scalar == "\n" { break }
          if scalar == "\"" { throw fail("no quote inside an unquoted field (quote the whole field)") }
          field.append(scalar)
          index += 1
          column += 1
        }
      }
      endField()
      // After a field: a delimiter, a record end, or the end of the text.
      if index == scalars.count { break }
      switch scalars[index] {
      case delimiter:
        index += 1
        column += 1
        if index == scalars.count { endField() }
      case "\n":
        index += 1
        records.append(Record(fields: fields, line: recordLine))
        fields = []
        line += 1
        column = 1
        recordLine = line
      case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
        index += 2
        records.append(Record(fields: fields, line: recordLine))
        fields = []
        line += 1
        column = 1
        recordLine = line
      default:
        throw fail("a delimiter or a line end (CR LF or LF) after the field")
      }
    }
    if !fields.isEmpty { records.append(Record(fields: fields, line: recordLine)) }
    return records
  }
}
