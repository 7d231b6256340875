/// Lists of fixed-size records of integers, kept in a temporary file once they pass 1 MiB: how a
/// coverage report keeps every occurrence and sentence reference of a large article in flat memory.
///
/// The records of all lists go one after another, each with a link to the record before it in its
/// list, so a list is known by its last record and its length (`RecordList`). Where no temporary file
/// can be made or written (a full disk), the records stay in memory. Appends come from one thread;
/// reads only after the appends are done.
final class RecordLog: @unchecked Sendable {
  /// Integers per record, the link not included.
  let width: Int
  /// Records not yet in the file (indices `spilled...`), `width + 1` words each, the link last.
  private var pending: [Int64] = []
  /// Records already in the file, which hold indices `0..<spilled`.
  private var spilled = 0
  private var file: TemporaryFile?
  private var canSpill = true
  /// Words kept in memory before they go to the file.
  private let pendingWords: Int
  /// Records read from the file at a time (aligned): a rare candidate's records lie far apart, a
  /// frequent one's close together.
  private static let blockRecords = 64
  /// Records of one list held at a time while it is read in order.
  static let stretchRecords = 4096

  /// A log that keeps `pendingWords` words (1 MiB by default) in memory before it writes them to its
  /// file.
  init(width: Int, pendingWords: Int = 1 << 17) {
    self.width = width
    self.pendingWords = max(pendingWords, width + 1)
  }

  /// Records appended so far.
  var count: Int { spilled + pending.count / (width + 1) }

  /// Records in the temporary file.
  var recordsInFile: Int { spilled }

  /// Appends a record (`width` values) after the record `previous` of its list (-1 to start one)
  /// and returns its index.
  func append(_ values: [Int], after previous: Int) -> Int {
    precondition(values.count == width)
    let index = count
    for value in values { pending.append(Int64(value)) }
    pending.append(Int64(previous))
    if pending.count >= pendingWords { spill() }
    return index
  }

  /// Calls `body` with each record of the list ending at `last`, `length` of them, in the order they
  /// were appended.
  ///
  /// A list is linked backwards, so it is walked from its end twice: once to mark the last record of
  /// every stretch of `stretchRecords`, then a stretch at a time, oldest first, each stretch held
  /// while it is handed over. Memory holds one stretch and one index per stretch, however long the
  /// list.
  func forEach(endingAt last: Int, length: Int, _ body: (ArraySlice<Int64>) -> Void) {
    guard length > 0 else { return }
    let stretch = Self.stretchRecords
    var reader = Reader(log: self)
    // The index of the last record of each stretch, newest first; stretch `k` holds the list's
    // records `k * stretch ..< min((k + 1) * stretch, length)`.
    var ends: [Int] = []
    if length > stretch {
      var index = last
      for position in stride(from: length - 1, through: 0, by: -1) {
        if position == length - 1 || position % stretch == stretch - 1 { ends.append(index) }
        index = reader.link(index)
      }
    } else {
      ends = [last]
    }
    var words: [Int64] = []
    words.reserveCapacity(min(length, stretch) * width)
    for (number, end) in ends.reversed().enumerated() {
      let count = min(stretch, length - number * stretch)
      words.removeAll(keepingCapacity: true)
      var index = end
      for _ in 0..<count {
        let record = reader.record(index)
        words.append(contentsOf: record.dropLast())
        index = Int(record[record.endIndex - 1])
      }
      for position in stride(from: count - 1, through: 0, by: -1) {
        body(words[(position * width)..<((position + 1) * width)])
      }
    }
  }

  /// Reads records, the file a block of them at a time.
  private struct Reader {
    let log: RecordLog
    var block: (start: Int, words: [Int64]) = (-1, [])

    /// The record at `index` with its link.
    mutating func record(_ index: Int) -> ArraySlice<Int64> {
      let step = log.width + 1
      if index >= log.spilled {
        let start = (index - log.spilled) * step
        return log.pending[start..<(start + step)]
      }
      if !(block.start >= 0 && index >= block.start && index < block.start + block.words.count / step) {
        let first = index - index % RecordLog.blockRecords
        block = (first, log.read(first..<min(log.spilled, first + RecordLog.blockRecords)))
      }
      let start = (index - block.start) * step
      return block.words[start..<(start + step)]
    }

    /// The index of the record before `index` in its list (-1 for none).
    mutating func link(_ index: Int) -> Int {
      let record = record(index)
      return Int(record[record.endIndex - 1])
    }
  }

  private func spill() {
    guard canSpill else { return }
    if file == nil { file = TemporaryFile() }
    guard let file, pending.withUnsafeBytes({ file.write($0, at: spilled * (width + 1) * 8) }) else {
      // No temporary file, or a full disk: keep the rest in memory.
      canSpill = false
      return
    }
    spilled += pending.count / (width + 1)
    pending.removeAll(keepingCapacity: true)
  }

  /// The words of the records in `range`, all in the file.
  private func read(_ range: Range<Int>) -> [Int64] {
    let step = width + 1
    var words = [Int64](repeating: 0, count: range.count * step)
    words.withUnsafeMutableBytes { file?.read(into: $0, at: range.lowerBound * step * 8) }
    return words
  }
}

/// One list of a `RecordLog`: its last record and its length.
struct RecordList: Sendable, Equatable {
  private(set) var log: RecordLog?
  private(set) var last = -1
  private(set) var count = 0

  init(log: RecordLog?) { self.log = log }

  /// Appends a record to the list.
  mutating func append(_ values: [Int]) {
    guard let log else { preconditionFailure("a list without a log") }
    last = log.append(values, after: last)
    count += 1
  }

  /// Calls `body` with each record, in the order they were appended, without holding them all.
  func forEach(_ body: (ArraySlice<Int64>) -> Void) { log?.forEach(endingAt: last, length: count, body) }

  /// The records, in the order they were appended.
  var records: [[Int]] {
    var result: [[Int]] = []
    result.reserveCapacity(count)
    forEach { record in result.append(record.map { Int($0) }) }
    return result
  }

  static func == (lhs: RecordList, rhs: RecordList) -> Bool { lhs.records == rhs.records }
}
