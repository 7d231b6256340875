/// A file being written by a `BilingualWriter`: UTF-8 bytes appended to one growing buffer.
///
/// Markup goes in as `StaticString` literals and numbers as digits, without building intermediate
/// strings. Text goes in escaped for its context (XML character data, an XML attribute value, a
/// quoted CSV cell) in one pass over its UTF-8 bytes that also drops the characters XML 1.0 forbids
/// (`ExportText.isAllowedInXML`): runs of bytes that need nothing are copied whole, and only `& < >`,
/// quotes, tab, line ends, C0 controls and the lead byte `EF` (of U+FFFE and U+FFFF, and of many
/// allowed characters) stop a run. Every byte to escape or drop is ASCII or starts a sequence, so
/// working on bytes never splits a character.
struct ExportBuffer {
  /// Where text goes, which decides what is escaped.
  enum Context: Int {
    /// XML character data: `&`, `<`, `>` and carriage return escaped.
    case xmlText
    /// A double-quoted XML attribute value: also `"`, tab and line feed.
    case xmlAttribute
    /// The inside of a double-quoted CSV cell: `"` doubled.
    case csvCell
    /// Anywhere in an XML document: character data, or an attribute value between double or single
    /// quotes. As `xmlAttribute`, and `'` too (`&apos;`).
    case xmlAnywhere
  }

  /// The bytes written so far.
  let storage: ScratchBytes

  init(capacity: Int = 0) {
    storage = ScratchBytes(capacity: capacity)
  }

  /// A copy of the bytes written so far.
  var bytes: [UInt8] { Array(storage.bytes) }

  /// Appends markup as it is.
  @inline(__always)
  mutating func append(_ literal: StaticString) { storage.append(literal) }

  /// Appends one byte.
  @inline(__always)
  mutating func append(byte: UInt8) { storage.append(byte: byte) }

  /// Appends bytes as they are.
  @inline(__always)
  mutating func append(_ other: [UInt8]) { storage.append(other) }

  /// Appends `text` as it is (for text known to need no escape: numbers, dates, enum spellings).
  mutating func append(raw text: String) {
    withContiguousUTF8(text) { utf8 in
      assert(!ScratchBytes.hasEscapable(utf8), "append(raw:) got text to escape: \(text)")
      storage.append(utf8)
    }
  }

  /// A guess at a file's size, so the buffer rarely grows: the units' text plus `perUnit` bytes of
  /// markup each.
  static func estimatedSize(of documents: [BilingualDocument], perUnit: Int) -> Int {
    var size = 1024
    for document in documents {
      for unit in document.units { size += unit.source.utf8.count + unit.target.utf8.count + perUnit }
    }
    return size
  }

  /// Appends the decimal digits of `value` (with a minus sign when negative), as `String(value)` spells it.
  mutating func append(decimal value: Int) {
    if value >= 0 {
      storage.append(decimal: value)
      return
    }
    guard value != .min else {
      storage.append(Array(String(value).utf8))
      return
    }
    storage.append(byte: 0x2D)
    storage.append(decimal: -value)
  }

  /// Appends `text` escaped for `context`, without dropping anything (for values songngu never
  /// cleans, such as language tags).
  mutating func append(_ text: String, escapedFor context: Context) {
    _ = append(text, escapedFor: context, dropping: false)
  }

  /// Appends `text` escaped for `context` with the characters XML 1.0 forbids dropped, and returns
  /// how many were dropped.
  @discardableResult
  mutating func appendCleaned(_ text: String, escapedFor context: Context) -> Int {
    append(text, escapedFor: context, dropping: true)
  }

  /// Appends `text` with the characters XML 1.0 forbids dropped, escaped for `context`, and charges
  /// what was dropped to `unitID` in `tally`.
  mutating func appendCleaned(
    _ text: String, escapedFor context: Context, tally: inout DroppedCharacterTally, unitID: String
  ) {
    let dropped = append(text, escapedFor: context, dropping: true)
    if dropped > 0 { tally.charge(dropped, to: unitID) }
  }

  /// Appends bytes (valid UTF-8) with the characters XML 1.0 forbids dropped, escaped for `context`,
  /// and charges what was dropped to `unit` in `tally`; `isPlain` bytes (nothing to escape or drop
  /// in any context) are copied as they are.
  mutating func appendCleaned(
    _ text: UnsafeBufferPointer<UInt8>, escapedFor context: Context, tally: inout DroppedCharacterTally,
    unit: UnitBytes, isPlain: Bool = false
  ) {
    if isPlain {
      storage.append(text)
      return
    }
    let dropped = Self.escape(text, context: context, dropping: true, into: storage)
    if dropped > 0 { tally.charge(dropped, to: unit.idString) }
  }

  /// Appends bytes (valid UTF-8) escaped for `context`; returns the number of characters dropped.
  mutating func appendCleaned(_ source: UnsafeBufferPointer<UInt8>, escapedFor context: Context) -> Int {
    Self.escape(source, context: context, dropping: true, into: storage)
  }

  private mutating func append(_ text: String, escapedFor context: Context, dropping: Bool) -> Int {
    if let dropped = text.utf8.withContiguousStorageIfAvailable({
      Self.escape($0, context: context, dropping: dropping, into: storage)
    }) {
      return dropped
    }
    return Array(text.utf8).withUnsafeBufferPointer {
      Self.escape($0, context: context, dropping: dropping, into: storage)
    }
  }

  // MARK: - The byte loop

  /// For each context, a 256-byte table: 0 for a byte copied as it is, 1 for one that needs a look.
  private nonisolated(unsafe) static let tables: UnsafePointer<UInt8> = {
    let contexts = 4
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: contexts * 256)
    table.initialize(repeating: 0, count: contexts * 256)
    for context in 0..<contexts {
      let row = table + context * 256
      for byte in 0..<0x20 { row[byte] = 1 }
      row[0xEF] = 1
      switch Context(rawValue: context) {
      case .xmlText:
        for byte in [0x26, 0x3C, 0x3E] { row[byte] = 1 }
        for byte in [0x09, 0x0A] { row[byte] = 0 }
      case .xmlAttribute:
        for byte in [0x26, 0x3C, 0x3E, 0x22] { row[byte] = 1 }
      case .xmlAnywhere:
        for byte in [0x26, 0x3C, 0x3E, 0x22, 0x27] { row[byte] = 1 }
      case .csvCell, nil:
        row[0x22] = 1
        for byte in [0x09, 0x0A, 0x0D] { row[byte] = 0 }
      }
    }
    return UnsafePointer(table)
  }()

  private static func escape(
    _ source: UnsafeBufferPointer<UInt8>, context: Context, dropping: Bool, into bytes: ScratchBytes
  ) -> Int {
    guard let base = source.baseAddress else { return 0 }
    let table = tables + context.rawValue * 256
    let count = source.count
    var dropped = 0
    var runStart = 0
    var index = 0
    let quoteMatters = context != .xmlText
    let apostropheMatters = context == .xmlAnywhere
    while true {
      // Eight bytes at a time while none of them can need a look, then byte by byte.
      while index + 8 <= count
        && !Self.mayNeedLook(
          UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), quote: quoteMatters,
          apostrophe: apostropheMatters)
      {
        index += 8
      }
      while index < count && table[Int(base[index])] == 0 { index += 1 }
      if index > runStart {
        bytes.append(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
      }
      guard index < count else { return dropped }
      let byte = base[index]
      index += 1
      switch byte {
      case 0x26: bytes.append("&amp;")
      case 0x3C: bytes.append("&lt;")
      case 0x3E: bytes.append("&gt;")
      case 0x22: if context == .csvCell { bytes.append("\"\"") } else { bytes.append("&quot;") }
      case 0x27: bytes.append("&apos;")
      case 0x09: bytes.append("&#9;")
      case 0x0A: bytes.append("&#10;")
      case 0x0D: bytes.append("&#13;")
      case 0xEF:
        // U+FFFE is EF BF BE and U+FFFF is EF BF BF; other characters starting with EF are kept.
        if dropping && index + 1 < count && base[index] == 0xBF && base[index + 1] >= 0xBE {
          index += 2
          dropped += 1
        } else {
          bytes.append(byte: byte)
        }
      default:
        // A C0 control other than tab, line feed and carriage return.
        if dropping { dropped += 1 } else { bytes.append(byte: byte) }
      }
      runStart = index
    }
  }

  /// Whether any of the eight bytes in `word` is a control character, `&`, `<`, `>`, `EF`, (with
  /// `quote`) `"` or (with `apostrophe`) `'`.
  ///
  /// A quick test that lets runs of plain text through without a table look-up per byte. Exact as a
  /// whole: each test can only misfire in a byte above one that really matches.
  @inline(__always)
  static func mayNeedLook(_ word: UInt64, quote: Bool, apostrophe: Bool = false) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
    // A byte below 0x20: the same test with 0x20 for 1. Bytes of 0x80 and above never fire; a
    // borrow can only misfire in a byte above one that really is below 0x20.
    var found = (word &- ones &* 0x20) & ~word & highs
    found |= hasZeroByte(word ^ (ones &* 0x26)) | hasZeroByte(word ^ (ones &* 0x3C))
    found |= hasZeroByte(word ^ (ones &* 0x3E)) | hasZeroByte(word ^ (ones &* 0xEF))
    if quote { found |= hasZeroByte(word ^ (ones &* 0x22)) }
    if apostrophe { found |= hasZeroByte(word ^ (ones &* 0x27)) }
    return found != 0
  }

}
