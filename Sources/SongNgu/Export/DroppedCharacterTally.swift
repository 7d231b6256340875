/// Counts the characters a writer drops, and the units they were dropped from.
struct DroppedCharacterTally {
  private(set) var count = 0
  private(set) var unitIDs: [String] = []

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
