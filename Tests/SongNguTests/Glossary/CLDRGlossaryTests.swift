import Foundation
import Testing

@testable import SongNgu

/// The CLDR names ICU carries, as a glossary (`songngu glossary cldr`).
@Suite struct CLDRGlossaryTests {
  static let all = CLDRGlossary.entries()

  func entry(_ source: String, in entries: [GlossaryEntry] = all) -> GlossaryEntry? {
    entries.first { $0.source == source }
  }

  @Test func countriesLanguagesCurrenciesAndCitiesHaveBothNames() throws {
    #expect(entry("Pháp")?.target == "France")
    #expect(entry("Pháp")?.domain == "country")
    #expect(entry("Nam Cực")?.target == "Antarctica")
    // Languages are the `tiếng X` collocations, in lower case as prose writes them.
    #expect(entry("tiếng Pháp")?.target == "French")
    #expect(entry("tiếng Nhật")?.target == "Japanese")
    #expect(entry("đô la Mỹ")?.target == "US Dollar")
    #expect(entry("đô la Mỹ")?.note == "CLDR currency USD")
    #expect(Self.all.contains { $0.domain == "city" })
    let counts = Dictionary(grouping: Self.all, by: \.domain).mapValues(\.count)
    #expect(counts["country", default: 0] >= 200 && counts["language", default: 0] >= 400)
    #expect(counts["currency", default: 0] >= 150)
  }

  @Test func leavesOutFallbacksBracketsAndDuplicates() throws {
    #expect(!Self.all.contains { $0.source.contains("(") || $0.source.contains(",") || $0.source.contains(" - ") })
    let forms = Self.all.map { $0.source.lowercased() }
    #expect(Set(forms).count == forms.count)
  }

  @Test func oneSyllableNamesGetAContextRuleAndTheResultChecksClean() throws {
    #expect(entry("Lào")?.notAfter.contains("chị") == true)
    #expect(entry("Campuchia")?.notAfter.isEmpty == true)
    let findings = GlossaryChecker().checkEntries(Self.all)
    #expect(findings.isEmpty, "\(findings.prefix(5).map(\.message))")
  }

  @Test func formsAKnownGlossaryHasAreLeftOut() throws {
    let known = Glossary(entries: [GlossaryEntry(source: "pháp", target: "France (known)")])
    let entries = CLDRGlossary.entries(kinds: [.country], known: known)
    #expect(entry("Pháp", in: entries) == nil)
    #expect(entry("Lào", in: entries) != nil)
    #expect(entries.allSatisfy { $0.domain == "country" })
  }

  /// The shipped file is what the command writes from this ICU's data (checked when the ICU
  /// version is the one that wrote it).
  @Test func theShippedFileIsWhatTheCommandWrites() throws {
    let path = Paths.repository("glossaries/cldr-vi-en.tsv")
    let shipped = try Paths.read(path)
    guard
      shipped.hasPrefix(
        "# Vietnamese-English names from the Unicode CLDR, as carried by ICU \(CLDRGlossary.icuVersion).")
    else { return }
    let known = try GlossaryLoader.load(paths: [
      Paths.repository("glossaries/news-vi-en.csv"), Paths.repository("glossaries/vietnam-admin-vi-en.csv"),
    ])
    let written = CLDRGlossary.tsv(CLDRGlossary.entries(known: known), command: "songngu glossary cldr")
    #expect(written == shipped)
    let file = try GlossaryLoader.read(file: path)
    #expect(file.findings.isEmpty && file.entries.count > 1000)
  }
}
