import Foundation
import PropertyBased
import Testing

@testable import SongNgu

/// Properties of the matcher and the draft over generated sentences made of the real glossary's terms,
/// their syllables and real Vietnamese words, joined by spaces, hyphens, punctuation or nothing.
@Suite struct TermMatcherPropertyTests {
  static let glossary: Glossary = (try? TestGlossary.news()) ?? Glossary()
  static let matcher = TermMatcher(glossary: glossary)

  /// Whole glossary forms, their syllables, and words that look like terms but are not.
  static let pieces: [String] = {
    let forms = glossary.entries.flatMap(\.sourceForms)
    let syllables = Set(forms.flatMap { $0.split(separator: " ").map(String.init) })
    let words = [
      "Ngay", "ngà", "Nga-ri", "hoà", "bình", "Thuỵ", "Uỷ", "ban", "đã", "và", "các", "nước", "tuyên", "bố",
      "rằng", "ông", "bà", "LỆNH", "Lệnh", "lệnh", "nato", "6", "10", "2024", ",", ".", "“", "”", "(", ")", ":",
    ]
    return forms + forms + syllables.sorted() + words
  }()
  /// The last is the double space; `-`, U+2010 and U+2011 are the hyphens the matcher knows.
  static let separators = [" ", " ", " ", " ", "-", "\u{2010}", "\u{2011}", ", ", "", " – ", "  "]

  static let tokens = Gen.int(in: 0...(pieces.count - 1)).array(of: 1...12)
  static let joins = Gen.int(in: 0...(separators.count - 1)).array(of: 12)
  /// Without the double space (last), which the brute-force reference does not fold.
  static let singleSpacedJoins = Gen.int(in: 0...(separators.count - 2)).array(of: 12)

  /// A sentence from generated indices; the first letter capitalised when `capitalize`.
  static func sentence(_ tokens: [Int], _ joins: [Int], capitalize: Bool) -> String {
    var text = ""
    for (index, token) in tokens.enumerated() {
      if index > 0 { text += separators[joins[index % joins.count]] }
      text += pieces[token]
    }
    if capitalize, let first = text.first { text = first.uppercased() + text.dropFirst() }
    return text
  }

  // MARK: - Properties

  @Test func matchesNeverOverlapAndNeverCutAWord() async {
    await propertyCheck(count: 300, input: Self.tokens, Self.joins, Gen.bool) { tokens, joins, capitalize in
      let text = Self.sentence(tokens, joins, capitalize: capitalize)
      let units = Array(text.utf16)
      let matches = Self.matcher.matches(in: text)
      var previousEnd = 0
      for match in matches {
        #expect(match.range.lowerBound >= previousEnd, "overlap in \(text)")
        #expect(!match.range.isEmpty)
        previousEnd = match.range.upperBound
        #expect(String(decoding: units[match.range], as: UTF16.self) == match.text)
        #expect(Self.isWordStart(units, match.range.lowerBound), "cut before \(match.text) in \(text)")
        #expect(Self.isWordEnd(units, match.range.upperBound), "cut after \(match.text) in \(text)")
      }
    }
  }

  @Test func matchesAreTheLongestLeftmostOfABruteForceSearch() async {
    var total = 0
    await propertyCheck(count: 300, input: Self.tokens, Self.singleSpacedJoins, Gen.bool) {
      tokens, joins, capitalize in
      let text = Self.sentence(tokens, joins, capitalize: capitalize)
      let found = Self.matcher.matches(in: text).map { Found(range: $0.range, entry: $0.entry, form: $0.form) }
      let expected = try #require(Self.bruteForce(text), "the reference cannot fold \(text)")
      #expect(found == expected, "in \(text)")
      total += found.count
    }
    // The generator exercises matching: a few terms per sentence on average.
    #expect(total > 300)
  }

  @Test func draftWithSourcesPutBackIsTheSentence() async {
    let translators = DraftStyle.allCases.map {
      DraftTranslator(matcher: Self.matcher, options: DraftOptions(style: $0))
    }
    await propertyCheck(count: 300, input: Self.tokens, Self.joins, Gen.bool) { tokens, joins, capitalize in
      let text = Self.sentence(tokens, joins, capitalize: capitalize)
      for translator in translators {
        let draft = translator.draft(text)
        #expect(Array(draft.restoredSource().utf16) == Array(text.utf16), "\(draft.text)")
        let units = Array(draft.text.utf16)
        for span in draft.spans {
          #expect(String(decoding: units[span.targetRange], as: UTF16.self) == span.target)
          guard let match = span.match else { continue }
          let target = draft.matches[match].target
          #expect(span.capitalized ? span.target.lowercased() == target.lowercased() : span.target == target)
        }
      }
    }
  }

  @Test func decomposedSentencesMatchTheSameTerms() async {
    await propertyCheck(count: 200, input: Self.tokens, Self.joins, Gen.bool) { tokens, joins, capitalize in
      let text = Self.sentence(tokens, joins, capitalize: capitalize)
      let nfd = text.decomposedStringWithCanonicalMapping
      let composed = Self.matcher.matches(in: text)
      let decomposed = Self.matcher.matches(in: nfd)
      #expect(composed.map(\.entry) == decomposed.map(\.entry), "in \(text)")
      #expect(
        composed.map { Array($0.text.utf16) }
          == decomposed.map { Array($0.text.precomposedStringWithCanonicalMapping.utf16) })
    }
  }

  /// Old and new tone placement (`hòa`/`hoà`, `thủy`/`thuỷ`) find the same terms at the same places,
  /// whether the text folds to itself (new style, single spaces) or has to be folded.
  @Test func tonePlacementNeverChangesWhatMatches() async {
    // Terms in both styles, and sentences with those words in both styles around generated text.
    let extra = [
      GlossaryEntry(source: "hòa bình", target: "peace"), GlossaryEntry(source: "thoả thuận", target: "agreement"),
      GlossaryEntry(source: "Ủy ban", target: "Committee"), GlossaryEntry(source: "thuỷ điện", target: "hydropower"),
      GlossaryEntry(source: "khỏe mạnh", target: "healthy"),
    ]
    let matcher = TermMatcher(glossary: Glossary(entries: Self.glossary.entries + extra))
    let words = ["hoà bình", "thỏa thuận", "Uỷ ban", "thủy điện", "khoẻ mạnh", "Hòa Bình", "hoà", "thuý"]
    let old = Normalizer(options: NormalizationOptions(toneStyle: .old))
    let new = Normalizer(options: NormalizationOptions(toneStyle: .new))
    var found = 0
    await propertyCheck(count: 300, input: Self.tokens, Self.joins, Gen.int(in: 0...(words.count - 1))) {
      tokens, joins, word in
      let text = words[word] + " " + Self.sentence(tokens, joins, capitalize: false) + " " + words[(word + 3) % 8]
      let oldStyle = old.normalize(text).text
      let newStyle = new.normalize(text).text
      let asOld = matcher.matches(in: oldStyle).map { Found(range: $0.range, entry: $0.entry, form: $0.form) }
      let asNew = matcher.matches(in: newStyle).map { Found(range: $0.range, entry: $0.entry, form: $0.form) }
      #expect(asOld == asNew, "\(oldStyle) / \(newStyle)")
      found += asOld.filter { $0.entry >= Self.glossary.entries.count }.count
    }
    #expect(found > 150)
  }

  @Test func diacriticInsensitiveMatchingIgnoresToneAndShapeMarks() async {
    let matcher = TermMatcher(glossary: Self.glossary, options: TermMatchingOptions(diacritics: .insensitive))
    await propertyCheck(count: 200, input: Self.tokens, Self.joins, Gen.bool) { tokens, joins, capitalize in
      let text = Self.sentence(tokens, joins, capitalize: capitalize)
      let stripped = Self.withoutDiacritics(text)
      let withMarks = matcher.matches(in: text).map { Found(range: $0.range, entry: $0.entry, form: $0.form) }
      let withoutMarks = matcher.matches(in: stripped).map { Found(range: $0.range, entry: $0.entry, form: $0.form) }
      #expect(withMarks == withoutMarks, "\(text) / \(stripped)")
    }
  }

  @Test func caseInsensitiveMatchingIgnoresCase() async {
    let matcher = TermMatcher(glossary: Self.glossary, options: TermMatchingOptions(caseMatching: .insensitive))
    await propertyCheck(count: 200, input: Self.tokens, Self.joins, Gen.bool) { tokens, joins, capitalize in
      let text = Self.sentence(tokens, joins, capitalize: capitalize)
      let upper = text.uppercased()
      guard upper.utf16.count == text.utf16.count else { return }
      let asWritten = matcher.matches(in: text).map { Found(range: $0.range, entry: $0.entry, form: $0.form) }
      let inCapitals = matcher.matches(in: upper).map { Found(range: $0.range, entry: $0.entry, form: $0.form) }
      #expect(asWritten == inCapitals, "\(text)")
    }
  }

  /// `text` with every vowel's tone and shape marks removed and `đ` as `d` (NFC text: one unit for one).
  static func withoutDiacritics(_ text: String) -> String {
    let units = text.utf16.map { unit -> UInt16 in
      if unit == 0x0110 { return 0x44 }
      if unit == 0x0111 { return 0x64 }
      guard let vowel = VietnameseLetters.vowel(unit) else { return unit }
      return vowel.isUpper ? vowel.base.plainLetter - 0x20 : vowel.base.plainLetter
    }
    return String(decoding: units, as: UTF16.self)
  }

  // MARK: - The reference

  struct Found: Equatable, CustomStringConvertible {
    var range: Range<Int>
    var entry: Int
    var form: Int
    var description: String { "\(entry).\(form)@\(range)" }
  }

  static func isWordStart(_ units: [UInt16], _ position: Int) -> Bool {
    guard position > 0, CharacterClass.isWordCharacter(units[position]) else { return true }
    let previous = units[position - 1]
    if CharacterClass.isWordCharacter(previous) { return false }
    return !(isHyphen(previous) && position >= 2 && CharacterClass.isWordCharacter(units[position - 2]))
  }

  static func isWordEnd(_ units: [UInt16], _ position: Int) -> Bool {
    guard position < units.count, CharacterClass.isWordCharacter(units[position - 1]) else { return true }
    let next = units[position]
    if CharacterClass.isWordCharacter(next) { return false }
    return !(isHyphen(next) && position + 1 < units.count && CharacterClass.isWordCharacter(units[position + 1]))
  }

  /// `-`, U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN.
  static func isHyphen(_ unit: UInt16) -> Bool { unit == 0x2D || unit == 0x2010 || unit == 0x2011 }

  /// Every form, in the new tone style (a placement change keeps offsets), as `(entry, form, units)`.
  static let forms: [(entry: Int, form: Int, units: [UInt16])] = {
    let newStyle = Normalizer(options: NormalizationOptions(toneStyle: .new))
    return glossary.entries.enumerated().flatMap { entryIndex, entry in
      entry.sourceForms.enumerated().map { formIndex, form in
        (entryIndex, formIndex, Array(newStyle.normalize(form).text.utf16))
      }
    }
  }()

  /// Longest-leftmost search by comparing every form at every word start, case by the `.auto` rule.
  static func bruteForce(_ text: String) -> [Found]? {
    let units = Array(Normalizer(options: NormalizationOptions(toneStyle: .new)).normalize(text).text.utf16)
    guard units.count == text.utf16.count else { return nil }
    var result: [Found] = []
    var position = 0
    while position < units.count {
      guard units[position] != 0x20, isWordStart(units, position) else {
        position += 1
        continue
      }
      var best: Found?
      for form in forms where form.units.count > (best?.range.count ?? 0) {
        let end = position + form.units.count
        guard end <= units.count, isWordEnd(units, end) else { continue }
        let slice = units[position..<end]
        let equal =
          slice.elementsEqual(form.units)
          || (CharacterClass.isLower(form.units[0])
            && CharacterClass.lowercase(slice.first ?? 0) == form.units[0]
            && slice.dropFirst().elementsEqual(form.units.dropFirst()))
        if equal { best = Found(range: position..<end, entry: form.entry, form: form.form) }
      }
      if let best {
        result.append(best)
        position = best.range.upperBound
      } else {
        position += 1
      }
    }
    return result
  }
}
