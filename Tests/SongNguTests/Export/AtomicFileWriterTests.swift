import Foundation
import SongNgu
import Testing

extension ExportTests {
  @Suite struct AtomicFileWriterTests {
    let directory: String

    init() throws { directory = try ExternalTool.temporaryDirectory() }

    func contents(_ path: String) -> String? {
      FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func leftovers() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains(".tmp-") }
    }

    @Test func writesANewFileWithItsPermissions() throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let path = directory + "/a.tmx"
      try AtomicFileWriter().write("xin chào 👍🏽\n", to: path)
      #expect(contents(path) == "xin chào 👍🏽\n")
      let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      #expect(permissions == 0o644)
      #expect(try leftovers().isEmpty)
    }

    @Test func replacesAnExistingFileWhole() throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let path = directory + "/a.csv"
      try AtomicFileWriter().write(String(repeating: "old\n", count: 10_000), to: path)
      try AtomicFileWriter().write("new\n", to: path)
      #expect(contents(path) == "new\n")
      #expect(try leftovers().isEmpty)
    }

    @Test func replacesASymbolicLinkInsteadOfWritingThroughIt() throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let target = directory + "/target.txt"
      try AtomicFileWriter().write("keep me\n", to: target)
      let link = directory + "/link.tmx"
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
      try AtomicFileWriter().write("new\n", to: link)
      #expect(contents(target) == "keep me\n")
      #expect(contents(link) == "new\n")
      #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == nil)
    }

    @Test func writesNamesUpToTheSystemLimit() throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let path = directory + "/" + String(repeating: "ệ", count: 80) + ".tmx"  // 244 bytes
      try AtomicFileWriter().write("x", to: path)
      #expect(contents(path) == "x")
      #expect(try leftovers().isEmpty)
    }

    @Test func refusesADirectory() throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      #expect(throws: SongNguError.isDirectory(path: directory)) { try AtomicFileWriter().write("x", to: directory) }
    }

    @Test func failsCleanlyWhenTheFolderIsMissing() throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let path = directory + "/missing/a.xlf"
      do {
        try AtomicFileWriter().write("x", to: path)
        Issue.record("expected an error")
      } catch let error as SongNguError {
        guard case .writeFailed(let failedPath, let reason) = error else {
          Issue.record("unexpected \(error)")
          return
        }
        #expect(failedPath == path)
        #expect(reason.contains("temporary file"))
        #expect(error.description.hasPrefix("\(path): cannot write: "))
      }
      #expect(try leftovers().isEmpty)
      #expect(!FileManager.default.fileExists(atPath: path))
    }
  }
}
