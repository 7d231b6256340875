/// A trie over folded keys as a double array, built once from sorted keys.
///
/// Key units are first mapped to a dense alphabet (`codes`). Node `n` lives in slot `n` of `slots`,
/// four `Int32`s: its base, its parent (the "check"), and the range of its candidates (indices into
/// the matcher's candidate table, in glossary order, for the keys that end at the node). The child of
/// `n` along code `c` is the slot `base(n) + c` if that slot's check is `n`. A step is one table load
/// and one slot load (base, check and candidates share a cache line), whatever the glossary's size.
struct TermTrie: Sendable {
  /// `Int32`s per slot.
  static let stride = 4
  static let free: Int32 = -1

  /// `codes[u]`: the alphabet code (1…) of unit `u`, 0 when no key holds it.
  private var codes: [UInt16] = []
  /// Per slot: base, check (parent slot, or `free`), first candidate, end candidate.
  private var slots: [Int32] = []
  /// The candidates of all nodes, node after node.
  private(set) var candidates: [Int32] = []
  /// The number of slots in use, the root (slot 0) included.
  private(set) var nodeCount = 1

  /// Whether the trie holds no key.
  var isEmpty: Bool { candidates.isEmpty }

  /// Builds the trie from `(key, candidate)` pairs; keys are already folded to `lower` or `plain`.
  init(keys: [(key: [UInt16], candidate: Int32)]) {
    let sorted = keys.filter { !$0.key.isEmpty }.sorted { left, right in
      left.key.lexicographicallyPrecedes(right.key) || (left.key == right.key && left.candidate < right.candidate)
    }
    codes = [UInt16](repeating: 0, count: 0x10000)
    var alphabet = 0
    for (key, _) in sorted {
      for unit in key where codes[Int(unit)] == 0 {
        alphabet += 1
        codes[Int(unit)] = UInt16(alphabet)
      }
    }
    var builder = Builder(alphabet: alphabet)
    // Breadth-first: each queued node is a slot and the range of sorted keys sharing its prefix.
    var queue: [(slot: Int, lower: Int, upper: Int, depth: Int)] = [(0, 0, sorted.count, 0)]
    var next = 0
    var children: [(code: Int, lower: Int, upper: Int)] = []
    while next < queue.count {
      let (slot, lower, upper, depth) = queue[next]
      next += 1
      var index = lower
      let candidateStart = candidates.count
      // Keys that end here sort first.
      while index < upper && sorted[index].key.count == depth {
        candidates.append(sorted[index].candidate)
        index += 1
      }
      builder.setCandidates(slot, Int32(candidateStart)..<Int32(candidates.count))
      children.removeAll(keepingCapacity: true)
      while index < upper {
        let unit = sorted[index].key[depth]
        var end = index + 1
        while end < upper && sorted[end].key[depth] == unit { end += 1 }
        children.append((Int(codes[Int(unit)]), index, end))
        index = end
      }
      guard !children.isEmpty else { continue }
      let base = builder.place(parent: slot, codes: children.map(\.code))
      for child in children {
        queue.append((base + child.code, child.lower, child.upper, depth + 1))
      }
    }
    slots = builder.finish()
    nodeCount = queue.count
  }

  /// The child of `node` along `unit`, or -1.
  @inline(__always)
  func child(of node: Int32, _ unit: UInt16) -> Int32 {
    let code = Int32(codes[Int(unit)])
    guard code != 0 else { return -1 }
    let target = slots[Int(node) &* Self.stride] &+ code
    // The slot array ends with `alphabet` spare slots, so `target` is in range.
    return slots[Int(target) &* Self.stride &+ 1] == node ? target : -1
  }

  /// The candidates whose key ends at `node`.
  @inline(__always)
  func candidateRange(_ node: Int32) -> Range<Int> {
    let base = Int(node) &* Self.stride
    return Int(slots[base &+ 2])..<Int(slots[base &+ 3])
  }

  /// Places children in the double array, keeping the free slots in a linked list.
  private struct Builder {
    let alphabet: Int
    var slots: [Int32] = []
    /// Free slots, in increasing order: `nextFree[s]` / `previousFree[s]`, -1 at the ends.
    var nextFree: [Int32] = []
    var previousFree: [Int32] = []
    var firstFree: Int32 = -1
    var lastFree: Int32 = -1

    init(alphabet: Int) {
      self.alphabet = alphabet
      grow(to: 1024)
      take(0)
      slots[1] = -2  // the root has no parent
    }

    /// Adds free slots up to `count`.
    mutating func grow(to count: Int) {
      let old = slots.count / TermTrie.stride
      guard count > old else { return }
      slots += [Int32](repeating: 0, count: (count - old) * TermTrie.stride)
      nextFree += [Int32](repeating: -1, count: count - old)
      previousFree += [Int32](repeating: -1, count: count - old)
      for slot in old..<count {
        slots[slot * TermTrie.stride + 1] = TermTrie.free
        previousFree[slot] = lastFree
        if lastFree >= 0 { nextFree[Int(lastFree)] = Int32(slot) } else { firstFree = Int32(slot) }
        lastFree = Int32(slot)
      }
    }

    /// Marks `slot` as used.
    mutating func take(_ slot: Int) {
      let previous = previousFree[slot]
      let next = nextFree[slot]
      if previous >= 0 { nextFree[Int(previous)] = next } else { firstFree = next }
      if next >= 0 { previousFree[Int(next)] = previous } else { lastFree = previous }
      slots[slot * TermTrie.stride + 1] = 0
    }

    mutating func setCandidates(_ slot: Int, _ range: Range<Int32>) {
      slots[slot * TermTrie.stride + 2] = range.lowerBound
      slots[slot * TermTrie.stride + 3] = range.upperBound
    }

    func isFree(_ slot: Int) -> Bool {
      slot * TermTrie.stride >= slots.count || slots[slot * TermTrie.stride + 1] == TermTrie.free
    }

    /// Finds a base where every one of `codes` (≥ 1) lands on a free slot, takes those slots for
    /// `parent`'s children and returns the base.
    mutating func place(parent: Int, codes: [Int]) -> Int {
      let first = codes[0]
      var candidate = firstFree
      var base = 0
      while true {
        if candidate < 0 {
          // No free slot fits: start after the last one in use.
          base = slots.count / TermTrie.stride
          break
        }
        base = Int(candidate) - first
        if base >= 1 && codes.dropFirst().allSatisfy({ isFree(base + $0) }) { break }
        candidate = nextFree[Int(candidate)]
      }
      grow(to: max(slots.count / TermTrie.stride, base + (codes.max() ?? 0) + 1))
      slots[parent * TermTrie.stride] = Int32(base)
      for code in codes {
        take(base + code)
        slots[(base + code) * TermTrie.stride + 1] = Int32(parent)
      }
      return base
    }

    /// The slots, with `alphabet` spare free slots at the end so every lookup stays in range.
    mutating func finish() -> [Int32] {
      var last = slots.count / TermTrie.stride - 1
      while last > 0 && slots[last * TermTrie.stride + 1] == TermTrie.free { last -= 1 }
      let count = last + 1 + alphabet + 1
      if count * TermTrie.stride < slots.count {
        slots.removeLast(slots.count - count * TermTrie.stride)
      } else {
        grow(to: count)
      }
      return slots
    }
  }
}
