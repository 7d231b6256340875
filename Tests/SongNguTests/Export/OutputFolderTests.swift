import Foundation
import TestSupport
import Testing

@testable import SongNgu

extension ExportTests {
  @Suite struct OutputFolderTests {
    let root: String
    let folder: String

    init() throws {
      root = try ProcessRunner.temporaryDirectory().path
      folder = root + "/out"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: root) }

    func isRefused(_ name: String, inputs: [String] = []) -> Bool {
      do {
        _ = try OutputFolder(folder).path(for: name, protecting: inputs)
        return false
      } catch SongNguError.unsafeOutput {
        return true
      } catch {
        Issue.record("unexpected \(error)")
        return false
      }
    }

    @Test func namesInsideTheFolderAreAccepted() throws {
      defer { cleanUp() }
      #expect(try OutputFolder(folder).path(for: "nato.tmx") == folder + "/nato.tmx")
      #expect(try OutputFolder(folder + "/").path(for: "nato.tmx") == folder + "/nato.tmx")
      try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
      #expect(try OutputFolder(folder).path(for: "sub/./nato.xlf") == folder + "/sub/nato.xlf")
      #expect(try OutputFolder(folder).path(for: "tin tức «mới».csv") == folder + "/tin tức «mới».csv")
    }

    @Test func namesThatLeaveTheFolderAreRefused() throws {
      defer { cleanUp() }
      for name in ["", "/etc/passwd", "..", "../x.tmx", "a/../../x.tmx", "sub/../x.tmx", "a\u{0}b.tmx"] {
        #expect(isRefused(name), "\(name) should be refused")
      }
      #expect(throws: SongNguError.fileNotFound(path: root + "/nope")) {
        try OutputFolder(root + "/nope").path(for: "a.tmx")
      }
    }

    @Test func symbolicLinksOutOfTheFolderAreRefused() throws {
      defer { cleanUp() }
      let outside = root + "/outside"
      try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: false)
      try "x".write(toFile: outside + "/secret.txt", atomically: false, encoding: .utf8)
      try FileManager.default.createSymbolicLink(atPath: folder + "/escape", withDestinationPath: outside)
      try FileManager.default.createSymbolicLink(
        atPath: folder + "/secret.tmx", withDestinationPath: outside + "/secret.txt")
      try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.tmx", withDestinationPath: outside + "/no")
      #expect(isRefused("escape/a.tmx"))
      #expect(isRefused("escape/new/a.tmx"))
      #expect(isRefused("secret.tmx"))
      #expect(isRefused("dangling.tmx"))
      // A link that stays inside is fine.
      try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: false)
      try FileManager.default.createSymbolicLink(atPath: folder + "/alias", withDestinationPath: folder + "/real")
      #expect(try OutputFolder(folder).path(for: "alias/a.tmx") == folder + "/alias/a.tmx")
    }

    @Test func inputsAreNeverOverwritten() throws {
      defer { cleanUp() }
      let input = folder + "/nato.vi.txt"
      try "Tin tức".write(toFile: input, atomically: false, encoding: .utf8)
      #expect(isRefused("nato.vi.txt", inputs: [input]))
      #expect(isRefused("./nato.vi.txt", inputs: [root + "/out/../out/nato.vi.txt"]))
      try FileManager.default.linkItem(atPath: input, toPath: folder + "/hard.txt")
      #expect(isRefused("hard.txt", inputs: [input]))
      #expect(isRefused("sub", inputs: []) == false)
      #expect(try OutputFolder(folder).path(for: "nato.tmx", protecting: [input, "-"]) == folder + "/nato.tmx")
    }

    @Test func protectedFilesAreLookedUpOnceAndMatchedByIdentity() throws {
      defer { cleanUp() }
      let input = folder + "/nato.vi.txt"
      try "Tin tức".write(toFile: input, atomically: false, encoding: .utf8)
      try FileManager.default.linkItem(atPath: input, toPath: folder + "/hard.txt")
      // The same file spelled twice, a missing file and standard input: one identity is kept, under
      // the first spelling.
      let protected = ProtectedFiles([root + "/out/../out/nato.vi.txt", input, root + "/missing.txt", "-"])
      for name in ["nato.vi.txt", "hard.txt"] {
        #expect {
          try OutputFolder(folder).path(for: name, protecting: protected)
        } throws: { error in
          guard case SongNguError.unsafeOutput(_, let reason) = error else { return false }
          return reason == "would overwrite the input \(root)/out/../out/nato.vi.txt"
        }
      }
      #expect(try OutputFolder(folder).path(for: "nato.tmx", protecting: protected) == folder + "/nato.tmx")
      // Identities are taken when the set is made: a file that only appears later is not protected.
      try "later".write(toFile: root + "/missing.txt", atomically: false, encoding: .utf8)
      try FileManager.default.linkItem(atPath: root + "/missing.txt", toPath: folder + "/late.txt")
      #expect(try OutputFolder(folder).path(for: "late.txt", protecting: protected) == folder + "/late.txt")
    }

    @Test func anExistingDirectoryIsRefused() throws {
      defer { cleanUp() }
      try FileManager.default.createDirectory(atPath: folder + "/d.tmx", withIntermediateDirectories: false)
      #expect(isRefused("d.tmx"))
    }
  }
}
