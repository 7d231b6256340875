import Foundation
import Testing

@testable import SongNgu

/// English stems, the lexicon's readers and what IBM Model 1 learns.
@Suite struct TranslationLexiconTests {
  @Test func inflectedFormsShareAStem() {
    for form in ["sign", "signs", "signed", "signing", "Signed"] { #expect(EnglishInflection.stem(form) == "sign") }
    #expect(EnglishInflection.stem("studies") == EnglishInflection.stem("study"))
    #expect(EnglishInflection.stem("stopped") == EnglishInflection.stem("stop"))
    #expect(EnglishInflection.stem("making") == EnglishInflection.stem("make"))
    #expect(EnglishInflection.stem("boxes") == EnglishInflection.stem("box"))
    #expect(EnglishInflection.stem("this") == "this")
    #expect(EnglishInflection.stem("need") != EnglishInflection.stem("ne"))
    #expect(EnglishInflection.containsInflected("The two sides signed the deal.", "sign"))
    #expect(EnglishInflection.containsInflected("Prime Ministers met", "prime minister"))
    #expect(!EnglishInflection.containsInflected("A signal was sent.", "sign"))
  }

  @Test func readsTSVAndRefusesALineWithoutATab() throws {
    let lexicon = try TranslationLexicon(tsv: "# comment\nbồi thường\tcompensation\n\nnguyên nhân\tcause\n", name: "x")
    #expect(lexicon.count == 2)
    let vi = lexicon.profile(vietnamese: Array("Nguyên nhân là bồi thường.".utf16)[...])
    let en = lexicon.profile(english: Array("The causes were compensation problems.".utf16)[...])
    #expect(vi.known == 2)
    #expect(TranslationLexicon.links(vi, en) == (vi: 2, en: 2))
    #expect(throws: SongNguError.self) { try TranslationLexicon(tsv: "bồi thường compensation\n", name: "x") }
  }

  @Test func theBuiltInListKnowsCommonWords() {
    let lexicon = TranslationLexicon.builtIn
    #expect(lexicon.count > 500)
    let vi = lexicon.profile(vietnamese: Array("Chính phủ đã ký hợp đồng với doanh nghiệp.".utf16)[...])
    let en = lexicon.profile(english: Array("The government signed a contract with businesses.".utf16)[...])
    let links = TranslationLexicon.links(vi, en)
    #expect(links.vi >= 3 && links.en >= 3)
  }

  @Test func modelOneLearnsFromPairs() {
    // "mèo" is cat in every pair; the other words vary.
    let pairs = [
      ("con mèo đen", "the black cat"), ("con mèo trắng", "a white cat"), ("mèo ngủ", "cat sleeps"),
      ("chó đen", "black dog"), ("chó trắng", "white dog"), ("mèo và chó", "cat and dog"),
    ].map { (vi: Array($0.0.utf16)[...], en: Array($0.1.utf16)[...]) }
    let empty = TranslationLexicon()
    let learnt = empty.learning(from: pairs, minimumCount: 3)
    let vi = learnt.profile(vietnamese: Array("mèo".utf16)[...])
    let cat = learnt.profile(english: Array("cats".utf16)[...])
    let dog = learnt.profile(english: Array("dog".utf16)[...])
    #expect(TranslationLexicon.links(vi, cat).en == 1)
    #expect(TranslationLexicon.links(vi, dog).en == 0)
  }
}
