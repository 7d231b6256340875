import ArgumentParser
import SongNgu

extension SongNguCommand {
  struct Glossary: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check and convert glossary files (TSV, CSV, TBX).",
      discussion: """
        Formats: OmegaT TSV (source, target, comment; variants as extra rows, other fields as tags at \
        the end of the comment), CSV with a header (vi,en,note,variants,alternatives,forbidden,domain,\
        case,diacritics; lists separated by |) and TBX (TBX-Basic 2008 or TBX v3 on reading, TBX-Basic \
        2008 on writing).

        Examples:
          songngu glossary check
          songngu glossary convert glossaries/news-vi-en.csv output/news-vi-en.tbx
        """,
      subcommands: [Check.self, Convert.self])
  }
}

extension GlossaryFormat: ExpressibleByArgument {}

extension SongNguCommand.Glossary {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Report unreadable rows, conflicting targets, duplicates and untidy cells.",
      discussion: """
        Reads every glossary file given (a folder means every .tsv, .csv and .tbx file in it) and prints \
        one line per finding, `file:line:col: error|warning: message [category]`, then a summary. Exit \
        status 1 when there is any error (conflicting targets, empty or unreadable cells), 0 otherwise.

        Examples:
          songngu glossary check
          songngu glossary check glossaries/news-vi-en.csv
          songngu glossary check terms.tbx extra/ --format tbx
        """)

    @Argument(help: "Glossary files or folders (default: glossaries/).")
    var paths: [String] = []

    @Option(help: "Read every file as this format (tsv, csv or tbx) instead of going by extension.")
    var format: GlossaryFormat?

    func run() throws {
      try reportingErrors {
        let report = try GlossaryChecker().check(paths: paths.isEmpty ? ["glossaries"] : paths, format: format)
        let output = OutputBuffer()
        for finding in report.findings { output.writeLine(finding.formatted()) }
        output.writeLine(report.summary)
        output.flush()
        if report.hasErrors { throw ExitCode(1) }
      }
    }
  }

  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert a glossary between TSV (OmegaT), CSV and TBX.",
      discussion: """
        The formats come from the file extensions (.tsv, .csv, .tbx) unless --format (output) or \
        --input-format is given. The input must read without errors (see `glossary check`). The output is \
        written to a temporary file and renamed into place; it may not be the input.

        Examples:
          songngu glossary convert glossaries/news-vi-en.csv output/news-vi-en.tbx
          songngu glossary convert terms.tbx omegat/glossary.txt --format tsv
        """)

    @Argument(help: "The glossary to read.")
    var input: String

    @Argument(help: "The file to write.")
    var output: String

    @Option(help: "Output format (tsv, csv or tbx); default: by OUTPUT's extension.")
    var format: GlossaryFormat?

    @Option(help: "Input format (tsv, csv or tbx); default: by INPUT's extension.")
    var inputFormat: GlossaryFormat?

    func validate() throws {
      if format == nil && GlossaryFormat(path: output) == nil {
        throw ValidationError(
          "cannot tell the output format from '\(output)'; name it .tsv, .csv or .tbx or give --format")
      }
      if inputFormat == nil && GlossaryFormat(path: input) == nil {
        throw ValidationError(
          "cannot tell the input format from '\(input)'; name it .tsv, .csv or .tbx or give --input-format")
      }
      if input == output { throw ValidationError("OUTPUT is the same path as INPUT; write to another file") }
    }

    func run() throws {
      try reportingErrors {
        let glossary = try GlossaryConverter.convert(
          input: input, output: output, inputFormat: inputFormat, format: format)
        printError("wrote \(glossary.entries.count) entries to \(output)")
      }
    }
  }
}
