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
        sentences, beads, mean score, low-confidence count) into --out. A file without its partner, \
        or a pair that cannot be read, is reported on standard error and skipped. Progress is shown \
        on standard error when it is a terminal.

        With --jsonl, reads {"id","vi","en"} documents (one JSON object a line) on standard input \
        and writes {"id","vi","en","score","bead"} pairs on standard output, in constant memory.

        Examples:
          songngu corpus articles/ --out corpus/
          songngu corpus articles/ --out corpus/ --formats moses,jsonl --min-score 0.6 --workers 2
          cat docs.jsonl | songngu corpus --jsonl > pairs.jsonl
        """)

    @Argument(help: "The folder holding the article pairs (searched recursively).")
    var folder: String?

    @Option(help: "The folder to write into (it must exist).")
    var out: String?

    @Option(
      help: ArgumentHelp(
        "Comma-separated formats: tmx, moses, jsonl, csv, tsv (default tmx,moses,jsonl).", valueName: "list"))
    var formats: String = "tmx,moses,jsonl"

    @Option(help: "The output files' base name.")
    var name: String = "corpus"

    @Option(help: "Worker threads (default: the number of cores).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Leave out pairs scoring below this (0–1).")
    var minScore: Double = 0

    @Option(name: .long, help: "A glossary file or folder; repeatable. Terms become anchors.")
    var glossary: [String] = []

    @Flag(help: "With --glossary: write NAME.term-agreement.tsv and NAME.term-findings.tsv (term QA).")
    var qa = false

    @Flag(help: "Inputs hold one sentence a line, a blank line between paragraphs.")
    var presegmented = false

    @Flag(help: "Stream {\"id\",\"vi\",\"en\"} documents from standard input to aligned pairs on standard output.")
    var jsonl = false

    @OptionGroup var reading: ReadingOptionGroup

    func parsedFormats() throws -> [AlignmentFormat] {
      try formats.split(separator: ",").map { item in
        guard let format = AlignmentFormat(rawValue: item.trimmingCharacters(in: .whitespaces)) else {
          throw ValidationError(
            "unknown format '\(item)'; expected \(AlignmentFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return format
      }
    }

    func validate() throws {
      guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
      guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
      _ = try parsedFormats()
      if qa && glossary.isEmpty { throw ValidationError("--qa needs --glossary") }
      if qa && jsonl { throw ValidationError("--qa writes report files; it cannot be used with --jsonl") }
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
        let corpus = CorpusAligner(
          aligner: SentenceAligner(glossary: terms), options: try reading.readingOptions(), presegmented: presegmented)
        let stderr = OutputBuffer(descriptor: 2)
        if jsonl {
          let output = OutputBuffer()
          try corpus.streamJSONL(
            lines: try LineReader(standardInputNamed: "-", maxLineBytes: max(reading.maxLineBytes, 1 << 26)),
            workers: workers,
            write: { output.writeLine($0) },
            report: { finding in
              stderr.writeLine("songngu: " + finding.formatted())
              stderr.flush()
            })
          output.flush()
          return
        }
        guard let folder, let out else { return }
        let (pairs, missing) = try CorpusAligner.findPairs(in: folder)
        for finding in missing { stderr.writeLine("songngu: " + finding.formatted()) }
        stderr.flush()
        let total = pairs.count
        var progress: (@Sendable (Int) -> Void)? = nil
        if isatty(2) == 1 {
          progress = { done in
            guard done % 10 == 0 || done == total else { return }
            let line = OutputBuffer(descriptor: 2)
            line.write("\rsongngu: aligned \(done)/\(total) documents" + (done == total ? "\n" : ""))
            line.flush()
          }
        }
        // Streamed: each document is written as soon as the ones before it are, so memory holds a
        // window of documents, not the corpus.
        let target = OutputFolder(out)
        let stream = try AlignmentExport.Stream(
          formats: try parsedFormats(), name: name, to: target, minScore: minScore)
        var reports: [CorpusAligner.DocumentReport] = []
        var findings: [Finding] = []
        var checker = qa ? terms.map { TermQA.Checker(TermQA(glossary: $0)) } : nil
        var pairCount = 0
        // With a worker on every core, the workers render each document's output text and this
        // thread only appends it in order; with a core to spare, this thread renders (measured faster).
        let renderer = stream.renderer
        let rendersOnWorkers = workers >= ProcessInfo.processInfo.activeProcessorCount
        let keepsPairs = checker != nil || !rendersOnWorkers
        try corpus.run(
          pairs, workers: workers, progress: progress,
          prepare: { outcome -> (CorpusAligner.Outcome, AlignmentExport.Rendered?, Int) in
            guard case .aligned(let document, let report) = outcome else { return (outcome, nil, 0) }
            let count = document.pairs.filter { !$0.isOmission }.count
            let kept = keepsPairs ? outcome : .aligned(AlignedPairs(name: document.name, pairs: []), report)
            return (kept, rendersOnWorkers ? renderer.render(document) : nil, count)
          }
        ) { prepared in
          let (outcome, rendered, count) = prepared
          switch outcome {
          case .aligned(let document, let report):
            if let rendered { try stream.append(rendered) } else { try stream.append(document) }
            reports.append(report)
            pairCount += count
            checker?.check(document)
          case .failed(let finding):
            findings.append(finding)
          }
        }
        for finding in findings { stderr.writeLine("songngu: " + finding.formatted()) }
        var written = try stream.finish()
        let result = CorpusAligner.Result(documents: [], reports: reports, findings: findings)
        let reportPath = try target.path(for: name + ".report.tsv")
        try AtomicFileWriter().write(Array(result.reportTSV.utf8), to: reportPath)
        written.append(reportPath)
        if let report = checker?.report {
          for (suffix, text) in [
            (".term-agreement.tsv", report.agreementTSV), (".term-findings.tsv", report.findingsTSV),
          ] {
            let path = try target.path(for: name + suffix)
            try AtomicFileWriter().write(Array(text.utf8), to: path)
            written.append(path)
          }
        }
        stderr.writeLine(
          "songngu: aligned \(reports.count) of \(pairs.count + missing.count) documents, "
            + "\(pairCount) pairs; wrote \(written.joined(separator: ", "))")
        stderr.flush()
      }
    }
  }
}
