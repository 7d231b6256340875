/// Unit identifiers, `article:bBLOCK:sSENTENCE` (both numbers 0-based), built into reused bytes.
///
/// The one place ids are spelled: `BilingualUnit.id(article:block:sentence:)` and the prepare
/// machinery's units both come from here.
final class UnitID {
  private let bytes = ScratchBytes(capacity: 256)
  /// Where the article name and `:b` end.
  private let articleEnd: Int
  /// The block whose prefix `bytes` holds, and where that prefix (up to `:s`) ends.
  private var block = -1
  private var blockEnd = 0

  init(article: String) {
    let bytes = bytes
    withContiguousUTF8(article) { bytes.append($0) }
    bytes.append(":b")
    articleEnd = bytes.count
  }

  /// The id of sentence `sentence` (0-based within its block) of block `block`; valid until the next
  /// call.
  func bytes(block: Int, sentence: Int) -> UnsafeBufferPointer<UInt8> {
    if block != self.block {
      bytes.truncate(to: articleEnd)
      bytes.append(decimal: block)
      bytes.append(":s")
      self.block = block
      blockEnd = bytes.count
    }
    bytes.truncate(to: blockEnd)
    bytes.append(decimal: sentence)
    return bytes.bytes
  }
}
