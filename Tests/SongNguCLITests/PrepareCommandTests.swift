import Foundation
import TestSupport
import Testing

/// `songngu prepare` end to end: files written, validated, read by translate-toolkit, deterministic.
@Suite struct PrepareCommandTests {
  /// The sample's hand segmentation without boilerplate: what the exports must hold, in order.
  func expectedSources() throws -> [String] {
    let gold = try String(
      contentsOf: CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.sentences.tsv"), encoding: .utf8)
    return gold.split(separator: "\n").dropFirst().compactMap { line in
      let cells = line.split(separator: "\t", maxSplits: 2).map(String.init)
      return cells[1] == "boilerplate" ? nil : cells[2]
    }
  }

  /// Runs a tool and returns its standard output, failing the test when it is missing or fails.
  func tool(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
    let result = try CLI.tool(executable, arguments, environment: environment)
    #expect(
      result.status == 0,
      "\(executable) \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
    return result.stdout
  }

  @Test func preparesTheSampleIntoValidFilesThatTranslateToolkitReads() throws {
    let out = try CLI.temporaryDirectory()
    let result = try CLI.run(["prepare", "--formats", "tmx,csv,xliff", "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("nato-trieu-tien: 15 blocks, 25 sentences (23 exported, 2 boilerplate left out)"))
    let tmx = out.appendingPathComponent("nato-trieu-tien.tmx").path
    let csv = out.appendingPathComponent("nato-trieu-tien.csv").path
    let xlf = out.appendingPathComponent("nato-trieu-tien.xlf").path
    for path in [tmx, csv, xlf] {
      #expect(FileManager.default.fileExists(atPath: path))
      #expect(result.stdout.contains("wrote \(path) (23 units)"))
    }

    // Schema validation, offline.
    let schemas = CLI.root.appendingPathComponent("schemas")
    _ = try tool(
      "xmllint", ["--noout", "--nonet", "--dtdvalid", schemas.appendingPathComponent("tmx/tmx14.dtd").path, tmx])
    _ = try tool(
      "xmllint",
      [
        "--noout", "--nonet", "--schema", schemas.appendingPathComponent("xliff12/xliff-core-1.2-strict.xsd").path, xlf,
      ],
      environment: ["XML_CATALOG_FILES": schemas.appendingPathComponent("catalog.xml").path])

    // translate-toolkit, the field's reference reader, gets the same units from all three files.
    let script = CLI.root.appendingPathComponent("Tests/SongNguTests/Interop/load_with_translate_toolkit.py").path
    let json = try tool("python3", [script, tmx, csv, xlf])
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let files = try #require(object?["files"] as? [String: [String: Any]], "translate-toolkit output: \(json)")
    let sources = try expectedSources()
    var targets: [String: [String]] = [:]
    for path in [tmx, csv, xlf] {
      let file = try #require(files[path])
      let units = file["units"] as? [[String: Any]] ?? []
      targets[path] = units.compactMap { $0["target"] as? String }
      // A draft is offered, never presented as a translation: no target is the untouched source.
      for unit in units { #expect(unit["target"] as? String != unit["source"] as? String, "\(path): \(unit)") }
      // The CSV's targets are the translator's to fill; every sentence is a row.
      if path == csv {
        #expect(file["count"] as? Int == 23)
        #expect(units.compactMap { $0["source"] as? String } == sources)
        #expect(targets[path]?.allSatisfy(\.isEmpty) == true)
      }
    }
    // TMX holds the drafts (a sentence without one has no unit); XLIFF has every sentence, with
    // the same drafts as targets needing review (fuzzy for translate-toolkit).
    let xliffUnits = try #require(files[xlf]?["units"] as? [[String: Any]])
    #expect(xliffUnits.compactMap { $0["source"] as? String } == sources)
    let drafted = xliffUnits.filter { !($0["target"] as? String ?? "").isEmpty }
    #expect(drafted.allSatisfy { $0["fuzzy"] as? Bool == true })
    #expect(drafted.compactMap { $0["target"] as? String } == targets[tmx])
    #expect(files[tmx]?["count"] as? Int == drafted.count)
    #expect(drafted.count >= 15)
    let secretaryGeneral = targets[tmx]?.first { $0.hasPrefix("NATO Secretary General") }
    #expect(secretaryGeneral?.hasPrefix("NATO Secretary General, Mark Rutte, ") == true)
  }

  @Test func outputIsByteIdenticalRunToRun() throws {
    let first = try CLI.temporaryDirectory()
    let second = try CLI.temporaryDirectory()
    for out in [first, second] {
      #expect(try CLI.run(["prepare", "--formats", "tmx,csv,xliff", "--out", out.path]).status == 0)
    }
    for name in ["nato-trieu-tien.tmx", "nato-trieu-tien.csv", "nato-trieu-tien.xlf"] {
      let a = try Data(contentsOf: first.appendingPathComponent(name))
      let b = try Data(contentsOf: second.appendingPathComponent(name))
      #expect(a == b, "\(name) differs between runs")
    }
    let stamped = try CLI.temporaryDirectory()
    #expect(try CLI.run(["prepare", "--timestamp", "--out", stamped.path]).status == 0)
    let tmx = try String(contentsOf: stamped.appendingPathComponent("nato-trieu-tien.tmx"), encoding: .utf8)
    #expect(tmx.contains("creationdate=\""))
  }

  @Test func csvOptions() throws {
    let out = try CLI.temporaryDirectory()
    let result = try CLI.run([
      "prepare", "--formats", "csv", "--csv-bom", "--csv-delimiter", "semicolon", "--crlf", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let bytes = try Data(contentsOf: out.appendingPathComponent("nato-trieu-tien.csv"))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("\"id\";\"source\";\"target\""))
    #expect(text.contains("\r\n"))
    #expect(text.split(separator: "\r\n").count == 24)
  }

  /// The CSV starts with a byte-order mark by default, so Excel opens it as UTF-8.
  ///
  /// `--no-csv-bom` drops it; `--csv-bom`, the old way to ask for it, is still accepted. songngu's own reader and
  /// `merge` read the file either way (translate-toolkit reads it in the test above).
  @Test func csvHasAByteOrderMarkUnlessAskedNot() throws {
    let out = try CLI.temporaryDirectory()
    for (name, flags) in [("default", [String]()), ("alias", ["--csv-bom"]), ("none", ["--no-csv-bom"])] {
      let folder = out.appendingPathComponent(name)
      let result = try CLI.run(["prepare", "--formats", "csv", "--out", folder.path] + flags)
      #expect(result.status == 0, "\(result.stderr)")
      let bytes = try Data(contentsOf: folder.appendingPathComponent("nato-trieu-tien.csv"))
      #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) == (name != "none"), "\(name)")
      #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("\n"))
      let merged = try CLI.run(
        ["merge", folder.appendingPathComponent("nato-trieu-tien.csv").path, "--allow-untranslated"])
      #expect(merged.status == 0, "\(merged.stderr)")
      #expect(merged.stdout.hasPrefix("NATO từ chối"), "\(name): \(merged.stdout.prefix(80))")
    }
  }

  /// `--formats xlsx` writes NAME.xlsx beside the others (its cells are checked through openpyxl and
  /// LibreOffice in SpreadsheetInteropTests).
  @Test func writesAnXLSXWorkbook() throws {
    let out = try CLI.temporaryDirectory()
    let result = try CLI.run(["prepare", "--formats", "csv,xlsx", "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let path = out.appendingPathComponent("nato-trieu-tien.xlsx").path
    #expect(result.stdout.contains("wrote \(path) (23 units)"))
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let again = try CLI.temporaryDirectory()
    #expect(try CLI.run(["prepare", "--formats", "xlsx", "--out", again.path]).status == 0)
    #expect(try Data(contentsOf: again.appendingPathComponent("nato-trieu-tien.xlsx")) == bytes)
    let merge = try CLI.run(["merge", path])
    #expect(merge.status == 1 && merge.stderr.contains("save the workbook as CSV"), "\(merge.stderr)")
  }

  /// Outside the repository, with no glossaries/ folder and no --glossary, the built-in news glossary
  /// is used and said (issue 19; before, prepare failed for want of glossaries/).
  @Test func withoutAGlossaryFolderTheBuiltInNewsGlossaryIsUsed() throws {
    let folder = try CLI.temporaryDirectory()
    try FileManager.default.copyItem(
      at: CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt"),
      to: folder.appendingPathComponent("nato.vi.txt"))
    let result = try CLI.run(["prepare", "nato.vi.txt", "--out", "out"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let count = try #require(result.stderr.firstMatch(of: /built-in news glossary \((\d+) entries\)/)?.1)
    #expect(Int(count) ?? 0 > 700)
    #expect(result.stdout.contains("glossary: \(count) entries"))
    let tmx = try String(contentsOf: folder.appendingPathComponent("out/nato.tmx"), encoding: .utf8)
    #expect(tmx.contains("NATO Secretary General"))
  }

  /// `--prefill` puts the draft, or the source where no term was substituted, in every target.
  @Test func prefillFillsEveryTarget() throws {
    let folder = try CLI.temporaryDirectory()
    let article = folder.appendingPathComponent("mua.vi.txt")
    try "Nga ký hiệp định.\n\nMưa lớn kéo dài suốt đêm.\n".write(to: article, atomically: true, encoding: .utf8)
    for prefill in [false, true] {
      let out = folder.appendingPathComponent(prefill ? "filled" : "plain")
      let result = try CLI.run(
        ["prepare", article.path, "--out", out.path, "--formats", "tmx,csv"] + (prefill ? ["--prefill"] : []))
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("mua.tmx (\(prefill ? 2 : 1) unit"), "\(result.stdout)")
      let tmx = try String(contentsOf: out.appendingPathComponent("mua.tmx"), encoding: .utf8)
      #expect(tmx.contains("<seg>Russia ký") && tmx.contains("creationid=\"songngu-glossary-draft\""))
      #expect(tmx.components(separatedBy: "Mưa lớn").count == (prefill ? 3 : 1))
      let csv = try String(contentsOf: out.appendingPathComponent("mua.csv"), encoding: .utf8)
      #expect(csv.contains("\"Mưa lớn kéo dài suốt đêm.\",\"Mưa lớn kéo dài suốt đêm.\"") == prefill)
    }
  }

  @Test func preparesEveryArticleInAFolderAndSkipsEnglish() throws {
    let articles = try CLI.temporaryDirectory()
    let sample = CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt")
    try FileManager.default.copyItem(at: sample, to: articles.appendingPathComponent("a.vi.txt"))
    try "Tiêu đề\n\nNga và Triều Tiên ký hiệp ước.\n".write(
      to: articles.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    try "Title\n\nRussia and North Korea sign a treaty.\n".write(
      to: articles.appendingPathComponent("b.en.txt"), atomically: true, encoding: .utf8)
    let out = try CLI.temporaryDirectory()
    let result = try CLI.run(["prepare", articles.path, "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(written == [".songngu-manifest.json", "a.csv", "a.tmx", "b.csv", "b.tmx"])
    let csv = try String(contentsOf: out.appendingPathComponent("b.csv"), encoding: .utf8)
    #expect(csv.contains("\"Russia và North Korea ký treaty.\""))
  }

  @Test func theSummaryCountsOneThingInTheSingularAndNotesAnArticleWithoutText() throws {
    let articles = try CLI.temporaryDirectory()
    try "Nga và Triều Tiên ký hiệp ước\n".write(
      to: articles.appendingPathComponent("one.vi.txt"), atomically: true, encoding: .utf8)
    try "\n  \n".write(to: articles.appendingPathComponent("blank.vi.txt"), atomically: true, encoding: .utf8)
    let out = try CLI.temporaryDirectory()
    let result = try CLI.run(["prepare", articles.path, "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("one: 1 block, 1 sentence (1 exported, 0 boilerplate left out), "))
    #expect(result.stdout.contains("wrote \(out.path)/one.tmx (1 unit)\n"))
    #expect(
      result.stdout.contains("blank: 0 blocks, 0 sentences (0 exported, 0 boilerplate left out), 0 glossary hits"))
    #expect(result.stdout.contains("note: \(articles.path)/blank.vi.txt has no text; its files hold no units"))
    #expect(!result.stdout.contains("one.vi.txt has no text"))
  }

  /// An installed binary is copied somewhere without the build folder: it must not look for a
  /// resource bundle (SwiftPM's accessor stops the program with "could not load resource bundle"
  /// when the bundle is neither beside the binary nor in the build folder it was built in).
  @Test func theBinaryRunsWithoutAResourceBundle() throws {
    let binary = try Data(contentsOf: CLI.executable)
    #expect(binary.range(of: Data("could not load resource bundle".utf8)) == nil)
    let installed = try CLI.temporaryDirectory()
    let copy = installed.appendingPathComponent("songngu")
    try FileManager.default.copyItem(at: CLI.executable, to: copy)
    let out = try CLI.temporaryDirectory()
    let arguments = [
      "prepare", CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt").path,
      "--glossary", CLI.root.appendingPathComponent("glossaries").path, "--out", out.path,
    ]
    let result = try ProcessRunner.run(copy, arguments, in: installed)
    #expect(result.status == 0, "\(result.stderr)")
    let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(written == [".songngu-manifest.json", "nato-trieu-tien.csv", "nato-trieu-tien.tmx"])
  }

  @Test func keepGoingPreparesTheOtherArticlesAndFailsAtTheEnd() throws {
    let articles = try CLI.temporaryDirectory()
    let sample = CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt")
    for name in ["a", "c"] {
      try FileManager.default.copyItem(at: sample, to: articles.appendingPathComponent("\(name).vi.txt"))
    }
    // TCVN3 bytes: refused as a legacy encoding.
    try Data([0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69, 0x20, 0x6E, 0x67, 0xB5, 0x79, 0x0A]).write(
      to: articles.appendingPathComponent("b.vi.txt"))
    let stopped = try CLI.temporaryDirectory()
    let stop = try CLI.run(["prepare", articles.path, "--out", stopped.path])
    #expect(stop.status == 1)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: stopped.path).sorted() == [
        ".songngu-manifest.json", "a.csv", "a.tmx",
      ])

    let out = try CLI.temporaryDirectory()
    let result = try CLI.run(["prepare", articles.path, "--out", out.path, "--keep-going"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("b.vi.txt: looks like TCVN3"), "\(result.stderr)")
    #expect(result.stderr.contains("1 of 3 articles could not be prepared"), "\(result.stderr)")
    #expect(result.stdout.contains("c: 15 blocks"))
    let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(written == [".songngu-manifest.json", "a.csv", "a.tmx", "c.csv", "c.tmx"])

    // With an OmegaT kit too: the kit holds the readable articles, and the run goes on to write them.
    let withKit = try CLI.temporaryDirectory()
    let kit = withKit.appendingPathComponent("kit")
    let kitRun = try CLI.run([
      "prepare", articles.path, "--out", withKit.appendingPathComponent("out").path, "--omegat", kit.path,
      "--keep-going",
    ])
    #expect(kitRun.status == 1)
    #expect(kitRun.stderr.contains("1 of 3 articles could not be prepared"), "\(kitRun.stderr)")
    #expect(kitRun.stdout.contains("omegat kit \(kit.path): 2 articles in source/"), "\(kitRun.stdout)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: kit.appendingPathComponent("source").path).sorted() == [
        "a.txt", "c.txt",
      ])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: withKit.appendingPathComponent("out").path).sorted() == [
        ".songngu-manifest.json", "a.csv", "a.tmx", "c.csv", "c.tmx",
      ])
  }

  @Test func workersAndSyncNeverChangeTheFiles() throws {
    let articles = try CLI.temporaryDirectory()
    let sample = CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt")
    for name in ["a", "b", "c", "d"] {
      try FileManager.default.copyItem(at: sample, to: articles.appendingPathComponent("\(name).vi.txt"))
    }
    var outputs: [[String: Data]] = []
    var stdouts: [String] = []
    for flags in [["--workers", "1"], ["--workers", "3", "--no-sync"], []] {
      let out = try CLI.temporaryDirectory()
      let result = try CLI.run(["prepare", articles.path, "--formats", "tmx,csv,xliff", "--out", out.path] + flags)
      #expect(result.status == 0, "\(result.stderr)")
      var files: [String: Data] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
        files[name] = try Data(contentsOf: out.appendingPathComponent(name))
      }
      outputs.append(files)
      stdouts.append(result.stdout.replacingOccurrences(of: out.path, with: "OUT"))
    }
    #expect(outputs[0].count == 13)  // and the manifest
    #expect(
      outputs[0].keys.filter { $0.hasPrefix(".") } == [".songngu-manifest.json"],
      "temporary files left: \(outputs[0].keys)")
    #expect(outputs[1] == outputs[0] && outputs[2] == outputs[0])
    #expect(stdouts[1] == stdouts[0] && stdouts[2] == stdouts[0])
    #expect(stdouts[0].components(separatedBy: "\n").filter { $0.hasPrefix("  wrote OUT/") }.count == 12)
  }

  @Test func anUnreadableArticleStopsAfterTheArticlesBeforeIt() throws {
    let articles = try CLI.temporaryDirectory()
    let sample = CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt")
    try FileManager.default.copyItem(at: sample, to: articles.appendingPathComponent("a.vi.txt"))
    try Data([0x4E, 0x67, 0x61, 0xC3, 0x28, 0x0A]).write(to: articles.appendingPathComponent("b.vi.txt"))
    try FileManager.default.copyItem(at: sample, to: articles.appendingPathComponent("c.vi.txt"))
    let out = try CLI.temporaryDirectory()
    let result = try CLI.run(["prepare", articles.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("b.vi.txt"), "\(result.stderr)")
    #expect(result.stdout.contains("wrote \(out.path)/a.tmx (23 units)"))
    #expect(!result.stdout.contains("c.tmx"))
    let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(written == [".songngu-manifest.json", "a.csv", "a.tmx"])
  }

  @Test func anInterruptedRunLeavesNoTemporaryFileAndNoHalfFile() throws {
    let articles = try CLI.temporaryDirectory()
    let sample = CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt")
    for index in 0..<150 {
      try FileManager.default.copyItem(at: sample, to: articles.appendingPathComponent("bai-\(index).vi.txt"))
    }
    let out = try CLI.temporaryDirectory()
    let log = try CLI.temporaryDirectory()
    #expect(FileManager.default.createFile(atPath: log.path + "/stdout", contents: nil))
    #expect(FileManager.default.createFile(atPath: log.path + "/stderr", contents: nil))
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = ["prepare", articles.path, "--out", out.path, "--workers", "1"]
    process.currentDirectoryURL = CLI.root
    process.standardOutput = try FileHandle(forWritingTo: log.appendingPathComponent("stdout"))
    process.standardError = try FileHandle(forWritingTo: log.appendingPathComponent("stderr"))
    try process.run()
    // Interrupt once files are being written (a temporary file shows), or at the latest after 30 s.
    let deadline = Date().addingTimeInterval(30)
    while process.isRunning && Date() < deadline {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
      if names.contains(where: { $0.contains(".tmp-") && !$0.hasPrefix(".songngu-manifest") }) { break }
      usleep(1000)
    }
    process.interrupt()
    process.waitUntilExit()
    let status = process.terminationStatus
    let stderr = try String(contentsOf: log.appendingPathComponent("stderr"), encoding: .utf8)
    #expect(status == 130 || status == 0, "\(stderr)")
    if status == 130 { #expect(stderr.contains("songngu: interrupted"), "\(stderr)") }
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0 != ".songngu-manifest.json" }
    #expect(names.filter { $0.contains(".tmp-") }.isEmpty, "temporary files left: \(names)")
    for name in names {
      let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
      if name.hasSuffix(".tmx") { #expect(text.hasSuffix("</tmx>\n"), "\(name) is cut short") }
      if name.hasSuffix(".csv") { #expect(text.split(separator: "\n").count == 24, "\(name) is cut short") }
    }
    let stdout = try String(contentsOf: log.appendingPathComponent("stdout"), encoding: .utf8)
    #expect(stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  wrote ") }.count == names.count)
  }

  @Test func badInputAndUsage() throws {
    let missing = try CLI.run(["prepare", "no/such/article.vi.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no/such/article.vi.txt: no such file"))
    #expect(try CLI.run(["prepare", "--workers", "0"]).status == 64)
    let badFormat = try CLI.run(["prepare", "--formats", "tmx,docx"])
    #expect(badFormat.status == 64)
    #expect(badFormat.stderr.contains("unknown format 'docx'"))
    let badGlossary = try CLI.run(["prepare", "--glossary", "no-such-glossary.tsv"])
    #expect(badGlossary.status == 1)
    let folder = try CLI.temporaryDirectory()
    let file = folder.appendingPathComponent("not-a-folder")
    try Data().write(to: file)
    let outIsAFile = try CLI.run(["prepare", "--out", file.path])
    #expect(outIsAFile.status == 1)
    #expect(
      outIsAFile.stderr
        == "songngu: error: \(file.path): cannot write: exists and is not a folder; --out needs a folder\n")
  }

  @Test func noArticlesIsBadInputNotBadUsage() throws {
    let empty = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: empty) }
    let out = empty.appendingPathComponent("out").path
    let result = try CLI.run(["prepare", empty.path, "--out", out])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "songngu: error: no articles (*.txt but *.en.txt) in \(empty.path)\n")
    #expect(!FileManager.default.fileExists(atPath: out))
    // Two articles named alike would write the same files: bad input too, refused before any write.
    let twins = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: twins) }
    let sample = CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt")
    for folder in ["a", "b"] {
      try FileManager.default.createDirectory(
        at: twins.appendingPathComponent(folder), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: sample, to: twins.appendingPathComponent("\(folder)/bai.vi.txt"))
    }
    let collision = try CLI.run(["prepare", twins.path, "--out", out])
    #expect(collision.status == 1)
    #expect(collision.stderr.hasSuffix("two articles are both named 'bai'; their output files would collide\n"))
  }
}
