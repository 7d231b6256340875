/// Writes TBX-Basic 2008: `<martif type="TBX-Basic">`, valid against `TBXcoreStructV02.dtd`.
///
/// One `<termEntry>` per entry: the domain as `<descrip type="subjectField">`, the note as `<note>`,
/// non-default matching policies as `<admin type="x-songngu-case">` / `x-songngu-diacritics` and the
/// context rule as `<admin type="x-songngu-not-after">` / `x-songngu-not-before` (items joined with
/// ` | `; private data categories other tools ignore: TBX has no category for words that forbid a
/// match), then a `vi` `<langSet>` with the source (its part of speech as TBX's `<termNote
/// type="partOfSpeech">`) and variants and an
/// `en` `<langSet>` with the target (`preferredTerm-admn-sts`), alternatives (`admittedTerm-admn-sts`)
/// and forbidden targets (`deprecatedTerm-admn-sts`). No dates or versions, so output is deterministic.
/// TBX needs at least one entry; an empty glossary gives a file the DTD rejects.
public struct TBXGlossaryWriter: GlossaryWriter {
  public init() {}

  public func write(_ glossary: Glossary) -> String {
    var output = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
      <martif type="TBX-Basic" xml:lang="en">
        <martifHeader>
          <fileDesc>
            <sourceDesc>
              <p>Vietnamese-English glossary written by songngu.</p>
            </sourceDesc>
          </fileDesc>
          <encodingDesc>
            <p type="XCSURI">TBXBasicXCSV02.xcs</p>
          </encodingDesc>
        </martifHeader>
        <text>
          <body>

      """
    for (number, entry) in glossary.entries.enumerated() {
      output += "      <termEntry id=\"e\(number + 1)\">\n"
      if !entry.domain.isEmpty { element("descrip", type: "subjectField", entry.domain, indent: 8, into: &output) }
      if !entry.note.isEmpty { element("note", type: nil, entry.note, indent: 8, into: &output) }
      if entry.caseMatching != .auto {
        element("admin", type: "x-songngu-case", entry.caseMatching.rawValue, indent: 8, into: &output)
      }
      if entry.diacritics != .exact {
        element("admin", type: "x-songngu-diacritics", entry.diacritics.rawValue, indent: 8, into: &output)
      }
      if !entry.notAfter.isEmpty {
        element(
          "admin", type: "x-songngu-not-after", entry.notAfter.joined(separator: " | "), indent: 8, into: &output)
      }
      if !entry.notBefore.isEmpty {
        element(
          "admin", type: "x-songngu-not-before", entry.notBefore.joined(separator: " | "), indent: 8, into: &output)
      }
      output += "        <langSet xml:lang=\"vi\">\n"
      tig(entry.source, status: nil, partOfSpeech: entry.partOfSpeech, into: &output)
      for term in entry.variants { tig(term, status: nil, into: &output) }
      output += "        </langSet>\n"
      output += "        <langSet xml:lang=\"en\">\n"
      tig(entry.target, status: "preferredTerm-admn-sts", into: &output)
      for term in entry.alternatives { tig(term, status: "admittedTerm-admn-sts", into: &output) }
      for term in entry.forbidden { tig(term, status: "deprecatedTerm-admn-sts", into: &output) }
      output += "        </langSet>\n"
      output += "      </termEntry>\n"
    }
    output += """
          </body>
        </text>
      </martif>

      """
    return output
  }

  private func element(_ name: String, type: String?, _ text: String, indent: Int, into output: inout String) {
    output += String(repeating: " ", count: indent)
    output += "<\(name)"
    if let type { output += " type=\"\(ExportText.escaped(type, for: .anywhere, droppingForbidden: true))\"" }
    output += ">\(ExportText.escaped(text, for: .anywhere, droppingForbidden: true))</\(name)>\n"
  }

  private func tig(_ term: String, status: String?, partOfSpeech: String = "", into output: inout String) {
    output += "          <tig>\n"
    element("term", type: nil, term, indent: 12, into: &output)
    if let status { element("termNote", type: "administrativeStatus", status, indent: 12, into: &output) }
    if !partOfSpeech.isEmpty { element("termNote", type: "partOfSpeech", partOfSpeech, indent: 12, into: &output) }
    output += "          </tig>\n"
  }
}
