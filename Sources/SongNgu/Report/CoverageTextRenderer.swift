/// The text rendering: summary, per-document figures, missing candidates.
struct CoverageTextRenderer {
  let report: CoverageReport

  func render(to output: (String) -> Void) {
    func append(_ line: String) { output(line + "\n") }
    append(report.summary)
    if report.documents.count > 1 {
      for document in report.documents {
        append(
          "  \(document.name): coverage \(percent(document.candidateCoverage)) (\(document.coveredOccurrences)/"
            + "\(document.candidateOccurrences)), \(document.sentencesWithTerm)/\(document.sentences) sentences "
            + "with a term")
      }
    }
    let missing = report.missing
    if !missing.isEmpty {
      append("")
      append("missing (not in the glossary, most frequent first):")
      for candidate in missing {
        let uncovered = candidate.count - candidate.coveredCount
        var line = "  \(uncovered)× \(candidate.text) [\(candidate.kind.rawValue)]"
        if candidate.coveredCount > 0 { line += " (\(candidate.coveredCount) more covered)" }
        if candidate.hasPartial { line += " (beside a glossary term)" }
        append(line)
        append("      \(report.location(candidate.exampleOccurrence)): \(candidate.example)")
      }
    }
  }
}
