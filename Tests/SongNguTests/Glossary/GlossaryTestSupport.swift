import Foundation
import SongNgu
import TestSupport
import Testing

/// Helpers shared by the glossary tests.
enum GlossaryTestSupport {
  /// The news glossary's file (`glossaries/news-vi-en.csv` is a link to it, inside the library's
  /// sources, which compile it in).
  static let newsGlossary = URL(fileURLWithPath: Paths.repository("glossaries/news-vi-en.csv"))
    .resolvingSymlinksInPath().path
  static let tbxDTD = Paths.repository("schemas/tbx/tbx2008/TBXcoreStructV02.dtd")
  static let catalog = Paths.repository("schemas/catalog.xml")
  static let xmllint = "/usr/bin/xmllint"

  /// Reads `text` as a glossary of `format`, named `name`.
  static func read(_ text: String, _ format: GlossaryFormat, name: String? = nil) throws -> GlossaryFile {
    try format.reader.read(text: text, name: name ?? "test.\(format.rawValue)")
  }

  /// The entries without their locations, for comparing content.
  static func content(_ entries: [GlossaryEntry]) -> [GlossaryEntry] {
    entries.map { entry in
      var entry = entry
      entry.location = nil
      return entry
    }
  }

  /// A fresh empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> String { try ProcessRunner.temporaryDirectory().path }

  /// Runs xmllint with `arguments` and returns its exit status and standard error.
  ///
  /// Records a failure (and returns nil) when xmllint is not installed, so validation is never skipped
  /// silently.
  static func runXmllint(
    _ arguments: [String], environment: [String: String] = [:], directory: String? = nil
  ) throws -> (
    status: Int32, errors: String
  )? {
    guard FileManager.default.isExecutableFile(atPath: xmllint) else {
      Issue.record("xmllint not found at \(xmllint); install it (apt-get install -y libxml2-utils) to validate TBX")
      return nil
    }
    let result = try ProcessRunner.run(xmllint, arguments, in: directory, environment: environment)
    return (result.status, result.stderr)
  }
}
