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

  /// `text` made safe for every export format; drops are charged to `unitID`.
  mutating func clean(_ text: String, unitID: String) -> String {
    let (cleaned, dropped) = ExportText.removingForbiddenCharacters(text)
    if dropped > 0 {
      count += dropped
      if unitIDs.last != unitID { unitIDs.append(unitID) }
    }
    return cleaned
  }

  /// A unit with every text field cleaned.
  mutating func clean(_ unit: BilingualUnit) -> BilingualUnit {
    var unit = unit
    let id = unit.id
    unit.id = clean(unit.id, unitID: id)
    unit.source = clean(unit.source, unitID: id)
    unit.target = clean(unit.target, unitID: id)
    unit.terms = unit.terms.map {
      UsedTerm(source: clean($0.source, unitID: id), target: clean($0.target, unitID: id))
    }
    if let bead = unit.bead { unit.bead = clean(bead, unitID: id) }
    return unit
  }

  func output(_ text: String) -> BilingualOutput {
    BilingualOutput(bytes: Array(text.utf8), droppedCharacterCount: count, unitsWithDroppedCharacters: unitIDs)
  }
}
