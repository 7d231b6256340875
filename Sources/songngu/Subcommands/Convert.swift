import ArgumentParser
import SongNgu

extension SongNguCommand {
  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert Vietnamese text from a legacy encoding (or misread UTF-8) to NFC UTF-8.",
      discussion: """
        Reads each FILE, converts it and writes NFC UTF-8, keeping its line ends. With one FILE and no \
        --out, the result goes to standard output; --out FILE writes it there; with several FILEs, --out \
        is a folder (created when missing) where each keeps its name. An input is never overwritten. \
        What was done is reported on standard error: the encoding (and, with --from auto, what \
        detection saw), the letters converted, and every place that could not be mapped, as \
        FILE:LINE:COLUMN (columns count input characters), written as U+FFFD.

        Encodings (--from):
          auto            detect (the default); UTF-8 is copied as NFC
          utf8            UTF-8 or UTF-16 with BOM; legacy text is refused
          tcvn3           TCVN3 (ABC, .VnTime fonts; TCVN 5712:1993 VN3)
          vni             VNI-Windows (VNI-Times …): a letter and its mark bytes
          viscii          VISCII (RFC 1456)
          cp1258          Windows-1258: combining tone marks, composed to NFC
          viqr            VIQR (RFC 1456): Vie^.t Nam, dd for đ, \\ escapes a mark
          utf8-as-cp1252  UTF-8 read as Windows-1252 and saved again (Thá»§ = Thủ)
          utf8-as-latin1  UTF-8 read as Latin-1 and saved again
        tcvn3, vni, viscii and cp1258 also read legacy text pasted into a Unicode file, where each \
        byte became the Windows-1252 character it looks like ("Hµ Néi" for "Hà Nội").

        What cannot be told apart: TCVN3 (VN3) has no codes for capital toned vowels (fonts such as \
        .VnTimeH show capitals on the lower-case codes), so text that showed capitals comes out in lower \
        case. In VIQR, a '.' or '?' ending a word is its tone only when the word is a common \
        Vietnamese syllable with that tone (bi. is bị), and punctuation otherwise (Nga., Hello?), unless \
        the file escapes its punctuation (\\.); words that are not syllables (names, acronyms) get only \
        the marks that cannot be punctuation there (Esta'dio, HDDND). Misread UTF-8 whose bytes Windows-1252 lacks was often saved \
        with U+FFFD or nothing in their place: such a letter is restored only where one letter fits \
        the word, and reported.

        Every reading command (prepare, segment, terms, count, coverage, align, corpus) takes --from \
        too, and converts as it reads.

        Exit status: 0 when every file was converted completely; 1 when a file could not be read or \
        held characters that could not be mapped (the others are still converted); 64 usage error.

        Examples:
          songngu convert bai-cu.txt > bai-moi.txt
          songngu convert --from tcvn3 bai-cu.txt --out bai-moi.txt
          songngu convert old/*.txt --out converted/
          songngu prepare --from vni old-article.txt
        """)

    @Argument(help: "Files to convert; '-' reads standard input.")
    var files: [String]

    @Option(
      help: ArgumentHelp(
        "The encoding of the input (see Encodings above).",
        valueName: "encoding"))
    var from: InputEncoding = .auto

    @Option(
      help: ArgumentHelp(
        "The output file, or with several files a folder (created when missing). Default: standard output.",
        valueName: "file|dir"))
    var out: String?

    func validate() throws {
      guard !files.isEmpty else { throw ValidationError("give a file to convert") }
      if files.count > 1 && out == nil {
        throw ValidationError("several files need --out DIR (a folder; standard output takes one file)")
      }
    }

    func run() throws {
      var failed = false
      try reportingErrors {
        let destinations = try EncodingConverter.destinations(for: files, out: out)
        for (file, destination) in zip(files, destinations) {
          do {
            let report: EncodingConverter.Report
            if let destination {
              report = try EncodingConverter.convert(file, from: from, into: destination)
            } else {
              let output = OutputBuffer()
              report = try EncodingConverter.convert(try EncodingConverter.open(file, from: from)) {
                output.write(bytes: $0)
              }
              output.flush()
            }
            print(report, to: destination)
            if !report.isComplete { failed = true }
          } catch let error as SongNguError {
            printError("error: \(error)")
            if case .invalidUTF8 = error, from == .auto {
              printError(
                "\(file): detection could not tell its encoding; name it with --from (tcvn3, vni, viscii, cp1258)")
            }
            failed = true
          }
        }
      }
      if failed { throw ExitCode(1) }
    }

    /// Prints what converting one file did.
    private func print(_ report: EncodingConverter.Report, to destination: String?) {
      var summary = "\(report.name): "
      if let encoding = report.encoding {
        summary += encoding.displayName
        if let evidence = report.detectionEvidence { summary += ", detected (\(evidence))" }
        if report.readsCharacters && encoding != .viqr && encoding != .utf8AsCP1252 && encoding != .utf8AsLatin1 {
          summary += ", pasted into a Unicode file"
        }
        summary += "; \(report.letters) letters converted"
      } else {
        summary += "already UTF-8; copied as NFC"
        if report.composedLines > 0 { summary += " (\(report.composedLines) lines composed)" }
      }
      if report.unmappedCount > 0 {
        summary += ", \(report.unmappedCount) characters could not be mapped (written as U+FFFD)"
      }
      if report.guessedCount > 0 { summary += ", \(report.guessedCount) restored by a guess" }
      summary += destination.map { "; wrote \($0)" } ?? "; written to standard output"
      printError(summary)
      let shown = 20
      for finding in report.findings.filter({ $0.line != nil }).prefix(shown) { printError(finding.formatted()) }
      let listed = report.findings.filter { $0.line != nil }.count
      let total = report.unmappedCount + report.guessedCount
      if total > min(listed, shown) { printError("\(report.name): … and \(total - min(listed, shown)) more places") }
      for finding in report.findings where finding.line == nil { printError(finding.formatted()) }
    }
  }
}
