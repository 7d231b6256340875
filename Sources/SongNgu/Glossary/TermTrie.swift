/// A trie over folded keys as a double array, built once from sorted keys.
///
/// Text units map straight to a dense alphabet (`codes`, which folds case, and diacritics for the
/// plain trie, on the way), the most frequent units getting the smallest codes so siblings sit close.
/// Node `n` lives in slot `n` of `slots`, two `Int32`s: its base (bitwise-negated when keys end at
/// the node) and its parent (the "check"). The child of `n` along code `c` is the slot
/// `base(n) + c` if that slot's check is `n`. A step is one table load and one slot load, whatever
/// the glossary's size; the candidates of a node (indices into the matcher's candidate table, in
/// glossary order) are looked up only where keys end. A `KeyPrefixFilter` of how the keys begin turns
/// away most text positions before any step.
struct TermTrie: Sendable {
  /// `Int32`s per slot.
  static let stride = 2
  static let free: Int32 = -1

  /// `codes[u]`: the alphabet code (1…) of text unit `u` once folded, 0 when no key holds it.
  private var codes: [UInt16] = []
  /// Per slot: base (`~base` when keys end at the node), check (parent slot, or `free`).
  private var slots: [Int32] = []
  /// Per slot: first and end index in `candidates`.
  private var candidateRanges: [Int32] = []
  /// The candidates of all nodes, node after node.
  private(set) var candidates: [Int32] = []
  /// The number of nodes, the root (slot 0) included.
  private(set) var nodeCount = 1
  /// How the keys begin, to pass over text positions that begin none.
  private var filter: KeyPrefixFilter

  /// Whether the trie holds no key.
  var isEmpty: Bool { candidates.isEmpty }

  /// Builds the trie from `(key, candidate)` pairs whose keys are folded through `fold`, the table
  /// text units go through (`TermFolding.lower` or `.plain`).
  init(keys: [(key: [UInt16], candidate: Int32)], fold: [UInt16]) {
    let sorted = keys.filter { !$0.key.isEmpty }.sorted { left, right in
      left.key.lexicographicallyPrecedes(right.key) || (left.key == right.key && left.candidate < right.candidate)
    }
    // The alphabet, most frequent first.
    var frequency = [Int](repeating: 0, count: 0x10000)
    for (key, _) in sorted {
      for unit in key { frequency[Int(unit)] += 1 }
    }
    let alphabet = (0..<0x10000).filter { frequency[$0] > 0 }.sorted { frequency[$0] > frequency[$1] }
    var keyCodes = [UInt16](repeating: 0, count: 0x10000)
    for (index, unit) in alphabet.enumerated() { keyCodes[unit] = UInt16(index + 1) }
    codes = fold.map { keyCodes[Int($0)] }
    filter = KeyPrefixFilter(codes: codes, keys: sorted.lazy.map { $0.key.lazy.map { keyCodes[Int($0)] } })

    var builder = Builder(alphabet: alphabet.count)
    // Depth first, so that a chain of single children lands in consecutive slots (a walk along a long
    // key reads one cache line after another): each stacked node is a slot and the range of sorted keys
    // sharing its prefix.
    var stack: [(slot: Int, lower: Int, upper: Int, depth: Int)] = [(0, 0, sorted.count, 0)]
    var children: [(code: Int, lower: Int, upper: Int)] = []
    var ranges: [(slot: Int, lower: Int32, upper: Int32)] = []
    var nodes = 0
    while let (slot, lower, upper, depth) = stack.popLast() {
      nodes += 1
      var index = lower
      let candidateStart = candidates.count
      // Keys that end here sort first.
      while index < upper && sorted[index].key.count == depth {
        candidates.append(sorted[index].candidate)
        index += 1
      }
      if candidates.count > candidateStart {
        ranges.append((slot, Int32(candidateStart), Int32(candidates.count)))
      }
      children.removeAll(keepingCapacity: true)
      while index < upper {
        let unit = sorted[index].key[depth]
        var end = index + 1
        while end < upper && sorted[end].key[depth] == unit { end += 1 }
        children.append((Int(keyCodes[Int(unit)]), index, end))
        index = end
      }
      guard !children.isEmpty else { continue }
      let base = builder.place(parent: slot, codes: children.map(\.code))
      for child in children.reversed() {
        stack.append((base + child.code, child.lower, child.upper, depth + 1))
      }
    }
    slots = builder.finish()
    candidateRanges = [Int32](repeating: 0, count: slots.count)
    for (slot, lower, upper) in ranges {
      slots[slot * Self.stride] = ~slots[slot * Self.stride]
      candidateRanges[slot * 2] = lower
      candidateRanges[slot * 2 + 1] = upper
    }
    nodeCount = nodes
  }

  /// The trie's arrays as unchecked buffers, for the scan loop; valid only inside `withUnsafeView`.
  struct UnsafeView {
    let codes: UnsafeBufferPointer<UInt16>
    let slots: UnsafeBufferPointer<Int32>
    let candidateRanges: UnsafeBufferPointer<Int32>
    let filter: KeyPrefixFilter.UnsafeView

    /// Writes the `KeyPrefixFilter` lanes of `text`'s units to `out`, then `KeyPrefixFilter.width` zeros.
    @inline(__always)
    func writeLanes(of text: UnsafeBufferPointer<UInt16>, to out: UnsafeMutablePointer<UInt8>) {
      filter.writeLanes(of: text, to: out)
    }

    /// What begins at `start` in a text whose lanes `writeLanes` wrote to `lanes`: its first word's
    /// length, up to `KeyPrefixFilter.width`, and whether a key may begin there (false for most
    /// positions that begin none).
    @inline(__always)
    func beginning(lanes: UnsafePointer<UInt8>, at start: Int) -> KeyPrefixFilter.Beginning {
      filter.beginning(lanes: lanes, at: start)
    }

    /// The child of `node` along text unit `unit`, or -1.
    @inline(__always)
    func child(of node: Int32, _ unit: UInt16) -> Int32 {
      let code = Int32(codes[Int(unit)])
      guard code != 0 else { return -1 }
      let raw = slots[Int(node) &* TermTrie.stride]
      let target = (raw < 0 ? ~raw : raw) &+ code
      // The slot array ends with `alphabet` spare slots, so `target` is in range.
      return slots[Int(target) &* TermTrie.stride &+ 1] == node ? target : -1
    }

    /// Whether keys end at `node`.
    @inline(__always)
    func isTerminal(_ node: Int32) -> Bool { slots[Int(node) &* TermTrie.stride] < 0 }

    /// The candidates whose key ends at `node`.
    @inline(__always)
    func candidateRange(_ node: Int32) -> Range<Int> {
      Int(candidateRanges[Int(node) &* 2])..<Int(candidateRanges[Int(node) &* 2 &+ 1])
    }
  }

  /// Calls `body` with the trie's arrays as unchecked buffers.
  @inline(__always)
  func withUnsafeView<T>(_ body: (UnsafeView) -> T) -> T {
    codes.withUnsafeBufferPointer { codes in
      slots.withUnsafeBufferPointer { slots in
        candidateRanges.withUnsafeBufferPointer { candidateRanges in
          filter.withUnsafeView { filter in
            body(UnsafeView(codes: codes, slots: slots, candidateRanges: candidateRanges, filter: filter))
          }
        }
      }
    }
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
