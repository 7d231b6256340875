/// The first stage of `ArticleReader`: lines to cleaned groups to normalized, pre-classified blocks.
///
/// It holds the line reader; one thread uses it at a time.
final class BlockProducer: @unchecked Sendable {
  private let lines: LineReader
  private let normalizer: Normalizer
  private let classifier: BlockClassifier
  private let forcedWrapping: Bool?
  private let keepsUTF8: Bool
  // Unchecked: one thread uses a producer at a time, and no access to these overlaps another; the
  // dynamic checks cost a few percent of reading.
  @exclusivity(unchecked) private var rawLine: [UInt16] = []
  @exclusivity(unchecked) private var cleaned: [UInt16] = []
  private var pendingLines: [CleanLine] = []
  private var pendingIndex = 0
  private var lineMode: Bool?
  private var finished = false
  /// Groups waiting to become blocks (several when one-paragraph-per-line text splits a group).
  private var queued: [LineGroup] = []
  private var queuedIndex = 0
  /// Cleaning counts not yet handed on with a block.
  @exclusivity(unchecked) private var counts = NormalizationCounts()

  /// A cleaned line: its code units, input line number, whether it may need NFC composition,
  /// whether its tone marks were already placed, and its input bytes when kept and the same text.
  struct CleanLine {
    var units: [UInt16]
    var line: Int
    var needsComposition: Bool
    var tonesPlaced = false
    var utf8: [UInt8]? = nil
  }

  /// A block's lines before finishing, segmentation and classification.
  struct LineGroup {
    var lines: [CleanLine]
    var line: Int { lines.first?.line ?? 0 }
  }

  init(lines: LineReader, options: ReadingOptions) {
    self.lines = lines
    self.normalizer = Normalizer(options: options.normalization)
    self.classifier = BlockClassifier(boilerplate: options.boilerplate)
    self.forcedWrapping = options.normalization.wrapped
    self.keepsUTF8 = options.keepsUTF8
  }

  /// The counts gathered since the last block (at the end: of trailing blank lines).
  func takeCounts() -> NormalizationCounts {
    defer { counts = NormalizationCounts() }
    return counts
  }

  /// The next block, or nil at the end.
  func next() throws(SongNguError) -> PreparedBlock? {
    if queuedIndex == queued.count {
      guard let group = try nextLineGroup() else { return nil }
      if lineMode == nil {
        lineMode = group.lines.count >= 2 && !ArticleReader.isWrapped(group.lines.map(\.units), forced: forcedWrapping)
      }
      queued = lineMode == true ? group.lines.map { LineGroup(lines: [$0]) } : [group]
      queuedIndex = 0
    }
    let group = queued[queuedIndex]
    queuedIndex += 1
    var block = prepare(group)
    block.counts.add(takeCounts())
    block.oneParagraphPerLine = lineMode == true
    return block
  }

  /// Finishes, joins and pre-classifies one group.
  private func prepare(_ group: LineGroup) -> PreparedBlock {
    var result = PreparedBlock()
    result.line = group.line
    if group.lines.count == 1, let line = group.lines.first {
      // One line (most blocks): no joining, no copies.
      var units = line.units
      normalizer.finishLine(
        &units, needsComposition: line.needsComposition, tonesPlaced: line.tonesPlaced, counts: &result.counts)
      let kind = classifier.kind(ofLineUnits: [units], titleSeen: true)
      result.text = units
      // Only cleaning, composition and the tone pass change a line, and a line kept as bytes had
      // none of them (its tones were placed without a move and it needs no composition).
      result.utf8 = line.utf8
      result.isBoilerplate = kind == .boilerplate
      result.kindAfterTitle = kind
      return result
    }
    var lines: [[UInt16]] = []
    lines.reserveCapacity(group.lines.count)
    for line in group.lines {
      var units = line.units
      normalizer.finishLine(
        &units, needsComposition: line.needsComposition, tonesPlaced: line.tonesPlaced, counts: &result.counts)
      lines.append(units)
    }
    let wrapped = lines.count >= 2 && ArticleReader.isWrapped(lines, forced: forcedWrapping)
    result.wrapped = wrapped
    if wrapped { result.counts.joinedLines += lines.count - 1 }
    var text: [UInt16] = []
    var lineRanges: [Range<Int>] = []
    for (index, units) in lines.enumerated() {
      if index > 0 {
        if wrapped { result.joins.append(text.count) }
        text.append(wrapped ? 0x20 : 0x0A)
      }
      lineRanges.append(text.count..<(text.count + units.count))
      text.append(contentsOf: units)
    }
    result.pieces = wrapped ? [] : lineRanges
    result.text = text
    if group.lines.allSatisfy({ $0.utf8 != nil }) {
      var bytes: [UInt8] = []
      for (index, line) in group.lines.enumerated() {
        if index > 0 { bytes.append(wrapped ? 0x20 : 0x0A) }
        bytes.append(contentsOf: line.utf8 ?? [])
      }
      result.utf8 = bytes
    }
    let kind = classifier.kind(ofLineUnits: lines, titleSeen: true)
    result.isBoilerplate = kind == .boilerplate
    result.kindAfterTitle = kind
    return result
  }

  /// The next group of non-blank cleaned lines.
  private func nextLineGroup() throws(SongNguError) -> LineGroup? {
    var group: [CleanLine] = []
    while !finished {
      let line: CleanLine
      if pendingIndex < pendingLines.count {
        line = pendingLines[pendingIndex]
        pendingIndex += 1
      } else {
        guard try lines.nextLine(into: &rawLine) else {
          finished = true
          break
        }
        cleaned.removeAll(keepingCapacity: true)
        let facts = lines.lineFacts
        let needsComposition = rawLine.withUnsafeBufferPointer {
          normalizer.cleanLine($0, into: &cleaned, counts: &counts, facts: facts)
        }
        let number = lines.lineNumber
        // Only cleaning makes line breaks (from vertical tabs and line separators).
        if !facts.isEmpty && cleaned.contains(0x0A) {
          // Vertical tabs and line separators became line breaks: queue the extra lines.
          let parts = cleaned.split(separator: 0x0A, omittingEmptySubsequences: false)
          pendingLines = parts.dropFirst().map {
            CleanLine(units: Array($0), line: number, needsComposition: needsComposition)
          }
          pendingIndex = 0
          line = CleanLine(units: Array(parts[0]), line: number, needsComposition: needsComposition)
        } else if facts.isEmpty {
          // Decoded text that needs no cleaning or composition: the tone pass runs at the pairs the
          // decoder noted, on the line as it is.
          let moved = counts.toneMarksMoved
          normalizer.placeToneMarks(atCandidates: lines.markedPairs, in: &cleaned, counts: &counts)
          line = CleanLine(
            units: cleaned, line: number, needsComposition: false, tonesPlaced: true,
            utf8: keepsUTF8 && counts.toneMarksMoved == moved ? lines.lineUTF8 : nil)
        } else {
          line = CleanLine(units: cleaned, line: number, needsComposition: needsComposition)
        }
      }
      if line.units.isEmpty {
        if !group.isEmpty { return LineGroup(lines: group) }
        continue
      }
      group.append(line)
    }
    return group.isEmpty ? nil : LineGroup(lines: group)
  }
}
