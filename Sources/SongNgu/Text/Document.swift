/// What a block of an article is.
///
/// Raw values are the spellings in JSONL, TSV and CLI output.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
  /// The article's title: its first block that is not boilerplate.
  case title
  /// A short line without final punctuation: a section heading or a category label.
  case heading
  /// A body paragraph.
  case body
  /// The source line (`Nguồn: …`, `Theo …`).
  case source
  /// Web page furniture (share, comment, related-article prompts); kept but flagged, left out of exports.
  case boilerplate
}

extension BlockKind {
  /// `rawValue` as a literal, which writers append without touching a string.
  var spelling: StaticString {
    switch self {
    case .title: return "title"
    case .heading: return "heading"
    case .body: return "body"
    case .source: return "source"
    case .boilerplate: return "boilerplate"
    }
  }
}

/// One sentence (a "unit") of a document.
///
/// Offsets are UTF-16 code units (ICU's unit) into `Document.text`, the normalized text. The
/// sentence's code units are a slice of its block's normalized text: nothing is copied until
/// `text` is asked for.
public struct Sentence: Sendable, Equatable, Codable {
  /// 0-based position among all sentences of the document, boilerplate included.
  public var index: Int
  /// 0-based index of the block the sentence is in.
  public var block: Int
  /// The kind of that block.
  public var kind: BlockKind
  /// Start offset (UTF-16 code units) in the normalized document text.
  public var start: Int
  /// End offset (exclusive).
  public var end: Int
  /// The sentence's UTF-16 code units.
  public var utf16: ArraySlice<UInt16>

  /// The sentence text, exactly `Document.text[start..<end]`.
  public var text: String { utf16.withUnsafeBufferPointer { String(utf16Units: $0) } }

  public init(index: Int, block: Int, kind: BlockKind, start: Int, end: Int, text: String) {
    self.init(index: index, block: block, kind: kind, start: start, end: end, utf16: Array(text.utf16)[...])
  }

  public init(index: Int, block: Int, kind: BlockKind, start: Int, end: Int, utf16: ArraySlice<UInt16>) {
    self.index = index
    self.block = block
    self.kind = kind
    self.start = start
    self.end = end
    self.utf16 = utf16
  }

  enum CodingKeys: String, CodingKey {
    case block, kind, index, start, end, text
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      index: try container.decode(Int.self, forKey: .index), block: try container.decode(Int.self, forKey: .block),
      kind: try container.decode(BlockKind.self, forKey: .kind), start: try container.decode(Int.self, forKey: .start),
      end: try container.decode(Int.self, forKey: .end), text: try container.decode(String.self, forKey: .text))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(block, forKey: .block)
    try container.encode(kind, forKey: .kind)
    try container.encode(index, forKey: .index)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(text, forKey: .text)
  }
}

/// A block of an article: text between blank lines (or one line, for one-paragraph-per-line text).
public struct Block: Sendable, Equatable {
  /// 0-based index in the document.
  public var index: Int
  public var kind: BlockKind
  /// Offsets (UTF-16 code units) of the block in the normalized document text.
  public var start: Int
  public var end: Int
  /// The normalized block text as UTF-16: its sentences and the white space between them.
  public var utf16: [UInt16]
  /// 1-based input line on which the block starts.
  public var line: Int
  /// Whether the block's lines were hard-wrapped and joined.
  public var wasWrapped: Bool
  public var sentences: [Sentence]

  /// The normalized block text.
  public var text: String { String(utf16Units: utf16) }

  public init(
    index: Int, kind: BlockKind, start: Int, end: Int, utf16: [UInt16], line: Int, wasWrapped: Bool,
    sentences: [Sentence]
  ) {
    self.index = index
    self.kind = kind
    self.start = start
    self.end = end
    self.utf16 = utf16
    self.line = line
    self.wasWrapped = wasWrapped
    self.sentences = sentences
  }
}

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
