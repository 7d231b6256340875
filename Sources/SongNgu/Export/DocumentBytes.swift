/// What a writer repeats in every unit of a document, escaped once when the document starts.
struct DocumentBytes {
  /// The document's name, escaped as the writer writes it in every unit (TMX `x-article`, CSV `article`).
  var name: [UInt8] = []
  var sourceLanguage: [UInt8] = []
  var targetLanguage: [UInt8] = []
}
