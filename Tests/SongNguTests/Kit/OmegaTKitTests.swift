import Foundation
import SongNgu
import TestSupport
import Testing

/// The OmegaT kit's files, refusals and reading back (OmegaT itself runs in the CLI tests).
@Suite struct OmegaTKitLibraryTests {
  static let sample = Paths.repository("samples/nato-trieu-tien.vi.txt")

  func preparer() throws -> ArticlePreparer {
    ArticlePreparer(glossary: try TestGlossary.news(), options: PrepareOptions(synchronizes: false))
  }

  @Test func writesTheProjectSourcesDraftsAndGlossary() throws {
    let folder = try ProcessRunner.temporaryDirectory().path + "/kit"
    defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
    let written = try OmegaTKit.write([Self.sample], to: folder, preparer: preparer(), glossaryFiles: [])
    #expect(written.articles == ["nato-trieu-tien"] && written.segments == 23 && written.drafts == 23)
    for path in ["omegat.project", "omegat/filters.xml", "songngu-kit.txt", "tm/nato-trieu-tien.tmx"] {
      #expect(FileManager.default.fileExists(atPath: folder + "/" + path), "\(path)")
    }
    for sub in ["target", "dictionary"] {
      #expect(FileManager.default.fileExists(atPath: folder + "/" + sub))
    }
    let project = try String(contentsOfFile: folder + "/omegat.project", encoding: .utf8)
    #expect(project.contains("<sentence_seg>false</sentence_seg>") && project.contains("<source_lang>vi-VN"))
    // One sentence a line, a blank line between blocks.
    let source = try String(contentsOfFile: folder + "/source/nato-trieu-tien.txt", encoding: .utf8)
    let article = try preparer().prepare(path: Self.sample).bilingual
    #expect(source.split(separator: "\n").map(String.init) == article.units.map(\.source))
    #expect(source.components(separatedBy: "\n\n").count == Set(article.units.map(\.block)).count)
    // The whole glossary, as OmegaT's TSV, when it was not read from files.
    let glossary = try GlossaryLoader.read(file: folder + "/glossary/songngu-glossary.txt", format: .tsv)
    #expect(glossary.entries.count == (try TestGlossary.news()).entries.count)
  }

  @Test func aFolderThatIsNotAKitIsRefusedAndAKitIsRewrittenKeepingOmegaTsWork() throws {
    let root = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: root) }
    try "notes".write(toFile: root + "/mine.txt", atomically: true, encoding: .utf8)
    #expect(throws: SongNguError.self) {
      try OmegaTKit.write([Self.sample], to: root, preparer: preparer(), glossaryFiles: [])
    }
    let kit = root + "/kit"
    _ = try OmegaTKit.write([Self.sample], to: kit, preparer: preparer(), glossaryFiles: [])
    try "saved".write(toFile: kit + "/omegat/project_save.tmx", atomically: true, encoding: .utf8)
    _ = try OmegaTKit.write([Self.sample], to: kit, preparer: preparer(), glossaryFiles: [])
    #expect(try String(contentsOfFile: kit + "/omegat/project_save.tmx", encoding: .utf8) == "saved")
  }

  /// A glossary entry added in OmegaT is kept (issue 19); the project files, which OmegaT rewrites
  /// each time it opens the project, are songngu's and rewritten.
  @Test func aChangedKitFileIsRefusedUntilForcedAndTheProjectFilesAreRewritten() throws {
    let kit = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: kit) }
    _ = try OmegaTKit.write([Self.sample], to: kit, preparer: preparer(), glossaryFiles: [])
    let filters = try String(contentsOfFile: kit + "/omegat/filters.xml", encoding: .utf8)
    try "<filters/>\n".write(toFile: kit + "/omegat/filters.xml", atomically: true, encoding: .utf8)
    _ = try OmegaTKit.write([Self.sample], to: kit, preparer: preparer(), glossaryFiles: [])
    #expect(try String(contentsOfFile: kit + "/omegat/filters.xml", encoding: .utf8) == filters)

    let glossary = kit + "/glossary/songngu-glossary.txt"
    let added = try String(contentsOfFile: glossary, encoding: .utf8) + "thêm\tadd\n"
    try added.write(toFile: glossary, atomically: true, encoding: .utf8)
    #expect(
      throws: SongNguError.changedOutput(
        files: [ChangedFile(path: glossary, wasRecorded: true)], manifest: kit + "/.songngu-manifest.json")
    ) {
      _ = try OmegaTKit.write([Self.sample], to: kit, preparer: preparer(), glossaryFiles: [])
    }
    #expect(try String(contentsOfFile: glossary, encoding: .utf8) == added)
    var force = try preparer()
    force.options.replacesChangedFiles = true
    _ = try OmegaTKit.write([Self.sample], to: kit, preparer: force, glossaryFiles: [])
    #expect(try String(contentsOfFile: glossary, encoding: .utf8) != added)
  }

  @Test func mergeTakesTheProjectMemoryThenTheTranslatedDocument() throws {
    let root = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let kit = root + "/kit"
    try FileManager.default.createDirectory(atPath: kit + "/source", withIntermediateDirectories: true)
    try "".write(toFile: kit + "/" + OmegaTKit.marker, atomically: true, encoding: .utf8)
    try "Một.\nHai.\n\nBa.\n".write(toFile: kit + "/source/a.txt", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: kit + "/omegat", withIntermediateDirectories: true)
    try """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4"><header srclang="vi-VN" creationtool="OmegaT" creationtoolversion="3.6" segtype="paragraph" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"/>
    <body><tu><tuv lang="vi-VN"><seg>Một.</seg></tuv><tuv lang="en-US"><seg>One.</seg></tuv></tu></body></tmx>
    """.write(toFile: kit + "/omegat/project_save.tmx", atomically: true, encoding: .utf8)
    var results = try OmegaTKit.merge(kit)
    #expect(
      results[0].findings.map(\.message) == [
        "source/a.txt:2: not translated in OmegaT (or --allow-untranslated to keep the Vietnamese)",
        "source/a.txt:4: not translated in OmegaT (or --allow-untranslated to keep the Vietnamese)",
      ])
    // OmegaT's translated document: a line that differs from its source is its translation.
    try FileManager.default.createDirectory(atPath: kit + "/target", withIntermediateDirectories: true)
    try "Một.\nTwo.\n\nBa.\n".write(toFile: kit + "/target/a.txt", atomically: true, encoding: .utf8)
    results = try OmegaTKit.merge(kit, options: MergeOptions(allowUntranslated: true))
    #expect(results[0].text == "One. Two.\n\nBa.\n")
    #expect(results[0].untranslated == ["source/a.txt:4"])
  }
}
