/// Reads back the workbooks `XLSXWriter` writes: one document per sheet, one unit per row.
///
/// Only stored (uncompressed) archives, as songngu writes them: a workbook saved again by Excel or
/// LibreOffice is deflated and refused with a message (export it as CSV to merge it). A sheet holds
/// only `id`, `source`, `target`, `draft`, `kind` and `notes`; the block is read from the id
/// (`ARTICLE:bBLOCK:sSENTENCE`), the paragraph is 0, the origin `human` and there are no terms.
/// Cells are inline strings or shared strings; a cell without a string reads as empty.
public struct XLSXReader: BilingualReader {
  public init() {}

  public func read(_ bytes: [UInt8], name: String) throws -> [BilingualDocument] {
    let entries = try StoredZip.entries(of: bytes, path: name)
    func part(_ path: String) throws -> XMLNode {
      guard let bytes = entries[path] else {
        throw SongNguError.unreadable(path: name, reason: "no \(path) in the workbook")
      }
      return try XMLNode.parse(bytes, name: "\(name):\(path)", expected: "SpreadsheetML")
    }
    let workbook = try part("xl/workbook.xml")
    let relationships = try part("xl/_rels/workbook.xml.rels")
    var targets: [String: String] = [:]
    for relationship in relationships.children("Relationship") {
      guard let id = relationship.attributes["Id"], let target = relationship.attributes["Target"] else { continue }
      targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
    let shared = try entries["xl/sharedStrings.xml"] == nil ? [] : part("xl/sharedStrings.xml").children("si").map(text)
    var documents: [BilingualDocument] = []
    for sheet in workbook.child("sheets")?.children("sheet") ?? [] {
      guard let id = sheet.attributes["r:id"], let path = targets[id] else {
        throw SongNguError.unreadable(path: name, reason: "a sheet without its part in the workbook")
      }
      let rows = try part(path).child("sheetData")?.children("row") ?? []
      let cells = rows.map { row in
        row.children("c").map { cell -> String in
          switch cell.attributes["t"] {
          case "inlineStr": cell.child("is").map(text) ?? ""
          case "s":
            cell.child("v").flatMap { Int($0.text) }.flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
          case "str": cell.child("v")?.text ?? ""
          default: ""
          }
        }
      }
      var document = BilingualDocument(name: sheet.attributes["name"] ?? path, units: [])
      guard let header = cells.first else {
        documents.append(document)
        continue
      }
      for row in cells.dropFirst() {
        func cell(_ title: String) -> String {
          guard let index = header.firstIndex(of: title), index < row.count else { return "" }
          return row[index]
        }
        let id = cell("id")
        let block = id.split(separator: ":").reversed().dropFirst().first.flatMap { part in
          part.first == "b" ? Int(part.dropFirst()) : nil
        }
        document.units.append(
          BilingualUnit(
            id: id, source: cell("source"), target: cell("target"), targetOrigin: .human,
            kind: BlockKind(rawValue: cell("kind")) ?? .body, block: block ?? 0, paragraph: 0,
            draft: cell("draft").isEmpty ? nil : cell("draft"),
            notes: cell("notes").isEmpty ? [] : cell("notes").components(separatedBy: "\n")))
      }
      documents.append(document)
    }
    return documents
  }

  /// The text of a string item (`<is>`, `<si>`): its `<t>`, or its runs' `<t>`s.
  private func text(_ item: XMLNode) -> String {
    if let plain = item.child("t") { return plain.text }
    return item.children("r").compactMap { $0.child("t")?.text }.joined()
  }
}
