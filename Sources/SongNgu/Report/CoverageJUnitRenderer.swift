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
