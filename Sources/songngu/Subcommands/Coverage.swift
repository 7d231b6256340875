import ArgumentParser
import SongNgu

extension SongNguCommand {
  struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Report how well the glossary covers articles' names, acronyms, titles and institutions.",
      discussion: """
        Finds candidate terms in every translatable sentence (capitalised names not at a sentence start, \
        acronyms, titles, institutions) and checks each occurrence against the glossary: covered when it \
        lies inside a glossary match. Candidate coverage = covered occurrences / all occurrences; sentence \
        coverage = sentences with at least one term / translatable sentences. Text output lists the \
        missing candidates, most frequent first, with an example sentence; json lists every candidate and \
        every glossary entry found; junit writes a test suite per article for CI; tsv writes the missing \
        candidates as a glossary stub to fill in (vi, an empty en column, and a note with the count, kind \
        and an example sentence), which `glossary check` reads with the empty terms as "to fill" and \
        --glossary reads once filled. Offsets are UTF-16 code units into the normalized text; json also \
        gives them in Unicode code points (startChar, endChar).

        --min is a gate: exit status 1, with the reason on standard error, when candidate coverage is \
        below the ratio.

        Memory stays flat however large an article is (74 MB for 160 MB), growing only with the \
        number of distinct candidates: an article is read once, a block at a time, and its blocks and \
        the occurrences past 1 MiB wait in temporary files (in $TMPDIR, removed at once) for the \
        detector's later passes.

        Examples:
          songngu coverage
          songngu coverage articles/ --glossary glossaries/ --glossary extra.tsv
          songngu coverage article.vi.txt --min 0.95 --format junit > coverage.xml
          songngu coverage articles/ --format tsv > to-fill.tsv
        """)

    @Argument(
      help:
        "Articles (UTF-8 text) or folders of them (every *.txt but *.en.txt). Default: the bundled sample."
    )
    var articles: [String] = []

    @OptionGroup var glossaries: GlossaryOptionGroup

    @Option(help: "Fail (exit 1) when candidate coverage is below this ratio, 0 to 1 (e.g. 0.95).")
    var min: Double?

    @Option(help: "Output format: text, json, junit or tsv (a glossary stub of the missing candidates).")
    var format: CoverageFormat = .text

    @OptionGroup var reading: ReadingOptionGroup

    func validate() throws {
      if let min, !(0...1).contains(min) {
        throw ValidationError("--min must be a ratio between 0 and 1 (e.g. 0.95), not \(min)")
      }
    }

    func run() throws {
      try reportingErrors {
        let paths = articles.isEmpty ? ["samples/nato-trieu-tien.vi.txt"] : articles
        // An empty folder must not pass a gate silently.
        guard !(try GlossaryCoverage.articleFiles(in: paths)).isEmpty else {
          throw SongNguError.noArticles(paths: paths, expected: "*.vi.txt or *.txt")
        }
        // Two threads: a large article is read three times.
        var options = try reading.readingOptions()
        options.concurrent = true
        let report = try GlossaryCoverage.check(articles: paths, glossary: glossaries.load(), reading: options)
        let output = OutputBuffer()
        report.write(as: format) { output.write($0) }
        output.flush()
        if let min, let reason = report.gateFailure(minimum: min) {
          printError(reason)
          throw ExitCode(1)
        }
      }
    }
  }
}

extension CoverageFormat: ExpressibleByArgument {}
