/// Bitmaps of how a trie's keys begin, so that most text positions that begin no key are passed over
/// without walking the trie.
///
/// A text position is seen through a window of its next `width` units, one byte each (`lanes`: 7 bits
/// of the unit's alphabet code and whether it is a word character). Two parts of the window count: its
/// first word (the units before the first that is not a word character) and its phrase (the first
/// word, the unit after it and `secondWordUnits` more, at most `width` units). A key is cut the same
/// way: a key at least as long as its phrase has the phrase recorded in `phrases`, a shorter one
/// (`Nga`, `Hoa-`, `G7.`) its first word in `words`, each hashed to one bit. A position passes when
/// the bit of its phrase or that of its first word is set.
///
/// Where a key matches, the text has the same phrase, or the same first word: its units have the
/// key's codes, the units of one code are all word characters or none (when they are not, every bit
/// is set), and a key whose last unit is a word character is followed by a unit that is not one (see
/// `TermMatcher`'s word boundaries), so the text's first word stops where the key's does. So the
/// filter never turns a match away; it lets through a few positions that begin no key (hash
/// collisions, about one bit in 64 being set; codes that share their low 7 bits).
struct KeyPrefixFilter: Sendable {
  /// The units of a window.
  static let width = 8
  /// How many units of the second word a phrase holds.
  static let secondWordUnits = 2
  /// Marks a lane as a word character's.
  static let wordFlag: UInt8 = 0x80

  /// `lanes[u]`: `wordFlag` when text unit `u` is a word character, and the low 7 bits of its
  /// alphabet code.
  private var lanes: [UInt8]
  /// The first words of the keys shorter than their phrase.
  private var words: Bitmap
  /// The phrases of the other keys.
  private var phrases: Bitmap

  /// Records how `keys` begin, given as alphabet codes (each ≥ 1), for text units that map to codes
  /// through `codes`.
  init<Keys: Sequence>(codes: [UInt16], keys: Keys, tables: CharacterTables = .shared)
  where Keys.Element: Collection, Keys.Element.Element == UInt16 {
    // Whether each code's units are word characters (1), other characters (2) or both (3).
    var kinds = [UInt8](repeating: 0, count: 0x10000)
    var lanes = [UInt8](repeating: 0, count: 0x10000)
    for unit in 0..<0x10000 {
      let isWord = tables.isWordCharacter(UInt16(unit))
      let code = codes[unit]
      lanes[unit] = (isWord ? Self.wordFlag : 0) | UInt8(truncatingIfNeeded: code) & ~Self.wordFlag
      if code != 0 { kinds[Int(code)] |= isWord ? 1 : 2 }
    }
    self.lanes = lanes
    var words = Set<UInt64>()
    var phrases = Set<UInt64>()
    var mixed = false
    for key in keys {
      var packed: UInt64 = 0
      var wordLength = 0
      var inWord = true
      var count = 0
      for code in key.prefix(Self.width) {
        let kind = kinds[Int(code)]
        mixed = mixed || kind == 3
        inWord = inWord && kind == 1
        if inWord { wordLength += 1 }
        let lane = (kind == 1 ? Self.wordFlag : 0) | UInt8(truncatingIfNeeded: code) & ~Self.wordFlag
        packed |= UInt64(lane) << UInt64(8 * count)
        count += 1
      }
      let phraseLength = Self.phraseLength(wordLength: wordLength)
      if key.count >= phraseLength {
        phrases.insert(packed & Self.mask(phraseLength))
      } else {
        words.insert(packed & Self.mask(wordLength))
      }
    }
    self.words = Bitmap(words, full: mixed)
    self.phrases = Bitmap(phrases, full: mixed)
  }

  /// The length of the phrase of a window whose first word has `wordLength` units (up to `width`).
  @inline(__always)
  static func phraseLength(wordLength: Int) -> Int { min(width, wordLength &+ 1 &+ secondWordUnits) }

  /// The lanes of the first `count` units (up to `width`) of a packed window.
  @inline(__always)
  static func mask(_ count: Int) -> UInt64 { count >= width ? ~0 : (1 &<< UInt64(8 &* count)) &- 1 }

  /// A set of `UInt64`s as one bit each, a power of two bits long.
  struct Bitmap: Sendable {
    private(set) var bits: [UInt64]
    /// `64 - log2(bit count)`: a hash's top bits pick the bit.
    private(set) var shift: UInt64

    /// The bits of `values`, about 64 bits per value (at least 4,096, at most 2^20); every bit when `full`.
    init(_ values: Set<UInt64>, full: Bool) {
      var count = 4096
      while count < values.count * 64 && count < 1 << 20 { count <<= 1 }
      bits = [UInt64](repeating: full ? ~0 : 0, count: count / 64)
      shift = UInt64(64 - count.trailingZeroBitCount)
      for value in values {
        let bit = Self.bit(value, shift)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }

    @inline(__always)
    static func bit(_ value: UInt64, _ shift: UInt64) -> Int {
      Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }
  }

  /// Calls `body` with the filter as unchecked buffers.
  @inline(__always)
  func withUnsafeView<T>(_ body: (UnsafeView) -> T) -> T {
    lanes.withUnsafeBufferPointer { lanes in
      words.bits.withUnsafeBufferPointer { words in
        phrases.bits.withUnsafeBufferPointer { phrases in
          body(
            UnsafeView(
              lanes: lanes, words: words, wordShift: self.words.shift, phrases: phrases,
              phraseShift: self.phrases.shift))
        }
      }
    }
  }

  /// What a text position begins.
  struct Beginning {
    /// The number of word characters from the position on, up to `width`.
    var wordLength: Int
    /// Whether a key may begin at the position.
    var mayBeginKey: Bool
  }

  /// The filter as unchecked buffers, for the scan loop; valid only inside `withUnsafeView`.
  struct UnsafeView {
    let lanes: UnsafeBufferPointer<UInt8>
    let words: UnsafeBufferPointer<UInt64>
    let wordShift: UInt64
    let phrases: UnsafeBufferPointer<UInt64>
    let phraseShift: UInt64

    /// Writes the lanes of `text`'s units to `out`, then `width` zeros (`text.count + width` bytes).
    @inline(__always)
    func writeLanes(of text: UnsafeBufferPointer<UInt16>, to out: UnsafeMutablePointer<UInt8>) {
      for index in 0..<text.count { out[index] = lanes[Int(text[index])] }
      (out + text.count).initialize(repeating: 0, count: KeyPrefixFilter.width)
    }

    /// What begins at `start` in a text whose lanes `writeLanes` wrote to `lanes`: the length of its
    /// first word (up to `width`) and whether a key may begin there (false for most positions that
    /// begin none).
    @inline(__always)
    func beginning(lanes: UnsafePointer<UInt8>, at start: Int) -> Beginning {
      var packed = UInt64(littleEndian: UnsafeRawPointer(lanes + start).loadUnaligned(as: UInt64.self))
      let others = ~packed & 0x8080_8080_8080_8080
      let wordLength = others.trailingZeroBitCount &>> 3
      let word = packed & (((others & (0 &- others)) &>> 7) &- 1)
      packed &= KeyPrefixFilter.mask(KeyPrefixFilter.phraseLength(wordLength: wordLength))
      let wordBit = Bitmap.bit(word, wordShift)
      let phraseBit = Bitmap.bit(packed, phraseShift)
      let found =
        (words[wordBit &>> 6] &>> UInt64(wordBit & 63)) | (phrases[phraseBit &>> 6] &>> UInt64(phraseBit & 63))
      return Beginning(wordLength: wordLength, mayBeginKey: found & 1 != 0)
    }
  }
}
