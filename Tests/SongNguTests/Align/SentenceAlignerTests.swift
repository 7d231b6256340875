import Foundation
import Testing

@testable import SongNgu

/// `SentenceAligner` on the sample pair (exact gold) and on the derived fixture cases (F1 bars).
@Suite struct SentenceAlignerTests {
  /// `samples/nato-trieu-tien.alignment.tsv` as beads.
  static func sampleGold() throws -> [(vi: [Int], en: [Int])] {
    try Paths.read(Paths.sampleAlignment).split(separator: "\n").dropFirst().map { line in
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      func indices(_ cell: Substring) -> [Int] { cell.split(separator: ",").compactMap { Int($0) } }
      return (indices(cells[0]), indices(cells[1]))
    }
  }

  static func readSample() throws -> AlignedArticle {
    try AlignedArticle.read(
      name: "nato-trieu-tien", vi: try LineReader(path: Paths.sampleVietnamese),
      en: try LineReader(path: Paths.sampleEnglish, detectsVIQR: false), presegmented: false,
      aligner: SentenceAligner())
  }

  @Test func sampleAlignsExactlyAsTheGoldFileSays() throws {
    let article = try Self.readSample()
    let gold = try Self.sampleGold()
    #expect(article.vi.count == 25)
    #expect(article.en.count == 24)
    let beads = article.alignment.beads
    #expect(beads.map(\.viSentences) == gold.map(\.vi))
    #expect(beads.map(\.enSentences) == gold.map(\.en))
    #expect(beads.map(\.kind).filter { $0 == "1-1" }.count == 22)
    #expect(beads[21].kind == "1-2")
    #expect(beads[23].kind == "1-0" && beads[24].kind == "1-0")
    // Boilerplate left untranslated is expected, so it is not listed for review; nothing else is either.
    #expect(article.alignment.lowConfidence.isEmpty)
    for bead in beads { #expect((0...1).contains(bead.score)) }
  }

  @Test func samplePairsHaveVerbatimText() throws {
    let pairs = try Self.readSample().pairs
    let gold = try Paths.read(Paths.sampleAlignment).split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(pairs.map(\.vi) == gold.map { $0[2] })
    #expect(pairs.map(\.en) == gold.map { $0[3] })
  }

  @Test func numbersCompareByValue() {
    let vi = AnchorExtractor(language: .vietnamese)
    let en = AnchorExtractor(language: .english)
    #expect(vi.anchors(in: "Thu 1.000 tỷ, tăng 3,5% và 1.302,45 điểm") == ["@Thu", "#1000", "#3.5", "#1302.45"])
    #expect(
      en.anchors(in: "Revenue 1,000 billion, up 3.5% and 1,302.45 points") == ["@Revenue", "#1000", "#3.5", "#1302.45"])
    #expect(en.anchors(in: "NATO and Mark Rutte's view") == ["@NATO", "@Mark", "@Rutte"])
  }

  @Test func emptySidesGiveOmissions() {
    let aligner = SentenceAligner()
    let vi = PresegmentedReader.read(text: "Một câu.\nHai câu.\n")
    #expect(aligner.align(vi: vi, en: []).beads.map(\.kind) == ["1-0", "1-0"])
    #expect(aligner.align(vi: [], en: vi).beads.map(\.kind) == ["0-1", "0-1"])
    #expect(aligner.align(vi: [], en: []).beads.isEmpty)
  }

  @Test func glossaryTermsAreAnchors() throws {
    let glossary = Glossary(entries: [GlossaryEntry(source: "lệnh trừng phạt", target: "sanctions")])
    let aligner = SentenceAligner(glossary: glossary)
    let vi = PresegmentedReader.read(text: "Mỹ áp đặt lệnh trừng phạt mới.\n")
    let en = PresegmentedReader.read(text: "The US imposed new sanctions.\n")
    let withTerm = aligner.align(vi: vi, en: en).beads[0].score
    let without = SentenceAligner().align(vi: vi, en: en).beads[0].score
    #expect(withTerm > without)
  }

  @Test func optionsWrittenBeforeANewKeyStillRead() throws {
    // Written before the orphan cost: no omissionCost, orphanWeight, orphanShare, mismatchWeight.
    let old = Data(#"{"variance": 4, "lexicalWeight": 0.25, "softJoinCost": 0.3}"#.utf8)
    let options = try JSONDecoder().decode(AlignerOptions.self, from: old)
    var expected = AlignerOptions()
    expected.variance = 4
    expected.lexicalWeight = 0.25
    #expect(options == expected)
    #expect(try JSONDecoder().decode(AlignerOptions.self, from: JSONEncoder().encode(expected)) == expected)
  }

  @Test func derivedCasesMeetTheF1Bars() throws {
    let cases = try AlignmentFixtures.cases()
    let aligner = SentenceAligner()
    var presegmented = BeadScore()
    var endToEnd = BeadScore()
    for testCase in cases {
      let gold = testCase.beads
      let goldOmissions = gold.filter { $0.vi.isEmpty || $0.en.isEmpty }.map(\.key)
      // Pre-segmented: beads compared by sentence positions.
      let vi = PresegmentedReader.read(text: testCase.presegmented(vi: true))
      let en = PresegmentedReader.read(text: testCase.presegmented(vi: false))
      let alignment = aligner.align(vi: vi, en: en)
      func key(_ bead: AlignmentBead) -> String { "\(bead.viSentences)\u{1}\(bead.enSentences)" }
      let goldPositions = testCase.goldPositions
      let omissionKeys = zip(gold, goldPositions).filter { $0.0.vi.isEmpty || $0.0.en.isEmpty }.map { key($0.1) }
      presegmented.add(
        predicted: alignment.beads.map(key), gold: goldPositions.map(key), goldOmissions: omissionKeys)
      if ProcessInfo.processInfo.environment["ALIGN_DEBUG"] != nil {
        let goldKeys = Set(goldPositions.map(key))
        for bead in alignment.beads where !goldKeys.contains(key(bead)) {
          print(
            "miss \(testCase.name) \(bead.kind) \(bead.viSentences)\(bead.enSentences) \(bead.score): "
              + bead.viSentences.map { vi[$0].text.prefix(50) }.joined(separator: " | ") + " <> "
              + bead.enSentences.map { en[$0].text.prefix(50) }.joined(separator: " | "))
        }
      }
      // End to end: both sides read as articles; beads compared by text.
      let article = try AlignedArticle.read(
        name: testCase.name, vi: try LineReader(bytes: Array(testCase.article(vi: true).utf8), name: "vi"),
        en: try LineReader(bytes: Array(testCase.article(vi: false).utf8), name: "en", detectsVIQR: false),
        presegmented: false, aligner: aligner)
      endToEnd.add(
        predicted: article.pairs.map { $0.vi + "\u{1}" + $0.en }, gold: gold.map(\.key), goldOmissions: goldOmissions)
    }
    print("alignment, \(cases.count) cases, pre-segmented: \(presegmented)")
    print("alignment, \(cases.count) cases, end to end: \(endToEnd)")
    #expect(presegmented.f1 >= 0.978)
    #expect(endToEnd.f1 >= 0.849)
  }
}

/// Text whose lines end without punctuation: subtitles built from the fixture cases.
@Suite struct OpenLineEndTests {
  @Test func subtitleCasesAlignEndToEnd() throws {
    let aligner = SentenceAligner()
    var score = BeadScore()
    for testCase in try AlignmentFixtures.cases() {
      let gold = testCase.beads
      let article = try AlignedArticle.read(
        name: testCase.name,
        vi: try LineReader(bytes: Array(testCase.subtitles(vi: true, width: 42).utf8), name: "vi"),
        en: try LineReader(bytes: Array(testCase.subtitles(vi: false, width: 36).utf8), name: "en", detectsVIQR: false),
        presegmented: false, aligner: aligner)
      score.add(
        predicted: article.pairs.map { $0.vi + "\u{1}" + $0.en }, gold: gold.map(\.key),
        goldOmissions: gold.filter { $0.vi.isEmpty || $0.en.isEmpty }.map(\.key))
      if ProcessInfo.processInfo.environment["ALIGN_DEBUG"] != nil {
        let keys = Set(gold.map(\.key))
        for pair in article.pairs where !keys.contains(pair.vi + "\u{1}" + pair.en) {
          print("miss \(testCase.name) \(pair.bead): \(pair.vi.prefix(60)) <> \(pair.en.prefix(60))")
        }
      }
    }
    print("alignment, subtitles end to end: \(score)")
    #expect(score.f1 >= 0.9)
  }
}

/// Block structure as a hint and the band around the diagonal.
@Suite struct AlignerStructureTests {
  func lines(_ name: String, _ side: String) throws -> String {
    try Paths.read(Paths.fixture("Alignment/\(name).\(side).txt"))
  }

  @Test func paragraphBreaksAreHintsNotWalls() throws {
    // The English joins every paragraph into one, and splits one paragraph in two elsewhere.
    let vi = PresegmentedReader.read(text: try lines("news-03", "vi"))
    var englishText = try lines("news-03", "en").replacingOccurrences(of: "\n\n", with: "\n")
    englishText = englishText.replacingOccurrences(
      of: "1,246 dengue fever cases last week, up 18% from the week before.\n",
      with: "1,246 dengue fever cases last week, up 18% from the week before.\n\n")
    let en = PresegmentedReader.read(text: englishText)
    let beads = SentenceAligner().align(vi: vi, en: en).beads
    #expect(beads.count == vi.count)
    #expect(beads.allSatisfy { $0.kind == "1-1" })
  }

  @Test func theBandWidensWhenThePathLeavesIt() throws {
    // The Vietnamese starts with a paragraph the English lacks; the English ends with one the
    // Vietnamese lacks: equal counts, so the first band (2 sentences) is too narrow.
    func paragraph(_ name: String, _ side: String, _ number: Int) throws -> String {
      try lines(name, side).components(separatedBy: "\n\n")[number]
    }
    let extraVi = try paragraph("news-06", "vi", 1)
    let extraEn = try paragraph("news-07", "en", 1)
    let viText = try lines("news-03", "vi").replacingOccurrences(of: "tuần\n\n", with: "tuần\n\n" + extraVi + "\n\n")
    let vi = PresegmentedReader.read(text: viText)
    let en = PresegmentedReader.read(text: try lines("news-03", "en") + "\n" + extraEn + "\n")
    let extraViCount = extraVi.split(separator: "\n").count
    let extraEnCount = extraEn.split(separator: "\n").count
    #expect(vi.count - extraViCount == en.count - extraEnCount)
    let alignment = SentenceAligner(options: AlignerOptions(minimumBand: 2)).align(vi: vi, en: en)
    #expect(alignment.bandWidth > 2)
    #expect(alignment.beads.filter { $0.kind == "1-0" }.map { $0.viSentences[0] } == Array(1...extraViCount))
    #expect(alignment.beads.filter { $0.kind == "0-1" }.count == extraEnCount)
    #expect(alignment.beads.filter { $0.kind == "1-1" }.count == en.count - extraEnCount)
  }
}
