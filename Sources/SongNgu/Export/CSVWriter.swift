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
    ["id", "source", "target", "kind", "block", "paragraph", "origin", "terms", "article"]
      + (aligned ? ["score", "bead"] : [])
  }

  public func write(_ documents: [BilingualDocument]) -> BilingualOutput {
    var tally = DroppedCharacterTally()
    let aligned = documents.contains { $0.units.contains { $0.score != nil || $0.bead != nil } }
    var buffer = ExportBuffer(capacity: ExportBuffer.estimatedSize(of: documents, perUnit: 120))
    appendHeader(aligned: aligned, to: &buffer)
    for document in documents { appendRecords(of: document, aligned: aligned, tally: &tally, to: &buffer) }
    return tally.output(buffer)
  }

  /// The byte order mark (when the dialect has one) and the column names.
  ///
  /// With `records(of:aligned:tally:)` for each document, the file `write(_:)` writes, a piece at a
  /// time. `aligned` (the score and bead columns) is whether any unit of any document has a score or a bead.
  public func header(aligned: Bool) -> String {
    var buffer = ExportBuffer()
    appendHeader(aligned: aligned, to: &buffer)
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  /// The rows of one document; dropped characters are counted in `tally`.
  public func records(of document: BilingualDocument, aligned: Bool, tally: inout DroppedCharacterTally) -> String {
    var buffer = ExportBuffer()
    appendRecords(of: document, aligned: aligned, tally: &tally, to: &buffer)
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  private func appendHeader(aligned: Bool, to buffer: inout ExportBuffer) {
    if dialect.byteOrderMark { buffer.append("\u{FEFF}") }
    for (index, column) in Self.columns(aligned: aligned).enumerated() {
      if index > 0 { buffer.append(byte: delimiter) }
      buffer.append(byte: 0x22)
      buffer.append(column, escapedFor: .csvCell)
      buffer.append(byte: 0x22)
    }
    endRecord(&buffer)
  }

  private func appendRecords(
    of document: BilingualDocument, aligned: Bool, tally: inout DroppedCharacterTally, to buffer: inout ExportBuffer
  ) {
    let delimiter = delimiter
    // The article cell, the same in every row, written once.
    var cell = ExportBuffer()
    appendTextCell(document.name, to: &cell, tally: &tally, unitID: document.name)
    let article = cell.bytes
    // The terms cell is built here first: its guard depends on how the whole list starts.
    var terms: [UInt8] = []
    for unit in document.units {
      let id = unit.id
      appendTextCell(id, to: &buffer, tally: &tally, unitID: id)
      buffer.append(byte: delimiter)
      appendTextCell(unit.source, to: &buffer, tally: &tally, unitID: id)
      buffer.append(byte: delimiter)
      appendTextCell(unit.target, to: &buffer, tally: &tally, unitID: id)
      buffer.append(byte: delimiter)
      appendTextCell(unit.kind.rawValue, to: &buffer, tally: &tally, unitID: id)
      buffer.append(byte: delimiter)
      buffer.append(byte: 0x22)
      buffer.append(decimal: unit.block)
      buffer.append(byte: 0x22)
      buffer.append(byte: delimiter)
      buffer.append(byte: 0x22)
      buffer.append(decimal: unit.paragraph)
      buffer.append(byte: 0x22)
      buffer.append(byte: delimiter)
      appendTextCell(unit.targetOrigin.rawValue, to: &buffer, tally: &tally, unitID: id)
      buffer.append(byte: delimiter)
      terms.removeAll(keepingCapacity: true)
      for (index, term) in unit.terms.enumerated() {
        if index > 0 { terms += [0x3B, 0x20] }
        terms += term.source.utf8
        terms.append(0x3D)
        terms += term.target.utf8
      }
      terms.withUnsafeBufferPointer { appendTextCell($0, to: &buffer, tally: &tally, unitID: id) }
      buffer.append(byte: delimiter)
      buffer.append(article)
      if aligned {
        buffer.append(byte: delimiter)
        buffer.append(byte: 0x22)
        if let score = unit.score { buffer.append(String(score), escapedFor: .csvCell) }
        buffer.append(byte: 0x22)
        buffer.append(byte: delimiter)
        appendTextCell(unit.bead ?? "", to: &buffer, tally: &tally, unitID: id)
      }
      endRecord(&buffer)
    }
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
    let contiguous: Void? = text.utf8.withContiguousStorageIfAvailable {
      appendTextCell($0, to: &buffer, tally: &tally, unitID: unitID)
    }
    if contiguous == nil {
      Array(text.utf8).withUnsafeBufferPointer { appendTextCell($0, to: &buffer, tally: &tally, unitID: unitID) }
    }
  }

  private func appendTextCell(
    _ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout ExportBuffer, tally: inout DroppedCharacterTally,
    unitID: String
  ) {
    buffer.append(byte: 0x22)
    if dialect.guardsFormulas && SpreadsheetFormulaGuard.needsGuard(bytes) { buffer.append(byte: 0x27) }
    tally.charge(buffer.appendCleaned(bytes, escapedFor: .csvCell), to: unitID)
    buffer.append(byte: 0x22)
  }
}
