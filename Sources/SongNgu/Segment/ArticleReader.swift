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
  /// Findings so far: an article read from an encoding that detection found gets the note
  /// `read.encoding` (`LineReader.encodingNote`); an article that mixes old and new tone-mark
  /// placement gets `normalize.mixed-tone-style` (translation memories match better when one style
  /// is used).
  public var findings: [Finding] {
    let notes = encodingNote.map { [$0] } ?? []
    guard counts.oldStyleSyllables > 0 && counts.newStyleSyllables > 0 else { return notes }
    return notes + [
      Finding(
        category: "normalize.mixed-tone-style",
        message:
          "mixed tone-mark placement: \(counts.oldStyleSyllables) old-style (hòa) and "
          + "\(counts.newStyleSyllables) new-style (hoà) syllables; --tone-style old or new makes it consistent")
    ]
  }
  /// What the input was read as, when detection chose it (taken before a helper thread reads).
  private let encodingNote: Finding?
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
    self.encodingNote = lines.encodingNote
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
      line: prepared.line, wasWrapped: prepared.wrapped, sentences: sentences, lineJoins: prepared.joins)
    blockIndex += 1
    offset = start + prepared.text.count + blockSeparator.utf16.count
    return block
  }

  /// Reads the whole article into a `Document`.
  public func readDocument(name: String) throws(SongNguError) -> Document {
    try readDocument(name: name) { _ in }
  }

  /// Reads the whole article into a `Document`, calling `body` with each block as it is read (while
  /// `blockUTF8` is that block's).
  func readDocument(name: String, _ body: (Block) -> Void) throws(SongNguError) -> Document {
    var blocks: [Block] = []
    var text = ""
    while let block = try nextBlock() {
      if !blocks.isEmpty { text += blockSeparator }
      text += block.text
      body(block)
      blocks.append(block)
    }
    return Document(name: name, text: text, blocks: blocks, normalization: counts, findings: findings)
  }

  /// Whether lines were broken mid-sentence at a fixed width: most line ends fall inside a sentence
  /// (no final punctuation, and the next line starts in lower case).
  static func isWrapped(_ lines: [[UInt16]], forced: Bool?) -> Bool {
    var tally = WrapTally()
    for line in lines { tally.add(line) }
    return tally.isWrapped(forced: forced)
  }
}

/// The line ends of a run of lines as `ArticleReader.isWrapped(_:forced:)` weighs them, counted a
/// line at a time.
struct WrapTally {
  private var lines = 0
  /// Line ends that fall inside a sentence.
  private var inside = 0
  /// The last code unit of the line before, if it had one.
  private var last: UInt16?

  mutating func add(_ line: [UInt16]) {
    if lines > 0, let last, let next = line.first {
      let ends = [0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x201D, 0x22].contains(last)
      if !ends && (CharacterClass.isLower(next) || CharacterClass.isDigit(next)) { inside += 1 }
    }
    last = line.last
    lines += 1
  }

  /// Whether the lines were broken mid-sentence at a fixed width (`forced` when given).
  func isWrapped(forced: Bool?) -> Bool {
    if let forced { return forced }
    guard lines >= 2 else { return false }
    return inside * 2 >= lines - 1 && inside > 0
  }
}
