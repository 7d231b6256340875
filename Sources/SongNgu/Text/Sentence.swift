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
  /// For alignment: the unit continues the one before it across an open line end.
  ///
  /// The line before ended without sentence punctuation (a subtitle line, a wrapped title), so the
  /// aligner may join the two cheaply. Not encoded.
  public var continuesLine = false

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
