import Foundation
import SongNgu
import Testing

/// Golden files: `Export/Snapshots/<testName>.<ext>` beside the tests that own them.
///
/// The tool version is replaced with `VERSION` before comparing, so a release does not churn them.
/// With `RECORD_SNAPSHOTS=1` the file is (re)written and the test fails, so a new baseline is never
/// accepted silently: look at the diff, commit it, and run again without the variable.
enum Snapshot {
  static func assertMatches(
    _ bytes: [UInt8], named testName: String, extension fileExtension: String, folder: String = "Export/Snapshots",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let actual = normalized(bytes)
    let path = Paths.repository("Tests/SongNguTests/\(folder)/\(testName).\(fileExtension)")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try AtomicFileWriter(synchronizes: false).write(actual, to: path)
      Issue.record(
        "recorded \(path); check it, then run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
      return
    }
    guard let expected = FileManager.default.contents(atPath: path) else {
      Issue.record("no golden file \(path): run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
      return
    }
    #expect(
      actual == Array(expected),
      "\(path) differs; if the change is intended, re-record with RECORD_SNAPSHOTS=1.\n--- got:\n\(String(decoding: actual, as: UTF8.self))",
      sourceLocation: sourceLocation)
  }

  /// `bytes` with the volatile tool version replaced by `VERSION`.
  static func normalized(_ bytes: [UInt8]) -> [UInt8] {
    let text = String(decoding: bytes, as: UTF8.self)
    let version = SongNguVersion.current
    return Array(
      text.replacingOccurrences(of: "creationtoolversion=\"\(version)\"", with: "creationtoolversion=\"VERSION\"")
        .replacingOccurrences(of: "tool-version=\"\(version)\"", with: "tool-version=\"VERSION\"").utf8)
  }
}
