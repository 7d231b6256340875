/// Escapes text for XML 1.0 content and attribute values.
enum XMLEscaping {
  /// `text` with `& < > " '` escaped, tab and line ends written as character references (so they
  /// survive attribute-value normalization), and characters XML 1.0 forbids (C0 controls other than
  /// tab/LF/CR, U+FFFE, U+FFFF) left out.
  static func escape(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x26: output += "&amp;"
      case 0x3C: output += "&lt;"
      case 0x3E: output += "&gt;"
      case 0x22: output += "&quot;"
      case 0x27: output += "&apos;"
      case 0x09: output += "&#9;"
      case 0x0A: output += "&#10;"
      case 0x0D: output += "&#13;"
      case 0x00..<0x20, 0xFFFE, 0xFFFF: continue
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
