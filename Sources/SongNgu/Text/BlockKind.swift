/// What a block of an article is.
///
/// Raw values are the spellings in JSONL, TSV and CLI output.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
  /// The article's title: its first block that is not boilerplate.
  case title
  /// A short line without final punctuation: a section heading or a category label.
  case heading
  /// A body paragraph.
  case body
  /// The source line (`Nguồn: …`, `Theo …`).
  case source
  /// Web page furniture (share, comment, related-article prompts); kept but flagged, left out of exports.
  case boilerplate
}

extension BlockKind {
  /// `rawValue` as a literal, which writers append without touching a string.
  var spelling: StaticString {
    switch self {
    case .title: return "title"
    case .heading: return "heading"
    case .body: return "body"
    case .source: return "source"
    case .boilerplate: return "boilerplate"
    }
  }
}
