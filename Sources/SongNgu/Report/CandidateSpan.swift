/// A stretch of a sentence that a translator will need a glossary entry for.
public struct CandidateSpan: Sendable, Equatable, Hashable {
  /// UTF-16 code units into the sentence text.
  public var range: Range<Int>
  public var kind: CandidateKind

  public init(range: Range<Int>, kind: CandidateKind) {
    self.range = range
    self.kind = kind
  }
}
