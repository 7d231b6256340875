/// What a translator quotes a job from: segments, words, characters, repetitions and the words the
/// glossary covers, over the sentences `prepare` exports (boilerplate left out unless asked for).
///
/// - A **word** is a run of characters between white space that holds a letter or a digit: CAT
///   tools count Vietnamese by its space-separated syllables (`Hà Nội` is two words), and a dash
///   or a quotation mark standing alone is no word.
/// - **Characters** are Unicode characters that are not white space and not combining marks (so NFC
///   and NFD text count alike).
/// - A **repeated** segment has the same text as an earlier segment of the same article; its words
///   are counted again in `repeatedWords`.
/// - **Glossary words** are the words of the glossary terms the draft substituted.
public struct SegmentCount: Sendable, Equatable, Codable {
  public var segments = 0
  public var words = 0
  public var characters = 0
  public var repeatedSegments = 0
  public var repeatedWords = 0
  public var glossaryWords = 0

  public init() {}

  /// The sum of two counts.
  public static func + (a: SegmentCount, b: SegmentCount) -> SegmentCount {
    var sum = a
    sum.segments += b.segments
    sum.words += b.words
    sum.characters += b.characters
    sum.repeatedSegments += b.repeatedSegments
    sum.repeatedWords += b.repeatedWords
    sum.glossaryWords += b.glossaryWords
    return sum
  }

  /// The words of `text` (UTF-16).
  static func words(in text: UnsafeBufferPointer<UInt16>) -> Int {
    var words = 0
    var counted = false
    for unit in text {
      if CharacterClass.isSpace(unit) {
        counted = false
      } else {
        if !counted && (CharacterClass.isWordCharacter(unit) || UTF16.isLeadSurrogate(unit)) {
          words += 1
          counted = true
        }
      }
    }
    return words
  }

  /// A hash of `text` (FNV-1a over its UTF-16 units), for telling repeated segments.
  static func hash(_ text: UnsafeBufferPointer<UInt16>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for unit in text { hash = (hash ^ UInt64(unit)) &* 0x100_0000_01B3 }
    return hash
  }

  /// The characters of `text` (UTF-16): not white space, not combining marks, a surrogate pair once.
  static func characters(in text: UnsafeBufferPointer<UInt16>) -> Int {
    text.count { !CharacterClass.isSpace($0) && !CharacterClass.isMark($0) && !UTF16.isTrailSurrogate($0) }
  }
}
