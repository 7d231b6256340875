/// A block after the first stage: normalized text and a provisional kind.
struct PreparedBlock: Sendable {
  var text: [UInt16] = []
  /// `text` as UTF-8, when kept (`ReadingOptions.keepsUTF8`) and normalization changed nothing.
  var utf8: [UInt8]?
  var line = 0
  var wrapped = false
  /// In a wrapped block, the offsets in `text` of the spaces that replaced line breaks.
  var joins: [Int] = []
  /// The stretches segmented separately (each line of a block of several); empty: the whole text.
  var pieces: [Range<Int>] = []
  /// Normalization counts of the block's lines (and of blank lines before it).
  var counts = NormalizationCounts()
  var isBoilerplate = false
  /// The block's kind unless it is the title.
  var kindAfterTitle = BlockKind.body
  var oneParagraphPerLine = false
}
