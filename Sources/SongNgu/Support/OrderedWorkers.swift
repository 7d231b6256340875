import Foundation

/// A bounded parallel loop that keeps order: items `0..<count` are worked on by worker threads, and
/// their results are handed to one consumer, on the calling thread, in index order.
///
/// What `ArticlePreparer.run` (render articles, write their files) and `CorpusAligner.run` (align
/// document pairs, write the corpus) share. Memory stays flat: a worker claims an item only while
/// fewer than `window` claimed items are not yet consumed, so finished items waiting for an earlier
/// one never exceed the window.
enum OrderedWorkers {
  /// How full the reorder window of a run got.
  struct Statistics: Sendable, Equatable {
    /// The most items claimed and not yet consumed (working or waiting) allowed.
    var bound: Int
    /// The most finished items that ever waited for an earlier one (at most `bound`).
    var highWater: Int
  }

  /// Works on `count` items on `workers` threads (at most one a item) and hands each result to
  /// `consume` in index order; `progress` is called (from any thread) after each item with the
  /// number done.
  ///
  /// Each thread calls `makeWorker` once and then works with what it returned (a closure from an
  /// index to its result), so per-thread state such as ICU iterators needs no locking. When `consume`
  /// throws, the workers stop claiming, the busy ones finish, and the error is rethrown.
  @discardableResult
  static func run<Output: Sendable>(
    count: Int, workers: Int, window: Int, progress: (@Sendable (Int) -> Void)? = nil,
    makeWorker: @escaping @Sendable () -> (Int) -> Output, consume: (Output) throws -> Void
  ) rethrows -> Statistics {
    let buffer = ReorderBuffer<Output>(count: count, bound: max(1, window))
    let group = DispatchGroup()
    for _ in 0..<(count == 0 ? 0 : max(1, min(workers, count))) {
      DispatchQueue.global().async(group: group) {
        let work = makeWorker()
        while let index = buffer.claim() {
          let done = buffer.store(work(index), at: index)
          progress?(done)
        }
      }
    }
    do {
      while let output = buffer.take() { try consume(output) }
    } catch {
      buffer.cancel()
      group.wait()
      throw error
    }
    group.wait()
    return buffer.statistics
  }
}

/// Work handed out in order to worker threads, and results handed back in that order.
///
/// `claim` hands out indexes in order, waiting while `bound` claimed items are not yet
/// taken; `store` keeps a finished one; `take` returns them in index order, waiting for the next.
private final class ReorderBuffer<Element: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let count: Int
  private let bound: Int
  private var next = 0
  private var taken = 0
  private var done = 0
  private var cancelled = false
  private var waiting: [Int: Element] = [:]
  private var highWater = 0

  init(count: Int, bound: Int) {
    self.count = count
    self.bound = bound
  }

  func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while !cancelled && next < count && next - taken >= bound { condition.wait() }
    guard !cancelled && next < count else { return nil }
    next += 1
    return next - 1
  }

  func store(_ outcome: Element, at index: Int) -> Int {
    condition.lock()
    defer { condition.unlock() }
    waiting[index] = outcome
    highWater = max(highWater, waiting.count)
    done += 1
    condition.broadcast()
    return done
  }

  /// The next outcome in order, nil when all are taken (or the run is cancelled).
  func take() -> Element? {
    condition.lock()
    defer { condition.unlock() }
    while !cancelled && taken < count && waiting[taken] == nil { condition.wait() }
    guard !cancelled && taken < count, let outcome = waiting.removeValue(forKey: taken) else { return nil }
    taken += 1
    condition.broadcast()
    return outcome
  }

  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  var statistics: OrderedWorkers.Statistics {
    condition.lock()
    defer { condition.unlock() }
    return OrderedWorkers.Statistics(bound: bound, highWater: highWater)
  }
}
