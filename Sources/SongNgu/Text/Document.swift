/// A normalized, segmented article.
public struct Document: Sendable {
  /// The article's name: its file name without `.vi.txt`/`.txt`, or "stdin" for standard input
  /// (read from the path "-").
  public var name: String
  /// The normalized text: the blocks, separated by `blockSeparator`.
  public var text: String
  public var blocks: [Block]
  /// What normalization changed.
  public var normalization: NormalizationCounts
  public var findings: [Finding]

  public init(name: String, text: String, blocks: [Block], normalization: NormalizationCounts, findings: [Finding]) {
    self.name = name
    self.text = text
    self.blocks = blocks
    self.normalization = normalization
    self.findings = findings
  }

  /// All sentences in reading order, boilerplate included.
  public var sentences: [Sentence] { blocks.flatMap(\.sentences) }

  /// The sentences to translate: boilerplate left out.
  public var translatableSentences: [Sentence] { sentences.filter { $0.kind != .boilerplate } }

  /// The article name for a path: `dir/nato.vi.txt` → `nato`.
  public static func name(forPath path: String) -> String {
    if path == "-" { return "stdin" }
    var base = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in [".vi.txt", ".txt", ".vi"] where base.hasSuffix(suffix) && base.count > suffix.count {
      base.removeLast(suffix.count)
      break
    }
    return base
  }
}
