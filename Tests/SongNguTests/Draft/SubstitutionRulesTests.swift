import Testing

@testable import SongNgu

/// Terms the draft leaves in Vietnamese where their words mean something else, and terms it must
/// still substitute (sentences written for these tests, with the project glossary).
@Suite struct SubstitutionRulesTests {
  static let translator = Result { DraftTranslator(glossary: try TestGlossary.news()) }

  func draft(_ sentence: String) throws -> String { try Self.translator.get().draft(sentence).text }

  @Test(arguments: [
    // A country syllable inside a Vietnamese person's name.
    "Bà Trần Thị Đức Hạnh phát biểu tại hội nghị.",
    "Ông Lê Văn Nga là giám đốc công ty.",
    "Cô giáo Phạm Thu Anh nhận giải thưởng.",
    "Ông Đức cho biết sẽ nghỉ hưu vào tháng sau.",
    // A place whose name starts with a country syllable.
    "Xe khách chạy từ Mỹ Tho lên Sài Gòn mỗi sáng.",
  ])
  func partOfAVietnameseNameStaysVietnamese(sentence: String) throws {
    let draft = try Self.translator.get().draft(sentence)
    #expect(
      !draft.matches.contains { ["Đức", "Nga", "Anh", "Mỹ"].contains($0.text) }, "\(sentence) → \(draft.text)")
  }

  @Test func anEntrysContextRuleKeepsTheTermWithTheWordsItNames() throws {
    let translator = DraftTranslator(
      glossary: Glossary(entries: [
        GlossaryEntry(
          source: "tuyên bố", target: "statement", notAfter: ["đã", "bộ trưởng vừa"], notBefore: ["rằng"])
      ]))
    // A word before (one word, then two), a word after, any case.
    #expect(translator.draft("Ông ấy đã tuyên bố sẽ từ chức.").text == "Ông ấy đã tuyên bố sẽ từ chức.")
    #expect(translator.draft("Bộ trưởng vừa tuyên bố kết quả.").text == "Bộ trưởng vừa tuyên bố kết quả.")
    #expect(translator.draft("Họ tuyên bố Rằng sẽ đàm phán.").text == "Họ tuyên bố Rằng sẽ đàm phán.")
    // Elsewhere the term is substituted; one word of a two-word rule is not enough.
    #expect(translator.draft("Bản tuyên bố được ký.").text == "Bản statement được ký.")
    #expect(translator.draft("Ông vừa tuyên bố kết quả.").text == "Ông vừa statement kết quả.")
  }

  @Test func aNounEntryAfterAVerbMarkerIsTheVerb() throws {
    let entries = [
      GlossaryEntry(source: "đàm phán", target: "negotiations", partOfSpeech: "Noun"),
      GlossaryEntry(source: "hợp tác", target: "cooperation"),
    ]
    let translator = DraftTranslator(glossary: Glossary(entries: entries))
    // Before: `Hai bên đang negotiations`.
    #expect(translator.draft("Hai bên đang đàm phán về thuế.").text == "Hai bên đang đàm phán về thuế.")
    #expect(translator.draft("Họ sẽ tiếp tục đàm phán.").text == "Họ sẽ tiếp tục đàm phán.")
    #expect(translator.draft("Vòng đàm phán mới bắt đầu.").text == "Vòng negotiations mới bắt đầu.")
    // Only an entry marked as a noun: the part of speech is the glossary's word.
    #expect(translator.draft("Hai bên đã hợp tác lâu dài.").text == "Hai bên đã cooperation lâu dài.")
    // After a name, its subject: a noun's modifiers follow it in Vietnamese. Before: `Zelensky
    // negotiations`, `NATO negotiations`.
    #expect(translator.draft("Ông Volodymyr Zelensky đàm phán với Nga.").text.contains("Zelensky đàm phán"))
    #expect(translator.draft("NATO đàm phán với Nga.").text == "NATO đàm phán với Nga.")
    // Not a capitalised Vietnamese word opening the sentence (`Vòng`), nor a noun before its modifier.
    #expect(translator.draft("Vòng đàm phán kết thúc.").text == "Vòng negotiations kết thúc.")
    #expect(translator.draft("Cuộc đàm phán Việt - Mỹ kết thúc.").text == "Cuộc negotiations Việt - Mỹ kết thúc.")
    // The news glossary marks the nouns that are also verbs.
    #expect(try draft("Người dân đã biểu tình trước tòa nhà.") == "Người dân đã biểu tình trước tòa nhà.")
    #expect(try draft("Cuộc biểu tình kéo dài.") == "Cuộc protests kéo dài.")
  }

  @Test func theNewsGlossarysContextRulesKeepNamesAndHonorifics() throws {
    #expect(try draft("Chị Nga và ông Đức đến muộn.") == "Chị Nga và ông Đức đến muộn.")
    #expect(try draft("Đức Giáo hoàng thăm Pháp.") == "Pope thăm France.")
    #expect(try draft("Áo dài được bán ở Áo.") == "Áo dài được bán ở Austria.")
    // The verb sense of a noun entry, by the words around it.
    #expect(try draft("Công ty đã tuyên bố phá sản.") == "Công ty đã tuyên bố phá sản.")
    #expect(try draft("Ông ấy bị cáo buộc nhận hối lộ.").contains("cáo buộc"))
    #expect(try draft("Bản tuyên bố nêu rõ lập trường.").contains("statement"))
  }

  @Test func aPronounStaysVietnamese() throws {
    #expect(try draft("Anh ấy sinh ra ở Nghệ An.").hasPrefix("Anh ấy"))
    #expect(try draft("Anh ta không trả lời.").hasPrefix("Anh ta"))
  }

  @Test func aCountryBeforeAPersonsFullNameIsSubstituted() throws {
    // The name starts at its surname; before, `Pháp` was taken for a part of `Pháp Nguyễn Văn Bình`.
    #expect(
      try draft("Đại diện Hội người Việt tại Pháp Nguyễn Văn Bình phát biểu.").contains("France Nguyễn Văn Bình"))
    // A capitalised name after a capitalised term makes no common word with it: before, `Trung Quốc
    // Vương Nghị` was kept as if `Quốc Vương` were `quốc vương` (king).
    #expect(
      try draft("Bộ trưởng Ngoại giao Trung Quốc Vương Nghị đến Hà Nội.").hasPrefix("Chinese Foreign Minister"))
    // A place that starts with a country's syllable stays whole.
    #expect(try draft("Ông về Mỹ Tho thăm nhà.") == "Ông về Mỹ Tho thăm nhà.")
    // A sentence's first word may still make a common word with a term after it.
    #expect(try draft("Ý kiến của người dân rất quan trọng.").hasPrefix("Ý kiến"))
  }

  @Test func anAbbreviationInBracketsAfterItsTermStaysAsWritten() throws {
    // Before: `European Union (European Union)`.
    #expect(try draft("Liên minh châu Âu (EU) và Nhật Bản họp.").hasPrefix("European Union (EU) và Japan"))
    // A bracketed term with a target of its own is still substituted.
    #expect(try draft("Hội nghị ở Hà Nội (Việt Nam) kết thúc.").contains("Hanoi (Vietnam)"))
  }

  @Test func countriesAreStillSubstituted() throws {
    #expect(try draft("Tay vợt Nga Maria Petrova thắng trận mở màn.").contains("Russia Maria Petrova"))
    #expect(try draft("Tại Mỹ, giá xăng tăng mạnh.").hasPrefix("Tại United States"))
    #expect(try draft("Anh rời khỏi hiệp ước.").hasPrefix("United Kingdom rời"))
    #expect(try draft("Đại sứ Pháp đến thăm Nhật Bản.").contains("France"))
    #expect(try draft("Đại sứ Pháp đến thăm Nhật Bản.").contains("Japan"))
    // An acronym before a name ends the name: `TP Hà Nội` is the city.
    #expect(try draft("UBND TP Hà Nội họp sáng nay.").contains("Hanoi"))
  }

  @Test(arguments: [
    ("Ý kiến của người dân rất quan trọng.", "Italy"),
    ("Mỹ thuật đương đại thu hút khách.", "United States"),
    ("Giá dầu thô tăng mạnh.", "oil prices"),
    ("Nguồn tin cho biết cuộc họp bị hoãn.", "Source"),
    ("Pháp luật phải nghiêm minh.", "France"),
  ])
  func aTermInsideALongerWordStaysVietnamese(sentence: String, english: String) throws {
    #expect(!(try draft(sentence).lowercased().contains(english.lowercased())), "\(sentence)")
  }

  @Test func aTermBesideOrdinaryWordsIsSubstituted() throws {
    #expect(try draft("Giá dầu tăng mạnh sau cuộc họp.").hasPrefix("Oil prices tăng"))
    #expect(try draft("Ông ấy sang Pháp và Ý hôm qua.").contains("France và Italy"))
  }

  @Test func theLexiconHoldsCommonWordsWhateverTheirTonePlacement() {
    #expect(VietnameseWords.count > 10_000)
    #expect(VietnameseWords.contains("ý kiến") && VietnameseWords.contains("Dầu thô"))
    #expect(VietnameseWords.contains("hòa bình") && VietnameseWords.contains("hoà bình"))
    #expect(!VietnameseWords.contains("nga và"))
  }

  @Test func contextRulesCanBeTurnedOff() throws {
    let translator = DraftTranslator(
      glossary: try TestGlossary.news(), options: DraftOptions(respectsContext: false))
    #expect(translator.draft("Ông Lê Văn Nga là giám đốc.").text.contains("Russia"))
  }
}

@Suite struct VietnameseSyllableTests {
  @Test(arguments: ["Nguyễn", "Minh", "Tho", "Quốc", "gì", "khuya", "nghiêng", "Hạnh", "Đức", "Anh", "giữa", "Thuỵ"])
  func vietnameseSyllables(syllable: String) {
    #expect(VietnameseSyllable.isVietnamese(syllable))
  }

  @Test(arguments: ["Olaf", "Scholz", "Vladimir", "Putin", "Biden", "Macron", "Lee", "Joe", "Fontaine", "Zelensky"])
  func foreignNames(name: String) {
    #expect(!VietnameseSyllable.isVietnamese(name))
  }
}
