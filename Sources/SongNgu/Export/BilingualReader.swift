/// Reads bilingual documents back from one file format.
public protocol BilingualReader: Sendable {
  /// Parses a complete file. `name` is used in error messages.
  ///
  /// - Throws: `SongNguError.malformedData` with the 1-based line and column of the problem.
  func read(_ bytes: [UInt8], name: String) throws -> [BilingualDocument]
}
