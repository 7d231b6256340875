import Foundation

/// A glossary term found in a unit's source and the English it was rendered as.
public struct UsedTerm: Sendable, Equatable, Hashable, Codable {
  /// The Vietnamese term as it appears in the glossary.
  public var source: String
  /// The English term used in the target.
  public var target: String

  public init(source: String, target: String) {
    self.source = source
    self.target = target
  }
}
