/// Writes aligned articles into an output folder, one file (two for Moses) per format.
public enum AlignmentExport {
  /// Writes aligned articles (see `AlignedArticle.alignedPairs`) as `name.EXT` in `folder` for every format, atomically; returns the paths.
  ///
  /// Pairs scoring below `minScore` are left out of every format; TMX, CSV and Moses also leave out
  /// 1–0 and 0–1 beads. JSONL lines carry `id` (`ARTICLE:N`, N the bead's 0-based number).
  public static func write(
    _ articles: [AlignedPairs], formats: [AlignmentFormat], name: String, to folder: OutputFolder,
    minScore: Double = 0, protecting inputs: [String] = [], writer: AtomicFileWriter = AtomicFileWriter()
  ) throws -> [String] {
    var written: [String] = []
    for format in formats {
      let names = format.fileNames(for: name)
      let paths = try names.map { try folder.path(for: $0, protecting: inputs) }
      switch format {
      case .jsonl, .tsv:
        var text = ""
        for article in articles {
          for (number, pair) in article.pairs.enumerated() where pair.score >= minScore {
            text += format == .jsonl ? pair.jsonLine(id: "\(article.name):\(number)") : AlignmentText.tsvLine(pair)
            text += "\n"
          }
        }
        try writer.write(Array(text.utf8), to: paths[0])
      case .tmx, .csv:
        let documents = articles.map { $0.bilingualDocument(minScore: minScore) }
        let output = (format == .tmx ? BilingualFormat.tmx : .csv).writer().write(documents)
        try writer.write(output.bytes, to: paths[0])
      case .moses:
        let text = AlignmentText.moses(articles.lazy.flatMap(\.pairs), minScore: minScore)
        try writer.write(Array(text.vi.utf8), to: paths[0])
        try writer.write(Array(text.en.utf8), to: paths[1])
      }
      written += paths
    }
    return written
  }
}
