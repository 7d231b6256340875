/// How substituted targets appear in a draft.
///
/// Raw values are the CLI spellings.
public enum DraftStyle: String, Sendable, Codable, CaseIterable {
  /// The target alone: `Tổng thư ký NATO` → `NATO Secretary General`.
  case plain
  /// The target between `[[` and `]]`, so a translator sees what was substituted: `[[NATO Secretary General]]`.
  case marked

  /// What goes before a target.
  public var opening: String { self == .marked ? "[[" : "" }
  /// What goes after a target.
  public var closing: String { self == .marked ? "]]" : "" }
}
