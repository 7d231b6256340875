/// The TSV rendering: the missing candidates as a glossary stub to fill in.
///
/// One OmegaT tab-separated row a missing candidate, most frequent first, written by
/// `TSVGlossaryWriter`: the Vietnamese term, an empty English column, and a note with the uncovered
/// count, the kind and the example sentence (`3× name, e.g. “…”`). A first `#` line says what the file
/// is. `glossary check` reports each empty English term as to fill (a warning); once a row is filled,
/// `--glossary` reads it as an entry, and rows still empty are skipped.
struct CoverageStubRenderer {
  let report: CoverageReport

  func render() -> String {
    let entries = report.missing.map { candidate in
      let uncovered = candidate.count - candidate.coveredCount
      return GlossaryEntry(
        source: candidate.text, target: "",
        note: "\(uncovered)× \(candidate.kind.rawValue), e.g. “\(candidate.example)”")
    }
    return
      "# songngu coverage: \(entries.count) terms not in the glossary; write the English term in the second column\n"
      + TSVGlossaryWriter().write(Glossary(entries: entries))
  }
}
