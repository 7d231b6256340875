/// Refuses XML that could expand or fetch entities, before any parser sees it.
///
/// Entity declarations (`<!ENTITY …>`, the "billion laughs" bomb and external entities such as
/// `SYSTEM "file:///etc/passwd"`) and DOCTYPEs with an internal subset (`<!DOCTYPE x [ … ]>`) are
/// refused with their line and column. A DOCTYPE that only names an external DTD
/// (`<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">`) is allowed; it is never fetched. Comments,
/// CDATA sections and processing instructions are skipped, so text that only mentions `<!ENTITY` is fine.
///
/// The allowed DOCTYPE is then blanked out (replaced by spaces, line breaks kept, so positions do not
/// move): Foundation's XMLParser on Linux would otherwise try to load the external DTD. Processing
/// instructions other than the XML declaration are taken out (their line breaks kept, so lines do not
/// move), as a parser leaves them out of the text: no reader uses them, and FoundationXML on Linux
/// stops the process on one without data (`<?x?>`, found by fuzzing).
enum XMLSafetyCheck {
  static func check(_ text: inout [UInt16], path: String) throws(SongNguError) {
    var index = 0
    var line = 1
    var lineStart = 0
    let count = text.count
    /// Processing instructions to take out once the scan is done.
    var instructions: [Range<Int>] = []
    defer {
      if !instructions.isEmpty {
        var kept: [UInt16] = []
        kept.reserveCapacity(text.count)
        var start = 0
        for range in instructions {
          kept += text[start..<range.lowerBound]
          kept += text[range].filter { $0 == 0x0A }
          start = range.upperBound
        }
        kept += text[start...]
        text = kept
      }
    }

    func matches(_ literal: String, at position: Int, ignoringCase: Bool = false) -> Bool {
      var offset = position
      for unit in literal.utf16 {
        guard offset < count else { return false }
        let actual = ignoringCase ? CharacterClass.lowercase(text[offset]) : text[offset]
        let expected = ignoringCase ? CharacterClass.lowercase(unit) : unit
        guard actual == expected else { return false }
        offset += 1
      }
      return true
    }
    /// Advances `index` to just after `terminator`, counting lines.
    func skip(to terminator: String) {
      while index < count {
        if matches(terminator, at: index) {
          index += terminator.utf16.count
          return
        }
        if text[index] == 0x0A {
          line += 1
          lineStart = index + 1
        }
        index += 1
      }
    }
    func refuse(_ reason: String, at position: Int) -> SongNguError {
      .unsafeXML(path: path, line: line, column: position - lineStart + 1, reason: reason)
    }

    while index < count {
      let unit = text[index]
      if unit == 0x0A {
        line += 1
        lineStart = index + 1
        index += 1
        continue
      }
      if unit == 0x26 {  // '&': only the predefined entities and character references exist
        var end = index + 1
        while end < count && end - index < 40 && text[end] != 0x3B && text[end] != 0x3C && text[end] != 0x0A {
          end += 1
        }
        let name = String(decoding: text[(index + 1)..<min(end, count)], as: UTF16.self)
        let known = ["amp", "lt", "gt", "quot", "apos"].contains(name) || (name.hasPrefix("#") && name.count > 1)
        guard end < count && text[end] == 0x3B && known else {
          throw .malformedData(
            path: path, line: line, column: index - lineStart + 1,
            expected:
              "undefined entity reference '&\(name)\(end < count && text[end] == 0x3B ? ";" : "")'; write a literal & as &amp;"
          )
        }
        index = end + 1
        continue
      }
      guard unit == 0x3C else {  // '<'
        index += 1
        continue
      }
      if matches("<!--", at: index) {
        skip(to: "-->")
      } else if matches("<![CDATA[", at: index) {
        skip(to: "]]>")
      } else if matches("<?", at: index) {
        let start = index
        let isDeclaration =
          start == (text.first == 0xFEFF ? 1 : 0) && matches("<?xml", at: start) && start + 5 < count
          && CharacterClass.isSpace(text[start + 5])
        skip(to: "?>")
        if !isDeclaration && matches("?>", at: index - 2) && index - start >= 4 {
          instructions.append(start..<index)
        }
      } else if matches("<!ENTITY", at: index, ignoringCase: true) {
        throw refuse(
          "entity declarations are not accepted (they can expand without limit or read local files); remove <!ENTITY …>",
          at: index)
      } else if matches("<!DOCTYPE", at: index, ignoringCase: true) {
        let start = index
        index += 9
        // Name and external identifier: quoted literals may hold '[' or '>'.
        while index < count {
          let unit = text[index]
          if unit == 0x22 || unit == 0x27 {
            let quote = unit
            index += 1
            while index < count && text[index] != quote {
              if text[index] == 0x0A {
                line += 1
                lineStart = index + 1
              }
              index += 1
            }
          } else if unit == 0x5B {  // '['
            throw refuse(
              "a DOCTYPE with an internal subset ([ … ]) is not accepted (it can declare entities); keep only <!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\"> or none",
              at: start)
          } else if unit == 0x3E {  // '>'
            for position in start...index where text[position] != 0x0A { text[position] = 0x20 }
            break
          } else if unit == 0x0A {
            line += 1
            lineStart = index + 1
          }
          index += 1
        }
      } else {
        index += 1
      }
    }
  }
}
