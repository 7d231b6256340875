/// What a coverage candidate is.
///
/// Raw values are the spellings in JSON output.
public enum CandidateKind: String, Sendable, Codable, CaseIterable {
  /// A person, place, company or other proper name (`Mark Rutte`, `Bình Nhưỡng`, `Vingroup`).
  case name
  /// An all-capitals token of two letters or more, digits and inner periods allowed (`NATO`, `TP.HCM`).
  case acronym
  /// A title capitalised on its first syllable (`Tổng thống`, `Bộ trưởng Quốc phòng`).
  case title
  /// An institution: a head word and its name (`Bộ Y tế`, `Ngân hàng Nhà nước Việt Nam`, `Quốc hội`).
  case institution
}

/// A stretch of a sentence that a translator will need a glossary entry for.
public struct CandidateSpan: Sendable, Equatable, Hashable {
  /// UTF-16 code units into the sentence text.
  public var range: Range<Int>
  public var kind: CandidateKind

  public init(range: Range<Int>, kind: CandidateKind) {
    self.range = range
    self.kind = kind
  }
}

/// Finds candidate glossary terms in Vietnamese sentences without a glossary: proper names, acronyms,
/// titles and institutions.
///
/// Words are runs of letters, digits and combining marks; a hyphen, an apostrophe between letters, or
/// a period between capitals or digits does not end a word (`Kim Yong-hyun`, `TP.HCM`). A word is
/// *capitalised* when its first character is an upper-case letter, an *acronym* when it has two
/// upper-case letters or more and no lower-case one.
///
/// - Acronyms are candidates wherever they stand, and stand alone (`UBND TP.HCM` is two).
/// - Runs of capitalised words separated only by spaces are names (`Mark Rutte`, `Sergei Lavrov`).
///   A run is split after a leading country (`Nga Sergei Lavrov` → `Nga`, `Sergei Lavrov`) and before
///   a surname that follows non-surnames (`Hà Nội Trần Sỹ Thanh` → `Hà Nội`, `Trần Sỹ Thanh`).
///   No lower-case connector is allowed inside a name run: Vietnamese writes every syllable of a
///   personal or place name capitalised, and foreign connectors (`de`, `van`) are rare in news.
/// - A title or institution head from `CandidateLexicon` starts its own candidate and may take the
///   words after it: `Bộ trưởng Quốc phòng`, `Bộ Kế hoạch và Đầu tư`, `Ngân hàng Nhà nước Việt Nam`.
///   Inside these, a lower-case syllable may follow a capitalised one (Vietnamese capitalises only the
///   first syllable of each word of an institution's name) and `và` may join two capitalised words.
/// - At the start of a sentence (or of a quotation, or after a colon) a capital says nothing: a
///   common sentence opener (`Theo`, `Ông`, `Trong`) is dropped from the run; a run of two capitalised
///   words or more, or a hyphenated word, is kept; a single word is kept only when the same word
///   occurs capitalised in a name run elsewhere in the document, not at a sentence start.
/// - A capitalised weekday after `thứ` (`thứ Hai`) is not a name, nor are Roman numerals (`quý III`).
/// - A continent keeps its `châu` (`châu Á`); a word with an inner capital (`VnExpress`) is a name even
///   at a sentence start.
public struct CandidateDetector: Sendable {
  public init() {}

  /// The candidates of each of `sentences` (one document's), in order: `result[i]` is `sentences[i]`'s.
  public func candidates(in sentences: [Sentence]) -> [[CandidateSpan]] {
    var scanner = CandidateScanner()
    var result: [[CandidateSpan]] = []
    result.reserveCapacity(sentences.count)
    var pending: [(sentence: Int, span: CandidateSpan, word: [UInt16])] = []
    for (index, sentence) in sentences.enumerated() {
      var spans: [CandidateSpan] = []
      sentence.utf16.withUnsafeBufferPointer { units in
        scanner.scan(units, into: &spans) { span, word in pending.append((index, span, word)) }
      }
      result.append(spans)
    }
    for item in pending where scanner.seen.contains(item.word) {
      var spans = result[item.sentence]
      let position = spans.firstIndex { $0.range.lowerBound > item.span.range.lowerBound } ?? spans.count
      spans.insert(item.span, at: position)
      result[item.sentence] = spans
    }
    return result
  }

  /// The candidates of `text`, read as the one sentence of a document.
  public func candidates(in text: String) -> [CandidateSpan] {
    let units = Array(text.utf16)
    let sentence = Sentence(index: 0, block: 0, kind: .body, start: 0, end: units.count, utf16: units[...])
    return candidates(in: [sentence])[0]
  }
}

/// The word-level scan of `CandidateDetector`, with buffers reused between sentences.
struct CandidateScanner {
  struct Word {
    var start: Int
    var end: Int
    var capitalised: Bool
    var acronym: Bool
    var lowerFirst: Bool
    var hyphenated: Bool
    /// An upper-case letter after the first character (`VnExpress`, `McDonald`).
    var innerCapital: Bool
    /// Only spaces separate the word from the one before.
    var joined: Bool
    /// The word starts a sentence, a quotation or what follows a colon.
    var initial: Bool
  }

  let tables = CharacterTables.shared
  var words: [Word] = []
  /// Capitalised words seen in name runs not at a sentence start (exact units).
  var seen: Set<[UInt16]> = []
  private var key: [UInt16] = []

  /// Appends the candidates of one sentence to `spans`; sentence-initial single words go to `defer`
  /// with their units, to be kept if they turn up in `seen`.
  mutating func scan(
    _ units: UnsafeBufferPointer<UInt16>, into spans: inout [CandidateSpan],
    defer deferred: (CandidateSpan, [UInt16]) -> Void
  ) {
    split(units)
    let count = words.count
    var index = 0
    while index < count {
      let word = words[index]
      if word.acronym {
        spans.append(span(index, index + 1, .acronym))
        index += 1
        continue
      }
      guard word.capitalised else {
        index += 1
        continue
      }
      if index > 0, word.joined, words[index - 1].lowerFirst, lowered(units, index - 1, 1) == Self.thu,
        CandidateLexicon.weekdayKeys.contains(lowered(units, index, 1))
      {
        index += 1
        continue
      }
      if let (length, phrase) = phrase(units, at: index) {
        guard let phrase else {
          index += length
          continue
        }
        var end = index + length
        switch phrase.absorbs {
        case .nothing: break
        case .field: end = absorbField(units, from: end)
        case .name:
          end = absorbName(units, from: end)
          // A head alone is a common noun (`Công ty cũng …`).
          if end == index + length {
            index = end
            continue
          }
        }
        if phrase.kind == .institution, let cut = surnameCut(units, from: index + length, to: end) {
          spans.append(span(index, cut, .institution))
          emitName(units, from: cut, to: end, initial: false, into: &spans)
        } else {
          spans.append(span(index, end, phrase.kind))
        }
        index = end
        continue
      }
      var end = index + 1
      while end < count, words[end].joined, words[end].capitalised, phrase(units, at: end) == nil { end += 1 }
      var first = index
      if word.initial {
        if CandidateLexicon.starterKeys.contains(lowered(units, index, 1)) {
          first += 1
        } else if end - index == 1 && !word.hyphenated && !word.innerCapital {
          deferred(span(index, end, .name), Array(units[word.start..<word.end]))
          index = end
          continue
        }
      }
      if first < end { emitName(units, from: first, to: end, initial: word.initial && first == index, into: &spans) }
      index = end
    }
  }

  static let thu = Array("thứ".utf16)
  static let châu = Array("châu".utf16)
  static let và = Array("và".utf16)

  private func span(_ first: Int, _ end: Int, _ kind: CandidateKind) -> CandidateSpan {
    CandidateSpan(range: words[first].start..<words[end - 1].end, kind: kind)
  }

  /// Emits the name run `words[first..<end]`, split after a leading country and before a surname.
  private mutating func emitName(
    _ units: UnsafeBufferPointer<UInt16>, from first: Int, to end: Int, initial: Bool,
    into spans: inout [CandidateSpan]
  ) {
    // The first word of a run at a sentence start says nothing; the others are capitalised as names.
    for index in (initial ? first + 1 : first)..<end {
      seen.insert(Array(units[words[index].start..<words[index].end]))
    }
    var start = first
    if end - start >= 3 {
      for length in stride(from: min(3, end - start - 2), through: 1, by: -1)
      where CandidateLexicon.countryKeys.contains(lowered(units, start, length)) {
        spans.append(span(start, start + length, .name))
        start += length
        break
      }
    }
    if let cut = surnameCut(units, from: start, to: end) {
      spans.append(span(start, cut, .name))
      start = cut
    }
    // A lone capital letter (`bảng F`) is not a name.
    if end - start == 1 && words[start].end - words[start].start == 1 && !precededByChâu(units, start) { return }
    var name = span(start, end, .name)
    // A continent: `châu Á`, `châu Âu`.
    if precededByChâu(units, start), (spans.last?.range.upperBound ?? 0) <= words[start - 1].start {
      name.range = words[start - 1].start..<name.range.upperBound
    }
    spans.append(name)
  }

  private mutating func precededByChâu(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    index > 0 && words[index].joined && words[index - 1].lowerFirst && lowered(units, index - 1, 1) == Self.châu
  }

  /// The first surname in `words[first..<end]` after non-surnames and before another word.
  private mutating func surnameCut(_ units: UnsafeBufferPointer<UInt16>, from first: Int, to end: Int) -> Int? {
    guard end - first >= 3 else { return nil }
    for index in first..<(end - 1) where words[index].capitalised {
      if CandidateLexicon.surnameKeys.contains(lowered(units, index, 1)) { return index > first ? index : nil }
    }
    return nil
  }

  /// After a title: field words shaped `Capitalised lower` (`Quốc phòng`).
  private mutating func absorbField(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
    var end = start
    while end + 1 < words.count, words[end].joined, words[end].capitalised, words[end + 1].joined,
      words[end + 1].lowerFirst, !isStop(units, end + 1), phrase(units, at: end) == nil
    {
      end += 2
    }
    return end
  }

  /// After an institution head: capitalised words, `và` between, and a lower-case syllable after a
  /// capitalised word that is the first of its run (`Y tế`, `Nhà nước`; not `Việt Nam gặp`).
  private mutating func absorbName(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
    var end = start
    var capitals = 0
    while end < words.count, words[end].joined {
      let word = words[end]
      if word.capitalised {
        // Another title or institution head starts another candidate, unless it is the first word after
        // this head (`Bộ Công an`: `Công an` is a head of its own, here the ministry's field).
        if let found = phrase(units, at: end), let phrase = found.1,
          phrase.kind == .title || (phrase.absorbs == .name && end > start)
        {
          break
        }
        end += 1
        capitals += 1
        continue
      }
      if word.acronym || tables.isDigit(units[word.start]) {
        // A company's acronym or a hospital's number ends its name: `Công ty Chứng khoán SSI`, `Bệnh viện Nhi đồng 1`.
        if end > start || word.acronym { end += 1 }
        break
      }
      guard word.lowerFirst else { break }
      let nextIsCapital = end + 1 < words.count && words[end + 1].joined && words[end + 1].capitalised
      if lowered(units, end, 1) == Self.và {
        // `và` joins two words of one name (`Kế hoạch và Đầu tư`), not two names (`Kido và Masan`).
        let nextIsWord = end + 2 < words.count && words[end + 2].joined && words[end + 2].lowerFirst
        guard capitals == 0, end > start, nextIsCapital, nextIsWord, phrase(units, at: end + 1) == nil else { break }
      } else if isStop(units, end) || !(capitals == 1 || (end == start && nextIsCapital)) {
        break
      }
      end += 1
      capitals = 0
    }
    // A trailing `và` is not part of the name.
    while end > start, lowered(units, end - 1, 1) == Self.và { end -= 1 }
    return end
  }

  private mutating func isStop(_ units: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
    CandidateLexicon.stopKeys.contains(lowered(units, index, 1))
  }

  /// The longest title or institution phrase (or ignored phrase, as nil) starting at `words[index]`.
  private mutating func phrase(
    _ units: UnsafeBufferPointer<UInt16>, at index: Int
  ) -> (Int, CandidateLexicon.Phrase?)? {
    guard words[index].capitalised, CandidateLexicon.firstWordKeys.contains(lowered(units, index, 1)) else {
      return nil
    }
    var limit = 1
    while limit < CandidateLexicon.longestPhrase, index + limit < words.count, words[index + limit].joined,
      !words[index + limit].acronym
    {
      limit += 1
    }
    for length in stride(from: limit, through: 1, by: -1) {
      let key = lowered(units, index, length)
      if let phrase = CandidateLexicon.phrases[key],
        (1..<length).allSatisfy({ words[index + $0].capitalised == phrase.capitals[$0 - 1] })
      {
        return (length, phrase)
      }
      if CandidateLexicon.ignoredKeys.contains(key) { return (length, nil) }
    }
    return nil
  }

  /// The lower-case units of `words[index..<index + count]`, one space between words.
  private mutating func lowered(_ units: UnsafeBufferPointer<UInt16>, _ index: Int, _ count: Int) -> [UInt16] {
    key.removeAll(keepingCapacity: true)
    for position in index..<(index + count) {
      if position > index { key.append(0x20) }
      for offset in words[position].start..<words[position].end { key.append(tables.lowercase(units[offset])) }
    }
    return key
  }

  /// Splits a sentence into words.
  private mutating func split(_ units: UnsafeBufferPointer<UInt16>) {
    words.removeAll(keepingCapacity: true)
    let count = units.count
    var position = 0
    var previousEnd = 0
    while position < count {
      guard tables.isWordCharacter(units[position]) else {
        position += 1
        continue
      }
      let start = position
      var upper = 0
      var lower = 0
      var roman = true
      var hyphenated = false
      while true {
        while position < count, tables.isWordCharacter(units[position]) {
          let unit = units[position]
          if unit != 0x49 && unit != 0x56 && unit != 0x58 { roman = false }
          if tables.isUpper(unit) {
            upper += 1
          } else if tables.isLower(unit) {
            lower += 1
          }
          position += 1
        }
        guard position + 1 < count, tables.isWordCharacter(units[position + 1]) else { break }
        let joiner = units[position]
        let before = units[position - 1]
        let after = units[position + 1]
        if joiner == 0x2D || joiner == 0x2010 || joiner == 0x2011 {
          hyphenated = true
        } else if joiner == 0x2E {
          guard tables.isUpper(before) || tables.isDigit(before), tables.isUpper(after) || tables.isDigit(after) else {
            break
          }
        } else if joiner == 0x27 || joiner == 0x2019 {
          guard tables.isLetter(before), tables.isLetter(after) else { break }
        } else {
          break
        }
        position += 1
      }
      var joined = !words.isEmpty && previousEnd < start
      var initial = words.isEmpty
      for offset in previousEnd..<start {
        let unit = units[offset]
        if !tables.isSpace(unit) { joined = false }
        if unit == 0x201C || unit == 0x22 || unit == 0x2018 || unit == 0xAB || unit == 0x3A || unit == 0x2E
          || unit == 0x21
          || unit == 0x3F
        {
          initial = true
        }
      }
      // Roman numerals (`quý III`, `Chiến tranh thế giới II`) are not acronyms.
      let acronym = upper >= 2 && lower == 0 && !roman
      let innerCapital = upper >= 2 && lower > 0
      words.append(
        Word(
          start: start, end: position, capitalised: !acronym && !(roman && upper >= 2) && tables.isUpper(units[start]),
          acronym: acronym,
          lowerFirst: tables.isLower(units[start]), hyphenated: hyphenated, innerCapital: innerCapital, joined: joined,
          initial: initial))
      previousEnd = position
    }
  }
}
