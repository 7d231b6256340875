import Foundation

/// Work handed out in order to worker threads, and results handed back in that order.
///
/// `claim` hands out indexes in order, waiting while `bound` claimed items are not yet
/// taken; `store` keeps a finished one; `take` returns them in index order, waiting for the next.
final class ReorderBuffer<Element: Sendable>: @unchecked Sendable {
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
