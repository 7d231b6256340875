import ArgumentParser
import Foundation
import SongNgu

extension SongNguCommand {
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print songngu's sentence segmentation rules for CAT tools (SRX 2.0).",
      discussion: """
        Writes the rules songngu adds to ICU's sentence breaks as SRX 2.0, the segmentation format CAT \
        tools exchange (Okapi reads it), so that a tool cuts a Vietnamese article where songngu does: \
        abbreviations before a name (TP., PGS.TS., Mr.) and single initials (V. Putin) never end a \
        sentence, v.v. and TP.HCM. end one only before an upper-case word, a lower-case word after ?/! \
        goes on (so does a dash before a lower-case speaker: "Ai đấy?" - bà hỏi.) but a quotation that \
        opens in lower case starts a sentence (… ra về. "thôi, mai tính" …), a sentence may start with a \
        number or an interview dash, an ellipsis ends one before an upper-case word, and the TTXVN marker \
        ./. stays with its sentence. The rules come from the \
        lists the segmenter uses (with --abbreviations, yours too); the English rules use the built-in \
        English list. Rules are tried in order and the first that matches decides.

        On the fixture articles the SRX makes exactly songngu's sentences, also when OmegaT 3.6 applies \
        it; regular expressions cannot express all of ICU's rules, so unusual text can differ: see \
        docs/srx.md for the figures, the differences and how each CAT tool takes the file. For OmegaT, \
        `songngu prepare --omegat DIR` writes a project that segments exactly as songngu.

        Examples:
          songngu rules > songngu.srx
          songngu rules --format srx --out songngu.srx --abbreviations mine.txt
        """)

    @Option(help: "Rules format: srx (SRX 2.0, the only one so far).")
    var format: SegmentationRulesFormat = .srx

    @Option(help: "Write the rules to this file instead of standard output (\"-\": standard output).")
    var out: String?

    @Option(name: .long, help: "An extra abbreviation list (same format as the built-in one); repeatable.")
    var abbreviations: [String] = []

    func run() throws {
      try reportingErrors {
        var list = AbbreviationList.standard
        for path in abbreviations {
          try list.add(parsing: try readTextFile(path), name: path)
        }
        let text: String
        switch format {
        case .srx: text = SRXRules(abbreviations: list).document()
        }
        if let out, out != "-" {
          try GlossaryConverter.write(text, to: out)
        } else {
          let output = OutputBuffer()
          output.write(text)
          output.flush()
        }
      }
    }
  }
}

extension SegmentationRulesFormat: ExpressibleByArgument {}
