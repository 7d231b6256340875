/// Text handling shared by the writers: removing characters XML 1.0 forbids, and XML escaping.
public enum ExportText {
  /// Whether XML 1.0 allows `scalar` in a document: tab, line feed, carriage return, U+0020–U+D7FF,
  /// U+E000–U+FFFD and U+10000 and above. (A Swift string never holds a lone surrogate.)
  public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return true
    case 0x00..<0x20: return false
    case 0xFFFE, 0xFFFF: return false
    default: return true
    }
  }

  /// `text` without the characters XML 1.0 forbids, and how many were dropped.
  ///
  /// Works on UTF-8 bytes: the forbidden characters are single bytes below 0x20 and the sequences
  /// EF BF BE / EF BF BF (U+FFFE, U+FFFF), so clean text (nearly all of it) is returned untouched.
  public static func removingForbiddenCharacters(_ text: String) -> (text: String, dropped: Int) {
    var needsWork = false
    for byte in text.utf8 where (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF {
      needsWork = true
      break
    }
    guard needsWork, !text.unicodeScalars.allSatisfy(isAllowedInXML) else { return (text, 0) }
    var kept = String.UnicodeScalarView()
    var dropped = 0
    for scalar in text.unicodeScalars {
      if isAllowedInXML(scalar) { kept.append(scalar) } else { dropped += 1 }
    }
    return (String(kept), dropped)
  }

  /// Escapes `text` for XML character data.
  ///
  /// `&`, `<` and `>` become entity references, carriage return becomes `&#13;` (a parser would turn
  /// a raw one into a line feed). Quotes need no escape here.
  public static func escapedText(_ text: String) -> String {
    escaped(text, inAttribute: false)
  }

  /// Escapes `text` for a double-quoted XML attribute value.
  ///
  /// `&`, `<`, `>` and `"` become entity references; tab, line feed and carriage return become
  /// character references (a parser would turn raw ones into spaces).
  public static func escapedAttribute(_ text: String) -> String {
    escaped(text, inAttribute: true)
  }

  /// Escapes with `ExportBuffer`, the writers' own escaping; text with nothing to escape is returned as it is.
  private static func escaped(_ text: String, inAttribute: Bool) -> String {
    let context: ExportBuffer.Context = inAttribute ? .xmlAttribute : .xmlText
    var buffer = ExportBuffer(capacity: text.utf8.count + 16)
    buffer.append(text, escapedFor: context)
    let escaped = buffer.storage.bytes
    return escaped.count == text.utf8.count ? text : String(decoding: escaped, as: UTF8.self)
  }
}
