/// Writes an Excel workbook (`prepare --formats xlsx`, `NAME.xlsx`, Office Open XML SpreadsheetML)
/// that opens right on a double-click: no import dialog, no encoding to choose.
///
/// One sheet per document, named after it (Excel's rules: at most 31 characters, none of
/// `[ ] : * ? / \`; a name used twice becomes `Sheet N`). Columns `id`, `source` (Vietnamese),
/// `target` (English, empty for the translator), `draft`, `kind` and `notes` (one a line); the header
/// row is bold and frozen, every cell wraps its text and sits at the top, and the columns have fixed
/// widths. Every cell is a string (an inline string, `t="inlineStr"`): nothing is ever a formula, a
/// number or a date, so `=SUM(A1)`, `- Vâng.`, `0123` and `1/2` read back as written, with no
/// apostrophe guard (CSV needs one; here the cell type says text). The cells also have the text
/// number format (`@`), so what a translator types into `target` stays text too. An empty cell is
/// written as a styled blank cell. Characters XML 1.0 forbids are dropped and counted, as in every
/// format.
///
/// The file is a zip of stored entries (`StoredZip`), written in Swift: no C library, deterministic
/// bytes (fixed timestamps), byte-identical run to run.
///
/// Memory: a workbook cannot be streamed into its file the way XML text can, since each zip entry's
/// CRC-32 and size come before its bytes. Rows are written into the buffer as they come, each sheet
/// after a NUL-delimited name (a NUL is the one byte no cleaned text holds); `appendFileEnd` then
/// builds the archive from them and puts it in the buffer's place. It needs about three times the
/// sheets' XML at its peak (the rows, each sheet whole, the archive), for an article a few hundred
/// kilobytes. Excel holds at most 32,767 characters in a cell; a longer sentence is written whole,
/// and LibreOffice and openpyxl read it whole.
public struct XLSXWriter: BilingualWriter {
  public init() {}

  public var formatName: String { "XLSX" }
  public var fileExtension: String { "xlsx" }
  public var reader: any BilingualReader { XLSXReader() }

  public func write(_ documents: [BilingualDocument]) -> BilingualOutput { writeDocuments(documents) }

  /// The columns, in order, with their widths in characters.
  static let columns: [(name: StaticString, width: Int)] = [
    ("id", 26), ("source", 60), ("target", 60), ("draft", 60), ("kind", 12), ("notes", 40),
  ]

  /// `name` as Excel accepts a sheet name: the characters XML 1.0 forbids and `[ ] : * ? / \`
  /// replaced (forbidden ones dropped), at most 31 UTF-16 units, not blank, not starting or ending
  /// with an apostrophe.
  static func sheetName(_ name: String) -> String {
    var result = ""
    var length = 0
    for character in ExportText.removingForbiddenCharacters(name).text {
      let replaced: Character = "[]:*?/\\".contains(character) ? "_" : character
      let units = replaced.utf16.count
      guard length + units <= 31 else { break }
      result.append(replaced)
      length += units
    }
    if result.hasPrefix("'") { result = "_" + result.dropFirst() }
    if result.hasSuffix("'") { result = result.dropLast() + "_" }
    return result.allSatisfy(\.isWhitespace) ? "Sheet" : result
  }
}

extension XLSXWriter: UnitWriter {
  /// The zip's directory and CRC-32s are written from the whole sheet, so an article's workbook is
  /// held in memory while it is rendered (about the size of the file).
  var needsWholeFile: Bool { true }

  var bytesPerUnit: Int { 400 }

  func appendFileStart(sourceLanguage: String, aligned: Bool, to buffer: inout ExportBuffer) {}

  func appendDocumentStart(
    name: String, sourceLanguage: String, targetLanguage: String, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> DocumentBytes {
    let dropped = ExportText.removingForbiddenCharacters(name).dropped
    if dropped > 0 { tally.charge(dropped, to: name) }
    buffer.append(byte: 0)
    buffer.append(Self.sheetName(name), escapedFor: .xmlAttribute)
    buffer.append(byte: 0)
    buffer.append("<row>")
    for column in Self.columns {
      buffer.append("<c t=\"inlineStr\" s=\"2\"><is><t>")
      buffer.append(column.name)
      buffer.append("</t></is></c>")
    }
    buffer.append("</row>\n")
    return DocumentBytes()
  }

  func appendUnit(
    _ unit: UnitBytes, of document: DocumentBytes, aligned: Bool, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> Bool {
    func cell(_ text: UnsafeBufferPointer<UInt8>, isPlain: Bool = false) {
      guard !text.isEmpty else {
        buffer.append("<c s=\"1\"/>")
        return
      }
      buffer.append("<c t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">")
      buffer.appendCleaned(text, escapedFor: .xmlText, tally: &tally, unit: unit, isPlain: isPlain)
      buffer.append("</t></is></c>")
    }
    buffer.append("<row>")
    cell(unit.id)
    cell(unit.source, isPlain: unit.sourceIsPlain)
    cell(unit.target, isPlain: unit.targetIsPlain)
    cell(unit.draft ?? UnsafeBufferPointer(start: nil, count: 0), isPlain: unit.draftIsPlain)
    buffer.append("<c t=\"inlineStr\" s=\"1\"><is><t>")
    buffer.append(unit.kind.spelling)
    buffer.append("</t></is></c>")
    cell(unit.notes)
    buffer.append("</row>\n")
    return true
  }

  func appendDocumentEnd(to buffer: inout ExportBuffer) {}

  /// Replaces the rows in `buffer` with the workbook.
  func appendFileEnd(to buffer: inout ExportBuffer) {
    // The sheets: NUL, name, NUL, rows.
    var sheets: [(name: String, rows: Range<Int>)] = []
    let rows = buffer.storage.bytes
    var index = 0
    while index < rows.count {
      // rows[index] is the NUL before a name.
      let nameEnd = rows[(index + 1)...].firstIndex(of: 0)!
      let rowsEnd = rows[(nameEnd + 1)...].firstIndex(of: 0) ?? rows.count
      sheets.append((String(decoding: rows[(index + 1)..<nameEnd], as: UTF8.self), (nameEnd + 1)..<rowsEnd))
      index = rowsEnd
    }
    if sheets.isEmpty { sheets.append(("Sheet", 0..<0)) }
    var seen: Set<String> = []
    for number in sheets.indices {
      // Excel compares sheet names without case.
      var name = sheets[number].name
      var suffix = number + 1
      while seen.contains(name.lowercased()) {
        name = "Sheet \(suffix)"
        suffix += 1
      }
      seen.insert(name.lowercased())
      sheets[number].name = name
    }

    var parts: [(String, [UInt8])] = [
      ("[Content_Types].xml", Self.contentTypes(sheets: sheets.count)),
      ("_rels/.rels", Array(Self.packageRelationships.utf8)),
      ("xl/workbook.xml", Self.workbook(names: sheets.map(\.name))),
      ("xl/_rels/workbook.xml.rels", Self.workbookRelationships(sheets: sheets.count)),
      ("xl/styles.xml", Array(Self.styles.utf8)),
    ]
    for (number, sheet) in sheets.enumerated() {
      var xml = Array(Self.sheetStart(selected: number == 0).utf8)
      xml.append(contentsOf: UnsafeBufferPointer(rebasing: rows[sheet.rows]))
      xml.append(contentsOf: "</sheetData></worksheet>\n".utf8)
      parts.append(("xl/worksheets/sheet\(number + 1).xml", xml))
    }
    var archive: [UInt8] = []
    archive.reserveCapacity(parts.reduce(4096) { $0 + $1.1.count + 2 * $1.0.utf8.count + 100 })
    Self.withEntries(parts[...]) { StoredZip.archive($0, into: &archive) }
    buffer.storage.removeAll()
    buffer.append(archive)
  }

  /// Calls `body` with `parts` as zip entries (their bytes borrowed).
  private static func withEntries(
    _ parts: ArraySlice<(String, [UInt8])>, done: [StoredZip.Entry] = [], _ body: ([StoredZip.Entry]) -> Void
  ) {
    guard let first = parts.first else { return body(done) }
    first.1.withUnsafeBufferPointer { bytes in
      withEntries(parts.dropFirst(), done: done + [StoredZip.Entry(path: first.0, bytes: bytes)], body)
    }
  }

  // MARK: - The package's parts

  private static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  private static func contentTypes(sheets: Int) -> [UInt8] {
    var xml =
      xmlDeclaration
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/styles.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    for number in 1...sheets {
      xml +=
        "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    return Array((xml + "</Types>\n").utf8)
  }

  private static let packageRelationships =
    xmlDeclaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipTypes)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "</Relationships>\n"

  /// `names` are escaped for an attribute already.
  private static func workbook(names: [String]) -> [UInt8] {
    var xml =
      xmlDeclaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationshipTypes)\">"
      + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
    for (number, name) in names.enumerated() {
      xml += "<sheet name=\"\(name)\" sheetId=\"\(number + 1)\" r:id=\"rId\(number + 1)\"/>"
    }
    return Array((xml + "</sheets></workbook>\n").utf8)
  }

  private static func workbookRelationships(sheets: Int) -> [UInt8] {
    var xml =
      xmlDeclaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for number in 1...sheets {
      xml +=
        "<Relationship Id=\"rId\(number)\" Type=\"\(relationshipTypes)/worksheet\" "
        + "Target=\"worksheets/sheet\(number).xml\"/>"
    }
    xml += "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(relationshipTypes)/styles\" Target=\"styles.xml\"/>"
    return Array((xml + "</Relationships>\n").utf8)
  }

  /// Style 0 is the default; 1 is text (`@`), wrapped, at the top; 2 is 1 in bold, for the header.
  private static let styles =
    xmlDeclaration + "<styleSheet xmlns=\"\(main)\">"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
    + "applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
    + "applyFont=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>\n"

  /// A sheet up to its rows: the header row frozen, the column widths, the text style on every column.
  private static func sheetStart(selected: Bool) -> String {
    var xml =
      xmlDeclaration + "<worksheet xmlns=\"\(main)\"><sheetViews><sheetView"
      + (selected ? " tabSelected=\"1\"" : "")
      + " workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
      + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
      + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
    for (number, column) in columns.enumerated() {
      xml +=
        "<col min=\"\(number + 1)\" max=\"\(number + 1)\" width=\"\(column.width)\" customWidth=\"1\" style=\"1\"/>"
    }
    return xml + "</cols><sheetData>\n"
  }
}
