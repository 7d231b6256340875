import ArgumentParser
import Foundation
import SongNgu

extension SongNguCommand {
  struct Count: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Count segments, words and characters of articles, as translators quote a job.",
      discussion: """
        Counts what `prepare` would export (boilerplate left out unless --include-boilerplate), per \
        article and in total: segments (sentences), words (space-separated syllables that hold a letter \
        or digit, as CAT tools count Vietnamese: Hà Nội is two words), characters (no white space, no \
        combining marks), repeated segments (same text as an earlier segment of the article) and their \
        words, and the words of the glossary terms the draft substitutes.

        Examples:
          songngu count
          songngu count articles/ --format json
          songngu count bai-viet.txt --glossary terms.tsv
        """)

    @Argument(help: "Articles (UTF-8 text) or folders of them (every *.txt but *.en.txt). Default: the sample.")
    var articles: [String] = []

    @OptionGroup var glossaries: GlossaryOptionGroup

    @Option(help: "Output format: text (a table) or json.")
    var format: CountFormat = .text

    @Flag(help: "Count boilerplate lines (share/comment prompts) too.")
    var includeBoilerplate = false

    @OptionGroup var reading: ReadingOptionGroup

    enum CountFormat: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    func run() throws {
      try reportingErrors {
        let inputs: [String]
        if articles.isEmpty {
          guard FileManager.default.fileExists(atPath: Prepare.sample) else {
            throw SongNguError.fileNotFound(
              path: "\(Prepare.sample) (the bundled sample; give an article or a folder of them)")
          }
          inputs = [Prepare.sample]
        } else {
          inputs = try ArticlePreparer.inputs(articles)
        }
        let preparer = ArticlePreparer(
          glossary: try glossaries.load(),
          options: PrepareOptions(
            includeBoilerplate: includeBoilerplate, reading: try reading.readingOptions(), synchronizes: false))
        let report = try CountReport.count(inputs, with: preparer)
        let output = OutputBuffer()
        output.write(format == .json ? report.json() : report.text())
        output.flush()
      }
    }
  }
}
