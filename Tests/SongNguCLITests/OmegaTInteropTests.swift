import Foundation
import Testing

/// OmegaT (Debian's `omegat` 3.6, console mode) with the draft TMX where docs/formats.md says it
/// goes: in the project's `tm/` folder (where `prepare --omegat` puts it) the drafts are reference
/// matches and OmegaT inserts none of them; in `tm/auto/`, whose matches OmegaT inserts, the same
/// file fills the sentences (so OmegaT does find the drafts: they are offered, not inserted, only
/// because of where they are).
///
/// Needs Java and OmegaT at /usr/share/omegat/OmegaT.jar (`apt-get install omegat`; `.ci/run`
/// installs it); without them the test fails and says so.
@Suite struct OmegaTInteropTests {
  static let omegat = "/usr/share/omegat/OmegaT.jar"

  /// Prepares the sample as an OmegaT kit (`prepare --omegat`, drafts in `tm/`), moves the drafts to
  /// `tmFolder` and translates the project in console mode; returns the source and OmegaT's target.
  func translate(tmFolder: String, in root: URL) throws -> (source: String, target: String)? {
    let project = root.appendingPathComponent(tmFolder.replacingOccurrences(of: "/", with: "-"))
    let prepared = try CLI.run(
      ["prepare", "--omegat", project.path, "--out", root.appendingPathComponent("out").path, "--formats", "csv"])
    guard prepared.status == 0 else {
      Issue.record("prepare --omegat failed: \(prepared.stderr)")
      return nil
    }
    if tmFolder != "tm" {
      let folder = project.appendingPathComponent(tmFolder)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try FileManager.default.moveItem(
        at: project.appendingPathComponent("tm/nato-trieu-tien.tmx"),
        to: folder.appendingPathComponent("nato-trieu-tien.tmx"))
    }
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
      try String(contentsOf: project.appendingPathComponent("source/nato-trieu-tien.txt"), encoding: .utf8),
      try String(contentsOf: project.appendingPathComponent("target/nato-trieu-tien.txt"), encoding: .utf8)
    )
  }

  @Test func draftsInTheTMFolderAreNotInsertedAsTranslations() throws {
    guard FileManager.default.fileExists(atPath: Self.omegat) else {
      Issue.record("OmegaT not found at \(Self.omegat): run `apt-get install omegat`")
      return
    }
    let root = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }

    // Where the kit puts the drafts: nothing is inserted.
    guard let offered = try translate(tmFolder: "tm", in: root) else { return }
    #expect(offered.target == offered.source)

    // The control: the same file where OmegaT inserts matches fills sentences with the drafts.
    guard let inserted = try translate(tmFolder: "tm/auto", in: root) else { return }
    let changed = zip(inserted.source.split(separator: "\n"), inserted.target.split(separator: "\n")).filter {
      $0 != $1
    }
    #expect(changed.count >= 10, "\(changed.count) sentences filled from tm/auto")
    #expect(inserted.target.contains("North Korea"))
  }
}
