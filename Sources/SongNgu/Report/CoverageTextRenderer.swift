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
