/// Builds `CoverageReport`s: candidate detection and glossary matching over documents.
public struct CoverageAnalyzer: Sendable {
  public let matcher: TermMatcher
  public let detector: CandidateDetector

  public init(matcher: TermMatcher, detector: CandidateDetector = CandidateDetector()) {
    self.matcher = matcher
    self.detector = detector
  }

  public init(glossary: Glossary, matching: TermMatchingOptions = TermMatchingOptions()) {
    self.init(matcher: TermMatcher(glossary: glossary, options: matching))
  }

  /// The coverage of `documents`' translatable sentences by the matcher's glossary.
  public func report(for documents: [Document]) -> CoverageReport {
    var tally = Tally(analyzer: self)
    for document in documents { tally.add(document, path: nil) }
    return tally.report()
  }

  /// The figures of a report, gathered a block at a time in document order: the one loop behind
  /// `report(for:)` and `GlossaryCoverage.check`, which goes through an article's blocks three times
  /// instead of holding it (`CandidateDetector.Streamed`).
  ///
  /// Memory grows with the candidates (their counts and an example sentence each), not with the
  /// occurrences: every occurrence, sentence reference and sentence without a term goes to a
  /// `RecordLog`.
  struct Tally {
    let analyzer: CoverageAnalyzer
    private let tables = CharacterTables.shared
    private var summaries: [CoverageReport.DocumentCoverage] = []
    private var summary: CoverageReport.DocumentCoverage?
    /// Candidates by their UTF-16 text.
    private var candidateIndex: [ArraySlice<UInt16>: Int] = [:]
    private var candidates: [CoverageReport.Candidate] = []
    /// The candidates with an uncovered occurrence in the current document.
    private var uncoveredHere: Set<Int> = []
    private var scratch = TermMatcher.Scratch()
    private var matches: [TermMatch] = []
    private var entryCounts: [Int]
    private var entrySentences: [RecordList]
    private var entryLast: [CoverageReport.SentenceReference?]
    private var sentenceTexts: [[Int: String]] = []
    private var texts: [Int: String] = [:]
    /// UTF-16 units and code points of the current document's blocks before the current block.
    private var unitsBefore = 0
    private var codePointsBefore = 0
    /// Code points before the current block, and a counter inside it.
    private var blockCodePoints = 0
    private var codePoints = CodePointCounter(units: [])
    private let occurrenceLog: RecordLog
    private let sentenceLog: RecordLog

    init(analyzer: CoverageAnalyzer) {
      self.analyzer = analyzer
      occurrenceLog = RecordLog(width: CoverageReport.Occurrence.recordWidth)
      sentenceLog = RecordLog(width: 1)
      let referenceLog = RecordLog(width: 2)
      let entries = analyzer.matcher.glossary.entries.count
      entryCounts = [Int](repeating: 0, count: entries)
      entrySentences = [RecordList](repeating: RecordList(log: referenceLog), count: entries)
      entryLast = [CoverageReport.SentenceReference?](repeating: nil, count: entries)
    }

    /// Adds a document held whole.
    mutating func add(_ document: Document, path: String?) {
      let spans = analyzer.detector.candidates(in: document.translatableSentences)
      var next = 0
      beginDocument(name: document.name, path: path)
      for block in document.blocks {
        add(block) { _ in
          defer { next += 1 }
          return spans[next]
        }
      }
      endDocument()
    }

    mutating func beginDocument(name: String, path: String?) {
      summary = CoverageReport.DocumentCoverage(
        name: name, path: path, sentences: 0, sentencesWithTerm: 0, withoutTerm: RecordList(log: sentenceLog),
        candidateOccurrences: 0, coveredOccurrences: 0, partialOccurrences: 0)
      uncoveredHere.removeAll()
      texts = [:]
      unitsBefore = 0
      codePointsBefore = 0
    }

    mutating func endDocument() {
      guard let summary else { return }
      summaries.append(summary)
      sentenceTexts.append(texts)
      self.summary = nil
    }

    /// Counts the translatable sentences of `block`, the next block of the document (every block
    /// comes, boilerplate included, so that code point offsets count its text); `spans` gives each
    /// sentence's candidates, in order.
    mutating func add(_ block: Block, spans: (Sentence) -> [CandidateSpan]) {
      // Blocks are separated by line feeds, one code point a unit.
      blockCodePoints = codePointsBefore + (block.start - unitsBefore)
      codePoints = CodePointCounter(units: block.utf16)
      if block.kind != .boilerplate {
        for sentence in block.sentences { add(sentence, spans: spans(sentence), in: block) }
      }
      unitsBefore = block.end
      codePointsBefore = blockCodePoints + codePoints.count(upTo: block.utf16.count)
    }

    /// Counts one translatable sentence of `block` with its candidate spans.
    private mutating func add(_ sentence: Sentence, spans sentenceSpans: [CandidateSpan], in block: Block) {
      guard var summary else { preconditionFailure("a sentence outside a document") }
      defer { self.summary = summary }
      let documentIndex = summaries.count
      let matcher = analyzer.matcher
      summary.sentences += 1
      matches.removeAll(keepingCapacity: true)
      matcher.collect(
        in: sentence.text, sentence: sentence.index, offset: sentence.start, scratch: &scratch, into: &matches)
      let reference = CoverageReport.SentenceReference(document: documentIndex, sentence: sentence.index)
      if matches.isEmpty {
        summary.withoutTerm.append([sentence.index])
      } else {
        summary.sentencesWithTerm += 1
      }
      for match in matches {
        entryCounts[match.entry] += 1
        if entryLast[match.entry] != reference {
          entryLast[match.entry] = reference
          entrySentences[match.entry].append([reference.document, reference.sentence])
        }
      }
      guard !sentenceSpans.isEmpty else { return }
      let units = Array(sentence.utf16)
      var text: String?
      var firstUncoveredHere = false
      // A sentence never spans a line break of its block (blocks that were not re-wrapped are
      // segmented line by line), so its occurrences' columns count from its own.
      let sentencePosition = analyzer.position(of: sentence.start, in: block)
      for span in sentenceSpans {
        for piece in analyzer.pieces(of: span.range, matches: matches, units: units, tables: tables) {
          let start = sentence.start + piece.range.lowerBound
          let startChar = blockCodePoints + codePoints.count(upTo: start - block.start)
          let occurrence = CoverageReport.Occurrence(
            document: documentIndex, sentence: sentence.index, start: start,
            end: sentence.start + piece.range.upperBound, startChar: startChar,
            endChar: startChar + UTF16Text.codePointCount(units[piece.range]), line: sentencePosition.line,
            column: sentencePosition.column + piece.range.lowerBound, covered: piece.entry != nil,
            partial: piece.partial, entry: piece.entry)
          summary.candidateOccurrences += 1
          if occurrence.covered { summary.coveredOccurrences += 1 }
          if occurrence.partial { summary.partialOccurrences += 1 }
          let index: Int
          if let known = candidateIndex[units[piece.range]] {
            index = known
            candidates[index].add(occurrence) {
              if text == nil { text = sentence.text }
              return text ?? ""
            }
          } else {
            if text == nil { text = sentence.text }
            index = candidates.count
            candidateIndex[ArraySlice(Array(units[piece.range]))] = index
            candidates.append(
              CoverageReport.Candidate(
                text: UTF16Text.string(units, piece.range), kind: span.kind, occurrence: occurrence,
                sentence: text ?? "", log: occurrenceLog))
          }
          if !occurrence.covered && uncoveredHere.insert(index).inserted { firstUncoveredHere = true }
        }
      }
      // Only the sentence of a candidate's first uncovered occurrence in a document is ever asked for
      // (`CoverageReport.sentenceText`).
      if firstUncoveredHere { texts[sentence.index] = text ?? sentence.text }
    }

    /// The report of the documents added.
    func report() -> CoverageReport {
      let glossary = analyzer.matcher.glossary
      var sorted = candidates
      sorted.sort { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
      let entries = glossary.entries.indices.filter { entryCounts[$0] > 0 }.map { entry in
        CoverageReport.EntryUse(
          entry: entry, source: glossary.entries[entry].source, target: glossary.entries[entry].target,
          count: entryCounts[entry], list: entrySentences[entry])
      }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.entry < $1.entry }
      let unused = glossary.entries.indices.filter { entryCounts[$0] == 0 }
      return CoverageReport(
        glossary: glossary, documents: summaries, candidates: sorted, entries: entries, unusedEntries: unused,
        sentenceTexts: sentenceTexts)
    }
  }

  /// A candidate span cut by the sentence's matches: the parts inside matches (with their entry) and,
  /// between them, the uncovered parts that still hold a capital letter.
  fileprivate func pieces(
    of range: Range<Int>, matches: [TermMatch], units: [UInt16], tables: CharacterTables
  ) -> [(range: Range<Int>, entry: Int?, partial: Bool)] {
    var covered: [(range: Range<Int>, entry: Int)] = []
    for match in matches where match.range.overlaps(range) {
      let part = max(match.range.lowerBound, range.lowerBound)..<min(match.range.upperBound, range.upperBound)
      if let trimmed = trim(part, units, tables) { covered.append((trimmed, match.entry)) }
    }
    if covered.isEmpty { return [(range, nil, false)] }
    var result: [(range: Range<Int>, entry: Int?, partial: Bool)] = []
    var position = range.lowerBound
    for (part, entry) in covered {
      if position < part.lowerBound, let gap = trim(position..<part.lowerBound, units, tables),
        units[gap].contains(where: tables.isUpper)
      {
        result.append((gap, nil, true))
      }
      result.append((part, entry, false))
      position = part.upperBound
    }
    if position < range.upperBound, let gap = trim(position..<range.upperBound, units, tables),
      units[gap].contains(where: tables.isUpper)
    {
      result.append((gap, nil, true))
    }
    return result
  }

  /// The 1-based input line and column of document offset `offset` inside `block`.
  fileprivate func position(of offset: Int, in block: Block) -> (line: Int, column: Int) {
    let relative = offset - block.start
    guard !block.wasWrapped, relative > 0, relative <= block.utf16.count else { return (block.line, relative + 1) }
    var line = block.line
    var lineStart = 0
    for index in 0..<relative where block.utf16[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return (line, relative - lineStart + 1)
  }

  /// `range` without non-word characters at either end, or nil when nothing is left.
  private func trim(_ range: Range<Int>, _ units: [UInt16], _ tables: CharacterTables) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, !tables.isWordCharacter(units[lower]) { lower += 1 }
    while upper > lower, !tables.isWordCharacter(units[upper - 1]) { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }
}

/// Converts UTF-16 offsets into a text to Unicode code point offsets, for offsets that never go back.
struct CodePointCounter {
  let units: [UInt16]
  private var position = 0
  private var codePoints = 0

  init(units: [UInt16]) { self.units = units }

  /// The code points before UTF-16 offset `offset` (not less than the last one asked).
  mutating func count(upTo offset: Int) -> Int {
    if offset < position {
      position = 0
      codePoints = 0
    }
    let end = min(offset, units.count)
    codePoints += UTF16Text.codePointCount(units[position..<end])
    position = end
    return codePoints
  }
}
