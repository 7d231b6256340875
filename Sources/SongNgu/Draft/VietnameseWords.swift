/// The lexicon of common Vietnamese multi-syllable words, for looking up whether a run of syllables
/// is one word (`ý kiến`, `dầu thô`, `nguồn tin`).
///
/// The list, `Draft/Data/vi-words.txt` (compiled in: the binary needs no resource bundle), holds
/// 11,030 words of two to four syllables, lower case, NFC, one a line. It was written for songngu
/// from general knowledge of Vietnamese by an AI assistant (no dictionary, word list or corpus was
/// copied) and is released under CC0 1.0. It is not complete: a word missing from it is unknown, not
/// "not a word". Lookups ignore case and the old/new placement of tone marks in `oa`/`oe`/`uy`
/// (`hoà` = `hòa`).
enum VietnameseWords {
  /// Folds case and tone placement the same way for the list and for lookups.
  private static let normalizer = Normalizer(options: NormalizationOptions(toneStyle: .old))

  private static let words: Set<String> = Set(
    String(decoding: PackageResources.vi_words_txt, as: UTF8.self).split(separator: "\n").map { fold(String($0)) })

  private static func fold(_ text: String) -> String { normalizer.normalize(text.lowercased()).text }

  /// Whether `text` (syllables separated by single spaces) is a word of the list.
  static func contains(_ text: String) -> Bool { words.contains(fold(text)) }

  /// The number of words.
  static var count: Int { words.count }
}
