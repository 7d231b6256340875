/// Where tone marks go in the open syllables `oa`, `oe` and `uy`.
///
/// The old style puts the mark on the first vowel (`hòa`, `thủy`), the new style on the second
/// (`hoà`, `thuỷ`). Every other syllable is written the same in both. Raw values are the CLI spellings.
public enum ToneStyle: String, Sendable, Codable, CaseIterable {
  /// Keep the author's spelling (the default).
  case keep
  /// Rewrite to the old style: `hòa`, `hòe`, `thủy`.
  case old
  /// Rewrite to the new style: `hoà`, `hoè`, `thuỷ`.
  case new
}

/// How the `Normalizer` cleans text.
public struct NormalizationOptions: Sendable, Codable, Equatable {
  /// Tone-mark placement in the output.
  public var toneStyle: ToneStyle
  /// Forces hard-wrapped-line joining (`true`), forbids it (`false`), or detects it per block (`nil`).
  public var wrapped: Bool?

  public init(toneStyle: ToneStyle = .keep, wrapped: Bool? = nil) {
    self.toneStyle = toneStyle
    self.wrapped = wrapped
  }
}
