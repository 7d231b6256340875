/// A file `ArticlePreparer` wrote.
public struct WrittenFile: Sendable, Equatable {
  public var path: String
  public var format: BilingualFormat
  public var units: Int
  /// Characters XML 1.0 forbids, dropped from this file.
  public var droppedCharacters: Int
}
