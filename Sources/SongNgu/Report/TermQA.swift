/// Checks glossary terms on aligned pairs: whether the translator used the glossary's English.
///
/// For every pair with both sides, every glossary term on the Vietnamese side is looked up on the
/// English side (case-insensitive, whole words, in any inflected form: `sign` is found in `signed`,
/// `signs`, `signing`; see `EnglishInflection`). Findings:
/// - `term.missing-target`: the English has none of the entry's target forms (target, alternatives);
/// - `term.forbidden-target`: the English uses one of the entry's `forbidden` forms.
/// Each entry also gets an agreement rate: the share of its occurrences whose English used a target form.
public struct TermQA: Sendable {
  public static let missingTarget = "term.missing-target"
  public static let forbiddenTarget = "term.forbidden-target"

  /// How one glossary entry fared.
  public struct EntryAgreement: Sendable, Equatable, Codable {
    /// The entry's Vietnamese source.
    public var source: String
    /// Its preferred English target.
    public var target: String
    /// Pairs whose Vietnamese has the term.
    public var occurrences: Int
    /// Of those, pairs whose English uses a target form.
    public var agreements: Int
    /// How often each target form (and forbidden form) was used, in the glossary's order.
    public var formsUsed: [String: Int]

    /// `agreements / occurrences` (0 when never seen).
    public var rate: Double { occurrences == 0 ? 0 : Double(agreements) / Double(occurrences) }
  }

  /// The findings and the per-entry agreement.
  public struct Report: Sendable, Equatable {
    public var findings: [Finding]
    /// Entries seen at least once, in glossary order.
    public var agreement: [EntryAgreement]

    /// One line per entry: `agreement: SOURCE → TARGET 3/4 (75%)  [forms: target 3]`.
    public func agreementLines() -> [String] {
      agreement.map { entry in
        let percent = Int((entry.rate * 100).rounded())
        let forms = entry.formsUsed.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "agreement: \(entry.source) → \(entry.target) \(entry.agreements)/\(entry.occurrences) (\(percent)%)"
          + (forms.isEmpty ? "" : " [\(forms)]")
      }
    }

    /// The findings as TSV: category, document, message.
    public var findingsTSV: String {
      var text = "category\tdocument\tmessage\n"
      for finding in findings {
        text += "\(finding.category)\t\(finding.file ?? "")\t\(AlignmentText.oneLine(finding.message))\n"
      }
      return text
    }

    /// A TSV report: source, target, occurrences, agreements, rate.
    public var agreementTSV: String {
      var text = "source\ttarget\toccurrences\tagreements\trate\n"
      for entry in agreement {
        text += "\(entry.source)\t\(entry.target)\t\(entry.occurrences)\t\(entry.agreements)\t"
        text += String((entry.rate * 10000).rounded() / 10000) + "\n"
      }
      return text
    }
  }

  public let matcher: TermMatcher

  public init(glossary: Glossary) { self.matcher = TermMatcher(glossary: glossary) }

  public init(matcher: TermMatcher) { self.matcher = matcher }

  /// Checks every pair (both sides present) of `articles`.
  public func check(_ articles: [AlignedPairs]) -> Report {
    var checker = Checker(self)
    for article in articles { checker.check(article) }
    return checker.report
  }

  /// Checks articles one at a time (for corpora too big to keep); `report` is what
  /// `TermQA.check(_:)` gives for the articles checked so far.
  public struct Checker: Sendable {
    private let matcher: TermMatcher
    private let entries: [GlossaryEntry]
    private let targets: [[String]]
    private let forbidden: [[String]]
    private var findings: [Finding] = []
    private var tallies: [Int: EntryAgreement] = [:]

    public init(_ qa: TermQA) {
      matcher = qa.matcher
      entries = qa.matcher.glossary.entries
      targets = entries.map { $0.targetForms.map { $0.lowercased() } }
      forbidden = entries.map { $0.forbidden.map { $0.lowercased() } }
    }

    /// The report so far.
    public var report: Report {
      Report(findings: findings, agreement: tallies.keys.sorted().compactMap { tallies[$0] })
    }

    /// Checks every pair (both sides present) of `article`.
    public mutating func check(_ article: AlignedPairs) {
      for (number, pair) in article.pairs.enumerated() where !pair.isOmission {
        let lower = pair.en.lowercased()
        for match in matcher.matches(in: pair.vi) {
          let entry = entries[match.entry]
          var tally =
            tallies[match.entry]
            ?? EntryAgreement(source: entry.source, target: entry.target, occurrences: 0, agreements: 0, formsUsed: [:])
          tally.occurrences += 1
          let used = zip(entry.targetForms, targets[match.entry]).filter {
            EnglishInflection.containsInflected(lower, $0.1)
          }
          for form in used { tally.formsUsed[form.0, default: 0] += 1 }
          let location = "\(article.name):\(number)"
          if used.isEmpty {
            let expected = entry.targetForms.map { "“\($0)”" }.joined(separator: " or ")
            findings.append(
              Finding(
                category: TermQA.missingTarget,
                message: "pair \(location): “\(match.text)” should be \(expected) but the English has none",
                file: article.name))
          } else {
            tally.agreements += 1
          }
          for (form, folded) in zip(entry.forbidden, forbidden[match.entry])
          where EnglishInflection.containsInflected(lower, folded) {
            tally.formsUsed[form, default: 0] += 1
            findings.append(
              Finding(
                category: TermQA.forbiddenTarget,
                message: "pair \(location): “\(match.text)” is translated with the forbidden “\(form)”",
                file: article.name))
          }
          tallies[match.entry] = tally
        }
      }
    }
  }

  /// Checks one aligned article.
  public func check(_ article: AlignedArticle) -> Report { check([article.alignedPairs]) }
}

/// Whole-word search in lower-cased text.
enum TextSearch {
  /// Whether `needle` occurs in `haystack` as whole words (letters and digits are word characters).
  static func containsWord(_ haystack: String, _ needle: String) -> Bool {
    guard !needle.isEmpty else { return false }
    let hay = Array(haystack.unicodeScalars)
    let pin = Array(needle.unicodeScalars)
    guard pin.count <= hay.count else { return false }
    func isWord(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
    var start = 0
    while start + pin.count <= hay.count {
      if hay[start] == pin[0] && (start == 0 || !isWord(hay[start - 1])) {
        var matched = true
        for offset in 1..<pin.count where hay[start + offset] != pin[offset] {
          matched = false
          break
        }
        let end = start + pin.count
        if matched && (end == hay.count || !isWord(hay[end])) { return true }
      }
      start += 1
    }
    return false
  }
}
