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

extension ArticleTermBase {
  /// What `write(_:preparer:glossary:to:protecting:)` did for one article.
  public struct Written: Sendable, Equatable {
    public var name: String
    /// The file written, or nil when the draft uses no term.
    public var path: String?
    /// The entries in it.
    public var terms: Int
  }

  /// Writes each article's own glossary into `folder` as `NAME.tbx` (`prepare --formats tbx`).
  ///
  /// As `ArticlePreparer.run` writes the other files: never over an input, and over an existing
  /// file only while it is the file songngu recorded writing there or the same bytes (see
  /// `OutputManifest`), unless `PrepareOptions.replacesChangedFiles`. A refused file stops the
  /// writing before any file is written, naming every refused file.
  public static func write(
    _ paths: [String], preparer: ArticlePreparer, glossary: Glossary, to folder: OutputFolder,
    protecting inputs: [String]
  ) throws -> [Written] {
    let force = preparer.options.replacesChangedFiles
    var manifest = try OutputManifest.load(folder.path, ignoringDamage: force)
    var files: [(name: String, path: String, bytes: [UInt8])] = []
    var written: [Written] = []
    var changed: [ChangedFile] = []
    for path in paths {
      let article = try preparer.prepare(path: path)
      let name = article.bilingual.name
      guard let tbx = tbx(of: article, from: glossary) else {
        written.append(Written(name: name, path: nil, terms: 0))
        continue
      }
      let destination = try folder.path(for: name + ".tbx", protecting: inputs)
      let bytes = Array(tbx.utf8)
      if !force,
        let refusal = manifest.check(name + ".tbx", at: destination, size: bytes.count, hash: XXHash64.hash(bytes))
      {
        changed.append(refusal)
      }
      files.append((name + ".tbx", destination, bytes))
      written.append(
        Written(name: name, path: destination, terms: self.glossary(of: article, from: glossary).entries.count))
    }
    guard changed.isEmpty else { throw SongNguError.changedOutput(files: changed, manifest: manifest.path) }
    let writer = AtomicFileWriter(synchronizes: preparer.options.synchronizes)
    do {
      for file in files {
        try writer.write(file.bytes, to: file.path)
        manifest.record(file.name, size: file.bytes.count, hash: XXHash64.hash(file.bytes))
      }
    } catch {
      try? manifest.save(writer: writer)
      throw error
    }
    try manifest.save(writer: writer)
    return written
  }
}
