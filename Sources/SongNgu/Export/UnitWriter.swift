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
  /// Appends `unit`, or nothing when the format has no place for it (TMX: a unit with neither a
  /// target nor a draft); returns whether it appended it.
  @discardableResult
  func appendUnit(
    _ unit: UnitBytes, of document: DocumentBytes, aligned: Bool, tally: inout DroppedCharacterTally,
    to buffer: inout ExportBuffer
  ) -> Bool
  /// What comes after a document's units.
  func appendDocumentEnd(to buffer: inout ExportBuffer)
  /// Everything after the last document.
  func appendFileEnd(to buffer: inout ExportBuffer)
  /// Markup bytes per unit, for a guess at a file's size.
  var bytesPerUnit: Int { get }
  /// Whether `appendFileEnd` reads back everything appended before it (XLSX builds its zip from the
  /// whole sheet), so the file's start may not go to disk while it is rendered.
  var needsWholeFile: Bool { get }
}

extension UnitWriter {
  var needsWholeFile: Bool { false }
}

extension UnitWriter {
  /// The whole file for `documents`: what `write(_:)` returns.
  func writeDocuments(_ documents: [BilingualDocument]) -> BilingualOutput {
    var tally = DroppedCharacterTally()
    let aligned = documents.contains { $0.units.contains { $0.score != nil || $0.bead != nil } }
    var buffer = ExportBuffer(capacity: ExportBuffer.estimatedSize(of: documents, perUnit: bytesPerUnit))
    appendFileStart(sourceLanguage: documents.first?.sourceLanguage ?? "vi-VN", aligned: aligned, to: &buffer)
    var units = 0
    for document in documents { units += appendUnits(of: document, aligned: aligned, tally: &tally, to: &buffer) }
    appendFileEnd(to: &buffer)
    var output = tally.output(buffer)
    output.unitCount = units
    return output
  }

  /// One document: its start, its units and its end; returns how many units it wrote.
  @discardableResult
  func appendUnits(
    of document: BilingualDocument, aligned: Bool, tally: inout DroppedCharacterTally, to buffer: inout ExportBuffer
  ) -> Int {
    let repeated = appendDocumentStart(
      name: document.name, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage,
      tally: &tally, to: &buffer)
    let lists = TermLists()
    var written = 0
    for unit in document.units {
      let wrote = UnitBytes.withBytes(of: unit, lists: lists) {
        appendUnit($0, of: repeated, aligned: aligned, tally: &tally, to: &buffer)
      }
      if wrote { written += 1 }
    }
    appendDocumentEnd(to: &buffer)
    return written
  }
}
