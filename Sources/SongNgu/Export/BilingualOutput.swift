/// What a `BilingualWriter` produced: the file's bytes and what it had to leave out.
public struct BilingualOutput: Sendable, Equatable {
  /// The complete file, UTF-8.
  public var bytes: [UInt8]
  /// How many characters (Unicode scalars) were dropped because XML 1.0 forbids them
  /// (C0 controls other than tab, line feed and carriage return; U+FFFE; U+FFFF).
  public var droppedCharacterCount: Int
  /// The ids of the units that lost characters, in output order, each once.
  public var unitsWithDroppedCharacters: [String]
  /// The units written (TMX leaves out units with neither a target nor a draft).
  public var unitCount = 0

  public init(bytes: [UInt8], droppedCharacterCount: Int = 0, unitsWithDroppedCharacters: [String] = []) {
    self.bytes = bytes
    self.droppedCharacterCount = droppedCharacterCount
    self.unitsWithDroppedCharacters = unitsWithDroppedCharacters
  }

  /// The file as text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
