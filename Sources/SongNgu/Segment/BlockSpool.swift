/// The blocks of an article kept to be gone through again, in a temporary file past 1 MiB: how coverage
/// makes three passes over a large article while it decodes, normalizes and segments it once.
///
/// Each block is kept as it was read (its figures, its sentences' offsets, its line joins and its UTF-16
/// text) and is read back equal to the block kept. Where no temporary file can be made or written (a
/// full disk), the blocks stay in memory. Memory holds about 1 MiB while blocks are kept and 1 MiB
/// (or one block, when larger) while they are read back.
final class BlockSpool {
  /// Bytes held before they go to the file, and read from it at a time.
  private let chunkBytes: Int
  /// Bytes not yet in the file: whole blocks, after the file's.
  private var pending: [UInt8] = []
  private var file: TemporaryFile?
  private var canSpill = true
  /// Bytes in the file.
  private var written = 0
  /// Blocks kept.
  private(set) var count = 0

  /// A block's fixed part: index, kind, start, end, line, whether wrapped, and the counts of its UTF-16
  /// units, sentences and line joins.
  private static let headerWords = 9
  /// A sentence: its index, its start and end in the block, and whether it continues a line.
  private static let sentenceWords = 4

  init(chunkBytes: Int = 1 << 20) {
    self.chunkBytes = max(chunkBytes, 64)
  }

  /// Bytes kept in the temporary file.
  var bytesInFile: Int { written }

  /// Keeps `block`, the next one.
  func append(_ block: Block) {
    func word(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { pending.append(contentsOf: $0) } }
    word(block.index)
    word(BlockKind.allCases.firstIndex(of: block.kind) ?? 0)
    word(block.start)
    word(block.end)
    word(block.line)
    word(block.wasWrapped ? 1 : 0)
    word(block.utf16.count)
    word(block.sentences.count)
    word(block.lineJoins.count)
    for sentence in block.sentences {
      word(sentence.index)
      word(sentence.start - block.start)
      word(sentence.end - block.start)
      word(sentence.continuesLine ? 1 : 0)
    }
    for join in block.lineJoins { word(join) }
    block.utf16.withUnsafeBytes { pending.append(contentsOf: $0) }
    // Whole words, so that every block starts on one.
    pending.append(contentsOf: repeatElement(0, count: Self.padding(block.utf16.count)))
    count += 1
    if pending.count >= chunkBytes { spill() }
  }

  /// Calls `body` with every block kept, in order.
  func forEach(_ body: (Block) -> Void) {
    // Blocks in the file come first, then those in `pending`; none lies across the two.
    var window: [UInt8] = []
    var windowStart = 0
    /// Makes `window` hold the file's bytes `position..<(position + count)`, reading a chunk or more.
    func load(_ position: Int, _ count: Int) {
      guard position < windowStart || position + count > windowStart + window.count else { return }
      window = [UInt8](repeating: 0, count: min(max(chunkBytes, count), written - position))
      window.withUnsafeMutableBytes { file?.read(into: $0, at: position) }
      windowStart = position
    }
    var position = 0
    while position < written {
      load(position, Self.headerWords * 8)
      let size = window.withUnsafeBytes {
        Self.size(of: UnsafeRawBufferPointer(rebasing: $0[(position - windowStart)...]))
      }
      load(position, size)
      window.withUnsafeBytes { body(Self.block(in: UnsafeRawBufferPointer(rebasing: $0[(position - windowStart)...]))) }
      position += size
    }
    var offset = 0
    while offset < pending.count {
      offset += pending.withUnsafeBytes { raw in
        let record = UnsafeRawBufferPointer(rebasing: raw[offset...])
        body(Self.block(in: record))
        return Self.size(of: record)
      }
    }
  }

  /// Zero units after `units` units, to end on a whole 8-byte word.
  private static func padding(_ units: Int) -> Int { (4 - units % 4) % 4 * 2 }

  /// The bytes of the block that `record` starts with.
  private static func size(of record: UnsafeRawBufferPointer) -> Int {
    let units = Int(record.loadUnaligned(fromByteOffset: 6 * 8, as: Int64.self).littleEndian)
    let sentences = Int(record.loadUnaligned(fromByteOffset: 7 * 8, as: Int64.self).littleEndian)
    let joins = Int(record.loadUnaligned(fromByteOffset: 8 * 8, as: Int64.self).littleEndian)
    return (headerWords + sentences * sentenceWords + joins) * 8 + units * 2 + padding(units)
  }

  /// The block that `record` starts with.
  private static func block(in record: UnsafeRawBufferPointer) -> Block {
    var offset = 0
    func word() -> Int {
      defer { offset += 8 }
      return Int(record.loadUnaligned(fromByteOffset: offset, as: Int64.self).littleEndian)
    }
    let index = word()
    let kind = BlockKind.allCases[word()]
    let start = word()
    let end = word()
    let line = word()
    let wasWrapped = word() != 0
    let unitCount = word()
    let sentenceCount = word()
    let joinCount = word()
    var ranges: [(index: Int, range: Range<Int>, continuesLine: Bool)] = []
    ranges.reserveCapacity(sentenceCount)
    for _ in 0..<sentenceCount {
      let sentence = word()
      let lower = word()
      let upper = word()
      ranges.append((sentence, lower..<upper, word() != 0))
    }
    var joins: [Int] = []
    joins.reserveCapacity(joinCount)
    for _ in 0..<joinCount { joins.append(word()) }
    let units = [UInt16](unsafeUninitializedCapacity: unitCount) { buffer, initialized in
      UnsafeMutableRawBufferPointer(buffer).copyMemory(
        from: UnsafeRawBufferPointer(rebasing: record[offset..<(offset + unitCount * 2)]))
      initialized = unitCount
    }
    let sentences = ranges.map { item in
      var sentence = Sentence(
        index: item.index, block: index, kind: kind, start: start + item.range.lowerBound,
        end: start + item.range.upperBound, utf16: units[item.range])
      sentence.continuesLine = item.continuesLine
      return sentence
    }
    return Block(
      index: index, kind: kind, start: start, end: end, utf16: units, line: line, wasWrapped: wasWrapped,
      sentences: sentences, lineJoins: joins)
  }

  private func spill() {
    guard canSpill else { return }
    if file == nil { file = TemporaryFile() }
    guard let file, pending.withUnsafeBytes({ file.write($0, at: written) }) else {
      // No temporary file, or a full disk: keep the rest in memory.
      canSpill = false
      return
    }
    written += pending.count
    pending.removeAll(keepingCapacity: true)
  }
}
