import Foundation

/// Reads pre-segmented text, hunalign's input: one sentence a line, a blank line between paragraphs.
///
/// Lines are normalized like articles (`Normalizer`) but never split or joined. Each paragraph is
/// classified like an article's block (title, heading, source line, boilerplate, body).
enum PresegmentedReader {
  /// The sentences of the text `lines` yields, in order.
  static func read(
    lines: LineReader, options: ReadingOptions = ReadingOptions()
  ) throws(SongNguError) -> [Sentence] {
    let normalizer = Normalizer(options: options.normalization)
    var counts = NormalizationCounts()
    var raw: [UInt16] = []
    var paragraphs: [[[UInt16]]] = []
    var current: [[UInt16]] = []
    while try lines.nextLine(into: &raw) {
      var normalized: [UInt16] = []
      let facts = lines.lineFacts
      raw.withUnsafeBufferPointer { normalizer.normalizeLine($0, into: &normalized, counts: &counts, facts: facts) }
      if normalized.isEmpty {
        if !current.isEmpty { paragraphs.append(current) }
        current = []
      } else {
        current.append(normalized)
      }
    }
    if !current.isEmpty { paragraphs.append(current) }
    return sentences(of: paragraphs, boilerplate: options.boilerplate)
  }

  /// The sentences of a string in the pre-segmented format (no normalization).
  static func read(text: String, boilerplate: BoilerplateList = .standard) -> [Sentence] {
    var paragraphs: [[[UInt16]]] = []
    var current: [[UInt16]] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty {
        if !current.isEmpty { paragraphs.append(current) }
        current = []
      } else {
        current.append(Array(trimmed.utf16))
      }
    }
    if !current.isEmpty { paragraphs.append(current) }
    return sentences(of: paragraphs, boilerplate: boilerplate)
  }

  private static func sentences(of paragraphs: [[[UInt16]]], boilerplate: BoilerplateList) -> [Sentence] {
    let classifier = BlockClassifier(boilerplate: boilerplate)
    var sentences: [Sentence] = []
    var titleSeen = false
    var offset = 0
    for (block, lines) in paragraphs.enumerated() {
      let kind = classifier.kind(ofLineUnits: lines, titleSeen: titleSeen)
      if kind == .title { titleSeen = true }
      for line in lines {
        sentences.append(
          Sentence(
            index: sentences.count, block: block, kind: kind, start: offset, end: offset + line.count,
            utf16: line[...]))
        offset += line.count + 1
      }
      offset += 1
    }
    return sentences
  }
}
