import Foundation
import SongNgu
import Testing

@Suite struct GlossaryCheckerTests {
  func check(_ text: String, _ format: GlossaryFormat = .tsv) throws -> [Finding] {
    GlossaryChecker().check([try GlossaryTestSupport.read(text, format, name: "g.\(format.rawValue)")])
  }

  @Test func sameSourceWithDifferentTargetsIsAnError() throws {
    let findings = try check("Liên bang Nga\tRussia\nHoa Kỳ\tUnited States\nLiên bang Nga\tRussian\n")
    #expect(findings.map(\.category) == ["glossary.conflicting-targets"])
    #expect(findings[0].severity == .error)
    #expect(findings[0].line == 3)
    #expect(findings[0].message.contains("at g.tsv:1:1"))
  }

  @Test func toneMarkPlacementDoesNotHideAConflict() throws {
    let findings = try check("hòa bình\tpeace\nhoà bình\tpeace talks\n")
    #expect(findings.map(\.category) == ["glossary.conflicting-targets"])
  }

  @Test func aVariantOfAnotherEntryWithAnotherTargetIsAConflict() throws {
    let findings = try check("vi,en,variants\nHàn Quốc,South Korea,Triều Tiên\nTriều Tiên,North Korea,\n", .csv)
    #expect(findings.map(\.category) == ["glossary.conflicting-targets"])
    #expect(findings[0].line == 3)
  }

  @Test func entriesDifferingOnlyByToneMarkPlacementAreAWarning() throws {
    let findings = try check("hòa bình\tpeace\nhoà bình\tpeace\n")
    #expect(findings.map(\.category) == ["glossary.tone-variant"])
    #expect(findings[0].severity == .warning)
  }

  @Test func entriesDifferingOnlyByCaseAreAWarning() throws {
    let findings = try check("Liên Hợp Quốc\tUnited Nations\nLiên hợp quốc\tUnited Nations\n")
    #expect(findings.map(\.category) == ["glossary.case-variant"])
    #expect(findings[0].severity == .warning)
  }

  @Test func exactDuplicatesAreAWarning() throws {
    let findings = try check(
      "Liên bang Nga\tRussia\nLiên bang Nga\tRussia\nLiên bang Nga\tRussia\t[also: Russian Federation]\n")
    #expect(findings.map(\.category) == ["glossary.duplicate", "glossary.duplicate"])
    #expect(findings[0].message.hasPrefix("exact duplicate"))
    #expect(findings.allSatisfy { $0.severity == .warning })
  }

  @Test func forbiddenTargetThatIsAlsoAcceptedIsAnError() throws {
    let findings = try check("Kiev\tKyiv\t[also: Kiev] [not: Kiev]\n")
    #expect(findings.map(\.category) == ["glossary.conflicting-targets"])
  }

  @Test func untidyCellsAreWarningsAndEmptyCellsErrors() throws {
    let findings = try check("Trie\u{0302}\u{0300}u Tie\u{0302}n\t North Korea\n\tRussia\n")
    #expect(findings.map(\.category) == ["glossary.not-nfc", "glossary.whitespace", "glossary.empty-cell"])
    #expect(findings.map(\.severity) == [.warning, .warning, .error])
  }

  @Test func checkingPathsGoesOnPastAnUnreadableFile() throws {
    let folder = try GlossaryTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("Liên bang Nga\tRussia\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.tsv"))
    try Data([0x4D, 0xFF, 0x09, 0x41, 0x0A]).write(to: URL(fileURLWithPath: folder + "/b.tsv"))
    try Data("vi,en\nLiên bang Nga,Russian\n\"Mỹ,United States\n".utf8).write(
      to: URL(fileURLWithPath: folder + "/c.csv"))
    let report = try GlossaryChecker().check(paths: [folder])
    #expect(report.files.map { ($0 as NSString).lastPathComponent } == ["a.tsv", "b.tsv", "c.csv"])
    #expect(report.entryCount == 2)
    #expect(
      report.findings.map { $0.formatted().replacingOccurrences(of: folder + "/", with: "") } == [
        "b.tsv:1:2: error: invalid UTF-8 at byte offset 1; save the file as UTF-8 and try again [glossary.unreadable]",
        "c.csv:2:1: error: 'Liên bang Nga' → 'Russian' conflicts with 'Liên bang Nga' → 'Russia' at a.tsv:1:1; give one target and list the other as an alternative [glossary.conflicting-targets]",
        "c.csv:3:1: error: unterminated quoted field (it runs to the end of the file); add the closing quote (\") [glossary.syntax]",
      ])
    #expect(report.errorCount == 3 && report.warningCount == 0)
    #expect(report.summary == "2 entries in 3 files: 3 errors, 0 warnings")
  }

  @Test func theNewsGlossaryHasNoErrors() throws {
    let report = try GlossaryChecker().check(paths: [GlossaryTestSupport.newsGlossary])
    #expect(report.errorCount == 0, "\(report.findings.map { $0.formatted() })")
    #expect(report.entryCount >= 300)
  }
}

extension GlossaryCheckerTests {
  @Test func caseSensitiveEntriesMayDifferByCase() throws {
    let findings = try check("Liên Hợp Quốc\tUnited Nations\t[case: sensitive]\nliên hợp quốc\tUnited Nations\n")
    #expect(findings.isEmpty)
  }
}

extension GlossaryCheckerTests {
  @Test func aOneSyllableEntryWithoutAContextRuleIsAWarning() throws {
    let findings = try check("Đức\tGermany\nAnh\tUnited Kingdom\t[not before: ấy | ta]\n")
    #expect(findings.map(\.category) == ["glossary.no-context-rule"])
    #expect(findings[0].severity == .warning && findings[0].line == 1)
    #expect(findings[0].message.contains("'Đức' is one Vietnamese syllable"))
  }

  @Test func longerTermsForeignNamesAndAcronymsNeedNoContextRule() throws {
    #expect(try check("Bồ Đào Nha\tPortugal\nYoon\tYoon\nTrump\tTrump\nGDP\tGDP\nUkraine\tUkraine\n").isEmpty)
  }
}
