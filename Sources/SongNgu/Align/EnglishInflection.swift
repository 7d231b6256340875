/// English inflection folded away: `sign`, `signs`, `signed` and `signing` share the stem `sign`.
///
/// A light suffix stripper (not a full Porter stemmer): plural and third-person `-s`/`-es`/`-ies`,
/// past `-ed`/`-ied` and `-ing` (with a doubled final consonant undone: `stopped` → `stop`), then a
/// final silent `e` (`make`/`making` → `mak`). Stems are keys for comparing, never shown. Irregular
/// forms (`said`, `went`) keep their own stem. Used by the aligner's lexical evidence and by term QA
/// (a glossary target counts as used in any of its inflected forms).
public enum EnglishInflection {
  /// The stem of `word` (any case; compared lower-cased).
  public static func stem(_ word: String) -> String {
    var units = Array(word.lowercased().utf16)
    stem(&units)
    return String(decoding: units, as: UTF16.self)
  }

  /// Whether `text` contains `phrase` as whole words, each word compared by its stem.
  public static func containsInflected(_ text: String, _ phrase: String) -> Bool {
    let needle = words(phrase).map(stem)
    guard !needle.isEmpty else { return false }
    let hay = words(text).map(stem)
    guard hay.count >= needle.count else { return false }
    for start in 0...(hay.count - needle.count) where Array(hay[start..<(start + needle.count)]) == needle {
      return true
    }
    return false
  }

  /// The words of `text` (letters and digits; an apostrophe inside a word keeps it whole), lower-cased.
  static func words(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// Strips the inflection of lower-case `units` in place.
  static func stem(_ units: inout [UInt16]) {
    func ends(_ suffix: StaticString) -> Bool {
      let count = suffix.utf8CodeUnitCount
      guard units.count > count else { return false }
      let offset = units.count - count
      return suffix.withUTF8Buffer { tail in
        for index in 0..<count where units[offset + index] != UInt16(tail[index]) { return false }
        return true
      }
    }
    func isVowel(_ unit: UInt16) -> Bool {
      unit == 0x61 || unit == 0x65 || unit == 0x69 || unit == 0x6F || unit == 0x75 || unit == 0x79
    }
    func undoDoubling() {
      if units.count >= 3, let last = units.last, units[units.count - 2] == last, !isVowel(last),
        last != 0x6C, last != 0x73, last != 0x7A  // keep -ll, -ss, -zz
      {
        units.removeLast()
      }
    }
    let count = units.count
    if count > 4 && ends("ies") {
      units.removeLast(3)
      units.append(0x79)  // y
    } else if count > 4 && (ends("sses") || ends("xes") || ends("ches") || ends("shes") || ends("zes")) {
      units.removeLast(2)
    } else if count > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is") {
      units.removeLast()
    } else if count > 4 && ends("ied") {
      units.removeLast(3)
      units.append(0x79)
    } else if count > 4 && ends("ed") && !ends("eed") {
      units.removeLast(2)
      undoDoubling()
    } else if count > 5 && ends("ing") {
      units.removeLast(3)
      undoDoubling()
    }
    if units.count > 3 && units.last == 0x65 && units[units.count - 2] != 0x65 { units.removeLast() }
  }
}
