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

  /// `vi = en; vi = en`, the form written in TMX and XLIFF notes (`separator` " = ") and in the CSV
  /// `terms` column (`separator` "=").
  static func list(_ terms: [UsedTerm], separator: String) -> String {
    terms.map { $0.source + separator + $0.target }.joined(separator: "; ")
  }

  /// Parses what `list(_:separator:)` wrote.
  ///
  /// Pieces without the separator are skipped. A term that itself contains "; " or the separator cannot be told apart; glossary terms do not.
  static func parseList(_ text: String, separator: String) -> [UsedTerm] {
    guard !text.isEmpty else { return [] }
    return text.components(separatedBy: "; ").compactMap { piece in
      guard let range = piece.range(of: separator) else { return nil }
      return UsedTerm(source: String(piece[..<range.lowerBound]), target: String(piece[range.upperBound...]))
    }
  }
}
