/// Writes TMX 1.4b translation memory (`tmx14.dtd`), which OmegaT, Trados and memoQ import.
///
/// One `<tu>` per unit, in document order, all documents in one body. Each `<tu>` carries a `<note>`
/// with the terms used (`vi = en; …`) and `<prop>`s `x-article`, `x-block-kind`, `x-block`,
/// `x-paragraph`, `x-target-origin` (`glossary-draft` or `human`), and `x-score` and `x-bead` when
/// the unit was aligned; then the Vietnamese and the English `<tuv>`. The header's `srclang` is the
/// first document's source language.
public struct TMXWriter: BilingualWriter {
  public struct Options: Sendable, Equatable {
    /// Written as the header's `creationdate` when set.
    ///
    /// Without it (the default) the same input gives a byte-identical file.
    public var creationDate: UTCTimestamp?

    public init(creationDate: UTCTimestamp? = nil) { self.creationDate = creationDate }
  }

  public var options: Options

  public init(options: Options = Options()) { self.options = options }

  public var formatName: String { "TMX 1.4b" }
  public var fileExtension: String { "tmx" }
  public var reader: any BilingualReader { TMXReader() }

  public func write(_ documents: [BilingualDocument]) -> BilingualOutput {
    var tally = DroppedCharacterTally()
    var buffer = ExportBuffer(capacity: ExportBuffer.estimatedSize(of: documents, perUnit: 400))
    appendHeader(sourceLanguage: documents.first?.sourceLanguage ?? "vi-VN", to: &buffer)
    for document in documents { appendUnits(of: document, tally: &tally, to: &buffer) }
    buffer.append("  </body>\n</tmx>\n")
    return tally.output(buffer)
  }

  /// The file's beginning, up to and including `<body>`.
  ///
  /// With `units(of:tally:)` for each document and `footer`, the file `write(_:)` writes, a piece at
  /// a time. `sourceLanguage` is the first document's (`vi-VN` when there is none).
  public func header(sourceLanguage: String) -> String {
    var buffer = ExportBuffer()
    appendHeader(sourceLanguage: sourceLanguage, to: &buffer)
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  /// The `<tu>`s of one document; dropped characters are counted in `tally`.
  public func units(of document: BilingualDocument, tally: inout DroppedCharacterTally) -> String {
    var buffer = ExportBuffer()
    appendUnits(of: document, tally: &tally, to: &buffer)
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  /// The file's end, after the last document's units.
  public var footer: String { "  </body>\n</tmx>\n" }

  private func appendHeader(sourceLanguage: String, to buffer: inout ExportBuffer) {
    buffer.append(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE tmx SYSTEM "tmx14.dtd">
      <tmx version="1.4">
        <header creationtool="songngu" creationtoolversion="
      """)
    buffer.append(SongNguVersion.current, escapedFor: .xmlAttribute)
    buffer.append("\" segtype=\"sentence\" o-tmf=\"songngu\" adminlang=\"en-US\" srclang=\"")
    buffer.append(sourceLanguage, escapedFor: .xmlAttribute)
    buffer.append("\" datatype=\"plaintext\"")
    if let date = options.creationDate {
      buffer.append(" creationdate=\"")
      buffer.append(raw: date.tmx)
      buffer.append("\"")
    }
    buffer.append("/>\n  <body>\n")
  }

  private func appendUnits(
    of document: BilingualDocument, tally: inout DroppedCharacterTally, to buffer: inout ExportBuffer
  ) {
    // What every unit of the document repeats, escaped once.
    var repeated = ExportBuffer()
    repeated.appendCleaned(document.name, escapedFor: .xmlText, tally: &tally, unitID: document.name)
    let article = repeated.bytes
    repeated = ExportBuffer()
    repeated.append(document.sourceLanguage, escapedFor: .xmlAttribute)
    let sourceLanguage = repeated.bytes
    repeated = ExportBuffer()
    repeated.append(document.targetLanguage, escapedFor: .xmlAttribute)
    let targetLanguage = repeated.bytes

    for unit in document.units {
      let id = unit.id
      buffer.append("    <tu tuid=\"")
      buffer.appendCleaned(id, escapedFor: .xmlAttribute, tally: &tally, unitID: id)
      buffer.append("\">\n")
      if !unit.terms.isEmpty {
        buffer.append("      <note>")
        buffer.appendTermList(unit.terms, tally: &tally, unitID: id)
        buffer.append("</note>\n")
      }
      buffer.append("      <prop type=\"x-article\">")
      buffer.append(article)
      buffer.append("</prop>\n      <prop type=\"x-block-kind\">")
      buffer.append(unit.kind.rawValue, escapedFor: .xmlText)
      buffer.append("</prop>\n      <prop type=\"x-block\">")
      buffer.append(decimal: unit.block)
      buffer.append("</prop>\n      <prop type=\"x-paragraph\">")
      buffer.append(decimal: unit.paragraph)
      buffer.append("</prop>\n      <prop type=\"x-target-origin\">")
      buffer.append(unit.targetOrigin.rawValue, escapedFor: .xmlText)
      buffer.append("</prop>\n")
      if let score = unit.score {
        buffer.append("      <prop type=\"x-score\">")
        buffer.append(String(score), escapedFor: .xmlText)
        buffer.append("</prop>\n")
      }
      if let bead = unit.bead {
        buffer.append("      <prop type=\"x-bead\">")
        buffer.appendCleaned(bead, escapedFor: .xmlText, tally: &tally, unitID: id)
        buffer.append("</prop>\n")
      }
      buffer.append("      <tuv xml:lang=\"")
      buffer.append(sourceLanguage)
      buffer.append("\"><seg>")
      buffer.appendCleaned(unit.source, escapedFor: .xmlText, tally: &tally, unitID: id)
      buffer.append("</seg></tuv>\n      <tuv xml:lang=\"")
      buffer.append(targetLanguage)
      buffer.append("\"><seg>")
      buffer.appendCleaned(unit.target, escapedFor: .xmlText, tally: &tally, unitID: id)
      buffer.append("</seg></tuv>\n    </tu>\n")
    }
  }
}
