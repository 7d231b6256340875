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
  /// In a wrapped block, the offsets (in `utf16`) of the spaces that replaced line breaks.
  public var lineJoins: [Int]

  /// The normalized block text.
  public var text: String { String(utf16Units: utf16) }

  public init(
    index: Int, kind: BlockKind, start: Int, end: Int, utf16: [UInt16], line: Int, wasWrapped: Bool,
    sentences: [Sentence], lineJoins: [Int] = []
  ) {
    self.lineJoins = lineJoins
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
