import Foundation

/// Brings a translated file back into an English article (`songngu merge`).
///
/// The input is a CSV or XLIFF file `prepare` wrote, with the targets filled in by a translator. Each
/// unit's id (`ARTICLE:bBLOCK:sSENTENCE`) says where its sentence goes: the blocks (title, headings,
/// paragraphs) come out in order, separated by one blank line, and the sentences of a block are joined
/// with one space. Nothing is merged silently that does not fit:
/// - a unit without a translation is an error, unless `allowUntranslated` (then its Vietnamese is
///   kept and counted);
/// - a unit of another article, an id that is not songngu's, an id given twice, and a sentence
///   missing from a block (`b3:s0` and `b3:s2` without `b3:s1`) are errors;
/// - with the original article (`MergeOptions.article`), every unit's source must still be the
///   article's sentence, and every sentence of the article must have its unit.
///
/// CSV and XLIFF holding the same translation merge to the same bytes.
public enum ArticleMerger {
  /// Merges the translated file at `path`.
  ///
  /// - Throws: when the file cannot be read or is not CSV or XLIFF; problems with its units are
  ///   findings of the result.
  public static func merge(path: String, options: MergeOptions = MergeOptions()) throws(SongNguError) -> MergeResult {
    let documents = try read(path)
    var original: [BilingualUnit]?
    if let article = options.article {
      let preparer = ArticlePreparer(glossary: Glossary(), options: PrepareOptions(synchronizes: false))
      original = try preparer.prepare(path: article).bilingual.units
    }
    return merge(documents, file: path, options: options, original: original)
  }

  /// Whether `position` lies in one of the runs of missing sentences already reported; a block's
  /// runs are in order and apart, so a binary search finds the one that could hold it (a file with
  /// every other sentence missing has as many runs as sentences).
  static func isReported(_ position: Position, in gaps: [Int: [Range<Int>]]) -> Bool {
    guard let runs = gaps[position.block] else { return false }
    var low = 0
    var high = runs.count
    while low < high {
      let middle = (low + high) / 2
      if runs[middle].upperBound <= position.sentence { low = middle + 1 } else { high = middle }
    }
    return low < runs.count && runs[low].contains(position.sentence)
  }

  /// Merges documents read from `file` (the name findings carry); `original` is the article's units
  /// as `prepare` makes them, when the source texts are to be checked.
  public static func merge(
    _ documents: [BilingualDocument], file: String, options: MergeOptions = MergeOptions(),
    original: [BilingualUnit]? = nil
  ) -> MergeResult {
    var findings: [Finding] = []
    func problem(_ category: String, _ unit: String, _ message: String) {
      findings.append(Finding(category: category, severity: .error, message: "\(unit): \(message)", file: file))
    }
    let article = documents.first?.name ?? ""
    var placed: [Position: BilingualUnit] = [:]
    var kinds: [Int: BlockKind] = [:]
    for document in documents {
      for unit in document.units {
        guard let position = Position(id: unit.id) else {
          problem("merge.unknown-id", unit.id, "not an id songngu writes (ARTICLE:bBLOCK:sSENTENCE); was it edited?")
          continue
        }
        guard document.name == article, position.article == article else {
          problem(
            "merge.other-article", unit.id,
            "belongs to article '\(position.article)', not '\(article)' (the file's first); merge one article at a time"
          )
          continue
        }
        guard placed[position] == nil else {
          problem("merge.duplicate", unit.id, "appears twice; keep one")
          continue
        }
        placed[position] = unit
        kinds[position.block] = unit.kind
      }
    }
    let positions = placed.keys.sorted()
    // Sentences missing from a block: one finding for each run of them, which an id edited into
    // `b0:s99999999` makes long.
    var gaps: [Int: [Range<Int>]] = [:]
    var previous: Position?
    for position in positions {
      let first = previous.map { $0.block == position.block ? $0.sentence + 1 : 0 } ?? 0
      if first < position.sentence {
        gaps[position.block, default: []].append(first..<position.sentence)
        let id = BilingualUnit.id(article: article, block: position.block, sentence: first)
        if first + 1 == position.sentence {
          problem("merge.missing", id, "missing: the block's other sentences are here")
        } else {
          problem(
            "merge.missing", "\(id)…s\(position.sentence - 1)",
            "missing (\(position.sentence - first) sentences): the block's other sentences are here")
        }
      }
      previous = position
    }
    if let original {
      var expected: Set<Position> = []
      for unit in original {
        guard let position = Position(id: unit.id) else { continue }
        expected.insert(position)
        guard let translated = placed[position] else {
          if !Self.isReported(position, in: gaps) {
            problem("merge.missing", unit.id, "missing: the article has this sentence")
          }
          continue
        }
        if translated.source != unit.source {
          problem(
            "merge.source-changed", unit.id,
            "the source is not the article's sentence (\"\(unit.source)\"); translate the unit as prepare wrote it")
        }
      }
      for position in positions where !expected.contains(position) {
        problem("merge.not-in-article", placed[position]!.id, "the article has no such sentence")
      }
    }
    var untranslated: [String] = []
    for position in positions where placed[position]!.target.trimmingSpaces().isEmpty {
      untranslated.append(placed[position]!.id)
      if !options.allowUntranslated {
        problem(
          "merge.untranslated", placed[position]!.id, "not translated (or --allow-untranslated to keep the Vietnamese)")
      }
    }
    // The article: blocks in order, a paragraph's sentences joined by one space.
    var text = ""
    var block = -1
    for position in positions {
      let unit = placed[position]!
      let sentence = unit.target.trimmingSpaces().isEmpty ? unit.source : unit.target.trimmingSpaces()
      if position.block != block {
        if block >= 0 { text += "\n\n" }
        block = position.block
      } else {
        text += " "
      }
      text += sentence
    }
    if !text.isEmpty { text += "\n" }
    return MergeResult(
      article: article, text: text, units: positions.count, blocks: Set(positions.map(\.block)).count,
      untranslated: untranslated, findings: findings)
  }

  /// Reads the documents of a CSV or XLIFF file.
  static func read(_ path: String) throws(SongNguError) -> [BilingualDocument] {
    let name = (path as NSString).lastPathComponent
    let format = BilingualFormat(fileExtension: (path as NSString).pathExtension)
    let reader: any BilingualReader
    switch format {
    case .csv: reader = CSVReader()
    case .xliff: reader = XLIFFReader()
    case .xliff2: reader = XLIFF2Reader()
    case .xlsx:
      throw .unsafeOutput(
        path: path,
        reason: "merge reads CSV and XLIFF; save the workbook as CSV (UTF-8) and merge that")
    case .tmx:
      throw .unsafeOutput(
        path: path,
        reason: "a TMX from prepare holds drafts, not the translation; merge the CSV or XLIFF the translator filled in")
    case nil:
      throw .unsafeOutput(path: path, reason: "not a CSV (.csv) or XLIFF (.xlf, .xliff) file; merge what prepare wrote")
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .fileNotFound(path: path) }
    guard !isFolder.boolValue else { throw .isDirectory(path: path) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or not a regular file")
    }
    do {
      return try reader.read(Array(data), name: name)
    } catch let error as SongNguError {
      throw error
    } catch {
      throw .unreadable(path: path, reason: "\(error)")
    }
  }

  /// Where a unit goes: its article, block and sentence, from its id.
  struct Position: Hashable, Comparable {
    var article: String
    var block: Int
    var sentence: Int

    init?(id: String) {
      let parts = id.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count >= 3, let block = Self.number(parts[parts.count - 2], prefix: "b"),
        let sentence = Self.number(parts[parts.count - 1], prefix: "s")
      else { return nil }
      article = parts.dropLast(2).joined(separator: ":")
      self.block = block
      self.sentence = sentence
    }

    /// The number after `prefix`: ASCII digits only (`b-7` and `b+7` are not songngu's ids; a
    /// negative block stopped merge, found by fuzzing).
    private static func number(_ text: Substring, prefix: Character) -> Int? {
      guard text.first == prefix, text.count > 1, text.utf8.dropFirst().allSatisfy({ (0x30...0x39).contains($0) })
      else { return nil }
      return Int(text.dropFirst())
    }

    static func < (a: Position, b: Position) -> Bool { (a.block, a.sentence) < (b.block, b.sentence) }
  }
}

/// How `songngu merge` treats what does not fit.
public struct MergeOptions: Sendable {
  /// Keep the Vietnamese of untranslated units (counted) instead of refusing.
  public var allowUntranslated: Bool
  /// The original Vietnamese article, to check every unit's source against it.
  public var article: String?

  public init(allowUntranslated: Bool = false, article: String? = nil) {
    self.allowUntranslated = allowUntranslated
    self.article = article
  }
}

/// The English article `ArticleMerger` made, and what it found.
public struct MergeResult: Sendable {
  /// The article's name.
  public var article: String
  /// The English article: blocks separated by blank lines, final line break.
  public var text: String
  /// Units merged, and blocks.
  public var units: Int
  public var blocks: Int
  /// Ids of the units without a translation (their Vietnamese was kept when allowed).
  public var untranslated: [String]
  /// Problems: every one is an error, and the article must not be written while there are any.
  public var findings: [Finding]

  public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}
