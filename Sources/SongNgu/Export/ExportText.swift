/// Text handling shared by the writers: removing characters XML 1.0 forbids, and XML escaping.
enum ExportText {
  /// Whether XML 1.0 allows `scalar` in a document: tab, line feed, carriage return, U+0020–U+D7FF,
  /// U+E000–U+FFFD and U+10000 and above. (A Swift string never holds a lone surrogate.)
  static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
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
  static func removingForbiddenCharacters(_ text: String) -> (text: String, dropped: Int) {
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

  /// Where escaped text goes in an XML document, which decides what is escaped.
  enum XMLPlace: Sendable {
    /// Character data: `&`, `<` and `>` become entity references, carriage return becomes `&#13;`
    /// (a parser would turn a raw one into a line feed). Quotes, tab and line feed stay as they are.
    case text
    /// A double-quoted attribute value: as `text`, and `"` becomes `&quot;`, tab and line feed become
    /// `&#9;` and `&#10;` (a parser would turn raw ones into spaces). `'` stays: the bilingual
    /// writers (TMX, XLIFF) quote every attribute with `"`.
    case attribute
    /// Anywhere, for markup written by hand: as `attribute`, and `'` becomes `&apos;` too, so the
    /// text is safe as character data and between either kind of quote. What the TBX glossary
    /// writer and the JUnit coverage report use.
    case anywhere
  }

  /// Escapes `text` for `place`; with `droppingForbidden`, the characters XML 1.0 forbids
  /// (`isAllowedInXML`) are left out.
  ///
  /// The one XML escaper: the writers' own byte loop (`ExportBuffer`). Text with nothing to escape
  /// or drop is returned as it is.
  static func escaped(_ text: String, for place: XMLPlace, droppingForbidden: Bool = false) -> String {
    let context: ExportBuffer.Context
    switch place {
    case .text: context = .xmlText
    case .attribute: context = .xmlAttribute
    case .anywhere: context = .xmlAnywhere
    }
    var buffer = ExportBuffer(capacity: text.utf8.count + 16)
    var dropped = 0
    if droppingForbidden {
      dropped = buffer.appendCleaned(text, escapedFor: context)
    } else {
      buffer.append(text, escapedFor: context)
    }
    let escaped = buffer.storage.bytes
    // Escaping only lengthens: with nothing dropped, the same length means the same text.
    return dropped == 0 && escaped.count == text.utf8.count ? text : String(decoding: escaped, as: UTF8.self)
  }

  /// Escapes `text` for XML character data (`escaped(_:for:)` with `.text`).
  static func escapedText(_ text: String) -> String {
    escaped(text, for: .text)
  }

  /// Escapes `text` for a double-quoted XML attribute value (`escaped(_:for:)` with `.attribute`).
  static func escapedAttribute(_ text: String) -> String {
    escaped(text, for: .attribute)
  }
}
