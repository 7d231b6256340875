import Foundation

/// Runs a `BlockProducer` on a helper thread and hands its blocks over in batches.
///
/// The queue is bounded (four batches of about 256 KiB of text each), so memory stays flat however
/// long the article is; the producer waits when the reader falls behind. Batches keep the locking to
/// a few hundred hand-overs per megabyte.
final class BlockPipeline: @unchecked Sendable {
  /// What the reader takes from the queue.
  enum Item {
    case blocks([PreparedBlock])
    /// The end of the article, with the counts of trailing blank lines.
    case end(NormalizationCounts)
    case failure(SongNguError)
  }

  private let condition = NSCondition()
  private var items: [Item] = []
  private var cancelled = false
  private static let capacity = 4
  private static let batchUnits = 1 << 17
  private static let batchBlocks = 256

  init(producer: BlockProducer) {
    let thread = Thread { [self] in self.run(producer) }
    thread.name = "songngu.reader"
    thread.start()
  }

  /// The next item, waiting for the producer when the queue is empty.
  func take() -> Item {
    condition.lock()
    defer { condition.unlock() }
    while items.isEmpty { condition.wait() }
    let item = items.removeFirst()
    condition.signal()
    return item
  }

  /// Stops the producer (the reader is gone or stopped early).
  func cancel() {
    condition.lock()
    cancelled = true
    items.removeAll()
    condition.broadcast()
    condition.unlock()
  }

  /// The helper thread: produce until the end, an error, or cancellation.
  private func run(_ producer: BlockProducer) {
    var batch: [PreparedBlock] = []
    var units = 0
    do {
      while let block = try producer.next() {
        units += block.text.count
        batch.append(block)
        if units >= Self.batchUnits || batch.count >= Self.batchBlocks {
          guard put(.blocks(batch)) else { return }
          batch = []
          units = 0
        }
      }
      if !batch.isEmpty { guard put(.blocks(batch)) else { return } }
      _ = put(.end(producer.takeCounts()))
    } catch {
      if !batch.isEmpty { guard put(.blocks(batch)) else { return } }
      _ = put(.failure(error))
    }
  }

  /// Queues `item`, waiting while the queue is full; false when cancelled.
  private func put(_ item: Item) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while items.count >= Self.capacity && !cancelled { condition.wait() }
    if cancelled { return false }
    items.append(item)
    condition.signal()
    return true
  }
}
