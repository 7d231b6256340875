import ArgumentParser
import SongNgu

extension SongNguCommand {
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align the sentences of a Vietnamese article with its English translation.",
      discussion: """
        Prints one bead a line in document order: JSONL {"vi","en","score","bead"} (default) or TSV \
        (vi, en, score, bead). Several sentences on one side are joined with a space; the empty side \
        of a 1-0 or 0-1 bead is "". With --out DIR, writes NAME.tmx, NAME.csv, NAME.vi + NAME.en \
        (Moses) and NAME.jsonl instead. Beads scoring below 0.5 are listed for review on standard error.

        Examples:
          songngu align samples/nato-trieu-tien.vi.txt samples/nato-trieu-tien.en.txt
          songngu align a.vi.txt a.en.txt --glossary glossaries/ --qa --format tsv
          songngu align a.vi a.en --presegmented --out aligned --min-score 0.6
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case jsonl, tsv, tmx, csv, moses
    }

    @Argument(help: "The Vietnamese article (UTF-8 text).")
    var vietnamese: String

    @Argument(help: "Its English translation (UTF-8 text).")
    var english: String

    @Option(name: .long, help: "A glossary file or folder (TSV, CSV, TBX); repeatable. Terms become anchors.")
    var glossary: [String] = []

    @Flag(help: "Inputs hold one sentence a line, a blank line between paragraphs (hunalign's input).")
    var presegmented = false

    @Option(
      help: ArgumentHelp(
        "Output format: jsonl or tsv on standard output; with --out, the formats to write (default all but tsv).",
        valueName: "format"))
    var format: [Format] = []

    @Option(help: "Write files into this folder (it must exist) instead of printing.")
    var out: String?

    @Option(help: "Leave out pairs scoring below this (0–1).")
    var minScore: Double = 0

    @Flag(
      help:
        "Check glossary terms on the aligned pairs: findings and agreement on standard error (and, with --out, NAME.term-agreement.tsv and NAME.term-findings.tsv)."
    )
    var qa = false

    @OptionGroup var reading: ReadingOptionGroup

    func validate() throws {
      guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
      if out == nil, format.count > 1 || format.contains(where: { $0 != .jsonl && $0 != .tsv }) {
        throw ValidationError("--format \(format.map(\.rawValue).joined(separator: ",")) needs --out DIR")
      }
      if qa && glossary.isEmpty { throw ValidationError("--qa needs --glossary") }
    }

    func run() throws {
      try reportingErrors {
        let terms = glossary.isEmpty ? nil : try GlossaryLoader.load(paths: glossary)
        let aligner = SentenceAligner(glossary: terms)
        let article = try AlignedArticle.read(
          name: Document.name(forPath: vietnamese),
          vi: try openInput(vietnamese, maxLineBytes: reading.maxLineBytes),
          en: try openInput(english, maxLineBytes: reading.maxLineBytes, detectsVIQR: false),
          presegmented: presegmented, options: try reading.readingOptions(), aligner: aligner)
        let pairs = article.pairs.filter { $0.score >= minScore }
        if let out {
          let formats =
            format.isEmpty
            ? [.jsonl, .tmx, .csv, .moses] : format.compactMap { AlignmentFormat(rawValue: $0.rawValue) }
          let written = try AlignmentExport.write(
            [article.alignedPairs], formats: formats, name: article.name, to: OutputFolder(out), minScore: minScore,
            protecting: [vietnamese, english])
          for path in written { printError("wrote \(path)") }
        } else {
          let output = OutputBuffer()
          for pair in pairs {
            output.writeLine(
              format.first == .tsv ? TSVAlignmentWriter().line(pair) : JSONLAlignmentWriter().line(pair))
          }
          output.flush()
        }
        let review = article.alignment.lowConfidence
        if !review.isEmpty {
          printError(
            "\(review.count) of \(article.alignment.beads.count) beads to review (score < \(article.alignment.reviewThreshold)): "
              + review.map { "#\($0 + 1) \(article.alignment.beads[$0].kind)" }.joined(separator: ", "))
        }
        if qa, let terms {
          let report = TermQA(glossary: terms).check(article)
          let stderr = OutputBuffer(descriptor: 2)
          for finding in report.findings { stderr.writeLine(finding.formatted()) }
          for line in report.agreementLines() { stderr.writeLine(line) }
          stderr.flush()
          if let out {
            let folder = OutputFolder(out)
            let agreement = try folder.path(
              for: article.name + ".term-agreement.tsv", protecting: [vietnamese, english])
            let findings = try folder.path(for: article.name + ".term-findings.tsv", protecting: [vietnamese, english])
            try AtomicFileWriter().write(Array(report.agreementTSV.utf8), to: agreement)
            try AtomicFileWriter().write(Array(report.findingsTSV.utf8), to: findings)
            printError("wrote \(agreement), \(findings)")
          }
        }
      }
    }
  }
}
