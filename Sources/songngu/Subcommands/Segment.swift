import ArgumentParser
import SongNgu

extension SongNguCommand {
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Normalize a Vietnamese article and split it into sentences.",
      discussion: """
        Prints every unit: one sentence a line with a blank line between blocks (text), or one JSON \
        object a line with block, kind, index, start, end and text (jsonl). Offsets are UTF-16 code \
        units into the normalized text. Boilerplate lines are shown, flagged, unless \
        --drop-boilerplate is given. What normalization changed is reported on standard error.

        Examples:
          songngu segment samples/nato-trieu-tien.vi.txt
          songngu segment article.txt --format jsonl --drop-boilerplate
          cat article.txt | songngu segment - --tone-style new
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, jsonl
    }

    @Argument(help: "The article (UTF-8 text); '-' or nothing reads standard input.")
    var file: String?

    @Option(help: "Output format: text or jsonl.")
    var format: Format = .text

    @Flag(help: "Leave boilerplate (share/comment prompts, 'Xem bài viết gốc') out of the output.")
    var dropBoilerplate = false

    @OptionGroup var reading: ReadingOptionGroup

    func run() throws {
      try reportingErrors {
        // Two threads: one article can be large, and `segment` reads only one.
        var options = try reading.readingOptions()
        options.concurrent = true
        let reader = ArticleReader(lines: try reading.open(file), options: options)
        let output = OutputBuffer()
        var first = true
        while let block = try reader.nextBlock() {
          if dropBoilerplate && block.kind == .boilerplate { continue }
          switch format {
          case .jsonl:
            for sentence in block.sentences { output.writeLine(sentence.jsonLine) }
          case .text:
            if !first { output.writeLine("") }
            for sentence in block.sentences {
              output.writeLine(block.kind == .boilerplate ? "[boilerplate] \(sentence.text)" : sentence.text)
            }
          }
          first = false
        }
        output.flush()
        if reader.counts.total > 0 { printError("normalized: \(reader.counts.summary)") }
        for finding in reader.findings { printError(finding.formatted(file: reader.lines.name)) }
      }
    }
  }
}
