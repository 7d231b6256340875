import Foundation

@testable import SongNgu

/// A small SRX 2.0 applier, to measure how a CAT tool segments with `songngu rules --format srx`.
///
/// It reads the document as a CAT tool does (the `<languagemap>` whose pattern matches the language
/// code, then that `<languagerule>`), and cuts a paragraph as OmegaT and Okapi do: for each rule in
/// order, every match of `beforebreak` whose end is followed by a match of `afterbreak` decides that
/// position, unless an earlier rule decided it already. The regexes run on ICU (NSRegularExpression),
/// whose syntax is Java's for everything the rules use.
struct SRXApplier {
  struct Rule {
    let breaks: Bool
    let before: NSRegularExpression
    let after: NSRegularExpression
  }

  let rules: [Rule]

  init(document: String, language: String) throws {
    let root = try XMLNode.parse(Array(document.utf8), name: "srx", expected: "an SRX 2.0 document")
    let body = root.child("body")
    let languageRules = body?.child("languagerules")?.children("languagerule") ?? []
    let maps = body?.child("maprules")?.children("languagemap") ?? []
    let map = try maps.first { map in
      let pattern = try NSRegularExpression(pattern: "^(?:\(map.attributes["languagepattern"] ?? ""))$")
      return pattern.firstMatch(in: language, range: NSRange(location: 0, length: language.utf16.count)) != nil
    }
    let name = map?.attributes["languagerulename"]
    let chosen = languageRules.first { $0.attributes["languagerulename"] == name }
    rules = try (chosen?.children("rule") ?? []).map { rule in
      Rule(
        breaks: rule.attributes["break"] != "no",
        before: try NSRegularExpression(pattern: rule.child("beforebreak")?.text ?? ""),
        after: try NSRegularExpression(pattern: rule.child("afterbreak")?.text ?? ""))
    }
  }

  /// The break positions inside `text` (UTF-16 offsets), in order.
  func breaks(in text: String) -> [Int] {
    let length = text.utf16.count
    var decided: [Int: Bool] = [:]
    for rule in rules {
      for match in rule.before.matches(in: text, range: NSRange(location: 0, length: length)) {
        let end = match.range.location + match.range.length
        guard end > 0, end < length, decided[end] == nil else { continue }
        let rest = NSRange(location: end, length: length - end)
        if rule.after.firstMatch(in: text, options: [.anchored], range: rest) != nil { decided[end] = rule.breaks }
      }
    }
    return decided.filter(\.value).keys.sorted()
  }

  /// The end offsets of the segments of `text` but the last, trimmed of white space (as
  /// `SentenceSegmenter` trims its sentences); a break with only white space after it is no boundary.
  func sentenceEnds(in text: String) -> Set<Int> {
    let units = Array(text.utf16)
    var ends: Set<Int> = []
    for position in breaks(in: text) {
      guard units[position...].contains(where: { !CharacterClass.isSpace($0) }) else { continue }
      var end = position
      while end > 0 && CharacterClass.isSpace(units[end - 1]) { end -= 1 }
      if end > 0 { ends.insert(end) }
    }
    return ends
  }
}
