/// Writes CSV (RFC 4180 by default) for spreadsheets and translate-toolkit's `csv2po`.
///
/// UTF-8, every field quoted (quotes doubled), line breaks inside cells kept. Columns: `id`,
/// `source` (Vietnamese), `target` (English), `kind`, `block`, `paragraph`, `origin`, `terms`
/// (`vi=en; vi=en`), `article`, and `score` and `bead` when any unit was aligned. translate-toolkit
/// reads `id`, `source` and `target` by those names. Text cells are guarded against formula
/// injection unless `CSVDialect.guardsFormulas` is off.
public struct CSVWriter: BilingualWriter {
  public var dialect: CSVDialect

  public init(dialect: CSVDialect = CSVDialect()) { self.dialect = dialect }

  public var formatName: String { "CSV" }
  public var fileExtension: String { dialect.delimiter == .tab ? "tsv" : "csv" }
  public var reader: any BilingualReader { CSVReader(dialect: dialect) }

  /// The column names, in order, for files with and without alignment columns.
  public static func columns(aligned: Bool) -> [String] {
    ["id", "source", "target", "draft", "kind", "block", "paragraph", "origin", "terms", "notes", "article"]
      + (aligned ? ["score", "bead"] : [])
  }

  public func write(_ documents: [BilingualDocument]) -> BilingualOutput { writeDocuments(documents) }

  /// The header row (with the `score` and `bead` columns when `aligned`).
  ///
  /// With `records(of:aligned:tally:)` for each document, the file `write(_:)` writes, a piece at a
  /// time.
  public func header(aligned: Bool) -> String {
    var buffer = ExportBuffer()
    appendFileStart(sourceLanguage: "", aligned: aligned, to: &buffer)
    return String(decoding: buffer.storage.bytes, as: UTF8.self)
  }

  /// The records of one document; dropped characters are counted in `tally`.
  public func records(of document: BilingualDocument, aligned: Bool, tally: inout DroppedCharacterTally) -> String {
    var buffer = ExportBuffer()
    appendUnits(of: document, aligned: aligned, tally: &tally, to: &buffer)
    return String(decoding: buffer.storage.bytes, as: UTF8.self)
  }
  private var delimiter: UInt8 {
    switch dialect.delimiter {
    case .comma: 0x2C
    case .semicolon: 0x3B
    case .tab: 0x09
    }
  }

  private func endRecord(_ buffer: inout ExportBuffer) {
    switch dialect.lineEnding {
    case .crlf: buffer.append("\r\n")
    case .lf: buffer.append(byte: 0x0A)
    }
  }

  /// A quoted text cell without the characters XML 1.0 forbids, guarded when the dialect says so.
  /// (Numbers songngu formats itself are not guarded.)
  private func appendTextCell(
    _ text: String, to buffer: inout ExportBuffer, tally: inout DroppedCharacterTally, unitID: String
  ) {
    buffer.append(byte: 0x22)
    withContiguousUTF8(text) {
      if dialect.guardsFormulas && SpreadsheetFormulaGuard.needsGuard($0) { buffer.append(byte: 0x27) }
      tally.charge(buffer.appendCleaned($0, escapedFor: .csvCell), to: unitID)
    }
    buffer.append(byte: 0x22)
  }

  private func appendTextCell(
    _ bytes: UnsafeBufferPointer<UInt8>, of unit: UnitBytes, isPlain: Bool = false, to buffer: inout ExportBuffer,
    tally: inout DroppedCharacterTally
  ) {
    buffer.append(byte: 0x22)
    if dialect.guardsFormulas && SpreadsheetFormulaGuard.needsGuard(bytes) { buffer.append(byte: 0x27) }
    buffer.appendCleaned(bytes, escapedFor: .csvCell, tally: &tally, unit: unit, isPlain: isPlain)
    buffer.append(byte: 0x22)
  }
}

extension CSVWriter: UnitWriter {
  var bytesPerUnit: Int { 120 }

  func appendFileStart(sourceLanguage: String, aligned: Bool, to buffer: inout ExportBuffer) {
    if dialect.byteOrderMark { buffer.append("\u{FEFF}") }
    for (index, column) in Self.columns(aligned: aligned).enumerated() {
      if index > 0 { buffer.append(byte: delimiter) }
      buffer.append(byte: 0x22)
      buffer.append(column, escapedFor: .csvCell)
      buffer.append(byte: 0x22)
    }
    endRecord(&buffer)
  }

  func appendDocumentStart(
    name: String, sourceLanguage: String, targetLanguage: String, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> DocumentBytes {
    // The article cell, the same in every row, written once.
    var cell = ExportBuffer()
    appendTextCell(name, to: &cell, tally: &tally, unitID: name)
    return DocumentBytes(name: cell.bytes)
  }

  func appendUnit(
    _ unit: UnitBytes, of document: DocumentBytes, aligned: Bool, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> Bool {
    let delimiter = delimiter
    appendTextCell(unit.id, of: unit, to: &buffer, tally: &tally)
    buffer.append(byte: delimiter)
    appendTextCell(unit.source, of: unit, isPlain: unit.sourceIsPlain, to: &buffer, tally: &tally)
    buffer.append(byte: delimiter)
    appendTextCell(unit.target, of: unit, isPlain: unit.targetIsPlain, to: &buffer, tally: &tally)
    buffer.append(byte: delimiter)
    appendTextCell(
      unit.draft ?? UnsafeBufferPointer(start: nil, count: 0), of: unit, isPlain: unit.draftIsPlain, to: &buffer,
      tally: &tally)
    buffer.append(byte: delimiter)
    buffer.append(byte: 0x22)
    buffer.append(unit.kind.spelling)
    buffer.append(byte: 0x22)
    buffer.append(byte: delimiter)
    buffer.append(byte: 0x22)
    buffer.append(decimal: unit.block)
    buffer.append(byte: 0x22)
    buffer.append(byte: delimiter)
    buffer.append(byte: 0x22)
    buffer.append(decimal: unit.paragraph)
    buffer.append(byte: 0x22)
    buffer.append(byte: delimiter)
    buffer.append(byte: 0x22)
    buffer.append(unit.targetOrigin.spelling)
    buffer.append(byte: 0x22)
    buffer.append(byte: delimiter)
    // The guard depends on how the whole list starts.
    appendTextCell(unit.termCell, of: unit, to: &buffer, tally: &tally)
    buffer.append(byte: delimiter)
    appendTextCell(unit.notes, of: unit, to: &buffer, tally: &tally)
    buffer.append(byte: delimiter)
    buffer.append(document.name)
    if aligned {
      buffer.append(byte: delimiter)
      buffer.append(byte: 0x22)
      if let score = unit.score { buffer.append(String(score), escapedFor: .csvCell) }
      buffer.append(byte: 0x22)
      buffer.append(byte: delimiter)
      withContiguousUTF8(unit.bead ?? "") { appendTextCell($0, of: unit, to: &buffer, tally: &tally) }
    }
    endRecord(&buffer)
    return true
  }

  func appendDocumentEnd(to buffer: inout ExportBuffer) {}

  func appendFileEnd(to buffer: inout ExportBuffer) {}
}
