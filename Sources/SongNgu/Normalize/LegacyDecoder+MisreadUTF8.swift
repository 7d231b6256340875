extension LegacyDecoder {
  /// The bytes a misreading tool may have lost: those Windows-1252 leaves undefined (tools write
  /// U+FFFD for them, or drop them), or for Latin-1, the C1 controls an editor may have dropped.
  var lostByteCandidates: [UInt8] {
    encoding == .utf8AsLatin1 ? Array(0x80...0x9F) : [0x81, 0x8D, 0x8F, 0x90, 0x9D]
  }

  /// Characters a lost byte may be restored to: Vietnamese letters and the typographic
  /// punctuation that shares their lead bytes (`”` is E2 80 9D, whose last byte Windows-1252 lacks).
  static func isRestorable(_ scalar: UInt32) -> Bool {
    if scalar == 0x0110 || scalar == 0x0111 { return true }
    if [0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026].contains(scalar) { return true }
    guard scalar >= 0x80, scalar < 0x1F00 else { return false }
    return VietnameseLetters.vowelWithoutTables(UInt16(scalar)) != nil
  }

  /// Step 2 for UTF-8 read as Windows-1252 or Latin-1: the codes are the bytes of the real text,
  /// decoded as UTF-8 again.
  ///
  /// A sequence missing one byte (U+FFFD in its place, or nothing) is restored when one lost byte
  /// makes a Vietnamese letter or a curly quote; when several do (E1 BB with 0x81 is ề, with 0x8D
  /// ọ), the one that makes the word a Vietnamese syllable, if only one does (`Triều`), or else the
  /// one that makes it a common syllable (`lời`, not `lọi`). Each restored character is listed in
  /// `guesses`; the others are unmapped.
  mutating func decodeMisreadUTF8() {
    scalars.reserveCapacity(codes.count)
    var pending: [(position: Int, candidates: [UInt32], column: Int)] = []
    var index = 0
    let count = codes.count
    while index < count {
      let code = codes[index]
      if passedThrough(code, at: index) {
        index += 1
        continue
      }
      if code < 0x80 {
        scalars.append(code)
        index += 1
        continue
      }
      let lead = UInt8(code)
      let length: Int
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: length = 0
      }
      var bytes: [UInt8] = [lead]
      var next = index + 1
      var missing: Int?
      while length > 0 && bytes.count < length {
        if next < count, codes[next] < 0x100, codes[next] & 0xC0 == 0x80 {
          bytes.append(UInt8(codes[next]))
          next += 1
        } else if missing == nil {
          missing = bytes.count
          bytes.append(0)
          if next < count && codes[next] == Self.lost { next += 1 }
        } else {
          break
        }
      }
      if length > 0 && bytes.count == length {
        if let missing {
          let candidates = lostByteCandidates.compactMap { byte -> UInt32? in
            var filled = bytes
            filled[missing] = byte
            guard let scalar = Self.scalar(ofUTF8: filled), Self.isRestorable(scalar) else { return nil }
            return scalar
          }
          if candidates.count == 1 {
            scalars.append(candidates[0])
            guesses.append(Guess(column: index + 1, message: restoredMessage(candidates[0])))
            index = next
            continue
          }
          if candidates.count > 1 {
            pending.append((scalars.count, candidates, index + 1))
            scalars.append(0xFFFD)
            index = next
            continue
          }
        } else if let scalar = Self.scalar(ofUTF8: bytes) {
          scalars.append(scalar)
          index = next
          continue
        }
      }
      scalars.append(0xFFFD)
      let shown = "'\(Self.latin1Character(lead))' (byte \(Self.hex(lead)))"
      unmapped.append(
        Unmapped(
          column: index + 1,
          message: length == 0
            ? "\(shown) does not start a UTF-8 character" : "\(shown) starts a UTF-8 character that is not complete"))
      index += 1
    }
    for (position, candidates, column) in pending {
      var fitting = candidates.filter { fitsSyllable($0, at: position, common: false) }
      if fitting.count > 1 { fitting = fitting.filter { fitsSyllable($0, at: position, common: true) } }
      if fitting.count == 1 {
        scalars[position] = fitting[0]
        guesses.append(Guess(column: column, message: restoredMessage(fitting[0])))
      } else {
        let shown = candidates.compactMap { Unicode.Scalar($0).map { String(Character($0)) } }.joined(separator: " ")
        unmapped.append(
          Unmapped(
            column: column,
            message: "a byte of this letter was lost before the file was saved; it may be any of \(shown)"))
      }
    }
  }

  private func restoredMessage(_ scalar: UInt32) -> String {
    let shown = Unicode.Scalar(scalar).map { String(Character($0)) } ?? "?"
    return "restored '\(shown)': a byte of it was lost before the file was saved, and only '\(shown)' fits"
  }

  /// The scalar of the UTF-8 sequence `bytes` (2–4 bytes), or nil when it is not valid.
  static func scalar(ofUTF8 bytes: [UInt8]) -> UInt32? {
    bytes.withUnsafeBufferPointer { buffer -> UInt32? in
      guard let base = buffer.baseAddress else { return nil }
      let sequence = UTF8Decoding.sequence(at: 0, in: base, count: buffer.count)
      return sequence.length == buffer.count ? sequence.scalar : nil
    }
  }

  /// Whether putting `candidate` at `position` of the decoded scalars makes the word there a
  /// Vietnamese syllable with its tone where Vietnamese puts it (a capital only at its start), and
  /// with `common`, a common one (one that starts or ends a word of `VietnameseWords`).
  private func fitsSyllable(_ candidate: UInt32, at position: Int, common: Bool) -> Bool {
    func isLetter(_ scalar: UInt32) -> Bool {
      Unicode.Scalar(scalar)?.properties.isAlphabetic ?? false
    }
    var start = position
    while start > 0 && isLetter(scalars[start - 1]) { start -= 1 }
    var end = position + 1
    while end < scalars.count && isLetter(scalars[end]) { end += 1 }
    var word = scalars[start..<end]
    word[position] = candidate
    let text = String(String.UnicodeScalarView(word.compactMap { Unicode.Scalar($0) }))
    guard text.dropFirst().allSatisfy({ !$0.isUppercase }) || text.allSatisfy({ !$0.isLowercase }) else {
      return false
    }
    let lower = text.lowercased()
    guard Self.isVietnameseSyllable(lower) else { return false }
    return !common || VietnameseWords.startsAWord(VietnameseWords.key(lower))
      || VietnameseWords.endsAWord(VietnameseWords.key(lower))
  }

  /// Whether `word` (lower case, NFC) is one Vietnamese syllable with at most one tone, placed where
  /// Vietnamese spelling puts it, and after a final c, ch, p or t only an acute or a dot below.
  static func isVietnameseSyllable(_ word: String) -> Bool {
    guard let parts = VietnameseSyllable.parts(VietnameseSyllable.toneless(word)) else { return false }
    let toned = word.utf16.enumerated().compactMap { offset, unit -> (Int, VietnameseLetters.Tone)? in
      guard let vowel = VietnameseLetters.vowelWithoutTables(unit), vowel.tone != .level else { return nil }
      return (offset, vowel.tone)
    }
    guard let (tone, mark) = toned.first else { return true }
    guard toned.count == 1 else { return false }
    if ["c", "ch", "p", "t"].contains(parts.final) && mark != .acute && mark != .dotBelow { return false }
    let initialLength = parts.initial.utf16.count
    if parts.nucleus.isEmpty { return tone == initialLength - 1 }
    return VietnameseSyllable.tonePositions(nucleus: parts.nucleus, hasFinal: !parts.final.isEmpty)
      .contains(tone - initialLength)
  }
}
