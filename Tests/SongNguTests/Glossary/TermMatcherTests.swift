import Foundation
import SongNgu
import Testing

/// The matching rules, one real Vietnamese example each.
@Suite struct TermMatcherTests {
  func glossary(_ entries: [GlossaryEntry]) -> Glossary { Glossary(entries: entries) }

  /// The matched texts of `text` for a glossary of `entries`.
  func found(_ text: String, _ entries: [GlossaryEntry], options: TermMatchingOptions = TermMatchingOptions())
    -> [String]
  {
    TermMatcher(glossary: glossary(entries), options: options).matches(in: text).map(\.text)
  }

  let russia = GlossaryEntry(source: "Nga", target: "Russia")

  // MARK: Word boundaries

  @Test func nameMatchesOnlyAsAWholeWord() {
    #expect(found("Nga và Trung Quốc", [russia]) == ["Nga"])
    #expect(found("binh sĩ bên phía Nga.", [russia]) == ["Nga"])
    #expect(found("“Nga” và (Nga)", [russia]) == ["Nga", "Nga"])
    #expect(found("Ngay sau đó, ông nói.", [russia]) == [])
    #expect(found("Ngà voi bị cấm buôn bán.", [russia]) == [])
    #expect(found("NgaUkraine", [russia]) == [])
    #expect(found("Nga1", [russia]) == [])
  }

  @Test func hyphenatedNamesAreOneWord() {
    // `Nga` is not the prefix (nor the suffix) of a hyphenated name.
    #expect(found("Nga-ri", [russia]) == [])
    #expect(found("ông Vla-đi-mia Nga-ri-an", [russia]) == [])
    #expect(found("đối thoại Ukraine-Nga", [russia]) == [])
    // A hyphen that does not join letters is a boundary.
    #expect(found("Nga - Ukraine", [russia]) == ["Nga"])
    #expect(found("Nga-", [russia]) == ["Nga"])
    // A hyphenated key matches as written; hyphen and space are not equivalent.
    let kim = GlossaryEntry(source: "Kim Yong-hyun", target: "Kim Yong-hyun")
    #expect(found("ông Kim Yong-hyun tuyên bố", [kim]) == ["Kim Yong-hyun"])
    #expect(found("ông Kim Yong hyun tuyên bố", [kim]) == [])
    let korea = GlossaryEntry(source: "Triều Tiên", target: "North Korea")
    #expect(found("Triều-Tiên", [korea]) == [])
  }

  @Test func neverSplitsAGrapheme() {
    // A combining mark that does not compose with the last letter is part of the word.
    #expect(found("Nga\u{0308} và", [russia]) == [])
    // `Nga` + combining acute is `Ngá`: a different word.
    #expect(found("Nga\u{0301} và", [russia]) == [])
  }

  @Test func digitsBelongToTheWord() {
    let january = GlossaryEntry(source: "tháng 1", target: "January")
    let october = GlossaryEntry(source: "tháng 10", target: "October")
    #expect(found("vào tháng 10 năm ngoái", [january]) == [])
    #expect(found("vào tháng 10 năm ngoái", [january, october]) == ["tháng 10"])
    #expect(found("vào tháng 1, năm nay", [january, october]) == ["tháng 1"])
  }

  // MARK: Folding

  @Test func oldAndNewTonePlacementAreEquivalent() {
    let peace = GlossaryEntry(source: "hòa bình", target: "peace")
    #expect(found("đàm phán hoà bình", [peace]) == ["hoà bình"])
    #expect(found("đàm phán hòa bình", [peace]) == ["hòa bình"])
    let commission = GlossaryEntry(source: "Ủy ban châu Âu", target: "European Commission")
    #expect(found("Uỷ ban châu Âu cho biết", [commission]) == ["Uỷ ban châu Âu"])
    let sweden = GlossaryEntry(source: "Thuỵ Điển", target: "Sweden")
    #expect(found("Thụy Điển gia nhập NATO", [sweden]) == ["Thụy Điển"])
    // `qu` is an onset: `quý` has no open rime to move.
    let agreement = GlossaryEntry(source: "thỏa thuận", target: "agreement")
    #expect(found("thoả thuận mới", [agreement]) == ["thoả thuận"])
  }

  @Test func decomposedTextAndTermsMatch() throws {
    let korea = GlossaryEntry(source: "Triều Tiên", target: "North Korea")
    let nfd = "binh sĩ Triều Tiên tham chiến".decomposedStringWithCanonicalMapping
    #expect(nfd.utf16.count > "binh sĩ Triều Tiên tham chiến".utf16.count)
    let matches = TermMatcher(glossary: glossary([korea])).matches(in: nfd)
    #expect(matches.count == 1)
    let match = try #require(matches.first)
    // Swift's `==` is canonical equivalence: compare the code units.
    #expect(Array(match.text.utf16) == Array("Triều Tiên".decomposedStringWithCanonicalMapping.utf16))
    #expect(match.range == 9..<22)
    // A decomposed glossary term matches composed text.
    let nfdEntry = GlossaryEntry(source: "Bình Nhưỡng".decomposedStringWithCanonicalMapping, target: "Pyongyang")
    #expect(found("áp đặt lệnh trừng phạt đối với Bình Nhưỡng.", [nfdEntry]) == ["Bình Nhưỡng"])
    // Dot below before circumflex (canonical order) composes to `ậ`.
    let update = GlossaryEntry(source: "Cập nhật", target: "Update")
    let matches2 = TermMatcher(glossary: glossary([update])).matches(in: "Ca\u{0323}\u{0302}p nhật")
    #expect(matches2.map(\.range) == [0..<10])
  }

  @Test func dLookalikesAreD() {
    let daNang = GlossaryEntry(source: "Đà Nẵng", target: "Da Nang")
    #expect(found("du lịch \u{00D0}à Nẵng", [daNang]) == ["\u{00D0}à Nẵng"])
    #expect(found("du lịch \u{0189}à Nẵng", [daNang]) == ["\u{0189}à Nẵng"])
    let lookalikeEntry = GlossaryEntry(source: "\u{00D0}ài Loan", target: "Taiwan")
    #expect(found("eo biển Đài Loan", [lookalikeEntry]) == ["Đài Loan"])
  }

  @Test func whiteSpaceRunsAreOneSpace() {
    let korea = GlossaryEntry(source: "Triều Tiên", target: "North Korea")
    #expect(found("binh sĩ Triều  Tiên", [korea]) == ["Triều  Tiên"])
    #expect(found("binh sĩ Triều\u{00A0}Tiên", [korea]) == ["Triều\u{00A0}Tiên"])
    #expect(found("binh sĩ Triều\tTiên", [korea]) == ["Triều\tTiên"])
    let spaced = GlossaryEntry(source: "  Triều   Tiên ", target: "North Korea")
    #expect(found("binh sĩ Triều Tiên", [spaced]) == ["Triều Tiên"])
  }

  @Test func iAndYOnlyWithTheOption() {
    let technology = GlossaryEntry(source: "kỹ thuật", target: "technology")
    let reason = GlossaryEntry(source: "lý do", target: "reason")
    let iy = TermMatchingOptions(iyEquivalent: true)
    #expect(found("về mặt kĩ thuật", [technology]) == [])
    #expect(found("về mặt kĩ thuật", [technology], options: iy) == ["kĩ thuật"])
    #expect(found("về mặt kỹ thuật", [technology], options: iy) == ["kỹ thuật"])
    #expect(found("vì lí do an ninh", [reason], options: iy) == ["lí do"])
    let america = GlossaryEntry(source: "Mỹ", target: "United States")
    #expect(found("Mĩ và Nga", [america], options: iy) == ["Mĩ"])
    let valuable = GlossaryEntry(source: "quý", target: "valuable")
    #expect(found("rất quí", [valuable], options: iy) == ["quí"])
    // Only a lone `y` rime folds: `tay` (hand) is not `tai` (ear), `uy` is not `ui`.
    let hand = GlossaryEntry(source: "bàn tay", target: "hand")
    #expect(found("bàn tai", [hand], options: iy) == [])
    let authority = GlossaryEntry(source: "uy tín", target: "prestige")
    #expect(found("ui tín", [authority], options: iy) == [])
  }

  // MARK: Case

  @Test func capitalisedEntriesMatchThatCaseOnly() {
    let nato = GlossaryEntry(source: "NATO", target: "NATO")
    #expect(found("Tổng thư ký NATO", [nato]) == ["NATO"])
    #expect(found("Tổng thư ký nato", [nato]) == [])
    #expect(found("Tổng thư ký Nato", [nato]) == [])
    let parliament = GlossaryEntry(source: "Quốc hội", target: "parliament")
    #expect(found("trong một phiên họp quốc hội", [parliament]) == [])
    #expect(found("Zelensky đã nói với Quốc hội", [parliament]) == ["Quốc hội"])
  }

  @Test func lowerCaseEntriesAlsoMatchCapitalised() {
    let sanctions = GlossaryEntry(source: "lệnh trừng phạt", target: "sanctions")
    #expect(found("áp đặt lệnh trừng phạt mới", [sanctions]) == ["lệnh trừng phạt"])
    #expect(found("Lệnh trừng phạt mới có hiệu lực", [sanctions]) == ["Lệnh trừng phạt"])
    #expect(found("LỆNH TRỪNG PHẠT MỚI", [sanctions]) == [])
    #expect(found("Lệnh Trừng Phạt Mới", [sanctions]) == [])
    // A lower-case start with capitals later may be capitalised too.
    let session = GlossaryEntry(source: "phiên họp Quốc hội", target: "parliamentary session")
    #expect(found("Phiên họp Quốc hội kết thúc", [session]) == ["Phiên họp Quốc hội"])
    #expect(found("Phiên họp quốc hội kết thúc", [session]) == [])
  }

  @Test func caseIsCheckedAlongKeysLongerThan64Units() {
    let title = "Đại diện cấp cao của Liên minh châu Âu về chính sách đối ngoại và an ninh"
    #expect(title.utf16.count > 64)
    let chief = GlossaryEntry(source: title, target: "EU foreign policy chief")
    #expect(found("Phát biểu của \(title) hôm nay", [chief]) == [title])
    let late = title.replacingOccurrences(of: "an ninh", with: "an Ninh")
    #expect(found("Phát biểu của \(late) hôm nay", [chief]) == [])
    let lower = GlossaryEntry(source: "đại diện cấp cao" + title.dropFirst(16), target: "EU foreign policy chief")
    #expect(found(title, [lower]) == [title])
    #expect(found(late, [lower]) == [])
  }

  @Test func sensitiveAndInsensitiveCase() {
    let sensitive = GlossaryEntry(source: "lệnh trừng phạt", target: "sanctions", caseMatching: .sensitive)
    #expect(found("Lệnh trừng phạt mới", [sensitive]) == [])
    #expect(found("áp đặt lệnh trừng phạt", [sensitive]) == ["lệnh trừng phạt"])
    let insensitive = GlossaryEntry(source: "lệnh trừng phạt", target: "sanctions", caseMatching: .insensitive)
    #expect(found("LỆNH TRỪNG PHẠT MỚI", [insensitive]) == ["LỆNH TRỪNG PHẠT"])
    #expect(found("Lệnh Trừng Phạt Mới", [insensitive]) == ["Lệnh Trừng Phạt"])
    let nato = GlossaryEntry(source: "NATO", target: "NATO")
    #expect(found("khối nato", [nato], options: TermMatchingOptions(caseMatching: .insensitive)) == ["nato"])
  }

  // MARK: Longest-leftmost

  @Test func longestMatchWins() throws {
    let entries = [
      GlossaryEntry(source: "Bộ trưởng", target: "minister"),
      GlossaryEntry(source: "Hàn Quốc", target: "South Korea"),
      GlossaryEntry(source: "Bộ trưởng Quốc phòng", target: "Defense Minister"),
      GlossaryEntry(source: "Bộ trưởng Quốc phòng Hàn Quốc", target: "South Korean Defense Minister"),
      GlossaryEntry(source: "Kim Yong-hyun", target: "Kim Yong-hyun"),
    ]
    let text = "Tuần trước, Bộ trưởng Quốc phòng Hàn Quốc Kim Yong-hyun tuyên bố"
    let matches = TermMatcher(glossary: glossary(entries)).matches(in: text)
    #expect(matches.map(\.text) == ["Bộ trưởng Quốc phòng Hàn Quốc", "Kim Yong-hyun"])
    #expect(matches.map(\.entry) == [3, 4])
    #expect(matches.map(\.target) == ["South Korean Defense Minister", "Kim Yong-hyun"])
    let first = try #require(matches.first)
    #expect(first.range == 12..<41)
    #expect(found("Bộ trưởng Quốc phòng Nga", entries + [russia]) == ["Bộ trưởng Quốc phòng", "Nga"])
    #expect(found("Bộ trưởng Quốc phòng Hàn", entries) == ["Bộ trưởng Quốc phòng"])
  }

  @Test func leftmostWinsOverALongerLaterMatch() {
    let entries = [
      GlossaryEntry(source: "Quốc hội Hàn Quốc", target: "South Korean National Assembly"),
      GlossaryEntry(source: "phiên họp Quốc hội", target: "parliamentary session"),
      GlossaryEntry(source: "Hàn Quốc", target: "South Korea"),
    ]
    #expect(found("trong một phiên họp Quốc hội Hàn Quốc", entries) == ["phiên họp Quốc hội", "Hàn Quốc"])
    #expect(found("trong Quốc hội Hàn Quốc", entries) == ["Quốc hội Hàn Quốc"])
  }

  @Test func variantsMatchLikeTheSource() throws {
    let korea = GlossaryEntry(
      source: "Triều Tiên", target: "North Korea", variants: ["Bắc Triều Tiên", "CHDCND Triều Tiên"])
    let matches = TermMatcher(glossary: glossary([korea])).matches(in: "Bắc Triều Tiên và CHDCND Triều Tiên")
    #expect(matches.map(\.text) == ["Bắc Triều Tiên", "CHDCND Triều Tiên"])
    #expect(matches.map(\.form) == [1, 2])
    #expect(matches.map(\.term) == ["Bắc Triều Tiên", "CHDCND Triều Tiên"])
    #expect(matches.allSatisfy { $0.target == "North Korea" && $0.entry == 0 })
  }

  @Test func firstEntryWinsForTheSameKey() {
    let entries = [
      GlossaryEntry(source: "Anh", target: "United Kingdom"),
      GlossaryEntry(source: "Anh", target: "Britain"),
    ]
    let matches = TermMatcher(glossary: glossary(entries)).matches(in: "Thủ tướng Anh")
    #expect(matches.map(\.entry) == [0])
  }

  // MARK: Diacritics

  @Test func diacriticsAreDistinctiveByDefault() {
    #expect(found("ngà voi", [russia]) == [])
    #expect(found("Ngà", [russia]) == [])
    let ivory = GlossaryEntry(source: "ngà voi", target: "ivory")
    #expect(found("Nga voi", [ivory]) == [])
  }

  @Test func diacriticInsensitiveEntry() {
    let vietnam = GlossaryEntry(source: "Việt Nam", target: "Vietnam", diacritics: .insensitive)
    #expect(found("Thủ tướng Viet Nam", [vietnam]) == ["Viet Nam"])
    #expect(found("Thủ tướng Việt Nam", [vietnam]) == ["Việt Nam"])
    #expect(found("Thủ tướng Vịệt Nâm", [vietnam]) == ["Vịệt Nâm"])
    #expect(found("Thủ tướng viet nam", [vietnam]) == [])
    let daNang = GlossaryEntry(source: "Đà Nẵng", target: "Da Nang", diacritics: .insensitive)
    #expect(found("du lịch Da Nang", [daNang]) == ["Da Nang"])
    // Only the insensitive entry ignores diacritics.
    let entries = [daNang, russia]
    #expect(found("Da Nang và Ngà", entries) == ["Da Nang"])
  }

  @Test func matcherWideDiacriticInsensitivity() {
    let hanoi = GlossaryEntry(source: "Hà Nội", target: "Hanoi")
    let options = TermMatchingOptions(diacritics: .insensitive)
    #expect(found("tại Ha Noi hôm nay", [hanoi]) == [])
    #expect(found("tại Ha Noi hôm nay", [hanoi], options: options) == ["Ha Noi"])
    #expect(found("tại Hà Nội hôm nay", [hanoi], options: options) == ["Hà Nội"])
  }

  @Test func longestMatchAcrossBothTries() {
    let entries = [
      GlossaryEntry(source: "Bộ trưởng", target: "minister"),
      GlossaryEntry(source: "Bo truong Quoc phong", target: "Defense Minister", diacritics: .insensitive),
    ]
    let matcher = TermMatcher(glossary: glossary(entries))
    #expect(matcher.matches(in: "Bộ trưởng Quốc phòng Nga").map(\.entry) == [1])
    #expect(matcher.matches(in: "Bộ trưởng Ngoại giao").map(\.entry) == [0])
  }

  // MARK: Offsets

  @Test func offsetsAreUTF16AroundCharactersOutsideTheBMP() throws {
    let text = "🇷🇺 Nga và 𝐍𝐠𝐚 ở Triều Tiên 🇰🇵"
    let entries = [russia, GlossaryEntry(source: "Triều Tiên", target: "North Korea")]
    let matches = TermMatcher(glossary: glossary(entries)).matches(in: text)
    #expect(matches.map(\.text) == ["Nga", "Triều Tiên"])
    let units = Array(text.utf16)
    for match in matches {
      #expect(String(decoding: units[match.range], as: UTF16.self) == match.text)
    }
    #expect(matches.first?.range == 5..<8)
  }

  @Test func sentenceMatchesCarryDocumentOffsets() throws {
    let document = try readArticle("Tin tức quốc tế\n\nNATO phủ nhận. Triều Tiên đã cử binh sĩ tham chiến cho Nga.")
    let entries = [
      GlossaryEntry(source: "Triều Tiên", target: "North Korea"), russia,
      GlossaryEntry(source: "NATO", target: "NATO"),
    ]
    let matcher = TermMatcher(glossary: glossary(entries))
    let matches = matcher.matches(in: document)
    #expect(matches.map(\.text) == ["NATO", "Triều Tiên", "Nga"])
    let units = Array(document.text.utf16)
    for match in matches {
      #expect(String(decoding: units[match.documentRange], as: UTF16.self) == match.text)
      let sentence = try #require(document.sentences.first { $0.index == match.sentence })
      #expect(match.documentRange.lowerBound == sentence.start + match.range.lowerBound)
    }
  }
}
