import Foundation
import SongNgu
import TestSupport
import Testing

/// Our TBX read by translate-toolkit, the field's reference library (CI installs it).
@Suite struct GlossaryInteropTests {
  static let script = """
    import json, sys
    from translate.storage import tbx
    store = tbx.tbxfile.parsefile(sys.argv[1])
    print(json.dumps([[unit.source, unit.target] for unit in store.units], ensure_ascii=False))
    """

  @Test func translateToolkitReadsOurTBX() throws {
    let folder = try GlossaryTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let glossary = try GlossaryLoader.load(paths: [GlossaryTestSupport.newsGlossary])
    let entries = glossary.entries + GlossaryWriterTests.tricky
    let path = folder + "/news.tbx"
    try TBXGlossaryWriter().write(Glossary(entries: entries)).write(toFile: path, atomically: true, encoding: .utf8)

    let result = try ProcessRunner.tool("python3", ["-c", Self.script, path])
    try #require(
      result.status == 0,
      "python3 with translate-toolkit could not read the TBX (pip install translate-toolkit): \(result.stderr)")
    let data = Data(result.stdout.utf8)
    let pairs = try JSONDecoder().decode([[String]].self, from: data)
    #expect(pairs.map { $0.first ?? "" } == entries.map(\.source))
    #expect(pairs.map { $0.last ?? "" } == entries.map(\.target))
  }
}
