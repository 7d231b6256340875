/// One prepared article: its document, the glossary draft of every sentence and the bilingual units.
public struct PreparedArticle: Sendable {
  /// The path the article was read from.
  public var path: String
  public var document: Document
  /// The draft of every exported sentence, in order.
  public var drafts: [Draft]
  /// What the writers get.
  public var bilingual: BilingualDocument
  /// Glossary matches over the exported sentences.
  public var glossaryHits: Int
  /// Distinct glossary entries used.
  public var termsUsed: Int
  /// The glossary entries the drafts use (indices into the glossary), each once, in the order the
  /// article first uses them: its own glossary (`PrepareOptions.writesTermBase`).
  public var termEntries: [Int] = []
  /// Segments, words and characters of the exported sentences.
  public var count = SegmentCount()

  /// Sentences left out of the export (boilerplate).
  public var leftOut: Int { document.sentences.count - bilingual.units.count }
}
