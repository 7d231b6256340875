/// Where one substituted target is in a draft, and what it replaced.
///
/// Offsets are UTF-16 code units. Replacing every span's `range` in `Draft.text` with its match's
/// `TermMatch.text` gives back the sentence (`Draft.restoredSource()`).
public struct DraftSpan: Sendable, Equatable, Hashable, Codable {
  /// The substituted text in the draft, markers included.
  public var range: Range<Int>
  /// The target alone in the draft (inside the markers; equal to `range` for plain drafts).
  public var targetRange: Range<Int>
  /// The index of the match in `Draft.matches`.
  public var match: Int
  /// The target as written into the draft.
  public var target: String
  /// Whether the entry's target was capitalised because its term starts the sentence.
  public var capitalized: Bool

  public init(range: Range<Int>, targetRange: Range<Int>, match: Int, target: String, capitalized: Bool) {
    self.range = range
    self.targetRange = targetRange
    self.match = match
    self.target = target
    self.capitalized = capitalized
  }
}
