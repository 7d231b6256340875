/// How an entry's source term is compared with the text, diacritics wise.
public enum DiacriticMatching: String, Sendable, Codable, CaseIterable {
  /// Diacritics are distinctive (`Nga` Russia ≠ `ngà` ivory). The default.
  case exact
  /// Tone and shape marks are ignored, and `đ` matches `d` (it does not decompose, so it is folded explicitly).
  case insensitive
}
