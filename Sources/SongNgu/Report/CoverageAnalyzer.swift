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
    let tables = CharacterTables.shared
    var summaries: [CoverageReport.DocumentCoverage] = []
    // Candidates by their UTF-16 text; whether each one's example is an uncovered occurrence's sentence.
    var candidateIndex: [ArraySlice<UInt16>: Int] = [:]
    var candidates: [CoverageReport.Candidate] = []
    var exampleUncovered: [Bool] = []
    var scratch = TermMatcher.Scratch()
    var matches: [TermMatch] = []
    let glossary = matcher.glossary
    var entryCounts = [Int](repeating: 0, count: glossary.entries.count)
    var entrySentences = [[CoverageReport.SentenceReference]](repeating: [], count: glossary.entries.count)
    var sentenceTexts: [[Int: String]] = []
    for (documentIndex, document) in documents.enumerated() {
      let sentences = document.translatableSentences
      let spans = detector.candidates(in: sentences)
      var summary = CoverageReport.DocumentCoverage(
        name: document.name, path: nil, sentences: sentences.count, sentencesWithTerm: 0, sentencesWithoutTerm: [],
        candidateOccurrences: 0, coveredOccurrences: 0, partialOccurrences: 0)
      var texts: [Int: String] = [:]
      // Code points before `sentence.start`, counted forward as the sentences come in order.
      var codePoints = CodePointCounter(units: Array(document.text.utf16))
      for (sentence, sentenceSpans) in zip(sentences, spans) {
        matches.removeAll(keepingCapacity: true)
        matcher.collect(
          in: sentence.text, sentence: sentence.index, offset: sentence.start, scratch: &scratch, into: &matches)
        let reference = CoverageReport.SentenceReference(document: documentIndex, sentence: sentence.index)
        if matches.isEmpty {
          summary.sentencesWithoutTerm.append(sentence.index)
        } else {
          summary.sentencesWithTerm += 1
        }
        for match in matches {
          entryCounts[match.entry] += 1
          if entrySentences[match.entry].last != reference { entrySentences[match.entry].append(reference) }
        }
        guard !sentenceSpans.isEmpty else { continue }
        let units = Array(sentence.utf16)
        var text: String?
        var matchedAll = true
        // A sentence never spans a line break of its block (blocks that were not re-wrapped are
        // segmented line by line), so its occurrences' columns count from its own.
        let sentencePosition = position(of: sentence.start, in: document.blocks[sentence.block])
        for span in sentenceSpans {
          for piece in pieces(of: span.range, matches: matches, units: units, tables: tables) {
            let start = sentence.start + piece.range.lowerBound
            let end = sentence.start + piece.range.upperBound
            let line = sentencePosition.line
            let column = sentencePosition.column + piece.range.lowerBound
            let startChar = codePoints.count(upTo: start)
            let occurrence = CoverageReport.Occurrence(
              document: documentIndex, sentence: sentence.index, start: start, end: end, startChar: startChar,
              endChar: startChar + UTF16Text.codePointCount(units[piece.range]), line: line, column: column,
              covered: piece.entry != nil, partial: piece.partial, entry: piece.entry)
            summary.candidateOccurrences += 1
            if occurrence.covered { summary.coveredOccurrences += 1 }
            if occurrence.partial { summary.partialOccurrences += 1 }
            if !occurrence.covered { matchedAll = false }
            if let index = candidateIndex[units[piece.range]] {
              candidates[index].occurrences.append(occurrence)
              if !occurrence.covered && !exampleUncovered[index] {
                if text == nil { text = sentence.text }
                candidates[index].example = text ?? ""
                exampleUncovered[index] = true
              }
            } else {
              if text == nil { text = sentence.text }
              candidateIndex[ArraySlice(Array(units[piece.range]))] = candidates.count
              candidates.append(
                CoverageReport.Candidate(
                  text: UTF16Text.string(units, piece.range), kind: span.kind, occurrences: [occurrence],
                  example: text ?? ""))
              exampleUncovered.append(!occurrence.covered)
            }
          }
        }
        if !matchedAll, let text { texts[sentence.index] = text }
      }
      summaries.append(summary)
      sentenceTexts.append(texts)
    }
    candidates.sort { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
    let entries = glossary.entries.indices.filter { entryCounts[$0] > 0 }.map { entry in
      CoverageReport.EntryUse(
        entry: entry, source: glossary.entries[entry].source, target: glossary.entries[entry].target,
        count: entryCounts[entry], sentences: entrySentences[entry])
    }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.entry < $1.entry }
    let unused = glossary.entries.indices.filter { entryCounts[$0] == 0 }
    return CoverageReport(
      glossary: glossary, documents: summaries, candidates: candidates, entries: entries, unusedEntries: unused,
      sentenceTexts: sentenceTexts)
  }

  /// A candidate span cut by the sentence's matches: the parts inside matches (with their entry) and,
  /// between them, the uncovered parts that still hold a capital letter.
  private func pieces(
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
  private func position(of offset: Int, in block: Block) -> (line: Int, column: Int) {
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
