import Foundation
import Testing

/// Runs the built `songngu merge` on what `songngu prepare` wrote.
@Suite struct MergeCommandTests {
  @Test func refusesUntranslatedUnitsAndWritesWhenAllowed() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sample = CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt").path
    let prepared = try CLI.run(["prepare", sample, "--out", "o", "--formats", "csv,xliff"], in: folder)
    #expect(prepared.status == 0, "\(prepared.stderr)")

    let refused = try CLI.run(["merge", "o/nato-trieu-tien.csv", "--out", "en.txt"], in: folder)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("o/nato-trieu-tien.csv: error: nato-trieu-tien:b0:s0: not translated"))
    #expect(refused.stderr.hasSuffix("songngu: 23 problem(s); nothing written\n"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("en.txt").path))

    let kept = try CLI.run(
      ["merge", "o/nato-trieu-tien.xlf", "--allow-untranslated", "--out", "en.txt", "--article", sample], in: folder)
    #expect(kept.status == 0, "\(kept.stderr)")
    #expect(
      kept.stderr == "songngu: merged 23 units in 13 blocks of nato-trieu-tien into en.txt; 23 left in Vietnamese\n")
    let text = try String(contentsOf: folder.appendingPathComponent("en.txt"), encoding: .utf8)
    #expect(text.hasPrefix("NATO từ chối ủng hộ tuyên bố của Ukraine về Triều Tiên.\n\n"))

    let toStandardOutput = try CLI.run(["merge", "o/nato-trieu-tien.csv", "--allow-untranslated"], in: folder)
    #expect(toStandardOutput.stdout == text)
  }
}
