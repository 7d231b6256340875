/// Writes XLIFF 1.2 (valid against the OASIS strict schema), which CAT tools open for translation.
///
/// One `<file>` per document (`original` is the article name) and one `<trans-unit>` per unit, with
/// `xml:space="preserve"`. A glossary draft's `<target>` has `state="needs-review-translation"` and
/// `state-qualifier="leveraged-glossary"`; a human target has `state="translated"`. Notes from
/// `songngu`: `kind: body; block: 3; paragraph: 4`, `terms: vi = en; …` when terms were used, and
/// `score: 0.87; bead: 1-2` when the unit was aligned. No documents give one empty `<file>`.
public struct XLIFFWriter: BilingualWriter {
  public struct Options: Sendable, Equatable {
    /// Written as each `<file>`'s `date` when set.
    ///
    /// Without it (the default) the same input gives a byte-identical file.
    public var date: UTCTimestamp?

    public init(date: UTCTimestamp? = nil) { self.date = date }
  }

  public var options: Options

  public init(options: Options = Options()) { self.options = options }

  public var formatName: String { "XLIFF 1.2" }
  public var fileExtension: String { "xlf" }
  public var reader: any BilingualReader { XLIFFReader() }

  public func write(_ documents: [BilingualDocument]) -> BilingualOutput {
    var tally = DroppedCharacterTally()
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">

      """
    // The schema wants at least one <file>.
    let documents = documents.isEmpty ? [BilingualDocument(name: "", units: [])] : documents
    for document in documents {
      let article = tally.clean(document.name, unitID: document.name)
      out += "  <file original=\"\(attribute(article))\" source-language=\"\(attribute(document.sourceLanguage))\""
      out += " target-language=\"\(attribute(document.targetLanguage))\" datatype=\"plaintext\""
      if let date = options.date { out += " date=\"\(date.iso8601)\"" }
      out += ">\n    <header>\n"
      out += "      <tool tool-id=\"songngu\" tool-name=\"songngu\" tool-version=\"\(SongNguVersion.current)\"/>\n"
      out += "    </header>\n    <body>\n"
      for original in document.units {
        let unit = tally.clean(original)
        let state =
          switch unit.targetOrigin {
          case .glossaryDraft: "state=\"needs-review-translation\" state-qualifier=\"leveraged-glossary\""
          case .human: "state=\"translated\""
          }
        out += "      <trans-unit id=\"\(attribute(unit.id))\" xml:space=\"preserve\">\n"
        out += "        <source>\(text(unit.source))</source>\n"
        out += "        <target \(state)>\(text(unit.target))</target>\n"
        out += note("kind: \(unit.kind.rawValue); block: \(unit.block); paragraph: \(unit.paragraph)")
        if !unit.terms.isEmpty { out += note("terms: " + UsedTerm.list(unit.terms, separator: " = ")) }
        var alignment: [String] = []
        if let score = unit.score { alignment.append("score: \(score)") }
        if let bead = unit.bead { alignment.append("bead: \(bead)") }
        if !alignment.isEmpty { out += note(alignment.joined(separator: "; ")) }
        out += "      </trans-unit>\n"
      }
      out += "    </body>\n  </file>\n"
    }
    out += "</xliff>\n"
    return tally.output(out)
  }

  private func note(_ value: String) -> String { "        <note from=\"songngu\">\(text(value))</note>\n" }
  private func text(_ value: String) -> String { ExportText.escapedText(value) }
  private func attribute(_ value: String) -> String { ExportText.escapedAttribute(value) }
}
