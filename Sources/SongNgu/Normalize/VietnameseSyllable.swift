import Foundation

/// Whether a written syllable has the shape of a Vietnamese syllable.
///
/// That is an initial consonant (or none), a vowel nucleus with its glides, and a final consonant
/// (or none), as Vietnamese spelling allows them. Tone marks are not checked.
///
/// Used to tell a Vietnamese name (`Nguyễn Đức Minh`, `Mỹ Tho`) from a foreign one (`Olaf Scholz`,
/// `Vladimir Putin`) next to a glossary term. Many short foreign names also have a Vietnamese shape
/// (`Kim`, `Tom`); the check answers what the spelling allows, not where a name comes from.
enum VietnameseSyllable {
  /// Initial consonants, longest first (`ngh` before `ng` before `n`).
  static let initials = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n",
    "p", "r", "s", "t", "v", "x",
  ]
  /// Final consonants.
  static let finals = ["ch", "ng", "nh", "c", "m", "n", "p", "t"]
  /// Vowel nuclei with their on- and off-glides, tone marks removed.
  static let nuclei: Set<String> = [
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua",
    "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
    "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "uơi",
  ]
  /// Nuclei that a final consonant may follow (those ending in a glide take none).
  static let closable: Set<String> = [
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "iê", "oa", "oă", "oe", "oo", "uâ", "uê", "uô", "uơ",
    "uy",
    "ươ", "yê", "uyê",
  ]

  /// Whether `text` (one syllable, any case, tone marks allowed) is spelt like a Vietnamese syllable.
  static func isVietnamese(_ text: String) -> Bool {
    let letters = toneless(text.lowercased())
    guard !letters.isEmpty, letters.allSatisfy({ $0.isLetter }) else { return false }
    var starts = [""]
    starts += initials.filter { letters.hasPrefix($0) }
    for initial in starts {
      let rhyme = letters.dropFirst(initial.count)
      // `gi` and `qu` take their vowel with them when nothing else follows (`gì`, `quý` read as g+i, qu+y).
      for final in [""] + finals where rhyme.hasSuffix(final) {
        let nucleus = String(rhyme.dropLast(final.count))
        if nuclei.contains(nucleus) && (final.isEmpty || closable.contains(nucleus)) { return true }
        if nucleus.isEmpty && final.isEmpty && (initial == "gi") { return true }
      }
    }
    return false
  }

  /// The initial, nucleus and final of `letters` (one syllable, lower case, without tone marks), or
  /// nil when it is not spelt like a Vietnamese syllable.
  ///
  /// The longest initial that leaves a valid rest wins, so `gi` and `qu` keep their vowel when
  /// another follows (`gia` is gi + a, `qua` is qu + a) and `gì` is gi with no nucleus.
  static func parts(_ letters: String) -> (initial: String, nucleus: String, final: String)? {
    guard !letters.isEmpty, letters.allSatisfy({ $0.isLetter }) else { return nil }
    for initial in initials.filter({ letters.hasPrefix($0) }) + [""] {
      let rhyme = letters.dropFirst(initial.count)
      for final in [""] + finals where rhyme.hasSuffix(final) {
        let nucleus = String(rhyme.dropLast(final.count))
        if nuclei.contains(nucleus) && (final.isEmpty || closable.contains(nucleus)) {
          return (initial, nucleus, final)
        }
        if nucleus.isEmpty && final.isEmpty && initial == "gi" { return (initial, nucleus, final) }
      }
    }
    return nil
  }

  /// Where Vietnamese spelling puts the tone mark in `nucleus` (0-based positions in it; both for
  /// `oa`, `oe`, `uy` without a final, whose placement is a matter of style).
  ///
  /// On the vowel with a shape mark (the last one: `ươ` on ơ); else on the last vowel when a final
  /// follows (`hoàn`); else on the only vowel, the first of two (`mía`, `hài`) or the middle of
  /// three (`ngoài`, `khuỷu`).
  static func tonePositions(nucleus: String, hasFinal: Bool) -> [Int] {
    let vowels = Array(nucleus)
    if let shaped = vowels.lastIndex(where: { "ăâêôơư".contains($0) }) { return [shaped] }
    switch vowels.count {
    case 0: return []
    case 1: return [0]
    default:
      if hasFinal { return [vowels.count - 1] }
      if vowels.count == 2 { return ["oa", "oe", "uy"].contains(nucleus) ? [0, 1] : [0] }
      return [1]
    }
  }

  /// `text` without its tone marks (grave, acute, tilde, hook above, dot below); the vowel marks of
  /// ă, â, ê, ô, ơ, ư and the đ stay.
  static func toneless(_ text: String) -> String {
    // Precomposed vowels through the letter tables (decomposed text is composed first).
    let composed =
      text.utf16.contains { $0 >= 0x300 && $0 <= 0x36F } ? text.precomposedStringWithCanonicalMapping : text
    let units = composed.utf16.map { unit -> UInt16 in
      guard let vowel = VietnameseLetters.vowel(unit), vowel.tone != .level else { return unit }
      return VietnameseLetters.compose(vowel.base, .level, upper: vowel.isUpper)
    }
    return String(decoding: units, as: UTF16.self)
  }

}
