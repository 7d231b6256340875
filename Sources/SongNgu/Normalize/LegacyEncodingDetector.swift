/// Guesses whether bytes are Vietnamese text in a legacy encoding.
///
/// Works on raw bytes that are not UTF-8, and on UTF-8 text that was decoded from a legacy
/// encoding as Latin-1 (mojibake such as "Hµ Néi" or "Haø Noäi"): in both, the tell-tale values are
/// in 0x80–0xFF. VIQR is plain ASCII with tone marks written as punctuation (`Vie^.t Nam`).
public enum LegacyEncodingDetector {
  /// The result: the encoding and a short piece of evidence quoted from the text.
  public struct Verdict: Sendable, Equatable {
    public var encoding: LegacyEncoding
    public var evidence: String
  }

  /// Latin-1 letters that Vietnamese itself uses; mojibake is made of the other values.
  static let vietnameseLatin1: Set<UInt8> = Set(
    "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".unicodeScalars.map { UInt8($0.value) })
  /// Latin-1 characters the `Normalizer` fixes in Unicode text.
  static let normalizerCleans: Set<UInt8> = [0xA0, 0xAD, 0xD0, 0xF0]

  /// `vietnameseLatin1` and `normalizerCleans` as bits, for a look-up without hashing.
  private static let benignLatin1: [UInt64] = {
    var bits: [UInt64] = [0, 0, 0, 0]
    for value in vietnameseLatin1.union(normalizerCleans) { bits[Int(value) >> 6] |= 1 << UInt64(value & 63) }
    return bits
  }()

  /// Whether `value` is in `vietnameseLatin1` or `normalizerCleans`: no evidence of mojibake in
  /// decoded text.
  @inline(__always)
  static func isVietnameseLatin1OrCleaned(_ value: UInt8) -> Bool {
    benignLatin1[Int(value) >> 6] & (1 << UInt64(value & 63)) != 0
  }

  /// VNI-Windows bytes that follow a vowel to add its marks.
  static let vniMarks: Set<UInt8> = [
    0xF8, 0xF9, 0xFB, 0xF5, 0xEF, 0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4, 0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB,
    0xD8, 0xD9, 0xDB, 0xD5, 0xCF, 0xC2, 0xC1, 0xC0, 0xC5, 0xC3, 0xC4, 0xCA, 0xC9, 0xC8, 0xDA, 0xDC, 0xCB,
  ]
  /// Windows-1258 combining tone marks (grave, acute, hook, tilde, dot below).
  static let cp1258Tones: Set<UInt8> = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2]

  @inline(__always) static func isASCIIVowel(_ value: UInt8) -> Bool {
    switch value | 0x20 {
    case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
    default: return false
    }
  }
  @inline(__always) static func isASCIILetter(_ value: UInt8) -> Bool {
    let lower = value | 0x20
    return lower >= 0x61 && lower <= 0x7A
  }

  /// Judges whether `values` are legacy-encoded Vietnamese.
  ///
  /// `values` has one value per character, characters above 0xFF given as 0.
  /// `rawBytes` says the values are undecoded bytes (the text was not UTF-8), so Latin-1's
  /// Vietnamese letters are suspect too. `checksVIQR` is off for text that cannot be VIQR.
  public static func detect(values: [UInt8], rawBytes: Bool, checksVIQR: Bool = true) -> Verdict? {
    var tcvn = 0
    var vni = 0
    var cp1258 = 0
    var high = 0
    var firstWord: [LegacyEncoding: Range<Int>] = [:]
    for index in values.indices {
      let value = values[index]
      guard value >= 0x80 else { continue }
      // In decoded text, Vietnamese's own Latin-1 letters and the characters the normalizer cleans
      // (no-break space, soft hyphen, Ð/ð look-alikes) are no evidence of mojibake.
      if !rawBytes && (vietnameseLatin1.contains(value) || normalizerCleans.contains(value)) { continue }
      high += 1
      let previous = index > 0 ? values[index - 1] : 0x20
      let next = index + 1 < values.count ? values[index + 1] : 0x20
      let inWord = isASCIILetter(previous) || isASCIILetter(next)
      guard inWord else { continue }
      var hit: LegacyEncoding?
      if cp1258Tones.contains(value) && isASCIIVowel(previous) && rawBytes {
        cp1258 += 2
        hit = .windows1258
      } else if vniMarks.contains(value) && isASCIIVowel(previous) {
        vni += 1
        hit = .vniWindows
      } else if LegacyDecoder.isTCVN3Letter(value) && !isASCIIVowel(previous) {
        tcvn += 1
        hit = .tcvn3
      } else if rawBytes && [0xF0, 0xD0, 0xFD, 0xDD, 0xF5, 0xD5, 0xE3, 0xC3].contains(value) {
        cp1258 += 1
        hit = .windows1258
      }
      if let hit, firstWord[hit] == nil {
        var start = index
        while start > 0 && values[start - 1] != 0x20 && values[start - 1] != 0x0A && index - start < 12 { start -= 1 }
        var end = index + 1
        while end < values.count && values[end] != 0x20 && values[end] != 0x0A && end - index < 12 { end += 1 }
        firstWord[hit] = start..<end
      }
    }
    let best = [(LegacyEncoding.tcvn3, tcvn), (.vniWindows, vni), (.windows1258, cp1258)].max { $0.1 < $1.1 }
    if let (encoding, score) = best, rawBytes ? score >= 3 : score >= 5 && score * 2 >= high {
      let word = firstWord[encoding].map { Array(values[$0]) } ?? []
      let shown = latin1(word)
      var evidence = "\(score) letters in its byte patterns"
      if !shown.isEmpty {
        evidence += ", such as \"\(shown)\""
        if encoding == .tcvn3 { evidence += " for \"\(LegacyDecoder.decode(word, from: .tcvn3).text)\"" }
      }
      return Verdict(encoding: encoding, evidence: evidence)
    }
    if !rawBytes, checksVIQR, let viqr = detectVIQR(values) { return viqr }
    return nil
  }

  static func latin1(_ values: [UInt8]) -> String {
    String(String.UnicodeScalarView(values.map { Unicode.Scalar($0) }))
  }

  /// VIQR writes marks as ASCII after the vowel: `a(` `a^` `o+` `dd`, tones `' \` ? ~ .`.
  static func detectVIQR(_ values: [UInt8]) -> Verdict? {
    var words = 0
    var marked = 0
    var example: Range<Int>?
    var start = 0
    var strong = 0
    func judge(_ range: Range<Int>) {
      guard range.count >= 2 else { return }
      // Links and addresses are full of periods; they are not words.
      if values[range].contains(0x40) || values[range].contains(0x2F) { return }
      words += 1
      var hits = 0
      for index in range.dropFirst() {
        let value = values[index]
        let previous = values[index - 1]
        let isMark: Bool
        switch value {
        case 0x5E, 0x28, 0x2B:  // ^ ( +
          isMark = isASCIIVowel(previous)
          if isMark { strong += 1 }
        case 0x60, 0x7E:  // ` ~
          isMark = isASCIIVowel(previous) || previous == 0x5E || previous == 0x2B
          if isMark { strong += 1 }
        case 0x3F: isMark = isASCIIVowel(previous) || previous == 0x5E || previous == 0x2B  // ?
        case 0x27, 0x2E:  // ' .
          isMark =
            (isASCIIVowel(previous) || previous == 0x5E || previous == 0x2B || previous == 0x28)
            && index + 1 < range.upperBound && isASCIILetter(values[index + 1])
        default: isMark = false
        }
        if isMark { hits += 1 }
      }
      if hits > 0 {
        marked += 1
        if example == nil { example = range }
      }
    }
    for index in values.indices where values[index] == 0x20 || values[index] == 0x0A {
      judge(start..<index)
      start = index + 1
    }
    judge(start..<values.count)
    guard marked >= 3, strong >= 3, marked * 5 >= words, let example else { return nil }
    return Verdict(
      encoding: .viqr,
      evidence: "\(marked) of \(words) words carry ASCII marks, such as \"\(latin1(Array(values[example])))\"")
  }
}
