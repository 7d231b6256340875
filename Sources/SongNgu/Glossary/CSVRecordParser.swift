/// Splits CSV (RFC 4180) into records of fields, a line at a time: songngu's one CSV parser, used by
/// `CSVGlossaryReader` (lines from a `LineReader`) and `CSVReader` (the lines of a bilingual file).
///
/// A quoted field may hold delimiters, doubled quotes and line breaks; an unquoted field holds no
/// quote and no line break; a record ends with LF or CR LF. A stray quote in an unquoted field, or
/// anything but a delimiter or a line end after a closing quote (a lone CR included), makes the
/// record a problem (the rest of its line is skipped); so does an unterminated quoted field, which
/// takes the rest of the input with it. Callers word the problems their own way.
struct CSVRecordParser {
  /// Where the lines come from: each with its line end (LF or CR LF) but the last, which may have none.
  protocol Lines {
    /// Replaces `line` with the next line's UTF-16 units, line end included; false at the end.
    mutating func nextLine(into line: inout [UInt16]) throws(SongNguError) -> Bool
  }

  struct Field {
    /// The field's text, quotes removed, in the parser's `units`.
    var range: Range<Int>
    /// Where the field starts (1-based; the column, in UTF-16 units, of its opening quote when quoted).
    var line: Int
    var column: Int
  }

  struct Problem {
    enum Kind {
      /// A quote inside an unquoted field.
      case strayQuote
      /// Something other than a delimiter or a line end after a closing quote, or a lone CR.
      case textAfterField
      /// The input ends inside a quoted field.
      case unterminatedQuote
    }

    var kind: Kind
    /// Where the problem was found (for an unterminated field: the end of the input), the column
    /// counted as the parser's `columnUnit` says.
    var line: Int
    var column: Int
    /// The field the problem is in: where it starts (the column in UTF-16 units).
    var fieldLine: Int
    var fieldColumn: Int
  }

  struct Record {
    var fields: [Field]
    /// The line the record starts on.
    var line: Int
    var problem: Problem?
  }

  /// What a problem's column counts.
  enum ColumnUnit {
    case utf16, scalars
  }

  private var lines: any Lines
  private let delimiter: UInt16
  private let columnUnit: ColumnUnit
  private var line: [UInt16] = []
  /// The number of the line in `line`, and where in it the current physical line starts (after a
  /// lone CR inside a quoted field, which counts as a line break).
  private var lineNumber = 0
  private var lineStart = 0
  /// The text of the last record's fields, back to back (reused from record to record).
  private(set) var units: [UInt16] = []

  init(lines: any Lines, delimiter: UInt16 = 0x2C, columnUnit: ColumnUnit = .utf16) {
    self.lines = lines
    self.delimiter = delimiter
    self.columnUnit = columnUnit
  }

  private enum State {
    case fieldStart, unquoted, quoted, afterQuote
  }

  private mutating func readLine() throws(SongNguError) -> Bool {
    guard try lines.nextLine(into: &line) else { return false }
    lineNumber += 1
    lineStart = 0
    return true
  }

  /// The 1-based column of `index` in the current physical line.
  private func column(_ index: Int) -> Int {
    switch columnUnit {
    case .utf16: return index - lineStart + 1
    case .scalars: return line[lineStart..<index].reduce(1) { $0 + ($1 & 0xFC00 == 0xDC00 ? 0 : 1) }
    }
  }

  /// The next record, or nil at the end of the input.
  mutating func nextRecord() throws(SongNguError) -> Record? {
    guard try readLine() else { return nil }
    let startLine = lineNumber
    units.removeAll(keepingCapacity: true)
    var fields: [Field] = []
    var field = Field(range: 0..<0, line: startLine, column: 1)
    var state = State.fieldStart
    func end(_ field: inout Field) {
      field.range = field.range.lowerBound..<units.count
      fields.append(field)
    }
    func problem(_ kind: Problem.Kind, at index: Int) -> Record {
      Record(
        fields: fields, line: startLine,
        problem: Problem(
          kind: kind, line: lineNumber, column: column(index), fieldLine: field.line, fieldColumn: field.column))
    }
    while true {
      var index = 0
      let count = line.count
      while index < count {
        let unit = line[index]
        if state != .quoted && (unit == 0x0A || unit == 0x0D) {
          // A line end (LF or CR LF) ends the record; a lone CR is not one.
          guard unit == 0x0A || (index + 1 < count && line[index + 1] == 0x0A) else {
            return problem(.textAfterField, at: index)
          }
          break
        }
        switch state {
        case .fieldStart:
          field = Field(range: units.count..<units.count, line: lineNumber, column: index - lineStart + 1)
          if unit == 0x22 {
            state = .quoted
          } else if unit == delimiter {
            end(&field)
          } else {
            units.append(unit)
            state = .unquoted
          }
        case .unquoted:
          if unit == delimiter {
            end(&field)
            state = .fieldStart
          } else if unit == 0x22 {
            return problem(.strayQuote, at: index)
          } else {
            units.append(unit)
          }
        case .quoted:
          if unit == 0x22 {
            state = .afterQuote
          } else {
            units.append(unit)
            if unit == 0x0D && (index + 1 == count || line[index + 1] != 0x0A) {
              // A lone CR inside a quoted field breaks the line as it stands.
              lineNumber += 1
              lineStart = index + 1
            }
          }
        case .afterQuote:
          if unit == 0x22 {
            units.append(0x22)
            state = .quoted
          } else if unit == delimiter {
            end(&field)
            state = .fieldStart
          } else {
            return problem(.textAfterField, at: index)
          }
        }
        index += 1
      }
      if state == .quoted {
        // The quoted field goes on on the next line.
        // Where the input ends, if it does here: after a line feed, the start of the next line.
        let ended = line.last == 0x0A
        let endLine = ended ? lineNumber + 1 : lineNumber
        let endColumn = ended ? 1 : column(count)
        guard try readLine() else {
          return Record(
            fields: fields, line: startLine,
            problem: Problem(
              kind: .unterminatedQuote, line: endLine, column: endColumn, fieldLine: field.line,
              fieldColumn: field.column))
        }
        continue
      }
      if state == .fieldStart {
        field = Field(range: units.count..<units.count, line: lineNumber, column: index - lineStart + 1)
      }
      end(&field)
      return Record(fields: fields, line: startLine, problem: nil)
    }
  }
}

/// A `LineReader`'s lines, each given a line end (the reader drops them).
struct CSVLineReaderLines: CSVRecordParser.Lines {
  let reader: LineReader

  mutating func nextLine(into line: inout [UInt16]) throws(SongNguError) -> Bool {
    guard try reader.nextLine(into: &line) else { return false }
    line.append(0x0A)
    return true
  }
}

/// The lines of text in memory: split after each LF, line ends kept; a byte-order mark at the
/// start is skipped.
struct CSVTextLines: CSVRecordParser.Lines {
  private let units: [UInt16]
  private var position: Int

  init(_ text: String) {
    units = Array(text.utf16)
    position = units.first == 0xFEFF ? 1 : 0
  }

  mutating func nextLine(into line: inout [UInt16]) throws(SongNguError) -> Bool {
    guard position < units.count else { return false }
    var end = position
    while end < units.count && units[end] != 0x0A { end += 1 }
    if end < units.count { end += 1 }
    line.removeAll(keepingCapacity: true)
    line.append(contentsOf: units[position..<end])
    position = end
    return true
  }
}
