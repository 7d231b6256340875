/// The output formats of a `CoverageReport`.
///
/// Raw values are the CLI spellings (`--format`).
public enum CoverageFormat: String, Sendable, Codable, CaseIterable {
  /// For people: the summary, then the missing candidates with counts and an example sentence.
  case text
  /// Every candidate, covered or not, with its occurrences; every glossary entry found; fixed key order.
  case json
  /// JUnit XML for CI: a test suite per document, a test case per candidate, failures for missing ones.
  case junit
}

extension CoverageReport {
  /// The report in `format`, ending with a line feed.
  public func rendered(as format: CoverageFormat) -> String {
    switch format {
    case .text: CoverageTextRenderer(report: self).render()
    case .json: CoverageJSONRenderer(report: self).render()
    case .junit: CoverageJUnitRenderer(report: self).render()
    }
  }

  /// `file:line:column` for people: the document's path (its name when the path is unknown).
  func location(_ occurrence: Occurrence) -> String {
    let document = documents[occurrence.document]
    return "\(document.path ?? document.name):\(occurrence.line):\(occurrence.column)"
  }

  /// The example sentence of `candidate`: the sentence of its first uncovered occurrence.
  func exampleOccurrence(_ candidate: Candidate) -> Occurrence? {
    candidate.occurrences.first { !$0.covered } ?? candidate.occurrences.first
  }
}

/// The text rendering: summary, per-document figures, missing candidates.
struct CoverageTextRenderer {
  let report: CoverageReport

  func render() -> String {
    var lines = [report.summary]
    if report.documents.count > 1 {
      for document in report.documents {
        lines.append(
          "  \(document.name): coverage \(percent(document.candidateCoverage)) (\(document.coveredOccurrences)/"
            + "\(document.candidateOccurrences)), \(document.sentencesWithTerm)/\(document.sentences) sentences "
            + "with a term")
      }
    }
    let missing = report.missing
    if !missing.isEmpty {
      lines.append("")
      lines.append("missing (not in the glossary, most frequent first):")
      for candidate in missing {
        let uncovered = candidate.count - candidate.coveredCount
        var line = "  \(uncovered)× \(candidate.text) [\(candidate.kind.rawValue)]"
        if candidate.coveredCount > 0 { line += " (\(candidate.coveredCount) more covered)" }
        if candidate.occurrences.contains(where: \.partial) { line += " (beside a glossary term)" }
        lines.append(line)
        if let occurrence = report.exampleOccurrence(candidate) {
          lines.append("      \(report.location(occurrence)): \(candidate.example)")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// The JSON rendering: one object, members in a fixed order, one candidate or entry a line.
struct CoverageJSONRenderer {
  let report: CoverageReport

  func render() -> String {
    let documents = report.documents.map { document in
      JSONText.object([
        ("name", JSONText.string(document.name)), ("candidateCoverage", number(document.candidateCoverage)),
        ("coveredOccurrences", String(document.coveredOccurrences)),
        ("candidateOccurrences", String(document.candidateOccurrences)),
        ("partialOccurrences", String(document.partialOccurrences)),
        ("sentenceCoverage", number(document.sentenceCoverage)),
        ("sentencesWithTerm", String(document.sentencesWithTerm)), ("sentences", String(document.sentences)),
        ("sentencesWithoutTerm", JSONText.array(document.sentencesWithoutTerm.map(String.init))),
      ])
    }
    let candidates = report.candidates.map { candidate in
      JSONText.object([
        ("text", JSONText.string(candidate.text)), ("kind", JSONText.string(candidate.kind.rawValue)),
        ("count", String(candidate.count)), ("covered", String(candidate.covered)),
        ("coveredCount", String(candidate.coveredCount)), ("status", JSONText.string(candidate.status.rawValue)),
        ("example", JSONText.string(candidate.example)),
        ("occurrences", JSONText.array(candidate.occurrences.map(occurrence))),
      ])
    }
    let entries = report.entries.map { use in
      JSONText.object([
        ("source", JSONText.string(use.source)), ("target", JSONText.string(use.target)),
        ("count", String(use.count)),
        (
          "sentences",
          JSONText.array(
            use.sentences.map {
              JSONText.object([
                ("document", JSONText.string(report.documents[$0.document].name)), ("sentence", String($0.sentence)),
              ])
            })
        ),
      ])
    }
    let unused = report.unusedEntries.map { index in
      JSONText.object([
        ("source", JSONText.string(report.glossary.entries[index].source)),
        ("target", JSONText.string(report.glossary.entries[index].target)),
      ])
    }
    let members: [(String, String)] = [
      ("summary", JSONText.string(report.summary)), ("candidateCoverage", number(report.candidateCoverage)),
      ("coveredOccurrences", String(report.coveredOccurrences)),
      ("candidateOccurrences", String(report.candidateOccurrences)),
      ("partialOccurrences", String(report.partialOccurrences)),
      ("sentenceCoverage", number(report.sentenceCoverage)), ("sentencesWithTerm", String(report.sentencesWithTerm)),
      ("sentences", String(report.sentences)), ("missing", String(report.missing.count)),
      ("documents", lines(documents)), ("candidates", lines(candidates)), ("entries", lines(entries)),
      ("unusedEntries", lines(unused)),
    ]
    return "{\n" + members.map { "  " + JSONText.string($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n}\n"
  }

  private func occurrence(_ occurrence: CoverageReport.Occurrence) -> String {
    var members: [(String, String)] = [
      ("document", JSONText.string(report.documents[occurrence.document].name)),
      ("sentence", String(occurrence.sentence)), ("start", String(occurrence.start)), ("end", String(occurrence.end)),
      ("line", String(occurrence.line)), ("column", String(occurrence.column)),
      ("covered", String(occurrence.covered)), ("partial", String(occurrence.partial)),
    ]
    if let entry = occurrence.entry {
      members.append(("entry", JSONText.string(report.glossary.entries[entry].source)))
    }
    return JSONText.object(members)
  }

  /// An array with one value a line.
  private func lines(_ values: [String]) -> String {
    values.isEmpty ? "[]" : "[\n    " + values.joined(separator: ",\n    ") + "\n  ]"
  }

  /// A ratio with at most six decimals (`1`, `0.956522`).
  private func number(_ value: Double) -> String {
    let scaled = Int((value * 1_000_000).rounded())
    if scaled % 1_000_000 == 0 { return String(scaled / 1_000_000) }
    var fraction = String(scaled % 1_000_000)
    fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return "\(scaled / 1_000_000).\(fraction)"
  }
}

/// The JUnit XML rendering: a test suite per document, a test case per candidate found in it (or one
/// `coverage` case when it has none), a failure for each candidate with an uncovered occurrence.
struct CoverageJUnitRenderer {
  let report: CoverageReport

  func render() -> String {
    func escaped(_ text: String) -> String { ExportText.escaped(text, for: .anywhere, droppingForbidden: true) }
    var suites: [String] = []
    var totalTests = 0
    var totalFailures = 0
    for (index, document) in report.documents.enumerated() {
      var cases: [String] = []
      var failures = 0
      let classname = escaped("coverage." + document.name)
      for candidate in report.candidates {
        let occurrences = candidate.occurrences.filter { $0.document == index }
        guard !occurrences.isEmpty else { continue }
        let name = escaped(candidate.text)
        let uncovered = occurrences.filter { !$0.covered }
        if let missed = uncovered.first {
          failures += 1
          let sentence =
            report.sentenceText(CoverageReport.SentenceReference(document: index, sentence: missed.sentence)) ?? ""
          let message =
            "\(candidate.kind.rawValue) not in the glossary: \(uncovered.count) of \(occurrences.count) "
            + "occurrences uncovered"
          cases.append(
            "    <testcase classname=\"\(classname)\" name=\"\(name)\">\n"
              + "      <failure type=\"coverage.missing-term\" message=\"\(escaped(message))\">"
              + "\(escaped("\(report.location(missed)): sentence \(missed.sentence), offsets \(missed.start)-\(missed.end): \(sentence)"))"
              + "</failure>\n    </testcase>")
        } else {
          cases.append("    <testcase classname=\"\(classname)\" name=\"\(name)\"/>")
        }
      }
      if cases.isEmpty { cases.append("    <testcase classname=\"\(classname)\" name=\"coverage\"/>") }
      totalTests += cases.count
      totalFailures += failures
      suites.append(
        "  <testsuite name=\"\(escaped(document.name))\" tests=\"\(cases.count)\" failures=\"\(failures)\""
          + " errors=\"0\">\n    <properties>\n"
          + "      <property name=\"candidateCoverage\" value=\"\(percent(document.candidateCoverage))\"/>\n"
          + "      <property name=\"sentenceCoverage\" value=\"\(percent(document.sentenceCoverage))\"/>\n"
          + "    </properties>\n" + cases.joined(separator: "\n") + "\n  </testsuite>")
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"songngu coverage\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
      + suites.joined(separator: "\n") + (suites.isEmpty ? "" : "\n") + "</testsuites>\n"
  }
}
