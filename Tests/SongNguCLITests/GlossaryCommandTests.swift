import Foundation
import Testing

/// Runs the built `songngu glossary …` and checks its output, files and exit codes.
@Suite struct GlossaryCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The built executable: beside the test bundle, or in `.build/debug`.
  static func executable() throws -> URL {
    var candidates: [URL] = []
    if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
      candidates.append(bundle.appendingPathComponent("songngu"))
    }
    candidates.append(root.appendingPathComponent(".build/debug/songngu"))
    return try #require(
      candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "songngu is not built")
  }

  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  func run(_ arguments: [String], in directory: URL = root) throws -> Result {
    let process = Process()
    process.executableURL = try Self.executable()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      errors: String(decoding: errorData, as: UTF8.self))
  }

  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func checkPassesTheProjectGlossaries() throws {
    let result = try run(["glossary", "check"])
    #expect(result.status == 0, "\(result.output)\(result.errors)")
    #expect(result.output.hasSuffix(" in 1 file: 0 errors, 0 warnings\n"))
  }

  @Test func checkPrintsFindingsAndFailsOnErrors() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Nga\tRussia\nNga\tRussian\nMỹ\nhòa bình\tpeace\nhoà bình\tpeace\n".utf8).write(
      to: folder.appendingPathComponent("g.tsv"))
    let result = try run(["glossary", "check", "g.tsv"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.output == """
        g.tsv:2:1: error: 'Nga' → 'Russian' conflicts with 'Nga' → 'Russia' at g.tsv:1:1; give one target and list the other as an alternative [glossary.conflicting-targets]
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
    #expect(converted.status == 0, "\(converted.errors)")
    #expect(try String(contentsOfFile: tbx, encoding: .utf8).contains("<term>Bắc Triều Tiên</term>"))

    let same = try run(["glossary", "convert", input, input])
    #expect(same.status == 64)
    let unknown = try run(["glossary", "convert", input, folder.appendingPathComponent("news.xlsx").path])
    #expect(unknown.status == 64)
    let forced = try run([
      "glossary", "convert", tbx, folder.appendingPathComponent("news.txt").path, "--format", "tsv",
    ])
    #expect(forced.status == 0, "\(forced.errors)")
  }
}
