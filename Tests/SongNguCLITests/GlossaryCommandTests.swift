import Foundation
import Testing

/// Runs the built `songngu glossary …` and checks its output, files and exit codes.
@Suite struct GlossaryCommandTests {
  static let root = CLI.root

  func run(_ arguments: [String], in directory: URL = root) throws -> CLI.Result {
    try CLI.run(arguments, in: directory)
  }

  func temporaryFolder() throws -> URL { try CLI.temporaryDirectory() }

  @Test func checkPassesTheProjectGlossaries() throws {
    let result = try run(["glossary", "check"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasSuffix(" in 3 files: 0 errors, 0 warnings\n"))
  }

  @Test func cldrWritesAGlossaryThatChecksCleanBesideTheKnownOnes() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Pháp\tFrance\t[not after: ông]\n".utf8).write(to: folder.appendingPathComponent("mine.tsv"))
    let result = try run(["glossary", "cldr", "--out", "cldr.tsv", "--kinds", "country,language"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("songngu: wrote ") && result.stderr.contains(" entries to cldr.tsv (ICU "))
    let text = try String(contentsOf: folder.appendingPathComponent("cldr.tsv"), encoding: .utf8)
    #expect(text.contains("Unicode License v3"))
    #expect(text.contains("\ntiếng Pháp\tFrench\t") && text.contains("\nLào\tLaos\t"))
    #expect(!text.contains("\nPháp\t"), "a form mine.tsv has is left out")
    #expect(!text.contains("[domain: currency]"))
    let check = try run(["glossary", "check", "."], in: folder)
    #expect(check.status == 0 && check.stdout.hasSuffix(" in 2 files: 0 errors, 0 warnings\n"), "\(check.stdout)")
    let unknown = try run(["glossary", "cldr", "--out", "-", "--kinds", "planet"], in: folder)
    #expect(unknown.status != 0 && unknown.stderr.contains("unknown kind 'planet'"))
  }

  @Test func checkPrintsFindingsAndFailsOnErrors() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Liên bang Nga\tRussia\nLiên bang Nga\tRussian\nMỹ\nhòa bình\tpeace\nhoà bình\tpeace\n".utf8).write(
      to: folder.appendingPathComponent("g.tsv"))
    let result = try run(["glossary", "check", "g.tsv"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        g.tsv:2:1: error: 'Liên bang Nga' → 'Russian' conflicts with 'Liên bang Nga' → 'Russia' at g.tsv:1:1; give one target and list the other as an alternative [glossary.conflicting-targets]
        g.tsv:3:1: error: expected 2 or 3 tab-separated columns, found 1 [glossary.syntax]
        g.tsv:5:1: warning: 'hoà bình' differs from 'hòa bình' at g.tsv:4:1 only by tone-mark placement; merge the entries [glossary.tone-variant]
        4 entries in 1 file: 2 errors, 1 warning

        """)
  }

  @Test func convertWritesTheOtherFormatAndRefusesItsInput() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = Self.root.appendingPathComponent("glossaries/news-vi-en.csv").path
    let tbx = folder.appendingPathComponent("news.tbx").path
    let converted = try run(["glossary", "convert", input, tbx])
    #expect(converted.status == 0, "\(converted.stderr)")
    #expect(try String(contentsOfFile: tbx, encoding: .utf8).contains("<term>Bắc Triều Tiên</term>"))

    let same = try run(["glossary", "convert", input, input])
    #expect(same.status == 64)
    let unknown = try run(["glossary", "convert", input, folder.appendingPathComponent("news.xlsx").path])
    #expect(unknown.status == 64)
    let forced = try run([
      "glossary", "convert", tbx, folder.appendingPathComponent("news.txt").path, "--format", "tsv",
    ])
    #expect(forced.status == 0, "\(forced.stderr)")
  }
}
