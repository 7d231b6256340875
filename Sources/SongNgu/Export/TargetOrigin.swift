/// Where a unit's English target comes from.
///
/// Raw values are the spellings in exported files (TMX `x-target-origin`, CSV `origin`) and on the
/// command line.
public enum TargetOrigin: String, Sendable, Codable, CaseIterable {
  /// A draft made by substituting glossary terms: a translator must review it.
  case glossaryDraft = "glossary-draft"
  /// A human translation (for example from an aligned English article).
  case human
}

extension TargetOrigin {
  /// `rawValue` as a literal, which writers append without touching a string.
  var spelling: StaticString {
    switch self {
    case .glossaryDraft: return "glossary-draft"
    case .human: return "human"
    }
  }
}
