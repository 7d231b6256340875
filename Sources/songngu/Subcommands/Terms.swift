import ArgumentParser
import SongNgu

extension SongNguCommand {
  struct Terms: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the glossary terms of each sentence of an article, with a term-substituted draft.",
      discussion: """
        Prints every translatable sentence (boilerplate left out) with the glossary terms found in it and \
        its draft (each term replaced by its English target, the rest left in Vietnamese). Text: the \
        sentence, then one indented `source → target` line per term, then `draft: …`, a blank line \
        between sentences. JSONL: one object per sentence with text, draft, matches (source, target, \
        start, end), index, block and kind; start and end are UTF-16 code units into the normalized \
        text, like the offsets of `segment --format jsonl`.

        Examples:
          songngu terms samples/nato-trieu-tien.vi.txt
          songngu terms article.txt --glossary glossaries/ --glossary extra.tsv --format jsonl
          cat article.txt | songngu terms - --marked
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, jsonl
    }

    @Argument(help: "The article (UTF-8 text); '-' or nothing reads standard input.")
    var file: String?

    @OptionGroup var glossaries: GlossaryOptionGroup

    @Option(help: "Output format: text or jsonl.")
    var format: Format = .text

    @Flag(help: "Put [[ ]] around the substituted targets in drafts.")
    var marked = false

    @OptionGroup var reading: ReadingOptionGroup

    func run() throws {
      try reportingErrors {
        let loaded = try glossaries.load()
        let translator = DraftTranslator(
          glossary: loaded, options: DraftOptions(style: marked ? .marked : .plain))
        let reader = ArticleReader(
          lines: try reading.open(file), options: try reading.readingOptions())
        let document = try reader.readDocument(name: Document.name(forPath: file ?? "-"))
        let output = OutputBuffer()
        for (index, item) in translator.sentenceTerms(for: document).enumerated() {
          switch format {
          case .jsonl:
            output.writeLine(item.jsonLine)
          case .text:
            if index > 0 { output.writeLine("") }
            for line in item.textLines { output.writeLine(line) }
          }
        }
        output.flush()
      }
    }
  }
}
