import Foundation
import SongNgu
import TestSupport
import Testing

extension ExportTests {
  @Suite struct AtomicFileWriterTests {
    let directory: String

    init() throws { directory = try ProcessRunner.temporaryDirectory().path }

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

    // MARK: - Batches

    @Test(arguments: [true, false])
    func aBatchRenamesItsFilesIntoPlaceOnlyWhenCommitted(synchronizes: Bool) throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      try AtomicFileWriter().write("old a\n", to: directory + "/a.tmx")
      let batch = AtomicFileWriter.Batch(writer: AtomicFileWriter(synchronizes: synchronizes))
      try batch.stage(Array("new a\n".utf8), to: directory + "/a.tmx")
      try batch.stage(Array("b\n".utf8), to: directory + "/b.csv")
      #expect(batch.count == 2 && batch.byteCount == 8)
      // Staged files wait under temporary names; the destinations are untouched.
      #expect(contents(directory + "/a.tmx") == "old a\n")
      #expect(!FileManager.default.fileExists(atPath: directory + "/b.csv"))
      #expect(try leftovers().count == 2)
      try batch.commit()
      #expect(contents(directory + "/a.tmx") == "new a\n")
      #expect(contents(directory + "/b.csv") == "b\n")
      #expect(try leftovers().isEmpty)
      #expect(batch.count == 0 && batch.byteCount == 0)
      let permissions = try FileManager.default.attributesOfItem(atPath: directory + "/b.csv")[.posixPermissions]
      #expect(permissions as? Int == 0o644)
      // A committed batch stages again.
      try batch.stage(Array("again\n".utf8), to: directory + "/b.csv")
      try batch.commit()
      #expect(contents(directory + "/b.csv") == "again\n")
    }

    @Test func aDiscardedOrDroppedBatchLeavesNothingBehind() throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      try AtomicFileWriter().write("old\n", to: directory + "/a.tmx")
      let batch = AtomicFileWriter.Batch()
      try batch.stage(Array("new\n".utf8), to: directory + "/a.tmx")
      batch.discard()
      #expect(contents(directory + "/a.tmx") == "old\n")
      #expect(try leftovers().isEmpty)
      do {
        let dropped = AtomicFileWriter.Batch()
        try dropped.stage(Array("new\n".utf8), to: directory + "/b.tmx")
      }
      #expect(!FileManager.default.fileExists(atPath: directory + "/b.tmx"))
      #expect(try leftovers().isEmpty)
    }

    @Test func aFailedRenameKeepsTheFilesBeforeItAndRemovesTheRest() throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let batch = AtomicFileWriter.Batch()
      try batch.stage(Array("a\n".utf8), to: directory + "/a.tmx")
      try batch.stage(Array("b\n".utf8), to: directory + "/b.tmx")
      try batch.stage(Array("c\n".utf8), to: directory + "/c.tmx")
      // Something else puts a folder where b goes before the batch is committed.
      try FileManager.default.createDirectory(atPath: directory + "/b.tmx/inside", withIntermediateDirectories: true)
      #expect(throws: SongNguError.self) { try batch.commit() }
      #expect(contents(directory + "/a.tmx") == "a\n")
      #expect(!FileManager.default.fileExists(atPath: directory + "/c.tmx"))
      #expect(try leftovers().isEmpty)
    }

    @Test func aFileThatCannotBeStagedLeavesTheOthersStaged() throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let batch = AtomicFileWriter.Batch()
      try batch.stage(Array("a\n".utf8), to: directory + "/a.tmx")
      #expect(throws: SongNguError.self) { try batch.stage(Array("x".utf8), to: directory + "/missing/b.tmx") }
      #expect(throws: SongNguError.isDirectory(path: directory)) { try batch.stage([], to: directory) }
      #expect(batch.count == 1)
      try batch.commit()
      #expect(contents(directory + "/a.tmx") == "a\n")
      #expect(try leftovers().isEmpty)
    }

    /// What `prepare` does when an article's file cannot be written (a full disk): that article's
    /// files are discarded and the articles before it put in place.
    @Test func aGroupIsDiscardedAloneAndTheRestCommitted() throws {
      defer { try? FileManager.default.removeItem(atPath: directory) }
      try AtomicFileWriter().write("old\n", to: directory + "/b.tmx")
      let batch = AtomicFileWriter.Batch(writer: AtomicFileWriter(synchronizes: true))
      batch.startGroup()
      try batch.stage(Array("a\n".utf8), to: directory + "/a.tmx")
      try batch.stage(Array("a\n".utf8), to: directory + "/a.csv")
      batch.startGroup()
      try batch.stage(Array("new\n".utf8), to: directory + "/b.tmx")
      try batch.stage(Array("new\n".utf8), to: directory + "/b.csv")
      #expect(batch.count == 4 && batch.byteCount == 12)
      batch.discardGroup()
      #expect(batch.count == 2 && batch.byteCount == 4)
      #expect(try leftovers().count == 2)
      try batch.commit()
      #expect(batch.placedCount == 2)
      #expect(contents(directory + "/a.tmx") == "a\n" && contents(directory + "/a.csv") == "a\n")
      #expect(contents(directory + "/b.tmx") == "old\n")
      #expect(!FileManager.default.fileExists(atPath: directory + "/b.csv"))
      #expect(try leftovers().isEmpty)
    }
  }
}
