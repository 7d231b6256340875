/// Writes a comma-separated glossary with every field quoted, read back exactly by `CSVGlossaryReader`.
///
/// Header: `vi,en,note,variants,alternatives,forbidden,domain,case,diacritics`, then
/// `not_after,not_before,pos` when an entry has a context rule or a part of speech; lists are joined
/// with `|` (so a list item cannot itself contain `|`). Line ends are LF (quoted fields keep their own).
public struct CSVGlossaryWriter: GlossaryWriter {
  public init() {}

  static let header = ["vi", "en", "note", "variants", "alternatives", "forbidden", "domain", "case", "diacritics"]
  /// The columns written only when some entry fills them.
  static let contextHeader = ["not_after", "not_before", "pos"]

  public func write(_ glossary: Glossary) -> String {
    let withContext = glossary.entries.contains { $0.hasContextRule || !$0.partOfSpeech.isEmpty }
    var output = (Self.header + (withContext ? Self.contextHeader : [])).joined(separator: ",") + "\n"
    for entry in glossary.entries {
      var fields = [
        entry.source, entry.target, entry.note, entry.variants.joined(separator: "|"),
        entry.alternatives.joined(separator: "|"), entry.forbidden.joined(separator: "|"), entry.domain,
        entry.caseMatching.rawValue, entry.diacritics.rawValue,
      ]
      if withContext {
        fields += [entry.notAfter.joined(separator: "|"), entry.notBefore.joined(separator: "|"), entry.partOfSpeech]
      }
      for (index, field) in fields.enumerated() {
        if index > 0 { output += "," }
        output += "\""
        output += field.utf8.contains(0x22) ? field.replacingAll("\"", with: "\"\"") : field
        output += "\""
      }
      output += "\n"
    }
    return output
  }
}

extension String {
  /// The string with every `target` replaced by `replacement` (no Foundation needed).
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    result.reserveCapacity(utf8.count + 8)
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
