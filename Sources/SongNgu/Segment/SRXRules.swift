import Foundation

/// songngu's sentence rules as SRX 2.0 (Segmentation Rules eXchange), so that a CAT tool that reads
/// SRX (Okapi; OmegaT's own SRX classes, tested) can segment an article as `SentenceSegmenter` does.
///
/// The rules are generated from the segmenter's own data: the abbreviation lists (`AbbreviationList`),
/// the label words of `SentenceRules`, and the opening and closing characters of `SentenceSegmenter`.
/// They are ordered: at a position, the first rule whose `beforeBreak` matches the text before it and
/// whose `afterBreak` matches the text after it decides. The regular expressions use only what Java,
/// ICU and .NET all read (`\p{Lu}`, `\s`, bounded repeats in `beforeBreak`).
///
/// What regexes cannot say is left out: ICU's sentence-break state machine is approximated by its
/// main cases (a terminator, closing marks and a space before anything but a lower-case word), and the
/// look-ahead of ICU's rule SB8 (`5. 3 người` goes on) is written for a period only. The measured
/// agreement with `SentenceSegmenter` is in docs/srx.md.
public struct SRXRules: Sendable, Equatable {
  /// One SRX rule: a break (`breaks`) or an exception, with a comment saying why.
  public struct Rule: Sendable, Equatable {
    public var breaks: Bool
    public var beforeBreak: String
    public var afterBreak: String
    public var comment: String

    public init(breaks: Bool, beforeBreak: String, afterBreak: String, comment: String) {
      self.breaks = breaks
      self.beforeBreak = beforeBreak
      self.afterBreak = afterBreak
      self.comment = comment
    }
  }

  /// A named, ordered rule set (`<languagerule>`) and the language codes it serves (`<languagemap>`).
  public struct LanguageRule: Sendable, Equatable {
    public var name: String
    /// The `languagepattern` regex matched against a language code (`vi`, `vi-VN`, `VI_VN`).
    public var languagePattern: String
    public var rules: [Rule]
  }

  /// Vietnamese, English (for the target side), and a default for every other language.
  public var languageRules: [LanguageRule]

  /// The rules of a segmenter reading Vietnamese with `abbreviations` (the built-in list, plus any
  /// `--abbreviations` files) and English with the built-in English list.
  public init(abbreviations: AbbreviationList = .standard, english: AbbreviationList = .english) {
    languageRules = [
      LanguageRule(
        name: "Vietnamese (songngu)", languagePattern: "[Vv][Ii]([-_].*)?",
        rules: Self.rules(abbreviations: abbreviations)),
      LanguageRule(
        name: "English (songngu)", languagePattern: "[Ee][Nn]([-_].*)?", rules: Self.rules(abbreviations: english)),
      LanguageRule(name: "Default (songngu)", languagePattern: ".*", rules: Self.rules(abbreviations: nil)),
    ]
  }

  /// The rule set for the language code `language` (`vi`, `en-US`): the first whose pattern matches
  /// the whole code, as a CAT tool picks it.
  public func rules(for language: String) -> [Rule] {
    for languageRule in languageRules {
      guard let pattern = try? NSRegularExpression(pattern: "^(?:\(languageRule.languagePattern))$") else { continue }
      let range = NSRange(location: 0, length: language.utf16.count)
      if pattern.firstMatch(in: language, range: range) != nil { return languageRule.rules }
    }
    return []
  }

  // MARK: - The rules

  /// `.`, `!`, `?`: the terminators of Vietnamese text that ICU breaks after (U+2026 `…` is not one).
  static let terminators = "[.!?]"
  /// A space (ICU's `Sp`; the normalized text has no other white space inside a line).
  static let space = "\\s"

  /// The ordered rules of `SentenceSegmenter` with `abbreviations`; without a list, only the rules that
  /// hold for any language written with spaces and `.!?`.
  static func rules(abbreviations: AbbreviationList?) -> [Rule] {
    let close = "[\(characterClass(SentenceSegmenter.isClosing))]{0,3}"
    let open = "[\(characterClass(SentenceSegmenter.isOpening))]{0,3}"
    let anyTerminator = "(?:\(terminators)|\u{2026})\(close)"
    let ellipsis = "(?:\u{2026}|\\.\\.\\.)\(close)"
    // The first letter or digit of the next sentence, within the four characters SentenceRules looks at.
    let window = "\(space)+[^\\p{L}\\p{N}]{0,3}"
    let tokenStart = "(?:^|\(space))\(open)"
    let openingQuote = "[\(characterClass(SentenceSegmenter.isOpeningQuote))]"
    // With a list an abbreviation (tried first, so that `v.v.` is one match), or a single letter, before
    // a period: no sentence ends there before a quotation.
    var abbreviated = "\\p{L}"
    if let abbreviations {
      let listed = alternatives(abbreviations.beforeName.union(abbreviations.mayEnd))
      abbreviated = "(?:(?:\(listed))\\.){0,3}(?:\(listed))|" + abbreviated
    }
    var rules: [Rule] = [
      Rule(
        breaks: false, beforeBreak: "\\.", afterBreak: "\(space)+/\\.",
        comment: "The TTXVN end marker ./. belongs to the sentence before it."),
      Rule(
        breaks: false, beforeBreak: anyTerminator, afterBreak: "\(space)+[-\u{2013}\u{2014}]\(space)\\p{Ll}",
        comment: "A lower-case word right after a dash names who spoke the quotation before it: “Ai đấy?” - bà hỏi."),
      Rule(
        breaks: true, beforeBreak: anyTerminator, afterBreak: "\(space)+[-\u{2013}\u{2014}]\(space)",
        comment: "An interview turn after a terminator: …? - Tôi cho rằng …"),
      Rule(
        breaks: false, beforeBreak: anyTerminator, afterBreak: "\(space)*[,;:\\-\u{2013}\u{2014}.!?]",
        comment: "A comma, colon, dash or terminator after a terminator continues the sentence (ICU rule SB8a)."),
      Rule(
        breaks: true, beforeBreak: "[\\p{L}\\p{N}]\(terminators)\(close)", afterBreak: "\(space)+\\p{Ll}+\\p{Lu}",
        comment: "A lower-case brand with a capital inside starts a sentence: … ngân sách. iPhone 15 ra mắt …"),
      Rule(
        breaks: false, beforeBreak: "\(tokenStart)(?:\(abbreviated))\\.", afterBreak: "\(space)+\(openingQuote)\\p{Ll}",
        comment: "After a single letter or an abbreviation, a quotation is no new sentence: biệt danh m. “điên”."),
      Rule(
        breaks: true, beforeBreak: anyTerminator, afterBreak: "\(space)+\(openingQuote)\\p{Ll}",
        comment: "A quotation that opens with a lower-case word starts a sentence: … ra về. “thôi, mai tính” …"),
      Rule(
        breaks: false, beforeBreak: anyTerminator, afterBreak: "\(window)\\p{Ll}",
        comment: "A lower-case word continues the sentence: “Tại sao?” ông hỏi."),
      Rule(
        breaks: true, beforeBreak: ellipsis, afterBreak: "\(window)\\p{Lu}",
        comment: "An ellipsis before an upper-case word ends a sentence."),
      Rule(
        breaks: false, beforeBreak: ellipsis, afterBreak: space,
        comment: "Otherwise an ellipsis does not (… 48% phụ huynh …)."),
    ]
    if let abbreviations {
      let labels = SentenceRules.labelWords.sorted().map(bothCases).joined(separator: "|")
      let mayEnd = alternatives(abbreviations.mayEnd)
      let beforeName = alternatives(abbreviations.beforeName)
      // Abbreviations of two letters or more, the capitalised function words and the nouns they start
      // (`SentenceRules`).
      let titles = alternatives(abbreviations.beforeName.filter { $0.count > 2 })
      let persons = SentenceRules.personWords.map(capitalised).sorted(by: longestFirst).joined(separator: "|")
      let functionWords = FunctionWords.words.map(capitalised).sorted(by: longestFirst).map(escaped)
        .joined(separator: "|")
      let nouns = FunctionWords.nouns.map(capitalised).sorted(by: longestFirst).map {
        escaped($0).replacingOccurrences(of: " ", with: "\(space)+")
      }.joined(separator: "|")
      rules += [
        Rule(
          breaks: true, beforeBreak: "(?:^|[^\\p{L}])(?:\(labels))\(space)+\\p{Lu}\\.",
          afterBreak: "\(window)\\p{Lu}",
          comment: "A label letter after a category word ends a sentence before an upper-case word: bảng A. Đội …"),
        Rule(
          breaks: true, beforeBreak: "\(tokenStart)(?:\(mayEnd))\\.", afterBreak: "\(window)\\p{Lu}",
          comment: "v.v., tr., TP.HCM. end a sentence before an upper-case word."),
        Rule(
          breaks: false, beforeBreak: "\(tokenStart)(?:\(mayEnd))\\.", afterBreak: space,
          comment: "… and before anything else they do not."),
        Rule(
          breaks: true, beforeBreak: "\(tokenStart)[\(Self.markedCapitalVowels)]\\.", afterBreak: "\(window)\\p{Lu}",
          comment: "A capital vowel with a diacritic is a word, not an initial: … tại Đông Nam Á. Kim ngạch …"),
        Rule(
          breaks: true, beforeBreak: "\\p{N}\(space)+\\p{Lu}\\.", afterBreak: "\(window)\\p{Lu}",
          comment: "A letter after a number is a unit or a label, not an initial: … công suất 1 W. Trạm …"),
        Rule(
          breaks: true, beforeBreak: "\(tokenStart)\\p{Lu}\\.",
          afterBreak: "\(space)+\(open)(?:(?:\(titles))\\.){1,4}(?:\(space)|$)",
          comment: "An initial before a title's abbreviation ends a sentence: … cúm A. PGS.TS. Nguyễn …"),
        Rule(
          breaks: true, beforeBreak: "\(tokenStart)\\p{Lu}\\.", afterBreak: "\(window)(?:\(persons))[\(space),]",
          comment: "An initial before a word for a person ends a sentence: … cháu Trần Minh K. Cháu K. đã …"),
        Rule(
          breaks: false, beforeBreak: "\(tokenStart)\\p{Lu}\\.",
          afterBreak: "\(window)(?:\(nouns))(?:[^\\p{L}\\p{M}]|$)",
          comment: "A noun that starts with a function word goes on after an initial: … V. Không quân …"),
        Rule(
          breaks: true, beforeBreak: "\(tokenStart)\\p{Lu}\\.",
          afterBreak: "\(window)(?:\(functionWords))(?:,|\(space)+\\p{Ll})",
          comment: "An initial before a function word that opens a clause ends a sentence: … em H. Sau đó, …"),
        Rule(
          breaks: false, beforeBreak: "\(tokenStart)(?:\\p{Lu}\\.|(?:(?:\(beforeName))\\.){1,4})",
          afterBreak: space,
          comment: "Titles and place abbreviations before a name (TP., PGS.TS., Mr.) and initials (V. Putin)."),
      ]
    }
    rules += [
      Rule(
        breaks: false, beforeBreak: "\(tokenStart)[^\\s]\\.", afterBreak: "\(space)+\\p{Nd}[^\\p{L}.!?]*\\p{Ll}",
        comment: "A list number or one letter, a number, then a lower-case word: the sentence goes on (Mục 1. 5 người)."
      ),
      Rule(
        breaks: true, beforeBreak: "[\\p{L}\\p{N}]\(terminators)\(close)", afterBreak: "\(space)+\\p{Nd}",
        comment: "A sentence may start with a number: … tăng mạnh. 48% phụ huynh …"),
      Rule(
        breaks: false, beforeBreak: "\\.\(close)", afterBreak: "\(space)+[^\\p{L}.!?]*\\p{Ll}",
        comment: "After a period, a lower-case word ahead of any letter continues the sentence (ICU rule SB8)."),
      Rule(
        breaks: true, beforeBreak: "\(terminators)\(close)", afterBreak: space,
        comment: "A terminator, closing quotes or brackets and a space end a sentence."),
    ]
    return rules
  }

  /// The capital Vietnamese vowels with a diacritic: one of them before a period is a word (`Á`, `Ý`),
  /// never an initial (`SentenceRules`).
  static let markedCapitalVowels =
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"

  /// The abbreviations of `list` without their final period, as regex alternatives, longest first.
  static func alternatives(_ list: Set<[UInt16]>) -> String {
    let words = list.map { String(decoding: $0.dropLast(), as: UTF16.self) }
    let sorted = words.sorted { $0.utf16.count != $1.utf16.count ? $0.utf16.count > $1.utf16.count : $0 < $1 }
    return sorted.map(escaped).joined(separator: "|")
  }

  /// `word` with its first letter in upper case: `Sau`, `Đến`.
  static func capitalised(_ word: String) -> String {
    guard let first = word.first else { return word }
    return String(first).uppercased() + word.dropFirst()
  }

  /// Longer words first, so that an alternation tries `Trước` before `Tr…` prefixes; then by text.
  static func longestFirst(_ left: String, _ right: String) -> Bool {
    left.utf16.count != right.utf16.count ? left.utf16.count > right.utf16.count : left < right
  }

  /// `word` with its first letter in either case: `[Bb]ảng`.
  static func bothCases(_ word: String) -> String {
    guard let first = word.first else { return word }
    let lower = String(first).lowercased()
    let upper = String(first).uppercased()
    let head = lower == upper ? escaped(lower) : "[\(upper)\(lower)]"
    return head + escaped(String(word.dropFirst()))
  }

  /// `text` with every ASCII character that is not a letter or digit escaped.
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII && !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) && scalar != " " {
        result += "\\"
      }
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  /// The members of a BMP character predicate, as the inside of a regex character class.
  static func characterClass(_ contains: (UInt16) -> Bool) -> String {
    var result = ""
    for unit in UInt16(0)...UInt16(0xD7FF) where contains(unit) {
      result += escaped(String(decoding: [unit], as: UTF16.self))
    }
    return result
  }

  // MARK: - SRX 2.0

  /// The SRX 2.0 document: header, the language rules, and the map from language codes to them.
  public func document() -> String {
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- songngu \(SongNguVersion.current): songngu's sentence segmentation as SRX 2.0, written by songngu rules.
           Rules are tried in order; the first that matches at a position decides. See docs/srx.md. -->
      <srx xmlns="http://www.lisa.org/srx20" version="2.0">
        <header segmentsubflows="yes" cascade="no">
          <formathandle type="start" include="no"/>
          <formathandle type="end" include="yes"/>
          <formathandle type="isolated" include="no"/>
        </header>
        <body>
          <languagerules>

      """
    for languageRule in languageRules {
      xml += "      <languagerule languagerulename=\"\(ExportText.escapedAttribute(languageRule.name))\">\n"
      for rule in languageRule.rules {
        xml += "        <!-- \(rule.comment.replacingOccurrences(of: "--", with: "- -")) -->\n"
        xml += "        <rule break=\"\(rule.breaks ? "yes" : "no")\">\n"
        xml += "          <beforebreak>\(ExportText.escapedText(rule.beforeBreak))</beforebreak>\n"
        xml += "          <afterbreak>\(ExportText.escapedText(rule.afterBreak))</afterbreak>\n"
        xml += "        </rule>\n"
      }
      xml += "      </languagerule>\n"
    }
    xml += "    </languagerules>\n    <maprules>\n"
    for languageRule in languageRules {
      xml +=
        "      <languagemap languagepattern=\"\(ExportText.escapedAttribute(languageRule.languagePattern))\" "
        + "languagerulename=\"\(ExportText.escapedAttribute(languageRule.name))\"/>\n"
    }
    xml += "    </maprules>\n  </body>\n</srx>\n"
    return xml
  }
}

/// The formats `songngu rules` writes.
public enum SegmentationRulesFormat: String, Sendable, CaseIterable {
  /// SRX 2.0, read by Okapi, OmegaT, memoQ and Trados.
  case srx
}
