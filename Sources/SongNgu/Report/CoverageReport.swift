/// How well a glossary covers a set of articles: the entries used, the sentences without a term, and
/// the candidate terms (names, acronyms, titles, institutions) it does not cover.
///
/// Built by `CoverageAnalyzer` (or `GlossaryCoverage.check`). Offsets are UTF-16 code units into each
/// document's normalized text, the unit of `Sentence.start` and `TermMatch.documentRange`.
///
/// How the figures are computed:
/// - `CandidateDetector` finds candidate spans in every translatable sentence (boilerplate left out).
/// - Each candidate span is cut by the glossary matches of its sentence into *pieces*: the part inside
///   each overlapping match (covered) and what is left between them (not covered; a left-over piece
///   without a capital letter is dropped). A candidate inside one match is one covered piece; `Tổng
///   thống Ukraine Volodymyr Zelensky` with the glossary's `Tổng thống Ukraine` and no entry for the
///   president gives `Ukraine` covered and `Volodymyr Zelensky` not covered. Every piece is one
///   *candidate occurrence*.
/// - An uncovered piece of a candidate that the glossary covers in part is marked `partial`: the
///   glossary knows its neighbour (usually a title) but not it. Partial pieces count as not covered.
/// - Candidate coverage = covered candidate occurrences / all candidate occurrences (1 when there are
///   none). Sentence coverage = translatable sentences with at least one glossary match / translatable
///   sentences (1 when there are none). Both per document and over all documents (sums, not means).
/// - A candidate is *missing* when at least one of its occurrences is not covered.
public struct CoverageReport: Sendable {
  /// Whether an occurrence is inside a glossary match.
  public enum Status: String, Sendable, Codable {
    /// Every occurrence is covered.
    case covered
    /// Some occurrences are covered, some not (`Rutte` alone where the glossary only has `Mark Rutte`).
    case partial
    /// No occurrence is covered.
    case missing
  }

  /// One candidate occurrence.
  public struct Occurrence: Sendable, Equatable {
    /// Index of the document in `documents`.
    public var document: Int
    /// `Sentence.index` of the sentence in its document.
    public var sentence: Int
    /// UTF-16 offsets into the document's normalized text.
    public var start: Int
    public var end: Int
    /// The same offsets in Unicode code points (scalars), for tools that do not count UTF-16.
    public var startChar: Int
    public var endChar: Int
    /// Where it starts, for people: 1-based input line and column.
    ///
    /// The column counts UTF-16 code units of the normalized line. In a block whose hard-wrapped lines were joined, the line is the block's
    /// first and the column counts from the block's start.
    public var line: Int
    public var column: Int
    public var covered: Bool
    /// Not covered, but part of a candidate the glossary covers in part.
    public var partial: Bool
    /// The glossary entry (index into `Glossary.entries`) whose match covers it.
    public var entry: Int?

    /// Its integers, as a `RecordLog` keeps them.
    var record: [Int] {
      [
        document, sentence, start, end, startChar, endChar, line, column, covered ? 1 : 0, partial ? 1 : 0,
        entry ?? -1,
      ]
    }

    /// Integers in `record`.
    static let recordWidth = 11

    init(
      document: Int, sentence: Int, start: Int, end: Int, startChar: Int, endChar: Int, line: Int, column: Int,
      covered: Bool, partial: Bool, entry: Int?
    ) {
      self.document = document
      self.sentence = sentence
      self.start = start
      self.end = end
      self.startChar = startChar
      self.endChar = endChar
      self.line = line
      self.column = column
      self.covered = covered
      self.partial = partial
      self.entry = entry
    }

    init(record: ArraySlice<Int64>) {
      let value = { Int(record[record.startIndex + $0]) }
      self.init(
        document: value(0), sentence: value(1), start: value(2), end: value(3), startChar: value(4),
        endChar: value(5), line: value(6), column: value(7), covered: value(8) != 0, partial: value(9) != 0,
        entry: value(10) < 0 ? nil : value(10))
    }
  }

  /// A distinct candidate text with all its occurrences.
  ///
  /// It keeps its counts and its example; the occurrences themselves are in the report's record log
  /// (a temporary file past 1 MiB of them), read back in document order.
  public struct Candidate: Sendable, Equatable {
    public var text: String
    public var kind: CandidateKind
    /// The sentence of the first uncovered occurrence (of the first occurrence when all are covered).
    public private(set) var example: String
    public private(set) var count = 0
    public private(set) var coveredCount = 0
    /// Some occurrence is `partial`.
    public private(set) var hasPartial = false
    /// The occurrence whose sentence is `example`.
    public private(set) var exampleOccurrence: Occurrence
    private var list: RecordList

    /// A candidate first seen at `occurrence`, in the sentence `sentence`, its occurrences kept in `log`.
    init(text: String, kind: CandidateKind, occurrence: Occurrence, sentence: String, log: RecordLog) {
      self.text = text
      self.kind = kind
      example = sentence
      exampleOccurrence = occurrence
      list = RecordList(log: log)
      record(occurrence)
    }

    /// Every occurrence, in document order.
    public var occurrences: [Occurrence] {
      var result: [Occurrence] = []
      result.reserveCapacity(count)
      forEachOccurrence { result.append($0) }
      return result
    }

    /// Calls `body` with every occurrence, in document order, without holding them all.
    public func forEachOccurrence(_ body: (Occurrence) -> Void) {
      list.forEach { body(Occurrence(record: $0)) }
    }

    /// Every occurrence is covered.
    public var covered: Bool { coveredCount == count }
    public var status: Status { covered ? .covered : coveredCount > 0 ? .partial : .missing }

    /// Adds a later occurrence; `sentence` gives its sentence's text when that becomes the example
    /// (the first uncovered occurrence's).
    mutating func add(_ occurrence: Occurrence, sentence: () -> String) {
      if !occurrence.covered && exampleOccurrence.covered {
        example = sentence()
        exampleOccurrence = occurrence
      }
      record(occurrence)
    }

    private mutating func record(_ occurrence: Occurrence) {
      list.append(occurrence.record)
      count += 1
      if occurrence.covered { coveredCount += 1 }
      if occurrence.partial { hasPartial = true }
    }
  }

  /// A sentence of a document.
  public struct SentenceReference: Sendable, Equatable, Hashable {
    public var document: Int
    public var sentence: Int
  }

  /// A glossary entry found in the documents.
  public struct EntryUse: Sendable, Equatable {
    /// Index into `Glossary.entries`.
    public var entry: Int
    public var source: String
    public var target: String
    /// Matches of the entry (any of its forms).
    public var count: Int
    /// Where `sentences` are kept.
    var list: RecordList

    /// The sentences it was found in, in order.
    public var sentences: [SentenceReference] {
      var result: [SentenceReference] = []
      result.reserveCapacity(list.count)
      forEachSentence { result.append($0) }
      return result
    }

    /// Calls `body` with every sentence it was found in, in order, without holding them all.
    public func forEachSentence(_ body: (SentenceReference) -> Void) {
      list.forEach { body(SentenceReference(document: Int($0[$0.startIndex]), sentence: Int($0[$0.startIndex + 1]))) }
    }
  }

  /// The figures of one document.
  public struct DocumentCoverage: Sendable, Equatable {
    public var name: String
    /// The file the document was read from, when known (`GlossaryCoverage.check` sets it).
    public var path: String?
    /// Translatable sentences.
    public var sentences: Int
    public var sentencesWithTerm: Int
    /// Where `sentencesWithoutTerm` are kept.
    var withoutTerm: RecordList
    /// `Sentence.index` of the translatable sentences without any glossary match.
    public var sentencesWithoutTerm: [Int] {
      var result: [Int] = []
      result.reserveCapacity(withoutTerm.count)
      forEachSentenceWithoutTerm { result.append($0) }
      return result
    }
    public var candidateOccurrences: Int
    public var coveredOccurrences: Int
    /// Uncovered occurrences marked `partial`.
    public var partialOccurrences: Int

    public var candidateCoverage: Double { ratio(coveredOccurrences, candidateOccurrences) }
    public var sentenceCoverage: Double { ratio(sentencesWithTerm, sentences) }

    /// Calls `body` with each of `sentencesWithoutTerm`, in order, without holding them all.
    public func forEachSentenceWithoutTerm(_ body: (Int) -> Void) {
      withoutTerm.forEach { body(Int($0[$0.startIndex])) }
    }
  }

  public var glossary: Glossary
  public var documents: [DocumentCoverage]
  /// Every candidate, covered or not, most frequent first (ties by text).
  public var candidates: [Candidate]
  /// The glossary entries found, most frequent first (ties by glossary order).
  public var entries: [EntryUse]
  /// Indices (into `Glossary.entries`) of the entries never found, in glossary order.
  public var unusedEntries: [Int]
  /// The texts of the sentences that hold a candidate's first uncovered occurrence in their document,
  /// by document and `Sentence.index`.
  var sentenceTexts: [[Int: String]]

  /// The candidates with at least one uncovered occurrence, most frequent first.
  public var missing: [Candidate] { candidates.filter { !$0.covered } }

  public var candidateOccurrences: Int { documents.reduce(0) { $0 + $1.candidateOccurrences } }
  public var coveredOccurrences: Int { documents.reduce(0) { $0 + $1.coveredOccurrences } }
  public var partialOccurrences: Int { documents.reduce(0) { $0 + $1.partialOccurrences } }
  public var sentences: Int { documents.reduce(0) { $0 + $1.sentences } }
  public var sentencesWithTerm: Int { documents.reduce(0) { $0 + $1.sentencesWithTerm } }
  /// Covered candidate occurrences / all candidate occurrences, over all documents (1 when none).
  public var candidateCoverage: Double { ratio(coveredOccurrences, candidateOccurrences) }
  /// Sentences with a term / translatable sentences, over all documents (1 when none).
  public var sentenceCoverage: Double { ratio(sentencesWithTerm, sentences) }

  /// `coverage 100.0% (87/87 candidate occurrences), 23/23 sentences with a term, 0 missing`.
  public var summary: String {
    "coverage \(percent(candidateCoverage)) (\(coveredOccurrences)/\(candidateOccurrences) candidate occurrences), "
      + "\(sentencesWithTerm)/\(sentences) sentences with a term, \(missing.count) missing"
  }

  /// The text of the sentence `reference` when it holds a candidate's first uncovered occurrence in its
  /// document.
  public func sentenceText(_ reference: SentenceReference) -> String? {
    sentenceTexts[reference.document][reference.sentence]
  }

  /// Why the report fails a `--min` gate on candidate coverage, or nil when it passes.
  public func gateFailure(minimum: Double) -> String? {
    guard candidateCoverage < minimum else { return nil }
    let names = missing.prefix(3).map(\.text).joined(separator: ", ")
    return "coverage \(percent(candidateCoverage)) is below the minimum \(percent(minimum)): "
      + "\(missing.count) candidates not in the glossary (\(names)\(missing.count > 3 ? ", …" : ""))"
  }
}

/// `part / whole`, 1 when `whole` is 0.
func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

/// `0.9565` → `95.7%` (one decimal, rounded down so that 99.96% is never shown as 100.0%).
func percent(_ value: Double) -> String {
  let tenths = Int((value * 1000).rounded(.down))
  return "\(tenths / 10).\(tenths % 10)%"
}
