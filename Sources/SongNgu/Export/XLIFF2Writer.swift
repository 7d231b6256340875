/// Writes XLIFF 2.1 (`prepare --formats xliff2`, `NAME.xliff`), valid against the OASIS core schema,
/// with the Translation Candidates and Glossary modules.
///
/// One `<file id original>` per document and one `<unit>` per sentence. The unit's `id` is songngu's
/// id made an XML name token (scalars other than letters, digits, combining marks, `.`, `-`, `_` and
/// `:` of the Basic Multilingual Plane become `_`), its `name` the id as it is; so is the file's.
/// Inside a unit, in the order the schema wants:
/// - the glossary draft, when the target is empty, as a suggestion: `<mtc:matches><mtc:match
///   ref="#s" type="am" origin="songngu" subType="songngu:glossary-draft">` (an assembled match), so
///   CAT tools offer it and never take it for a translation;
/// - the terms used as `<gls:glossary>` entries (`<gls:term>` Vietnamese, `<gls:translation>` English);
/// - `<notes>`: `kind: body; block: 3; paragraph: 4` (category `songngu`), the translator's notes
///   (category `songngu-note`), score and bead when aligned;
/// - `<segment id="s">` with `<source>` and, when there is English, `<target>`: `state="translated"`
///   for a human target, `state="initial"` with `subState="songngu:glossary-draft"` for a draft
///   put in the target (`--prefill`).
///
/// `trgLang` is `en-US`. The schema wants a unit in every `<file>`: an article with no sentence gives
/// a file xmllint rejects (its CSV and XLIFF 1.2 are fine).
public struct XLIFF2Writer: BilingualWriter {
  public init() {}

  public var formatName: String { "XLIFF 2.1" }
  public var fileExtension: String { "xliff" }
  public var reader: any BilingualReader { XLIFF2Reader() }

  public func write(_ documents: [BilingualDocument]) -> BilingualOutput { writeDocuments(documents) }

  /// `text` as an XML name token.
  static func nameToken(_ text: String) -> String {
    // Scalar by scalar, not by character: `a🏽` is one character whose first scalar is a letter, but the
    // skin-tone modifier is no name character. Only the Basic Multilingual Plane, which every XML 1.0
    // name-character table allows (libxml2's XSD check takes none beyond it).
    var token = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let properties = scalar.properties
      let nameCharacter =
        scalar.value < 0x10000
        && (properties.isAlphabetic || properties.numericType == .decimal
          || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
          || ".-_:".unicodeScalars.contains(scalar))
      token.append(nameCharacter ? scalar : "_")
    }
    return token.isEmpty ? "_" : String(token)
  }
}

extension XLIFF2Writer: UnitWriter {
  var bytesPerUnit: Int { 600 }

  func appendFileStart(sourceLanguage: String, aligned: Bool, to buffer: inout ExportBuffer) {
    buffer.append(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" \
      xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" \
      xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" version="2.1" srcLang="
      """)
    buffer.append(sourceLanguage, escapedFor: .xmlAttribute)
    buffer.append("\" trgLang=\"en-US\">\n")
  }

  func appendDocumentStart(
    name: String, sourceLanguage: String, targetLanguage: String, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> DocumentBytes {
    buffer.append("  <file id=\"")
    buffer.append(Self.nameToken(name), escapedFor: .xmlAttribute)
    buffer.append("\" original=\"")
    buffer.appendCleaned(name, escapedFor: .xmlAttribute, tally: &tally, unitID: name)
    buffer.append("\">\n")
    return DocumentBytes()
  }

  func appendUnit(
    _ unit: UnitBytes, of document: DocumentBytes, aligned: Bool, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> Bool {
    let id = String(decoding: unit.id, as: UTF8.self)
    buffer.append("    <unit id=\"")
    buffer.append(Self.nameToken(id), escapedFor: .xmlAttribute)
    buffer.append("\" name=\"")
    buffer.appendCleaned(unit.id, escapedFor: .xmlAttribute, tally: &tally, unit: unit)
    buffer.append("\">\n")
    if unit.target.isEmpty, let draft = unit.draft {
      buffer.append(
        """
              <mtc:matches>
                <mtc:match ref="#s" type="am" origin="songngu" subType="songngu:glossary-draft">
                  <source>
        """)
      // The source again: what it drops is counted where the segment writes it.
      _ = buffer.appendCleaned(unit.source, escapedFor: .xmlText)
      buffer.append("</source>\n          <target>")
      buffer.appendCleaned(draft, escapedFor: .xmlText, tally: &tally, unit: unit, isPlain: unit.draftIsPlain)
      buffer.append("</target>\n        </mtc:match>\n      </mtc:matches>\n")
    }
    let terms =
      unit.termList.isEmpty
      ? [] : TermLists.parse(String(decoding: unit.termList, as: UTF8.self), separator: TermLists.noteSeparator)
    if !terms.isEmpty {
      buffer.append("      <gls:glossary>\n")
      for term in terms {
        buffer.append("        <gls:glossEntry>\n          <gls:term source=\"songngu\">")
        buffer.appendCleaned(term.source, escapedFor: .xmlText, tally: &tally, unitID: id)
        buffer.append("</gls:term>\n          <gls:translation source=\"songngu\">")
        buffer.appendCleaned(term.target, escapedFor: .xmlText, tally: &tally, unitID: id)
        buffer.append("</gls:translation>\n        </gls:glossEntry>\n")
      }
      buffer.append("      </gls:glossary>\n")
    }
    buffer.append("      <notes>\n        <note category=\"songngu\">")
    buffer.appendPlaceNote(of: unit)
    buffer.append("</note>\n")
    unit.forEachNote { note in
      buffer.append("        <note category=\"songngu-note\">")
      buffer.appendCleaned(note, escapedFor: .xmlText, tally: &tally, unit: unit)
      buffer.append("</note>\n")
    }
    if unit.score != nil || unit.bead != nil {
      buffer.append("        <note category=\"songngu\">")
      buffer.appendAlignmentNote(of: unit, tally: &tally)
      buffer.append("</note>\n")
    }
    buffer.append("      </notes>\n      <segment id=\"s\"")
    if !unit.target.isEmpty {
      switch unit.targetOrigin {
      case .human: buffer.append(" state=\"translated\"")
      case .glossaryDraft: buffer.append(" state=\"initial\" subState=\"songngu:glossary-draft\"")
      }
    }
    buffer.append(">\n        <source xml:space=\"preserve\">")
    buffer.appendCleaned(unit.source, escapedFor: .xmlText, tally: &tally, unit: unit, isPlain: unit.sourceIsPlain)
    buffer.append("</source>\n")
    if !unit.target.isEmpty {
      buffer.append("        <target xml:space=\"preserve\">")
      buffer.appendCleaned(unit.target, escapedFor: .xmlText, tally: &tally, unit: unit, isPlain: unit.targetIsPlain)
      buffer.append("</target>\n")
    }
    buffer.append("      </segment>\n    </unit>\n")
    return true
  }

  func appendDocumentEnd(to buffer: inout ExportBuffer) { buffer.append("  </file>\n") }

  func appendFileEnd(to buffer: inout ExportBuffer) { buffer.append("</xliff>\n") }
}
