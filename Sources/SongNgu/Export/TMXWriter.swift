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

  public func write(_ documents: [BilingualDocument]) -> BilingualOutput { writeDocuments(documents) }

  /// The file's beginning, up to and including `<body>`.
  ///
  /// With `units(of:tally:)` for each document and `footer`, the file `write(_:)` writes, a piece at
  /// a time. `sourceLanguage` is the first document's (`vi-VN` when there is none).
  public func header(sourceLanguage: String) -> String {
    var buffer = ExportBuffer()
    appendFileStart(sourceLanguage: sourceLanguage, aligned: false, to: &buffer)
    return String(decoding: buffer.storage.bytes, as: UTF8.self)
  }

  /// The `<tu>`s of one document; dropped characters are counted in `tally`.
  public func units(of document: BilingualDocument, tally: inout DroppedCharacterTally) -> String {
    var buffer = ExportBuffer()
    appendUnits(of: document, aligned: false, tally: &tally, to: &buffer)
    return String(decoding: buffer.storage.bytes, as: UTF8.self)
  }

  /// The file's end, after the last document's units.
  public var footer: String {
    var buffer = ExportBuffer()
    appendFileEnd(to: &buffer)
    return String(decoding: buffer.storage.bytes, as: UTF8.self)
  }
}

extension TMXWriter: UnitWriter {
  var bytesPerUnit: Int { 400 }

  func appendFileStart(sourceLanguage: String, aligned: Bool, to buffer: inout ExportBuffer) {
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

  func appendDocumentStart(
    name: String, sourceLanguage: String, targetLanguage: String, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> DocumentBytes {
    var repeated = ExportBuffer()
    repeated.appendCleaned(name, escapedFor: .xmlText, tally: &tally, unitID: name)
    var document = DocumentBytes(name: repeated.bytes)
    repeated = ExportBuffer()
    repeated.append(sourceLanguage, escapedFor: .xmlAttribute)
    document.sourceLanguage = repeated.bytes
    repeated = ExportBuffer()
    repeated.append(targetLanguage, escapedFor: .xmlAttribute)
    document.targetLanguage = repeated.bytes
    return document
  }

  func appendUnit(
    _ unit: UnitBytes, of document: DocumentBytes, aligned: Bool, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> Bool {
    // A translation memory holds pairs: a sentence with nothing in English is left out.
    guard let target = unit.targetSlot else { return false }
    buffer.append("    <tu tuid=\"")
    buffer.appendCleaned(unit.id, escapedFor: .xmlAttribute, tally: &tally, unit: unit)
    if target.origin == .glossaryDraft {
      // CAT tools show a match's creator beside it: a draft says what it is.
      buffer.append("\" creationid=\"songngu-glossary-draft")
    }
    buffer.append("\">\n")
    if !unit.termList.isEmpty {
      buffer.append("      <note>")
      buffer.appendCleaned(unit.termList, escapedFor: .xmlText, tally: &tally, unit: unit)
      buffer.append("</note>\n")
    }
    unit.forEachNote { note in
      buffer.append("      <note>")
      buffer.append(TermLists.notePrefixLiteral)
      buffer.appendCleaned(note, escapedFor: .xmlText, tally: &tally, unit: unit)
      buffer.append("</note>\n")
    }
    buffer.append("      <prop type=\"x-article\">")
    buffer.append(document.name)
    buffer.append("</prop>\n      <prop type=\"x-block-kind\">")
    buffer.append(unit.kind.spelling)
    buffer.append("</prop>\n      <prop type=\"x-block\">")
    buffer.append(decimal: unit.block)
    buffer.append("</prop>\n      <prop type=\"x-paragraph\">")
    buffer.append(decimal: unit.paragraph)
    buffer.append("</prop>\n      <prop type=\"x-target-origin\">")
    buffer.append(target.origin.spelling)
    buffer.append("</prop>\n")
    if let score = unit.score {
      buffer.append("      <prop type=\"x-score\">")
      buffer.append(String(score), escapedFor: .xmlText)
      buffer.append("</prop>\n")
    }
    if let bead = unit.bead {
      buffer.append("      <prop type=\"x-bead\">")
      withContiguousUTF8(bead) { buffer.appendCleaned($0, escapedFor: .xmlText, tally: &tally, unit: unit) }
      buffer.append("</prop>\n")
    }
    buffer.append("      <tuv xml:lang=\"")
    buffer.append(document.sourceLanguage)
    buffer.append("\"><seg>")
    buffer.appendCleaned(unit.source, escapedFor: .xmlText, tally: &tally, unit: unit, isPlain: unit.sourceIsPlain)
    buffer.append("</seg></tuv>\n      <tuv xml:lang=\"")
    buffer.append(document.targetLanguage)
    buffer.append("\"><seg>")
    buffer.appendCleaned(target.text, escapedFor: .xmlText, tally: &tally, unit: unit, isPlain: target.isPlain)
    buffer.append("</seg></tuv>\n    </tu>\n")
    return true
  }

  func appendDocumentEnd(to buffer: inout ExportBuffer) {}

  func appendFileEnd(to buffer: inout ExportBuffer) { buffer.append("  </body>\n</tmx>\n") }
}
