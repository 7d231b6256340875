import ArgumentParser
import Foundation
import SongNgu

extension SongNguCommand {
  struct Glossary: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check and convert glossary files (TSV, CSV, TBX).",
      discussion: """
        Formats: OmegaT TSV (source, target, comment; variants as extra rows, other fields as tags at \
        the end of the comment), CSV with a header (vi,en,note,variants,alternatives,forbidden,domain,\
        case,diacritics, and not_after,not_before,pos: the context rule and part of speech; lists \
        separated by |) and TBX (TBX-Basic 2008 or TBX v3 on reading, TBX-Basic 2008 on writing).

        Examples:
          songngu glossary check
          songngu glossary convert glossaries/news-vi-en.csv output/news-vi-en.tbx
          songngu glossary cldr
        """,
      subcommands: [Check.self, Convert.self, CLDR.self])
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

extension CLDRGlossary.Kind: ExpressibleByArgument {
  public init?(argument: String) {
    guard let kind = Self.allCases.first(where: { $0.domain == argument }) else { return nil }
    self = kind
  }
}

extension SongNguCommand.Glossary {
  struct CLDR: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "cldr",
      abstract: "Write the CLDR names ICU carries as a vi → en glossary (countries, languages, currencies, cities).",
      discussion: """
        ICU's copy of the Unicode CLDR names every country and territory, language, currency and many \
        cities in Vietnamese and English. This writes them as an OmegaT TSV glossary with a header that \
        names the source, the ICU version and the licence (Unicode License v3). Language names are the \
        collocations `tiếng X` (tiếng Pháp → French); one-syllable names get a context rule (not after a \
        personal title such as ông or chị). Forms a known glossary already has are left out, so the \
        folder stays free of conflicts: by default the other glossaries in OUT's folder.

        Examples:
          songngu glossary cldr
          songngu glossary cldr --kinds country,language --out - | less
          songngu glossary cldr --out terms/cldr.tsv --known glossaries/news-vi-en.csv
        """)

    @Option(help: "The file to write, or - for standard output.")
    var out = "glossaries/cldr-vi-en.tsv"

    @Option(
      help: "Kinds of names, comma-separated: country, language, currency, city.",
      transform: { text in
        try text.split(separator: ",").map { name in
          guard let kind = CLDRGlossary.Kind(argument: name.trimmingCharacters(in: .whitespaces).lowercased())
          else { throw ValidationError("unknown kind '\(name)'; expected country, language, currency or city") }
          return kind
        }
      })
    var kinds: [CLDRGlossary.Kind] = CLDRGlossary.Kind.allCases

    @Option(
      name: .customLong("known"),
      help: "Glossary files or folders whose forms are left out (default: the other glossaries in OUT's folder).")
    var known: [String] = []

    func run() throws {
      try reportingErrors {
        var knownPaths = known
        if knownPaths.isEmpty && out != "-" {
          let folder = (out as NSString).deletingLastPathComponent
          knownPaths = try GlossaryLoader.files(in: [folder.isEmpty ? "." : folder]).filter {
            !GlossaryConverter.sameFile($0, out)
          }
        }
        let glossary = try GlossaryLoader.load(paths: knownPaths)
        let entries = CLDRGlossary.entries(kinds: kinds, known: glossary)
        let text = CLDRGlossary.tsv(entries, command: "songngu glossary cldr")
        if out == "-" {
          let output = OutputBuffer()
          output.write(text)
          output.flush()
        } else {
          try GlossaryConverter.write(text, to: out)
          printError("wrote \(entries.count) entries to \(out) (ICU \(CLDRGlossary.icuVersion))")
        }
      }
    }
  }
}
