/// Vietnamese function words that open sentences and clauses (`Sau`, `Theo`, `Trong`, `Nhưng`,
/// `Không`) and are never a syllable of a name, in lower case.
///
/// One closed list for two readers: the sentence segmenter takes such a word, capitalised after text
/// with no punctuation before it, as the start of a new sentence (`… em H. Sau đó …`, a heading glued
/// to its paragraph), and the candidate detector never takes one into a name (`Samsung Nhưng` →
/// `Samsung`).
enum FunctionWords {
  static let words: [String] = [
    "sau", "theo", "trong", "tại", "khi", "nhưng", "tuy", "do", "với", "về", "từ", "ngoài", "đây", "đó", "cũng",
    "hiện", "nếu", "dù", "vì", "để", "còn", "riêng", "cùng", "thêm", "chỉ", "tôi", "chúng", "họ", "nó", "ở", "và",
    "mặc", "song", "như", "lúc", "giữa", "qua", "nhờ", "bởi", "ngay", "đến", "cho", "các", "những", "một", "mỗi",
    "trên", "dưới", "không", "chưa", "đã", "đang", "sẽ", "vừa", "mới", "vẫn", "đều", "thì", "mà", "là", "của",
    "được", "bị", "hay", "hoặc", "rằng", "này", "kể", "trước", "ông", "bà", "việc",
  ]
  // Not nouns, which titles capitalise after a lower-case word (`Chương trình Điều bền vững`), except
  // `việc` (the doing of), which opens sentences and is no name's (`Trung tâm Dịch vụ Việc làm` is one of
  // the `nouns`); nor `năm`, `hai`, `ba`, `sáu`: southern given names (`Trần Thị Năm`).

  /// Nouns that start with one of the words, which titles capitalise (`Chương trình Không khí sạch`,
  /// `Phòng không - Không quân`): there the word opens no clause.
  static let nouns: [String] = [
    "không khí", "không quân", "không gian", "không phận", "hiện tượng", "hiện vật", "hiện trạng", "hiện trường",
    "cho vay", "trước bạ", "việc làm", "từ điển",
  ]
  static let nounKeys = Set(nouns.map { Array($0.utf16) })

  /// Whether `word` and `next` (lower case, UTF-16) are one of the `nouns`.
  static func isNoun(_ word: [UInt16], _ next: [UInt16]) -> Bool {
    nounKeys.contains(word + [0x20] + next)
  }

  /// The words, keyed by their lower-case UTF-16 units.
  static let keys = Set(words.map { Array($0.utf16) })

  /// The longest single word, in UTF-16 units.
  static let longest = keys.map(\.count).max() ?? 0

  /// Whether the units of `range` in `text`, lower-cased, are one of the words.
  static func contains(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
    guard range.count <= longest else { return false }
    let tables = CharacterTables.shared
    return keys.contains(range.map { tables.lowercase(text[$0]) })
  }
}
