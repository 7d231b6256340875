import Foundation
import Testing

@testable import SongNgu

/// Coverage of an article gone through three times, a block at a time, instead of held: the same
/// candidates and the same report as the whole document gives.
@Suite struct StreamedCoverageTests {
  /// Real articles: the coverage, alignment and segmentation fixtures and the sample (not the lists
  /// of names and sentences beside them).
  func fixturePaths() throws -> [String] {
    let paths = try GlossaryCoverage.articleFiles(in: [
      Paths.fixture("Coverage"), Paths.fixture("Alignment"), Paths.fixture("Segmentation"), Paths.sampleVietnamese,
    ]).filter { !$0.hasSuffix(".names.txt") && !$0.hasSuffix(".sentences.txt") }
    #expect(paths.count >= 50)
    return paths
  }

  /// The candidates of `sentences` found by `CandidateDetector.Streamed`, one reading a pass.
  func streamedCandidates(_ sentences: [Sentence]) -> [[CandidateSpan]] {
    var detection = CandidateDetector.Streamed()
    for sentence in sentences { detection.learnCapitals(from: sentence) }
    for sentence in sentences { detection.learnNames(from: sentence) }
    return sentences.map { detection.candidates(in: $0) }
  }

  @Test func streamedDetectionFindsTheCandidatesOfTheWholeDocument() throws {
    var spans = 0
    for path in try fixturePaths() {
      let sentences = try ArticleReader(lines: try LineReader(path: path)).readDocument(name: "").translatableSentences
      let whole = CandidateDetector().candidates(in: sentences)
      #expect(streamedCandidates(sentences) == whole, "\(path)")
      spans += whole.joined().count
    }
    #expect(spans > 2_000)
  }

  /// What the document says later decides a sentence's candidates.
  ///
  /// A name that ends in `Lan` two sentences on confirms `Lan` alone at a sentence start, and `Trang`
  /// written capitalised inside a later sentence keeps it before `VnExpress.net`. The second and first
  /// passes bring them.
  @Test func laterSentencesDecideEarlierCandidates() throws {
    func texts(_ sentences: [Sentence], _ found: [[CandidateSpan]]) -> [[String]] {
      zip(sentences, found).map { sentence, spans in
        spans.map { String(decoding: Array(sentence.utf16)[$0.range], as: UTF16.self) }
      }
    }
    let early = try readArticle(
      "Tin nhanh\n\nLan nói NATO sẵn sàng. Trang VnExpress.net đưa tin.\n\n"
        + "Bà Trương Mỹ Lan nói thêm. Bài viết của Trang được nhiều người đọc.\n"
    ).translatableSentences
    let whole = CandidateDetector().candidates(in: early)
    #expect(streamedCandidates(early) == whole)
    #expect(texts(early, whole)[1] == ["Lan", "NATO"])
    #expect(texts(early, whole)[2] == ["Trang VnExpress.net"])
    // Without the later sentences, neither.
    let alone = try readArticle("Tin nhanh\n\nLan nói NATO sẵn sàng. Trang VnExpress.net đưa tin.\n")
      .translatableSentences
    #expect(texts(alone, CandidateDetector().candidates(in: alone))[1...] == [["NATO"], ["VnExpress.net"]])
  }

  /// `GlossaryCoverage.check` goes through each article's blocks three times instead of holding it: its
  /// report is the one of the documents held whole, in every format.
  @Test func streamedReportEqualsTheReportOfWholeDocuments() throws {
    let paths = try fixturePaths()
    let glossary = [Paths.repository("glossaries")]
    let streamed = try GlossaryCoverage.check(articles: paths, glossaryPaths: glossary)
    let documents = try paths.map { path in
      try ArticleReader(lines: try LineReader(path: path)).readDocument(name: Document.name(forPath: path))
    }
    var whole = CoverageAnalyzer(glossary: try GlossaryLoader.load(paths: glossary)).report(for: documents)
    for index in whole.documents.indices { whole.documents[index].path = paths[index] }
    #expect(streamed.candidates.count > 500)
    #expect(streamed.missing.count > 100)
    for format in CoverageFormat.allCases {
      #expect(streamed.rendered(as: format) == whole.rendered(as: format), "\(format)")
    }
    #expect(streamed.candidates == whole.candidates)
    #expect(streamed.documents == whole.documents)
  }

  /// A report keeps occurrences in a temporary file past 1 MiB of them: read back, they are the ones
  /// added, in order, per candidate, with their offsets in UTF-16 units and in code points.
  @Test func occurrencesPastMemoryAreReadBack() throws {
    let sentence = "Ông Mark Rutte gặp ông Sergei Lavrov 😀 và ông Kim Jong-un tại NATO. "
    var text = ""
    for number in 0..<4000 { text += "Tin \(number)\n\n" + String(repeating: sentence, count: 3) + "\n\n" }
    let document = try readArticle(text)
    let report = CoverageAnalyzer(glossary: Glossary(entries: [GlossaryEntry(source: "NATO", target: "NATO")]))
      .report(for: [document])
    let rutte = try #require(report.candidates.first { $0.text == "Mark Rutte" })
    #expect(rutte.count == 12_000)
    let occurrences = rutte.occurrences
    #expect(occurrences.count == 12_000)
    let units = Array(document.text.utf16)
    let scalars = Array(document.text.unicodeScalars)
    #expect(occurrences.allSatisfy { String(decoding: units[$0.start..<$0.end], as: UTF16.self) == "Mark Rutte" })
    #expect(
      occurrences.allSatisfy { String(String.UnicodeScalarView(scalars[$0.startChar..<$0.endChar])) == "Mark Rutte" })
    #expect(zip(occurrences, occurrences.dropFirst()).allSatisfy { $0.start < $1.start })
    let nato = try #require(report.entries.first)
    #expect(nato.sentences.count == 12_000)
    #expect(report.candidateOccurrences > 40_000)
    #expect(report.documents[0].sentencesWithoutTerm.count == 4000)
  }
}

/// `RecordLog`: lists of records, in memory and then in a temporary file, read back in order.
@Suite struct RecordLogTests {
  @Test func listsAreReadBackInTheOrderTheyWereAppended() {
    // A small memory so that most records go to the file; lists interleaved, some longer than the
    // stretch a list is read by.
    let log = RecordLog(width: 2, pendingWords: 300)
    var lists = [RecordList](repeating: RecordList(log: log), count: 4)
    var expected: [[[Int]]] = [[], [], [], []]
    let lengths = [0, 1, RecordLog.stretchRecords * 2 + 17, RecordLog.stretchRecords]
    var added = [0, 0, 0, 0]
    var step = 0
    while added != lengths {
      for list in lists.indices where added[list] < lengths[list] && (step % (list + 1) == 0 || list == 2) {
        let record = [list, step]
        lists[list].append(record)
        expected[list].append(record)
        added[list] += 1
      }
      step += 1
    }
    #expect(log.recordsInFile > log.count / 2)
    for list in lists.indices {
      #expect(lists[list].count == lengths[list])
      #expect(lists[list].records == expected[list], "list \(list)")
    }
  }

  @Test func aLogThatNeverSpillsKeepsItsRecordsInMemory() {
    let log = RecordLog(width: 1)
    var list = RecordList(log: log)
    for value in 0..<1000 { list.append([value]) }
    #expect(log.recordsInFile == 0)
    #expect(list.records == (0..<1000).map { [$0] })
  }
}
