/// How many changes of each kind normalization made (and which tone style the text uses).
///
/// Counts add up over lines, blocks and documents, so one report can say
/// "normalized: 3 NFD words, 2 zero-width characters".
public struct NormalizationCounts: Sendable, Codable, Equatable {
  /// Words that contained decomposed (NFD) characters and were composed to NFC.
  public var nfdWords = 0
  /// `Ð` (U+00D0), `Ɖ` (U+0189) and their lower-case forms in Vietnamese words, replaced by `Đ`/`đ`.
  public var dLookalikes = 0
  /// Zero-width spaces, joiners and stray byte-order marks removed.
  public var zeroWidthCharacters = 0
  /// Soft hyphens removed.
  public var softHyphens = 0
  /// C0/C1 control characters removed (tab and line ends are kept).
  public var controlCharacters = 0
  /// No-break spaces replaced by plain spaces.
  public var noBreakSpaces = 0
  /// Other white space fixed: runs of spaces collapsed, tabs and exotic spaces replaced, line ends trimmed.
  public var spaces = 0
  /// Vertical tabs, form feeds and Unicode line/paragraph separators turned into line breaks.
  public var lineSeparators = 0
  /// Tone marks moved to the requested style.
  public var toneMarksMoved = 0
  /// Hard-wrapped lines joined back into their paragraph.
  public var joinedLines = 0
  /// Syllables written in the old tone style (`hòa`), as found in the input.
  public var oldStyleSyllables = 0
  /// Syllables written in the new tone style (`hoà`), as found in the input.
  public var newStyleSyllables = 0

  public init() {}

  /// The changes, as (count, label) pairs in a fixed order, zero counts left out.
  public var changes: [(count: Int, label: String)] {
    let all: [(Int, String)] = [
      (nfdWords, "NFD words"), (dLookalikes, "Đ look-alikes"),
      (zeroWidthCharacters, "zero-width characters"), (softHyphens, "soft hyphens"),
      (controlCharacters, "control characters"), (noBreakSpaces, "no-break spaces"),
      (spaces, "spacing fixes"), (lineSeparators, "line separators"),
      (toneMarksMoved, "tone marks moved"), (joinedLines, "wrapped lines joined"),
    ]
    return all.filter { $0.0 > 0 }.map { (count: $0.0, label: $0.1) }
  }

  /// The total number of changes.
  public var total: Int { changes.reduce(0) { $0 + $1.count } }

  /// The tone style the input is written in, when it shows one.
  public var detectedToneStyle: ToneStyle? {
    if oldStyleSyllables == 0 && newStyleSyllables == 0 { return nil }
    return oldStyleSyllables >= newStyleSyllables ? .old : .new
  }

  /// "3 NFD words, 2 zero-width characters", or "no changes".
  public var summary: String {
    let parts = changes.map { "\($0.count) \($0.label)" }
    return parts.isEmpty ? "no changes" : parts.joined(separator: ", ")
  }

  /// Adds `other`'s counts to these.
  public mutating func add(_ other: NormalizationCounts) {
    nfdWords += other.nfdWords
    dLookalikes += other.dLookalikes
    zeroWidthCharacters += other.zeroWidthCharacters
    softHyphens += other.softHyphens
    controlCharacters += other.controlCharacters
    noBreakSpaces += other.noBreakSpaces
    spaces += other.spaces
    lineSeparators += other.lineSeparators
    toneMarksMoved += other.toneMarksMoved
    joinedLines += other.joinedLines
    oldStyleSyllables += other.oldStyleSyllables
    newStyleSyllables += other.newStyleSyllables
  }
}
