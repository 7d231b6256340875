import Testing

@testable import SongNgu

extension ExportTests {
  @Suite struct XMLReaderTests {
    @Test func readsATranslationMemoryFromAnotherTool() throws {
      let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="x"
          adminlang="EN-US" srclang="VI" datatype="plaintext"/>
        <body>
          <tu><note>Context: a = b</note><tuv xml:lang="EN"><seg>Hello <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept></seg></tuv>
            <tuv xml:lang="vi"><seg>Xin chào</seg></tuv></tu>
        </body></tmx>
        """
      let documents = try TMXReader().read(Array(tmx.utf8), name: "omegat.tmx")
      #expect(documents.count == 1)
      let unit = try #require(documents.first?.units.first)
      #expect(unit.id == "tu1")
      #expect(unit.source == "Xin chào")
      #expect(unit.target == "Hello world")
      #expect(unit.targetOrigin == .human)
      #expect(documents[0].name == "omegat.tmx")
      #expect(documents[0].sourceLanguage == "vi")
    }

    @Test func readsXLIFFGroupsAndStates() throws {
      let xliff = """
        <?xml version="1.0"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a.txt" source-language="vi" target-language="en" datatype="plaintext"><body>
          <group id="g"><trans-unit id="1"><source>Một</source><target state="final">One</target></trans-unit></group>
          <trans-unit id="2"><source>Hai</source><target state="new">Two</target><note>kind: title; terms: x</note></trans-unit>
          <trans-unit id="3"><source>Ba</source></trans-unit>
        </body></file></xliff>
        """
      let documents = try XLIFFReader().read(Array(xliff.utf8), name: "x.xlf")
      #expect(documents.map(\.name) == ["a.txt"])
      #expect(documents[0].units.map(\.id) == ["1", "2", "3"])
      #expect(documents[0].units.map(\.targetOrigin) == [.human, .glossaryDraft, .glossaryDraft])
      #expect(documents[0].units.map(\.target) == ["One", "Two", ""])
      #expect(documents[0].units.map(\.kind) == [.body, .body, .body])
    }

    @Test func malformedXMLIsAnErrorWithALine() {
      let broken = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<body><tu>\n</tmx>\n"
      #expect {
        try TMXReader().read(Array(broken.utf8), name: "bad.tmx")
      } throws: { error in
        guard case SongNguError.malformedData(let path, let line, _, _) = error else { return false }
        return path == "bad.tmx" && line >= 3
      }
      #expect(throws: SongNguError.self) { try XLIFFReader().read(Array("<tmx/>".utf8), name: "x.xlf") }
    }

    /// Found by fuzzing (Fuzz/): an attribute or tag name that is not UTF-8 stopped the process
    /// inside FoundationXML; it is now an error with its place, in every XML reader.
    @Test func invalidUTF8IsAnErrorWithItsPlace() {
      let bytes =
        Array("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file original=\"a\" x".utf8) + [0xCE]
        + Array("y=\"1\"><body/></file></xliff>\n".utf8)
      let readers: [any BilingualReader] = [XLIFFReader(), XLIFF2Reader(), TMXReader()]
      for reader in readers {
        #expect(throws: SongNguError.invalidUTF8(path: "a.xlf", byteOffset: 63, line: 2, column: 42)) {
          try reader.read(bytes, name: "a.xlf")
        }
      }
    }

    /// Found by fuzzing (Fuzz/): a processing instruction without data (`<?x?>`) made FoundationXML
    /// read a null pointer; processing instructions are blanked before parsing, the XML declaration kept.
    @Test func aProcessingInstructionWithoutDataIsIgnored() throws {
      let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?x?>
        <xliff version="1.2"><file original="a"><body><?y?>
          <trans-unit id="a:b0:s0"><source>Xin <?z?>chào</source><target state="final">Hello</target></trans-unit>
        </body></file></xliff>
        """
      let documents = try XLIFFReader().read(Array(xliff.utf8), name: "a.xlf")
      #expect(documents.first?.units.map(\.source) == ["Xin chào"])
      let tmx = """
        <?xml version="1.0"?><?x?><tmx version="1.4"><header srclang="vi"/><body><?y?>
        <tu><tuv xml:lang="vi"><seg>Một<?z?></seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu></body></tmx>
        """
      #expect(try TMXReader().read(Array(tmx.utf8), name: "a.tmx").first?.units.map(\.source) == ["Một"])
      let xliff2 = """
        <xliff version="2.1" srcLang="vi" trgLang="en"><?x?><file id="f"><unit id="u"><segment>
        <source>Hai<?y?></source></segment></unit></file></xliff>
        """
      #expect(try XLIFF2Reader().read(Array(xliff2.utf8), name: "a.xliff").first?.units.map(\.source) == ["Hai"])
    }

    /// The readers refuse what the glossary's TBX reader refuses: entity declarations (they can
    /// expand without limit) and internal DTD subsets.
    @Test func entityDeclarationsAreRefused() {
      let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <xliff version="1.2"><file original="a"><body><trans-unit id="1"><source>&b;</source></trans-unit></body></file></xliff>
        """
      #expect {
        try XLIFFReader().read(Array(bomb.utf8), name: "bomb.xlf")
      } throws: { error in
        guard case SongNguError.unsafeXML(let path, let line, _, _) = error else { return false }
        return path == "bomb.xlf" && line == 2
      }
    }

    @Test func utf16WithAByteOrderMarkIsStillRead() throws {
      let xliff = """
        <?xml version="1.0" encoding="UTF-16"?><?x?>
        <xliff version="1.2"><file original="a"><body>
          <trans-unit id="a:b0:s0"><source>Xin chào</source><target state="final">Hello</target></trans-unit>
        </body></file></xliff>
        """
      let bytes: [UInt8] = [0xFF, 0xFE] + xliff.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
      let documents = try XLIFFReader().read(bytes, name: "a.xlf")
      #expect(documents.first?.units.map(\.source) == ["Xin chào"])
      #expect(documents.first?.units.map(\.target) == ["Hello"])
    }

    @Test func escapingFollowsTheContext() {
      #expect(ExportText.escapedText("a & b < c > d \"e\" 'f'\r\n\tg") == "a &amp; b &lt; c &gt; d \"e\" 'f'&#13;\n\tg")
      #expect(ExportText.escapedAttribute("a&\"<>'\t\n\r") == "a&amp;&quot;&lt;&gt;'&#9;&#10;&#13;")
      // Anywhere (TBX, JUnit): the apostrophe too, past the eight-byte fast path, and forbidden characters dropped.
      #expect(
        ExportText.escaped("a&\"<>'\t\n\r\u{1}\u{FFFE}", for: .anywhere, droppingForbidden: true)
          == "a&amp;&quot;&lt;&gt;&apos;&#9;&#10;&#13;")
      #expect(ExportText.escaped("abcdefgh'ijklmnop", for: .anywhere) == "abcdefgh&apos;ijklmnop")
      #expect(ExportText.escaped("abcdefgh'ijklmnop", for: .attribute) == "abcdefgh'ijklmnop")
      let (text, dropped) = ExportText.removingForbiddenCharacters("a\u{0}b\u{1F}c\u{FFFE}d\u{FFFF}e\u{85}\t👍🏽")
      #expect(text == "abcde\u{85}\t👍🏽")
      #expect(dropped == 4)
    }
  }
}
