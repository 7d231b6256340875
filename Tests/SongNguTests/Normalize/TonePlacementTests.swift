import Testing

@testable import SongNgu

/// `TonePlacement` against the rule written out plainly from the vowel letters themselves, on every
/// pair of Vietnamese vowels (all twelve letters, all six tones, both cases) after onsets that do and
/// do not allow an open rime, in every style; and the role-bit trick against the plain pair rule.
@Suite struct TonePlacementTests {
  /// A vowel as the reference sees it: its letter (the row's first character, lower case), tone
  /// (0 for none, in the rows' order) and case.
  struct PlainVowel {
    let letter: Character
    let tone: Int
    let upper: Bool
  }

  static let lowerRows = [
    "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự",
    "yỳýỷỹỵ",
  ]

  /// Every vowel unit and what it is, from the rows above (upper case by the standard library).
  static let vowels: [UInt16: PlainVowel] = {
    var vowels: [UInt16: PlainVowel] = [:]
    for row in lowerRows {
      for upper in [false, true] {
        for (tone, character) in (upper ? row.uppercased() : row).enumerated() {
          vowels[character.utf16.first!] = PlainVowel(letter: row.first!, tone: tone, upper: upper)
        }
      }
    }
    return vowels
  }()

  /// The unit of `letter` with `tone` in the given case.
  static func unit(_ letter: Character, tone: Int, upper: Bool) -> UInt16 {
    vowels.first { $0.value.letter == letter && $0.value.tone == tone && $0.value.upper == upper }!.key
  }

  /// Whether `first` then `second` are the vowels of `oa`, `oe` or `uy`.
  static func isRimePair(_ first: PlainVowel, _ second: PlainVowel) -> Bool {
    (first.letter == "o" && (second.letter == "a" || second.letter == "e"))
      || (first.letter == "u" && second.letter == "y")
  }

  /// The rule: a syllable ending in `oa`, `oe` or `uy` (not `quy`), after ASCII letters or `đ` of
  /// which the last is no vowel, has its tone on the vowel that carries one when the other carries
  /// none; the style moves it to its side.
  static func reference(_ syllable: [UInt16], style: ToneStyle) -> ([UInt16], TonePlacement.Placement?) {
    let count = syllable.count
    guard count >= 2, let v1 = vowels[syllable[count - 2]], let v2 = vowels[syllable[count - 1]], isRimePair(v1, v2)
    else { return (syllable, nil) }
    let onset = syllable[0..<(count - 2)]
    if v1.letter == "u" && (onset.last == 0x71 || onset.last == 0x51) { return (syllable, nil) }
    if let last = onset.last, vowels[last] != nil { return (syllable, nil) }
    let isConsonant = { (unit: UInt16) in
      (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || unit == 0x110 || unit == 0x111
    }
    guard onset.allSatisfy(isConsonant) else { return (syllable, nil) }
    let placement: TonePlacement.Placement
    if v1.tone != 0 && v2.tone == 0 {
      placement = .first
    } else if v1.tone == 0 && v2.tone != 0 {
      placement = .second
    } else {
      return (syllable, nil)
    }
    var result = syllable
    if (placement == .first && style == .new) || (placement == .second && style == .old) {
      result[count - 2] = unit(v1.letter, tone: v2.tone, upper: v1.upper)
      result[count - 1] = unit(v2.letter, tone: v1.tone, upper: v2.upper)
    }
    return (result, placement)
  }

  @Test func placesLikeThePlainRuleOnEveryVowelPair() {
    let onsets = ["", "h", "Kh", "ng", "q", "Q", "đ", "Đ", "ab", "a", "gi", "ư", "1", "x-"].map { Array($0.utf16) }
    let units = Self.vowels.keys.sorted()
    var placed = 0
    for onset in onsets {
      for first in units {
        for second in units {
          let syllable = onset + [first, second]
          for style in ToneStyle.allCases {
            let (expected, expectedPlacement) = Self.reference(syllable, style: style)
            var result = syllable
            var counts = NormalizationCounts()
            result.withUnsafeMutableBufferPointer { TonePlacement.place(in: $0, style: style, counts: &counts) }
            var uncounted = syllable
            let placement = uncounted.withUnsafeMutableBufferPointer { TonePlacement.place(in: $0, style: style) }
            #expect(result == expected, "\(String(decoding: syllable, as: UTF16.self)) \(style)")
            #expect(uncounted == expected)
            #expect(placement == expectedPlacement)
            #expect(counts.oldStyleSyllables == (expectedPlacement == .first ? 1 : 0))
            #expect(counts.newStyleSyllables == (expectedPlacement == .second ? 1 : 0))
            #expect(counts.toneMarksMoved == (result == syllable ? 0 : 1))
            if placement != nil { placed += 1 }
          }
        }
      }
    }
    // Each of oa, oe, uy has 40 pairs with one tone (5 tones on either vowel, 4 case pairs): 120
    // after the 7 onsets that allow all three, 80 after `q` and `Q`, in each of the 3 styles.
    #expect(placed == (7 * 120 + 2 * 80) * 3)
  }

  /// The plain pair rule of the role bits: `o` before `a`/`e` or `u` before `y`; with `toneOnFirst`,
  /// only when the first is toned and the second is not.
  static func plainPair(_ first: UInt16, _ second: UInt16, toneOnFirst: Bool) -> Bool {
    guard let v1 = vowels[first], let v2 = vowels[second], isRimePair(v1, v2) else { return false }
    return !toneOnFirst || (v1.tone != 0 && v2.tone == 0)
  }

  @Test func theRoleBitTrickIsThePlainPairRule() {
    let units = Self.vowels.keys.sorted() + (0..<0x80).map { UInt16($0) } + [0xA0, 0xD0, 0x110, 0x111, 0x2028]
    let lineFacts = CharacterTables.shared.facts
    let identityFacts = TermFolding.identityFacts
    for toneOnFirst in [false, true] {
      for first in units {
        for second in units {
          let expected = Self.plainPair(first, second, toneOnFirst: toneOnFirst)
          for base: UInt8 in [0, 1, 2] {
            let p = TonePlacement.roles(of: first, toneOnFirst: toneOnFirst).rawValue << base
            let r = TonePlacement.roles(of: second, toneOnFirst: toneOnFirst).rawValue << base
            #expect(TonePlacement.mayPair(p, r, base: base) == expected)
          }
          if toneOnFirst {
            let (p, r) = (identityFacts[Int(first)], identityFacts[Int(second)])
            #expect(TonePlacement.mayPair(p, r, base: TermFolding.IdentityFact.roleBase) == expected)
            let clash = r & (p << TermFolding.IdentityFact.clashShift | TermFolding.IdentityFact.changes)
            #expect((clash & TermFolding.IdentityFact.toneMoves != 0) == expected)
          } else {
            #expect(LineFacts.isPair(lineFacts[Int(first)], lineFacts[Int(second)]) == expected)
          }
        }
      }
    }
    for unit in 0..<0x10000 {
      let vowel = Self.vowels[UInt16(unit)]
      let expected = vowel.map { "aey".contains($0.letter) && $0.tone == 0 } ?? false
      #expect(TonePlacement.mayEndToneOnFirst(UInt16(unit)) == expected)
    }
  }
}
