import SongNgu
import Testing

@Suite struct DraftTranslatorTests {
  let glossary = Glossary(entries: [
    GlossaryEntry(source: "lệnh trừng phạt", target: "sanctions"),
    GlossaryEntry(source: "áp đặt lệnh trừng phạt", target: "impose sanctions"),
    GlossaryEntry(source: "Triều Tiên", target: "North Korea"),
    GlossaryEntry(source: "Kremlin", target: "the Kremlin", variants: ["Điện Kremlin"]),
    GlossaryEntry(source: "NATO", target: "NATO"),
    GlossaryEntry(source: "tin vịt", target: "fake news"),
  ])

  @Test func termsAreReplacedAndTheRestIsKept() throws {
    let draft = DraftTranslator(glossary: glossary).draft("Ông kêu gọi áp đặt lệnh trừng phạt đối với Triều Tiên.")
    #expect(draft.text == "Ông kêu gọi impose sanctions đối với North Korea.")
    #expect(draft.matches.map(\.text) == ["áp đặt lệnh trừng phạt", "Triều Tiên"])
    #expect(draft.spans.map(\.range) == [12..<28, 37..<48])
    #expect(draft.spans.map(\.targetRange) == draft.spans.map(\.range))
    #expect(draft.spans.map(\.capitalized) == [false, false])
    #expect(draft.restoredSource() == draft.source)
    #expect(draft.sentence == nil)
  }

  @Test func markedDraftsKeepTheTargetRangeInsideTheMarkers() throws {
    let translator = DraftTranslator(glossary: glossary, options: DraftOptions(style: .marked))
    let draft = translator.draft("Binh sĩ Triều Tiên tham chiến.")
    #expect(draft.text == "Binh sĩ [[North Korea]] tham chiến.")
    let span = try #require(draft.spans.first)
    #expect(span.range == 8..<23)
    #expect(span.targetRange == 10..<21)
    #expect(draft.restoredSource() == "Binh sĩ Triều Tiên tham chiến.")
  }

  @Test func targetsAreCapitalisedAtTheStartOfASentence() throws {
    let translator = DraftTranslator(glossary: glossary)
    let sanctions = translator.draft("Lệnh trừng phạt mới có hiệu lực.")
    #expect(sanctions.text == "Sanctions mới có hiệu lực.")
    #expect(sanctions.spans.map(\.capitalized) == [true])
    #expect(sanctions.spans.map(\.target) == ["Sanctions"])
    #expect(sanctions.matches.map(\.target) == ["sanctions"])
    #expect(sanctions.restoredSource() == "Lệnh trừng phạt mới có hiệu lực.")
    // After an opening quote the term still starts the sentence.
    let quoted = translator.draft("“Điện Kremlin bác bỏ tin vịt”")
    #expect(quoted.text == "“The Kremlin bác bỏ fake news”")
    #expect(quoted.restoredSource() == "“Điện Kremlin bác bỏ tin vịt”")
    // Inside the sentence, and with the option off, targets are written as they are.
    #expect(translator.draft("Ông nói Kremlin bác bỏ").text == "Ông nói the Kremlin bác bỏ")
    let plain = DraftTranslator(glossary: glossary, options: DraftOptions(capitalizeSentenceStart: false))
    #expect(plain.draft("Kremlin bác bỏ").text == "the Kremlin bác bỏ")
    // Upper-case targets are untouched.
    #expect(translator.draft("NATO phủ nhận").spans.map(\.capitalized) == [false])
  }

  @Test func sentencesKeepTheirIndex() throws {
    let document = try readArticle("Tin tức quốc tế\n\nNATO phủ nhận. Triều Tiên đã cử binh sĩ.")
    let drafts = DraftTranslator(glossary: glossary).drafts(for: document)
    #expect(drafts.map(\.text) == ["Tin tức quốc tế", "NATO phủ nhận.", "North Korea đã cử binh sĩ."])
    #expect(drafts.map(\.sentence) == document.translatableSentences.map(\.index))
  }

  @Test func draftWithoutTermsIsTheSentence() {
    let draft = DraftTranslator(glossary: glossary).draft("Tôi không thể xác nhận thông tin đó.")
    #expect(draft.text == draft.source)
    #expect(draft.spans.isEmpty)
  }

  @Test func overlappingMatchesGivenByHandAreLeftOut() {
    let translator = DraftTranslator(glossary: glossary)
    let source = "áp đặt lệnh trừng phạt"
    let whole = TermMatch(range: 0..<22, text: source, entry: 1, form: 0, term: source, target: "impose sanctions")
    let inner = TermMatch(
      range: 7..<22, text: "lệnh trừng phạt", entry: 0, form: 0, term: "lệnh trừng phạt", target: "sanctions")
    let draft = translator.draft(source: source, sentence: nil, matches: [whole, inner])
    #expect(draft.text == "Impose sanctions")
    #expect(draft.spans.map(\.match) == [0])
    #expect(draft.restoredSource() == source)
  }

  @Test func charactersOutsideTheBMPKeepSpansInUTF16Units() throws {
    let translator = DraftTranslator(glossary: glossary, options: DraftOptions(style: .marked))
    let draft = translator.draft("👍🏽 Triều Tiên và 🇻🇳 NATO, tin vịt 😀")
    #expect(draft.text == "👍🏽 [[North Korea]] và 🇻🇳 [[NATO]], [[fake news]] 😀")
    #expect(draft.matches.map(\.text) == ["Triều Tiên", "NATO", "tin vịt"])
    let units = Array(draft.text.utf16)
    #expect(draft.spans.map { String(decoding: units[$0.targetRange], as: UTF16.self) } == draft.spans.map(\.target))
    #expect(draft.restoredSource() == draft.source)
  }

  @Test func aSentenceWithALoneSurrogateIsDraftedAsItsStringReads() throws {
    // A `Sentence` can be made of any UTF-16 units; its text shows a lone surrogate as U+FFFD.
    let units = Array("Triều Tiên ".utf16) + [0xD800] + Array(" và NATO.".utf16)
    let sentence = Sentence(index: 0, block: 0, kind: .body, start: 0, end: units.count, utf16: units[...])
    let draft = DraftTranslator(glossary: glossary).draft(sentence)
    #expect(draft.source == "Triều Tiên \u{FFFD} và NATO.")
    #expect(draft.text == "North Korea \u{FFFD} và NATO.")
    #expect(draft.matches.map(\.text) == ["Triều Tiên", "NATO"])
    #expect(draft.spans.map(\.range) == [0..<11, 17..<21])
  }
}
