import Foundation

/// Paths of the repository's files, for tests.
enum Paths {
  /// The repository root (three levels above this file).
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func repository(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  static let sampleVietnamese = repository("samples/nato-trieu-tien.vi.txt")
  static let sampleEnglish = repository("samples/nato-trieu-tien.en.txt")
  static let sampleSentences = repository("samples/nato-trieu-tien.vi.sentences.tsv")
  static let sampleAlignment = repository("samples/nato-trieu-tien.alignment.tsv")

  /// A fixture file under `Tests/SongNguTests/Fixtures`.
  static func fixture(_ relative: String) -> String { repository("Tests/SongNguTests/Fixtures/" + relative) }

  static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
}
