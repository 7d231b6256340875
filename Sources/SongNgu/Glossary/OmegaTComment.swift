import Foundation

/// How the TSV (OmegaT) format keeps the fields it has no column for: tags at the end of the comment.
///
/// OmegaT's glossary has three columns: source, target, comment. songngu writes an entry as one row
/// whose comment is the note followed by these tags, in this order, each only when it has a value:
///
///     <note> [also: DPRK | Democratic People's Republic of Korea] [not: Korea] [domain: country]
///            [case: sensitive] [diacritics: insensitive]
///
/// and each Vietnamese variant as an extra row with the same target and the comment
/// `[variant of: <source>]`, so OmegaT shows the right target for every spelling. Reading undoes both:
/// trailing tags become fields and a variant row joins the entry it names. A comment without tags is
/// just a note, so hand-written OmegaT glossaries read as expected.
enum OmegaTComment {
  /// The fields a comment carries besides the note.
  struct Fields: Equatable {
    var note = ""
    var alternatives: [String] = []
    var forbidden: [String] = []
    var domain = ""
    var caseMatching: String = ""
    var diacritics: String = ""
    /// The source term of the entry this row is a variant of.
    var variantOf: String?
  }

  static let variantTag = "variant of"

  /// The comment of an entry's main row.
  static func comment(for entry: GlossaryEntry) -> String {
    var parts: [String] = []
    if !entry.note.isEmpty { parts.append(entry.note) }
    if !entry.alternatives.isEmpty { parts.append("[also: \(entry.alternatives.joined(separator: " | "))]") }
    if !entry.forbidden.isEmpty { parts.append("[not: \(entry.forbidden.joined(separator: " | "))]") }
    if !entry.domain.isEmpty { parts.append("[domain: \(entry.domain)]") }
    if entry.caseMatching != .auto { parts.append("[case: \(entry.caseMatching.rawValue)]") }
    if entry.diacritics != .exact { parts.append("[diacritics: \(entry.diacritics.rawValue)]") }
    return parts.joined(separator: " ")
  }

  /// The comment of a variant row.
  static func variantComment(of source: String) -> String { "[\(variantTag): \(source)]" }

  /// Splits a (cleaned) comment into its note and tags.
  static func parse(_ comment: String) -> Fields {
    var fields = Fields()
    let variantPrefix = "[\(variantTag): "
    if comment.hasPrefix(variantPrefix) && comment.hasSuffix("]") {
      let value = comment.dropFirst(variantPrefix.count).dropLast()
      if !value.contains("[") {
        fields.variantOf = String(value).trimmingSpaces()
        return fields
      }
    }
    var rest = Substring(comment)
    for tag in ["diacritics", "case", "domain", "not", "also"] {
      guard rest.hasSuffix("]"), let value = takeTag(tag, from: &rest) else { continue }
      switch tag {
      case "diacritics": fields.diacritics = value
      case "case": fields.caseMatching = value
      case "domain": fields.domain = value
      case "not": fields.forbidden = splitList(value)
      default: fields.alternatives = splitList(value)
      }
    }
    fields.note = String(rest).trimmingSpaces()
    return fields
  }

  /// Removes a trailing `[tag: value]` from `text` and returns the value.
  private static func takeTag(_ tag: String, from text: inout Substring) -> String? {
    let marker = "[\(tag): "
    guard let range = text.range(of: marker, options: .backwards) else { return nil }
    if range.lowerBound != text.startIndex && text[text.index(before: range.lowerBound)] != " " { return nil }
    let value = text[range.upperBound..<text.index(before: text.endIndex)]
    text = text[..<range.lowerBound]
    while text.last == " " { text.removeLast() }
    return String(value).trimmingSpaces()
  }

  private static func splitList(_ value: String) -> [String] {
    value.split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
  }
}
