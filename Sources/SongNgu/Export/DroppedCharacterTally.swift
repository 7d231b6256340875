/// Counts the characters a writer drops, and the units they were dropped from.
///
/// Incremental writing (`TMXWriter.units(of:tally:)`, `CSVWriter.records(of:aligned:tally:)`) carries
/// one tally from document to document; it ends up as a whole-file write's would.
public struct DroppedCharacterTally: Sendable, Equatable {
  /// How many characters were dropped so far.
  public private(set) var count = 0
  /// The ids of the units that lost characters so far, in output order, each once.
  public private(set) var unitIDs: [String] = []

  public init() {}

  /// Counts `dropped` characters against `unitID`.
  mutating func charge(_ dropped: Int, to unitID: String) {
    guard dropped > 0 else { return }
    count += dropped
    if unitIDs.last != unitID { unitIDs.append(unitID) }
  }

  func output(_ buffer: ExportBuffer) -> BilingualOutput {
    BilingualOutput(bytes: buffer.bytes, droppedCharacterCount: count, unitsWithDroppedCharacters: unitIDs)
  }
}
