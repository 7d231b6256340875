import Foundation
import Testing

@testable import SongNgu

/// The matcher against a naive reference on random small glossaries: every form compared at every
/// word start of the folded text, with no trie, no key-beginning filter and no fast paths.
///
/// Glossaries mix names and common terms, one to four syllables joined by spaces or hyphens, upper
/// and lower case, old and new tone placement, `i`/`y` spellings, digits and forms that start or
/// end with punctuation, under every case and diacritics policy, with and without `iyEquivalent`.
/// Sentences are made of the same syllables, whole forms and punctuation, recased, sometimes in NFD
/// or with odd white space. Whatever the matcher skips, the reference does not.
@Suite struct TermMatcherReferenceTests {
  static let syllables = [
    "Nga", "nga", "ngà", "Ngà", "Ngay", "Liên", "liên", "bang", "Hoa", "Kỳ", "Kì", "kỹ", "kĩ", "thuật", "lý", "lí",
    "Lý", "quý", "quí", "hòa", "hoà", "Hòa", "bình", "Ủy", "Uỷ", "ban", "thủy", "thuỷ", "điện", "Điện", "dien",
    "Ý", "y", "EU", "G7", "NATO", "Nato", "ri", "Hung", "ga", "U", "crai", "na", "Đức", "duc", "đức", "Mỹ", "My",
    "mỹ", "và", "của", "tay", "tai", "khỏe", "khoẻ", "LỆNH", "lệnh", "trừng", "phạt", "6", "10", "tháng", "Kim",
    "Yong", "hyun", "a", "A", "o", "ô", "Ukraine", "nghiêng", "Washington", "Kazakhstan", "Pyongyang",
  ]
  static let specialForms = ["(NATO)", "U.S.", "“Mỹ”", "-na", "Nga-", "tháng 10", "G7.", "Đ. Trump"]
  static let separators = [" ", " ", " ", " ", "-", ", ", "", "  ", "\t", " – ", "\u{2010}", ". ", "\u{00A0}"]

  /// A random form: 1–4 syllables joined by spaces or hyphens, or a special one.
  static func form(_ random: inout SplitMix64) -> String {
    if Int.random(in: 0..<8, using: &random) == 0 { return specialForms.randomElement(using: &random)! }
    let count = Int.random(in: 1...4, using: &random)
    var form = ""
    for index in 0..<count {
      if index > 0 { form += Int.random(in: 0..<4, using: &random) == 0 ? "-" : " " }
      form += syllables.randomElement(using: &random)!
    }
    return form
  }

  /// A random glossary of up to 24 entries under random policies.
  static func glossary(_ random: inout SplitMix64) -> Glossary {
    let count = Int.random(in: 1...24, using: &random)
    return Glossary(
      entries: (0..<count).map { index in
        GlossaryEntry(
          source: form(&random), target: "t\(index)",
          variants: (0..<Int.random(in: 0...2, using: &random)).map { _ in form(&random) },
          caseMatching: CaseMatching.allCases.randomElement(using: &random)!,
          diacritics: DiacriticMatching.allCases.randomElement(using: &random)!)
      })
  }

  static func options(_ random: inout SplitMix64) -> TermMatchingOptions {
    TermMatchingOptions(
      iyEquivalent: Bool.random(using: &random),
      diacritics: Int.random(in: 0..<4, using: &random) == 0
        ? DiacriticMatching.allCases.randomElement(using: &random)
        : nil,
      caseMatching: Int.random(in: 0..<4, using: &random) == 0
        ? CaseMatching.allCases.randomElement(using: &random)
        : nil)
  }

  /// A random sentence of syllables, the glossary's forms and punctuation, sometimes recased or in NFD.
  static func sentence(_ glossary: Glossary, _ random: inout SplitMix64) -> String {
    let forms = glossary.entries.flatMap(\.sourceForms)
    let punctuation = ["(", ")", "“", "”", ",", ".", "-", ":"]
    let spaces = ["  ", "\t", "\u{00A0}", " \u{200B}", "\n"]
    var text = ""
    for index in 0..<Int.random(in: 1...14, using: &random) {
      if index > 0 { text += separators.randomElement(using: &random)! }
      var piece: String
      switch Int.random(in: 0..<10, using: &random) {
      case 0..<4:
        piece = forms.randomElement(using: &random)!
        // Other white space inside a form.
        if Int.random(in: 0..<4, using: &random) == 0 {
          piece = piece.replacingOccurrences(of: " ", with: spaces.randomElement(using: &random)!)
        }
      case 4..<9: piece = syllables.randomElement(using: &random)!
      default: piece = punctuation.randomElement(using: &random)!
      }
      switch Int.random(in: 0..<8, using: &random) {
      case 0: piece = piece.uppercased()
      case 1: piece = piece.prefix(1).uppercased() + piece.dropFirst()
      case 2: piece = piece.lowercased()
      default: break
      }
      text += piece
    }
    switch Int.random(in: 0..<8, using: &random) {
    case 0: return text.decomposedStringWithCanonicalMapping
    case 1: return "\u{00AD}" + text
    default: return text
    }
  }

  @Test func matchesAreThoseOfANaiveSearch() {
    var random = SplitMix64(seed: 0x7465_726D_7265_66)
    var total = 0
    for _ in 0..<150 {
      let glossary = Self.glossary(&random)
      let options = Self.options(&random)
      let matcher = TermMatcher(glossary: glossary, options: options)
      let reference = NaiveMatcher(glossary: glossary, options: options)
      for _ in 0..<40 {
        let text = Self.sentence(glossary, &random)
        let units = Array(text.utf16)
        var folded = FoldedText()
        var found: [TermMatcher.Found] = []
        units.withUnsafeBufferPointer { matcher.find(in: $0, folded: &folded, into: &found) }
        let expected = reference.find(in: units)
        #expect(found == expected, "\(text) with \(glossary.entries.flatMap(\.sourceForms)), \(options)")
        total += found.count
      }
    }
    // The generator exercises matching: a match in most sentences.
    #expect(total > 3000)
  }

  /// Longest-leftmost matching by comparing every form at every word start.
  struct NaiveMatcher {
    struct Key {
      var units: [UInt16]
      var insensitive: Bool
      var policy: TermCandidate.CasePolicy
      var entry: Int32
      var form: Int32
    }

    let keys: [Key]
    let iy: Bool

    init(glossary: Glossary, options: TermMatchingOptions) {
      var keys: [Key] = []
      for (entryIndex, entry) in glossary.entries.enumerated() {
        for (formIndex, form) in entry.sourceForms.enumerated() {
          let normalized = Array(Normalizer().normalize(form).text.utf16)
          guard !normalized.isEmpty, !normalized.contains(0x0A) else { continue }
          let units = NaiveMatcher.fold(normalized, iy: options.iyEquivalent).units
          guard let first = units.first else { continue }
          let policy: TermCandidate.CasePolicy
          switch options.caseMatching ?? entry.caseMatching {
          case .insensitive: policy = .any
          case .sensitive: policy = .exact
          case .auto: policy = CharacterClass.isLower(first) ? .firstFree : .exact
          }
          keys.append(
            Key(
              units: units, insensitive: (options.diacritics ?? entry.diacritics) == .insensitive, policy: policy,
              entry: Int32(entryIndex), form: Int32(formIndex)))
        }
      }
      // Ties between keys of the same length go to diacritic-sensitive keys, then to glossary order.
      self.keys = keys.filter { !$0.insensitive } + keys.filter(\.insensitive)
      self.iy = options.iyEquivalent
    }

    /// `units` folded the long way (a leading soft hyphen, which folding drops, rules out the
    /// shortcut for text that folds to itself), with each folded unit's offset in `units`.
    static func fold(_ units: [UInt16], iy: Bool) -> (units: [UInt16], origins: [Int]) {
      var folded = FoldedText()
      ([0x00AD] + units).withUnsafeBufferPointer { folded.fold($0, iy: iy) }
      precondition(!folded.isIdentity)
      return (folded.units, folded.origins.map { Int($0) - 1 })
    }

    func find(in original: [UInt16]) -> [TermMatcher.Found] {
      let (text, origins) = Self.fold(original, iy: iy)
      var result: [TermMatcher.Found] = []
      var position = 0
      while position < text.count {
        guard text[position] != 0x20, Self.startsWord(text, position) else {
          position += 1
          continue
        }
        var best: Key?
        for key in keys where key.units.count > (best?.units.count ?? 0) && matches(key, text, at: position) {
          best = key
        }
        guard let best else {
          position += 1
          continue
        }
        let end = position + best.units.count
        result.append(
          TermMatcher.Found(
            range: origins[position]..<(end < origins.count ? origins[end] : original.count), entry: best.entry,
            form: best.form))
        position = end
      }
      return result
    }

    func matches(_ key: Key, _ text: [UInt16], at start: Int) -> Bool {
      let end = start + key.units.count
      guard end <= text.count, Self.endsWord(text, end) else { return false }
      let fold = key.insensitive ? TermFolding.plain : TermFolding.lower
      for index in 0..<key.units.count {
        let unit = text[start + index]
        let keyUnit = key.units[index]
        guard fold[Int(unit)] == fold[Int(keyUnit)] else { return false }
        let caseChecked = key.policy == .exact || (key.policy == .firstFree && index > 0)
        if caseChecked && CharacterClass.isUpper(unit) != CharacterClass.isUpper(keyUnit) { return false }
      }
      return true
    }

    static func startsWord(_ text: [UInt16], _ position: Int) -> Bool {
      guard position > 0, CharacterClass.isWordCharacter(text[position]) else { return true }
      let previous = text[position - 1]
      if CharacterClass.isWordCharacter(previous) { return false }
      return !(TermFolding.isHyphen(previous) && position >= 2 && CharacterClass.isWordCharacter(text[position - 2]))
    }

    static func endsWord(_ text: [UInt16], _ position: Int) -> Bool {
      guard position < text.count, CharacterClass.isWordCharacter(text[position - 1]) else { return true }
      let next = text[position]
      if CharacterClass.isWordCharacter(next) { return false }
      return
        !(TermFolding.isHyphen(next) && position + 1 < text.count && CharacterClass.isWordCharacter(text[position + 1]))
    }
  }
}
