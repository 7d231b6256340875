/// Which glossary terms a draft substitutes: a term found where Vietnamese uses the same letters for
/// something else is left in Vietnamese.
///
/// The matcher finds every glossary form on word boundaries; these rules look at the words around a
/// form, in the sentence's UTF-16 units:
/// - **Part of a name.** A sequence of capitalised words (joined by single spaces) is one name: a
///   term that is only part of it is not substituted (`Nguyễn Đức Minh`, `Mai Anh`, `Mỹ Tho`), unless
///   the rest of the name follows the term and is foreign (`Nga Vladimir Putin`: a country before a
///   foreign person's name). A sentence's first word is not part of a name when it is a common
///   sentence opener (`Tại Mỹ`, `Người Mỹ`), and acronyms (`TP`, `UBND`) end a name.
/// - **Pronoun.** A one-word term followed by a pronoun particle (`Anh ấy`, `Anh ta`) is a pronoun.
/// - **Part of a word.** A term whose first syllable ends, or whose last syllable starts, a longer
///   Vietnamese word with the words beside it (`Ý kiến`, `Giá dầu thô`, `Nguồn tin`) is not
///   substituted: the lexicon of common words (`VietnameseWords`) decides.
/// - **The entry's own context rule.** Words the glossary lists as `not_after` or `not_before` for an
///   entry, standing right before or right after the form (`ông Đức`: a person, not Germany).
/// - **A noun used as a verb.** An entry whose part of speech is `noun`, right after a word that marks
///   a verb (`đang`, `đã`, `sẽ`: `hai bên đang đàm phán`) or right after a name, its subject (`Zelensky
///   tuyên bố`), is the verb there, not the noun's target.
/// - **A repeat in brackets.** A term in brackets right after a term with the same target is its
///   abbreviation, kept as written (`Liên minh châu Âu (EU)`: `European Union (EU)`).
enum SubstitutionRules {
  /// Why a term was left in Vietnamese.
  enum Reason: String, Sendable {
    case partOfName = "part of a name"
    case pronoun = "pronoun"
    case partOfWord = "part of a longer word"
    case contextRule = "the glossary's context rule"
    case repeatsTerm = "repeats the term before it"
    case verbUse = "used as a verb"
  }

  /// One item of an entry's context rule: its words (one or more, separated by spaces) as a key.
  struct ContextWords: Sendable {
    var wordCount: Int
    var key: VietnameseWords.Key

    init(_ text: String) {
      let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
      wordCount = words.count
      key = VietnameseWords.key(words.joined(separator: " "))
    }
  }

  /// Whether one of the entry's context words stands right before `match` (`notAfter`) or right after it
  /// (`notBefore`).
  static func breaksContextRule(
    _ match: Range<Int>, in units: UnsafeBufferPointer<UInt16>, notAfter: some Collection<ContextWords>,
    notBefore: some Collection<ContextWords>
  ) -> Bool {
    if !notAfter.isEmpty {
      var before: [Range<Int>] = []
      let most = notAfter.map(\.wordCount).max() ?? 0
      while before.count < most, let word = word(before: before.last?.lowerBound ?? match.lowerBound, in: units) {
        before.append(word)
      }
      for rule in notAfter where rule.wordCount > 0 && rule.wordCount <= before.count {
        if VietnameseWords.key(before.prefix(rule.wordCount).reversed(), of: units) == rule.key { return true }
      }
    }
    if !notBefore.isEmpty {
      var after: [Range<Int>] = []
      let most = notBefore.map(\.wordCount).max() ?? 0
      while after.count < most, let word = word(after: after.last?.upperBound ?? match.upperBound, in: units) {
        after.append(word)
      }
      for rule in notBefore where rule.wordCount > 0 && rule.wordCount <= after.count {
        if VietnameseWords.key(after.prefix(rule.wordCount), of: units) == rule.key { return true }
      }
    }
    return false
  }

  /// Words that start sentences with a capital without being part of a name, lower-cased.
  static let sentenceOpeners: Set<String> = [
    "ba", "bên", "cho", "chính", "các", "còn", "cùng", "cả", "do", "dù", "giữa", "hai", "hôm", "khi", "mọi", "một",
    "ngay", "ngày", "người", "nhiều", "nhưng", "những", "năm", "nước", "nếu", "phía", "qua", "quân", "riêng", "sau",
    "song", "suốt", "theo", "tháng", "trong", "trước", "tuy", "tại", "tới", "từ", "và", "vì", "về", "với", "đến",
    "để", "đối", "đội", "ở",
  ]
  /// Words after a one-word term that make it a pronoun, lower-cased.
  static let pronounParticles: Set<String> = ["ấy", "ta", "em", "chị", "tôi", "mình", "anh"]

  private static let openerKeys = Set(sentenceOpeners.map(VietnameseWords.key))
  private static let particleKeys = Set(pronounParticles.map(VietnameseWords.key))

  /// Why the term `match` should stay in Vietnamese in `units` (a sentence), or nil to substitute it;
  /// `others` are the other terms found in the sentence (a word of another term is not part of
  /// this one's name: `Tổng thống Nga` + `Vladimir Putin`).
  static func reasonToKeep(
    _ match: Range<Int>, in units: UnsafeBufferPointer<UInt16>, others: some Collection<Range<Int>>
  ) -> Reason? {
    guard match.lowerBound < match.upperBound else { return nil }
    if cutsAWord(match, in: units) { return .partOfWord }
    if CharacterClass.isUpper(units[match.lowerBound]) && isPartOfAName(match, in: units, others: others) {
      return .partOfName
    }
    return pronounReason(match, in: units)
  }

  /// Words that mark the next word as a verb: aspect, tense and adverbs of the verb phrase.
  static let verbMarkers: [ContextWords] = [
    "đang", "đã", "sẽ", "vừa", "từng", "đều", "chưa", "vẫn", "sắp", "cũng", "không", "cùng", "tiếp tục", "bắt đầu",
  ].map(ContextWords.init)

  /// Whether the noun entry `match` is used as a verb.
  ///
  /// That is right after a verb marker (`đang đàm phán`), or right after a name, its subject
  /// (`… Volodymyr Zelensky tuyên bố …`, `NATO tuyên bố`): in Vietnamese a noun's modifiers follow it.
  /// A capitalised first word counts only when it is no Vietnamese syllable (`Bản tuyên bố` is the noun).
  static func isVerbUse(_ match: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> Bool {
    if breaksContextRule(match, in: units, notAfter: verbMarkers, notBefore: []) { return true }
    guard CharacterClass.isLower(units[match.lowerBound]), let before = word(before: match.lowerBound, in: units),
      CharacterClass.isUpper(units[before.lowerBound])
    else { return false }
    return !isFirstWord(before, in: units) || !VietnameseSyllable.isVietnamese(text(of: before, in: units))
  }

  /// Whether `match` stands in brackets right after `previous` (`Liên minh châu Âu (EU)`), one space
  /// between them.
  static func isBracketedAfter(
    _ previous: Range<Int>, _ match: Range<Int>, in units: UnsafeBufferPointer<UInt16>
  ) -> Bool {
    match.lowerBound == previous.upperBound + 2 && match.upperBound < units.count
      && isWordSpace(units[previous.upperBound]) && units[match.lowerBound - 1] == 0x28
      && units[match.upperBound] == 0x29
  }

  /// Whether the capitalised term `match` is only part of a name: the cheap checks on the words
  /// around it first, the spelling of syllables only when a name word is next to it.
  private static func isPartOfAName(
    _ match: Range<Int>, in units: UnsafeBufferPointer<UInt16>, others: some Collection<Range<Int>>
  ) -> Bool {
    func isOwnNameWord(_ word: Range<Int>) -> Bool {
      isNameWord(word, in: units) && !others.contains { $0.overlaps(word) }
    }
    var left: Range<Int>?
    if let word = word(before: match.lowerBound, in: units), isOwnNameWord(word),
      !(isFirstWord(word, in: units) && openerKeys.contains(VietnameseWords.key([word], of: units)))
    {
      left = word
    }
    var right: [Range<Int>] = []
    var position = match.upperBound
    while let word = word(after: position, in: units), isOwnNameWord(word) {
      right.append(word)
      position = word.upperBound
    }
    guard left != nil || !right.isEmpty else { return false }
    // A term with no Vietnamese syllable (`Vladimir Putin`) is a foreign name of its own.
    guard words(in: match, of: units).contains(where: { VietnameseSyllable.isVietnamese(text(of: $0, in: units)) })
    else { return false }
    if left != nil { return true }
    // A person's full name after the term starts at its surname: the term is the person's country or
    // body (`… tại Pháp Nguyễn Văn Bình`), not a part of the name (`Mỹ Tho`, `Ý Yên`).
    if right.count >= 2, surnameKeys.contains(VietnameseWords.key([right[0]], of: units)) { return false }
    return !right.allSatisfy { !VietnameseSyllable.isVietnamese(text(of: $0, in: units)) }
  }

  private static let surnameKeys = Set(CandidateLexicon.surnames.map(VietnameseWords.key))

  /// Whether the term's last syllables run on into the one or two words after it, or its first
  /// syllables into the one or two words before it, as one word of the lexicon (`dầu thô`,
  /// `an ninh mạng`, `ý kiến`); at most four syllables in all.
  private static func cutsAWord(_ match: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> Bool {
    let own = words(in: match, of: units)
    // A run after the term starts with one of its syllables, a run before it ends with one: most
    // terms have none that starts or ends a word of the lexicon.
    let keys = own.map { VietnameseWords.key([$0], of: units) }
    let starts = keys.map(VietnameseWords.startsAWord)
    let ends = keys.map(VietnameseWords.endsAWord)
    guard starts.contains(true) || ends.contains(true) else { return false }
    // A capitalised word beside a capitalised term continues a name, not a word (`Trung Quốc Vương Nghị`
    // is no `quốc vương`), unless it opens the sentence.
    let capitalised = CharacterClass.isUpper(units[match.lowerBound])
    func joins(_ word: Range<Int>) -> Bool {
      !(capitalised && isNameWord(word, in: units) && !isFirstWord(word, in: units))
    }
    var before: [Range<Int>] = []
    while before.count < 2, let word = word(before: before.last?.lowerBound ?? match.lowerBound, in: units),
      joins(word)
    {
      before.append(word)
    }
    var after: [Range<Int>] = []
    while after.count < 2, let word = word(after: after.last?.upperBound ?? match.upperBound, in: units), joins(word) {
      after.append(word)
    }
    let preceding = Array(before.reversed())
    for outside in 1...2 {
      for inside in 1...min(own.count, maxWordLength - outside) {
        if after.count >= outside, starts[own.count - inside],
          VietnameseWords.contains(VietnameseWords.key(own.suffix(inside) + after.prefix(outside), of: units))
        {
          return true
        }
        if preceding.count >= outside, ends[inside - 1],
          VietnameseWords.contains(VietnameseWords.key(preceding.suffix(outside) + own.prefix(inside), of: units))
        {
          return true
        }
      }
    }
    return false
  }

  /// The longest words of the lexicon, in syllables.
  private static let maxWordLength = 4

  private static func pronounReason(_ match: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> Reason? {
    guard !units[match].contains(where: { CharacterClass.isSpace($0) }),
      let next = word(after: match.upperBound, in: units)
    else { return nil }
    return particleKeys.contains(VietnameseWords.key([next], of: units)) ? .pronoun : nil
  }

  /// The words of `range` (separated by spaces).
  private static func words(in range: Range<Int>, of units: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = range.lowerBound
    for index in range where CharacterClass.isSpace(units[index]) {
      if start < index { result.append(start..<index) }
      start = index + 1
    }
    if start < range.upperBound { result.append(start..<range.upperBound) }
    return result
  }

  /// A capitalised word that is not an acronym (its second letter is lower case).
  private static func isNameWord(_ word: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> Bool {
    guard CharacterClass.isUpper(units[word.lowerBound]) else { return false }
    let rest = units[(word.lowerBound + 1)..<word.upperBound]
    return !rest.contains { CharacterClass.isUpper($0) } && !rest.contains { CharacterClass.isDigit($0) }
  }

  /// Whether nothing but punctuation and spaces comes before `word` in the sentence.
  private static func isFirstWord(_ word: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> Bool {
    !units[..<word.lowerBound].contains { CharacterClass.isWordCharacter($0) }
  }

  /// The word that ends one space before `position`.
  static func word(before position: Int, in units: UnsafeBufferPointer<UInt16>) -> Range<Int>? {
    guard position >= 2, isWordSpace(units[position - 1]), isWordUnit(units[position - 2]) else { return nil }
    var start = position - 2
    while start > 0 && (isWordUnit(units[start - 1]) || isJoiningHyphen(at: start - 1, in: units)) { start -= 1 }
    return start..<(position - 1)
  }

  /// The word that starts one space after `position`.
  static func word(after position: Int, in units: UnsafeBufferPointer<UInt16>) -> Range<Int>? {
    guard position + 1 < units.count, isWordSpace(units[position]), isWordUnit(units[position + 1]) else { return nil }
    var end = position + 2
    while end < units.count && (isWordUnit(units[end]) || isJoiningHyphen(at: end, in: units)) { end += 1 }
    return (position + 1)..<end
  }

  private static func isWordSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0xA0 }

  private static func isWordUnit(_ unit: UInt16) -> Bool {
    CharacterClass.isLetter(unit) || CharacterClass.isMark(unit)
  }

  /// A hyphen between two letters (`Jean-Marc`, `Hung-ga-ri`).
  private static func isJoiningHyphen(at index: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
    guard units[index] == 0x2D || units[index] == 0x2010 || units[index] == 0x2011 else { return false }
    return index > 0 && index + 1 < units.count && isWordUnit(units[index - 1]) && isWordUnit(units[index + 1])
  }

  private static func text(of range: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> String {
    UTF16Text.string(UnsafeBufferPointer(rebasing: units[range]))
  }

}
