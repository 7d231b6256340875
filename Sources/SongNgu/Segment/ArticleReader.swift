/// How an article is read: normalization, abbreviations, boilerplate and limits.
public struct ReadingOptions: Sendable {
  public var normalization: NormalizationOptions
  public var abbreviations: AbbreviationList
  public var boilerplate: BoilerplateList
  /// Lines longer than this (in bytes) are refused.
  public var maxLineBytes: Int
  /// The ICU locale of the sentence segmenter: "vi" for Vietnamese articles, "en" for English ones.
  public var locale: String

  public init(
    normalization: NormalizationOptions = NormalizationOptions(), abbreviations: AbbreviationList = .standard,
    boilerplate: BoilerplateList = .standard, maxLineBytes: Int = 1 << 20, locale: String = "vi"
  ) {
    self.normalization = normalization
    self.abbreviations = abbreviations
    self.boilerplate = boilerplate
    self.maxLineBytes = maxLineBytes
    self.locale = locale
  }

  /// The same options for reading an English article: English segmentation and abbreviations.
  public func english(abbreviations: AbbreviationList = .english) -> ReadingOptions {
    var options = self
    options.locale = "en"
    options.abbreviations = abbreviations
    return options
  }
}

/// Reads an article a block at a time.
///
/// Lines are decoded, normalized, grouped into blocks, classified and split into sentences.
/// Memory holds one block at a time.
///
/// Blocks are separated by blank lines. When the first block has several lines that are not
/// hard-wrapped, the text is taken to have one paragraph per line, and every line is a block.
/// The normalized document text is the blocks joined by `blockSeparator`.
public final class ArticleReader {
  public let lines: LineReader
  public let options: ReadingOptions
  /// What normalization changed so far.
  public private(set) var counts = NormalizationCounts()
  /// Findings so far: an article that mixes old and new tone-mark placement gets
  /// `normalize.mixed-tone-style` (translation memories match better when one style is used).
  public var findings: [Finding] {
    guard counts.oldStyleSyllables > 0 && counts.newStyleSyllables > 0 else { return [] }
    return [
      Finding(
        category: "normalize.mixed-tone-style",
        message:
          "mixed tone-mark placement: \(counts.oldStyleSyllables) old-style (hòa) and "
          + "\(counts.newStyleSyllables) new-style (hoà) syllables; --tone-style old or new makes it consistent")
    ]
  }
  /// "\n\n" between blank-line-separated blocks, "\n" for one-paragraph-per-line text.
  public private(set) var blockSeparator = "\n\n"

  private let normalizer: Normalizer
  private let classifier: BlockClassifier
  /// The ICU sentence iterator, reused for every line (not thread-safe: one reader, one thread).
  private let segmenter: SentenceSegmenter
  private var rawLine: [UInt16] = []
  private var cleaned: [UInt16] = []
  private var pendingLines: [CleanLine] = []
  private var pendingIndex = 0
  private var lineMode: Bool?
  private var blockIndex = 0
  private var sentenceIndex = 0
  private var offset = 0
  private var titleSeen = false
  private var finished = false
  /// Groups waiting to become blocks (several when one-paragraph-per-line text splits a group).
  private var queued: [LineGroup] = []
  private var queuedIndex = 0

  /// A cleaned line: its code units, input line number, whether it may need NFC composition, and
  /// whether its tone marks were already placed.
  struct CleanLine {
    var units: [UInt16]
    var line: Int
    var needsComposition: Bool
    var tonesPlaced = false
  }

  /// A block's lines before finishing, segmentation and classification.
  struct LineGroup {
    var lines: [CleanLine]
    var line: Int { lines.first?.line ?? 0 }
  }

  /// A block finished and segmented, waiting for its index, kind and offsets.
  struct SegmentedGroup {
    var text: [UInt16] = []
    var line = 0
    var wrapped = false
    var ranges: [Range<Int>] = []
    var counts = NormalizationCounts()
    var isBoilerplate = false
    var kindAfterTitle = BlockKind.body
  }

  public convenience init(lines: LineReader, options: ReadingOptions = ReadingOptions()) {
    self.init(
      lines: lines, options: options,
      segmenter: SentenceSegmenter(locale: options.locale, abbreviations: options.abbreviations))
  }

  /// Reads with an existing segmenter, so that a worker reading many articles opens ICU once.
  ///
  /// The segmenter should be opened for `options.locale` and `options.abbreviations`, and must not be
  /// used by another thread meanwhile.
  public init(lines: LineReader, options: ReadingOptions, segmenter: SentenceSegmenter) {
    self.lines = lines
    self.options = options
    self.normalizer = Normalizer(options: options.normalization)
    self.segmenter = segmenter
    self.classifier = BlockClassifier(boilerplate: options.boilerplate)
  }

  /// The next block, or nil at the end of the article.
  public func nextBlock() throws(SongNguError) -> Block? {
    if queuedIndex == queued.count {
      guard let group = try nextLineGroup() else { return nil }
      if lineMode == nil {
        lineMode = group.lines.count >= 2 && !isWrapped(group.lines.map(\.units))
        if lineMode == true { blockSeparator = "\n" }
      }
      queued = lineMode == true ? group.lines.map { LineGroup(lines: [$0]) } : [group]
      queuedIndex = 0
    }
    let group = queued[queuedIndex]
    queuedIndex += 1
    return assemble(
      Self.segment(
        group, normalizer: normalizer, classifier: classifier, segmenter: segmenter,
        forcedWrapping: options.normalization.wrapped))
  }

  /// Finishes, joins, segments and pre-classifies one group.
  static func segment(
    _ group: LineGroup, normalizer: Normalizer, classifier: BlockClassifier, segmenter: SentenceSegmenter,
    forcedWrapping: Bool?
  ) -> SegmentedGroup {
    var result = SegmentedGroup()
    result.line = group.line
    if group.lines.count == 1, let line = group.lines.first {
      // One line (most blocks): no joining, no copies.
      var units = line.units
      normalizer.finishLine(
        &units, needsComposition: line.needsComposition, tonesPlaced: line.tonesPlaced, counts: &result.counts)
      result.ranges = units.withUnsafeBufferPointer { segmenter.split($0) }
      let kind = classifier.kind(ofLineUnits: [units], titleSeen: true)
      result.text = units
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
    let wrapped = lines.count >= 2 && isWrapped(lines, forced: forcedWrapping)
    result.wrapped = wrapped
    if wrapped { result.counts.joinedLines += lines.count - 1 }
    var text: [UInt16] = []
    var lineRanges: [Range<Int>] = []
    for (index, units) in lines.enumerated() {
      if index > 0 { text.append(wrapped ? 0x20 : 0x0A) }
      lineRanges.append(text.count..<(text.count + units.count))
      text.append(contentsOf: units)
    }
    let pieces = wrapped ? [0..<text.count] : lineRanges
    text.withUnsafeBufferPointer { buffer in
      for piece in pieces {
        for range in segmenter.split(UnsafeBufferPointer(rebasing: buffer[piece])) {
          result.ranges.append((piece.lowerBound + range.lowerBound)..<(piece.lowerBound + range.upperBound))
        }
      }
    }
    result.text = text
    let kind = classifier.kind(ofLineUnits: lines, titleSeen: true)
    result.isBoilerplate = kind == .boilerplate
    result.kindAfterTitle = kind
    return result
  }

  /// Gives a segmented group its index, kind and offsets, in document order.
  private func assemble(_ group: SegmentedGroup) -> Block {
    counts.add(group.counts)
    let kind: BlockKind
    if group.isBoilerplate {
      kind = .boilerplate
    } else if !titleSeen {
      kind = .title
      titleSeen = true
    } else {
      kind = group.kindAfterTitle
    }
    let start = offset
    var sentences: [Sentence] = []
    sentences.reserveCapacity(group.ranges.count)
    for range in group.ranges {
      sentences.append(
        Sentence(
          index: sentenceIndex, block: blockIndex, kind: kind, start: start + range.lowerBound,
          end: start + range.upperBound, utf16: group.text[range]))
      sentenceIndex += 1
    }
    let block = Block(
      index: blockIndex, kind: kind, start: start, end: start + group.text.count, utf16: group.text,
      line: group.line, wasWrapped: group.wrapped, sentences: sentences)
    blockIndex += 1
    offset = start + group.text.count + blockSeparator.utf16.count
    return block
  }

  /// Reads the whole article into a `Document`.
  public func readDocument(name: String) throws(SongNguError) -> Document {
    var blocks: [Block] = []
    var text = ""
    while let block = try nextBlock() {
      if !blocks.isEmpty { text += blockSeparator }
      text += block.text
      blocks.append(block)
    }
    return Document(name: name, text: text, blocks: blocks, normalization: counts, findings: findings)
  }

  // MARK: - Lines to blocks

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
        if cleaned.contains(0x0A) {
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
          normalizer.placeToneMarks(atCandidates: lines.toneCandidates, in: &cleaned, counts: &counts)
          line = CleanLine(units: cleaned, line: number, needsComposition: false, tonesPlaced: true)
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

  private func isWrapped(_ lines: [[UInt16]]) -> Bool {
    Self.isWrapped(lines, forced: options.normalization.wrapped)
  }

  /// Whether lines were broken mid-sentence at a fixed width: most line ends fall inside a sentence
  /// (no final punctuation, and the next line starts in lower case).
  static func isWrapped(_ lines: [[UInt16]], forced: Bool?) -> Bool {
    if let forced { return forced }
    guard lines.count >= 2 else { return false }
    var inside = 0
    for index in 0..<(lines.count - 1) {
      guard let last = lines[index].last, let next = lines[index + 1].first else { continue }
      let ends = [0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x201D, 0x22].contains(last)
      if !ends && (CharacterClass.isLower(next) || CharacterClass.isDigit(next)) { inside += 1 }
    }
    return inside * 2 >= lines.count - 1 && inside > 0
  }
}
