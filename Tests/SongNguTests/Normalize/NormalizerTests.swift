import SongNgu
import Testing

/// Normalization of real Vietnamese text: every change is made and counted.
@Suite struct NormalizerTests {
  let normalizer = Normalizer()

  @Test func composesDecomposedWordsAndCountsThem() {
    // "Việt Nam hòa bình" typed with combining marks (NFD), as macOS and some IMEs produce.
    let nfd = "Vie\u{0302}\u{0323}t Nam ho\u{0300}a bi\u{0300}nh"
    let (text, counts) = normalizer.normalize(nfd)
    #expect(text == "Việt Nam hòa bình")
    #expect(counts.nfdWords == 3)
    #expect(counts.summary == "3 NFD words")
  }

  @Test func alreadyNormalTextIsUnchanged() throws {
    let sample = try Paths.read(Paths.sampleVietnamese)
    let (text, counts) = normalizer.normalize(sample)
    #expect(text == sample)
    #expect(counts.total == 0)
  }

  @Test func removesInvisibleAndControlCharacters() {
    let input = "Hà\u{200B} Nội\u{00AD}\u{0007} là thủ\u{FEFF} đô\u{0001}."
    let (text, counts) = normalizer.normalize(input)
    #expect(text == "Hà Nội là thủ đô.")
    #expect(counts.zeroWidthCharacters == 2)
    #expect(counts.softHyphens == 1)
    #expect(counts.controlCharacters == 2)
  }

  @Test func keepsZeroWidthJoinerInsideEmoji() {
    let family = "Gia đình 👨\u{200D}👩\u{200D}👧 vui vẻ"
    #expect(normalizer.normalize(family).text == family)
  }

  @Test func fixesSpacesAndCountsNoBreakSpaces() {
    let input = "  Thủ tướng\u{00A0}Phạm Minh Chính   phát biểu\t tại   hội nghị.  "
    let (text, counts) = normalizer.normalize(input)
    #expect(text == "Thủ tướng Phạm Minh Chính phát biểu tại hội nghị.")
    #expect(counts.noBreakSpaces == 1)
    #expect(counts.spaces > 0)
  }

  @Test func replacesDLookalikesOnlyInVietnameseWords() {
    let (text, counts) = normalizer.normalize("Ðà Nẵng và Ɖiện Biên, nhưng Ðð trong tiếng Iceland")
    #expect(text == "Đà Nẵng và Điện Biên, nhưng Ðð trong tiếng Iceland")
    #expect(counts.dLookalikes == 2)
    // Not before a vowel: left alone.
    #expect(normalizer.normalize("Ðx").text == "Ðx")
  }

  @Test func turnsVerticalTabsAndLineSeparatorsIntoLineBreaks() {
    let (text, counts) = normalizer.normalize("Dòng một\u{000B}Dòng hai\u{2028}Dòng ba")
    #expect(text == "Dòng một\nDòng hai\nDòng ba")
    #expect(counts.lineSeparators == 2)
  }

  @Test func acceptsCRLFAndCRLineEnds() {
    #expect(normalizer.normalize("Một\r\nHai\rBa\n").text == "Một\nHai\nBa\n")
  }

  @Test func emptyInputIsNotAnError() throws {
    let document = try readArticle("")
    #expect(document.blocks.isEmpty)
    #expect(document.text.isEmpty)
  }
}

/// Tone-mark placement: detected, kept by default, rewritten on request.
@Suite struct ToneStyleTests {
  @Test func detectsOldAndNewStyle() {
    let old = Normalizer().normalize("hòa bình, thủy lợi, khỏe mạnh, Thúy").counts
    #expect(old.oldStyleSyllables == 4)
    #expect(old.newStyleSyllables == 0)
    #expect(old.detectedToneStyle == .old)
    let new = Normalizer().normalize("hoà bình, thuỷ lợi, khoẻ mạnh, Thuý").counts
    #expect(new.newStyleSyllables == 4)
    #expect(new.detectedToneStyle == .new)
  }

  @Test func keepsTheAuthorsSpellingByDefault() {
    let mixed = "Hòa và Hoà, thủy và thuỷ"
    #expect(Normalizer().normalize(mixed).text == mixed)
  }

  @Test func rewritesToNewStyle() {
    let normalizer = Normalizer(options: NormalizationOptions(toneStyle: .new))
    let (text, counts) = normalizer.normalize("Hòa bình, thủy điện, khỏe, Ủy ban, HÒA")
    #expect(text == "Hoà bình, thuỷ điện, khoẻ, Uỷ ban, HOÀ")
    #expect(counts.toneMarksMoved == 5)
  }

  @Test func rewritesToOldStyle() {
    let normalizer = Normalizer(options: NormalizationOptions(toneStyle: .old))
    #expect(normalizer.normalize("hoà thuận, thuỷ thủ, Uỷ viên").text == "hòa thuận, thủy thủ, Ủy viên")
  }

  @Test func leavesSyllablesThatAreTheSameInBothStylesAlone() {
    // qu/gi onsets, closed syllables and vowels with shape marks do not differ between styles.
    let same = "quý khách, quỳ, già, giúp, hoàn toàn, toán học, thuyết phục, khuyến mãi, hoặc, thuở, khuỷu"
    for style in ToneStyle.allCases {
      let result = Normalizer(options: NormalizationOptions(toneStyle: style)).normalize(same)
      #expect(result.text == same)
      #expect(result.counts.toneMarksMoved == 0)
    }
  }

  /// Only characters NFC may change or combine send a line to ICU; the others (quotes, dashes, CJK)
  /// are skipped by the quick look, and combining sequences without any mark must still compose.
  @Test func composesSequencesThatHaveNoCombiningMark() throws {
    // Hangul L + V jamo and Oriya vowel signs compose although neither character is a mark.
    let text = "Tên “\u{1100}\u{1161}” – \u{0B47}\u{0B3E} và 漢字 hòa."
    let document = try readArticle(text)
    #expect(document.text == "Tên “\u{AC00}” – \u{0B4B} và 漢字 hòa.")
    #expect(document.text == Normalizer().normalize(text).text)
  }
}
