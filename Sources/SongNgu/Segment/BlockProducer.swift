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
  private let maxBlockBytes: Int
  /// The first group's line ends so far and its first line, while its lines are read one at a time
  /// (see `queueNextGroup()`).
  private var firstGroup: (tally: WrapTally, line: Int)?
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
    /// Its length in the input (the first of the lines a vertical tab split: the whole line's).
    var bytes = 0
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
    self.maxBlockBytes = max(options.maxBlockBytes, options.maxLineBytes)
  }

  /// The counts gathered since the last block (at the end: of trailing blank lines).
  func takeCounts() -> NormalizationCounts {
    defer { counts = NormalizationCounts() }
    return counts
  }

  /// The next block, or nil at the end.
  func next() throws(SongNguError) -> PreparedBlock? {
    if queuedIndex == queued.count {
      guard try queueNextGroup() else { return nil }
    }
    let group = queued[queuedIndex]
    queuedIndex += 1
    var block = prepare(group)
    block.counts.add(takeCounts())
    block.oneParagraphPerLine = lineMode == true
    return block
  }

  /// Reads the next group and queues its blocks; false at the end.
  ///
  /// The first group decides whether the text has one paragraph a line (`lineMode`); after that, in
  /// that mode, each line is read as it comes. A group longer than `maxBlockBytes` is never held
  /// whole: it is refused unless it is the first one and may have one paragraph a line, which is
  /// then assumed while its lines are read one at a time, and checked at its end (`firstGroup`).
  private func queueNextGroup() throws(SongNguError) -> Bool {
    queued.removeAll(keepingCapacity: true)
    queuedIndex = 0
    if lineMode == true {
      guard let line = try nextNonBlankLine() else {
        try closeFirstGroup()
        return false
      }
      queued.append(LineGroup(lines: [line]))
      return true
    }
    guard let (group, complete) = try nextLineGroup() else { return false }
    if lineMode == nil {
      if complete {
        lineMode = group.lines.count >= 2 && !ArticleReader.isWrapped(group.lines.map(\.units), forced: forcedWrapping)
      } else {
        // Too long to be one block: it can only be read as one paragraph a line.
        guard forcedWrapping != true else {
          throw .blockTooLong(path: lines.name, line: group.line, limit: maxBlockBytes)
        }
        lineMode = true
        if forcedWrapping == nil {
          var tally = WrapTally()
          for line in group.lines { tally.add(line.units) }
          firstGroup = (tally, group.line)
        }
      }
    } else if !complete {
      throw .blockTooLong(path: lines.name, line: group.line, limit: maxBlockBytes)
    }
    if lineMode == true {
      queued = group.lines.map { LineGroup(lines: [$0]) }
    } else {
      queued.append(group)
    }
    return true
  }

  /// The next non-blank line (one paragraph a line), or nil at the end.
  private func nextNonBlankLine() throws(SongNguError) -> CleanLine? {
    while let line = try nextCleanLine() {
      if line.units.isEmpty {
        try closeFirstGroup()
        continue
      }
      firstGroup?.tally.add(line.units)
      return line
    }
    return nil
  }

  /// Ends the first group read line by line: refused if, whole, it reads as one hard-wrapped block.
  private func closeFirstGroup() throws(SongNguError) {
    guard let (tally, line) = firstGroup else { return }
    firstGroup = nil
    if tally.isWrapped(forced: nil) { throw .blockTooLong(path: lines.name, line: line, limit: maxBlockBytes) }
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

  /// The next group of non-blank cleaned lines, and whether it is complete: false when it grew
  /// longer than `maxBlockBytes` (it then ends with the line that made it too long).
  private func nextLineGroup() throws(SongNguError) -> (group: LineGroup, complete: Bool)? {
    var group: [CleanLine] = []
    var bytes = 0
    while let line = try nextCleanLine() {
      if line.units.isEmpty {
        if !group.isEmpty { return (LineGroup(lines: group), true) }
        continue
      }
      group.append(line)
      bytes += line.bytes
      if bytes > maxBlockBytes { return (LineGroup(lines: group), false) }
    }
    return group.isEmpty ? nil : (LineGroup(lines: group), true)
  }

  /// The next cleaned line (empty when blank), or nil at the end.
  private func nextCleanLine() throws(SongNguError) -> CleanLine? {
    if pendingIndex < pendingLines.count {
      defer { pendingIndex += 1 }
      return pendingLines[pendingIndex]
    }
    guard !finished else { return nil }
    guard try lines.nextLine(into: &rawLine) else {
      finished = true
      return nil
    }
    cleaned.removeAll(keepingCapacity: true)
    let facts = lines.lineFacts
    let needsComposition = rawLine.withUnsafeBufferPointer {
      normalizer.cleanLine($0, into: &cleaned, counts: &counts, facts: facts)
    }
    let number = lines.lineNumber
    let bytes = lines.lineByteCount
    // Only cleaning makes line breaks (from vertical tabs and line separators).
    if !facts.isEmpty && cleaned.contains(0x0A) {
      // Vertical tabs and line separators became line breaks: queue the extra lines.
      let parts = cleaned.split(separator: 0x0A, omittingEmptySubsequences: false)
      pendingLines = parts.dropFirst().map {
        CleanLine(units: Array($0), line: number, needsComposition: needsComposition)
      }
      pendingIndex = 0
      return CleanLine(units: Array(parts[0]), line: number, needsComposition: needsComposition, bytes: bytes)
    } else if facts.isEmpty {
      // Decoded text that needs no cleaning or composition: the tone pass runs at the pairs the
      // decoder noted, on the line as it is.
      let moved = counts.toneMarksMoved
      normalizer.placeToneMarks(atCandidates: lines.markedPairs, in: &cleaned, counts: &counts)
      return CleanLine(
        units: cleaned, line: number, needsComposition: false, tonesPlaced: true,
        utf8: keepsUTF8 && counts.toneMarksMoved == moved ? lines.lineUTF8 : nil, bytes: bytes)
    } else {
      return CleanLine(units: cleaned, line: number, needsComposition: needsComposition, bytes: bytes)
    }
  }
}
