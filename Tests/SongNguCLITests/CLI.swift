import Foundation
import TestSupport

/// Runs the built `songngu` executable and captures what it prints.
struct CLI {
  typealias Result = ProcessRunner.Result

  /// The repository root.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `songngu` beside the test bundle (SwiftPM builds it because this target depends on it).
  static let executable: URL = {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [products, products.deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("songngu")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return root.appendingPathComponent(".build/debug/songngu")
  }()

  /// Runs `songngu` with `arguments` in the repository root, feeding `stdin`.
  static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL = root) throws -> Result {
    try ProcessRunner.run(executable, arguments, stdin: stdin, in: directory)
  }

  /// Runs another program found on the PATH (`xmllint`, `python3`) with extra environment variables.
  static func tool(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
    try ProcessRunner.tool(name, arguments, environment: environment)
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL { try ProcessRunner.temporaryDirectory() }
}
