extension LegacyDecoder {
  /// VIQR, the mnemonic of RFC 1456 ("Vietnamese Quoted-Readable"): a letter's marks are ASCII
  /// characters typed after it, shapes `a(` ă, `a^` â, `e^` ê, `o^` ô, `o+` ơ, `u+` ư and `dd` đ, then
  /// tones `'` acute, `` ` `` grave, `?` hook, `~` tilde, `.` dot below; `\` before a mark
  /// character writes it as itself.
  ///
  /// The rules that keep ordinary punctuation (a full stop, a question mark, an apostrophe) as it
  /// is, word by word (a word is ASCII letters with the marks after its vowels, after a character
  /// that is not a letter or digit):
  /// - A word that its marks make into one Vietnamese syllable, with its tone on a vowel where
  ///   Vietnamese spelling puts one (after a final c, ch, p or t only an acute or a dot below), is
  ///   read with all its marks. A `.` or `?` that ends it before a space, the end of the line or a
  ///   closing quote or bracket is ambiguous (`bi.` is `bị`, `Nga.` is a sentence ending in `Nga`):
  ///   it is the tone only when the toned syllable is a common one (`VietnameseWords`), unless the
  ///   file escapes its punctuation (`viqrStrict`), when it always is.
  /// - Any other word (a foreign name, an acronym, English) is read only with the marks that
  ///   cannot be punctuation there: shapes, a tone followed by a letter (`Esta'dio`), a final
  ///   `'` `` ` `` `~` (`Jose'`); never a `.` or `?` (`Hello?`, `U.S.`, `rt.com`, `NATO.`), nor the
  ///   `'` of an English contraction (`you're`, `I'd`) or after an elided first letter
  ///   (`O'Connell`). A second tone that ends a word is punctuation (`No^.i.` is `Nội.`).
  /// - `dd` starts a word with đ (`DDBSCL` is ĐBSCL); `DD` inside an acronym in capitals with at
  ///   most one vowel, not first, is Đ too (`HDDND` is HĐND).
  /// - A token holding `://` or `@`, or starting with `www.`, is an address, left as written.
  mutating func decodeVIQR() {
    var text: [UInt32] = []
    text.reserveCapacity(codes.count)
    for (index, code) in codes.enumerated() {
      if code == Self.lost {
        text.append(0xFFFD)
        unmapped.append(
          Unmapped(
            column: index + 1, message: "byte has no character in Windows-1252, the reading of a VIQR file's bytes"))
      } else {
        text.append(code & ~Self.kept)
      }
    }
    scalars.reserveCapacity(text.count)
    var index = 0
    while index < text.count {
      let character = text[index]
      if character == 0x5C, index + 1 < text.count, Self.isVIQRMark(text[index + 1]) || text[index + 1] == 0x5C {
        scalars.append(text[index + 1])
        index += 2
        continue
      }
      if index == 0 || Self.isSpace(text[index - 1]) {
        var end = index
        while end < text.count && !Self.isSpace(text[end]) { end += 1 }
        if Self.isAddress(text[index..<end]) {
          while index < end {
            // Escapes still hold: `\.` is a full stop.
            if text[index] == 0x5C && index + 1 < end && Self.isVIQRMark(text[index + 1]) { index += 1 }
            scalars.append(text[index])
            index += 1
          }
          continue
        }
      }
      if Self.isASCIILetter(character), index == 0 || !Self.isASCIIAlphanumeric(text[index - 1]) {
        let (word, end) = Self.viqrWord(text, from: index, strict: viqrStrict)
        scalars.append(contentsOf: word)
        index = end
        continue
      }
      scalars.append(character)
      index += 1
    }
  }

  /// Whether the start of a VIQR file escapes punctuation after a vowel (`\.` or `\?`), as RFC 1456
  /// asks: then every mark it leaves unescaped is a mark.
  static func escapesVIQRPunctuation(_ bytes: ArraySlice<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      if previous == 0x5C && (byte == 0x2E || byte == 0x3F) { return true }
      previous = byte
    }
    return false
  }

  static func isSpace(_ character: UInt32) -> Bool {
    character == 0x20 || character == 0x09 || character == 0xA0 || (0x2000...0x200A).contains(character)
  }

  /// Whether a token (no spaces) is a web or e-mail address.
  static func isAddress(_ token: ArraySlice<UInt32>) -> Bool {
    let string = String(String.UnicodeScalarView(token.compactMap { Unicode.Scalar($0) })).lowercased()
    return string.contains("://") || string.contains("@") || string.hasPrefix("www.")
  }

  static func isASCIILetter(_ character: UInt32) -> Bool { (0x61...0x7A).contains(character | 0x20) }
  static func isASCIIAlphanumeric(_ character: UInt32) -> Bool {
    isASCIILetter(character) || (0x30...0x39).contains(character)
  }
  /// Whether `character` is one of VIQR's mark characters: `` ^ ( + ' ` ? ~ . `` (see `decodeVIQR()`).
  static func isVIQRMark(_ character: UInt32) -> Bool {
    switch character {
    case 0x5E, 0x28, 0x2B, 0x27, 0x60, 0x3F, 0x7E, 0x2E: return true
    default: return false
    }
  }

  static func viqrTone(_ character: UInt32) -> VietnameseLetters.Tone? {
    switch character {
    case 0x27: return .acute
    case 0x60: return .grave
    case 0x3F: return .hook
    case 0x7E: return .tilde
    case 0x2E: return .dotBelow
    default: return nil
    }
  }

  /// A letter of a VIQR word: an ASCII letter (lower case), đ, or a vowel with the marks typed
  /// after it and where they were.
  private struct Letter {
    var ascii: UInt32
    var isUpper: Bool
    var isD = false
    /// Where the `dd` of a đ starts (its two characters are written back when it is not read).
    var dAt: Int?
    var vowel: VietnameseLetters.Base?
    var shapeAt: Int?
    var tone: VietnameseLetters.Tone?
    var toneAt: Int?

    /// The lower-case letter with its shape and without a tone.
    var plain: Character {
      if isD { return "đ" }
      if let vowel { return Character(Unicode.Scalar(VietnameseLetters.compose(vowel, .level, upper: false)) ?? "?") }
      return Character(Unicode.Scalar(ascii) ?? "?")
    }
  }

  /// The word VIQR writes at `start` (an ASCII letter that starts a word), converted as
  /// `decodeVIQR()` says, and the index after it.
  static func viqrWord(_ text: [UInt32], from start: Int, strict: Bool) -> ([UInt32], Int) {
    var letters: [Letter] = []
    var index = start
    if index + 1 < text.count, text[index] | 0x20 == 0x64, text[index + 1] | 0x20 == 0x64 {
      letters.append(Letter(ascii: 0x64, isUpper: text[index] == 0x44, isD: true, dAt: index))
      index += 2
    }
    scan: while index < text.count {
      let character = text[index]
      if isASCIILetter(character) {
        let vowel = asciiVowel(character)
        letters.append(Letter(ascii: character | 0x20, isUpper: character < 0x60, vowel: vowel))
        index += 1
        continue
      }
      guard let last = letters.last, let vowel = last.vowel else { break }
      switch character {
      case 0x5E, 0x28, 0x2B:  // ^ ( +
        let result: VietnameseLetters.Base?
        switch (character, vowel) {
        case (0x5E, .a): result = .aCircumflex
        case (0x5E, .e): result = .eCircumflex
        case (0x5E, .o): result = .oCircumflex
        case (0x28, .a): result = .aBreve
        case (0x2B, .o): result = .oHorn
        case (0x2B, .u): result = .uHorn
        default: result = nil
        }
        guard let result, last.shapeAt == nil, last.toneAt == nil else { break scan }
        letters[letters.count - 1].vowel = result
        letters[letters.count - 1].shapeAt = index
      default:
        guard last.toneAt == nil, let mark = viqrTone(character) else { break scan }
        letters[letters.count - 1].tone = mark
        letters[letters.count - 1].toneAt = index
      }
      index += 1
    }
    var end = index
    mergeAcronymD(&letters)
    // A second tone that ends the word is punctuation: `No^.i.` is Nội and a full stop.
    if let last = letters.lastIndex(where: { $0.toneAt != nil }), letters[last].toneAt == end - 1,
      letters.filter({ $0.toneAt != nil }).count >= 2
    {
      letters[last].tone = nil
      letters[last].toneAt = nil
      end -= 1
    }
    // A letter or digit after the word, or a mark character and then one (`don't`, `rt.com`),
    // makes it part of something longer.
    var continues = false
    if end < text.count {
      let next = text[end]
      continues =
        isASCIIAlphanumeric(next)
        || ((isVIQRMark(next) || next == 0x5C) && end + 1 < text.count && isASCIIAlphanumeric(text[end + 1]))
    }
    let toned = letters.indices.filter { letters[$0].toneAt != nil }
    let plain = String(letters.map(\.plain))
    if !continues, toned.count <= 1, let parts = VietnameseSyllable.parts(plain),
      toned.allSatisfy({ isWellPlaced($0, letters[$0].tone ?? .level, parts) })
    {
      // One Vietnamese syllable: every mark is read, but an ambiguous final . or ?.
      if let letter = toned.first, let at = letters[letter].toneAt, at == end - 1, !strict,
        letters[letter].tone == .dotBelow || letters[letter].tone == .hook,
        end == text.count || isSpace(text[end]) || isClosing(text[end]), !isCommon(letters)
      {
        letters[letter].tone = nil
        letters[letter].toneAt = nil
        end -= 1
      }
      return (spell(letters, text: text, reading: { _ in true }), end)
    }
    // Something else: only the marks that cannot be punctuation there.
    let afterQuote = start > 0 && (text[start - 1] == 0x27 || text[start - 1] == 0x2018)
    let result = spell(letters, text: text) { offset in
      let letter = letters[offset]
      guard let at = letter.toneAt else { return true }
      let mark = text[at]
      if at == end - 1 { return mark == 0x60 || mark == 0x7E || (mark == 0x27 && !afterQuote) }
      if mark == 0x2E { return false }
      if mark == 0x27 {
        // An English contraction (you're, I'd) or an elided prefix (O'Connell, L'Oréal).
        let rest = String(letters[(offset + 1)...].map(\.plain))
        let elision = offset == 0 && offset + 1 < letters.count && letters[offset + 1].isUpper
        return !["m", "d", "s", "t", "ll", "ve", "re"].contains(rest) && !elision
      }
      return true
    }
    return (result, end)
  }

  /// Joins `DD` inside an acronym in capitals (at most one vowel, not first) into Đ, the pairs
  /// counted from the end of a run (`BGDDDT` is BGDĐT).
  private static func mergeAcronymD(_ letters: inout [Letter]) {
    guard letters.count >= 2, letters.allSatisfy({ $0.isUpper }), letters.first?.vowel == nil,
      letters.filter({ $0.vowel != nil }).count <= 1, letters.allSatisfy({ $0.toneAt == nil && $0.shapeAt == nil })
    else { return }
    var merged: [Letter] = []
    var index = 0
    while index < letters.count {
      guard letters[index].ascii == 0x64 && !letters[index].isD else {
        merged.append(letters[index])
        index += 1
        continue
      }
      var run = index
      while run < letters.count && letters[run].ascii == 0x64 && !letters[run].isD { run += 1 }
      var count = run - index
      if count % 2 == 1 {
        merged.append(letters[index])
        count -= 1
      }
      for _ in 0..<(count / 2) { merged.append(Letter(ascii: 0x64, isUpper: true, isD: true)) }
      index = run
    }
    letters = merged
  }

  /// Closing quotes and brackets: after them a final `.` or `?` may end a sentence.
  private static func isClosing(_ character: UInt32) -> Bool {
    [0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D].contains(character)
  }

  /// The letters written out: each read mark composed into its letter, each unread one written
  /// back after it as the character it was.
  private static func spell(_ letters: [Letter], text: [UInt32], reading: (Int) -> Bool) -> [UInt32] {
    var result: [UInt32] = []
    for (offset, letter) in letters.enumerated() {
      if letter.isD {
        result.append(letter.isUpper ? 0x0110 : 0x0111)
        continue
      }
      guard let vowel = letter.vowel else {
        result.append(letter.isUpper ? letter.ascii - 0x20 : letter.ascii)
        continue
      }
      let readsTone = letter.tone != nil && reading(offset)
      result.append(
        UInt32(VietnameseLetters.compose(vowel, readsTone ? letter.tone ?? .level : .level, upper: letter.isUpper)))
      if !readsTone, let at = letter.toneAt { result.append(text[at]) }
    }
    return result
  }

  /// Whether a tone on letter `letter` of the syllable with `parts` is where Vietnamese puts one,
  /// and a tone its final allows (only acute and dot below after c, ch, p, t).
  private static func isWellPlaced(
    _ letter: Int, _ tone: VietnameseLetters.Tone,
    _ parts: (initial: String, nucleus: String, final: String)
  ) -> Bool {
    if ["c", "ch", "p", "t"].contains(parts.final) && tone != .acute && tone != .dotBelow { return false }
    let initialLength = parts.initial.count
    if parts.nucleus.isEmpty { return letter == initialLength - 1 }  // gì: the i of gi
    return VietnameseSyllable.tonePositions(nucleus: parts.nucleus, hasFinal: !parts.final.isEmpty)
      .contains(letter - initialLength)
  }

  /// Whether the syllable `letters` with its tone is a common Vietnamese syllable (one that starts
  /// or ends a word of `VietnameseWords`).
  private static func isCommon(_ letters: [Letter]) -> Bool {
    var units: [UInt16] = []
    for letter in letters {
      if letter.isD {
        units.append(0x0111)
      } else if let vowel = letter.vowel {
        units.append(VietnameseLetters.compose(vowel, letter.tone ?? .level, upper: false))
      } else {
        units.append(UInt16(letter.ascii))
      }
    }
    let key = units.withUnsafeBufferPointer {
      VietnameseWords.adding(0..<$0.count, of: $0, to: VietnameseWords.emptyKey)
    }
    return VietnameseWords.startsAWord(key) || VietnameseWords.endsAWord(key)
  }
}
