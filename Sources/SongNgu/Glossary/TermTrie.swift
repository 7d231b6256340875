/// A trie over folded keys in flat arrays, built once from sorted keys.
///
/// Nodes are numbered breadth first, so the children of a node are consecutive nodes whose incoming
/// labels are sorted: a step is a table load at the root and a short search below it. Each node lists
/// the candidates (indices into the matcher's candidate table) whose key ends there, in glossary order.
struct TermTrie: Sendable {
  /// Units below this have a direct slot in `rootChildren`.
  static let rootTableSize = 0x2000

  /// Per node: the first child, the number of children, the label of the edge into the node.
  private var firstChild: [Int32] = [0]
  private var childCount: [Int32] = [0]
  private var labels: [UInt16] = [0]
  /// Per node: the node's candidates are `candidates[candidateStart[n]..<candidateStart[n + 1]]`.
  private var candidateStart: [Int32] = [0, 0]
  private(set) var candidates: [Int32] = []
  /// The root's child for each unit below `rootTableSize`, or -1.
  private var rootChildren: [Int32] = []

  /// Whether the trie holds no key.
  var isEmpty: Bool { candidates.isEmpty }
  /// The number of nodes, the root included.
  var nodeCount: Int { labels.count }

  /// Builds the trie from `(key, candidate)` pairs; keys are already folded to `lower` or `plain`.
  init(keys: [(key: [UInt16], candidate: Int32)]) {
    let sorted = keys.filter { !$0.key.isEmpty }.sorted { left, right in
      left.key.lexicographicallyPrecedes(right.key) || (left.key == right.key && left.candidate < right.candidate)
    }
    // Breadth-first: each queued node is a range of sorted keys sharing the node's prefix.
    var ranges: [(lower: Int, upper: Int, depth: Int)] = [(0, sorted.count, 0)]
    var next = 0
    candidateStart = [0]
    while next < ranges.count {
      let (lower, upper, depth) = ranges[next]
      var index = lower
      // Keys that end here sort first.
      while index < upper && sorted[index].key.count == depth {
        candidates.append(sorted[index].candidate)
        index += 1
      }
      candidateStart.append(Int32(candidates.count))
      firstChild[next] = Int32(ranges.count)
      var children: Int32 = 0
      while index < upper {
        let label = sorted[index].key[depth]
        var end = index + 1
        while end < upper && sorted[end].key[depth] == label { end += 1 }
        ranges.append((index, end, depth + 1))
        labels.append(label)
        firstChild.append(0)
        childCount.append(0)
        children += 1
        index = end
      }
      childCount[next] = children
      next += 1
    }
    rootChildren = [Int32](repeating: -1, count: Self.rootTableSize)
    for child in Int(firstChild[0])..<Int(firstChild[0] + childCount[0]) where Int(labels[child]) < Self.rootTableSize {
      rootChildren[Int(labels[child])] = Int32(child)
    }
  }

  /// The child of `node` along `unit`, or -1.
  @inline(__always)
  func child(of node: Int32, _ unit: UInt16) -> Int32 {
    if node == 0 && Int(unit) < Self.rootTableSize { return rootChildren[Int(unit)] }
    var low = Int(firstChild[Int(node)])
    var high = low + Int(childCount[Int(node)])
    while high - low > 4 {
      let middle = (low + high) >> 1
      if labels[middle] <= unit { low = middle } else { high = middle }
    }
    while low < high {
      if labels[low] == unit { return Int32(low) }
      if labels[low] > unit { return -1 }
      low += 1
    }
    return -1
  }

  /// The candidates whose key ends at `node`.
  @inline(__always)
  func candidateRange(_ node: Int32) -> Range<Int> {
    Int(candidateStart[Int(node)])..<Int(candidateStart[Int(node) + 1])
  }
}
