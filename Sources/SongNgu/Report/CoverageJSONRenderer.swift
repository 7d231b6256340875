/// The JSON rendering: one object, members in a fixed order, one candidate or entry a line.
///
/// Written a piece at a time: a frequent name has hundreds of thousands of occurrences in a large
/// article, and they are read back from the report's record log as they are written.
struct CoverageJSONRenderer {
  let report: CoverageReport

  func render(to output: (String) -> Void) {
    var buffer = ""
    /// Appends `text`, handing the buffer over in pieces of about 64 KiB.
    func write(_ text: String) {
      buffer += text
      if buffer.utf8.count >= 1 << 16 {
        output(buffer)
        buffer = ""
      }
    }
    /// Starts the next value of an array with one value a line.
    func line(_ first: Bool) { write(first ? "[\n    " : ",\n    ") }
    /// Ends an array with one value a line that had values (or not).
    func endLines(_ any: Bool) { write(any ? "\n  ]" : "[]") }
    /// Writes the object `members` (as `JSONText.object` wrote it) without its closing brace, then the
    /// member `name` and the opening bracket of its array value.
    func openArray(_ members: String, _ name: String) { write(members.dropLast() + "," + JSONText.string(name) + ":[") }
    /// Writes a value of an array that `openArray` opened.
    func value(_ text: String, _ first: inout Bool) {
      write(first ? text : "," + text)
      first = false
    }

    let members: [(String, String)] = [
      ("summary", JSONText.string(report.summary)), ("candidateCoverage", number(report.candidateCoverage)),
      ("coveredOccurrences", String(report.coveredOccurrences)),
      ("candidateOccurrences", String(report.candidateOccurrences)),
      ("partialOccurrences", String(report.partialOccurrences)),
      ("sentenceCoverage", number(report.sentenceCoverage)), ("sentencesWithTerm", String(report.sentencesWithTerm)),
      ("sentences", String(report.sentences)), ("missing", String(report.missing.count)),
    ]
    write("{\n" + members.map { "  " + JSONText.string($0.0) + ": " + $0.1 }.joined(separator: ",\n"))
    write(",\n  " + JSONText.string("documents") + ": ")
    for (index, document) in report.documents.enumerated() {
      line(index == 0)
      openArray(
        JSONText.object([
          ("name", JSONText.string(document.name)), ("candidateCoverage", number(document.candidateCoverage)),
          ("coveredOccurrences", String(document.coveredOccurrences)),
          ("candidateOccurrences", String(document.candidateOccurrences)),
          ("partialOccurrences", String(document.partialOccurrences)),
          ("sentenceCoverage", number(document.sentenceCoverage)),
          ("sentencesWithTerm", String(document.sentencesWithTerm)), ("sentences", String(document.sentences)),
        ]), "sentencesWithoutTerm")
      var first = true
      document.forEachSentenceWithoutTerm { value(String($0), &first) }
      write("]}")
    }
    endLines(!report.documents.isEmpty)
    write(",\n  " + JSONText.string("candidates") + ": ")
    for (index, candidate) in report.candidates.enumerated() {
      line(index == 0)
      openArray(
        JSONText.object([
          ("text", JSONText.string(candidate.text)), ("kind", JSONText.string(candidate.kind.rawValue)),
          ("count", String(candidate.count)), ("covered", String(candidate.covered)),
          ("coveredCount", String(candidate.coveredCount)), ("status", JSONText.string(candidate.status.rawValue)),
          ("example", JSONText.string(candidate.example)),
        ]), "occurrences")
      var first = true
      candidate.forEachOccurrence { value(occurrence($0), &first) }
      write("]}")
    }
    endLines(!report.candidates.isEmpty)
    write(",\n  " + JSONText.string("entries") + ": ")
    for (index, use) in report.entries.enumerated() {
      line(index == 0)
      openArray(
        JSONText.object([
          ("source", JSONText.string(use.source)), ("target", JSONText.string(use.target)),
          ("count", String(use.count)),
        ]), "sentences")
      var first = true
      use.forEachSentence { reference in
        value(
          JSONText.object([
            ("document", JSONText.string(report.documents[reference.document].name)),
            ("sentence", String(reference.sentence)),
          ]), &first)
      }
      write("]}")
    }
    endLines(!report.entries.isEmpty)
    write(",\n  " + JSONText.string("unusedEntries") + ": ")
    for (index, entry) in report.unusedEntries.enumerated() {
      line(index == 0)
      write(
        JSONText.object([
          ("source", JSONText.string(report.glossary.entries[entry].source)),
          ("target", JSONText.string(report.glossary.entries[entry].target)),
        ]))
    }
    endLines(!report.unusedEntries.isEmpty)
    write("\n}\n")
    output(buffer)
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
