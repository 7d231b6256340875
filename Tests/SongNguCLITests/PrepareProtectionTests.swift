import Foundation
import TestSupport
import Testing

/// `prepare` never overwrites a file changed since it wrote it unless `--force`, and on a full disk
/// it leaves the articles before the failing one in place and no temporary file (issue 19).
@Suite struct PrepareProtectionTests {
  static let manifest = ".songngu-manifest.json"

  /// A folder with the sample article copied as each of `names`.
  static func articles(_ names: [String]) throws -> URL {
    let folder = try CLI.temporaryDirectory()
    let sample = CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt")
    for name in names {
      try FileManager.default.copyItem(at: sample, to: folder.appendingPathComponent("\(name).vi.txt"))
    }
    return folder
  }

  static func files(in folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }

  @Test func anEditedCSVIsRefusedUntilForceAndAnUnchangedOneIsRewritten() throws {
    let out = try CLI.temporaryDirectory()
    let first = try CLI.run(["prepare", "--out", out.path])
    #expect(first.status == 0, "\(first.stderr)")
    let csv = out.appendingPathComponent("nato-trieu-tien.csv")
    let written = try String(contentsOf: csv, encoding: .utf8)
    #expect(
      try String(contentsOf: out.appendingPathComponent(Self.manifest), encoding: .utf8).contains(
        "\"nato-trieu-tien.csv\": {\"size\": \(try Data(contentsOf: csv).count), \"xxh64\": \""))

    // Unchanged, the files are written again (a new inode each).
    let inode = try FileManager.default.attributesOfItem(atPath: csv.path)[.systemFileNumber] as? NSNumber
    let again = try CLI.run(["prepare", "--out", out.path, "--marked"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(try FileManager.default.attributesOfItem(atPath: csv.path)[.systemFileNumber] as? NSNumber != inode)
    #expect(try String(contentsOf: csv, encoding: .utf8).contains("[[NATO]]"))

    // A translator fills a target: the next run refuses the CSV and leaves it as it is.
    let marked = try String(contentsOf: csv, encoding: .utf8)
    let edited = marked.replacingOccurrences(of: "\"[[NATO]]", with: "\"NATO (edited)")
    #expect(edited != marked)
    try edited.write(to: csv, atomically: true, encoding: .utf8)
    let tmx = try Data(contentsOf: out.appendingPathComponent("nato-trieu-tien.tmx"))
    let refused = try CLI.run(["prepare", "--out", out.path])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "songngu: error: not overwritten: \(csv.path) changed since songngu wrote it. To keep your work, move the "
          + "file away"), "\(refused.stderr)")
    #expect(refused.stderr.contains("to overwrite, run again with --force"))
    #expect(!refused.stdout.contains("wrote "))
    #expect(try String(contentsOf: csv, encoding: .utf8) == edited)
    #expect(try Data(contentsOf: out.appendingPathComponent("nato-trieu-tien.tmx")) == tmx, "nothing of it written")

    let forced = try CLI.run(["prepare", "--out", out.path, "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try String(contentsOf: csv, encoding: .utf8) == written)
    #expect(try CLI.run(["prepare", "--out", out.path]).status == 0)
  }

  @Test func theManifestStaysTrueWithKeepGoing() throws {
    let articles = try Self.articles(["a", "b", "c"])
    // TCVN3 bytes: b cannot be read.
    try Data([0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69, 0x0A]).write(to: articles.appendingPathComponent("b.vi.txt"))
    let out = try CLI.temporaryDirectory()
    #expect(try CLI.run(["prepare", articles.path, "--out", out.path, "--keep-going"]).status == 1)
    let manifest = out.appendingPathComponent(Self.manifest)
    let recorded = try String(contentsOf: manifest, encoding: .utf8)
    for name in ["a.csv", "a.tmx", "c.csv", "c.tmx"] { #expect(recorded.contains("\"\(name)\": {\"size\": ")) }
    #expect(!recorded.contains("\"b."))

    try "edited\n".write(to: out.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
    let skipped = try CLI.run(["prepare", articles.path, "--out", out.path, "--keep-going", "--marked"])
    #expect(skipped.status == 1)
    #expect(skipped.stderr.contains("c.csv changed since songngu wrote it"), "\(skipped.stderr)")
    #expect(skipped.stderr.contains("2 of 3 articles could not be prepared"), "\(skipped.stderr)")
    #expect(skipped.stdout.contains("wrote \(out.path)/a.csv"))
    #expect(try String(contentsOf: out.appendingPathComponent("c.csv"), encoding: .utf8) == "edited\n")
    let after = try String(contentsOf: manifest, encoding: .utf8)
    let line = { (text: String, name: String) in text.split(separator: "\n").first { $0.contains("\"\(name)\"") } }
    #expect(line(after, "c.csv") == line(recorded, "c.csv"), "c.csv keeps its record: still refused next time")
    #expect(line(after, "a.csv") != line(recorded, "a.csv"))
    #expect(try CLI.run(["prepare", articles.path, "--out", out.path, "--keep-going"]).stderr.contains("c.csv"))
  }

  @Test func anEditedTermBaseIsRefusedToo() throws {
    let out = try CLI.temporaryDirectory()
    #expect(try CLI.run(["prepare", "--out", out.path, "--formats", "tbx"]).status == 0)
    let tbx = out.appendingPathComponent("nato-trieu-tien.tbx")
    try "<martif/>\n".write(to: tbx, atomically: true, encoding: .utf8)
    let refused = try CLI.run(["prepare", "--out", out.path, "--formats", "tbx"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("\(tbx.path) changed since songngu wrote it"), "\(refused.stderr)")
    #expect(try String(contentsOf: tbx, encoding: .utf8) == "<martif/>\n")
    #expect(try CLI.run(["prepare", "--out", out.path, "--formats", "tbx", "--force"]).status == 0)
    #expect(try String(contentsOf: tbx, encoding: .utf8).contains("<term>North Korea</term>"))
  }

  /// The term base is one more file of its article, written in the same run: with `--keep-going` an
  /// unreadable article gets none and the others do, and an edited one keeps its whole article from
  /// being written, as an edited CSV does.
  @Test func theTermBaseIsWrittenWithItsArticlesFiles() throws {
    let articles = try Self.articles(["a", "b", "c"])
    // TCVN3 bytes: b cannot be read.
    try Data([0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69, 0x0A]).write(to: articles.appendingPathComponent("b.vi.txt"))
    let out = try CLI.temporaryDirectory()
    let skipped = try CLI.run(["prepare", articles.path, "--out", out.path, "--formats", "csv,tbx", "--keep-going"])
    #expect(skipped.status == 1)
    #expect(skipped.stderr.contains("1 of 3 articles could not be prepared"), "\(skipped.stderr)")
    for name in ["a", "c"] {
      #expect(skipped.stdout.contains("\(name): wrote \(out.path)/\(name).tbx (66 terms)"), "\(skipped.stdout)")
    }
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("b.tbx").path))
    let recorded = try String(contentsOf: out.appendingPathComponent(Self.manifest), encoding: .utf8)
    for name in ["a.tbx", "c.tbx"] { #expect(recorded.contains("\"\(name)\": {\"size\": ")) }

    // c's term base edited: none of c's files is written; a, before it, is.
    try FileManager.default.removeItem(at: articles.appendingPathComponent("b.vi.txt"))
    let csv = out.appendingPathComponent("c.csv")
    let before = try Data(contentsOf: csv)
    try "<martif/>\n".write(to: out.appendingPathComponent("c.tbx"), atomically: true, encoding: .utf8)
    let refused = try CLI.run(["prepare", articles.path, "--out", out.path, "--formats", "csv,tbx", "--marked"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("\(out.path)/c.tbx changed since songngu wrote it"), "\(refused.stderr)")
    #expect(refused.stdout.contains("  wrote \(out.path)/a.csv"), "\(refused.stdout)")
    #expect(refused.stdout.contains("a: wrote \(out.path)/a.tbx (66 terms)"), "\(refused.stdout)")
    #expect(!refused.stdout.contains("c.csv") && !refused.stdout.contains("c: wrote"))
    #expect(try Data(contentsOf: csv) == before, "nothing of c written")
    #expect(try String(contentsOf: out.appendingPathComponent("c.tbx"), encoding: .utf8) == "<martif/>\n")
  }

  /// The disk fills up while the third article is written (an injected failure: writes fail with
  /// ENOSPC past a budget of bytes).
  @Test(arguments: [[], ["--no-sync"], ["--workers", "1"]])
  func aFullDiskKeepsTheArticlesBeforeTheFailingOneAndNoTemporaryFile(flags: [String]) throws {
    let articles = try Self.articles(["a", "b", "c", "d"])
    let reference = try CLI.temporaryDirectory()
    #expect(try CLI.run(["prepare", articles.path, "--out", reference.path]).status == 0)
    let expected = try Self.files(in: reference)
    let size = { (name: String) in expected[name]?.count ?? 0 }
    // a's and b's files, about 8 KB for the manifest's reserved space, and half of c.tmx.
    let budget = size("a.tmx") + size("a.csv") + size("b.tmx") + size("b.csv") + 8192 + size("c.tmx") / 2

    let out = try CLI.temporaryDirectory()
    let result = try ProcessRunner.run(
      CLI.executable, ["prepare", articles.path, "--out", out.path] + flags, in: CLI.root,
      environment: ["SONGNGU_TEST_DISK_FULL_AFTER": String(budget)])
    #expect(result.status == 1)
    #expect(
      result.stderr == "songngu: error: \(out.path)/c.tmx: cannot write: write error: no space left on device\n",
      "\(result.stderr)")
    #expect(result.stdout.contains("wrote \(out.path)/b.csv (23 units)"))
    #expect(!result.stdout.contains("c.tmx"))
    let files = try Self.files(in: out)
    #expect(files.keys.sorted() == [Self.manifest, "a.csv", "a.tmx", "b.csv", "b.tmx"], "\(files.keys)")
    for name in ["a.csv", "a.tmx", "b.csv", "b.tmx"] { #expect(files[name] == expected[name], "\(name)") }
    // The manifest records exactly what is in place.
    let entries = { (manifest: Data?) in
      String(decoding: manifest ?? Data(), as: UTF8.self).split(separator: "\n").filter { $0.contains("\"xxh64\"") }
        .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ,")) }
    }
    #expect(entries(files[Self.manifest]).count == 4)
    #expect(
      entries(files[Self.manifest])
        == entries(expected[Self.manifest]).filter { $0.hasPrefix("\"a.") || $0.hasPrefix("\"b.") })

    // With the space back, the run completes over what the failed one left.
    #expect(try CLI.run(["prepare", articles.path, "--out", out.path]).status == 0)
    #expect(try Self.files(in: out) == expected)
  }
}
