/// Finds the problems of glossary files: rows that cannot be read, conflicts, duplicates and untidy cells.
///
/// Errors: unreadable files and rows (`glossary.unreadable`, `glossary.syntax`), empty required cells
/// (`glossary.empty-cell`), bad policy values (`glossary.invalid-value`), the same source term, after
/// normalization and with tone marks placed alike (`hòa` = `hoà`), given different targets
/// (`glossary.conflicting-targets`), a target that is also forbidden. Warnings: duplicates
/// (`glossary.duplicate`), cells not in NFC (`glossary.not-nfc`), stray white space
/// (`glossary.whitespace`), invisible characters, unknown columns, and source terms of different entries
/// that differ only by tone-mark placement (`glossary.tone-variant`) or only by case
/// (`glossary.case-variant`, unless one of them is `case: sensitive`).
public struct GlossaryChecker: Sendable {
  public init() {}

  /// Reads every glossary file named by `paths` (files or folders) and checks them together.
  ///
  /// A file that cannot be read at all is an error finding, not a thrown error; only a missing path throws.
  public func check(paths: [String], format: GlossaryFormat? = nil) throws(SongNguError) -> GlossaryCheckReport {
    var files: [GlossaryFile] = []
    var failures: [Finding] = []
    let paths = try GlossaryLoader.files(in: paths)
    for path in paths {
      do {
        files.append(try GlossaryLoader.read(file: path, format: format))
      } catch {
        failures.append(error.finding(file: path))
      }
    }
    let findings = Self.sorted(failures + check(files), fileOrder: paths)
    return GlossaryCheckReport(
      files: paths, entryCount: files.reduce(0) { $0 + $1.entries.count }, findings: findings)
  }

  /// The problems of files already read: what their readers found, then conflicts and duplicates
  /// across all their entries, sorted by file, line and column.
  public func check(_ files: [GlossaryFile]) -> [Finding] {
    var findings = files.flatMap(\.findings)
    let entries = files.flatMap(\.entries)
    findings += checkEntries(entries)
    return Self.sorted(findings, fileOrder: files.map(\.path))
  }

  /// Conflicts and duplicates among entries (from any number of files).
  public func checkEntries(_ entries: [GlossaryEntry]) -> [Finding] {
    var findings: [Finding] = []
    let toneNormalizer = Normalizer(options: NormalizationOptions(toneStyle: .new))
    var scratch: [UInt16] = []
    /// The form with tone marks placed alike (the comparison key), and the same in lower case.
    func keys(_ form: String) -> (exact: String, lower: String) {
      let units = Array(form.utf16)
      scratch.removeAll(keepingCapacity: true)
      var counts = NormalizationCounts()
      units.withUnsafeBufferPointer { toneNormalizer.normalizeLine($0, into: &scratch, counts: &counts) }
      let exact = UTF16Text.string(scratch)
      for index in scratch.indices { scratch[index] = CharacterClass.lowercase(scratch[index]) }
      return (exact, UTF16Text.string(scratch))
    }
    func finding(_ category: String, _ severity: Finding.Severity, _ message: String, _ entry: GlossaryEntry) {
      findings.append(
        Finding(
          category: category, severity: severity, message: message, line: entry.location?.line,
          column: entry.location?.column, file: entry.location?.file))
    }
    func place(_ entry: GlossaryEntry) -> String { entry.location.map { "at \($0)" } ?? "in another entry" }

    /// The first entry and spelling seen for each tone-normalized form, and for each lower-cased one.
    var byKey: [String: (entry: Int, form: String)] = [:]
    var byLowerKey: [String: (entry: Int, form: String)] = [:]
    var reported: Set<[Int]> = []
    for (index, entry) in entries.enumerated() {
      // Within the entry.
      var ownKeys: [String: String] = [:]
      var forms: [(key: String, lowerKey: String, form: String)] = []
      for form in entry.sourceForms {
        let (formKey, lowerKey) = keys(form)
        if let earlier = ownKeys[formKey] {
          if earlier == form {
            finding(
              "glossary.duplicate", .warning, "'\(form)' is listed twice in the entry for '\(entry.source)'", entry)
          } else {
            finding(
              "glossary.tone-variant", .warning,
              "'\(form)' and '\(earlier)' differ only by tone-mark placement; keep one spelling", entry)
          }
          continue
        }
        ownKeys[formKey] = form
        forms.append((formKey, lowerKey, form))
      }
      if !entry.hasContextRule, let form = entry.sourceForms.first(where: Self.isAmbiguousSyllable) {
        finding(
          "glossary.no-context-rule", .warning,
          "'\(form)' is one Vietnamese syllable with no context rule: it is substituted wherever it stands outside a name or a longer word; add the words that rule it out (not_after, not_before)",
          entry)
      }
      var seenTargets: Set<String> = []
      for target in entry.targetForms {
        if !seenTargets.insert(target).inserted {
          finding(
            "glossary.duplicate", .warning, "target '\(target)' is listed twice in the entry for '\(entry.source)'",
            entry)
        }
      }
      for forbidden in entry.forbidden where seenTargets.contains(forbidden) {
        finding(
          "glossary.conflicting-targets", .error,
          "'\(forbidden)' is both an accepted and a forbidden target of '\(entry.source)'; keep it in one list", entry)
      }
      // Across entries.
      for (formKey, lowerKey, form) in forms {
        if let (other, otherForm) = byKey[formKey] {
          guard reported.insert([other, index]).inserted else { continue }
          let first = entries[other]
          if first.target != entry.target {
            finding(
              "glossary.conflicting-targets", .error,
              "'\(form)' → '\(entry.target)' conflicts with '\(otherForm)' → '\(first.target)' \(place(first)); give one target and list the other as an alternative",
              entry)
          } else if otherForm != form {
            finding(
              "glossary.tone-variant", .warning,
              "'\(form)' differs from '\(otherForm)' \(place(first)) only by tone-mark placement; merge the entries",
              entry)
          } else if Self.sameContent(first, entry) {
            finding("glossary.duplicate", .warning, "exact duplicate of the entry \(place(first)); remove one", entry)
          } else {
            finding(
              "glossary.duplicate", .warning,
              "'\(form)' → '\(entry.target)' is also an entry \(place(first)); merge the entries", entry)
          }
          continue
        }
        byKey[formKey] = (index, form)
        if let (other, otherForm) = byLowerKey[lowerKey], other != index {
          // Case-sensitive entries differ by case on purpose.
          let deliberate = entry.caseMatching == .sensitive || entries[other].caseMatching == .sensitive
          if !deliberate && reported.insert([other, index]).inserted {
            finding(
              "glossary.case-variant", .warning,
              "'\(form)' differs from '\(otherForm)' \(place(entries[other])) only by case; check that both are meant",
              entry)
          }
        } else if byLowerKey[lowerKey] == nil {
          byLowerKey[lowerKey] = (index, form)
        }
      }
    }
    return findings
  }

  /// Whether `form` is one syllable that Vietnamese also writes for something else.
  ///
  /// That is: spelt like a Vietnamese syllable and either marked like one (`Lào`, `Đức`) or a
  /// syllable of common words (`Anh`: `anh hùng`). Acronyms and foreign names (`Yoon`, `Trump`) are not.
  static func isAmbiguousSyllable(_ form: String) -> Bool {
    guard !form.contains(" "), form.count == 1 || form.contains(where: \.isLowercase),
      VietnameseSyllable.isVietnamese(form)
    else { return false }
    if form.unicodeScalars.contains(where: { !$0.isASCII }) { return true }
    let key = VietnameseWords.key(form)
    return VietnameseWords.startsAWord(key) || VietnameseWords.endsAWord(key)
  }

  /// Whether two entries are the same apart from where they were read.
  static func sameContent(_ a: GlossaryEntry, _ b: GlossaryEntry) -> Bool {
    var a = a
    a.location = b.location
    return a == b
  }

  /// Findings ordered by file (in `fileOrder`), line and column; findings without a place keep their order.
  static func sorted(_ findings: [Finding], fileOrder: [String]) -> [Finding] {
    var rank: [String: Int] = [:]
    for (index, file) in fileOrder.enumerated() where rank[file] == nil { rank[file] = index }
    return findings.enumerated().sorted { left, right in
      let a = left.element
      let b = right.element
      let fileA = a.file.flatMap { rank[$0] } ?? Int.max
      let fileB = b.file.flatMap { rank[$0] } ?? Int.max
      if fileA != fileB { return fileA < fileB }
      if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
      if (a.column ?? 0) != (b.column ?? 0) { return (a.column ?? 0) < (b.column ?? 0) }
      return left.offset < right.offset
    }.map(\.element)
  }
}
