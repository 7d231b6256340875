/// How a `TermMatcher` compares glossary terms with text, beyond each entry's own policies.
///
/// Whatever the options, NFC and NFD spellings, old and new tone placement (`hòa`/`hoà`,
/// `thủy`/`thuỷ`), `Đ` look-alikes (`Ð`, `Ɖ`) and runs of white space are equivalent.
public struct TermMatchingOptions: Sendable, Codable, Equatable {
  /// Treats a syllable's lone final `i` and `y` as the same letter (`kỹ`/`kĩ`, `lý`/`lí`, `quý`/`quí`).
  ///
  /// Only syllables whose whole rime is that one vowel are folded, so `tay` and `tai` stay distinct.
  public var iyEquivalent: Bool
  /// Overrides every entry's `diacritics` policy when set (`.insensitive`: match without tone and shape marks).
  public var diacritics: DiacriticMatching?
  /// Overrides every entry's `caseMatching` policy when set.
  public var caseMatching: CaseMatching?

  public init(iyEquivalent: Bool = false, diacritics: DiacriticMatching? = nil, caseMatching: CaseMatching? = nil) {
    self.iyEquivalent = iyEquivalent
    self.diacritics = diacritics
    self.caseMatching = caseMatching
  }
}
