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
    var out = header(aligned: aligned)
    for document in documents { out += records(of: document, aligned: aligned, tally: &tally) }
    return tally.output(out)
  }

  /// The byte order mark (when the dialect has one) and the column names.
  ///
  /// With `records(of:aligned:tally:)` for each document, the file `write(_:)` writes, a piece at a
  /// time. `aligned` (the score and bead columns) is whether any unit of any document has a score or a bead.
  public func header(aligned: Bool) -> String {
    (dialect.byteOrderMark ? "\u{FEFF}" : "") + record(Self.columns(aligned: aligned))
  }

  /// The rows of one document; dropped characters are counted in `tally`.
  public func records(of document: BilingualDocument, aligned: Bool, tally: inout DroppedCharacterTally) -> String {
    var out = ""
    let article = tally.clean(document.name, unitID: document.name)
    for original in document.units {
      let unit = tally.clean(original)
      var cells = [
        text(unit.id), text(unit.source), text(unit.target), text(unit.kind.rawValue), String(unit.block),
        String(unit.paragraph), text(unit.targetOrigin.rawValue), text(UsedTerm.list(unit.terms, separator: "=")),
        text(article),
      ]
      if aligned { cells += [unit.score.map { String($0) } ?? "", text(unit.bead ?? "")] }
      out += record(cells)
    }
    return out
  }

  /// A text cell, guarded when the dialect says so. (Numbers songngu formats itself are not guarded.)
  private func text(_ value: String) -> String {
    dialect.guardsFormulas ? SpreadsheetFormulaGuard.guarded(value) : value
  }

  private func record(_ cells: [String]) -> String {
    cells.map(quoted).joined(separator: String(dialect.delimiter.character)) + dialect.lineEnding.text
  }

  /// `cell` in double quotes, its quotes doubled (byte by byte: a quote followed by a combining
  /// mark is still a quote to a CSV parser, and `"` never occurs inside a multi-byte sequence).
  private func quoted(_ cell: String) -> String {
    guard cell.utf8.contains(0x22) else { return "\"" + cell + "\"" }
    var bytes: [UInt8] = [0x22]
    bytes.reserveCapacity(cell.utf8.count + 8)
    for byte in cell.utf8 {
      if byte == 0x22 { bytes.append(0x22) }
      bytes.append(byte)
    }
    bytes.append(0x22)
    return String(decoding: bytes, as: UTF8.self)
  }
}
