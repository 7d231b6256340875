import Foundation
import SongNgu
import TestSupport
import Testing

/// `ArticlePreparer.run`: what `songngu prepare` does, on worker threads, through batched writes.
@Suite struct ArticlePreparerTests {
  static let glossary = Glossary(entries: [
    GlossaryEntry(source: "Triều Tiên", target: "North Korea"), GlossaryEntry(source: "Nga", target: "Russia"),
    GlossaryEntry(source: "NATO", target: "NATO"),
  ])

  /// A folder of `count` small articles, `NAME-k.vi.txt`; the paths, sorted.
  static func articles(_ count: Int, in folder: String) throws -> [String] {
    for index in 0..<count {
      var text = "Tin số \(index)\n\n"
      for sentence in 0..<(index * 7 % 40 + 1) {
        text += "Nga và Triều Tiên & NATO <họp> lần \(sentence). \"Hòa bình\" là mục tiêu.\n\n"
      }
      try text.write(toFile: folder + "/bai-\(index).vi.txt", atomically: true, encoding: .utf8)
    }
    return try ArticlePreparer.articles(in: [folder])
  }

  @Test func articlesInAFolderAreItsTextFilesAtAnyDepthWithoutHiddenOnesOrLinkedFolders() throws {
    let root = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let manager = FileManager.default
    for folder in ["a/sub/deeper", "a/.hidden", "elsewhere"] {
      try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    for file in [
      "a/b.txt", "a/a.vi.txt", "a/a.en.txt", "a/notes.md", "a/.h.txt", "a/sub/c.txt", "a/sub/deeper/d.txt",
      "a/.hidden/e.txt", "elsewhere/f.txt", "elsewhere/g.txt",
    ] {
      try "Nga.\n".write(toFile: root + "/" + file, atomically: false, encoding: .utf8)
    }
    // A link to a file counts as the file; a link to a folder is not followed; a dangling one is nothing.
    try manager.createSymbolicLink(atPath: root + "/a/linked.txt", withDestinationPath: root + "/elsewhere/g.txt")
    try manager.createSymbolicLink(atPath: root + "/a/folder-link", withDestinationPath: root + "/elsewhere")
    try manager.createSymbolicLink(atPath: root + "/a/gone.txt", withDestinationPath: root + "/missing.txt")
    let found = try ArticlePreparer.articles(in: [root + "/a", root + "/elsewhere/f.txt"])
    #expect(
      found
        == [
          "a/a.vi.txt", "a/b.txt", "a/linked.txt", "a/sub/c.txt", "a/sub/deeper/d.txt", "elsewhere/f.txt",
        ].map { root + "/" + $0 })
    #expect(throws: SongNguError.fileNotFound(path: root + "/nope")) {
      try ArticlePreparer.articles(in: [root + "/nope"])
    }
  }

  static func files(in folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      files[name] = FileManager.default.contents(atPath: folder + "/" + name)
    }
    return files
  }

  /// One worker, several, and a batch for every article.
  @Test(arguments: [(1, 32 << 20), (3, 32 << 20), (2, 1)])
  func runWritesWhatPrepareAndWriteWriteWithoutTemporaryFiles(workers: Int, batchBytes: Int) throws {
    let input = try ProcessRunner.temporaryDirectory().path
    let expected = try ProcessRunner.temporaryDirectory().path
    let out = try ProcessRunner.temporaryDirectory().path
    defer { for folder in [input, expected, out] { try? FileManager.default.removeItem(atPath: folder) } }
    let paths = try Self.articles(9, in: input)
    let preparer = ArticlePreparer(
      glossary: Self.glossary, options: PrepareOptions(formats: [.tmx, .csv, .xliff], synchronizes: workers == 1))
    for path in paths {
      _ = try preparer.write(try preparer.prepare(path: path), to: OutputFolder(expected), protecting: paths)
    }
    var reports: [PreparedArticleReport] = []
    try preparer.run(paths, to: OutputFolder(out), protecting: paths, workers: workers, batchBytes: batchBytes) {
      reports.append($0)
    }

    #expect(try Self.files(in: out) == Self.files(in: expected))
    #expect(try Self.files(in: out).count == 28)  // and the manifest
    #expect(reports.map(\.path) == paths)
    #expect(reports.map(\.name) == paths.map(Document.name(forPath:)))
    let first = try #require(reports.first)
    #expect(first.files.map(\.path) == ["tmx", "csv", "xlf"].map { out + "/bai-0." + $0 })
    #expect(first.units == 3 && first.sentences == 3 && first.leftOut == 0)
    #expect(first.glossaryHits == 3 && first.termsUsed == 3)
  }

  @Test(arguments: [32 << 20, 1])
  func anUnreadableArticleStopsTheRunAfterTheArticlesBeforeIt(batchBytes: Int) throws {
    let input = try ProcessRunner.temporaryDirectory().path
    let out = try ProcessRunner.temporaryDirectory().path
    defer { for folder in [input, out] { try? FileManager.default.removeItem(atPath: folder) } }
    var paths = try Self.articles(6, in: input)
    let broken = input + "/bai-3.vi.txt"
    try Data([0x4E, 0x67, 0x61, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: broken))
    paths = try ArticlePreparer.articles(in: [input])
    let preparer = ArticlePreparer(glossary: Self.glossary)
    var reported: [String] = []
    #expect(throws: SongNguError.self) {
      try preparer.run(paths, to: OutputFolder(out), protecting: paths, workers: 2, batchBytes: batchBytes) {
        reported.append($0.name)
      }
    }
    // The articles before the broken one are written and reported; none after it; nothing half-done.
    #expect(reported == ["bai-0", "bai-1", "bai-2"])
    let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(
      written == [
        ".songngu-manifest.json", "bai-0.csv", "bai-0.tmx", "bai-1.csv", "bai-1.tmx", "bai-2.csv", "bai-2.tmx",
      ])
  }

  @Test func aRefusedOutputNameStopsTheRunWithoutTouchingTheInput() throws {
    let folder = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try Self.articles(3, in: folder)
    // bai-1.tmx is an input too: writing bai-1's files into the same folder would overwrite it.
    try "Tin\n\nNga.\n".write(toFile: folder + "/bai-1.tmx", atomically: true, encoding: .utf8)
    let paths = try ArticlePreparer.articles(in: [folder]) + [folder + "/bai-1.tmx"]
    let preparer = ArticlePreparer(glossary: Self.glossary)
    var reported: [String] = []
    #expect(throws: SongNguError.self) {
      try preparer.run(Array(paths.prefix(3)), to: OutputFolder(folder), protecting: paths) { reported.append($0.name) }
    }
    #expect(reported == ["bai-0"])
    #expect(try String(contentsOfFile: folder + "/bai-1.tmx", encoding: .utf8) == "Tin\n\nNga.\n")
    #expect(!FileManager.default.fileExists(atPath: folder + "/bai-1.csv"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }.isEmpty)
  }

  @Test(arguments: [32 << 20, 1])
  func skippingGoesPastUnreadableArticlesAndRefusedNamesInOrder(batchBytes: Int) throws {
    let input = try ProcessRunner.temporaryDirectory().path
    let out = try ProcessRunner.temporaryDirectory().path
    defer { for folder in [input, out] { try? FileManager.default.removeItem(atPath: folder) } }
    _ = try Self.articles(6, in: input)
    try Data([0x4E, 0x67, 0x61, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: input + "/bai-1.vi.txt"))
    try Data([0x4E, 0x67, 0x61, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: input + "/bai-4.vi.txt"))
    // bai-2.csv in the output folder is protected (given as an input): bai-2's files are refused.
    try "id\n".write(toFile: out + "/bai-2.csv", atomically: true, encoding: .utf8)
    let paths = try ArticlePreparer.articles(in: [input])
    let preparer = ArticlePreparer(glossary: Self.glossary)
    var events: [String] = []
    try preparer.run(
      paths, to: OutputFolder(out), protecting: paths + [out + "/bai-2.csv"], workers: 2, batchBytes: batchBytes,
      skipping: { path, error in
        events.append("skipped " + (path as NSString).lastPathComponent)
        if case .unsafeOutput = error { events.append("refused") }
      }
    ) { events.append("prepared " + $0.name) }
    #expect(
      events == [
        "prepared bai-0", "skipped bai-1.vi.txt", "skipped bai-2.vi.txt", "refused", "prepared bai-3",
        "skipped bai-4.vi.txt", "prepared bai-5",
      ])
    let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(
      written == [
        ".songngu-manifest.json", "bai-0.csv", "bai-0.tmx", "bai-2.csv", "bai-3.csv", "bai-3.tmx", "bai-5.csv",
        "bai-5.tmx",
      ])
    #expect(try String(contentsOfFile: out + "/bai-2.csv", encoding: .utf8) == "id\n")
  }

  /// An article held in memory is prepared as the same bytes in a file are (the fuzzing targets read this way).
  @Test func anArticleInMemoryIsPreparedAsItsFileIs() throws {
    let preparer = ArticlePreparer(
      glossary: Self.glossary, options: PrepareOptions(synchronizes: false))
    let fromFile = try preparer.prepare(path: Paths.sampleVietnamese)
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Paths.sampleVietnamese)))
    let fromMemory = try preparer.prepare(bytes: bytes, name: "nato-trieu-tien.vi.txt")
    #expect(fromMemory.bilingual == fromFile.bilingual)
    #expect(fromMemory.bilingual.name == "nato-trieu-tien")
    #expect(fromMemory.document.text == fromFile.document.text)
    #expect(fromMemory.drafts.count == fromFile.drafts.count && fromMemory.glossaryHits == fromFile.glossaryHits)
    #expect(throws: SongNguError.invalidUTF8(path: "x.txt", byteOffset: 2, line: 1, column: 3)) {
      try preparer.prepare(bytes: [0x61, 0x62, 0xFF], name: "x.txt")
    }
  }
}

/// A draft is a suggestion, never a translation: a sentence without a substituted term has no
/// English anywhere, and drafts are marked as drafts (issue 14).
@Suite struct DraftSemanticsTests {
  static let article = """
    Nga và Triều Tiên ký hiệp định.

    Mưa lớn kéo dài suốt đêm.
    """

  func prepare(prefill: Bool) throws -> (tmx: String, csv: [BilingualUnit], xliff: String, units: [BilingualUnit]) {
    let folder = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/tin.vi.txt"
    try Self.article.write(toFile: path, atomically: true, encoding: .utf8)
    let preparer = ArticlePreparer(
      glossary: try TestGlossary.news(),
      options: PrepareOptions(formats: [.tmx, .csv, .xliff], prefill: prefill, synchronizes: false))
    let out = folder + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    var reports: [PreparedArticleReport] = []
    try preparer.run([path], to: OutputFolder(out), protecting: [path], workers: 1) { reports.append($0) }
    let read = { (name: String) in try Paths.read(out + "/" + name) }
    let csv = try CSVReader().read(Array(try read("tin.csv").utf8), name: "tin.csv").flatMap(\.units)
    #expect(reports.first?.files.map(\.units) == (prefill ? [2, 2, 2] : [1, 2, 2]))
    return (try read("tin.tmx"), csv, try read("tin.xlf"), try preparer.prepare(path: path).bilingual.units)
  }

  @Test func aSentenceWithoutATermHasNoEnglish() throws {
    let files = try prepare(prefill: false)
    #expect(files.units.map(\.target) == ["", ""])
    #expect(files.units[0].draft?.hasPrefix("Russia và North Korea") == true)
    #expect(files.units[1].draft == nil)
    #expect(!files.tmx.contains("Mưa lớn"))
    #expect(files.tmx.contains("creationid=\"songngu-glossary-draft\""))
    #expect(files.xliff.components(separatedBy: "<target").count == 2)
    #expect(files.xliff.contains("state=\"needs-review-translation\" state-qualifier=\"leveraged-glossary\">Russia"))
    #expect(!files.xliff.contains("state=\"translated\""))
    #expect(files.csv.map(\.target) == ["", ""])
    #expect(files.csv.map(\.draft) == files.units.map(\.draft))
  }

  /// The glossary's note on a term used, and a term left in Vietnamese, reach the translator in every format.
  @Test func notesReachTheTranslator() throws {
    let folder = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/anh.vi.txt"
    try "Anh rời khỏi liên minh.\n\nAnh ấy không đồng ý.\n".write(toFile: path, atomically: true, encoding: .utf8)
    let preparer = ArticlePreparer(
      glossary: try TestGlossary.news(), options: PrepareOptions(formats: [.tmx, .csv, .xliff], synchronizes: false))
    let units = try preparer.prepare(path: path).bilingual.units
    let used = try #require(units.first?.notes.first)
    #expect(used.hasPrefix("Anh = United Kingdom: also means brother/you/he"))
    #expect(units.last?.notes == ["Anh: left in Vietnamese (pronoun); the glossary has United Kingdom"])
    _ = try preparer.write(try preparer.prepare(path: path), to: OutputFolder(folder), protecting: [path])
    for (name, reader) in [("anh.xlf", XLIFFReader() as any BilingualReader), ("anh.csv", CSVReader())] {
      let read = try reader.read(Array(try Paths.read(folder + "/" + name).utf8), name: name).flatMap(\.units)
      #expect(read.map(\.notes) == units.map(\.notes), "\(name)")
    }
    let tmx = try TMXReader().read(Array(try Paths.read(folder + "/anh.tmx").utf8), name: "anh.tmx").flatMap(\.units)
    #expect(tmx.map(\.notes) == [units[0].notes])
  }

  /// An entry's part of speech reaches the translator with its note.
  @Test func partOfSpeechIsInTheTermsNote() throws {
    let folder = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/tb.vi.txt"
    try "Bản tuyên bố được công bố.\n\nHọ ra tuyên bố chung.\n".write(toFile: path, atomically: true, encoding: .utf8)
    let glossary = Glossary(entries: [
      GlossaryEntry(source: "tuyên bố", target: "statement", note: "as a verb: declare", partOfSpeech: "noun"),
      GlossaryEntry(source: "tuyên bố chung", target: "joint statement", partOfSpeech: "noun"),
    ])
    let units = try ArticlePreparer(glossary: glossary, options: PrepareOptions(synchronizes: false))
      .prepare(path: path).bilingual.units
    #expect(
      units.map(\.notes) == [
        ["tuyên bố = statement (noun): as a verb: declare"], ["tuyên bố chung = joint statement (noun)"],
      ])
  }

  @Test func prefillPutsTheDraftOrTheSourceInEveryTarget() throws {
    let files = try prepare(prefill: true)
    #expect(files.units.map(\.target) == [files.units[0].draft, "Mưa lớn kéo dài suốt đêm."])
    #expect(
      files.tmx.contains("<seg>Mưa lớn kéo dài suốt đêm.</seg></tuv>\n      <tuv xml:lang=\"en-US\"><seg>Mưa lớn"))
    #expect(files.csv.map(\.target) == files.units.map(\.target))
  }
}
