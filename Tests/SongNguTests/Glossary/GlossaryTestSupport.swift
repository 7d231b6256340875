import Foundation
import SongNgu
import Testing

/// Helpers shared by the glossary tests.
enum GlossaryTestSupport {
  static let newsGlossary = Paths.repository("glossaries/news-vi-en.csv")
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
  static func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-glossary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let errorPipe = Pipe()
    process.standardError = errorPipe
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errorPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
