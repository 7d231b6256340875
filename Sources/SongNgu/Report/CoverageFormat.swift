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
  /// A glossary stub to fill in: each missing candidate as an OmegaT tab-separated row with an empty
  /// English column and a note (uncovered count, kind, example sentence).
  case tsv
}

extension CoverageReport {
  /// The report in `format`, ending with a line feed.
  public func rendered(as format: CoverageFormat) -> String {
    var text = ""
    write(as: format) { text += $0 }
    return text
  }

  /// Writes the report in `format` a piece at a time: `rendered(as:)`'s text, without holding it
  /// whole (the JSON of a large article lists millions of occurrences).
  public func write(as format: CoverageFormat, to output: (String) -> Void) {
    switch format {
    case .text: CoverageTextRenderer(report: self).render(to: output)
    case .json: CoverageJSONRenderer(report: self).render(to: output)
    case .junit: CoverageJUnitRenderer(report: self).render(to: output)
    case .tsv: output(CoverageStubRenderer(report: self).render())
    }
  }

  /// `file:line:column` for people: the document's path (its name when the path is unknown).
  func location(_ occurrence: Occurrence) -> String {
    let document = documents[occurrence.document]
    return "\(document.path ?? document.name):\(occurrence.line):\(occurrence.column)"
  }

}
