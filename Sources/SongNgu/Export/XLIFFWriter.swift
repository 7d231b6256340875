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
    // The schema wants at least one <file>.
    writeDocuments(documents.isEmpty ? [BilingualDocument(name: "", units: [])] : documents)
  }
}

extension XLIFFWriter: UnitWriter {
  var bytesPerUnit: Int { 450 }

  func appendFileStart(sourceLanguage: String, aligned: Bool, to buffer: inout ExportBuffer) {
    buffer.append(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">

      """)
  }

  func appendDocumentStart(
    name: String, sourceLanguage: String, targetLanguage: String, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> DocumentBytes {
    buffer.append("  <file original=\"")
    buffer.appendCleaned(name, escapedFor: .xmlAttribute, tally: &tally, unitID: name)
    buffer.append("\" source-language=\"")
    buffer.append(sourceLanguage, escapedFor: .xmlAttribute)
    buffer.append("\" target-language=\"")
    buffer.append(targetLanguage, escapedFor: .xmlAttribute)
    buffer.append("\" datatype=\"plaintext\"")
    if let date = options.date {
      buffer.append(" date=\"")
      buffer.append(raw: date.iso8601)
      buffer.append("\"")
    }
    buffer.append(">\n    <header>\n      <tool tool-id=\"songngu\" tool-name=\"songngu\" tool-version=\"")
    buffer.append(raw: SongNguVersion.current)
    buffer.append("\"/>\n    </header>\n    <body>\n")
    return DocumentBytes()
  }

  func appendUnit(
    _ unit: UnitBytes, of document: DocumentBytes, aligned: Bool, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> Bool {
    buffer.append("      <trans-unit id=\"")
    buffer.appendCleaned(unit.id, escapedFor: .xmlAttribute, tally: &tally, unit: unit)
    buffer.append("\" xml:space=\"preserve\">\n        <source>")
    buffer.appendCleaned(unit.source, escapedFor: .xmlText, tally: &tally, unit: unit, isPlain: unit.sourceIsPlain)
    buffer.append("</source>\n")
    // No target at all when there is nothing in English: the unit is new, to be translated.
    if let target = unit.targetSlot {
      switch target.origin {
      case .glossaryDraft:
        buffer.append("        <target state=\"needs-review-translation\" state-qualifier=\"leveraged-glossary\">")
      case .human: buffer.append("        <target state=\"translated\">")
      }
      buffer.appendCleaned(target.text, escapedFor: .xmlText, tally: &tally, unit: unit, isPlain: target.isPlain)
      buffer.append("</target>\n")
    }
    buffer.append("        <note from=\"songngu\">")
    buffer.appendPlaceNote(of: unit)
    buffer.append("</note>\n")
    if !unit.termList.isEmpty {
      buffer.append("        <note from=\"songngu\">terms: ")
      buffer.appendCleaned(unit.termList, escapedFor: .xmlText, tally: &tally, unit: unit)
      buffer.append("</note>\n")
    }
    unit.forEachNote { note in
      buffer.append("        <note from=\"songngu\">")
      buffer.append(TermLists.notePrefixLiteral)
      buffer.appendCleaned(note, escapedFor: .xmlText, tally: &tally, unit: unit)
      buffer.append("</note>\n")
    }
    if unit.score != nil || unit.bead != nil {
      buffer.append("        <note from=\"songngu\">")
      buffer.appendAlignmentNote(of: unit, tally: &tally)
      buffer.append("</note>\n")
    }
    buffer.append("      </trans-unit>\n")
    return true
  }

  func appendDocumentEnd(to buffer: inout ExportBuffer) { buffer.append("    </body>\n  </file>\n") }

  func appendFileEnd(to buffer: inout ExportBuffer) { buffer.append("</xliff>\n") }
}

extension ExportBuffer {
  /// `kind: body; block: 3; paragraph: 4`, the note both XLIFF versions give a unit.
  mutating func appendPlaceNote(of unit: UnitBytes) {
    append("kind: ")
    append(unit.kind.spelling)
    append("; block: ")
    append(decimal: unit.block)
    append("; paragraph: ")
    append(decimal: unit.paragraph)
  }

  /// `score: 0.87; bead: 1-2` (either part only when the unit has it), escaped for XML text.
  mutating func appendAlignmentNote(of unit: UnitBytes, tally: inout DroppedCharacterTally) {
    if let score = unit.score {
      append("score: ")
      append(String(score), escapedFor: .xmlText)
    }
    if let bead = unit.bead {
      append(unit.score == nil ? "bead: " : "; bead: ")
      withContiguousUTF8(bead) { appendCleaned($0, escapedFor: .xmlText, tally: &tally, unit: unit) }
    }
  }
}
