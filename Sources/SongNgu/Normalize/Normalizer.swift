import CICU

/// Cleans Vietnamese text: NFC, Đ look-alikes, invisible and control characters, spaces, tone marks.
///
/// Works line by line on UTF-16 buffers (ICU's unit). Every change is counted in
/// `NormalizationCounts`. Line ends are not part of a line; vertical tabs, form feeds and Unicode line
/// separators inside a line become `\n`, so a caller splits the output again on `\n`.
public struct Normalizer: Sendable {
  public var options: NormalizationOptions

  public init(options: NormalizationOptions = NormalizationOptions()) {
    self.options = options
  }

  /// Normalizes a whole text (any line ends) and returns it with LF line ends.
  public func normalize(_ text: String) -> (text: String, counts: NormalizationCounts) {
    var counts = NormalizationCounts()
    var output: [UInt16] = []
    var lines: [[UInt16]] = [[]]
    var previousCR = false
    for unit in text.utf16 {
      if unit == 0x0A {
        if !previousCR { lines.append([]) }
        previousCR = false
      } else if unit == 0x0D {
        lines.append([])
        previousCR = true
      } else {
        lines[lines.count - 1].append(unit)
        previousCR = false
      }
    }
    for (index, line) in lines.enumerated() {
      if index > 0 { output.append(0x0A) }
      line.withUnsafeBufferPointer { normalizeLine($0, into: &output, counts: &counts) }
    }
    return (String(decoding: output, as: UTF16.self), counts)
  }

  /// Appends the normalized form of `line` (which holds no LF or CR) to `output`.
  public func normalizeLine(
    _ line: UnsafeBufferPointer<UInt16>, into output: inout [UInt16], counts: inout NormalizationCounts
  ) {
    let lineStart = output.count
    let needsComposition = clean(line, into: &output, counts: &counts)
    if needsComposition {
      compose(from: lineStart, in: &output)
    }
    placeToneMarks(from: lineStart, in: &output, counts: &counts)
  }

  // MARK: - Pass 1: invisible characters, controls, spaces, Đ look-alikes

  /// Copies `line` to `output` without invisible and control characters and with single spaces.
  ///
  /// Returns whether the line may not be NFC. Cleaning never lengthens text, so the output is
  /// written into space reserved up front.
  private func clean(
    _ line: UnsafeBufferPointer<UInt16>, into output: inout [UInt16], counts: inout NormalizationCounts
  ) -> Bool {
    let count = line.count
    let base = output.count
    output.append(contentsOf: repeatElement(0, count: count))
    var written = 0
    var mayNeedComposition = false
    var local = NormalizationCounts()
    output.withUnsafeMutableBufferPointer { all in
      guard let out = all.baseAddress.map({ $0 + base }) else { return }
      let tables = CharacterTables.shared
      var pendingSpace = false
      var pendingSpaceIsPlain = true
      var lineHasText = false
      var wordHasMark = false
      var index = 0

      @inline(__always) func emit(_ unit: UInt16) {
        if pendingSpace {
          if lineHasText {
            out[written] = 0x20
            written += 1
            if !pendingSpaceIsPlain { local.spaces += 1 }
          } else {
            local.spaces += 1
          }
          pendingSpace = false
          pendingSpaceIsPlain = true
        }
        out[written] = unit
        written += 1
        lineHasText = true
      }
      @inline(__always) func space(plain: Bool) {
        if pendingSpace {
          local.spaces += 1
          pendingSpaceIsPlain = false
        } else {
          pendingSpace = true
          pendingSpaceIsPlain = plain
        }
      }
      @inline(__always) func endWord() {
        if wordHasMark {
          local.nfdWords += 1
          wordHasMark = false
        }
      }
      @inline(__always) func lineBreak() {
        if pendingSpace {
          local.spaces += 1
          pendingSpace = false
        }
        endWord()
        out[written] = 0x0A
        written += 1
        local.lineSeparators += 1
        lineHasText = false
      }

      while index < count {
        let unit = line[index]
        index += 1
        if unit > 0x20 && unit < 0x7F {
          if wordHasMark && !tables.isLetter(unit) { endWord() }
          if pendingSpace {
            emit(unit)
          } else {
            out[written] = unit
            written += 1
            lineHasText = true
          }
          continue
        }
        switch unit {
        case 0x20:
          endWord()
          space(plain: true)
        case 0x09:
          endWord()
          space(plain: false)
        case 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
          lineBreak()
        case 0x00A0, 0x202F, 0x2007:
          endWord()
          local.noBreakSpaces += 1
          space(plain: true)
        case 0x200B, 0x2060, 0xFEFF:
          local.zeroWidthCharacters += 1
        case 0x200C, 0x200D:
          // Joiners belong in emoji sequences and some scripts; between Latin letters they are noise.
          if written > 0, out[written - 1] < 0x2000, tables.isLetter(out[written - 1]) {
            local.zeroWidthCharacters += 1
          } else {
            emit(unit)
          }
        case 0x00AD:
          local.softHyphens += 1
        case 0x00D0, 0x0189, 0x00F0, 0x0256:
          if index < count, tables.isVowel(line[index]) {
            emit(unit == 0x00D0 || unit == 0x0189 ? VietnameseLetters.capitalD : VietnameseLetters.smallD)
            local.dLookalikes += 1
          } else {
            emit(unit)
          }
        default:
          if unit < 0x20 || unit == 0x7F || (unit >= 0x80 && unit < 0xA0) {
            local.controlCharacters += 1
          } else if tables.isSpace(unit) {
            endWord()
            space(plain: false)
          } else {
            if tables.isMark(unit) {
              mayNeedComposition = true
              wordHasMark = true
            } else if unit >= 0x300 && !tables.isVowel(unit) {
              // Precomposed Vietnamese is NFC; other scripts are checked by ICU.
              mayNeedComposition = true
            }
            if wordHasMark && !tables.isLetter(unit) { endWord() }
            emit(unit)
          }
        }
      }
      endWord()
      if pendingSpace { local.spaces += 1 }
    }
    output.removeLast(count - written)
    counts.add(local)
    return mayNeedComposition
  }

  // MARK: - Pass 2: NFC

  /// Composes `output[start...]` to NFC in place when ICU's quick check says it is not already.
  private func compose(from start: Int, in output: inout [UInt16]) {
    let length = output.count - start
    guard length > 0 else { return }
    let composed: [UInt16]? = output.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return nil }
      let text = base + start
      var status: Int32 = 0
      let span = cicu_nfc_span(text, Int32(length), &status)
      if status <= 0 && Int(span) == length { return nil }
      var result = [UInt16](repeating: 0, count: length + 16)
      var needed: Int32 = 0
      result.withUnsafeMutableBufferPointer { buffer in
        needed = cicu_nfc(text, Int32(length), buffer.baseAddress, Int32(buffer.count), &status)
      }
      if Int(needed) > result.count {
        result = [UInt16](repeating: 0, count: Int(needed))
        status = 0
        result.withUnsafeMutableBufferPointer { buffer in
          needed = cicu_nfc(text, Int32(length), buffer.baseAddress, Int32(buffer.count), &status)
        }
      }
      guard status <= 0 else { return nil }
      return Array(result[0..<Int(needed)])
    }
    if let composed {
      output.replaceSubrange(start..<output.count, with: composed)
    }
  }

  // MARK: - Pass 3: tone-mark placement

  /// Detects (and, when asked, rewrites) the tone-mark placement of open `oa`/`oe`/`uy` syllables.
  private func placeToneMarks(from start: Int, in output: inout [UInt16], counts: inout NormalizationCounts) {
    let style = options.toneStyle
    let tables = CharacterTables.shared
    output.withUnsafeMutableBufferPointer { all in
      var index = start
      let end = all.count
      while index < end {
        // Find the next run of letters that holds a non-ASCII vowel.
        guard tables.isLetter(all[index]) else {
          index += 1
          continue
        }
        let wordStart = index
        var hasTonedVowel = false
        while index < end && tables.isLetter(all[index]) {
          if all[index] >= 0xC0 { hasTonedVowel = true }
          index += 1
        }
        if hasTonedVowel && index - wordStart <= 7 {
          ToneSyllable.place(
            in: UnsafeMutableBufferPointer(rebasing: all[wordStart..<index]), style: style, counts: &counts)
        }
      }
    }
  }
}

/// The `oa`/`oe`/`uy` tone-placement rule of one syllable.
enum ToneSyllable {
  /// Finds the syllable's two-vowel open rime, records its style and moves the mark when asked.
  static func place(
    in syllable: UnsafeMutableBufferPointer<UInt16>, style: ToneStyle, counts: inout NormalizationCounts
  ) {
    guard let (first, second) = openRime(in: UnsafeBufferPointer(syllable)) else { return }
    // `openRime` checked both are vowels.
    guard let v1 = VietnameseLetters.vowel(syllable[first]), let v2 = VietnameseLetters.vowel(syllable[second])
    else { return }
    if v1.tone != .level && v2.tone == .level {
      counts.oldStyleSyllables += 1
      if style == .new {
        syllable[first] = VietnameseLetters.compose(v1.base, .level, upper: v1.isUpper)
        syllable[second] = VietnameseLetters.compose(v2.base, v1.tone, upper: v2.isUpper)
        counts.toneMarksMoved += 1
      }
    } else if v2.tone != .level && v1.tone == .level {
      counts.newStyleSyllables += 1
      if style == .old {
        syllable[first] = VietnameseLetters.compose(v1.base, v2.tone, upper: v1.isUpper)
        syllable[second] = VietnameseLetters.compose(v2.base, .level, upper: v2.isUpper)
        counts.toneMarksMoved += 1
      }
    }
  }

  /// The positions of the two vowels when `syllable` ends in the open rime `oa`, `oe` or `uy`
  /// (not after `q`, whose `u` belongs to the onset).
  static func openRime(in syllable: UnsafeBufferPointer<UInt16>) -> (Int, Int)? {
    let count = syllable.count
    guard count >= 2 else { return nil }
    let first = count - 2
    let second = count - 1
    guard let v1 = VietnameseLetters.vowel(syllable[first]), let v2 = VietnameseLetters.vowel(syllable[second])
    else { return nil }
    switch (v1.base, v2.base) {
    case (.o, .a), (.o, .e): break
    case (.u, .y):
      if first > 0 && CharacterClass.lowercase(syllable[first - 1]) == 0x71 { return nil }  // q
    default: return nil
    }
    // A third vowel before the pair (`ngoai`… is not open; `khuya`, `uoa` are other rimes).
    if first > 0, VietnameseLetters.vowel(syllable[first - 1]) != nil { return nil }
    // Everything before the rime must be an onset consonant (ASCII letters or đ).
    for index in 0..<first {
      let unit = syllable[index]
      guard (unit < 0x80 && CharacterClass.isLetter(unit)) || unit == 0x0110 || unit == 0x0111 else { return nil }
    }
    return (first, second)
  }
}
