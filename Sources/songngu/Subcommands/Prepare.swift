import ArgumentParser
import Foundation
import SongNgu

extension SongNguCommand {
  struct Prepare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Prepare Vietnamese articles for translation: bilingual TMX, CSV and XLIFF with a glossary draft.",
      discussion: """
        For each article NAME.vi.txt (or NAME.txt) writes OUT/NAME.tmx, OUT/NAME.csv and, when asked, \
        OUT/NAME.xlf, OUT/NAME.xliff, OUT/NAME.xlsx (an Excel workbook, every cell text) or OUT/NAME.tbx. The \
        CSV starts with a byte-order mark so Excel reads it as UTF-8 (--no-csv-bom: none). A sentence \
        with glossary terms gets a draft: its terms replaced by their English \
        targets, the rest left in Vietnamese. A draft is a suggestion, never a translation: the XLIFF \
        target holds it with state needs-review-translation, the CSV keeps it in its draft column (the \
        target column is the translator's), and the TMX holds only drafted sentences, each marked \
        glossary-draft (put it in OmegaT's tm/ folder, not tm/auto/, so drafts are offered as matches). \
        A sentence without a term has no English at all. --prefill fills every target with the draft \
        or, without one, the Vietnamese source. A term is left in Vietnamese where it is part of a \
        name or a pronoun (Nguyễn Đức Minh, Anh ấy). Boilerplate lines are left out unless --include-boilerplate is given. Articles are prepared \
        in parallel (--workers, default: all cores). Writes are atomic (each file goes to a temporary \
        file in --out, then is renamed over the old one) and flushed to disk in batches before the \
        renames; --no-sync skips the flush. A file changed since songngu wrote it (a CSV you \
        translated in) is never overwritten: OUT/.songngu-manifest.json records what songngu wrote, \
        an article with such a file is not written, and the run ends with status 1 naming every such \
        file (--force overwrites them). On a full disk the articles before the failing one are in \
        place. The same input gives byte-identical files unless --timestamp is given. With no article, prepares the bundled sample \
        samples/nato-trieu-tien.vi.txt.

        Examples:
          songngu prepare
          songngu prepare articles/ --formats tmx,csv,xliff --out build/tm
          songngu prepare bai-viet.txt --glossary terms.tsv --formats csv,xlsx
          songngu prepare articles/ --out /tmp/tm --no-sync --workers 1
          songngu prepare scraped/ --keep-going
          songngu prepare articles/ --force           # overwrite files edited since
          songngu prepare articles/ --omegat kit/     # then open kit/ in OmegaT
        """)

    static let sample = "samples/nato-trieu-tien.vi.txt"

    @Argument(help: "Articles (UTF-8 text) or folders of them (every *.txt but *.en.txt). Default: the sample.")
    var articles: [String] = []

    @OptionGroup var glossaries: GlossaryOptionGroup

    @Option(name: .long, help: "The output folder (created if missing).")
    var out: String = "output"

    @Option(
      name: .long, parsing: .singleValue,
      help: """
        Formats to write, comma-separated: tmx, csv, xliff (1.2, NAME.xlf), xliff2 (2.1, NAME.xliff), xlsx (an \
        Excel workbook, NAME.xlsx), tbx (the article's own glossary, NAME.tbx).
        """,
      transform: parseFormats)
    var formats: [[PrepareFormat]] = []

    @Option(
      name: .customLong("omegat"),
      help: ArgumentHelp(
        "Also write a ready OmegaT project here (created; refused if it exists and is not a songngu kit).",
        valueName: "dir"))
    var omegat: String?

    @Flag(help: "Write the current time into TMX and XLIFF files (off: output is byte-identical run to run).")
    var timestamp = false

    @Flag(
      name: .customLong("no-csv-bom"),
      help: "Start the CSV file without a byte-order mark (by default it has one, so Excel opens it as UTF-8).")
    var noCSVBom = false

    @Flag(help: "Accepted for compatibility and ignored: the CSV file has a byte-order mark by default.")
    var csvBom = false

    @Option(help: "CSV field separator: comma, semicolon or tab (tab writes NAME.tsv).")
    var csvDelimiter: CSVDialect.Delimiter = .comma

    @Flag(help: "End CSV lines with CRLF (default LF).")
    var crlf = false

    @Flag(help: "Do not guard CSV cells starting with = + - @ against spreadsheet formula injection.")
    var noFormulaGuard = false

    @Flag(help: "Export boilerplate lines (share/comment prompts) too.")
    var includeBoilerplate = false

    @Flag(help: "Mark glossary targets in the draft as [[target]] for review.")
    var marked = false

    @Flag(
      help: """
        Fill every target with the draft, or the Vietnamese source where no term was substituted \
        (off: drafts are offered for review and never presented as translations).
        """)
    var prefill = false

    @Flag(
      inversion: .prefixedNo,
      help: "Flush files to disk before renaming them into place, in batches (--no-sync: atomic, not flushed).")
    var sync = true

    @Flag(
      help: """
        Overwrite output files that changed since songngu wrote them (a translator's edits) or that \
        songngu has no record of writing. Without it such a file is refused: its article is not written \
        and the run ends with status 1 naming every such file.
        """)
    var force = false

    @OptionGroup var parallel: WorkerOptionGroup

    @Flag(
      help: """
        Go on past an article that cannot be read or whose output name is refused: report it, \
        prepare the others, and exit with status 1 at the end (default: stop at the first one, \
        after finishing the articles before it).
        """)
    var keepGoing = false

    @OptionGroup var reading: ReadingOptionGroup

    func validate() throws {
      if Set(formats.flatMap { $0 }).count != formats.flatMap({ $0 }).count {
        throw ValidationError("--formats lists a format twice")
      }
    }

    func run() throws {
      try reportingErrors {
        let inputs = try inputPaths()
        let loaded = try glossaries.load()
        let options = PrepareOptions(
          formats: formats.isEmpty ? [.tmx, .csv] : formats.flatMap { $0 }.compactMap(\.bilingual),
          writesTermBase: formats.flatMap { $0 }.contains(.tbx),
          timestamp: timestamp ? UTCTimestamp(Date()) : nil,
          csvDialect: CSVDialect(
            delimiter: csvDelimiter, lineEnding: crlf ? .crlf : .lf, byteOrderMark: !noCSVBom,
            guardsFormulas: !noFormulaGuard),
          includeBoilerplate: includeBoilerplate,
          draft: DraftOptions(style: marked ? .marked : .plain), prefill: prefill,
          reading: try reading.readingOptions(),
          synchronizes: sync, replacesChangedFiles: force)
        let preparer = ArticlePreparer(glossary: loaded, options: options)
        let output = OutputBuffer()
        // The kit first, so a folder that is not a kit stops the run before anything is written.
        var kitSummary: String?
        if let omegat {
          let kit = try OmegaTKit.write(
            inputs, to: omegat, preparer: preparer, glossaryFiles: loaded.files, skippingUnreadable: keepGoing)
          kitSummary =
            "omegat kit \(omegat): \(counted(kit.articles.count, "article")) in source/, "
            + "\(counted(kit.segments, "segment")), \(counted(kit.drafts, "draft")) in tm/, "
            + "\(kit.glossaryEntries) glossary entries in glossary/"
        }
        // Ctrl-C or a TERM signal stops the run between articles, leaving no temporary file behind.
        let interruption = Interruption()
        defer { interruption.restore() }
        let skipped: Int
        var total = SegmentCount()
        var prepared = 0
        // The term bases' lines come after the total, as they did when the term bases were written
        // after the run; they are printed whatever stops the run, since their files are in place.
        var termBases: [String] = []
        do {
          skipped = try preparer.run(
            inputs, into: out, protecting: inputs + loaded.files, workers: parallel.workers, keepGoing: keepGoing,
            isCancelled: { interruption.caught != nil },
            started: {
              output.writeLine(
                "glossary: \(loaded.entries.count) entries from \(loaded.files.count) file\(loaded.files.count == 1 ? "" : "s")"
              )
            },
            skipped: { _, error in
              output.flush()
              printError("error: \(error); skipped")
            }
          ) { article in
            total = total + article.count
            prepared += 1
            output.writeLine(
              "\(article.name): \(counted(article.blocks, "block")), \(counted(article.sentences, "sentence")) "
                + "(\(article.units) exported, \(article.leftOut) boilerplate left out), "
                + "\(counted(article.glossaryHits, "glossary hit")), \(counted(article.termsUsed, "term")) used")
            if article.sentences == 0 {
              output.writeLine("  note: \(article.path) has no text; its files hold no units")
            }
            output.writeLine("  normalized: \(article.normalization.summary)")
            for finding in article.findings { output.writeLine("  " + finding.formatted(file: article.path)) }
            let dropped = article.files.map(\.droppedCharacters).max() ?? 0
            if dropped > 0 { output.writeLine("  dropped \(dropped) characters XML 1.0 forbids") }
            for file in article.files where file.kind != .termBase {
              output.writeLine("  wrote \(file.path) (\(counted(file.units, "unit")))")
            }
            if options.writesTermBase { termBases.append(termBaseLine(article)) }
          }
          output.writeLine(
            "total: \(counted(prepared, "article")), \(counted(total.segments, "segment")), "
              + "\(counted(total.words, "word")) (\(total.glossaryWords) in glossary terms, "
              + "\(total.repeatedWords) in repeated segments)")
          if let kitSummary { output.writeLine(kitSummary) }
        } catch is CancellationError {
          for line in termBases { output.writeLine(line) }
          output.flush()
          printError("interrupted; the files reported as written are in place, no other file was changed")
          throw ExitCode(128 + (interruption.caught ?? SIGINT))
        } catch {
          for line in termBases { output.writeLine(line) }
          throw error
        }
        for line in termBases { output.writeLine(line) }
        output.flush()
        if skipped > 0 {
          printError(
            "\(skipped) of \(inputs.count) articles could not be prepared (see above); "
              + "the other \(inputs.count - skipped) were")
          throw ExitCode(1)
        }
      }
    }

    /// The summary line of `article`'s own glossary, `NAME.tbx`, or of its absence.
    func termBaseLine(_ article: PreparedArticleReport) -> String {
      guard let file = article.files.first(where: { $0.kind == .termBase }) else {
        return "\(article.name): no glossary term used, so no \(article.name).tbx (TBX needs an entry)"
      }
      return "\(article.name): wrote \(file.path) (\(counted(file.units, "term")))"
    }

    /// `count` and `noun`, plural unless `count` is 1: "1 block", "15 blocks".
    func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// The article paths: the arguments (folders expanded) or the bundled sample.
    func inputPaths() throws -> [String] {
      guard articles.isEmpty else { return try ArticlePreparer.inputs(articles) }
      guard FileManager.default.fileExists(atPath: Self.sample) else {
        throw SongNguError.fileNotFound(
          path: "\(Self.sample) (the bundled sample; give an article or a folder of them)")
      }
      return [Self.sample]
    }
  }
}

extension CSVDialect.Delimiter: ExpressibleByArgument {}

/// What `prepare --formats` names: the bilingual formats, and `tbx`, each article's own glossary.
enum PrepareFormat: String, CaseIterable {
  case tmx, csv, xliff, xliff2, xlsx, tbx

  /// The bilingual format, or nil for `tbx`.
  var bilingual: BilingualFormat? { BilingualFormat(rawValue: rawValue) }
}

/// Catches SIGINT and SIGTERM while it lives, so that a run can stop cleanly between articles; a
/// second signal ends the process at once, as if nothing caught it.
final class Interruption: @unchecked Sendable {
  private let lock = NSLock()
  private var received: Int32?
  private var sources: [DispatchSourceSignal] = []
  private static let signals = [SIGINT, SIGTERM]

  init() {
    for number in Self.signals {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in self?.receive(number) }
      source.resume()
      sources.append(source)
    }
  }

  /// The first signal received, if any.
  var caught: Int32? { lock.withLock { received } }

  private func receive(_ number: Int32) {
    let again = lock.withLock {
      defer { received = received ?? number }
      return received != nil
    }
    if again {
      restore()
      raise(number)
    }
  }

  /// Gives the signals their default actions back.
  func restore() {
    for source in sources { source.cancel() }
    for number in Self.signals { signal(number, SIG_DFL) }
  }
}
