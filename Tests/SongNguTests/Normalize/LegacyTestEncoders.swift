import Foundation

/// Encoders into the legacy encodings, for the conversion tests: written for the tests from the same
/// public references as the library's decoders (the VNI-Windows chart, RFC 1456 for VIQR), or
/// glibc's `iconv` where it knows the encoding (VISCII, CP1258, TCVN5712-1), never from the
/// library's tables.
enum LegacyTestEncoders {
  /// The 134 Vietnamese letters outside ASCII: the twelve vowels with each of five tones and the
  /// six with a shape mark plain (ă â ê ô ơ ư), in both cases, and đ Đ.
  static let letters: [Character] = {
    var letters: [Character] = []
    for row in [
      "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự",
      "yỳýỷỹỵ",
    ] {
      for letter in row where !letter.isASCII {
        letters.append(letter)
        letters.append(Character(String(letter).uppercased()))
      }
    }
    return letters + ["đ", "Đ"]
  }()

  enum Shape { case circumflex, breve, horn }
  enum Tone: Int { case grave, acute, hook, tilde, dotBelow }

  /// A Vietnamese vowel taken apart by canonical decomposition: its ASCII base, shape and tone.
  static func parts(_ letter: Character) -> (base: Character, shape: Shape?, tone: Tone?)? {
    let scalars = Array(String(letter).decomposedStringWithCanonicalMapping.unicodeScalars)
    guard let first = scalars.first, first.isASCII, "aeiouyAEIOUY".unicodeScalars.contains(first) else { return nil }
    var shape: Shape?
    var tone: Tone?
    for mark in scalars.dropFirst() {
      switch mark.value {
      case 0x302: shape = .circumflex
      case 0x306: shape = .breve
      case 0x31B: shape = .horn
      case 0x300: tone = .grave
      case 0x301: tone = .acute
      case 0x309: tone = .hook
      case 0x303: tone = .tilde
      case 0x323: tone = .dotBelow
      default: return nil
      }
    }
    return (Character(first), shape, tone)
  }

  // MARK: - VNI-Windows (the VNI chart: base letter, then one mark byte; capitals take the capital marks)

  static func vni(_ text: String) -> [UInt8] {
    // Tone bytes (grave, acute, hook, tilde, dot below) alone, after a circumflex, after a breve.
    let tones: [UInt8] = [0xF8, 0xF9, 0xFB, 0xF5, 0xEF]
    let circumflex: [UInt8] = [0xE0, 0xE1, 0xE5, 0xE3, 0xE4]
    let breve: [UInt8] = [0xE8, 0xE9, 0xFA, 0xFC, 0xEB]
    let tonedI: [UInt8] = [0xEC, 0xED, 0xE6, 0xF3, 0xF2]
    var bytes: [UInt8] = []
    for character in text {
      if character.isASCII {
        bytes += Array(String(character).utf8)
        continue
      }
      if character == "đ" || character == "Đ" {
        bytes.append(character == "đ" ? 0xF1 : 0xD1)
        continue
      }
      guard let (base, shape, tone) = parts(character) else {
        bytes += cp1252(character)
        continue
      }
      let upper = base.isUppercase
      let capital: (UInt8) -> UInt8 = { upper ? $0 - 0x20 : $0 }
      let lower = base.lowercased()
      if lower == "i", let tone {
        bytes.append(capital(tonedI[tone.rawValue]))
      } else if lower == "y", tone == .dotBelow {
        bytes.append(capital(0xEE))
      } else if shape == .horn {
        bytes.append(capital(lower == "o" ? 0xF4 : 0xF6))
        if let tone { bytes.append(capital(tones[tone.rawValue])) }
      } else {
        bytes += Array(String(base).utf8)
        switch shape {
        case .circumflex: bytes.append(capital(tone.map { circumflex[$0.rawValue] } ?? 0xE2))
        case .breve: bytes.append(capital(tone.map { breve[$0.rawValue] } ?? 0xEA))
        default: if let tone { bytes.append(capital(tones[tone.rawValue])) }
        }
      }
    }
    return bytes
  }

  // MARK: - VIQR (RFC 1456)

  /// `text` in VIQR; with `escaping`, a mark character typed after a vowel gets a `\`, as RFC 1456
  /// asks, so that it cannot be read as a mark.
  static func viqr(_ text: String, escaping: Bool) -> String {
    var result = ""
    var previous: Character = " "
    for character in text {
      if character == "đ" || character == "Đ" {
        result += character == "đ" ? "dd" : "DD"
        previous = "d"
        continue
      }
      if !character.isASCII, let (base, shape, tone) = parts(character) {
        result.append(base)
        switch shape {
        case .circumflex: result += "^"
        case .breve: result += "("
        case .horn: result += "+"
        case nil: break
        }
        if let tone { result += ["`", "'", "?", "~", "."][tone.rawValue] }
        previous = base
        continue
      }
      if escaping && "^(+'`?~.".contains(character) && "aeiouyAEIOUY".contains(previous) { result += "\\" }
      result.append(character)
      previous = character
    }
    return result
  }

  // MARK: - Misread UTF-8 and pasted text

  /// Windows-1252's byte for `character`, for characters outside Vietnamese's own.
  static func cp1252(_ character: Character) -> [UInt8] {
    let high: [Character: UInt8] = [
      "“": 0x93, "”": 0x94, "‘": 0x91, "’": 0x92, "–": 0x96, "—": 0x97, "…": 0x85, "€": 0x80,
    ]
    if let byte = high[character] { return [byte] }
    if let scalar = character.unicodeScalars.first, scalar.value < 0x100 { return [UInt8(scalar.value)] }
    return Array("?".utf8)
  }

  /// Bytes shown as Windows-1252 characters, as a Unicode editor shows pasted legacy text or a tool
  /// misreads UTF-8; the five bytes Windows-1252 leaves undefined become the C1 controls of the same
  /// value (what Windows itself does), or with `asLatin1` every byte is its Latin-1 character.
  static func shown(_ bytes: [UInt8], asLatin1: Bool = false) -> String {
    let high: [Character] = Array("€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ")
    return String(
      bytes.map { byte -> Character in
        if !asLatin1 && byte >= 0x80 && byte < 0xA0 { return high[Int(byte - 0x80)] }
        return Character(Unicode.Scalar(byte))
      })
  }

  // MARK: - glibc iconv

  /// `data` converted by `iconv -f from -t to`, or nil when iconv refuses it; `omitting` (`-c`)
  /// leaves out what it cannot convert instead.
  static func iconv(_ data: Data, from: String, to: String, omitting: Bool = false) throws -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["iconv"] + (omitting ? ["-c"] : []) + ["-f", from, "-t", to]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    let writer = Thread {
      input.fileHandleForWriting.write(data)
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let result = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 || omitting ? result : nil
  }

  /// TCVN3 (VN3): glibc's TCVN5712-1 for the letters VN3 has (lower case and Ă Â Ê Ô Ơ Ư Đ); a
  /// toned capital, which VN3 lacks, on its lower-case letter's code (as .VnTimeH fonts draw it);
  /// other characters as Windows-1252, which .VnTime fonts keep for punctuation.
  static func tcvn3(_ text: String) throws -> [UInt8] {
    let needed = Set(
      text.filter { !$0.isASCII }.map { Character($0.lowercased()) } + ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"])
    var codes: [Character: UInt8] = [:]
    for letter in needed {
      if let data = try iconv(Data(String(letter).utf8), from: "UTF-8", to: "TCVN5712-1"), data.count == 1 {
        codes[letter] = data[data.startIndex]
      }
    }
    return text.flatMap { character -> [UInt8] in
      if character.isASCII { return Array(String(character).utf8) }
      if let code = codes[character] { return [code] }
      if let code = codes[Character(character.lowercased())] { return [code] }
      return cp1252(character)
    }
  }
}
