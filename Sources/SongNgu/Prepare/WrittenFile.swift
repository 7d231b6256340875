/// A file `ArticlePreparer` wrote.
public struct WrittenFile: Sendable, Equatable {
  public var path: String
  /// A bilingual format, or the article's term base.
  public var kind: ArticleFileKind
  /// The units written into it (for the term base: its entries).
  public var units: Int
  /// Characters XML 1.0 forbids, dropped from this file.
  public var droppedCharacters: Int
}
