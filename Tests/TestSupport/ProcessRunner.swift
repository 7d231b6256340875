import Foundation

/// Runs a program for a test and captures what it prints: the one process runner both test
/// targets use (the `songngu` binary, xmllint, python3).
public enum ProcessRunner {
  /// How a run ended and what it printed.
  public struct Result: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// The absolute path of `name` on `PATH`, or nil.
  public static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `executable` with `arguments` in `directory` (by default the current one), with extra
  /// `environment` variables, feeding it `stdin` (nothing by default); waits and returns its output.
  ///
  /// Both pipes are read to the end concurrently, so a chatty process cannot fill one and block.
  public static func run(
    _ executable: URL, _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
    environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let errData = LockedData()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData.set(err.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData.value, as: UTF8.self))
  }

  /// Runs `executable` (a path) as `run(_:_:stdin:in:environment:)` does.
  public static func run(
    _ executable: String, _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    try run(
      URL(fileURLWithPath: executable), arguments, in: directory.map { URL(fileURLWithPath: $0) },
      environment: environment)
  }

  /// Runs a program found on `PATH` (`xmllint`, `python3`) through `/usr/bin/env`.
  public static func tool(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
    try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, environment: environment)
  }

  /// A fresh empty folder under the system's temporary folder, removed by the caller.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("songngu-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// Data handed over from a reader thread.
final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  func set(_ value: Data) { lock.withLock { data = value } }
  var value: Data { lock.withLock { data } }
}
