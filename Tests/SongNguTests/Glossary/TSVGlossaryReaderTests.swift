import Foundation
import SongNgu
import Testing

@Suite struct TSVGlossaryReaderTests {
  /// A first row that names the columns is not an entry (issue 19).
  @Test(arguments: ["source\ttarget\tcomment", "vi\ten", "Source term\tTarget term\tNote", "Tiếng Việt\tEnglish"])
  func aHeaderRowIsSkippedAndSaid(header: String) throws {
    let file = try GlossaryTestSupport.read(header + "\nNga\tRussia\n", .tsv, name: "g.tsv")
    #expect(file.entries.map(\.source) == ["Nga"])
    #expect(file.findings.map(\.category) == ["glossary.header"])
    #expect(file.findings.first?.severity == .note && file.findings.first?.line == 1)
  }

  @Test func aTermCalledSourceLaterIsAnEntry() throws {
    let file = try GlossaryTestSupport.read("Nga\tRussia\nsource\ttarget\n", .tsv)
    #expect(file.entries.map(\.source) == ["Nga", "source"])
  }

  /// Spreadsheets export tab-separated cells in double quotes: read without them, and warned about.
  @Test func quotedCellsAreUnquotedWithAWarning() throws {
    let file = try GlossaryTestSupport.read("\"Nga\"\t\"the \"\"Russia\"\"\"\tnote\nMỹ\tUnited States\n", .tsv)
    #expect(file.entries.map(\.source) == ["Nga", "Mỹ"])
    #expect(file.entries.first?.target == "the \"Russia\"")
    #expect(file.findings.map(\.category) == ["glossary.quoted-cell", "glossary.quoted-cell"])
    #expect(file.findings.allSatisfy { $0.severity == .warning && $0.line == 1 })
  }

  @Test func readsTwoAndThreeColumnsSkippingCommentsAndBlankLines() throws {
    let text =
      "\u{FEFF}# OmegaT glossary: thời sự quốc tế\nTriều Tiên\tNorth Korea\tadjective: North Korean\n\n  \nNga\tRussia\n"
    let file = try GlossaryTestSupport.read(text, .tsv, name: "glossary.tsv")
    #expect(file.findings.isEmpty)
    #expect(file.entries.map(\.source) == ["Triều Tiên", "Nga"])
    #expect(file.entries.map(\.target) == ["North Korea", "Russia"])
    #expect(file.entries[0].note == "adjective: North Korean")
    #expect(file.entries[0].location == SourceLocation(file: "glossary.tsv", line: 2, column: 1))
    #expect(file.entries[1].location?.line == 5)
  }

  @Test func readsVariantRowsAndCommentTags() throws {
    let text = """
      Triều Tiên\tNorth Korea\tadjective: North Korean [also: DPRK | Democratic People's Republic of Korea] [not: Korea] [domain: country] [case: sensitive]
      Bắc Triều Tiên\tNorth Korea\t[variant of: Triều Tiên]
      CHDCND Triều Tiên\tNorth Korea\t[variant of: Triều Tiên]
      Kiev\tKyiv\t[also: Kiev] [diacritics: insensitive]

      """
    let file = try GlossaryTestSupport.read(text, .tsv)
    #expect(file.findings.isEmpty)
    #expect(file.entries.count == 2)
    let korea = file.entries[0]
    #expect(korea.variants == ["Bắc Triều Tiên", "CHDCND Triều Tiên"])
    #expect(korea.alternatives == ["DPRK", "Democratic People's Republic of Korea"])
    #expect(korea.forbidden == ["Korea"])
    #expect(korea.domain == "country")
    #expect(korea.note == "adjective: North Korean")
    #expect(korea.caseMatching == .sensitive)
    #expect(file.entries[1].alternatives == ["Kiev"])
    #expect(file.entries[1].diacritics == .insensitive)
  }

  @Test func wrongColumnCountIsAnErrorWithItsLocation() throws {
    let text = "Nga\tRussia\nMỹ\nPháp\tFrance\tnote\textra\nĐức\tGermany\n"
    let file = try GlossaryTestSupport.read(text, .tsv, name: "glossary.tsv")
    #expect(file.entries.map(\.source) == ["Nga", "Đức"])
    #expect(
      file.errors.map { $0.formatted() } == [
        "glossary.tsv:2:1: error: expected 2 or 3 tab-separated columns, found 1 [glossary.syntax]",
        "glossary.tsv:3:17: error: expected 2 or 3 tab-separated columns, found 4 [glossary.syntax]",
      ])
    let error = #expect(throws: SongNguError.self) { try file.requireNoErrors() }
    #expect(error?.description == "glossary.tsv:2:1: expected 2 or 3 tab-separated columns, found 1")
  }

  @Test func anEmptySourceIsAnErrorAnEmptyTargetIsToFill() throws {
    let file = try GlossaryTestSupport.read("\tRussia\nNga\t \nMỹ\tUnited States\n", .tsv)
    #expect(file.entries.map(\.source) == ["Mỹ"])
    #expect(file.errors.map(\.category) == ["glossary.empty-cell"])
    #expect(file.errors.map(\.line) == [1])
    // A stub row still to fill (as `coverage --format tsv` writes them) is a warning, and skipped.
    let toFill = file.findings.filter { $0.category == "glossary.to-fill" }
    #expect(toFill.map(\.severity) == [.warning])
    #expect(toFill.map(\.line) == [2])
    #expect(toFill.first?.column == 5)
  }

  @Test func cellsAreNormalizedAndTheChangesReported() throws {
    // NFD "Triều Tiên", a trailing space and a doubled space.
    let text = "Trie\u{0302}\u{0300}u Tie\u{0302}n\tNorth Korea \nHàn  Quốc\tSouth Korea\n"
    let file = try GlossaryTestSupport.read(text, .tsv)
    #expect(file.entries.map(\.source) == ["Triều Tiên", "Hàn Quốc"])
    #expect(file.entries[0].target == "North Korea")
    #expect(file.nonNFCCells == 1)
    let categories = file.findings.map(\.category)
    #expect(categories == ["glossary.not-nfc", "glossary.whitespace", "glossary.whitespace"])
    #expect(file.findings.allSatisfy { $0.severity == .warning })
    #expect(file.findings[1].column == 15)
  }

  @Test func invalidUTF8IsAnErrorWithLineAndColumn() throws {
    var bytes = Array("Nga\tRussia\nMỹ\tUnited States\nPh".utf8)
    bytes += [0xE1, 0x28, 0x41]
    bytes += Array("p\tFrance\n".utf8)
    let error = #expect(throws: SongNguError.self) {
      try TSVGlossaryReader().read(bytes: bytes, name: "glossary.tsv")
    }
    #expect(error == .invalidUTF8(path: "glossary.tsv", byteOffset: 32, line: 3, column: 3))
  }
}

extension TSVGlossaryReaderTests {
  @Test func asciiTermsAreNotMistakenForVIQR() throws {
    let text = "U.S.\tUnited States\nD.C.\tDistrict of Columbia\nWHO?\tWorld Health Organization\na.m.\tmorning\n"
    let file = try GlossaryTestSupport.read(text, .tsv)
    #expect(file.entries.count == 4)
    #expect(file.findings.isEmpty)
  }

  @Test func legacyEncodedGlossariesAreRefusedWithTheirLocation() throws {
    // "Việt Nam" in VNI Windows bytes is not UTF-8.
    let bytes: [UInt8] = Array("Vie".utf8) + [0xE4, 0xE4] + Array("t Nam\tVietnam\n".utf8)
    let error = #expect(throws: SongNguError.self) { try TSVGlossaryReader().read(bytes: bytes, name: "vni.tsv") }
    #expect(error == .invalidUTF8(path: "vni.tsv", byteOffset: 3, line: 1, column: 4))
  }
}
