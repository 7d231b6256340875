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
    var out = header(sourceLanguage: documents.first?.sourceLanguage ?? "vi-VN")
    for document in documents { out += units(of: document, tally: &tally) }
    out += footer
    return tally.output(out)
  }

  /// The file's beginning, up to and including `<body>`.
  ///
  /// With `units(of:tally:)` for each document and `footer`, the file `write(_:)` writes, a piece at
  /// a time. `sourceLanguage` is the first document's (`vi-VN` when there is none).
  public func header(sourceLanguage: String) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE tmx SYSTEM "tmx14.dtd">
      <tmx version="1.4">

      """
    out += "  <header creationtool=\"songngu\" creationtoolversion=\"\(attribute(SongNguVersion.current))\""
    out += " segtype=\"sentence\" o-tmf=\"songngu\" adminlang=\"en-US\" srclang=\"\(attribute(sourceLanguage))\""
    out += " datatype=\"plaintext\""
    if let date = options.creationDate { out += " creationdate=\"\(date.tmx)\"" }
    out += "/>\n  <body>\n"
    return out
  }

  /// The `<tu>`s of one document; dropped characters are counted in `tally`.
  public func units(of document: BilingualDocument, tally: inout DroppedCharacterTally) -> String {
    var out = ""
    let article = tally.clean(document.name, unitID: document.name)
    for original in document.units {
      let unit = tally.clean(original)
      out += "    <tu tuid=\"\(attribute(unit.id))\">\n"
      if !unit.terms.isEmpty {
        out += "      <note>\(text(UsedTerm.list(unit.terms, separator: " = ")))</note>\n"
      }
      out += property("x-article", article)
      out += property("x-block-kind", unit.kind.rawValue)
      out += property("x-block", String(unit.block))
      out += property("x-paragraph", String(unit.paragraph))
      out += property("x-target-origin", unit.targetOrigin.rawValue)
      if let score = unit.score { out += property("x-score", String(score)) }
      if let bead = unit.bead { out += property("x-bead", bead) }
      out += "      <tuv xml:lang=\"\(attribute(document.sourceLanguage))\"><seg>\(text(unit.source))</seg></tuv>\n"
      out += "      <tuv xml:lang=\"\(attribute(document.targetLanguage))\"><seg>\(text(unit.target))</seg></tuv>\n"
      out += "    </tu>\n"
    }
    return out
  }

  /// The file's end, after the last document's units.
  public var footer: String { "  </body>\n</tmx>\n" }

  private func property(_ type: String, _ value: String) -> String {
    "      <prop type=\"\(type)\">\(text(value))</prop>\n"
  }

  private func text(_ value: String) -> String { ExportText.escapedText(value) }
  private func attribute(_ value: String) -> String { ExportText.escapedAttribute(value) }
}
