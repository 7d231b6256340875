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
