import ArgumentParser
import SongNgu

extension SongNguCommand {
  struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the English article from a translated CSV or XLIFF that prepare wrote.",
      discussion: """
        TRANSLATED is a CSV or XLIFF file from `songngu prepare` whose targets a translator filled in. \
        Each unit's id (ARTICLE:bBLOCK:sSENTENCE) places its sentence: title, headings and paragraphs \
        come out in the article's order with a blank line between blocks, and the sentences of a \
        paragraph are joined with one space. A CSV and an XLIFF holding the same translation give the \
        same bytes.

        Nothing is merged silently: units without a translation, units of another article, ids that \
        are not songngu's, an id given twice and a sentence missing from a block are listed \
        (`file: error: unit: message [category]`) and nothing is written (exit status 1). With \
        --allow-untranslated the Vietnamese of untranslated units is kept and counted. With --article \
        (the original Vietnamese), every unit's source must still be the article's sentence and every \
        sentence must have its unit.

        Examples:
          songngu merge output/nato-trieu-tien.csv --out nato-trieu-tien.en.txt
          songngu merge translated.xlf --article samples/nato-trieu-tien.vi.txt
          songngu merge half-done.csv --allow-untranslated
        """)

    @Argument(help: "The translated CSV (.csv) or XLIFF (.xlf, .xliff).")
    var translated: String

    @Option(help: "The file to write (default: standard output).")
    var out: String?

    @Flag(help: "Keep the Vietnamese of untranslated units instead of refusing.")
    var allowUntranslated = false

    @Option(help: "The original Vietnamese article, to check that the sources were not changed.")
    var article: String?

    func run() throws {
      try reportingErrors {
        let result = try ArticleMerger.merge(
          path: translated, options: MergeOptions(allowUntranslated: allowUntranslated, article: article))
        if result.hasErrors {
          let stderr = OutputBuffer(descriptor: 2)
          for finding in result.findings { stderr.writeLine(finding.formatted()) }
          stderr.flush()
          printError("\(result.findings.count) problem(s); nothing written")
          throw ExitCode(1)
        }
        if let out {
          try GlossaryConverter.write(result.text, to: out)
        } else {
          let output = OutputBuffer()
          output.write(result.text)
          output.flush()
        }
        var summary = "merged \(result.units) units in \(result.blocks) blocks of \(result.article)"
        if let out { summary += " into \(out)" }
        if !result.untranslated.isEmpty { summary += "; \(result.untranslated.count) left in Vietnamese" }
        printError(summary)
      }
    }
  }
}
