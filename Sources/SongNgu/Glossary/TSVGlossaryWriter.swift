/// Writes OmegaT's tab-separated glossary: `source<TAB>target<TAB>comment`, one row per term.
///
/// Each variant becomes an extra row with the same target and the comment `[variant of: <source>]`;
/// alternatives, forbidden targets, context rules, part of speech, domain and non-default policies go
/// at the end of the comment as tags (`OmegaTComment`), in this order:
///
///     Triều Tiên<TAB>North Korea<TAB>adjective: North Korean [also: DPRK | Democratic People's Republic of Korea] [not: Korea] [domain: country] [case: sensitive] [diacritics: insensitive]
///     Bắc Triều Tiên<TAB>North Korea<TAB>[variant of: Triều Tiên]
///
/// `TSVGlossaryReader` reads both back. Tabs and line breaks inside cells are written as spaces. A
/// source that starts with `#` is written after a space, so OmegaT does not take the row for a comment.
public struct TSVGlossaryWriter: GlossaryWriter {
  public init() {}

  public func write(_ glossary: Glossary) -> String {
    var output = ""
    for entry in glossary.entries {
      let target = Self.cell(entry.target)
      Self.row(Self.cell(entry.source), target, Self.cell(OmegaTComment.comment(for: entry)), into: &output)
      let variantComment = Self.cell(OmegaTComment.variantComment(of: entry.source))
      for variant in entry.variants {
        Self.row(Self.cell(variant), target, variantComment, into: &output)
      }
    }
    return output
  }

  private static func row(_ source: String, _ target: String, _ comment: String, into output: inout String) {
    if source.hasPrefix("#") { output += " " }
    output += source
    output += "\t"
    output += target
    if !comment.isEmpty {
      output += "\t"
      output += comment
    }
    output += "\n"
  }

  /// The text with tabs and line breaks replaced by spaces.
  private static func cell(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
    return String(
      String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }
}
