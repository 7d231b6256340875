/// The counts of a job, article by article and in total (`songngu count`).
public struct CountReport: Sendable, Equatable {
  /// One article's counts.
  public struct Article: Sendable, Equatable {
    public var name: String
    public var path: String
    public var count: SegmentCount

    public init(name: String, path: String, count: SegmentCount) {
      self.name = name
      self.path = path
      self.count = count
    }
  }

  public var articles: [Article] = []

  public init(articles: [Article] = []) { self.articles = articles }

  /// The sum over every article.
  public var total: SegmentCount { articles.reduce(SegmentCount()) { $0 + $1.count } }

  /// Counts the articles at `paths` with `preparer`'s glossary and options, in order.
  public static func count(_ paths: [String], with preparer: ArticlePreparer) throws(SongNguError) -> CountReport {
    var report = CountReport()
    for path in paths {
      let article = try preparer.prepare(path: path)
      report.articles.append(Article(name: article.bilingual.name, path: path, count: article.count))
    }
    return report
  }

  /// A table: one line per article, then the total.
  public func text() -> String {
    let header = ["article", "segments", "words", "characters", "repeated", "repeated words", "glossary words"]
    var rows = articles.map { [$0.name] + Self.numbers($0.count) }
    rows.append(["total"] + Self.numbers(total))
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        return column == 0 ? cell + pad : pad + cell
      }.joined(separator: "  ")
    }
    return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
  }

  /// `{"articles":[{"name","path","segments","words",…}],"total":{"articles","segments","words",…}}`.
  public func json() -> String {
    func members(_ count: SegmentCount) -> [(String, String)] {
      [
        ("segments", "\(count.segments)"), ("words", "\(count.words)"), ("characters", "\(count.characters)"),
        ("repeatedSegments", "\(count.repeatedSegments)"), ("repeatedWords", "\(count.repeatedWords)"),
        ("glossaryWords", "\(count.glossaryWords)"),
      ]
    }
    let rows = articles.map {
      JSONText.object([("name", JSONText.string($0.name)), ("path", JSONText.string($0.path))] + members($0.count))
    }
    let total = JSONText.object([("articles", "\(articles.count)")] + members(total))
    return JSONText.object([("articles", JSONText.array(rows)), ("total", total)]) + "\n"
  }

  private static func numbers(_ count: SegmentCount) -> [String] {
    [count.segments, count.words, count.characters, count.repeatedSegments, count.repeatedWords, count.glossaryWords]
      .map { "\($0)" }
  }
}
