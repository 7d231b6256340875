/// One unit's fields as UTF-8, the way the writers write them.
///
/// `withBytes(of:lists:_:)` views a `BilingualUnit`'s strings this way; the drafting engine
/// (`SentenceDrafter.withUnitBytes`) fills it straight from its buffers, so the same writer code
/// writes both, byte for byte, without strings being made for every sentence.
struct UnitBytes {
  /// `article:bBLOCK:sSENTENCE`.
  var id: UnsafeBufferPointer<UInt8>
  var source: UnsafeBufferPointer<UInt8>
  var target: UnsafeBufferPointer<UInt8>
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

  /// The id as a string, for `DroppedCharacterTally` (made only when a character was dropped).
  var idString: String { String(decoding: id, as: UTF8.self) }

  /// Calls `body` with the fields of `unit`; `lists` holds its term lists.
  static func withBytes<T>(of unit: BilingualUnit, lists: TermLists, _ body: (UnitBytes) -> T) -> T {
    lists.removeAll()
    for term in unit.terms { lists.add(term) }
    return withContiguousUTF8(unit.id) { id in
      withContiguousUTF8(unit.source) { source in
        withContiguousUTF8(unit.target) { target in
          body(
            UnitBytes(
              id: id, source: source, target: target, termList: lists.note, termCell: lists.cell, kind: unit.kind,
              block: unit.block, paragraph: unit.paragraph, targetOrigin: unit.targetOrigin, score: unit.score,
              bead: unit.bead))
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

/// What a writer repeats in every unit of a document, escaped once when the document starts.
struct DocumentBytes {
  /// The document's name, escaped as the writer writes it in every unit (TMX `x-article`, CSV `article`).
  var name: [UInt8] = []
  var sourceLanguage: [UInt8] = []
  var targetLanguage: [UInt8] = []
}

/// A `BilingualWriter` that writes its file a document and a unit at a time.
///
/// `write(_:)` is these steps over `BilingualUnit`s; `ArticlePreparer` calls them with units it
/// renders straight into bytes. One code path, so the two give the same file.
protocol UnitWriter: BilingualWriter {
  /// Everything before the first document. `aligned` says whether any unit has a score or a bead;
  /// `sourceLanguage` is the first document's.
  func appendFileStart(sourceLanguage: String, aligned: Bool, to buffer: inout ExportBuffer)
  /// What comes before a document's units; returns what its units repeat.
  func appendDocumentStart(
    name: String, sourceLanguage: String, targetLanguage: String, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> DocumentBytes
  func appendUnit(
    _ unit: UnitBytes, of document: DocumentBytes, aligned: Bool, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer)
  /// What comes after a document's units.
  func appendDocumentEnd(to buffer: inout ExportBuffer)
  /// Everything after the last document.
  func appendFileEnd(to buffer: inout ExportBuffer)
  /// Markup bytes per unit, for a guess at a file's size.
  var bytesPerUnit: Int { get }
}

extension UnitWriter {
  /// The whole file for `documents`: what `write(_:)` returns.
  func writeDocuments(_ documents: [BilingualDocument]) -> BilingualOutput {
    var tally = DroppedCharacterTally()
    let aligned = documents.contains { $0.units.contains { $0.score != nil || $0.bead != nil } }
    var buffer = ExportBuffer(capacity: ExportBuffer.estimatedSize(of: documents, perUnit: bytesPerUnit))
    appendFileStart(sourceLanguage: documents.first?.sourceLanguage ?? "vi-VN", aligned: aligned, to: &buffer)
    for document in documents { appendUnits(of: document, aligned: aligned, tally: &tally, to: &buffer) }
    appendFileEnd(to: &buffer)
    return tally.output(buffer)
  }

  /// One document: its start, its units and its end.
  func appendUnits(
    of document: BilingualDocument, aligned: Bool, tally: inout DroppedCharacterTally, to buffer: inout ExportBuffer
  ) {
    let repeated = appendDocumentStart(
      name: document.name, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage,
      tally: &tally, to: &buffer)
    let lists = TermLists()
    for unit in document.units {
      UnitBytes.withBytes(of: unit, lists: lists) {
        appendUnit($0, of: repeated, aligned: aligned, tally: &tally, to: &buffer)
      }
    }
    appendDocumentEnd(to: &buffer)
  }
}
