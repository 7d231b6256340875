/// An article's own glossary: the entries of every term its draft substitutes, in the order the
/// article first uses them (`prepare --formats tbx` writes it as `NAME.tbx`, for the translator's
/// term base).
public enum ArticleTermBase {
  /// The entries of `glossary` that `article`'s drafts use, whole (variants, alternatives, notes,
  /// context rules), each once.
  public static func glossary(of article: PreparedArticle, from glossary: Glossary) -> Glossary {
    var seen = Set<Int>()
    var entries: [GlossaryEntry] = []
    for draft in article.drafts {
      for span in draft.spans where span.kind == .term {
        guard let match = span.match, draft.matches.indices.contains(match) else { continue }
        let entry = draft.matches[match].entry
        guard glossary.entries.indices.contains(entry), seen.insert(entry).inserted else { continue }
        var used = glossary.entries[entry]
        used.location = nil
        entries.append(used)
      }
    }
    return Glossary(entries: entries, files: glossary.files)
  }

  /// The TBX file of `article`'s own glossary, or nil when the draft uses no term (TBX needs an entry).
  public static func tbx(of article: PreparedArticle, from glossary: Glossary) -> String? {
    let used = self.glossary(of: article, from: glossary)
    return used.entries.isEmpty ? nil : TBXGlossaryWriter().write(used)
  }
}
