/// One unit's fields as UTF-8, the way the writers write them.
///
/// `withBytes(of:lists:_:)` views a `BilingualUnit`'s strings this way; the drafting engine
/// (`SentenceDrafter.withUnitBytes`) fills it straight from its buffers, so the same writer code
/// writes both, byte for byte, without strings being made for every sentence.
struct UnitBytes {
  /// `article:bBLOCK:sSENTENCE`.
  var id: UnsafeBufferPointer<UInt8>
  var source: UnsafeBufferPointer<UInt8>
  /// The target, empty when there is none (`BilingualUnit.target`).
  var target: UnsafeBufferPointer<UInt8>
  /// The glossary draft, when there is one (`BilingualUnit.draft`).
  var draft: UnsafeBufferPointer<UInt8>?
  /// The terms used, as the XML formats list them: `vi = en; vi = en` (not escaped; empty for none).
  var termList: UnsafeBufferPointer<UInt8>
  /// The terms used, as the CSV `terms` cell lists them: `vi=en; vi=en`.
  var termCell: UnsafeBufferPointer<UInt8>
  var kind: BlockKind
  var block: Int
  var paragraph: Int
  var targetOrigin: TargetOrigin
  var score: Double?
  var bead: String?
  /// Whether `source` has no byte any context escapes or drops (`ScratchBytes.hasEscapable`).
  ///
  /// Then it is copied as it is. False when unknown.
  var sourceIsPlain = false
  /// The same for `target`.
  var targetIsPlain = false
  /// The same for `draft`.
  var draftIsPlain = false
  /// Notes for the translator, one a line (`BilingualUnit.notes`; empty for none).
  var notes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

  /// What goes into a format's one target slot: the target, or else the draft (marked as a
  /// glossary draft), or nothing.
  var targetSlot: (text: UnsafeBufferPointer<UInt8>, isPlain: Bool, origin: TargetOrigin)? {
    if !target.isEmpty { return (target, targetIsPlain, targetOrigin) }
    if let draft { return (draft, draftIsPlain, .glossaryDraft) }
    return nil
  }

  /// Calls `body` with each line of `notes`.
  func forEachNote(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var start = 0
    while start < notes.count {
      let end = notes[start...].firstIndex(of: 0x0A) ?? notes.count
      body(UnsafeBufferPointer(rebasing: notes[start..<end]))
      start = end + 1
    }
  }

  /// The id as a string, for `DroppedCharacterTally` (made only when a character was dropped).
  var idString: String { String(decoding: id, as: UTF8.self) }

  /// Calls `body` with the fields of `unit`; `lists` holds its term lists.
  static func withBytes<T>(of unit: BilingualUnit, lists: TermLists, _ body: (UnitBytes) -> T) -> T {
    lists.removeAll()
    for term in unit.terms { lists.add(term) }
    for note in unit.notes { lists.addNote(note) }
    return withContiguousUTF8(unit.id) { id in
      withContiguousUTF8(unit.source) { source in
        withContiguousUTF8(unit.target) { target in
          withContiguousUTF8(unit.draft ?? "") { draft in
            body(
              UnitBytes(
                id: id, source: source, target: target, draft: unit.draft == nil ? nil : draft, termList: lists.note,
                termCell: lists.cell, kind: unit.kind, block: unit.block, paragraph: unit.paragraph,
                targetOrigin: unit.targetOrigin, score: unit.score, bead: unit.bead, notes: lists.notes))
          }
        }
      }
    }
  }
}

/// Calls `body` with the UTF-8 of `text` in contiguous memory (copied only when `text` is not native).
func withContiguousUTF8<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
  if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
  return Array(text.utf8).withUnsafeBufferPointer(body)
}
