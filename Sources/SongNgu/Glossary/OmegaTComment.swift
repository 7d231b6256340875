/// How the TSV (OmegaT) format keeps the fields it has no column for: tags at the end of the comment.
///
/// OmegaT's glossary has three columns: source, target, comment. songngu writes an entry as one row
/// whose comment is the note followed by these tags, in this order, each only when it has a value:
///
///     <note> [also: DPRK | Democratic People's Republic of Korea] [not: Korea] [not after: ông | bà]
///            [not before: ấy | ta] [pos: noun] [domain: country] [case: sensitive] [diacritics: insensitive]
///
/// and each Vietnamese variant as an extra row with the same target and the comment
/// `[variant of: <source>]`, so OmegaT shows the right target for every spelling. Reading undoes both:
/// trailing tags become fields and a variant row joins the entry it names. A comment without tags is
/// just a note, so hand-written OmegaT glossaries read as expected. Tag values cannot contain `[`, and a note
/// that itself ends like a tag (`see [domain: law]`) reads back as that tag.
enum OmegaTComment {
  /// The fields a comment carries besides the note.
  struct Fields: Equatable {
    var note = ""
    var alternatives: [String] = []
    var forbidden: [String] = []
    var notAfter: [String] = []
    var notBefore: [String] = []
    var partOfSpeech = ""
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
    if !entry.notAfter.isEmpty { parts.append("[not after: \(entry.notAfter.joined(separator: " | "))]") }
    if !entry.notBefore.isEmpty { parts.append("[not before: \(entry.notBefore.joined(separator: " | "))]") }
    if !entry.partOfSpeech.isEmpty { parts.append("[pos: \(entry.partOfSpeech)]") }
    if !entry.domain.isEmpty { parts.append("[domain: \(entry.domain)]") }
    if entry.caseMatching != .auto { parts.append("[case: \(entry.caseMatching.rawValue)]") }
    if entry.diacritics != .exact { parts.append("[diacritics: \(entry.diacritics.rawValue)]") }
    return parts.joined(separator: " ")
  }

  /// The comment of a variant row.
  static func variantComment(of source: String) -> String { "[\(variantTag): \(source)]" }

  /// Splits a (cleaned) comment into its note and tags.
  ///
  /// Works on UTF-16 code units: it runs for every row of a large glossary.
  static func parse(_ comment: String) -> Fields { parse(Array(comment.utf16)) }

  /// Splits a (cleaned) comment given as UTF-16 code units.
  static func parse(_ units: [UInt16]) -> Fields {
    var fields = Fields()
    guard units.last == 0x5D else {  // ']'
      fields.note = UTF16Text.string(units)
      return fields
    }
    let variantPrefix = Array("[\(variantTag): ".utf16)
    if units.starts(with: variantPrefix), !units[variantPrefix.count...].contains(0x5B) {
      fields.variantOf = UTF16Text.string(units, variantPrefix.count..<(units.count - 1)).trimmingSpaces()
      return fields
    }
    // Tags come last, in a fixed order; read them from the end, each character once.
    let tags = ["also", "not", "not after", "not before", "pos", "domain", "case", "diacritics"]
    var allowed = tags.count
    var end = units.count
    while end > 0 && units[end - 1] == 0x5D, let open = units[0..<(end - 1)].lastIndex(of: 0x5B) {
      guard open == 0 || units[open - 1] == 0x20,
        let tag = tags[0..<allowed].lastIndex(where: { hasTag($0, in: units, at: open) })
      else { break }
      allowed = tag
      let valueRange = (open + tags[tag].utf16.count + 3)..<(end - 1)
      end = open
      while end > 0 && units[end - 1] == 0x20 { end -= 1 }
      switch tags[tag] {
      case "diacritics": fields.diacritics = UTF16Text.string(units, valueRange).trimmingSpaces()
      case "case": fields.caseMatching = UTF16Text.string(units, valueRange).trimmingSpaces()
      case "domain": fields.domain = UTF16Text.string(units, valueRange).trimmingSpaces()
      case "not": fields.forbidden = UTF16Text.splitBars(units, valueRange).filter { !$0.isEmpty }
      case "not after": fields.notAfter = UTF16Text.splitBars(units, valueRange).filter { !$0.isEmpty }
      case "not before": fields.notBefore = UTF16Text.splitBars(units, valueRange).filter { !$0.isEmpty }
      case "pos": fields.partOfSpeech = UTF16Text.string(units, valueRange).trimmingSpaces()
      default: fields.alternatives = UTF16Text.splitBars(units, valueRange).filter { !$0.isEmpty }
      }
    }
    fields.note = UTF16Text.string(units, 0..<end).trimmingSpaces()
    return fields
  }

  /// Whether `units[open...]` starts with `[tag: `.
  private static func hasTag(_ tag: String, in units: [UInt16], at open: Int) -> Bool {
    var index = open + 1
    for unit in tag.utf16 {
      guard index < units.count, units[index] == unit else { return false }
      index += 1
    }
    return index + 1 < units.count && units[index] == 0x3A && units[index + 1] == 0x20
  }
}
