/// The JUnit XML rendering: a test suite per document, a test case per candidate found in it (or one
/// `coverage` case when it has none), a failure for each candidate with an uncovered occurrence.
///
/// Written a test suite at a time. Each candidate's occurrences are read once, for what its test
/// cases need: per document, the occurrences, the uncovered ones and the first of those.
struct CoverageJUnitRenderer {
  let report: CoverageReport

  /// A candidate's occurrences in one document.
  private struct Tally {
    var document: Int
    var count = 0
    var uncovered = 0
    var firstUncovered: CoverageReport.Occurrence?
  }

  func render(to output: (String) -> Void) {
    func escaped(_ text: String) -> String { ExportText.escaped(text, for: .anywhere, droppingForbidden: true) }
    // Per candidate, its documents in order.
    let tallies: [[Tally]] = report.candidates.map { candidate in
      var result: [Tally] = []
      candidate.forEachOccurrence { occurrence in
        if result.last?.document != occurrence.document { result.append(Tally(document: occurrence.document)) }
        result[result.count - 1].count += 1
        if !occurrence.covered {
          result[result.count - 1].uncovered += 1
          if result[result.count - 1].firstUncovered == nil { result[result.count - 1].firstUncovered = occurrence }
        }
      }
      return result
    }
    // The totals go first, in the root element.
    var tests = [Int](repeating: 0, count: report.documents.count)
    var failures = tests
    for tally in tallies.joined() {
      tests[tally.document] += 1
      if tally.uncovered > 0 { failures[tally.document] += 1 }
    }
    output(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuites name=\"songngu coverage\" tests=\"\(tests.reduce(0) { $0 + max($1, 1) })\" "
        + "failures=\"\(failures.reduce(0, +))\" errors=\"0\">\n")
    var next = [Int](repeating: 0, count: tallies.count)
    for (index, document) in report.documents.enumerated() {
      var cases: [String] = []
      let classname = escaped("coverage." + document.name)
      for (number, candidate) in report.candidates.enumerated() {
        guard next[number] < tallies[number].count, tallies[number][next[number]].document == index else { continue }
        let tally = tallies[number][next[number]]
        next[number] += 1
        let name = escaped(candidate.text)
        if let missed = tally.firstUncovered {
          let sentence =
            report.sentenceText(CoverageReport.SentenceReference(document: index, sentence: missed.sentence)) ?? ""
          let message =
            "\(candidate.kind.rawValue) not in the glossary: \(tally.uncovered) of \(tally.count) "
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
      output(
        "  <testsuite name=\"\(escaped(document.name))\" tests=\"\(cases.count)\" failures=\"\(failures[index])\""
          + " errors=\"0\">\n    <properties>\n"
          + "      <property name=\"candidateCoverage\" value=\"\(percent(document.candidateCoverage))\"/>\n"
          + "      <property name=\"sentenceCoverage\" value=\"\(percent(document.sentenceCoverage))\"/>\n"
          + "    </properties>\n" + cases.joined(separator: "\n") + "\n  </testsuite>\n")
    }
    output("</testsuites>\n")
  }
}
