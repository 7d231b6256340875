import Foundation

/// Word translations, Vietnamese to English, as evidence that two sentences translate each other.
///
/// Vietnamese words are runs of one to four syllables, looked up longest first; English words are
/// compared by stem (`EnglishInflection`), so `sign`, `signed` and `signing` are one word. Very
/// frequent English words (articles, auxiliaries, prepositions: `stopwords`) are not evidence and
/// are skipped. A lexicon comes from three places:
/// - the built-in list `Align/Data/vi-en-lexicon.tsv` (common words, written for songngu, CC0);
/// - a user's TSV file (`vi<TAB>en` a line, `#` comments: `load(path:)`) or a glossary's entries;
/// - the corpus itself: `learning(from:)` runs IBM Model 1 over confidently aligned pairs and adds
///   every Vietnamese syllable's most probable English words.
public struct TranslationLexicon: Sendable {
  typealias Key = VietnameseWords.Key

  /// The English word ids each Vietnamese word (key of its syllables) translates to, sorted.
  private(set) var targets: [Key: [Int32]] = [:]
  /// English stems (keys) numbered.
  private(set) var englishIDs: [Key: Int32] = [:]
  /// The longest Vietnamese entry, in syllables.
  private(set) var maxSyllables = 1
  /// First syllables of the entries longer than one syllable.
  private var longStarts = Set<Key>()

  /// The number of Vietnamese words with at least one translation.
  public var count: Int { targets.count }

  public init() {}

  /// The built-in list of common words.
  public static let builtIn: TranslationLexicon = {
    let text = String(decoding: PackageResources.vi_en_lexicon_tsv, as: UTF8.self)
    return (try? TranslationLexicon(tsv: text, name: "vi-en-lexicon.tsv")) ?? TranslationLexicon()
  }()

  /// Reads `vi<TAB>en` lines (blank lines and `#` comments skipped; more columns are ignored).
  ///
  /// - Throws: `SongNguError.malformedData` for a line without a tab or with an empty side.
  public init(tsv: String, name: String) throws(SongNguError) {
    for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else {
        throw .malformedData(
          path: name, line: number + 1, column: 1, expected: "expected a Vietnamese word, a tab and its English")
      }
      add(vi: cells[0], en: cells[1])
    }
  }

  /// Reads a lexicon file (see `init(tsv:name:)`).
  public static func load(path: String) throws(SongNguError) -> TranslationLexicon {
    let reader = try LineReader(path: path, detectsVIQR: false)
    var units: [UInt16] = []
    var lines: [String] = []
    while try reader.nextLine(into: &units) { lines.append(String(decoding: units, as: UTF16.self)) }
    return try TranslationLexicon(tsv: lines.joined(separator: "\n"), name: path)
  }

  /// The built-in list with the glossary's entries and the word lists at `paths` added: what
  /// `align --lexicon` and `corpus --lexicon` use.
  public static func load(paths: [String], glossary: Glossary? = nil) throws(SongNguError) -> TranslationLexicon {
    var result = builtIn
    if let glossary { result = result.adding(glossary) }
    for path in paths { result = result.merging(try load(path: path)) }
    return result
  }

  /// The glossary's entries (every Vietnamese form with every accepted English form) added.
  public func adding(_ glossary: Glossary) -> TranslationLexicon {
    var result = self
    for entry in glossary.entries {
      for source in [entry.source] + entry.variants {
        for target in entry.targetForms { result.add(vi: source, en: target) }
      }
    }
    return result
  }

  /// This lexicon with `other`'s translations added.
  public func merging(_ other: TranslationLexicon) -> TranslationLexicon {
    var result = self
    var idMap: [Int32: Int32] = [:]
    for (key, id) in other.englishIDs { idMap[id] = result.englishID(key) }
    for (key, ids) in other.targets {
      result.addTargets(key, ids.compactMap { idMap[$0] })
    }
    result.maxSyllables = max(result.maxSyllables, other.maxSyllables)
    result.longStarts.formUnion(other.longStarts)
    return result
  }

  /// Adds one translation: `vi` (one or more syllables) to the content words of `en`.
  public mutating func add(vi: String, en: String) {
    let syllables = vi.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard !syllables.isEmpty else { return }
    let key = VietnameseWords.key(syllables.joined(separator: " "))
    var ids: [Int32] = []
    for word in EnglishInflection.words(en) {
      var units = Array(word.utf16)
      EnglishInflection.stem(&units)
      let wordKey = Self.englishKey(units[...])
      if Self.stopwords.contains(wordKey) { continue }
      ids.append(englishID(wordKey))
    }
    guard !ids.isEmpty else { return }
    addTargets(key, ids)
    if syllables.count > 1 {
      maxSyllables = max(maxSyllables, syllables.count)
      longStarts.insert(VietnameseWords.key(String(syllables[0])))
    }
  }

  private mutating func englishID(_ key: Key) -> Int32 {
    if let id = englishIDs[key] { return id }
    let id = Int32(englishIDs.count)
    englishIDs[key] = id
    return id
  }

  private mutating func addTargets(_ key: Key, _ ids: [Int32]) {
    var set = Set(targets[key] ?? [])
    set.formUnion(ids)
    targets[key] = set.sorted()
  }

  // MARK: - Tokens

  static func englishKey(_ units: ArraySlice<UInt16>) -> Key {
    var key = VietnameseWords.emptyKey
    for unit in units { key = VietnameseWords.adding(unit, to: key) }
    return key
  }

  /// English words that are no evidence of anything.
  static let stopwords: Set<Key> = {
    let words = """
      the a an of to in on at for and or but is are was were be been being it its this that these those with \
      as by from has have had will would can could not no so if than then there their they he she his her \
      we our you your i my me him them us who which what when where also do does did just about into
      """
    return Set(
      words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { word in
        var units = Array(word.utf16)
        EnglishInflection.stem(&units)
        return englishKey(units[...])
      })
  }()

  /// The syllable ranges (letters and marks) of `units`.
  static func syllables(_ units: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = -1
    for index in 0..<units.count {
      let unit = units[index]
      let inWord =
        CharacterClass.isLetter(unit) || CharacterClass.isDigit(unit) || (start >= 0 && CharacterClass.isMark(unit))
      if inWord {
        if start < 0 { start = index }
      } else if start >= 0 {
        result.append(start..<index)
        start = -1
      }
    }
    if start >= 0 { result.append(start..<units.count) }
    return result
  }

  /// The English content words of a sentence: stems as keys, stopwords and digits left out.
  static func englishWords(_ units: ArraySlice<UInt16>) -> [Key] {
    var result: [Key] = []
    var word: [UInt16] = []
    var hasDigit = false
    func flush() {
      defer {
        word.removeAll(keepingCapacity: true)
        hasDigit = false
      }
      guard !word.isEmpty, !hasDigit else { return }
      EnglishInflection.stem(&word)
      let key = englishKey(word[...])
      if !stopwords.contains(key) { result.append(key) }
    }
    var previous: UInt16 = 0
    var index = units.startIndex
    while index < units.endIndex {
      let unit = units[index]
      if CharacterClass.isLetter(unit) || CharacterClass.isDigit(unit) {
        if CharacterClass.isDigit(unit) { hasDigit = true }
        word.append(CharacterClass.lowercase(unit))
      } else if (unit == 0x27 || unit == 0x2019), CharacterClass.isLetter(previous) {
        // `people's`, `don't`: the part after the apostrophe is dropped.
        flush()
        while index + 1 < units.endIndex && CharacterClass.isLetter(units[index + 1]) { index += 1 }
      } else {
        flush()
      }
      previous = unit
      index += 1
    }
    flush()
    return result
  }

  /// Calls `body` with each Vietnamese word of a sentence, the longest entries of this lexicon
  /// first, other syllables one by one: the word's key and the keys of its syllables.
  func forEachVietnameseWord(_ units: ArraySlice<UInt16>, _ body: (Key, ArraySlice<Key>) -> Void) {
    units.withUnsafeBufferPointer { buffer in
      let ranges = Self.syllables(buffer)
      let keys = ranges.map { VietnameseWords.adding($0, of: buffer, to: VietnameseWords.emptyKey) }
      var index = 0
      while index < ranges.count {
        var length = 1
        var wordKey = keys[index]
        if maxSyllables > 1 && longStarts.contains(keys[index]) {
          var key = keys[index]
          var candidate = 1
          while candidate < maxSyllables && index + candidate < ranges.count {
            key = VietnameseWords.adding(0x20, to: key)
            key = VietnameseWords.adding(ranges[index + candidate], of: buffer, to: key)
            candidate += 1
            if targets[key] != nil {
              length = candidate
              wordKey = key
            }
          }
        }
        body(wordKey, keys[index..<(index + length)])
        index += length
      }
    }
  }

  // MARK: - Sentence profiles

  /// What a Vietnamese sentence can translate to: the English ids its words translate to (sorted,
  /// once each), with a bit per word (words past the 64th share the last bit), and how many words
  /// have a translation.
  struct VietnameseProfile: Sendable {
    var ids: [Int32] = []
    var words: [UInt64] = []
    var known = 0

    init(ids: [Int32] = [], words: [UInt64] = [], known: Int = 0) {
      self.ids = ids
      self.words = words
      self.known = known
    }
  }

  /// The English content words of a sentence this lexicon knows (sorted, once each), and how many
  /// content words it has.
  struct EnglishProfile: Sendable {
    var ids: [Int32] = []
    var content = 0

    init(ids: [Int32] = [], content: Int = 0) {
      self.ids = ids
      self.content = content
    }
  }

  func profile(vietnamese units: ArraySlice<UInt16>) -> VietnameseProfile {
    var pairs: [(id: Int32, bit: UInt64)] = []
    var known = 0
    forEachVietnameseWord(units) { word, syllables in
      let bit: UInt64 = 1 << UInt64(min(known, 63))
      var found = false
      if let ids = targets[word] {
        found = true
        for id in ids { pairs.append((id, bit)) }
      }
      if syllables.count > 1 {
        for syllable in syllables {
          guard let ids = targets[syllable] else { continue }
          found = true
          for id in ids { pairs.append((id, bit)) }
        }
      }
      if found { known += 1 }
    }
    guard !pairs.isEmpty else { return VietnameseProfile(known: 0) }
    pairs.sort { $0.id < $1.id }
    var ids: [Int32] = []
    var words: [UInt64] = []
    ids.reserveCapacity(pairs.count)
    words.reserveCapacity(pairs.count)
    for pair in pairs {
      if ids.last == pair.id {
        words[words.count - 1] |= pair.bit
      } else {
        ids.append(pair.id)
        words.append(pair.bit)
      }
    }
    return VietnameseProfile(ids: ids, words: words, known: min(known, 64))
  }

  func profile(english units: ArraySlice<UInt16>) -> EnglishProfile {
    let words = Self.englishWords(units)
    var ids: [Int32] = []
    ids.reserveCapacity(words.count)
    for word in words { if let id = englishIDs[word] { ids.append(id) } }
    ids.sort()
    var unique: [Int32] = []
    unique.reserveCapacity(ids.count)
    for id in ids where unique.last != id { unique.append(id) }
    return EnglishProfile(ids: unique, content: words.count)
  }

  /// How many Vietnamese words and English words of a sentence pair a translation links.
  static func links(_ vi: VietnameseProfile, _ en: EnglishProfile) -> (vi: Int, en: Int) {
    let masks = linkMasks(vi, en)
    return (masks.vi.nonzeroBitCount, masks.en.nonzeroBitCount)
  }

  /// Which Vietnamese words (bits as in `VietnameseProfile.words`) and which English words (bit n:
  /// the n-th of `en.ids`, the 64th and later sharing the last bit) a translation links.
  static func linkMasks(_ vi: VietnameseProfile, _ en: EnglishProfile) -> (vi: UInt64, en: UInt64) {
    var a = 0
    var b = 0
    var words: UInt64 = 0
    var english: UInt64 = 0
    while a < vi.ids.count && b < en.ids.count {
      if vi.ids[a] < en.ids[b] {
        a += 1
      } else if vi.ids[a] > en.ids[b] {
        b += 1
      } else {
        words |= vi.words[a]
        english |= 1 << UInt64(min(b, 63))
        a += 1
        b += 1
      }
    }
    return (words, english)
  }

  // MARK: - Learning (IBM Model 1)

  /// This lexicon with what IBM Model 1 learns from `pairs` (Vietnamese and English sentences that
  /// translate each other): `iterations` rounds of EM over syllables and English stems, then every
  /// Vietnamese syllable seen at least `minimumCount` times gets the English words whose translation
  /// probability reaches `threshold` (at most three).
  public func learning(
    from pairs: [(vi: ArraySlice<UInt16>, en: ArraySlice<UInt16>)], iterations: Int = 4, threshold: Double = 0.2,
    minimumCount: Int = 3
  ) -> TranslationLexicon {
    // Number the tokens so the tables are arrays.
    var viNumbers: [Key: Int32] = [:]
    var enNumbers: [Key: Int32] = [:]
    var enKeys: [Key] = []
    var viKeys: [Key] = []
    var sentences: [(vi: [Int32], en: [Int32])] = []
    sentences.reserveCapacity(pairs.count)
    for pair in pairs {
      let viTokens: [Int32] = pair.vi.withUnsafeBufferPointer { buffer in
        Self.syllables(buffer).map { range in
          let key = VietnameseWords.adding(range, of: buffer, to: VietnameseWords.emptyKey)
          if let number = viNumbers[key] { return number }
          let number = Int32(viKeys.count)
          viNumbers[key] = number
          viKeys.append(key)
          return number
        }
      }
      let enTokens: [Int32] = Self.englishWords(pair.en).map { key in
        if let number = enNumbers[key] { return number }
        let number = Int32(enKeys.count)
        enNumbers[key] = number
        enKeys.append(key)
        return number
      }
      guard !viTokens.isEmpty, !enTokens.isEmpty else { continue }
      sentences.append((viTokens, enTokens))
    }
    guard !sentences.isEmpty else { return self }
    // t(e | v) over the co-occurring pairs only: one slot per pair seen, each sentence pair's slots
    // listed once (English word by English word) so the EM rounds are array passes.
    var slotOf: [UInt64: Int32] = [:]
    var slotVi: [Int32] = []
    var slotEn: [Int32] = []
    var sentenceSlots: [[Int32]] = []
    var viCount = [Int](repeating: 0, count: viKeys.count)
    for (vi, en) in sentences {
      for v in vi { viCount[Int(v)] += 1 }
      var slots: [Int32] = []
      slots.reserveCapacity(vi.count * en.count)
      for e in en {
        for v in vi {
          let key = UInt64(UInt32(v)) << 32 | UInt64(UInt32(e))
          if let slot = slotOf[key] {
            slots.append(slot)
          } else {
            let slot = Int32(slotVi.count)
            slotOf[key] = slot
            slotVi.append(v)
            slotEn.append(e)
            slots.append(slot)
          }
        }
      }
      sentenceSlots.append(slots)
    }
    var probability = [Double](repeating: 1, count: slotVi.count)
    var counts = [Double](repeating: 0, count: slotVi.count)
    var totals = [Double](repeating: 0, count: viKeys.count)
    for _ in 0..<iterations {
      for index in counts.indices { counts[index] = 0 }
      for index in totals.indices { totals[index] = 0 }
      for (number, slots) in sentenceSlots.enumerated() {
        let width = sentences[number].vi.count
        var start = 0
        while start < slots.count {
          var sum = 0.01  // the empty word's share
          for offset in 0..<width { sum += probability[Int(slots[start + offset])] }
          for offset in 0..<width {
            let slot = Int(slots[start + offset])
            let share = probability[slot] / sum
            counts[slot] += share
            totals[Int(slotVi[slot])] += share
          }
          start += width
        }
      }
      for slot in probability.indices {
        let total = totals[Int(slotVi[slot])]
        probability[slot] = total > 0 ? counts[slot] / total : 0
      }
    }
    var best: [Int32: [(Int32, Double)]] = [:]
    for slot in probability.indices where probability[slot] >= threshold {
      let v = slotVi[slot]
      guard viCount[Int(v)] >= minimumCount else { continue }
      best[v, default: []].append((slotEn[slot], probability[slot]))
    }
    var result = self
    for (v, candidates) in best {
      let chosen = candidates.sorted { $0.1 > $1.1 }.prefix(3).map { result.englishID(enKeys[Int($0.0)]) }
      result.addTargets(viKeys[Int(v)], chosen)
    }
    return result
  }
}
