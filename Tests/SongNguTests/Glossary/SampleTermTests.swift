import SongNgu
import Testing

/// The sample article against the project's news glossary.
@Suite struct SampleTermTests {
  func sample() throws -> (Document, TermMatcher) {
    let document = try ArticleReader(lines: try LineReader(path: Paths.sampleVietnamese))
      .readDocument(name: "nato-trieu-tien")
    return (document, TermMatcher(glossary: try TestGlossary.news()))
  }

  @Test func everyNameTitleAndInstitutionIsMatched() throws {
    let (document, matcher) = try sample()
    let matched = Set(matcher.matches(in: document).map(\.text))
    let expected = [
      "NATO", "Ukraine", "Triều Tiên", "Mark Rutte", "Nga", "Tổng thống Ukraine", "Volodymyr Zelensky", "Moscow",
      "Rutte", "Zelensky", "Quốc hội Ukraine", "Kiev", "Bình Nhưỡng", "Hàn Quốc", "Bộ trưởng Quốc phòng Hàn Quốc",
      "Kim Yong-hyun", "Kremlin", "Putin", "Tổng thống Nga", "Vladimir Putin", "Duma Quốc gia", "Ngoại trưởng Nga",
      "Sergei Lavrov", "Tổng thư ký NATO", "phiên họp Quốc hội", "Tin tức quốc tế",
    ]
    for name in expected {
      #expect(matched.contains(name), "\(name) not matched")
    }
  }

  @Test func matchesPointIntoTheDocumentAndTheLongestWins() throws {
    let (document, matcher) = try sample()
    let matches = matcher.matches(in: document)
    let units = Array(document.text.utf16)
    for match in matches {
      #expect(String(decoding: units[match.documentRange], as: UTF16.self) == match.text)
    }
    // Inside `Bộ trưởng Quốc phòng Hàn Quốc` neither `Bộ trưởng` nor `Hàn Quốc` is matched on its own.
    let title = try #require(matches.first { $0.text == "Bộ trưởng Quốc phòng Hàn Quốc" })
    #expect(!matches.contains { $0 != title && title.documentRange.overlaps($0.documentRange) })
    #expect(!matches.contains { $0.text == "Bộ trưởng" })
    // Boilerplate is left out, the source line is not.
    #expect(!matches.contains { $0.text == "Đăng nhập" })
    #expect(matches.contains { $0.text == "Nguồn" })
  }

  @Test func draftOfTheSecretaryGeneralSentence() throws {
    let (document, matcher) = try sample()
    let sentence = try #require(document.sentences.first { $0.text.hasPrefix("Tổng thư ký NATO, Mark Rutte,") })
    let draft = DraftTranslator(matcher: matcher).draft(sentence)
    #expect(draft.text.hasPrefix("NATO Secretary General, Mark Rutte, "))
    #expect(
      draft.text
        == "NATO Secretary General, Mark Rutte, đã deny information về North Korean soldiers fighting on Russia's side"
        + " trong cuộc conflict ở Ukraine.")
    #expect(draft.restoredSource() == sentence.text)
    let marked = DraftTranslator(matcher: matcher, options: DraftOptions(style: .marked)).draft(sentence)
    #expect(marked.text.hasPrefix("[[NATO Secretary General]], [[Mark Rutte]], đã [[deny]] "))
  }

  @Test func everyDraftOfTheSampleRestoresItsSentence() throws {
    let (document, matcher) = try sample()
    let drafts = DraftTranslator(matcher: matcher).drafts(for: document)
    #expect(drafts.count == document.translatableSentences.count)
    for (draft, sentence) in zip(drafts, document.translatableSentences) {
      #expect(Array(draft.restoredSource().utf16) == Array(sentence.text.utf16))
      #expect(draft.sentence == sentence.index)
    }
    let kremlin = try #require(drafts.first { $0.source.hasPrefix("Kremlin đã bác bỏ") })
    #expect(kremlin.text.hasPrefix("The Kremlin đã reject "))
  }
}
