import Foundation

/// A ready OmegaT project for translating articles (`songngu prepare --omegat DIR`), and the
/// translation read back from one (`songngu merge DIR`).
///
/// Layout, all that OmegaT 3.6 needs to open the project without a question:
///
///     DIR/omegat.project         vi-VN → en-US, sentence segmentation off
///     DIR/omegat/filters.xml     the project's own text filter: UTF-8, one segment per line
///     DIR/source/NAME.txt        each article: one sentence a line, a blank line between blocks
///     DIR/tm/NAME.tmx            the glossary drafts, offered as matches and never inserted
///     DIR/glossary/NAME.txt      every glossary used, as OmegaT's tab-separated glossary (UTF-8)
///     DIR/target/, DIR/dictionary/
///     DIR/songngu-kit.txt        marks the folder as songngu's
///
/// OmegaT segments exactly as songngu does because songngu did the segmenting: each line of a source
/// file is one sentence, the project's filter makes each line a segment, and OmegaT's own sentence
/// rules are off. A later `prepare --omegat` into the same kit rewrites the files above and leaves
/// OmegaT's work (`omegat/project_save.tmx`, `target/`) alone; a folder that exists and is not a kit is
/// refused.
///
/// The files of `source/`, `tm/` and `glossary/` are recorded in the kit's `.songngu-manifest.json`
/// and protected as `prepare`'s output files are (`OutputManifest`): one changed since songngu wrote
/// it (a glossary entry added in OmegaT) is not overwritten without `PrepareOptions.replacesChangedFiles`.
/// The project files (`omegat.project`, `omegat/filters.xml`, the marker) are songngu's settings and
/// always rewritten: OmegaT itself rewrites `filters.xml` each time it opens the project.
public enum OmegaTKit {
  /// The file that marks a folder as a songngu kit.
  public static let marker = "songngu-kit.txt"

  /// What `write` put in the kit.
  public struct Written: Sendable {
    /// The articles' names, in order.
    public var articles: [String] = []
    /// Sentences (segments) in the source files.
    public var segments = 0
    /// Drafts in `tm/`.
    public var drafts = 0
    /// Glossary files written, and their entries.
    public var glossaries: [String] = []
    public var glossaryEntries = 0
  }

  /// Writes the kit for the articles at `paths` into `folder` (created), with `preparer`'s glossary;
  /// `glossaryFiles` are the files that glossary was read from (each becomes one OmegaT glossary;
  /// without any, the whole glossary is one).
  ///
  /// When a file of `source/`, `tm/` or `glossary/` changed since songngu wrote it, nothing more is
  /// written from that article (or glossary) on, the rest is only checked, and
  /// `SongNguError.changedOutput` names every such file.
  ///
  /// With `skippingUnreadable` (`prepare --keep-going`), an article that cannot be read is left out
  /// of the kit and the others go in; the caller reports it (its run skips the same article).
  public static func write(
    _ paths: [String], to folder: String, preparer: ArticlePreparer, glossaryFiles: [String],
    skippingUnreadable: Bool = false
  ) throws(SongNguError) -> Written {
    try prepareFolder(folder)
    var manifest = try OutputManifest.load(folder, ignoringDamage: preparer.options.replacesChangedFiles)
    var refused: [ChangedFile] = []
    /// Writes each of `files` (names in the kit) unless one is refused or was before.
    func put(_ files: [(name: String, text: String)]) throws(SongNguError) {
      let files = files.map { (name: $0.name, bytes: Array($0.text.utf8)) }
      if !preparer.options.replacesChangedFiles {
        refused += files.compactMap { file in
          manifest.check(
            file.name, at: manifest.path(of: file.name), size: file.bytes.count, hash: XXHash64.hash(file.bytes))
        }
      }
      guard refused.isEmpty else { return }
      for file in files {
        try save(file.bytes, to: manifest.path(of: file.name))
        manifest.record(file.name, size: file.bytes.count, hash: XXHash64.hash(file.bytes))
      }
    }
    var written = Written()
    do {
      for path in paths {
        let article: PreparedArticle
        do {
          article = try preparer.prepare(path: path)
        } catch let error where skippingUnreadable && !error.isWriteFailure {
          continue
        }
        let document = article.bilingual
        written.articles.append(document.name)
        written.segments += document.units.count
        var files = [(name: "source/\(document.name).txt", text: sourceText(document))]
        let drafts = document.units.filter { $0.draft != nil || !$0.target.isEmpty }.count
        if drafts > 0 {
          files.append((name: "tm/\(document.name).tmx", text: BilingualFormat.tmx.writer().write([document]).text))
          written.drafts += drafts
        }
        try put(files)
      }
      try writeGlossaries(preparer: preparer, glossaryFiles: glossaryFiles, in: folder, into: &written) {
        (name: String, text: String) throws(SongNguError) in try put([(name: name, text: text)])
      }
    } catch {
      try? manifest.save(writer: AtomicFileWriter(synchronizes: false))
      throw error
    }
    do {
      try manifest.save(writer: AtomicFileWriter(synchronizes: false))
    } catch {
      throw (error as? SongNguError) ?? .writeFailed(path: manifest.path, reason: "\(error)")
    }
    guard refused.isEmpty else { throw .changedOutput(files: refused, manifest: manifest.path) }
    return written
  }

  /// Hands every glossary to `put` as a kit file (`glossary/NAME.txt`) and its text.
  private static func writeGlossaries(
    preparer: ArticlePreparer, glossaryFiles: [String], in folder: String, into written: inout Written,
    put: (String, String) throws(SongNguError) -> Void
  ) throws(SongNguError) {
    var glossaries: [(name: String, glossary: Glossary)] = []
    let readable = glossaryFiles.filter { FileManager.default.fileExists(atPath: $0) }
    if readable.isEmpty {
      glossaries.append(("songngu-glossary", preparer.translator.matcher.glossary))
    } else {
      for file in readable {
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        glossaries.append((name, try GlossaryLoader.read(file: file).glossary))
      }
    }
    for (name, glossary) in glossaries {
      try put("glossary/\(name).txt", TSVGlossaryWriter().write(glossary))
      written.glossaries.append("\(folder)/glossary/\(name).txt")
      written.glossaryEntries += glossary.entries.count
    }
  }

  /// An article as a kit's source file: one sentence a line, one blank line between blocks.
  public static func sourceText(_ document: BilingualDocument) -> String {
    var text = ""
    var block: Int?
    for unit in document.units {
      if let block, block != unit.block { text += "\n" }
      block = unit.block
      text += unit.source.replacingOccurrences(of: "\n", with: " ") + "\n"
    }
    return text
  }

  /// Whether `folder` is a songngu kit.
  public static func isKit(_ folder: String) -> Bool {
    FileManager.default.fileExists(atPath: "\(folder)/\(marker)")
  }

  /// Creates the kit's folders and project files, or refuses a folder that is not a kit.
  static func prepareFolder(_ folder: String) throws(SongNguError) {
    let files = FileManager.default
    var isFolder: ObjCBool = false
    if files.fileExists(atPath: folder, isDirectory: &isFolder) {
      guard isFolder.boolValue else { throw .unsafeOutput(path: folder, reason: "it is a file; give a folder") }
      let contents = (try? files.contentsOfDirectory(atPath: folder)) ?? []
      if !contents.isEmpty && !isKit(folder) {
        throw .unsafeOutput(
          path: folder, reason: "it exists and is not a songngu kit (no \(marker)); give a new or empty folder")
      }
    }
    for sub in ["", "/source", "/target", "/tm", "/glossary", "/dictionary", "/omegat"] {
      do {
        try files.createDirectory(atPath: folder + sub, withIntermediateDirectories: true)
      } catch {
        throw .writeFailed(path: folder + sub, reason: "\(error)")
      }
    }
    try save(projectFile, to: "\(folder)/omegat.project")
    try save(filtersFile, to: "\(folder)/omegat/filters.xml")
    try save(
      "This folder is an OmegaT project written by songngu \(SongNguVersion.current).\n"
        + "songngu prepare --omegat rewrites source/, tm/, glossary/ and the project files; "
        + "songngu merge reads the translation back.\n",
      to: "\(folder)/\(marker)")
  }

  private static func save(_ text: String, to path: String) throws(SongNguError) {
    try save(Array(text.utf8), to: path)
  }

  private static func save(_ bytes: [UInt8], to path: String) throws(SongNguError) {
    do {
      try AtomicFileWriter(synchronizes: false).write(bytes, to: path)
    } catch let error as SongNguError {
      throw error
    } catch {
      throw .writeFailed(path: path, reason: "\(error)")
    }
  }

  /// `omegat.project`: Vietnamese to English, the default folders, OmegaT's sentence rules off.
  static let projectFile = """
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <omegat>
      <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <source_dir_excludes>
          <mask>**/.svn/**</mask>
          <mask>**/.git/**</mask>
        </source_dir_excludes>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>vi-VN</source_lang>
        <target_lang>en-US</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneStandardTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
      </project>
    </omegat>

    """

  /// `omegat/filters.xml`: the project's text filter reads and writes UTF-8 and makes each line one
  /// segment (OmegaT's default makes a paragraph of lines up to a blank line).
  static let filtersFile = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <filters removeTags="false" removeSpacesNonseg="false" preserveSpaces="false" ignoreFileContext="false">
      <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
        <files sourceFilenameMask="*.txt" targetFilenamePattern="${filename}" sourceEncoding="UTF-8" targetEncoding="UTF-8"/>
        <option name="segmentOn" value="BREAKS"/>
      </filter>
    </filters>

    """
}
