/// An article's own glossary, for the translator's term base.
///
/// It holds the entries of every term the article's draft substitutes, whole (variants,
/// alternatives, notes, context rules), each once, in the order the article first uses them
/// (`ArticleDrafting.termEntries`). With `PrepareOptions.writesTermBase` (`prepare --formats tbx`) it
/// is one more file of the article, `NAME.tbx`, rendered, checked and written with the others; an
/// article whose draft uses no term gets none (TBX needs an entry).
enum ArticleTermBase {
  static let fileExtension = "tbx"

  /// `glossary`'s entries at `entries`, in that order, without their locations.
  static func glossary(entries: [Int], from glossary: Glossary) -> Glossary {
    Glossary(
      entries: entries.map { index in
        var entry = glossary.entries[index]
        entry.location = nil
        return entry
      }, files: glossary.files)
  }

  /// The TBX file of `glossary`'s entries at `entries`, or nil when there is none.
  static func tbx(entries: [Int], from glossary: Glossary) -> [UInt8]? {
    entries.isEmpty ? nil : Array(TBXGlossaryWriter().write(self.glossary(entries: entries, from: glossary)).utf8)
  }
}
