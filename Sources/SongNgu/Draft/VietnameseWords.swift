/// The lexicon of common Vietnamese multi-syllable words (`VietnameseWordList`), for looking up
/// whether a run of syllables is one word.
///
/// Lookups ignore case and the old/new placement of tone marks in `oa`/`oe`/`uy` (`hoà` = `hòa`).
enum VietnameseWords {
  /// Folds case and tone placement the same way for the list and for lookups.
  private static let normalizer = Normalizer(options: NormalizationOptions(toneStyle: .old))

  private static let words: Set<String> = Set(
    VietnameseWordList.text.split(separator: "\n").map { fold(String($0)) })

  private static func fold(_ text: String) -> String { normalizer.normalize(text.lowercased()).text }

  /// Whether `text` (syllables separated by single spaces) is a word of the list.
  static func contains(_ text: String) -> Bool { words.contains(fold(text)) }

  /// The number of words.
  static var count: Int { words.count }
}
