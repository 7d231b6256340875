import Foundation
import Testing

/// `songngu coverage` end to end: formats, folders, the --min gate and exit codes.
@Suite struct CoverageCommandTests {
  let article = """
    Tin nhanh

    Bộ trưởng Bộ Y tế Nguyễn Văn An gặp Tổng thống Ukraine Volodymyr Zelensky tại Hà Nội.

    Ông An và Zelensky bàn về hợp tác y tế.
    """

  func folder() throws -> URL {
    let directory = try CLI.temporaryDirectory()
    try article.write(to: directory.appendingPathComponent("tin.vi.txt"), atomically: true, encoding: .utf8)
    try "Health Minister".write(to: directory.appendingPathComponent("tin.en.txt"), atomically: true, encoding: .utf8)
    return directory
  }

  @Test func theBundledSampleIsFullyCovered() throws {
    let result = try CLI.run(["coverage"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("coverage 100.0% ("))
    #expect(result.stdout.hasSuffix("candidate occurrences), 23/23 sentences with a term, 0 missing\n"))
    #expect(try CLI.run(["coverage", "--min", "1"]).status == 0)
  }

  @Test func missingCandidatesAndTheGate() throws {
    let directory = try folder()
    let result = try CLI.run(["coverage", directory.path, "--min", "0.95"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("missing (not in the glossary, most frequent first):"))
    #expect(result.stdout.contains("× Nguyễn Văn An [name]"))
    #expect(result.stdout.contains("/tin.vi.txt:3:19: Bộ trưởng Bộ Y tế Nguyễn Văn An gặp"))
    // One line on standard error, saying why.
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(result.stderr.hasPrefix("songngu: coverage "))
    #expect(result.stderr.contains("is below the minimum 95.0%"))
    #expect(try CLI.run(["coverage", directory.path, "--min", "0.1"]).status == 0)
  }

  @Test func jsonAndJUnit() throws {
    let directory = try folder()
    let json = try CLI.run(["coverage", directory.path, "--format", "json"])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let documents = try #require(object["documents"] as? [[String: Any]])
    #expect(documents.map { $0["name"] as? String } == ["tin"])
    let candidates = try #require(object["candidates"] as? [[String: Any]])
    let an = try #require(candidates.first { $0["text"] as? String == "Nguyễn Văn An" })
    #expect(an["covered"] as? Bool == false)
    let junit = try CLI.run(["coverage", directory.path, "--format", "junit"])
    #expect(junit.status == 0)
    #expect(junit.stdout.contains("<testsuite name=\"tin\""))
    #expect(junit.stdout.contains("<failure type=\"coverage.missing-term\""))
    if let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: FileManager.default.fileExists) {
      let file = directory.appendingPathComponent("coverage.xml")
      try junit.stdout.write(to: file, atomically: true, encoding: .utf8)
      let process = try Process.run(URL(fileURLWithPath: xmllint), arguments: ["--noout", file.path])
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
  }

  @Test func usageErrors() throws {
    let result = try CLI.run(["coverage", "--min", "1.5"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--min must be a ratio between 0 and 1"))
    #expect(try CLI.run(["coverage", "--format", "xml"]).status == 64)
    #expect(try CLI.run(["coverage", "--min", "abc"]).status == 64)
  }

  @Test func tsvIsAGlossaryStubToFill() throws {
    let directory = try folder()
    let stub = try CLI.run(["coverage", directory.path, "--format", "tsv"])
    #expect(stub.status == 0, "\(stub.stderr)")
    let lines = stub.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("# songngu coverage: ") == true)
    let rows = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    #expect(rows.allSatisfy { $0.count == 3 && $0[1].isEmpty })
    let an = try #require(rows.first { $0[0] == "Nguyễn Văn An" })
    #expect(
      an[2] == "1× name, e.g. “Bộ trưởng Bộ Y tế Nguyễn Văn An gặp Tổng thống Ukraine Volodymyr Zelensky tại Hà Nội.”")
    // `glossary check` reads it: every empty English term is to fill, a warning, not an error.
    let file = directory.appendingPathComponent("to-fill.tsv")
    try stub.stdout.write(to: file, atomically: true, encoding: .utf8)
    let check = try CLI.run(["glossary", "check", file.path])
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.contains("warning: to fill: no English term yet for 'Nguyễn Văn An'"))
    #expect(check.stdout.contains("\(rows.count) warnings"))
    #expect(!check.stdout.contains("error:"))
    // Filled in part, prepare reads it and uses the filled rows.
    let filled = stub.stdout.replacingOccurrences(of: "Nguyễn Văn An\t\t", with: "Nguyễn Văn An\tNguyen Van An\t")
    try filled.write(to: file, atomically: true, encoding: .utf8)
    let out = directory.appendingPathComponent("out")
    let prepare = try CLI.run([
      "prepare", directory.appendingPathComponent("tin.vi.txt").path, "--glossary", file.path, "--out", out.path,
      "--formats", "csv",
    ])
    #expect(prepare.status == 0, "\(prepare.stderr)")
    let csv = try String(contentsOf: out.appendingPathComponent("tin.csv"), encoding: .utf8)
    #expect(csv.contains("Nguyen Van An"))
  }

  @Test func inputErrors() throws {
    let glossary = try CLI.run(["coverage", "--glossary", "no/such.csv"])
    #expect(glossary.status == 1)
    #expect(glossary.stderr == "songngu: error: no/such.csv: no such file\n")
    let article = try CLI.run(["coverage", "no/such.vi.txt"])
    #expect(article.status == 1)
    #expect(article.stderr == "songngu: error: no/such.vi.txt: no such file\n")
  }

  /// A pipe, which can be read only once, gives the report of the same article in a file: coverage
  /// reads an article once and goes through its blocks again from a temporary file.
  @Test func aPipeIsReadOnce() throws {
    let directory = try CLI.temporaryDirectory()
    // Named so that the document's name is the pipe's (`/dev/stdin` → `stdin`).
    let file = directory.appendingPathComponent("stdin.vi.txt")
    try article.write(to: file, atomically: true, encoding: .utf8)
    for format in ["json", "tsv"] {
      let fromFile = try CLI.run(["coverage", file.path, "--format", format])
      let fromPipe = try CLI.run(["coverage", "/dev/stdin", "--format", format], stdin: Data(article.utf8))
      #expect(fromPipe.status == 0, "\(fromPipe.stderr)")
      #expect(fromPipe.stdout == fromFile.stdout)
      #expect(fromPipe.stdout.contains("Nguyễn Văn An"))
    }
  }

  @Test func emptyFolderIsAnError() throws {
    let directory = try CLI.temporaryDirectory()
    let result = try CLI.run(["coverage", directory.path, "--min", "0.9"])
    #expect(result.status == 1)
    #expect(result.stderr == "songngu: error: no articles (*.vi.txt or *.txt) in \(directory.path)\n")
  }

  @Test func helpHasExamples() throws {
    let result = try CLI.run(["coverage", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("songngu coverage article.vi.txt --min 0.95 --format junit"))
  }

  /// Outside the repository, with no glossaries/ folder and no --glossary, coverage checks against the
  /// built-in news glossary, as its help and prepare say (it failed with "glossaries: no such file").
  @Test func withoutAGlossaryFolderTheBuiltInNewsGlossaryIsUsed() throws {
    let folder = try CLI.temporaryDirectory()
    try FileManager.default.copyItem(
      at: CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt"),
      to: folder.appendingPathComponent("nato.vi.txt"))
    let result = try CLI.run(["coverage", "nato.vi.txt", "--format", "json"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("built-in news glossary"), "\(result.stderr)")
    let news = CLI.root.appendingPathComponent("glossaries/news-vi-en.csv").path
    let given = try CLI.run(["coverage", "nato.vi.txt", "--format", "json", "--glossary", news], in: folder)
    #expect(given.status == 0, "\(given.stderr)")
    #expect(result.stdout == given.stdout)
    #expect(result.stdout.contains("\"NATO\""))
  }
}
