/// Where consecutive ranges of a UTF-16 text lie in its UTF-8, found in one forward pass (ranges
/// come in order and do not overlap).
///
/// The text must be valid UTF-16; lengths are counted with `UTF16Text.utf8Count(_:)`.
struct UTF8Cursor {
  private var units = 0
  private var bytes = 0

  /// The byte range of the code units `range` of `text`, which starts at or after the last range.
  mutating func bytes(of range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Range<Int> {
    bytes += UTF16Text.utf8Count(UnsafeBufferPointer(rebasing: text[units..<range.lowerBound]))
    let start = bytes
    bytes += UTF16Text.utf8Count(UnsafeBufferPointer(rebasing: text[range]))
    units = range.upperBound
    return start..<bytes
  }
}
