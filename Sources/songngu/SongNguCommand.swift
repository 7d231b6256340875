import ArgumentParser
import SongNgu

@main
struct SongNguCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "songngu",
    abstract: "Turn Vietnamese articles into material for English translators and corpus builders.",
    discussion: """
      Exit status: 0 success, 1 bad input (a message on standard error), 64 usage error.
      """,
    version: SongNguVersion.current,
    subcommands: [
      Prepare.self, Segment.self, Terms.self, Coverage.self, Align.self, Corpus.self, Glossary.self, Merge.self,
      Count.self, Rules.self, Convert.self,
    ]
  )
}
