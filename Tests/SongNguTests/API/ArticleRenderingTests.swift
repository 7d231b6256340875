import Foundation
import SongNgu
import TestSupport
import Testing

/// `ArticlePreparer.run` renders each article straight into bytes, sentence by sentence; these tests
/// hold it to what the writers make of `prepare(path:)`'s units, byte for byte, on every fixture
/// article and on text chosen to break the fast path.
@Suite struct ArticleRenderingTests {
  /// Every article the tests have, in groups whose names differ (they name the output files): the
  /// sample, the segmentation, alignment and coverage fixtures.
  static func fixtureArticles() throws -> [[String]] {
    var groups = [[Paths.sampleVietnamese]]
    for folder in ["Segmentation", "Alignment", "Coverage"] {
      groups.append(try ArticlePreparer.articles(in: [Paths.fixture(folder)]))
    }
    return groups
  }

  /// A glossary that exercises what the draft does: lower-case targets that start a sentence,
  /// markup characters, the same term and target in two entries, variants, an emoji and a term
  /// found around a surrogate pair.
  static let trickyGlossary = Glossary(entries: [
    GlossaryEntry(source: "hòa bình", target: "peace"),
    GlossaryEntry(source: "Hòa bình", target: "peace"),
    GlossaryEntry(source: "liên minh", target: "alliance & <partners>", variants: ["liên-minh"]),
    GlossaryEntry(source: "Triều Tiên", target: "North Korea", variants: ["Bắc Triều Tiên"]),
    GlossaryEntry(source: "Nga", target: "Russia"),
    GlossaryEntry(source: "tên lửa", target: "\"missile\""),
    GlossaryEntry(source: "ngôi sao", target: "⭐ star"),
    GlossaryEntry(source: "ước", target: "ʼtreaty"),
    GlossaryEntry(source: "=công thức", target: "=formula"),
    GlossaryEntry(source: "hiệp định", target: "agreement ＆ accord"),
  ])

  /// Text that breaks a byte-level fast path if anything is off.
  static let trickyArticle = """
    hòa bình và liên minh: tin về Triều Tiên

    Hòa bình 😀 là mục tiêu của Nga & Triều Tiên < NATO > "liên-minh". Tên lửa 🚀tên lửa🚀 bay.
    Bắc Triều Tiên\u{0B}và Nga\u{0}ký ước. ngôi sao 𝒜 sáng. =công thức là gì? 'hòa bình' được nhắc lại.
    \u{201C}hòa bình\u{201D} — Nga, Nga, Nga. Hiệp định ﬁnal về hòa bình.
    Nga ký hiệp định với Triều Tiên.

    Nga & Triều Tiên 😀 ký hiệp định <mới> về "hòa bình". Tên lửa🚀tên lửa bay qua 𝒜 liên-minh 's.

    Nga ký hiệp định với Triều Tiên về hòa bình.
    Liên minh của Nga và Triều Tiên là "ngôi sao" mới.

    Hiệp định giữa Nga và Triều Tiên về
    tên lửa được ký hôm qua, theo hòa bình
    và liên minh & ngôi sao.

    Chia sẻ bài viết

    Nguồn: TTXVN
    """

  /// One paragraph per line (no blank lines): every line is a block.
  static let lineArticle = """
    Hòa bình cho Triều Tiên
    Nga & Triều Tiên ký hiệp định về tên lửa 🚀 và hòa bình.
    Liên minh "ngôi sao" của Nga <mới> ra đời.
    Nga, Nga và Triều Tiên.
    """

  static func files(in folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      files[name] = FileManager.default.contents(atPath: folder + "/" + name)
    }
    return files
  }

  /// Prepares `paths` with `run` and with `prepare(path:)` + `write`, and compares files and reports.
  static func expectSameOutput(_ paths: [String], preparer: ArticlePreparer) throws {
    let expected = try ProcessRunner.temporaryDirectory().path
    let out = try ProcessRunner.temporaryDirectory().path
    defer { for folder in [expected, out] { try? FileManager.default.removeItem(atPath: folder) } }
    var articles: [PreparedArticle] = []
    var written: [[WrittenFile]] = []
    for path in paths {
      let article = try preparer.prepare(path: path)
      articles.append(article)
      written.append(try preparer.write(article, to: OutputFolder(expected), protecting: paths))
    }
    var reports: [PreparedArticleReport] = []
    try preparer.run(paths, to: OutputFolder(out), protecting: paths, workers: 2) { reports.append($0) }

    let expectedFiles = try files(in: expected)
    let outFiles = try files(in: out)
    let termBases = written.joined().count { $0.kind == .termBase }
    #expect(outFiles.count == paths.count * preparer.options.formats.count + termBases + 1)  // and the manifest
    for (name, data) in expectedFiles {
      #expect(outFiles[name] == data, "\(name) differs")
    }
    try #require(reports.count == articles.count)
    for (report, (article, files)) in zip(reports, zip(articles, written)) {
      let document = article.document
      #expect(report.blocks == document.blocks.count)
      #expect(report.sentences == document.sentences.count)
      #expect(report.units == article.bilingual.units.count)
      #expect(report.leftOut == article.leftOut)
      #expect(report.glossaryHits == article.glossaryHits, "\(report.name)")
      #expect(report.termsUsed == article.termsUsed, "\(report.name)")
      #expect(report.normalization == document.normalization)
      #expect(report.findings == document.findings)
      #expect(report.files.map(\.droppedCharacters) == files.map(\.droppedCharacters))
      #expect(
        report.files.map { ($0.path as NSString).lastPathComponent }
          == files.map {
            ($0.path as NSString).lastPathComponent
          })
    }
  }

  @Test func fixtureArticlesWithTheProjectGlossary() throws {
    let preparer = ArticlePreparer(
      glossary: try TestGlossary.news(),
      options: PrepareOptions(formats: [.tmx, .csv, .xliff, .xlsx], synchronizes: false))
    let groups = try Self.fixtureArticles()
    #expect(groups.joined().count >= 40)
    for paths in groups { try Self.expectSameOutput(paths, preparer: preparer) }
  }

  @Test(arguments: [
    PrepareOptions(formats: [.tmx, .csv, .xliff], synchronizes: false),
    PrepareOptions(
      formats: [.xliff, .csv, .xlsx], timestamp: UTCTimestamp(secondsSince1970: 1_700_000_000),
      csvDialect: CSVDialect(delimiter: .semicolon, lineEnding: .crlf, byteOrderMark: true, guardsFormulas: false),
      includeBoilerplate: true, draft: DraftOptions(style: .marked, capitalizeSentenceStart: false),
      synchronizes: false),
    PrepareOptions(
      formats: [.csv, .tmx, .xliff], csvDialect: CSVDialect(delimiter: .tab), draft: DraftOptions(style: .marked),
      prefill: true, synchronizes: false),
    // New-style tone marks: lines with `hòa` change, so their input bytes are not what is written.
    PrepareOptions(
      formats: [.tmx, .csv], reading: ReadingOptions(normalization: NormalizationOptions(toneStyle: .new)),
      synchronizes: false),
  ])
  func trickyTextAndGlossary(options: PrepareOptions) throws {
    let input = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: input) }
    let path = input + "/kho.vi.txt"
    try Self.trickyArticle.write(toFile: path, atomically: true, encoding: .utf8)
    let linePath = input + "/dong.vi.txt"
    try Self.lineArticle.write(toFile: linePath, atomically: true, encoding: .utf8)
    let paths = [path, linePath] + (try Self.fixtureArticles()[1].prefix(3))
    try Self.expectSameOutput(paths, preparer: ArticlePreparer(glossary: Self.trickyGlossary, options: options))

    // The article really has what the fast path must get right.
    let article = try ArticlePreparer(glossary: Self.trickyGlossary, options: options).prepare(path: path)
    let targets = article.bilingual.units.compactMap(\.draft)
    #expect(article.bilingual.units.allSatisfy { $0.target == (options.prefill ? $0.draft ?? $0.source : "") })
    #expect(article.glossaryHits >= 15)
    #expect(targets.contains { $0.contains("😀") } && targets.contains { $0.contains("𝒜") })
    #expect(targets.contains { $0.contains("&") && $0.contains("<") })
    #expect(article.document.blocks.contains { $0.wasWrapped })
    #expect(article.document.blocks.contains { !$0.wasWrapped && $0.text.contains("\n") })
    let peace = options.draft.capitalizeSentenceStart ? "Peace" : "peace"
    #expect(targets.first?.hasPrefix(options.draft.style == .marked ? "[[" + peace + "]]" : peace) == true)
    #expect(article.bilingual.units.contains { $0.terms.count >= 2 })
  }

  /// Each article's term base, rendered with its other files, holds the entries of its drafts' term
  /// spans, whole but for their locations, each once, in the order the article first uses them (what
  /// `prepare --formats tbx` wrote when it drafted every article a second time); an article whose
  /// draft uses no term gets none.
  @Test func termBaseHoldsTheEntriesTheDraftsUseInFirstUseOrder() throws {
    let glossary = try TestGlossary.news()
    let preparer = ArticlePreparer(
      glossary: glossary, options: PrepareOptions(formats: [.csv], writesTermBase: true, synchronizes: false))
    let tricky = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: tricky) }
    try Self.trickyArticle.write(toFile: tricky + "/tricky.vi.txt", atomically: true, encoding: .utf8)
    try "Trời mưa suốt đêm.\n".write(toFile: tricky + "/mua.vi.txt", atomically: true, encoding: .utf8)
    var withoutTerms = 0
    for paths in try Self.fixtureArticles() + [[tricky + "/mua.vi.txt", tricky + "/tricky.vi.txt"]] {
      try Self.expectSameOutput(paths, preparer: preparer)
      let out = try ProcessRunner.temporaryDirectory().path
      defer { try? FileManager.default.removeItem(atPath: out) }
      var reports: [PreparedArticleReport] = []
      try preparer.run(paths, to: OutputFolder(out), protecting: paths, workers: 2) { reports.append($0) }
      for (path, report) in zip(paths, reports) {
        let article = try preparer.prepare(path: path)
        var seen = Set<Int>()
        var entries: [GlossaryEntry] = []
        for draft in article.drafts {
          for span in draft.spans where span.kind == .term {
            let entry = try #require(span.match.map { draft.matches[$0].entry })
            guard seen.insert(entry).inserted else { continue }
            var used = glossary.entries[entry]
            used.location = nil
            entries.append(used)
          }
        }
        let tbx = FileManager.default.contents(atPath: out + "/" + report.name + ".tbx")
        if entries.isEmpty {
          withoutTerms += 1
          #expect(tbx == nil && !report.files.contains { $0.kind == .termBase }, "\(report.name)")
        } else {
          #expect(tbx == Data(TBXGlossaryWriter().write(Glossary(entries: entries)).utf8), "\(report.name)")
          #expect(report.files.last?.kind == .termBase && report.files.last?.units == entries.count)
        }
      }
    }
    #expect(withoutTerms >= 1)
  }

  /// An article whose files pass `ArticleRenderer.spillBytes` is written to its temporary files while
  /// it is rendered: the files are the same, and no temporary file is left, also when its output
  /// name is refused after it was rendered.
  @Test func largeArticleIsWrittenWhileItIsRendered() throws {
    let input = try ProcessRunner.temporaryDirectory().path
    let out = try ProcessRunner.temporaryDirectory().path
    defer { for folder in [input, out] { try? FileManager.default.removeItem(atPath: folder) } }
    let sample = try Paths.read(Paths.sampleVietnamese)
    var text = ""
    while text.utf8.count < 1_500_000 { text += sample + "\n\n" }
    let path = input + "/lon.vi.txt"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let preparer = ArticlePreparer(
      glossary: try TestGlossary.news(),
      options: PrepareOptions(formats: [.tmx, .csv, .xliff, .xliff2, .xlsx], synchronizes: false))
    // XLSX, a zip whose directory is written from the whole sheet, is held whole (it crashed when
    // its start went to the temporary file).
    try Self.expectSameOutput([path], preparer: preparer)

    try FileManager.default.createDirectory(atPath: out + "/lon.xlf", withIntermediateDirectories: false)
    #expect(throws: SongNguError.self) {
      try preparer.run([path], to: OutputFolder(out), protecting: [path], workers: 1) { _ in }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["lon.xlf"])
  }
}
