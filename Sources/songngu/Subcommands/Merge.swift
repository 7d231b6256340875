import ArgumentParser
import Foundation
import SongNgu

extension SongNguCommand {
  struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the English article from a translated CSV or XLIFF that prepare wrote.",
      discussion: """
        TRANSLATED is a CSV or XLIFF file from `songngu prepare` whose targets a translator filled in, \
        or an OmegaT kit (`prepare --omegat DIR`) after translation: its sentences are taken from \
        OmegaT's project memory (omegat/project_save.tmx), and a kit of several articles needs --out \
        FOLDER (one NAME.en.txt each). \
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

    @Argument(help: "The translated CSV (.csv) or XLIFF (.xlf, .xliff), or an OmegaT kit folder.")
    var translated: String

    @Option(help: "The file to write (default: standard output).")
    var out: String?

    @Flag(help: "Keep the Vietnamese of untranslated units instead of refusing.")
    var allowUntranslated = false

    @Option(help: "The original Vietnamese article, to check that the sources were not changed.")
    var article: String?

    func run() throws {
      try reportingErrors {
        let options = MergeOptions(allowUntranslated: allowUntranslated, article: article)
        var isFolder: ObjCBool = false
        let results: [MergeResult]
        if FileManager.default.fileExists(atPath: translated, isDirectory: &isFolder), isFolder.boolValue {
          results = try OmegaTKit.merge(translated, options: options)
        } else {
          results = [try ArticleMerger.merge(path: translated, options: options)]
        }
        let findings = results.flatMap(\.findings)
        if !findings.isEmpty {
          let stderr = OutputBuffer(descriptor: 2)
          for finding in findings { stderr.writeLine(finding.formatted()) }
          stderr.flush()
          printError("\(findings.count) problem(s); nothing written")
          throw ExitCode(1)
        }
        if results.count > 1 && out == nil {
          throw ValidationError(
            "the kit holds \(results.count) articles; give --out FOLDER to write one NAME.en.txt for each")
        }
        for result in results {
          var destination = out
          if results.count > 1, let out {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            destination = "\(out)/\(result.article).en.txt"
          }
          if let destination {
            try GlossaryConverter.write(result.text, to: destination)
          } else {
            let output = OutputBuffer()
            output.write(result.text)
            output.flush()
          }
          var summary = "merged \(result.units) units in \(result.blocks) blocks of \(result.article)"
          if let destination { summary += " into \(destination)" }
          if !result.untranslated.isEmpty { summary += "; \(result.untranslated.count) left in Vietnamese" }
          printError(summary)
        }
      }
    }
  }
}
