/// The glossary terms a unit used, as the files list them.
///
/// `vi = en; vi = en` in TMX and XLIFF notes, `vi=en; vi=en` in the CSV `terms` cell: the one
/// place the lists are spelled and parsed.
/// Both lists are built side by side in reused buffers, a term at a time.
final class TermLists {
  /// The separators: a term and its target in notes, and in the CSV cell; two terms.
  ///
  /// Spelled once, as literals the writers append; the readers use them as strings.
  static let noteSeparatorLiteral: StaticString = " = "
  static let cellSeparatorLiteral: StaticString = "="
  static let termSeparatorLiteral: StaticString = "; "
  static let noteSeparator = noteSeparatorLiteral.description
  static let cellSeparator = cellSeparatorLiteral.description
  static let termSeparator = termSeparatorLiteral.description

  private let noteBytes = ScratchBytes(capacity: 512)
  private let cellBytes = ScratchBytes(capacity: 512)
  private let notesBytes = ScratchBytes(capacity: 512)

  /// Notes for the translator, one a line (`BilingualUnit.notes`).
  var notes: UnsafeBufferPointer<UInt8> { notesBytes.bytes }

  /// Adds a note (a line of its own; an empty one is left out).
  func addNote(_ note: UnsafeBufferPointer<UInt8>) {
    guard !note.isEmpty else { return }
    if notesBytes.count > 0 { notesBytes.append(byte: 0x0A) }
    notesBytes.append(note)
  }

  func addNote(_ note: String) { withContiguousUTF8(note) { addNote($0) } }

  /// Starts a note and returns the buffer to write it into (one line, no line feed).
  func startNote() -> ScratchBytes {
    if notesBytes.count > 0 { notesBytes.append(byte: 0x0A) }
    return notesBytes
  }

  /// The note list, `vi = en; vi = en` (not escaped; empty for none).
  var note: UnsafeBufferPointer<UInt8> { noteBytes.bytes }
  /// The CSV cell list, `vi=en; vi=en`.
  var cell: UnsafeBufferPointer<UInt8> { cellBytes.bytes }

  func removeAll() {
    noteBytes.removeAll()
    cellBytes.removeAll()
    notesBytes.removeAll()
  }

  /// What starts a note in the XML formats, so readers tell it from the term list.
  static let notePrefixLiteral: StaticString = "note: "
  static let notePrefix = notePrefixLiteral.description

  /// Adds a term (its Vietnamese form and its English target, UTF-8) to both lists.
  func add(source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>) {
    func add(to list: ScratchBytes, separator: StaticString) {
      if list.count > 0 { list.append(Self.termSeparatorLiteral) }
      list.append(source)
      list.append(separator)
      list.append(target)
    }
    add(to: noteBytes, separator: Self.noteSeparatorLiteral)
    add(to: cellBytes, separator: Self.cellSeparatorLiteral)
  }

  /// Adds `term` to both lists.
  func add(_ term: UsedTerm) {
    withContiguousUTF8(term.source) { source in withContiguousUTF8(term.target) { add(source: source, target: $0) } }
  }

  /// The terms of a list written with `separator` (`noteSeparator` or `cellSeparator`).
  ///
  /// Pieces without the separator are skipped. A term that itself contains "; " or the separator
  /// cannot be told apart; glossary terms do not.
  static func parse(_ text: String, separator: String) -> [UsedTerm] {
    guard !text.isEmpty else { return [] }
    return text.components(separatedBy: termSeparator).compactMap { piece in
      guard let range = piece.range(of: separator) else { return nil }
      return UsedTerm(source: String(piece[..<range.lowerBound]), target: String(piece[range.upperBound...]))
    }
  }
}
