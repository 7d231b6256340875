/// What one of an article's prepared files holds: its units in a bilingual format, or its own
/// glossary.
public enum ArticleFileKind: Sendable, Hashable {
  /// The article's units: `NAME.tmx`, `NAME.csv`, `NAME.xlf`, … (`PrepareOptions.formats`).
  case bilingual(BilingualFormat)
  /// The article's own glossary, `NAME.tbx`: the entries its draft uses, whole, in the order it first
  /// uses them (`PrepareOptions.writesTermBase`).
  case termBase
}
