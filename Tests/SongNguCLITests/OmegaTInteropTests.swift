import Foundation
import Testing

/// OmegaT (Debian's `omegat` 3.6, console mode) with the draft TMX where docs/formats.md says it
/// goes: in the project's `tm/` folder the drafts are reference matches and OmegaT inserts none of
/// them; in `tm/auto/`, whose matches OmegaT inserts, the same file fills the sentences (so OmegaT
/// does find the drafts: they are offered, not inserted, only because of where they are).
///
/// Needs Java and OmegaT at /usr/share/omegat/OmegaT.jar (`apt-get install omegat`; `.ci/run`
/// installs it); without them the test fails and says so.
@Suite struct OmegaTInteropTests {
  static let omegat = "/usr/share/omegat/OmegaT.jar"

  static let projectFile = """
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <omegat>
      <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <source_dir_excludes>
          <mask>**/.svn/**</mask>
        </source_dir_excludes>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>vi-VN</source_lang>
        <target_lang>en-US</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneStandardTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
        <sentence_seg>true</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
      </project>
    </omegat>

    """

  /// Translates the sample in an OmegaT project whose `tmFolder` holds the draft TMX; returns the
  /// source and OmegaT's target file.
  func translate(tmFolder: String, drafts: URL, in root: URL) throws -> (source: String, target: String)? {
    let project = root.appendingPathComponent(tmFolder.replacingOccurrences(of: "/", with: "-"))
    for folder in ["source", "target", "glossary", "dictionary", "omegat", tmFolder] {
      try FileManager.default.createDirectory(
        at: project.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    try Self.projectFile.write(to: project.appendingPathComponent("omegat.project"), atomically: true, encoding: .utf8)
    let article = project.appendingPathComponent("source/nato-trieu-tien.vi.txt")
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt"), to: article)
    try FileManager.default.copyItem(
      at: drafts, to: project.appendingPathComponent(tmFolder).appendingPathComponent("nato-trieu-tien.tmx"))
    let result = try CLI.tool(
      "java",
      [
        "-jar", Self.omegat, project.path, "--mode=console-translate",
        "--config-dir=" + root.appendingPathComponent("config").path, "--quiet",
      ])
    guard result.status == 0 else {
      Issue.record("OmegaT failed (exit \(result.status)):\n\(result.stdout)\n\(result.stderr)")
      return nil
    }
    return (
      try String(contentsOf: article, encoding: .utf8),
      try String(contentsOf: project.appendingPathComponent("target/nato-trieu-tien.vi.txt"), encoding: .utf8)
    )
  }

  @Test func draftsInTheTMFolderAreNotInsertedAsTranslations() throws {
    guard FileManager.default.fileExists(atPath: Self.omegat) else {
      Issue.record("OmegaT not found at \(Self.omegat): run `apt-get install omegat`")
      return
    }
    let root = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    let prepared = try CLI.run(["prepare", "--out", out.path, "--formats", "tmx"])
    #expect(prepared.status == 0, "\(prepared.stderr)")
    let drafts = out.appendingPathComponent("nato-trieu-tien.tmx")

    // Where the docs put the drafts: nothing is inserted.
    guard let offered = try translate(tmFolder: "tm", drafts: drafts, in: root) else { return }
    #expect(offered.target == offered.source)

    // The control: the same file where OmegaT inserts matches fills sentences with the drafts.
    guard let inserted = try translate(tmFolder: "tm/auto", drafts: drafts, in: root) else { return }
    let changed = zip(inserted.source.split(separator: "\n"), inserted.target.split(separator: "\n")).filter {
      $0 != $1
    }
    #expect(changed.count >= 10, "\(changed.count) sentences filled from tm/auto")
    #expect(inserted.target.contains("North Korea"))
  }
}
