import BenchmarkSupport
import SongNgu

/// Vietnamese-like multi-syllable terms for a large glossary: syllables taken from real text and
/// syllables built from Vietnamese onsets, rimes and tones, 2–5 to a term.
struct SyntheticGlossary {
  static let onsets = [
    "", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "r", "s",
    "t", "th", "tr", "v", "x",
  ]
  static let rimes = [
    "a", "ai", "am", "an", "ang", "anh", "ao", "au", "ay", "ăn", "ăng", "âm", "ân", "âu", "ây", "e", "em", "en",
    "eo", "ê", "ên", "ênh", "i", "im", "in", "inh", "iêu", "iên", "o", "oi", "om", "on", "ong", "ô", "ôi", "ôm",
    "ông", "ơ", "ơi", "ơn", "u", "ui", "um", "un", "ung", "uy", "ư", "ưa", "ưng", "ương", "ươi", "uôn",
  ]
  /// Combining grave, acute, hook, tilde, dot below (and none).
  static let tones = ["", "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]

  let syllables: [String]

  /// Syllables from `realText` (letters only, lower case) and as many built ones.
  init(realText: [String], generator: inout SeededGenerator) {
    var real = Set<String>()
    for text in realText {
      for word in text.split(whereSeparator: { !$0.isLetter }) where word.count <= 7 {
        real.insert(word.lowercased())
      }
    }
    let normalizer = Normalizer()
    var built = Set<String>()
    while built.count < 2 * real.count {
      let onset = Self.onsets.randomElement(using: &generator) ?? ""
      let rime = Self.rimes.randomElement(using: &generator) ?? "a"
      let tone = Self.tones.randomElement(using: &generator) ?? ""
      // The tone goes on the rime's first vowel (close enough for a benchmark), composed to NFC.
      var syllable = onset + String(rime.prefix(1)) + tone + String(rime.dropFirst())
      syllable = normalizer.normalize(syllable).text
      built.insert(syllable)
    }
    syllables = real.sorted() + built.sorted()
  }

  /// `count` distinct terms not among `existing`.
  func terms(count: Int, avoiding existing: Set<String>, generator: inout SeededGenerator) -> [String] {
    var seen = existing
    var terms: [String] = []
    while terms.count < count {
      let length = Int.random(in: 2...5, using: &generator)
      var words = (0..<length).map { _ in syllables.randomElement(using: &generator) ?? "a" }
      switch Int.random(in: 0..<10, using: &generator) {
      case 0..<5: words = words.map(capitalized)  // a name: Kim Yong Hyun
      case 5..<8: words[0] = capitalized(words[0])  // an institution: Bộ Tài chính
      default: break  // a common term: lệnh trừng phạt
      }
      let term = words.joined(separator: " ")
      if seen.insert(term).inserted { terms.append(term) }
    }
    return terms
  }

  private func capitalized(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }
}
