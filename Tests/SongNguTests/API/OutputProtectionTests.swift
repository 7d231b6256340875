import Foundation
import TestSupport
import Testing

@testable import SongNgu

/// A file songngu wrote and someone changed since (a translator's CSV) is never overwritten without
/// `replacesChangedFiles` (`--force`); files as songngu wrote them are rewritten as ever; the
/// folder's manifest records what is in place (issue 19).
@Suite struct OutputProtectionTests {
  static let glossary = ArticlePreparerTests.glossary
  static let manifest = OutputManifest.fileName

  /// A fresh input folder with `count` articles, an empty output folder, and a cleanup.
  static func folders(_ count: Int) throws -> (paths: [String], out: String, remove: () -> Void) {
    let input = try ProcessRunner.temporaryDirectory().path
    let out = try ProcessRunner.temporaryDirectory().path
    let paths = try ArticlePreparerTests.articles(count, in: input)
    return (paths, out, { for folder in [input, out] { try? FileManager.default.removeItem(atPath: folder) } })
  }

  static func preparer(force: Bool = false, marked: Bool = false) -> ArticlePreparer {
    ArticlePreparer(
      glossary: glossary,
      options: PrepareOptions(
        draft: DraftOptions(style: marked ? .marked : .plain), synchronizes: false, replacesChangedFiles: force))
  }

  /// Runs `preparer` over `paths` into `out` (skipping what it cannot prepare with `keepGoing`); the
  /// names reported and skipped, in order, and the error thrown.
  @discardableResult
  static func run(_ preparer: ArticlePreparer, _ paths: [String], into out: String, keepGoing: Bool = false)
    -> (reported: [String], skipped: [String], error: Error?)
  {
    var reported: [String] = []
    var skipped: [String] = []
    do {
      try preparer.run(
        paths, to: OutputFolder(out), protecting: paths, workers: 2,
        skipping: keepGoing ? { path, _ in skipped.append(Document.name(forPath: path)) } : nil
      ) { reported.append($0.name) }
    } catch {
      return (reported, skipped, error)
    }
    return (reported, skipped, nil)
  }

  static func inode(_ path: String) throws -> UInt64 {
    try #require((FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value)
  }

  static func recorded(in out: String) throws -> [String: OutputManifest.Entry] {
    try OutputManifest.load(out).entries
  }

  @Test func aChangedFileIsRefusedAndNamedWithEveryOtherUntilForced() throws {
    let (paths, out, remove) = try Self.folders(4)
    defer { remove() }
    #expect(Self.run(Self.preparer(), paths, into: out).error == nil)
    let original = try Paths.read(out + "/bai-1.csv")
    // A translator fills a target in bai-1's CSV and corrects bai-3's TMX (same size: only the hash tells).
    let edited = original + "bai-1:b9:s0,Câu,Sentence,,,\n"
    try edited.write(toFile: out + "/bai-1.csv", atomically: true, encoding: .utf8)
    let tmx = try Paths.read(out + "/bai-3.tmx")
    let correctedTMX = tmx.replacingOccurrences(of: "Russia", with: "RUSSIA")
    #expect(correctedTMX != tmx)
    try correctedTMX.write(toFile: out + "/bai-3.tmx", atomically: true, encoding: .utf8)
    let before = try Self.inode(out + "/bai-0.csv")

    let (reported, _, error) = Self.run(Self.preparer(marked: true), paths, into: out)
    // Stopped at bai-1, after bai-0; every refused file is named, bai-3's too.
    #expect(reported == ["bai-0"])
    #expect(
      error as? SongNguError
        == .changedOutput(
          files: [
            ChangedFile(path: out + "/bai-1.csv", wasRecorded: true),
            ChangedFile(path: out + "/bai-3.tmx", wasRecorded: true),
          ], manifest: out + "/" + Self.manifest))
    #expect(try Paths.read(out + "/bai-1.csv") == edited)
    #expect(try Paths.read(out + "/bai-3.tmx") == correctedTMX)
    #expect(try Self.inode(out + "/bai-0.csv") != before, "bai-0 is rewritten")
    #expect(try Paths.read(out + "/bai-0.csv").contains("[[Russia]]"))
    #expect(!(try Paths.read(out + "/bai-2.csv").contains("[[Russia]]")), "nothing after bai-1 is written")
    let message = String(describing: try #require(error as? SongNguError))
    #expect(message.contains("bai-1.csv, \(out)/bai-3.tmx changed since songngu wrote them"), "\(message)")
    #expect(message.contains("--force"))
    // The refused files keep their records, so the next run refuses them too.
    #expect(Self.run(Self.preparer(marked: true), paths, into: out).error != nil)

    #expect(Self.run(Self.preparer(force: true, marked: true), paths, into: out).error == nil)
    #expect(try Paths.read(out + "/bai-1.csv").contains("[[Russia]]"))
    #expect(try Paths.read(out + "/bai-3.tmx").contains("[[Russia]]"))
    let files = try ArticlePreparerTests.files(in: out)
    let entries = try Self.recorded(in: out)
    #expect(entries.count == 8)
    for (name, entry) in entries {
      let data = try #require(files[name])
      #expect(entry == OutputManifest.Entry(size: data.count, hash: XXHash64.hash(Array(data))), "\(name)")
    }
  }

  @Test func filesAsSongnguWroteThemAreRewritten() throws {
    let (paths, out, remove) = try Self.folders(3)
    defer { remove() }
    #expect(Self.run(Self.preparer(), paths, into: out).error == nil)
    let first = try ArticlePreparerTests.files(in: out)
    // The same files again, then different ones (the draft style changed): both are written.
    #expect(Self.run(Self.preparer(), paths, into: out).error == nil)
    #expect(try ArticlePreparerTests.files(in: out) == first)
    // Taken while these files exist, so that the next run's new files cannot reuse their inodes (the
    // first run's inodes were freed by the second run and may be reused).
    let inodes = try paths.map { try Self.inode(out + "/" + Document.name(forPath: $0) + ".csv") }
    #expect(Self.run(Self.preparer(marked: true), paths, into: out).reported == ["bai-0", "bai-1", "bai-2"])
    #expect(try Paths.read(out + "/bai-2.tmx").contains("[[North Korea]]"))
    #expect(try paths.map { try Self.inode(out + "/" + Document.name(forPath: $0) + ".csv") } != inodes)
    // A partial run keeps the records of the articles it leaves alone; a file deleted loses its record.
    try FileManager.default.removeItem(atPath: out + "/bai-0.tmx")
    #expect(Self.run(Self.preparer(), [paths[2]], into: out).error == nil)
    #expect(
      try Self.recorded(in: out).keys.sorted() == ["bai-0.csv", "bai-1.csv", "bai-1.tmx", "bai-2.csv", "bai-2.tmx"])
  }

  @Test func aFileWithoutARecordIsRefusedUnlessItIsTheNewFile() throws {
    let (paths, out, remove) = try Self.folders(3)
    defer { remove() }
    // What an earlier songngu left (no manifest): bai-0's files as they are written now, bai-1's
    // CSV edited, and a file of someone else's named like bai-2's TMX.
    #expect(Self.run(Self.preparer(), Array(paths.prefix(2)), into: out).error == nil)
    try FileManager.default.removeItem(atPath: out + "/" + Self.manifest)
    try (try Paths.read(out + "/bai-1.csv") + "x\n").write(
      toFile: out + "/bai-1.csv", atomically: true, encoding: .utf8)
    try "<tmx/>\n".write(toFile: out + "/bai-2.tmx", atomically: true, encoding: .utf8)

    let (reported, skipped, error) = Self.run(Self.preparer(), paths, into: out, keepGoing: true)
    #expect(error == nil && reported == ["bai-0"] && skipped == ["bai-1", "bai-2"])
    #expect(try Paths.read(out + "/bai-2.tmx") == "<tmx/>\n")
    #expect(try Self.recorded(in: out).keys.sorted() == ["bai-0.csv", "bai-0.tmx"])

    let refused = Self.run(Self.preparer(), paths, into: out).error as? SongNguError
    #expect(
      refused
        == .changedOutput(
          files: [
            ChangedFile(path: out + "/bai-1.csv", wasRecorded: false),
            ChangedFile(path: out + "/bai-2.tmx", wasRecorded: false),
          ], manifest: out + "/" + Self.manifest))
    #expect(String(describing: refused).contains("not written by songngu as far as it knows (no record in "))
  }

  @Test func keepGoingSkipsAnArticleWithAChangedFileAndTheManifestStaysTrue() throws {
    let (paths, out, remove) = try Self.folders(4)
    defer { remove() }
    #expect(Self.run(Self.preparer(), paths, into: out).error == nil)
    let recorded = try Self.recorded(in: out)
    try "edited\n".write(toFile: out + "/bai-2.csv", atomically: true, encoding: .utf8)
    let (reported, skipped, error) = Self.run(Self.preparer(marked: true), paths, into: out, keepGoing: true)
    #expect(error == nil && reported == ["bai-0", "bai-1", "bai-3"] && skipped == ["bai-2"])
    let entries = try Self.recorded(in: out)
    #expect(entries["bai-2.csv"] == recorded["bai-2.csv"] && entries["bai-2.tmx"] == recorded["bai-2.tmx"])
    for name in ["bai-0.csv", "bai-1.tmx", "bai-3.csv"] {
      let data = try #require(FileManager.default.contents(atPath: out + "/" + name))
      #expect(entries[name] == OutputManifest.Entry(size: data.count, hash: XXHash64.hash(Array(data))))
      #expect(entries[name] != recorded[name])
    }
  }

  @Test func aDamagedManifestIsRefusedUnlessForced() throws {
    let (paths, out, remove) = try Self.folders(1)
    defer { remove() }
    try "{\"files\": []}".write(toFile: out + "/" + Self.manifest, atomically: true, encoding: .utf8)
    guard case .malformedData(let path, _, _, _) = Self.run(Self.preparer(), paths, into: out).error as? SongNguError
    else {
      Issue.record("a damaged manifest was read")
      return
    }
    #expect(path == out + "/" + Self.manifest)
    #expect(Self.run(Self.preparer(force: true), paths, into: out).error == nil)
    #expect(try Self.recorded(in: out).keys.sorted() == ["bai-0.csv", "bai-0.tmx"])
  }

  @Test func writingOneArticleIsProtectedToo() throws {
    let (paths, out, remove) = try Self.folders(1)
    defer { remove() }
    let article = try Self.preparer().prepare(path: paths[0])
    _ = try Self.preparer().write(article, to: OutputFolder(out), protecting: paths)
    try "edited\n".write(toFile: out + "/bai-0.tmx", atomically: true, encoding: .utf8)
    #expect(
      throws: SongNguError.changedOutput(
        files: [ChangedFile(path: out + "/bai-0.tmx", wasRecorded: true)], manifest: out + "/" + Self.manifest)
    ) {
      _ = try Self.preparer().write(article, to: OutputFolder(out), protecting: paths)
    }
    _ = try Self.preparer(force: true).write(article, to: OutputFolder(out), protecting: paths)
    #expect(try Paths.read(out + "/bai-0.tmx") != "edited\n")
  }
}
