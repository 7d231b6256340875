/// Finds glossary terms in Vietnamese sentences: longest-leftmost, non-overlapping, whole words.
///
/// The glossary's forms (sources and variants) are normalized like documents (`Normalizer`), folded
/// (`TermFolding`: NFC = NFD, `hòa` = `hoà`, `Ð` = `Đ`, one space for any white-space run, and `kỹ` = `kĩ`
/// when `iyEquivalent`) and stored in two tries built once: one over case-folded keys for entries
/// whose diacritics are distinctive, one over case- and diacritic-free keys for the others. A sentence
/// is folded the same way and scanned once, left to right: at each word start that may begin a key
/// (each trie's `KeyPrefixFilter` turns most away unwalked) the tries are walked as far as the text
/// allows and the longest complete key whose case policy and word boundaries hold is taken; scanning
/// resumes after it, or after the word. The cost per unit of text does not grow with the glossary's
/// size.
///
/// Word boundaries: the units before and after a match are not letters, digits or combining marks,
/// and a hyphen joining letters (`Nga-ri`, `Hung-ga-ri`) does not separate words, so `Nga` matches
/// neither the first nor the last part of a hyphenated name.
///
/// Case (`CaseMatching`): `.sensitive` compares every letter's case; `.insensitive` none; `.auto`
/// compares as `.sensitive` except that a key starting with a lower-case letter may be capitalised
/// (`lệnh trừng phạt` matches `Lệnh trừng phạt` but not `LỆNH TRỪNG PHẠT`; `NATO` never matches `Nato`).
public struct TermMatcher: Sendable {
  public let glossary: Glossary
  public let options: TermMatchingOptions

  /// Keys of entries whose diacritics are distinctive, through `TermFolding.lower`.
  let exactTrie: TermTrie
  /// Keys of diacritic-insensitive entries, through `TermFolding.plain`.
  let plainTrie: TermTrie
  /// The candidates of each trie in the trie's order, so that a node's candidates are adjacent.
  let exactCandidates: [TermCandidate]
  let plainCandidates: [TermCandidate]
  /// The folded units, case kept, of the keys longer than 64 units, for their case checks.
  let keyUnits: [UInt16]
  /// The number of Vietnamese forms (sources and variants) the matcher looks for.
  public let formCount: Int

  public init(glossary: Glossary, options: TermMatchingOptions = TermMatchingOptions()) {
    self.glossary = glossary
    self.options = options
    let normalizer = Normalizer()
    var folded = FoldedText()
    var candidates: [TermCandidate] = []
    var keyUnits: [UInt16] = []
    var exactKeys: [(key: [UInt16], candidate: Int32)] = []
    var plainKeys: [(key: [UInt16], candidate: Int32)] = []
    for (entryIndex, entry) in glossary.entries.enumerated() {
      let insensitive = (options.diacritics ?? entry.diacritics) == .insensitive
      let caseMatching = options.caseMatching ?? entry.caseMatching
      for (formIndex, form) in entry.sourceForms.enumerated() {
        let normalized = Array(normalizer.normalize(form).text.utf16)
        guard !normalized.isEmpty, !normalized.contains(0x0A) else { continue }
        let units = normalized.withUnsafeBufferPointer { original in
          folded.fold(original, iy: options.iyEquivalent)
          return folded.withUnits(original: original) { Array($0) }
        }
        guard let first = units.first else { continue }
        let policy: TermCandidate.CasePolicy
        switch caseMatching {
        case .insensitive: policy = .any
        case .sensitive: policy = .exact
        case .auto: policy = CharacterClass.isLower(first) ? .firstFree : .exact
        }
        let index = Int32(candidates.count)
        var upperMask: UInt64 = 0
        for (position, unit) in units.prefix(64).enumerated() where CharacterClass.isUpper(unit) {
          upperMask |= 1 << UInt64(position)
        }
        candidates.append(
          TermCandidate(
            entry: Int32(entryIndex), form: Int32(formIndex), casePolicy: policy, keyStart: Int32(keyUnits.count),
            length: Int32(units.count), upperMask: upperMask))
        if units.count > 64 { keyUnits += units }
        if insensitive {
          plainKeys.append((units.map { TermFolding.plain[Int($0)] }, index))
        } else {
          exactKeys.append((units.map { TermFolding.lower[Int($0)] }, index))
        }
      }
    }
    self.formCount = candidates.count
    self.keyUnits = keyUnits
    self.exactTrie = TermTrie(keys: exactKeys, fold: TermFolding.lower)
    self.plainTrie = TermTrie(keys: plainKeys, fold: TermFolding.plain)
    self.exactCandidates = exactTrie.candidates.map { candidates[Int($0)] }
    self.plainCandidates = plainTrie.candidates.map { candidates[Int($0)] }
  }

  /// The terms in `text`, in order; ranges are UTF-16 offsets into `text`.
  public func matches(in text: String) -> [TermMatch] {
    var scratch = Scratch()
    var result: [TermMatch] = []
    collect(in: text, sentence: nil, offset: 0, scratch: &scratch, into: &result)
    return result
  }

  /// The terms in `sentence`, in order; `documentRange` is shifted by `sentence.start`.
  public func matches(in sentence: Sentence) -> [TermMatch] {
    var scratch = Scratch()
    var result: [TermMatch] = []
    collect(in: sentence, scratch: &scratch, into: &result)
    return result
  }

  /// The terms in every translatable sentence (boilerplate left out) of `document`, in order.
  public func matches(in document: Document) -> [TermMatch] {
    matches(in: document.translatableSentences)
  }

  /// The terms in `sentences`, in order.
  public func matches(in sentences: some Sequence<Sentence>) -> [TermMatch] {
    var scratch = Scratch()
    var result: [TermMatch] = []
    for sentence in sentences { collect(in: sentence, scratch: &scratch, into: &result) }
    return result
  }

  // MARK: - Scanning

  /// Buffers reused between sentences.
  struct Scratch {
    var original: [UInt16] = []
    var folded = FoldedText()
    var found: [Found] = []
  }

  /// Appends the terms in `text` to `result`.
  func collect(in text: String, sentence: Int?, offset: Int, scratch: inout Scratch, into result: inout [TermMatch]) {
    UTF16Text.units(of: text, into: &scratch.original)
    let original = scratch.original
    original.withUnsafeBufferPointer {
      collect(units: $0, sentence: sentence, offset: offset, scratch: &scratch, into: &result)
    }
  }

  /// Appends the terms in `sentence` to `result`, reading its UTF-16 units where they are.
  func collect(in sentence: Sentence, scratch: inout Scratch, into result: inout [TermMatch]) {
    sentence.utf16.withUnsafeBufferPointer {
      collect(units: $0, sentence: sentence.index, offset: sentence.start, scratch: &scratch, into: &result)
    }
  }

  /// Appends the terms in the UTF-16 text `original` to `result`; `scratch` holds reused buffers.
  func collect(
    units original: UnsafeBufferPointer<UInt16>, sentence: Int?, offset: Int, scratch: inout Scratch,
    into result: inout [TermMatch]
  ) {
    scratch.found.removeAll(keepingCapacity: true)
    find(in: original, folded: &scratch.folded, into: &scratch.found)
    for found in scratch.found {
      let text = UTF16Text.string(UnsafeBufferPointer(rebasing: original[found.range]))
      result.append(termMatch(found, text: text, sentence: sentence, offset: offset))
    }
  }

  /// The `TermMatch` of `found`, whose text is `text`, in the sentence `sentence` that starts at
  /// `offset` in its document.
  func termMatch(_ found: Found, text: String, sentence: Int?, offset: Int) -> TermMatch {
    let range = found.range
    let entry = glossary.entries[Int(found.entry)]
    return TermMatch(
      range: range, documentRange: (range.lowerBound + offset)..<(range.upperBound + offset), sentence: sentence,
      text: text, entry: Int(found.entry), form: Int(found.form), term: entry.sourceForms[Int(found.form)],
      target: entry.target)
  }

  /// A glossary form found in a text: where, and which form of which entry.
  ///
  /// The range is in UTF-16 offsets into the text as given. What `TermMatch` holds, without its
  /// strings.
  struct Found: Equatable {
    var range: Range<Int>
    var entry: Int32
    var form: Int32
  }

  /// Appends to `found` every glossary form in `original` (longest leftmost, in order); `folded` is
  /// scratch space.
  func find(in original: UnsafeBufferPointer<UInt16>, folded: inout FoldedText, into found: inout [Found]) {
    folded.fold(original, iy: options.iyEquivalent)
    let folded = folded
    folded.withUnits(original: original) { units in
      scan(units) { start, length, candidate in
        found.append(
          Found(
            range: folded.originalRange(start..<(start + length)), entry: candidate.entry, form: candidate.form))
      }
    }
  }

  /// Calls `found` with the start, length and candidate of every glossary form in the folded
  /// `text` (longest leftmost, in order).
  @inline(__always)
  func scan(_ text: UnsafeBufferPointer<UInt16>, found: (Int, Int, TermCandidate) -> Void) {
    exactTrie.withUnsafeView { exact in
      plainTrie.withUnsafeView { plain in
        exactCandidates.withUnsafeBufferPointer { exactCandidates in
          plainCandidates.withUnsafeBufferPointer { plainCandidates in
            scan(text, exact, exactCandidates, plain, plainCandidates, found: found)
          }
        }
      }
    }
  }

  /// `scan(_:found:)` over the tries and candidates as unchecked buffers.
  @inline(__always)
  private func scan(
    _ text: UnsafeBufferPointer<UInt16>, _ exact: TermTrie.UnsafeView,
    _ exactCandidates: UnsafeBufferPointer<TermCandidate>, _ plain: TermTrie.UnsafeView,
    _ plainCandidates: UnsafeBufferPointer<TermCandidate>, found: (Int, Int, TermCandidate) -> Void
  ) {
    let tables = CharacterTables.shared
    let hasExact = !exactTrie.isEmpty
    let hasPlain = !plainTrie.isEmpty
    let count = text.count
    let width = KeyPrefixFilter.width
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (count + width) * (hasPlain ? 2 : 1)) { buffer in
      let exactLanes = buffer.baseAddress!
      let plainLanes = exactLanes + (hasPlain ? count + width : 0)
      exact.writeLanes(of: text, to: exactLanes)
      if hasPlain { plain.writeLanes(of: text, to: plainLanes) }
      var position = 0
      while position < count {
        if text[position] == 0x20 {
          position += 1
          continue
        }
        if !startsWord(text, at: position, tables) {
          // Inside a word: no match starts before the next unit that is not a word character.
          position = wordEnd(text, from: position + 1, tables)
          continue
        }
        var bestLength = 0
        var bestCandidate: TermCandidate? = nil
        let beginning = exact.beginning(lanes: exactLanes, at: position)
        if hasExact && beginning.mayBeginKey {
          walk(exact, exactCandidates, text, from: position, tables, bestLength: &bestLength, best: &bestCandidate)
        }
        if hasPlain && plain.beginning(lanes: plainLanes, at: position).mayBeginKey {
          walk(plain, plainCandidates, text, from: position, tables, bestLength: &bestLength, best: &bestCandidate)
        }
        if let bestCandidate {
          found(position, bestLength, bestCandidate)
          position += bestLength
        } else if beginning.wordLength < width {
          // No match starts inside the first word.
          position += max(1, beginning.wordLength)
        } else {
          position = wordEnd(text, from: position + width, tables)
        }
      }
    }
  }

  /// The first position from `start` on whose unit is not a word character (or the end).
  @inline(__always)
  private func wordEnd(_ text: UnsafeBufferPointer<UInt16>, from start: Int, _ tables: CharacterTables) -> Int {
    var position = start
    while position < text.count && tables.isWordCharacter(text[position]) { position += 1 }
    return position
  }

  /// Walks `trie` from `start` as far as the text allows, keeping the longest acceptable key that is
  /// longer than `bestLength`.
  @inline(__always)
  private func walk(
    _ trie: TermTrie.UnsafeView, _ candidates: UnsafeBufferPointer<TermCandidate>, _ text: UnsafeBufferPointer<UInt16>,
    from start: Int, _ tables: CharacterTables, bestLength: inout Int, best: inout TermCandidate?
  ) {
    var node: Int32 = 0
    var position = start
    let count = text.count
    while position < count {
      node = trie.child(of: node, text[position])
      if node < 0 { return }
      position += 1
      guard trie.isTerminal(node), position - start > bestLength, endsWord(text, at: position, tables) else { continue }
      for slot in trie.candidateRange(node) {
        let candidate = candidates[slot]
        if caseHolds(candidate, text, at: start, tables) {
          bestLength = position - start
          best = candidate
          break
        }
      }
    }
  }

  /// Whether a match may start at `position`: a word character there is not preceded by one, nor by
  /// a hyphen that follows one.
  @inline(__always)
  private func startsWord(_ text: UnsafeBufferPointer<UInt16>, at position: Int, _ tables: CharacterTables) -> Bool {
    guard position > 0, tables.isWordCharacter(text[position]) else { return true }
    let previous = text[position - 1]
    if tables.isWordCharacter(previous) { return false }
    if TermFolding.isHyphen(previous) && position >= 2 && tables.isWordCharacter(text[position - 2]) {
      return false
    }
    return true
  }

  /// Whether a match may end before `position`: a word character before it is not followed by one,
  /// nor by a hyphen followed by one.
  @inline(__always)
  private func endsWord(_ text: UnsafeBufferPointer<UInt16>, at position: Int, _ tables: CharacterTables) -> Bool {
    guard position < text.count, tables.isWordCharacter(text[position - 1]) else { return true }
    let next = text[position]
    if tables.isWordCharacter(next) { return false }
    if TermFolding.isHyphen(next) && position + 1 < text.count && tables.isWordCharacter(text[position + 1]) {
      return false
    }
    return true
  }

  /// Whether the text's letter case at `start` satisfies the candidate's policy.
  @inline(__always)
  private func caseHolds(
    _ candidate: TermCandidate, _ text: UnsafeBufferPointer<UInt16>, at start: Int, _ tables: CharacterTables
  ) -> Bool {
    let first: Int
    switch candidate.casePolicy {
    case .any: return true
    case .exact: first = 0
    case .firstFree: first = 1
    }
    let length = Int(candidate.length)
    if length <= 64 {
      let mask = candidate.upperMask
      for index in first..<length
      where tables.isUpper(text[start + index]) != ((mask >> UInt64(index)) & 1 != 0) {
        return false
      }
      return true
    }
    let keyStart = Int(candidate.keyStart)
    for index in first..<length
    where tables.isUpper(text[start + index]) != tables.isUpper(keyUnits[keyStart + index]) {
      return false
    }
    return true
  }
}
