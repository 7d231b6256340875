import Foundation
import SongNgu
import Testing

/// One suite every writer passes: write → read back → the same entries; deterministic output.
@Suite struct GlossaryWriterTests {
  /// Entries that stress escaping and normalization.
  static let tricky: [GlossaryEntry] = [
    GlossaryEntry(
      source: "Triều Tiên", target: "North Korea", variants: ["Bắc Triều Tiên", "CHDCND Triều Tiên"],
      alternatives: ["DPRK", "Democratic People's Republic of Korea"], forbidden: ["Korea"],
      note: "adjective: North Korean", domain: "country"),
    GlossaryEntry(
      source: "R&D <AT&T>", target: "research & development \"R&D\" <x> 'y'", alternatives: ["R & D"],
      note: "escape: & < > \" ' ; and a comma, here", caseMatching: .sensitive, diacritics: .insensitive),
    GlossaryEntry(source: "cờ Việt Nam 🇻🇳", target: "Vietnamese flag 🇻🇳", note: "emoji 👍🏽 in a note"),
    GlossaryEntry(source: "hòa bình", target: "peace", variants: ["hoà bình"], domain: "term"),
    GlossaryEntry(source: "#hashtag", target: "hashtag", caseMatching: .insensitive),
    GlossaryEntry(
      source: "tuyên bố", target: "statement", note: "as a verb: say, declare", notAfter: ["đã", "sẽ", "bị can"],
      notBefore: ["rằng", "là"], partOfSpeech: "noun"),
  ]

  /// The same with decomposed (NFD) Vietnamese: readers give back the NFC form.
  static let nfd: [GlossaryEntry] = [
    GlossaryEntry(
      source: "Trie\u{0302}\u{0300}u Tie\u{0302}n", target: "North Korea",
      variants: ["Ba\u{0306}\u{0301}c Trie\u{0302}\u{0300}u Tie\u{0302}n"],
      note: "ghi chu\u{0301}")
  ]
  static let nfdExpected: [GlossaryEntry] = [
    GlossaryEntry(source: "Triều Tiên", target: "North Korea", variants: ["Bắc Triều Tiên"], note: "ghi chú")
  ]

  func roundTrip(_ entries: [GlossaryEntry], _ format: GlossaryFormat) throws -> GlossaryFile {
    let text = format.writer.write(Glossary(entries: entries))
    return try GlossaryTestSupport.read(text, format)
  }

  @Test(arguments: GlossaryFormat.allCases) func roundTripsTrickyEntries(format: GlossaryFormat) throws {
    let file = try roundTrip(Self.tricky, format)
    #expect(file.errors.isEmpty)
    #expect(GlossaryTestSupport.content(file.entries) == Self.tricky)
  }

  @Test(arguments: GlossaryFormat.allCases) func roundTripsNFDInputAsNFC(format: GlossaryFormat) throws {
    let file = try roundTrip(Self.nfd, format)
    #expect(file.errors.isEmpty)
    #expect(GlossaryTestSupport.content(file.entries) == Self.nfdExpected)
    #expect(file.nonNFCCells > 0)
  }

  @Test(arguments: GlossaryFormat.allCases) func roundTripsTheNewsGlossary(format: GlossaryFormat) throws {
    let original = try GlossaryLoader.load(paths: [GlossaryTestSupport.newsGlossary])
    let file = try roundTrip(original.entries, format)
    #expect(file.findings.isEmpty)
    #expect(GlossaryTestSupport.content(file.entries) == GlossaryTestSupport.content(original.entries))
  }

  @Test(arguments: GlossaryFormat.allCases) func outputIsDeterministic(format: GlossaryFormat) throws {
    let glossary = Glossary(entries: Self.tricky)
    #expect(format.writer.write(glossary) == format.writer.write(glossary))
  }

  @Test func csvQuotesEveryFieldWithTheFullHeader() {
    let text = CSVGlossaryWriter().write(Glossary(entries: [Self.tricky[1]]))
    #expect(
      text == """
        vi,en,note,variants,alternatives,forbidden,domain,case,diacritics
        "R&D <AT&T>","research & development ""R&D"" <x> 'y'","escape: & < > "" ' ; and a comma, here","","R & D","","","sensitive","insensitive"

        """)
  }

  @Test func tsvWritesVariantRowsAndCommentTags() {
    let text = TSVGlossaryWriter().write(Glossary(entries: [Self.tricky[0], Self.tricky[4]]))
    #expect(
      text == """
        Triều Tiên\tNorth Korea\tadjective: North Korean [also: DPRK | Democratic People's Republic of Korea] [not: Korea] [domain: country]
        Bắc Triều Tiên\tNorth Korea\t[variant of: Triều Tiên]
        CHDCND Triều Tiên\tNorth Korea\t[variant of: Triều Tiên]
         #hashtag\thashtag\t[case: insensitive]

        """)
  }

  @Test func contextRulesAndPartOfSpeechHaveTheirColumnsTagsAndCategories() {
    let entry = Self.tricky[5]
    let csv = CSVGlossaryWriter().write(Glossary(entries: [entry]))
    #expect(
      csv.hasPrefix("vi,en,note,variants,alternatives,forbidden,domain,case,diacritics,not_after,not_before,pos\n"))
    #expect(csv.hasSuffix(",\"đã|sẽ|bị can\",\"rằng|là\",\"noun\"\n"))
    #expect(
      TSVGlossaryWriter().write(Glossary(entries: [entry]))
        == "tuyên bố\tstatement\tas a verb: say, declare [not after: đã | sẽ | bị can] [not before: rằng | là] [pos: noun]\n"
    )
    let tbx = TBXGlossaryWriter().write(Glossary(entries: [entry]))
    #expect(tbx.contains("<admin type=\"x-songngu-not-after\">đã | sẽ | bị can</admin>"))
    #expect(tbx.contains("<admin type=\"x-songngu-not-before\">rằng | là</admin>"))
    #expect(tbx.contains("<termNote type=\"partOfSpeech\">noun</termNote>"))
  }

  @Test func tbxEscapesAndLeavesOutCharactersXMLForbids() throws {
    let entry = GlossaryEntry(source: "a\u{1}b", target: "x & y < z > \"q\" 'p'", note: "bell\u{7} \u{FFFE}")
    let text = TBXGlossaryWriter().write(Glossary(entries: [entry]))
    #expect(text.contains("<term>x &amp; y &lt; z &gt; &quot;q&quot; &apos;p&apos;</term>"))
    #expect(text.contains("<term>ab</term>"))
    #expect(text.contains("<note>bell </note>"))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func tbxOutputIsValidAgainstTheDTD() throws {
    let folder = try GlossaryTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let news = try GlossaryLoader.load(paths: [GlossaryTestSupport.newsGlossary])
    for (name, entries) in [("news.tbx", news.entries), ("tricky.tbx", Self.tricky + Self.nfd)] {
      let path = folder + "/" + name
      try TBXGlossaryWriter().write(Glossary(entries: entries)).write(toFile: path, atomically: true, encoding: .utf8)
      guard
        let result = try GlossaryTestSupport.runXmllint([
          "--noout", "--nonet", "--dtdvalid", GlossaryTestSupport.tbxDTD, path,
        ])
      else { return }
      #expect(result.status == 0, "xmllint --dtdvalid rejected \(name): \(result.errors)")
      // Through the project's XML catalog, which maps the DOCTYPE's system id to the local DTD.
      guard
        let catalogResult = try GlossaryTestSupport.runXmllint(
          ["--noout", "--nonet", "--valid", name], environment: ["XML_CATALOG_FILES": GlossaryTestSupport.catalog],
          directory: folder)
      else { return }
      #expect(catalogResult.status == 0, "xmllint --valid (catalog) rejected \(name): \(catalogResult.errors)")
      #expect(!catalogResult.errors.contains("failed to load"), "\(catalogResult.errors)")
    }
  }
}
