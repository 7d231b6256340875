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
  /// Findings so far.
  public private(set) var findings: [Finding] = []
  /// "\n\n" between blank-line-separated blocks, "\n" for one-paragraph-per-line text.
  public private(set) var blockSeparator = "\n\n"

  private let normalizer: Normalizer
  private let segmenter: SentenceSegmenter
  private let classifier: BlockClassifier
  private var rawLine: [UInt16] = []
  private var normalized: [UInt16] = []
  private var pendingLines: [(units: [UInt16], line: Int)] = []
  private var pendingIndex = 0
  private var queued: [(lines: [[UInt16]], line: Int)] = []
  private var lineMode: Bool?
  private var blockIndex = 0
  private var sentenceIndex = 0
  private var offset = 0
  private var titleSeen = false
  private var finished = false

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
    while queued.isEmpty {
      guard let group = try nextLineGroup() else { return nil }
      if lineMode == nil {
        lineMode = group.lines.count >= 2 && !isWrapped(group.lines)
        if lineMode == true { blockSeparator = "\n" }
      }
      if lineMode == true {
        for (offset, line) in group.lines.enumerated() { queued.append((lines: [line], line: group.line + offset)) }
      } else {
        queued.append(group)
      }
    }
    let next = queued.removeFirst()
    return makeBlock(lines: next.lines, line: next.line)
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

  /// The next group of non-blank normalized lines, with the input line of its first.
  private func nextLineGroup() throws(SongNguError) -> (lines: [[UInt16]], line: Int)? {
    var group: [[UInt16]] = []
    var firstLine = 0
    while !finished {
      let units: [UInt16]
      let number: Int
      if pendingIndex < pendingLines.count {
        (units, number) = pendingLines[pendingIndex]
        pendingIndex += 1
      } else {
        guard try lines.nextLine(into: &rawLine) else {
          finished = true
          break
        }
        normalized.removeAll(keepingCapacity: true)
        let facts = lines.lineFacts
        rawLine.withUnsafeBufferPointer {
          normalizer.normalizeLine($0, into: &normalized, counts: &counts, facts: facts)
        }
        number = lines.lineNumber
        if normalized.contains(0x0A) {
          // Vertical tabs and line separators became line breaks: queue the extra lines.
          let parts = normalized.split(separator: 0x0A, omittingEmptySubsequences: false)
          pendingLines = parts.dropFirst().map { (units: Array($0), line: number) }
          pendingIndex = 0
          units = Array(parts[0])
        } else {
          units = normalized
        }
      }
      if units.isEmpty {
        if !group.isEmpty { return (group, firstLine) }
        continue
      }
      if group.isEmpty { firstLine = number }
      group.append(units)
    }
    return group.isEmpty ? nil : (group, firstLine)
  }

  /// Whether lines were broken mid-sentence at a fixed width: most line ends fall inside a sentence
  /// (no final punctuation, and the next line starts in lower case).
  private func isWrapped(_ lines: [[UInt16]]) -> Bool {
    if let forced = options.normalization.wrapped { return forced }
    guard lines.count >= 2 else { return false }
    var inside = 0
    for index in 0..<(lines.count - 1) {
      guard let last = lines[index].last, let next = lines[index + 1].first else { continue }
      let ends = [0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x201D, 0x22].contains(last)
      if !ends && (CharacterClass.isLower(next) || CharacterClass.isDigit(next)) { inside += 1 }
    }
    return inside * 2 >= lines.count - 1 && inside > 0
  }

  private func makeBlock(lines: [[UInt16]], line: Int) -> Block {
    let wrapped = lines.count >= 2 && isWrapped(lines)
    if wrapped { counts.joinedLines += lines.count - 1 }
    var text: [UInt16] = []
    var lineRanges: [Range<Int>] = []
    for (index, units) in lines.enumerated() {
      if index > 0 { text.append(wrapped ? 0x20 : 0x0A) }
      lineRanges.append(text.count..<(text.count + units.count))
      text.append(contentsOf: units)
    }
    let kind = classifier.kind(ofLineUnits: lines, titleSeen: titleSeen)
    if kind == .title { titleSeen = true }
    var sentences: [Sentence] = []
    let pieces = wrapped ? [0..<text.count] : lineRanges
    text.withUnsafeBufferPointer { buffer in
      for piece in pieces {
        for range in segmenter.split(UnsafeBufferPointer(rebasing: buffer[piece])) {
          let lower = piece.lowerBound + range.lowerBound
          let upper = piece.lowerBound + range.upperBound
          sentences.append(
            Sentence(
              index: sentenceIndex, block: blockIndex, kind: kind, start: offset + lower, end: offset + upper,
              utf16: text[lower..<upper]))
          sentenceIndex += 1
        }
      }
    }
    let start = offset
    let block = Block(
      index: blockIndex, kind: kind, start: start, end: start + text.count, utf16: text, line: line,
      wasWrapped: wrapped, sentences: sentences)
    blockIndex += 1
    offset = start + text.count + blockSeparator.utf16.count
    return block
  }
}
