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

        Scores weigh lengths, numbers and names, glossary terms and word translations (a built-in \
        list of common words, the glossary's terms, --lexicon files). The pair of documents gets a \
        score too; below --min-doc-score (default 0.5) they are probably not translations of each \
        other: a warning says why, and with --strict songngu exits with status 1 instead of writing.

        Examples:
          songngu align samples/nato-trieu-tien.vi.txt samples/nato-trieu-tien.en.txt
          songngu align a.vi.txt a.en.txt --glossary glossaries/ --qa --format tsv
          songngu align a.vi a.en --presegmented --out aligned --min-score 0.6
          songngu align a.vi.txt a.en.txt --qa --drop-flagged --lexicon my-words.tsv --strict
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

    @OptionGroup var evidence: AlignmentEvidenceOptionGroup

    @Flag(help: "Exit with status 1, writing nothing, when the documents are probably not translations of each other.")
    var strict = false

    @Flag(
      help:
        "Check the pairs (numbers, names, URLs, length ratio, untranslated copies; glossary terms with --glossary): findings on standard error (and, with --out, NAME.pair-findings.tsv, NAME.term-agreement.tsv and NAME.term-findings.tsv)."
    )
    var qa = false

    @Flag(help: "With --qa: leave the pairs it flags out of the output (the others keep their numbers).")
    var dropFlagged = false

    @OptionGroup var reading: ReadingOptionGroup

    func validate() throws {
      guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
      if dropFlagged && !qa { throw ValidationError("--drop-flagged needs --qa") }
      if out == nil, format.count > 1 || format.contains(where: { $0 != .jsonl && $0 != .tsv }) {
        throw ValidationError("--format \(format.map(\.rawValue).joined(separator: ",")) needs --out DIR")
      }
    }

    func run() throws {
      try reportingErrors {
        let terms = glossary.isEmpty ? nil : try GlossaryLoader.load(paths: glossary)
        let aligner = SentenceAligner(
          glossary: terms, lexicon: try evidence.lexicon(glossary: terms))
        let article = try AlignedArticle.read(
          name: Document.name(forPath: vietnamese),
          vi: try reading.open(vietnamese),
          en: try openEnglish(english, maxLineBytes: reading.maxLineBytes),
          presegmented: presegmented, options: try reading.readingOptions(), aligner: aligner)
        let verdict = article.alignment.verdict
        if verdict.score < evidence.minDocScore {
          let message =
            "\(vietnamese) and \(english) are probably not translations of each other ("
            + verdict.summary(threshold: evidence.minDocScore) + ")"
          if strict {
            printError("error: " + message)
            throw ExitCode(1)
          }
          printError("warning: " + message)
        }
        var alignedPairs = article.alignedPairs
        let pairFlags = qa ? PairQA().check(alignedPairs) : []
        if dropFlagged {
          for flag in pairFlags {
            if let number = flag.pair.split(separator: ":").last.flatMap({ Int($0) }) {
              alignedPairs.pairs[number].excluded = true
            }
          }
        }
        if let out {
          let formats =
            format.isEmpty
            ? [.jsonl, .tmx, .csv, .moses] : format.compactMap { AlignmentFormat(rawValue: $0.rawValue) }
          let written = try AlignmentExport.write(
            [alignedPairs], formats: formats, name: article.name, to: OutputFolder(out), minScore: minScore,
            protecting: [vietnamese, english])
          for path in written { printError("wrote \(path)") }
        } else {
          let output = OutputBuffer()
          for pair in alignedPairs.pairs where pair.passes(minScore: minScore) {
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
        guard qa else { return }
        let stderr = OutputBuffer(descriptor: 2)
        for flag in pairFlags { stderr.writeLine(flag.finding.formatted()) }
        let termReport = terms.map { TermQA(glossary: $0).check(article) }
        if let termReport {
          for finding in termReport.findings { stderr.writeLine(finding.formatted()) }
          for line in termReport.agreementLines() { stderr.writeLine(line) }
        }
        stderr.flush()
        if let out {
          let folder = OutputFolder(out)
          var files = [(article.name + ".pair-findings.tsv", PairQA.Report(flags: pairFlags).findingsTSV)]
          if let termReport {
            files += [
              (article.name + ".term-agreement.tsv", termReport.agreementTSV),
              (article.name + ".term-findings.tsv", termReport.findingsTSV),
            ]
          }
          var written: [String] = []
          for (name, text) in files {
            let path = try folder.path(for: name, protecting: [vietnamese, english])
            try AtomicFileWriter().write(Array(text.utf8), to: path)
            written.append(path)
          }
          printError("wrote " + written.joined(separator: ", "))
        }
      }
    }
  }
}
