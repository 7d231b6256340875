/// Reads a comma-separated glossary (RFC 4180) with a header row.
///
/// Required columns: `vi` and `en` (or `source` and `target`). Optional: `note`, `variants`,
/// `alternatives`, `forbidden` (lists separated by `|`), `domain`, `not_after` and `not_before` (the
/// entry's context rule: words that forbid a match when they stand right before or right after the
/// term, separated by `|`), `pos` (part of speech or sense), `case` (auto, sensitive, insensitive) and
/// `diacritics` (exact, insensitive). Other columns are reported and ignored. Fields may
/// be quoted, with `""` for a quote inside; a quoted field may span lines. LF and CRLF line ends.
public struct CSVGlossaryReader: GlossaryReader {
  public init() {}

  /// The columns songngu knows, by header name.
  enum Column: String, CaseIterable {
    case source, target, note, variants, alternatives, forbidden, domain, notAfter, notBefore, partOfSpeech
    case caseMatching, diacritics

    init?(header: String) {
      switch header.lowercased() {
      case "vi", "source": self = .source
      case "en", "target": self = .target
      case "note", "comment": self = .note
      case "variants": self = .variants
      case "alternatives": self = .alternatives
      case "forbidden": self = .forbidden
      case "domain": self = .domain
      case "not_after", "not after": self = .notAfter
      case "not_before", "not before": self = .notBefore
      case "pos", "part_of_speech", "part of speech": self = .partOfSpeech
      case "case": self = .caseMatching
      case "diacritics": self = .diacritics
      default: return nil
      }
    }

    /// How the cell is named in messages.
    var displayName: String {
      switch self {
      case .source: return "source term"
      case .target: return "target term"
      case .caseMatching: return "case"
      case .notAfter: return "not_after"
      case .notBefore: return "not_before"
      case .partOfSpeech: return "pos"
      default: return rawValue
      }
    }
  }

  public func read(_ lines: LineReader) throws(SongNguError) -> GlossaryFile {
    var cleaner = GlossaryCellCleaner(file: lines.name)
    var parser = CSVRecordParser(lines: CSVLineReaderLines(reader: lines))
    var entries: [GlossaryEntry] = []
    var columns: [Column?] = []
    var headerRead = false
    while let record = try parser.nextRecord() {
      if let problem = record.problem {
        switch problem.kind {
        case .strayQuote:
          cleaner.error(
            "glossary.syntax",
            "stray quote in an unquoted field; quote the whole field and double the quote (\"\")",
            line: problem.line, column: problem.column)
        case .textAfterField:
          cleaner.error(
            "glossary.syntax", "unexpected text after a closing quote; expected a comma or the end of the line",
            line: problem.line, column: problem.column)
        case .unterminatedQuote:
          cleaner.error(
            "glossary.syntax",
            "unterminated quoted field (it runs to the end of the file); add the closing quote (\")",
            line: problem.fieldLine, column: problem.fieldColumn)
        }
        continue
      }
      let fields = record.fields
      if fields.count == 1 && parser.units.allSatisfy(CharacterClass.isSpace) { continue }  // blank line
      if !headerRead {
        headerRead = true
        columns = try readHeader(fields, units: parser.units, file: lines.name, cleaner: &cleaner)
        continue
      }
      guard fields.count == columns.count else {
        let column = fields.count > columns.count ? fields[columns.count].column : 1
        cleaner.error(
          "glossary.syntax",
          "expected \(columns.count) comma-separated fields as in the header, found \(fields.count)",
          line: record.line, column: column)
        continue
      }
      var entry = GlossaryEntry(
        source: "", target: "", location: SourceLocation(file: lines.name, line: record.line, column: 1))
      var sourceColumn = 1
      var targetColumn = 1
      for (field, column) in zip(fields, columns) {
        guard let column else { continue }
        let text = parser.units.withUnsafeBufferPointer {
          cleaner.clean(
            UnsafeBufferPointer(rebasing: $0[field.range]), line: field.line, column: field.column,
            name: column.displayName)
        }
        switch column {
        case .source:
          entry.source = text
          sourceColumn = field.column
        case .target:
          entry.target = text
          targetColumn = field.column
        case .note: entry.note = text
        case .variants: entry.variants = cleaner.list(text, line: field.line, column: field.column, name: "variants")
        case .alternatives:
          entry.alternatives = cleaner.list(text, line: field.line, column: field.column, name: "alternatives")
        case .forbidden: entry.forbidden = cleaner.list(text, line: field.line, column: field.column, name: "forbidden")
        case .domain: entry.domain = text
        case .notAfter: entry.notAfter = cleaner.list(text, line: field.line, column: field.column, name: "not_after")
        case .notBefore:
          entry.notBefore = cleaner.list(text, line: field.line, column: field.column, name: "not_before")
        case .partOfSpeech: entry.partOfSpeech = text
        case .caseMatching: entry.caseMatching = cleaner.caseMatching(text, line: field.line, column: field.column)
        case .diacritics: entry.diacritics = cleaner.diacriticMatching(text, line: field.line, column: field.column)
        }
      }
      guard
        cleaner.requireTerms(
          source: entry.source, target: entry.target, line: record.line, sourceColumn: sourceColumn,
          targetColumn: targetColumn)
      else { continue }
      entries.append(entry)
    }
    if !headerRead {
      cleaner.error("glossary.syntax", "empty file; expected a header row such as vi,en,note", line: 1, column: 1)
    }
    return GlossaryFile(
      path: lines.name, format: .csv, entries: entries, findings: cleaner.findings, nonNFCCells: cleaner.nonNFCCells)
  }

  /// Maps header fields to columns; a missing required column stops reading.
  private func readHeader(
    _ fields: [CSVRecordParser.Field], units: [UInt16], file: String, cleaner: inout GlossaryCellCleaner
  ) throws(SongNguError) -> [Column?] {
    var columns: [Column?] = []
    var seen: [Column: Int] = [:]
    for field in fields {
      let name = UTF16Text.string(units, field.range).trimmingSpaces()
      let column = Column(header: name)
      if let column {
        if let first = seen[column] {
          throw .malformedData(
            path: file, line: field.line, column: field.column,
            expected: "column '\(name)' appears twice in the header (first at column \(first)); keep one")
        }
        seen[column] = field.column
      } else {
        cleaner.warning(
          "glossary.unknown-column",
          "unknown column '\(name)' ignored; known columns are vi, en, note, variants, alternatives, forbidden, domain, not_after, not_before, pos, case, diacritics",
          line: field.line, column: field.column)
      }
      columns.append(column)
    }
    let line = fields.first?.line ?? 1
    if seen[.source] == nil || seen[.target] == nil {
      let missing = seen[.source] == nil ? "vi (or source)" : "en (or target)"
      // A header that names the columns but splits on another delimiter: say which.
      if fields.count == 1 {
        let name = UTF16Text.string(units, fields[0].range)
        for (delimiter, spelling, remedy) in [
          (";", "semicolons", "save the file with commas, or as tab-separated text with a .tsv name"),
          ("\t", "tabs", "give the file a .tsv name (OmegaT's tab-separated glossary)"),
        ] {
          let pieces = name.components(separatedBy: delimiter).map { $0.trimmingSpaces() }
          if pieces.count > 1, pieces.contains(where: { Column(header: $0) == .source }) {
            throw .malformedData(
              path: file, line: line, column: 1,
              expected: "the header is separated by \(spelling), not commas: \(remedy)")
          }
        }
      }
      throw .malformedData(
        path: file, line: line, column: 1,
        expected: "header has no \(missing) column; expected a header row such as vi,en,note")
    }
    return columns
  }
}
