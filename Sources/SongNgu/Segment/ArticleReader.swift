/// How an article is read: normalization, abbreviations, boilerplate and limits.
public struct ReadingOptions: Sendable {
  public var normalization: NormalizationOptions
  public var abbreviations: AbbreviationList
  public var boilerplate: BoilerplateList
  /// Lines longer than this (in bytes) are refused.
  public var maxLineBytes: Int
  /// The ICU locale of the sentence segmenter: "vi" for Vietnamese articles, "en" for English ones.
  public var locale: String
  /// Read on two threads; the result is the same either way.
  ///
  /// A helper thread decodes, cleans, normalizes and groups lines while the caller's thread runs ICU
  /// and the Vietnamese rules and builds blocks.
  public var concurrent: Bool
  /// Keep each block's input bytes when normalization left the block as it was
  /// (`ArticleReader.blockUTF8`), for writers that copy them instead of encoding the text again.
  var keepsUTF8 = false

  public init(
    normalization: NormalizationOptions = NormalizationOptions(), abbreviations: AbbreviationList = .standard,
    boilerplate: BoilerplateList = .standard, maxLineBytes: Int = 1 << 20, locale: String = "vi",
    concurrent: Bool = false
  ) {
    self.normalization = normalization
    self.abbreviations = abbreviations
    self.boilerplate = boilerplate
    self.maxLineBytes = maxLineBytes
    self.locale = locale
    self.concurrent = concurrent
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
/// Memory holds one block at a time (a few dozen when reading concurrently).
///
/// Blocks are separated by blank lines. When the first block has several lines that are not
/// hard-wrapped, the text is taken to have one paragraph per line, and every line is a block.
/// The normalized document text is the blocks joined by `blockSeparator`.
public final class ArticleReader {
  /// The input.
  ///
  /// When reading concurrently a helper thread reads it: only its `name` is safe to use before the
  /// end of the article.
  public let lines: LineReader
  public let options: ReadingOptions
  /// What normalization changed so far.
  @exclusivity(unchecked) public private(set) var counts = NormalizationCounts()
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
  /// With `ReadingOptions.keepsUTF8`: the UTF-8 of the block last returned when it is exactly its
  /// input bytes (normalization changed nothing in its lines), else nil.
  private(set) var blockUTF8: [UInt8]?

  /// ICU and the Vietnamese rules, on the caller's thread.
  private let segmenter: SentenceSegmenter
  /// The first stage, when it runs on the caller's thread.
  private let producer: BlockProducer?
  /// The first stage on a helper thread, when reading concurrently.
  private let pipeline: BlockPipeline?
  private var ready: [PreparedBlock] = []
  private var readyIndex = 0
  private var ended = false
  private var blockIndex = 0
  private var sentenceIndex = 0
  private var offset = 0
  private var titleSeen = false

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
    self.segmenter = segmenter
    let producer = BlockProducer(lines: lines, options: options)
    if options.concurrent {
      self.producer = nil
      self.pipeline = BlockPipeline(producer: producer)
    } else {
      self.producer = producer
      self.pipeline = nil
    }
  }

  deinit { pipeline?.cancel() }

  /// The next block, or nil at the end of the article.
  public func nextBlock() throws(SongNguError) -> Block? {
    guard let prepared = try nextPrepared() else { return nil }
    return assemble(prepared)
  }

  private func nextPrepared() throws(SongNguError) -> PreparedBlock? {
    if let producer {
      if let block = try producer.next() { return block }
      counts.add(producer.takeCounts())
      return nil
    }
    guard let pipeline else { return nil }
    while readyIndex == ready.count {
      if ended { return nil }
      switch pipeline.take() {
      case .blocks(let blocks):
        ready = blocks
        readyIndex = 0
      case .end(let remaining):
        counts.add(remaining)
        ended = true
      case .failure(let error):
        ended = true
        throw error
      }
    }
    defer { readyIndex += 1 }
    return ready[readyIndex]
  }

  /// Splits a block into sentences and gives it its index, kind and offsets, in document order.
  private func assemble(_ prepared: PreparedBlock) -> Block {
    counts.add(prepared.counts)
    blockUTF8 = prepared.utf8
    if prepared.oneParagraphPerLine { blockSeparator = "\n" }
    var ranges: [Range<Int>] = []
    prepared.text.withUnsafeBufferPointer { text in
      if prepared.pieces.isEmpty {
        ranges = segmenter.split(text)
        return
      }
      for piece in prepared.pieces {
        for range in segmenter.split(UnsafeBufferPointer(rebasing: text[piece])) {
          ranges.append((piece.lowerBound + range.lowerBound)..<(piece.lowerBound + range.upperBound))
        }
      }
    }
    let kind: BlockKind
    if prepared.isBoilerplate {
      kind = .boilerplate
    } else if !titleSeen {
      kind = .title
      titleSeen = true
    } else {
      kind = prepared.kindAfterTitle
    }
    let start = offset
    var sentences: [Sentence] = []
    sentences.reserveCapacity(ranges.count)
    for range in ranges {
      sentences.append(
        Sentence(
          index: sentenceIndex, block: blockIndex, kind: kind, start: start + range.lowerBound,
          end: start + range.upperBound, utf16: prepared.text[range]))
      sentenceIndex += 1
    }
    let block = Block(
      index: blockIndex, kind: kind, start: start, end: start + prepared.text.count, utf16: prepared.text,
      line: prepared.line, wasWrapped: prepared.wrapped, sentences: sentences)
    blockIndex += 1
    offset = start + prepared.text.count + blockSeparator.utf16.count
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

/// A block after the first stage: normalized text and a provisional kind.
struct PreparedBlock: Sendable {
  var text: [UInt16] = []
  /// `text` as UTF-8, when kept (`ReadingOptions.keepsUTF8`) and normalization changed nothing.
  var utf8: [UInt8]?
  var line = 0
  var wrapped = false
  /// The stretches segmented separately (each line of a block of several); empty: the whole text.
  var pieces: [Range<Int>] = []
  /// Normalization counts of the block's lines (and of blank lines before it).
  var counts = NormalizationCounts()
  var isBoilerplate = false
  /// The block's kind unless it is the title.
  var kindAfterTitle = BlockKind.body
  var oneParagraphPerLine = false
}

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
      if index > 0 { text.append(wrapped ? 0x20 : 0x0A) }
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
