/// Reads OmegaT's tab-separated glossary: `source<TAB>target<TAB>comment`, UTF-8.
///
/// Lines starting with `#` are comments and blank lines are skipped. A first row that names the
/// columns (`source`, `target`, `comment`; `vi`, `en`, `note` …) is a header: skipped, with a note.
/// A cell in double quotes (as spreadsheets export tab-separated text) is unquoted, with a warning.
/// A row has 2 or 3 columns; any other count is an error naming the line. A row with a source and an
/// empty target is a stub still to fill (as `coverage --format tsv` writes them): a warning, and skipped. Tags at the end of the comment (see `OmegaTComment`)
/// become alternatives, forbidden targets, domain and policies, and `[variant of: …]` rows join their
/// entry as variants.
public struct TSVGlossaryReader: GlossaryReader {
  public init() {}

  public func read(_ lines: LineReader) throws(SongNguError) -> GlossaryFile {
    var cleaner = GlossaryCellCleaner(file: lines.name)
    var entries: [GlossaryEntry] = []
    /// Entry index by source term, for variant rows that do not follow their entry (built on first need).
    var indexBySource: [String: Int]?
    var line: [UInt16] = []
    var tabs: [Int] = []
    var firstRow = true
    while try lines.nextLine(into: &line) {
      let number = lines.lineNumber
      if line.first == 0x23 { continue }  // '#'
      tabs.removeAll(keepingCapacity: true)
      var blank = true
      for (index, unit) in line.enumerated() {
        if unit == 0x09 {
          tabs.append(index)
        } else if blank && !CharacterClass.isSpace(unit) {
          blank = false
        }
      }
      if blank && tabs.isEmpty { continue }
      guard tabs.count == 1 || tabs.count == 2 else {
        let column = tabs.count > 2 ? tabs[2] + 1 : 1
        cleaner.error(
          "glossary.syntax", "expected 2 or 3 tab-separated columns, found \(tabs.count + 1)", line: number,
          column: column)
        continue
      }
      let ends = tabs + [line.count]
      var cells: [String] = []
      var comment: [UInt16] = []
      line.withUnsafeBufferPointer { all in
        var start = 0
        for (index, end) in ends.enumerated() {
          let cell = UnsafeBufferPointer(rebasing: all[start..<end])
          if index < 2 {
            let name = index == 0 ? "source term" : "target term"
            cells.append(cleaner.clean(cell, line: number, column: start + 1, name: name))
          } else {
            comment = cleaner.cleanUnits(cell, line: number, column: start + 1, name: "comment")
          }
          start = end + 1
        }
      }
      for index in cells.indices {
        guard let unquoted = Self.unquoted(cells[index]) else { continue }
        cleaner.warning(
          "glossary.quoted-cell",
          "the \(index == 0 ? "source" : "target") term is in double quotes; read without them (tab-separated glossaries need no quotes)",
          line: number, column: index == 0 ? 1 : tabs[0] + 2)
        cells[index] = unquoted
      }
      if firstRow {
        firstRow = false
        if Self.isHeader(cells) {
          cleaner.note(
            "glossary.header", "'\(cells[0])\t\(cells[1])' is a header row (column names); skipped", line: number,
            column: 1)
          continue
        }
      }
      let source = cells[0]
      let target = cells[1]
      guard
        cleaner.requireTerms(
          source: source, target: target, line: number, sourceColumn: 1, targetColumn: tabs[0] + 2,
          targetToFill: true)
      else { continue }
      let commentColumn = tabs.count > 1 ? tabs[1] + 2 : line.count + 1
      let fields = OmegaTComment.parse(comment)
      if let parent = fields.variantOf {
        if let last = entries.indices.last, entries[last].source == parent, entries[last].target == target {
          entries[last].variants.append(source)
          continue
        }
        if indexBySource == nil {
          var index: [String: Int] = [:]
          for (position, entry) in entries.enumerated() where index[entry.source] == nil {
            index[entry.source] = position
          }
          indexBySource = index
        }
        if let index = indexBySource?[parent], entries[index].target == target {
          entries[index].variants.append(source)
          continue
        }
        cleaner.warning(
          "glossary.orphan-variant",
          "'\(source)' is marked as a variant of '\(parent)', but no earlier row has that source and target '\(target)'; read as its own entry",
          line: number, column: commentColumn)
      }
      let entry = GlossaryEntry(
        source: source, target: target, alternatives: fields.alternatives, forbidden: fields.forbidden,
        note: fields.variantOf == nil ? fields.note : "", domain: fields.domain, notAfter: fields.notAfter,
        notBefore: fields.notBefore, partOfSpeech: fields.partOfSpeech,
        caseMatching: cleaner.caseMatching(fields.caseMatching, line: number, column: commentColumn),
        diacritics: cleaner.diacriticMatching(fields.diacritics, line: number, column: commentColumn),
        location: SourceLocation(file: lines.name, line: number, column: 1))
      if indexBySource != nil && indexBySource?[source] == nil { indexBySource?[source] = entries.count }
      entries.append(entry)
    }
    return GlossaryFile(
      path: lines.name, format: .tsv, entries: entries, findings: cleaner.findings, nonNFCCells: cleaner.nonNFCCells)
  }

  /// Names a header row gives the source and target columns.
  static let sourceHeaders: Set<String> = ["source", "source term", "vi", "vietnamese", "tiếng việt", "term"]
  static let targetHeaders: Set<String> = ["target", "target term", "en", "english", "tiếng anh", "translation"]

  /// Whether a first row's cells name the columns rather than a term.
  static func isHeader(_ cells: [String]) -> Bool {
    cells.count >= 2 && sourceHeaders.contains(cells[0].lowercased()) && targetHeaders.contains(cells[1].lowercased())
  }

  /// `text` without the double quotes around it (`""` inside becoming `"`), or nil when it is not
  /// quoted.
  static func unquoted(_ text: String) -> String? {
    guard text.count >= 2, text.first == "\"", text.last == "\"" else { return nil }
    return String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
  }
}
