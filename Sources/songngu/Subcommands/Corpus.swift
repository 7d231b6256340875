import ArgumentParser
import Foundation
import SongNgu

extension SongNguCommand {
  struct Corpus: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align every NAME.vi.txt / NAME.en.txt pair in a folder tree into one corpus.",
      discussion: """
        Pairs are aligned in parallel (--workers, default: all cores). Writes NAME.tmx, NAME.vi + \
        NAME.en (Moses) and NAME.jsonl (--formats) plus NAME.report.tsv (name, vi sentences, en \
        sentences, beads, mean score, low-confidence count, document score, status, reason) into \
        --out. A file without its partner, or a pair that cannot be read, is reported on standard \
        error and skipped; a folder without any pair is an error. Progress is shown on standard \
        error when it is a terminal.

        A first pass over a sample of the documents learns word translations from the corpus \
        itself (--no-learning skips it). Documents scoring below --min-doc-score (default 0.5) are \
        not translations of each other: they are left out, listed on standard error and in the \
        report with status "rejected" and the reason.

        With --jsonl, reads {"id","vi","en"} documents (one JSON object a line) on standard input \
        and writes {"id","vi","en","score","bead"} pairs on standard output, in constant memory. A bad \
        record (a line that is not such an object, or a document that cannot be read) is reported on \
        standard error with its line number and, by --on-error: skip (default) leaves it out and \
        counts it at the end; emit also writes {"id","error","line","message"} in its place (id when \
        the line has one); fail stops there with exit status 1.

        Examples:
          songngu corpus articles/ --out corpus/
          songngu corpus articles/ --out corpus/ --formats moses,jsonl --min-score 0.6 --workers 2
          songngu corpus articles/ --out corpus/ --qa --drop-flagged --min-doc-score 0.7
          cat docs.jsonl | songngu corpus --jsonl > pairs.jsonl
          songngu corpus --jsonl --on-error fail < docs.jsonl > pairs.jsonl
        """)

    @Argument(help: "The folder holding the article pairs (searched recursively).")
    var folder: String?

    @Option(help: "The folder to write into (created if missing).")
    var out: String?

    @Option(
      help: ArgumentHelp(
        "Comma-separated formats: tmx, moses, jsonl, csv, tsv (default tmx,moses,jsonl).", valueName: "list"),
      transform: parseFormats)
    var formats: [AlignmentFormat] = [.tmx, .moses, .jsonl]

    @Option(help: "The output files' base name.")
    var name: String = "corpus"

    @OptionGroup var parallel: WorkerOptionGroup

    @Option(help: "Leave out pairs scoring below this (0–1).")
    var minScore: Double = 0

    @Option(name: .long, help: "A glossary file or folder; repeatable. Terms become anchors.")
    var glossary: [String] = []

    @OptionGroup var evidence: AlignmentEvidenceOptionGroup

    @Flag(help: "Do not learn word translations from the corpus before aligning it.")
    var noLearning = false

    @Flag(
      help:
        "Check the pairs: write NAME.pair-findings.tsv (numbers, names, URLs, length ratio, untranslated copies) and, with --glossary, NAME.term-agreement.tsv and NAME.term-findings.tsv."
    )
    var qa = false

    @Flag(help: "With --qa: leave the pairs it flags out of the corpus (the others keep their numbers).")
    var dropFlagged = false

    @Flag(help: "Inputs hold one sentence a line, a blank line between paragraphs.")
    var presegmented = false

    @Flag(help: "Stream {\"id\",\"vi\",\"en\"} documents from standard input to aligned pairs on standard output.")
    var jsonl = false

    @Option(
      help: ArgumentHelp(
        "With --jsonl, a bad record: skip (default), emit an error record in-band, or fail.", valueName: "mode"))
    var onError: CorpusAligner.BadRecordPolicy?

    @OptionGroup var reading: ReadingOptionGroup

    func validate() throws {
      guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
      if dropFlagged && !qa { throw ValidationError("--drop-flagged needs --qa") }
      if qa && jsonl { throw ValidationError("--qa writes report files; it cannot be used with --jsonl") }
      if onError != nil && !jsonl { throw ValidationError("--on-error applies to --jsonl") }
      if jsonl {
        guard folder == nil, out == nil else {
          throw ValidationError("--jsonl reads standard input; drop FOLDER and --out")
        }
      } else {
        guard folder != nil else { throw ValidationError("give the FOLDER of article pairs (or --jsonl)") }
        guard out != nil else { throw ValidationError("give --out DIR") }
      }
    }

    func run() throws {
      try reportingErrors {
        let terms = glossary.isEmpty ? nil : try GlossaryLoader.load(paths: glossary)
        let aligner = SentenceAligner(
          glossary: terms, lexicon: try evidence.lexicon(glossary: terms))
        let corpus = CorpusAligner(
          aligner: aligner, options: try reading.readingOptions(), presegmented: presegmented,
          minimumDocumentScore: evidence.minDocScore)
        let stderr = OutputBuffer(descriptor: 2)
        if jsonl {
          let output = OutputBuffer()
          let policy = onError ?? .skip
          let summary: CorpusAligner.JSONLSummary
          do {
            summary = try corpus.streamJSONL(
              lines: try LineReader(standardInputNamed: "-", maxLineBytes: max(reading.maxLineBytes, 1 << 26)),
              workers: parallel.workers, learns: !noLearning, onError: policy,
              write: { output.writeLine($0) },
              report: { finding in
                stderr.writeLine("songngu: " + finding.formatted())
                stderr.flush()
              })
          } catch {
            output.flush()
            throw error
          }
          output.flush()
          if policy == .skip && summary.badRecords > 0 {
            stderr.writeLine(
              "songngu: skipped \(summary.badRecords) of \(summary.records) records "
                + "(--on-error emit writes them in-band, --on-error fail stops at the first)")
            stderr.flush()
          }
          return
        }
        guard let folder, let out else { return }
        let run = try corpus.alignFolder(
          folder, formats: formats, name: name, to: try OutputFolder.create(out), minScore: minScore,
          workers: parallel.workers,
          termQA: qa ? terms.map { TermQA(glossary: $0) } : nil, pairQA: qa ? PairQA() : nil,
          dropFlagged: dropFlagged, learns: !noLearning,
          missing: { finding in
            stderr.writeLine("songngu: " + finding.formatted())
            stderr.flush()
          },
          progress: isatty(2) == 1 ? Self.showProgress : nil)
        for finding in run.findings { stderr.writeLine("songngu: " + finding.formatted()) }
        let rejected = run.reports.filter { $0.status == .rejected }
        for report in rejected {
          stderr.writeLine(
            "songngu: "
              + Finding(category: CorpusAligner.rejected, message: "\(report.reason); left out", file: report.name)
              .formatted())
        }
        if qa { stderr.writeLine("songngu: pair QA: \(run.pairFindings.flags.count) findings") }
        stderr.writeLine(
          "songngu: aligned \(run.reports.count - rejected.count) of \(run.documents) documents"
            + (rejected.isEmpty ? "" : " (\(rejected.count) rejected)")
            + ", \(run.pairCount) pairs; wrote \(run.paths.joined(separator: ", "))")
        stderr.flush()
      }
    }

    /// Shows on standard error (a terminal) how many documents are aligned, every tenth and the last.
    @Sendable static func showProgress(_ done: Int, _ total: Int) {
      guard done % 10 == 0 || done == total else { return }
      let line = OutputBuffer(descriptor: 2)
      line.write("\rsongngu: aligned \(done)/\(total) documents" + (done == total ? "\n" : ""))
      line.flush()
    }
  }
}

extension CorpusAligner.BadRecordPolicy: ExpressibleByArgument {}
