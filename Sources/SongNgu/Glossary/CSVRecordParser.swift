/// Splits CSV text (RFC 4180) into records of fields, reading lines from a `LineReader`.
///
/// A quoted field may hold commas, doubled quotes and line breaks (kept as LF). A stray quote in an
/// unquoted field, or text after a closing quote, makes the record a problem (the rest of its line is
/// skipped); so is an unterminated quoted field, which takes the rest of the input with it.
struct CSVRecordParser {
  struct Field {
    /// The field's text, quotes removed, in the parser's `units`.
    var range: Range<Int>
    /// Where the field starts (1-based; the column of its opening quote when quoted).
    var line: Int
    var column: Int
  }

  struct Problem {
    var message: String
    var line: Int
    var column: Int
  }

  struct Record {
    var fields: [Field]
    /// The line the record starts on.
    var line: Int
    var problem: Problem?
  }

  private let lines: LineReader
  private var line: [UInt16] = []
  /// The text of the last record's fields, back to back (reused from record to record).
  private(set) var units: [UInt16] = []

  init(lines: LineReader) {
    self.lines = lines
  }

  private enum State {
    case fieldStart, unquoted, quoted, afterQuote
  }

  /// The next record, or nil at the end of the input.
  mutating func nextRecord() throws(SongNguError) -> Record? {
    guard try lines.nextLine(into: &line) else { return nil }
    let startLine = lines.lineNumber
    units.removeAll(keepingCapacity: true)
    var fields: [Field] = []
    var field = Field(range: 0..<0, line: startLine, column: 1)
    var state = State.fieldStart
    func end(_ field: inout Field) {
      field.range = field.range.lowerBound..<units.count
      fields.append(field)
    }
    while true {
      let number = lines.lineNumber
      var index = 0
      let count = line.count
      while index < count {
        let unit = line[index]
        let column = index + 1
        switch state {
        case .fieldStart:
          field = Field(range: units.count..<units.count, line: number, column: column)
          if unit == 0x22 {
            state = .quoted
          } else if unit == 0x2C {
            end(&field)
          } else {
            units.append(unit)
            state = .unquoted
          }
        case .unquoted:
          if unit == 0x2C {
            end(&field)
            state = .fieldStart
          } else if unit == 0x22 {
            return Record(
              fields: fields, line: startLine,
              problem: Problem(
                message: "stray quote in an unquoted field; quote the whole field and double the quote (\"\")",
                line: number, column: column))
          } else {
            units.append(unit)
          }
        case .quoted:
          if unit == 0x22 {
            state = .afterQuote
          } else {
            units.append(unit)
          }
        case .afterQuote:
          if unit == 0x22 {
            units.append(0x22)
            state = .quoted
          } else if unit == 0x2C {
            end(&field)
            state = .fieldStart
          } else {
            return Record(
              fields: fields, line: startLine,
              problem: Problem(
                message: "unexpected text after a closing quote; expected a comma or the end of the line",
                line: number, column: column))
          }
        }
        index += 1
      }
      if state == .quoted {
        // The quoted field goes on on the next line.
        units.append(0x0A)
        guard try lines.nextLine(into: &line) else {
          return Record(
            fields: fields, line: startLine,
            problem: Problem(
              message: "unterminated quoted field (it runs to the end of the file); add the closing quote (\")",
              line: field.line, column: field.column))
        }
        continue
      }
      if state == .fieldStart {
        field = Field(range: units.count..<units.count, line: number, column: count + 1)
      }
      end(&field)
      return Record(fields: fields, line: startLine, problem: nil)
    }
  }
}
