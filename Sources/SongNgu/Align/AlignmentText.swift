/// Text handling of the line-oriented alignment formats (`TSVAlignmentWriter`, `MosesAlignmentWriter`).
enum AlignmentText {
  /// `text` on one line: tabs, line breaks and other line separators become single spaces.
  static func oneLine(_ text: String) -> String {
    guard
      text.unicodeScalars.contains(where: {
        $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{0B}"
          || $0 == "\u{0C}" || $0 == "\u{85}"
      })
    else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\t", "\n", "\r", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}": result.append(" ")
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}
