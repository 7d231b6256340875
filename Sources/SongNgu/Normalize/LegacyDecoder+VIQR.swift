extension LegacyDecoder {
  /// VIQR, the mnemonic of RFC 1456 ("Vietnamese Quoted-Readable"): a letter's marks are ASCII
  /// characters typed after it, shapes `a(` ă, `a^` â, `e^` ê, `o^` ô, `o+` ơ, `u+` ư and `dd` đ, then
  /// tones `'` acute, `` ` `` grave, `?` hook, `~` tilde, `.` dot below; `\` before a mark
  /// character writes it as itself.
  ///
  /// The rule that keeps ordinary punctuation (a full stop, a question mark, an apostrophe) as it is:
  /// marks are read only in a word (ASCII letters and mark characters, after a character that is not
  /// a letter or digit) that they make into one Vietnamese syllable, with its tone on a vowel where
  /// Vietnamese spelling puts one and, after a final c, ch, p or t, only an acute or a dot below.
  /// Any other word is left exactly as written (`Hello?`, `U.S.`, `rt.com`, `NATO.`). A `.` or
  /// `?` that ends a word is ambiguous (`bi.` is `bị`, `Nga.` is a sentence ending in `Nga`): it is
  /// read as a tone only when the toned syllable is a common Vietnamese one (`VietnameseWords`),
  /// and as punctuation otherwise; `\.` and `\?` force punctuation.
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
      if Self.isASCIILetter(character), index == 0 || !Self.isASCIIAlphanumeric(text[index - 1]),
        let (syllable, end) = Self.viqrSyllable(text, from: index)
      {
        scalars.append(contentsOf: syllable)
        index = end
        continue
      }
      scalars.append(character)
      index += 1
    }
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

  /// A letter of a VIQR word: an ASCII letter (lower case), đ, or a vowel with its shape.
  private struct Letter {
    var ascii: UInt32
    var isUpper: Bool
    var isD = false
    var vowel: VietnameseLetters.Base?

    /// The lower-case letter without a tone.
    var plain: Character {
      if isD { return "đ" }
      if let vowel { return Character(Unicode.Scalar(VietnameseLetters.compose(vowel, .level, upper: false)) ?? "?") }
      return Character(Unicode.Scalar(ascii) ?? "?")
    }
  }

  /// The syllable VIQR writes at `start` (an ASCII letter that starts a word) and the index after
  /// it, or nil when the word there is to be left as written (see `decodeVIQR()`).
  static func viqrSyllable(_ text: [UInt32], from start: Int) -> ([UInt32], Int)? {
    var letters: [Letter] = []
    var index = start
    var shaped = false
    var tone: (letter: Int, tone: VietnameseLetters.Tone, at: Int)?
    if index + 1 < text.count, text[index] | 0x20 == 0x64, text[index + 1] | 0x20 == 0x64 {
      letters.append(Letter(ascii: 0x64, isUpper: text[index] == 0x44, isD: true))
      shaped = true
      index += 2
    }
    scan: while index < text.count {
      let character = text[index]
      if isASCIILetter(character) {
        letters.append(Letter(ascii: character | 0x20, isUpper: character < 0x60, vowel: asciiVowel(character)))
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
        guard let result else { break scan }
        letters[letters.count - 1].vowel = result
        shaped = true
      default:
        guard tone == nil, let mark = viqrTone(character) else { break scan }
        tone = (letters.count - 1, mark, index)
      }
      index += 1
    }
    var end = index
    guard shaped || tone != nil else { return nil }
    // The word must end here: a letter or digit after it, or a mark character and then one
    // (`don't`, `rt.com`), makes it something else.
    if end < text.count {
      let next = text[end]
      if isASCIIAlphanumeric(next) { return nil }
      if isVIQRMark(next) || next == 0x5C, end + 1 < text.count, isASCIIAlphanumeric(text[end + 1]) { return nil }
    }
    let plain = String(letters.map(\.plain))
    guard let parts = VietnameseSyllable.parts(plain) else { return nil }
    var keepsTone = tone.map { isWellPlaced($0.letter, $0.tone, parts) } ?? false
    if let found = tone, found.at == end - 1 {
      // A tone character that ends the word may be punctuation.
      let isSentenceMark = found.tone == .dotBelow || found.tone == .hook
      if !keepsTone || (isSentenceMark && !isCommon(letters, toned: found)) {
        keepsTone = false
        end -= 1
      }
    } else if tone != nil && !keepsTone {
      return nil
    }
    guard shaped || keepsTone else { return nil }
    let result = letters.enumerated().map { offset, letter -> UInt32 in
      if letter.isD { return letter.isUpper ? 0x0110 : 0x0111 }
      guard let vowel = letter.vowel else { return letter.isUpper ? letter.ascii - 0x20 : letter.ascii }
      let mark = keepsTone && tone?.letter == offset ? tone?.tone ?? .level : .level
      return UInt32(VietnameseLetters.compose(vowel, mark, upper: letter.isUpper))
    }
    return (result, end)
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

  /// Whether the syllable with its tone is a common Vietnamese syllable (one that starts or ends
  /// a word of `VietnameseWords`).
  private static func isCommon(_ letters: [Letter], toned: (letter: Int, tone: VietnameseLetters.Tone, at: Int)) -> Bool
  {
    var units: [UInt16] = []
    for (offset, letter) in letters.enumerated() {
      if letter.isD {
        units.append(0x0111)
      } else if let vowel = letter.vowel {
        units.append(VietnameseLetters.compose(vowel, offset == toned.letter ? toned.tone : .level, upper: false))
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
