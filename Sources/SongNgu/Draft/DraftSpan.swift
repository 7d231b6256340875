/// Where one substituted target is in a draft, and what it replaced.
///
/// Offsets are UTF-16 code units. Replacing every span's `range` in `Draft.text` with its `source`
/// gives back the sentence (`Draft.restoredSource()`).
public struct DraftSpan: Sendable, Equatable, Hashable, Codable {
  /// What was substituted.
  ///
  /// Raw values are the spellings in JSON.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// A glossary term, replaced by its target.
    case term
    /// A date written the English way (`tháng 8/2017` → `August 2017`).
    case date
    /// A number written the English way (`1.000` → `1,000`, `2,5` → `2.5`).
    case number
    /// An amount with its scale and currency (`5 tỷ USD` → `USD 5 billion`).
    case amount

    init(_ kind: DraftConversions.Kind) {
      switch kind {
      case .date: self = .date
      case .number: self = .number
      case .amount: self = .amount
      }
    }
  }

  /// The substituted text in the draft, markers included.
  public var range: Range<Int>
  /// The target alone in the draft (inside the markers; equal to `range` for plain drafts).
  public var targetRange: Range<Int>
  /// The index of the glossary match in `Draft.matches`; nil for a date, number or amount.
  public var match: Int?
  /// The target as written into the draft.
  public var target: String
  /// Whether the entry's target was capitalised because its term starts the sentence.
  public var capitalized: Bool
  /// The Vietnamese it replaced.
  public var source: String
  public var kind: Kind

  public init(
    range: Range<Int>, targetRange: Range<Int>, match: Int?, target: String, capitalized: Bool, source: String,
    kind: Kind = .term
  ) {
    self.range = range
    self.targetRange = targetRange
    self.match = match
    self.target = target
    self.capitalized = capitalized
    self.source = source
    self.kind = kind
  }
}
