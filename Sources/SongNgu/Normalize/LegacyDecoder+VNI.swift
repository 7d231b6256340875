extension LegacyDecoder {
  /// A VNI mark byte: the shape it gives the vowel before it and the tone.
  struct VNIMark {
    enum Shape { case none, circumflex, breve }
    var shape: Shape
    var tone: VietnameseLetters.Tone
  }

  /// VNI-Windows, after the VNI Software chart of its Windows fonts (VNI-Times and the others).
  ///
  /// A letter is its ASCII base letter followed by one mark byte (shape and tone together), so
  /// `ấ` is `a` + 0xE1 and `Ấ` is `A` + 0xC1; the mark bytes have a lower-case set (0xE0–0xFC) and a
  /// capital set (0xC0–0xDC), and the base letter decides the case. Đ đ, Ơ ơ, Ư ư, the toned i's
  /// and ỵ have bytes of their own; ơ and ư take a tone byte after them. The fonts keep
  /// Windows-1252's characters on the other bytes.
  static let vniMarks: [UInt8: VNIMark] = {
    var marks: [UInt8: VNIMark] = [:]
    // Lower-case bytes, then capital ones, in the same order.
    let rows: [(VNIMark.Shape, [VietnameseLetters.Tone], [UInt8], [UInt8])] = [
      (
        .none, [.acute, .grave, .hook, .tilde, .dotBelow], [0xF9, 0xF8, 0xFB, 0xF5, 0xEF],
        [0xD9, 0xD8, 0xDB, 0xD5, 0xCF]
      ),
      (
        .circumflex, [.level, .acute, .grave, .hook, .tilde, .dotBelow], [0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4],
        [0xC2, 0xC1, 0xC0, 0xC5, 0xC3, 0xC4]
      ),
      (
        .breve, [.level, .acute, .grave, .hook, .tilde, .dotBelow], [0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB],
        [0xCA, 0xC9, 0xC8, 0xDA, 0xDC, 0xCB]
      ),
    ]
    for (shape, tones, lower, upper) in rows {
      for (index, tone) in tones.enumerated() {
        marks[lower[index]] = VNIMark(shape: shape, tone: tone)
        marks[upper[index]] = VNIMark(shape: shape, tone: tone)
      }
    }
    return marks
  }()

  /// The VNI bytes that are whole letters: (base, tone, upper case).
  static let vniLetters: [UInt8: VietnameseLetters.Vowel] = {
    var letters: [UInt8: VietnameseLetters.Vowel] = [:]
    let rows: [(UInt8, UInt8, VietnameseLetters.Base, VietnameseLetters.Tone)] = [
      (0xF4, 0xD4, .oHorn, .level), (0xF6, 0xD6, .uHorn, .level), (0xEC, 0xCC, .i, .grave), (0xED, 0xCD, .i, .acute),
      (0xE6, 0xC6, .i, .hook), (0xF3, 0xD3, .i, .tilde), (0xF2, 0xD2, .i, .dotBelow), (0xEE, 0xCE, .y, .dotBelow),
    ]
    for (lower, upper, base, tone) in rows {
      letters[lower] = VietnameseLetters.Vowel(base: base, tone: tone, isUpper: false)
      letters[upper] = VietnameseLetters.Vowel(base: base, tone: tone, isUpper: true)
    }
    return letters
  }()

  /// The base vowel of an ASCII letter, or nil.
  static func asciiVowel(_ byte: UInt32) -> VietnameseLetters.Base? {
    switch byte | 0x20 {
    case 0x61: return .a
    case 0x65: return .e
    case 0x69: return .i
    case 0x6F: return .o
    case 0x75: return .u
    case 0x79: return .y
    default: return nil
    }
  }

  /// `base` with `shape`, when the vowel takes it (circumflex on a, e, o; breve on a).
  static func shaped(_ base: VietnameseLetters.Base, _ shape: VNIMark.Shape) -> VietnameseLetters.Base? {
    switch (shape, base) {
    case (.none, _): return base
    case (.circumflex, .a): return .aCircumflex
    case (.circumflex, .e): return .eCircumflex
    case (.circumflex, .o): return .oCircumflex
    case (.breve, .a): return .aBreve
    default: return nil
    }
  }

  /// Step 2 for VNI-Windows: a vowel takes the mark byte after it (and a tone byte after a shape
  /// given alone); a mark byte after anything else has no meaning and is reported.
  mutating func decodeVNI() {
    scalars.reserveCapacity(codes.count)
    var index = 0
    let count = codes.count
    /// The next code when it is a mark byte.
    func mark(at position: Int) -> VNIMark? {
      guard position < count, codes[position] < 0x100 else { return nil }
      return Self.vniMarks[UInt8(codes[position])]
    }
    while index < count {
      let code = codes[index]
      if passedThrough(code, at: index) {
        index += 1
        continue
      }
      let byte = UInt8(code)
      var vowel: VietnameseLetters.Vowel?
      if let base = Self.asciiVowel(code) {
        vowel = VietnameseLetters.Vowel(base: base, tone: .level, isUpper: byte < 0x60)
      } else if let letter = Self.vniLetters[byte] {
        vowel = letter
      }
      if var letter = vowel {
        index += 1
        var base = letter.base
        var tone = letter.tone
        if tone == .level, let first = mark(at: index), let shapedBase = Self.shaped(base, first.shape) {
          base = shapedBase
          tone = first.tone
          index += 1
          // A shape given alone may be followed by its tone.
          if first.shape != .none, tone == .level, let second = mark(at: index), second.shape == .none {
            tone = second.tone
            index += 1
          }
        }
        letter = VietnameseLetters.Vowel(base: base, tone: tone, isUpper: letter.isUpper)
        scalars.append(UInt32(VietnameseLetters.compose(letter.base, letter.tone, upper: letter.isUpper)))
        continue
      }
      switch byte {
      case 0xD1: scalars.append(0x0110)
      case 0xF1: scalars.append(0x0111)
      default:
        if byte < 0x80 {
          scalars.append(code)
        } else if Self.vniMarks[byte] != nil {
          scalars.append(0xFFFD)
          unmapped.append(
            Unmapped(
              column: index + 1,
              message: "\(markDescription(byte)) is a VNI tone or shape mark, but no vowel it fits comes before it"))
        } else if let scalar = Self.cp1252Scalar(byte) {
          scalars.append(scalar)
        } else {
          scalars.append(0xFFFD)
          unmapped.append(Unmapped(column: index + 1, message: noCharacterMessage(byte)))
        }
      }
      index += 1
    }
  }

  private func markDescription(_ byte: UInt8) -> String {
    readsCharacters ? "'\(Self.latin1Character(byte))' (byte \(Self.hex(byte)))" : "byte \(Self.hex(byte))"
  }
}
