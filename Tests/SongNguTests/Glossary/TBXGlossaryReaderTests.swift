import Foundation
import SongNgu
import Testing

@Suite struct TBXGlossaryReaderTests {
  static let tbx2008 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
    <martif type="TBX-Basic" xml:lang="en">
      <martifHeader><fileDesc><titleStmt><title>Thời sự</title><note>header note, not an entry's</note></titleStmt>
        <sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
      <text>
        <body>
          <termEntry id="c1">
            <descrip type="subjectField">country</descrip>
            <note>adjective: North Korean</note>
            <langSet xml:lang="vi">
              <tig><term>Triều Tiên</term></tig>
              <ntig><termGrp><term>Bắc Triều Tiên</term></termGrp></ntig>
            </langSet>
            <langSet xml:lang="en-US">
              <tig><term>Korea</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
              <tig><term>North Korea</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
              <ntig>
                <termGrp><term>DPRK</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp>
              </ntig>
            </langSet>
            <langSet xml:lang="fr"><tig><term>Corée du Nord</term></tig></langSet>
          </termEntry>
          <termEntry id="c2">
            <langSet xml:lang="vi">
              <descrip type="definition">tin giả</descrip>
              <tig><term>tin vịt</term></tig>
            </langSet>
            <langSet xml:lang="en">
              <tig><term>fake news</term></tig>
              <tig><term>duck news</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></tig>
              <tig><term>R&amp;D &lt;&gt; &quot;x&quot; &apos;y&apos;</term></tig>
            </langSet>
          </termEntry>
        </body>
      </text>
    </martif>

    """

  @Test func readsTBX2008() throws {
    let file = try GlossaryTestSupport.read(Self.tbx2008, .tbx, name: "news.tbx")
    #expect(file.findings.isEmpty)
    #expect(file.entries.count == 2)
    let korea = file.entries[0]
    #expect(korea.source == "Triều Tiên")
    #expect(korea.variants == ["Bắc Triều Tiên"])
    #expect(korea.target == "North Korea")
    #expect(korea.alternatives == ["DPRK"])
    #expect(korea.forbidden == ["Korea"])
    #expect(korea.note == "adjective: North Korean")
    #expect(korea.domain == "country")
    #expect(korea.location?.file == "news.tbx")
    #expect(korea.location?.line == 8)
    let fake = file.entries[1]
    #expect(fake.note == "tin giả")
    #expect(fake.target == "fake news")
    #expect(fake.forbidden == ["duck news"])
    #expect(fake.alternatives == ["R&D <> \"x\" 'y'"])
  }

  @Test(arguments: ["dca", "dct"]) func readsTBXv3(style: String) throws {
    let subject =
      style == "dca"
      ? "<descrip type=\"subjectField\">organization</descrip>" : "<min:subjectField>organization</min:subjectField>"
    let status = { (value: String) in
      style == "dca"
        ? "<termNote type=\"administrativeStatus\">\(value)</termNote>"
        : "<min:administrativeStatus>\(value)</min:administrativeStatus>"
    }
    let definition =
      style == "dca"
      ? "<descrip type=\"definition\">tổ chức liên chính phủ</descrip>"
      : "<descripGrp><basic:definition>tổ chức liên chính phủ</basic:definition></descripGrp>"
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx type="TBX-Basic" style="\(style)" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
           xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
        <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
        <text><body>
          <conceptEntry id="c1">
            \(subject)
            <langSec xml:lang="vi">
              \(definition)
              <termSec><term>Liên Hợp Quốc</term></termSec>
              <termSec><term>LHQ</term></termSec>
            </langSec>
            <langSec xml:lang="en">
              <termSec><term>United Nations</term>\(status("preferredTerm-admn-sts"))</termSec>
              <termSec><term>UN</term>\(status("admittedTerm-admn-sts"))</termSec>
              <termSec><term>U.N.O.</term>\(status("supersededTerm-admn-sts"))</termSec>
            </langSec>
          </conceptEntry>
        </body></text>
      </tbx>

      """
    let file = try GlossaryTestSupport.read(text, .tbx)
    #expect(file.findings.isEmpty)
    #expect(
      GlossaryTestSupport.content(file.entries) == [
        GlossaryEntry(
          source: "Liên Hợp Quốc", target: "United Nations", variants: ["LHQ"], alternatives: ["UN"],
          forbidden: ["U.N.O."], note: "tổ chức liên chính phủ", domain: "organization")
      ])
  }

  @Test func refusesAnXMLBomb() throws {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE x [<!ENTITY a "aaaa"> <!ENTITY b "&a;&a;">]>
      <martif type="TBX-Basic" xml:lang="en"><text><body>&b;</body></text></martif>

      """
    let error = #expect(throws: SongNguError.self) { try GlossaryTestSupport.read(text, .tbx, name: "bomb.tbx") }
    guard case .unsafeXML(let path, let line, let column, let reason) = error else {
      Issue.record("expected unsafeXML, got \(String(describing: error))")
      return
    }
    #expect(path == "bomb.tbx" && line == 2 && column == 1)
    #expect(reason.contains("internal subset"))
    #expect(error?.description.hasPrefix("bomb.tbx:2:1: refused: ") == true)
  }

  @Test func refusesAnExternalEntity() throws {
    let text = """
      <?xml version="1.0"?>
      <martif type="TBX-Basic" xml:lang="en">
        <!ENTITY x SYSTEM "file:///etc/passwd">
        <text><body>&x;</body></text>
      </martif>

      """
    let error = #expect(throws: SongNguError.self) { try GlossaryTestSupport.read(text, .tbx, name: "ext.tbx") }
    guard case .unsafeXML(_, let line, let column, let reason) = error else {
      Issue.record("expected unsafeXML, got \(String(describing: error))")
      return
    }
    #expect(line == 3 && column == 3)
    #expect(reason.contains("entity declarations"))
  }

  /// A processing instruction without data (`<?x?>`) made FoundationXML read a null pointer (the
  /// XLIFF fuzzer found it); it is blanked like every processing instruction but the declaration.
  @Test func aProcessingInstructionWithoutDataIsIgnored() throws {
    let text = Self.tbx2008.replacingOccurrences(of: "<body>", with: "<body><?x?>")
      .replacingOccurrences(of: "<term>Triều Tiên</term>", with: "<term>Triều <?y?>Tiên</term>")
    let file = try GlossaryTestSupport.read(text, .tbx, name: "news.tbx")
    #expect(file.entries.map(\.source) == ["Triều Tiên", "tin vịt"])
    #expect(file.entries.first?.location?.line == 8)
  }

  @Test func neverFetchesTheExternalDTD() throws {
    // A DTD that does not exist and a network one: neither is loaded, so reading works offline.
    for system in ["/nonexistent/TBXcoreStructV02.dtd", "http://example.invalid/tbx.dtd"] {
      let text = Self.tbx2008.replacingOccurrences(of: "\"TBXcoreStructV02.dtd\"", with: "\"\(system)\"")
      let file = try GlossaryTestSupport.read(text, .tbx)
      #expect(file.entries.count == 2)
    }
  }

  @Test func undefinedEntitiesAndMalformedXMLAreErrorsWithLocations() throws {
    let undefined = "<?xml version=\"1.0\"?>\n<martif>\n  <text>AT&T</text>\n</martif>\n"
    let error = #expect(throws: SongNguError.self) { try GlossaryTestSupport.read(undefined, .tbx, name: "a.tbx") }
    #expect(error?.description.hasPrefix("a.tbx:3:11: undefined entity reference '&T'") == true)

    let mismatched = "<?xml version=\"1.0\"?>\n<martif><text>\n<body></text>\n</martif>\n"
    let other = #expect(throws: SongNguError.self) { try GlossaryTestSupport.read(mismatched, .tbx, name: "b.tbx") }
    guard case .malformedData(_, let line, _, let message) = other else {
      Issue.record("expected malformedData, got \(String(describing: other))")
      return
    }
    #expect(line == 3)
    #expect(message.contains("end tag that does not match"))

    let notTBX = "<?xml version=\"1.0\"?>\n<html><body/></html>\n"
    let third = #expect(throws: SongNguError.self) { try GlossaryTestSupport.read(notTBX, .tbx, name: "c.tbx") }
    #expect(third?.description.contains("expected <martif> (TBX 2008) or <tbx> (TBX v3)") == true)
  }

  @Test func entriesWithoutATermOnEitherSideAreErrors() throws {
    let text = """
      <?xml version="1.0"?>
      <martif type="TBX-Basic" xml:lang="en"><text><body>
      <termEntry><langSet xml:lang="en"><tig><term>Russia</term></tig></langSet></termEntry>
      <termEntry><langSet xml:lang="vi"><tig><term>Nga</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>Rossiya</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>
      </body></text></martif>

      """
    let file = try GlossaryTestSupport.read(text, .tbx)
    #expect(file.entries.isEmpty)
    #expect(file.errors.map(\.category) == ["glossary.empty-cell", "glossary.empty-cell"])
    #expect(file.errors.map(\.line) == [3, 4])
  }
}

extension TBXGlossaryReaderTests {
  @Test func prettyPrintedTextIsUnwrappedButStraySpacesAreReported() throws {
    let text = """
      <?xml version="1.0"?>
      <martif type="TBX-Basic" xml:lang="en"><text><body>
      <termEntry>
        <note>
          cũng gọi là
          Bắc Hàn
        </note>
        <langSet xml:lang="vi"><tig><term>Triều  Tiên</term></tig></langSet>
        <langSet xml:lang="en"><tig><term>North Korea </term></tig></langSet>
      </termEntry>
      </body></text></martif>

      """
    let file = try GlossaryTestSupport.read(text, .tbx)
    #expect(file.entries.map(\.note) == ["cũng gọi là Bắc Hàn"])
    #expect(file.entries.map(\.source) == ["Triều Tiên"])
    #expect(file.entries.map(\.target) == ["North Korea"])
    #expect(file.findings.map(\.category) == ["glossary.whitespace", "glossary.whitespace"])
  }
}
