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
