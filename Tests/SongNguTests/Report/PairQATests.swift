import Foundation
import Testing

@testable import SongNgu

/// Pair QA on pairs built for each check: a changed number, a dropped name, a URL, a length
/// outlier, an untranslated copy; and term QA on inflected targets.
@Suite struct PairQATests {
  /// A document of true pairs (from the news fixture) with `edit` applied to pair `index`.
  func document(
    _ name: String = "news-01", editing index: Int? = nil, _ edit: (inout AlignedPair) -> Void = { _ in }
  ) throws -> AlignedPairs {
    let testCase = try AlignmentFixtures.pair(name)
    var pairs = testCase.beads.map { AlignedPair(vi: $0.vi[0], en: $0.en[0], score: 1, bead: "1-1") }
    if let index { edit(&pairs[index]) }
    return AlignedPairs(name: name, pairs: pairs)
  }

  func categories(_ flags: [PairQA.Flag]) -> [String] { flags.map(\.finding.category) }

  @Test func truePairsOfTheFixturesAreAlmostClean() throws {
    var pairs = 0
    var flagged: [String] = []
    for name in AlignmentFixtures.names {
      let document = try document(name)
      pairs += document.pairs.count
      flagged += PairQA().check(document).map(\.finding.message)
    }
    print("pair QA on the true fixture pairs: \(flagged.count) findings on \(pairs) pairs: \(flagged)")
    #expect(flagged.count * 50 <= pairs)
  }

  @Test func numbersCompareByValueAcrossConventions() {
    let pairs = AlignedPairs(
      name: "n",
      pairs: [
        AlignedPair(
          vi: "Thu 1.000 tỷ đồng, tăng 2,5% so với năm 2023.", en: "Revenue of 1,000 billion dong, up 2.5% on 2023.",
          score: 1, bead: "1-1"),
        AlignedPair(
          vi: "Anh ấy 31 tuổi, lãi suất 14%.", en: "He is 13 years old, with interest at 41%.", score: 1, bead: "1-1"),
        AlignedPair(vi: "Có 3 người đến ngày 23/5.", en: "Three people came on May 23.", score: 1, bead: "1-1"),
      ])
    let flags = PairQA().check(pairs)
    #expect(categories(flags) == [PairQA.numberMismatch])
    #expect(flags.first?.pair == "n:1")
    #expect(
      flags.first?.finding.message.contains("“31”, “14” not in the English; “13”, “41” not in the Vietnamese") == true)
  }

  @Test func clockTimesCompareAcrossConventions() {
    func flags(_ vi: String, _ en: String) -> [String] {
      PairQA().check(AlignedPairs(name: "c", pairs: [AlignedPair(vi: vi, en: en, score: 1, bead: "1-1")])).map(
        \.finding.message)
    }
    #expect(flags("Từ 7h sáng đến 21h30.", "From 7 a.m. to 9:30 p.m.").isEmpty)
    #expect(flags("Về nhà lúc 10 giờ đêm, ngày 14.2.2025.", "Home at 10 p.m. on February 14, 2025.").isEmpty)
    #expect(
      flags("Từ 7h sáng đến 21h30.", "From 7 a.m. to 8:30 p.m.") == [
        "pair c:0: numbers differ: “21h30” not in the English; “8:30 p.m.” not in the Vietnamese"
      ])
  }

  @Test func aChangedNumberInATrueDocumentIsFlaggedWithItsPairID() throws {
    let before = PairQA().check(try document())
    let flags = PairQA().check(
      try document(editing: 6) { $0.en = $0.en.replacingOccurrences(of: "500,000", with: "50,000") })
    let new = flags.filter { !before.contains($0) }
    #expect(categories(new) == [PairQA.numberMismatch])
    #expect(new.map(\.pair) == ["news-01:6"])
    #expect(new.first?.finding.message.contains("“500000” not in the English; “50000” not in the Vietnamese") == true)
  }

  @Test func aDroppedNameIsFlagged() throws {
    // "Nam Dinh" is copied throughout the document; drop it from one pair.
    let original = try document("news-07")
    let index = try #require(original.pairs.firstIndex { $0.en.contains("sealing a 3-2 win for Nam Dinh") })
    #expect(PairQA().check(original).filter { $0.pair == "news-07:\(index)" }.isEmpty)
    let flags = PairQA().check(
      try document("news-07", editing: index) { $0.en = $0.en.replacingOccurrences(of: " for Nam Dinh", with: "") })
    let about = flags.filter { $0.pair == "news-07:\(index)" }
    #expect(categories(about) == [PairQA.nameMissing])
    #expect(about.first?.finding.message.contains("“Nam Dinh” not in the English") == true)
  }

  @Test func urlsLengthOutliersAndCopiesAreFlagged() throws {
    let url = PairQA().check(
      AlignedPairs(
        name: "u",
        pairs: [
          AlignedPair(
            vi: "Xem tại https://example.vn/a hoặc gửi thư tới hotro@example.vn.",
            en: "See https://example.vn/b or write to hotro@example.vn.", score: 1, bead: "1-1")
        ]))
    #expect(categories(url) == [PairQA.urlMismatch])
    let before = PairQA().check(try document())
    let long = try document(editing: 4) { $0.en += " " + $0.en + " " + $0.en }
    let longFlags = PairQA().check(long).filter { !before.contains($0) }
    #expect(categories(longFlags) == [PairQA.lengthRatio])
    #expect(longFlags.first?.pair == "news-01:4")
    let copied = try document(editing: 5) { $0.en = $0.vi }
    let flags = PairQA().check(copied).filter { !before.contains($0) }
    #expect(categories(flags) == [PairQA.untranslated])
    #expect(flags.first?.pair == "news-01:5")
  }

  @Test func termQAFindsInflectedTargets() {
    let glossary = Glossary(entries: [GlossaryEntry(source: "ký", target: "sign")])
    let pairs = AlignedPairs(
      name: "t",
      pairs: [
        AlignedPair(vi: "Hai bên đã ký thỏa thuận.", en: "The two sides signed the agreement.", score: 1, bead: "1-1"),
        AlignedPair(vi: "Họ sẽ ký vào tuần tới.", en: "They will be signing next week.", score: 1, bead: "1-1"),
        AlignedPair(vi: "Ông ký nhiều văn bản.", en: "He put his name to many papers.", score: 1, bead: "1-1"),
      ])
    let report = TermQA(glossary: glossary).check([pairs])
    #expect(report.findings.map(\.category) == [TermQA.missingTarget])
    #expect(report.findings.first?.message.hasPrefix("pair t:2:") == true)
    #expect(report.agreement.first?.agreements == 2)
  }
}
