/// An article's exported sentences drafted in reading order, with what its report counts: the one
/// loop behind `ArticlePreparer.prepare(path:)`, `prepare(_:path:)` and `run`.
///
/// Blocks come in from a reader (or a read `Document`); each exported sentence is drafted by the
/// one engine and handed on as a unit for the writers.
struct ArticleDrafting {
  let drafter: SentenceDrafter
  /// Whether boilerplate sentences are exported too.
  let includesBoilerplate: Bool
  /// Whether every unit's target is filled with its draft (`PrepareOptions.prefill`).
  let prefills: Bool
  private let id: UnitID
  private(set) var blocks = 0
  /// Sentences read, boilerplate included.
  private(set) var sentences = 0
  /// Sentences exported.
  private(set) var units = 0
  /// Glossary matches over the exported sentences.
  private(set) var glossaryHits = 0
  /// The glossary entries used (indices in the glossary), each once, in the order the article
  /// first uses them: what its own glossary holds (`ArticleTermBase`).
  private(set) var termEntries: [Int] = []
  /// Segments, words and characters of the exported sentences.
  private(set) var count = SegmentCount()
  /// The exported sentences seen, by a hash of their text, for repetitions.
  private var seen: Set<UInt64> = []
  /// Which entries were used, one bit each (a set would hash every match).
  private var entriesUsed: [UInt64]
  private static let bitsPerWord = UInt64.bitWidth

  init(article name: String, translator: DraftTranslator, includesBoilerplate: Bool, prefills: Bool) {
    drafter = translator.drafter()
    self.includesBoilerplate = includesBoilerplate
    self.prefills = prefills
    id = UnitID(article: name)
    entriesUsed = Array(repeating: 0, count: (translator.terms.entryCount + Self.bitsPerWord - 1) / Self.bitsPerWord)
  }

  /// Sentences left out of the export (boilerplate).
  var leftOut: Int { sentences - units }
  /// Distinct glossary entries used.
  var termsUsed: Int { termEntries.count }

  /// Drafts the exported sentences of `block` and calls `body` with each, its draft (in `drafter`)
  /// and its unit; `utf8` is the block's text as UTF-8 when the reader kept the input's own bytes
  /// (they are copied instead of encoding the text again).
  mutating func draft(
    _ block: Block, utf8: [UInt8]?,
    _ body: (_ sentence: Sentence, _ drafter: SentenceDrafter, _ unit: UnitBytes) -> Void
  ) {
    blocks += 1
    sentences += block.sentences.count
    guard includesBoilerplate || block.kind != .boilerplate else { return }
    var cursor = UTF8Cursor()
    for (position, sentence) in block.sentences.enumerated() {
      let range = (sentence.start - block.start)..<(sentence.end - block.start)
      block.utf16.withUnsafeBufferPointer { text in
        let units = UnsafeBufferPointer(rebasing: text[range])
        if let utf8 {
          let bytes = cursor.bytes(of: range, in: text)
          utf8.withUnsafeBufferPointer { drafter.draft(units, sourceBytes: UnsafeBufferPointer(rebasing: $0[bytes])) }
        } else {
          drafter.draft(units, sourceBytes: nil)
        }
        countWords(units, drafter)
      }
      count(drafter)
      units += 1
      drafter.withUnitBytes(
        id: id.bytes(block: block.index, sentence: position), kind: block.kind, block: block.index,
        prefill: prefills
      ) { unit, drafter in body(sentence, drafter, unit) }
    }
  }

  /// Counts the sentence `units` (just drafted by `drafter`) into `count`.
  private mutating func countWords(_ units: UnsafeBufferPointer<UInt16>, _ drafter: SentenceDrafter) {
    let words = SegmentCount.words(in: units)
    count.segments += 1
    count.words += words
    count.characters += SegmentCount.characters(in: units)
    if !seen.insert(SegmentCount.hash(units)).inserted {
      count.repeatedSegments += 1
      count.repeatedWords += words
    }
    for substitution in drafter.substitutions {
      guard let match = substitution.match else { continue }
      count.glossaryWords += SegmentCount.words(in: UnsafeBufferPointer(rebasing: units[drafter.found[match].range]))
    }
  }

  private mutating func count(_ drafter: SentenceDrafter) {
    glossaryHits += drafter.substitutions.count { $0.match != nil }
    for substitution in drafter.substitutions {
      guard let match = substitution.match else { continue }
      let entry = Int(drafter.found[match].entry)
      let (word, bit) = entry.quotientAndRemainder(dividingBy: Self.bitsPerWord)
      let mask: UInt64 = 1 << UInt64(bit)
      if entriesUsed[word] & mask == 0 {
        entriesUsed[word] |= mask
        termEntries.append(entry)
      }
    }
  }
}
