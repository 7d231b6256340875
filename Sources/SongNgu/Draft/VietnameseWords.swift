/// The lexicon of common Vietnamese multi-syllable words, for looking up whether a run of syllables
/// is one word (`ý kiến`, `dầu thô`, `nguồn tin`).
///
/// The list, `Draft/Data/vi-words.txt` (compiled in: the binary needs no resource bundle), holds
/// 11,925 words of two to four syllables, lower case, NFC, one a line. It was written for songngu
/// from general knowledge of Vietnamese by an AI assistant (no dictionary, word list or corpus was
/// copied) and is released under CC0 1.0. It is not complete: a word missing from it is unknown, not
/// "not a word". Lookups ignore case and the old/new placement of tone marks in `oa`/`oe`/`uy`
/// (`hoà` = `hòa`).
enum VietnameseWords {
  /// A word (or syllable) as a number.
  ///
  /// FNV-1a over its lower-case UTF-16 units, syllables joined by one space. Lookups hash the sentence's own units, so no string is made per look-up; two words
  /// of the list with the same number (a 1 in 2^64 chance per pair) would stand for each other.
  typealias Key = UInt64

  static let emptyKey: Key = 0xCBF2_9CE4_8422_2325
  private static let prime: Key = 0x100_0000_01B3

  /// `key` continued with `unit`, lower-cased.
  @inline(__always)
  static func adding(_ unit: UInt16, to key: Key) -> Key {
    (key ^ Key(CharacterClass.lowercase(unit))) &* prime
  }

  /// `key` continued with the units of `range`.
  static func adding(_ range: Range<Int>, of units: UnsafeBufferPointer<UInt16>, to key: Key) -> Key {
    var key = key
    for index in range { key = adding(units[index], to: key) }
    return key
  }

  /// The key of the syllables `ranges` of `units`, joined by single spaces.
  static func key(_ ranges: some Sequence<Range<Int>>, of units: UnsafeBufferPointer<UInt16>) -> Key {
    var key = emptyKey
    var first = true
    for range in ranges {
      if !first { key = adding(0x20, to: key) }
      first = false
      key = adding(range, of: units, to: key)
    }
    return key
  }

  /// The key of `text`.
  static func key(_ text: String) -> Key {
    Array(text.utf16).withUnsafeBufferPointer { adding(0..<$0.count, of: $0, to: emptyKey) }
  }

  /// The list as written.
  private static let list = String(decoding: PackageResources.vi_words_txt, as: UTF8.self).split(separator: "\n")
    .map(String.init)

  /// The words, each in both tone placements (`hòa bình`, `hoà bình`), and the syllables that start
  /// and end them.
  private static let (words, firstSyllables, lastSyllables): (Set<Key>, Set<Key>, Set<Key>) = {
    let new = Normalizer(options: NormalizationOptions(toneStyle: .new))
    var words = Set<Key>()
    var firsts = Set<Key>()
    var lasts = Set<Key>()
    for word in list {
      for spelling in Set([word, new.normalize(word).text]) {
        words.insert(key(spelling))
        let syllables = spelling.split(separator: " ")
        if let first = syllables.first { firsts.insert(key(String(first))) }
        if let last = syllables.last { lasts.insert(key(String(last))) }
      }
    }
    return (words, firsts, lasts)
  }()

  /// Whether the run with this key is a word of the list.
  static func contains(_ key: Key) -> Bool { words.contains(key) }

  /// Whether `text` (syllables separated by single spaces, any case) is a word of the list.
  static func contains(_ text: String) -> Bool { words.contains(key(text)) }

  /// Whether some word starts with the syllable with this key.
  static func startsAWord(_ key: Key) -> Bool { firstSyllables.contains(key) }

  /// Whether some word ends with the syllable with this key.
  static func endsAWord(_ key: Key) -> Bool { lastSyllables.contains(key) }

  /// The number of words.
  static var count: Int { list.count }
}
