/// The state of cleaning one line: a plain struct so the hot loop keeps everything in registers.
struct LineCleaner {
  let out: UnsafeMutablePointer<UInt16>
  let tables = CharacterTables.shared
  var written = 0
  var counts = NormalizationCounts()
  var mayNeedComposition = false
  var pendingSpace = false
  var pendingSpaceIsPlain = true
  var lineHasText = false
  var wordHasMark = false

  init(out: UnsafeMutablePointer<UInt16>) {
    self.out = out
  }

  @inline(__always) mutating func put(_ unit: UInt16) {
    out[written] = unit
    written += 1
  }

  @inline(__always) mutating func emit(_ unit: UInt16) {
    if pendingSpace {
      if lineHasText {
        put(0x20)
        if !pendingSpaceIsPlain { counts.spaces += 1 }
      } else {
        counts.spaces += 1
      }
      pendingSpace = false
      pendingSpaceIsPlain = true
    }
    put(unit)
    lineHasText = true
  }

  @inline(__always) mutating func space(plain: Bool) {
    endWord()
    if pendingSpace {
      counts.spaces += 1
      pendingSpaceIsPlain = false
    } else {
      pendingSpace = true
      pendingSpaceIsPlain = plain
    }
  }

  @inline(__always) mutating func endWord() {
    if wordHasMark {
      counts.nfdWords += 1
      wordHasMark = false
    }
  }

  mutating func lineBreak() {
    if pendingSpace {
      counts.spaces += 1
      pendingSpace = false
    }
    endWord()
    put(0x0A)
    counts.lineSeparators += 1
    lineHasText = false
  }

  /// Checks, conservatively and fast, whether cleaning would leave `line` as it is.
  ///
  /// A clean line has single inner spaces and no controls, invisible characters, exotic spaces,
  /// combining marks or Đ look-alikes. Returns nil when the line needs cleaning, else whether it may still need NFC composition.
  static func isAlreadyClean(_ line: UnsafeBufferPointer<UInt16>) -> Bool? {
    let tables = CharacterTables.shared
    var previousWasSpace = true  // a leading space needs cleaning
    var mayNeedComposition = false
    for unit in line {
      if unit <= 0x20 {
        if unit != 0x20 || previousWasSpace { return nil }
        previousWasSpace = true
        continue
      }
      previousWasSpace = false
      if unit < 0x7F { continue }
      if unit < 0xC0 || unit == 0xD0 || unit == 0xF0 || unit == 0x189 || unit == 0x256 { return nil }
      if unit < 0x300 { continue }
      if unit < 0x370 { return nil }  // combining marks
      if tables.isVowel(unit) { continue }
      if (unit >= 0x2000 && unit < 0x2010) || (unit >= 0x2028 && unit < 0x2030) || (unit >= 0x205F && unit < 0x2070)
        || unit == 0xFEFF || unit == 0x3000 || unit == 0x1680 || tables.isSpace(unit) || tables.isMark(unit)
      {
        return nil
      }
      if tables.facts[Int(unit)] & LineFacts.mayNeedComposition.rawValue != 0 { mayNeedComposition = true }
    }
    return previousWasSpace && !line.isEmpty ? nil : mayNeedComposition
  }

  mutating func run(_ line: UnsafeBufferPointer<UInt16>) {
    let count = line.count
    var index = 0
    while index < count {
      let unit = line[index]
      index += 1
      if unit > 0x20 && unit < 0x7F {
        if wordHasMark && !tables.isLetter(unit) { endWord() }
        emit(unit)
        continue
      }
      if unit == 0x20 {
        space(plain: true)
        continue
      }
      if unit >= 0xC0 && unit < 0x2000 && tables.isLetter(unit) && !tables.isMark(unit) && unit != 0x00D0
        && unit != 0x00F0 && unit != 0x0189 && unit != 0x0256
      {
        // Precomposed letters (all of Vietnamese): copy.
        emit(unit)
        continue
      }
      special(unit, next: index < count ? line[index] : 0)
    }
    endWord()
    if pendingSpace { counts.spaces += 1 }
  }

  /// Everything but ASCII and precomposed letters.
  mutating func special(_ unit: UInt16, next: UInt16) {
    switch unit {
    case 0x09:
      space(plain: false)
    case 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
      lineBreak()
    case 0x00A0, 0x202F, 0x2007:
      counts.noBreakSpaces += 1
      space(plain: true)
    case 0x200B, 0x2060, 0xFEFF:
      counts.zeroWidthCharacters += 1
    case 0x200C, 0x200D:
      // Joiners belong in emoji sequences and some scripts; between Latin letters they are noise.
      if written > 0, out[written - 1] < 0x2000, tables.isLetter(out[written - 1]) {
        counts.zeroWidthCharacters += 1
      } else {
        emit(unit)
      }
    case 0x00AD:
      counts.softHyphens += 1
    case 0x00D0, 0x0189, 0x00F0, 0x0256:
      if tables.isVowel(next) {
        emit(unit == 0x00D0 || unit == 0x0189 ? VietnameseLetters.capitalD : VietnameseLetters.smallD)
        counts.dLookalikes += 1
      } else {
        emit(unit)
      }
    default:
      if unit < 0x20 || unit == 0x7F || (unit >= 0x80 && unit < 0xA0) {
        counts.controlCharacters += 1
      } else if tables.isSpace(unit) {
        space(plain: false)
      } else {
        if tables.isMark(unit) {
          mayNeedComposition = true
          wordHasMark = true
        } else if tables.facts[Int(unit)] & LineFacts.mayNeedComposition.rawValue != 0 {
          // Precomposed Vietnamese and NFC-inert characters need no check; ICU checks the rest.
          mayNeedComposition = true
        }
        if wordHasMark && !tables.isLetter(unit) { endWord() }
        emit(unit)
      }
    }
  }
}
