import Foundation
import SongNgu
import Testing

@Suite struct CSVGlossaryReaderTests {
  /// A header that splits on semicolons or tabs names the delimiter to use (issue 19).
  @Test(arguments: [("vi;en;note", "semicolons"), ("vi\ten\tnote", "tabs")])
  func aHeaderWithAnotherDelimiterSaysWhichToUse(header: String, delimiter: String) throws {
    #expect {
      _ = try GlossaryTestSupport.read(header + "\nNga;Russia;x\n", .csv, name: "g.csv")
    } throws: { error in
      "\(error)".contains("separated by \(delimiter)")
    }
  }

  @Test func readsQuotedFieldsDoubledQuotesMultiLineCellsAndCRLF() throws {
    let text =
      "vi,en,note,variants,alternatives,forbidden,domain\r\n"
      + "Triều Tiên,North Korea,\"adjective: North Korean, or \"\"DPRK\"\" in official names\",Bắc Triều Tiên|CHDCND Triều Tiên,DPRK,Korea,country\r\n"
      + "Anh,United Kingdom,\"also means brother/you/he;\r\ncheck context\",Vương quốc Anh,Britain|UK,,country\r\n"
      + "Nga,Russia,,,,,\r\n"
    let file = try GlossaryTestSupport.read(text, .csv, name: "news.csv")
    #expect(file.errors.isEmpty)
    #expect(file.entries.count == 3)
    let korea = file.entries[0]
    #expect(korea.note == "adjective: North Korean, or \"DPRK\" in official names")
    #expect(korea.variants == ["Bắc Triều Tiên", "CHDCND Triều Tiên"])
    #expect(korea.alternatives == ["DPRK"])
    #expect(korea.forbidden == ["Korea"])
    #expect(korea.domain == "country")
    // The line break inside the quoted note becomes a space (reported as white space).
    #expect(file.entries[1].note == "also means brother/you/he; check context")
    #expect(file.findings.map(\.category) == ["glossary.whitespace"])
    #expect(file.entries[2].location == SourceLocation(file: "news.csv", line: 5, column: 1))
  }

  @Test func acceptsSourceTargetHeadersPoliciesAndReportsUnknownColumns() throws {
    let text = """
      Source,Target,case,diacritics,reviewer
      NATO,NATO,sensitive,exact,Lan
      lệnh trừng phạt,sanctions,,insensitive,Minh

      """
    let file = try GlossaryTestSupport.read(text, .csv)
    #expect(file.errors.isEmpty)
    #expect(file.entries.map(\.caseMatching) == [.sensitive, .auto])
    #expect(file.entries.map(\.diacritics) == [.exact, .insensitive])
    #expect(file.findings.map(\.category) == ["glossary.unknown-column"])
    #expect(file.findings[0].line == 1 && file.findings[0].column == 31)
  }

  @Test func unterminatedQuoteIsAnErrorAtTheOpeningQuote() throws {
    let text = "vi,en,note\nNga,Russia,\"unterminated note\nMỹ,United States,\n"
    let file = try GlossaryTestSupport.read(text, .csv, name: "bad.csv")
    #expect(file.entries.isEmpty)
    #expect(
      file.errors.map { $0.formatted() } == [
        "bad.csv:2:12: error: unterminated quoted field (it runs to the end of the file); add the closing quote (\") [glossary.syntax]"
      ])
  }

  @Test func strayQuoteAndTextAfterAClosingQuoteAreErrors() throws {
    let text = """
      vi,en,note
      Nga,Rus"sia,
      Mỹ,"United States"x,
      Pháp,France,

      """
    let file = try GlossaryTestSupport.read(text, .csv, name: "bad.csv")
    #expect(file.entries.map(\.source) == ["Pháp"])
    #expect(file.errors.map(\.line) == [2, 3])
    #expect(file.errors.map(\.column) == [8, 19])
    #expect(file.errors[0].message.hasPrefix("stray quote in an unquoted field"))
    #expect(file.errors[1].message.hasPrefix("unexpected text after a closing quote"))
  }

  @Test func wrongFieldCountEmptyCellsAndBadValuesAreErrors() throws {
    let text = """
      vi,en,case
      Nga,Russia
      ,France,auto
      Mỹ,United States,sometimes
      Đức,Germany,auto,extra

      """
    let file = try GlossaryTestSupport.read(text, .csv, name: "bad.csv")
    #expect(file.entries.map(\.source) == ["Mỹ"])
    #expect(
      file.errors.map { $0.formatted() } == [
        "bad.csv:2:1: error: expected 3 comma-separated fields as in the header, found 2 [glossary.syntax]",
        "bad.csv:3:1: error: empty source term; expected a Vietnamese term [glossary.empty-cell]",
        "bad.csv:4:18: error: expected case auto, sensitive or insensitive, found 'sometimes' [glossary.invalid-value]",
        "bad.csv:5:18: error: expected 3 comma-separated fields as in the header, found 4 [glossary.syntax]",
      ])
  }

  @Test func missingRequiredColumnStopsReading() throws {
    let error = #expect(throws: SongNguError.self) {
      try GlossaryTestSupport.read("vi,note\nNga,Russia\n", .csv, name: "bad.csv")
    }
    #expect(
      error?.description == "bad.csv:1:1: header has no en (or target) column; expected a header row such as vi,en,note"
    )
  }

  @Test func invalidUTF8IsAnError() throws {
    let bytes = Array("vi,en\nNga,Russia\nM".utf8) + [0xFF] + Array(",United States\n".utf8)
    let error = #expect(throws: SongNguError.self) { try CSVGlossaryReader().read(bytes: bytes, name: "bad.csv") }
    #expect(error == .invalidUTF8(path: "bad.csv", byteOffset: 18, line: 3, column: 2))
  }

  @Test func readsTheNewsGlossary() throws {
    let file = try CSVGlossaryReader().read(path: GlossaryTestSupport.newsGlossary)
    #expect(file.errors.isEmpty)
    #expect(file.entries.count >= 300)
    let korea = try #require(file.entries.first { $0.source == "Triều Tiên" })
    #expect(korea.target == "North Korea")
    #expect(korea.variants.contains("Bắc Triều Tiên"))
    #expect(korea.forbidden == ["Korea"])
    let kiev = try #require(file.entries.first { $0.source == "Kiev" })
    #expect(kiev.target == "Kyiv")
    #expect(kiev.alternatives == ["Kiev"])
    #expect(kiev.location?.line == 125)
  }
}
