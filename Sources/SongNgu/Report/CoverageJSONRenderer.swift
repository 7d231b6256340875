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
      ("startChar", String(occurrence.startChar)), ("endChar", String(occurrence.endChar)),
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
