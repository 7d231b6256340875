// The example of the README (section "In your own tests"), kept here so that it keeps compiling and passing.
// Users paste it into their own test target, with their own paths.
import Foundation
import SongNgu
import Testing

@Suite struct GlossaryCoverageExampleTests {
  /// The repository root (this file is Tests/SongNguTests/Report/…).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func glossaryCoversEveryNameInOurArticles() throws {
    let report = try GlossaryCoverage.check(
      articles: [Self.root.appendingPathComponent("samples").path],
      glossaryPaths: [Self.root.appendingPathComponent("glossaries").path])
    print(report.summary)
    #expect(report.missing.isEmpty, "not in the glossary: \(report.missing.map(\.text))")
    #expect(report.candidateCoverage >= 0.95, "\(report.summary)")
  }
}
