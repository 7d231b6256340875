/// Converts text in a legacy Vietnamese encoding (`LegacyEncoding`) to Unicode, a line at a time:
/// the one place where songngu's conversion tables live.
///
/// Each line goes through three steps:
/// 1. Its input becomes codes, one per input character: the line's bytes, or, for text read as
///    characters, each character's byte in the encoding's view (`readsCharacters`: legacy text pasted
///    into a Unicode file, where each byte became the Windows-1252 character it looks like, "Hµ Néi";
///    and the two misread-UTF-8 forms, whose characters stand for the bytes of the real UTF-8).
/// 2. The codes are decoded with the encoding's table or rules into Unicode scalars.
/// 3. The scalars are written as UTF-8 (not yet NFC: Windows-1258 and TCVN3 have combining tone
///    marks, composed by whoever reads the line, `Normalizer` or `EncodingConverter`).
///
/// What cannot be mapped becomes U+FFFD and is listed in `unmapped` with its column (1-based, in
/// input characters: bytes for a legacy file, characters for a pasted one).
///
/// The tables, written for songngu from the public references named beside each one.
struct LegacyDecoder {
  /// A place in the line last decoded that could not be mapped.
  struct Unmapped: Sendable, Equatable {
    /// 1-based column in input characters.
    var column: Int
    /// What is there and why it could not be mapped ("byte 0xBF is not a TCVN3 letter").
    var message: String
  }

  /// A character restored by a guess (a misread UTF-8 letter whose byte was lost), in the line last
  /// decoded.
  struct Guess: Sendable, Equatable {
    var column: Int
    var message: String
  }

  let encoding: LegacyEncoding
  /// Whether lines are read as characters standing for bytes rather than as bytes.
  ///
  /// Always so for the misread-UTF-8 forms; VIQR reads characters when the line is valid UTF-8.
  var readsCharacters: Bool
  /// What could not be mapped in the line last decoded.
  var unmapped: [Unmapped] = []
  /// What was restored by a guess in the line last decoded.
  var guesses: [Guess] = []
  /// For VIQR: the file escapes its punctuation (`escapesVIQRPunctuation(_:)`), so every mark it
  /// leaves unescaped after a vowel is a mark.
  var viqrStrict = false
  /// Characters outside the encoding's view that were kept as they were, over all lines (text read
  /// as characters may hold a few real Unicode characters beside the pasted ones).
  private(set) var keptCharacters = 0

  /// The line's codes: a byte (0–255), a character kept as it is (`kept` | scalar), or a character
  /// that stood for a byte some tool lost (`lost`, U+FFFD in the input).
  var codes: [UInt32] = []
  /// The line's decoded scalars.
  var scalars: [UInt32] = []

  static let kept: UInt32 = 0x8000_0000
  static let lost: UInt32 = 0x4000_0000
  /// A table entry for a byte that has no character in the encoding.
  static let noCharacter: UInt32 = 0xFFFF_FFFF

  init(encoding: LegacyEncoding, readsCharacters: Bool) {
    self.encoding = encoding
    self.readsCharacters = readsCharacters || !encoding.isByteEncoding
  }

  // MARK: - Decoding a line

  /// Appends the UTF-8 of `line` (without its line end) decoded from the encoding to `output`;
  /// returns the offset of the first invalid byte when the line must be UTF-8 (the misread-UTF-8
  /// forms) and is not, else nil.
  mutating func decode(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int? {
    unmapped.removeAll(keepingCapacity: true)
    guesses.removeAll(keepingCapacity: true)
    codes.removeAll(keepingCapacity: true)
    scalars.removeAll(keepingCapacity: true)
    if let failure = fillCodes(line) { return failure }
    switch encoding {
    case .tcvn3: decodeTable(Self.tcvn3Table)
    case .viscii: decodeTable(Self.visciiTable)
    case .windows1258: decodeTable(Self.cp1258Table)
    case .vniWindows: decodeVNI()
    case .viqr: decodeVIQR()
    case .utf8AsCP1252, .utf8AsLatin1: decodeMisreadUTF8()
    }
    Self.appendUTF8(scalars, to: &output)
    return nil
  }

  /// Step 1: the line's codes.
  private mutating func fillCodes(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = line.baseAddress, !line.isEmpty else { return nil }
    codes.reserveCapacity(line.count)
    if readsCharacters || encoding == .viqr {
      var index = 0
      while index < line.count {
        let byte = base[index]
        if byte < 0x80 {
          codes.append(UInt32(byte))
          index += 1
          continue
        }
        let sequence = UTF8Decoding.sequence(at: index, in: base, count: line.count)
        guard sequence.length > 0 else {
          if encoding == .utf8AsCP1252 || encoding == .utf8AsLatin1 { return index }
          // A line that is not UTF-8 in a pasted file: its bytes are the encoding's own.
          codes.removeAll(keepingCapacity: true)
          fillBytes(line)
          return nil
        }
        codes.append(characterCode(sequence.scalar))
        index += sequence.length
      }
      return nil
    }
    fillBytes(line)
    return nil
  }

  /// The bytes of `line` as codes; for VIQR, which works on characters, the Windows-1252
  /// characters of its bytes.
  private mutating func fillBytes(_ line: UnsafeBufferPointer<UInt8>) {
    if encoding == .viqr {
      for byte in line {
        codes.append(byte < 0x80 ? UInt32(byte) : Self.cp1252Scalar(byte).map { Self.kept | $0 } ?? Self.lost)
      }
    } else {
      for byte in line { codes.append(UInt32(byte)) }
    }
  }

  /// The code of a character read from a pasted or misread line: the byte it stands for, or the
  /// character itself kept.
  private mutating func characterCode(_ scalar: UInt32) -> UInt32 {
    if scalar == 0xFFFD { return Self.lost }
    switch encoding {
    case .viqr:
      return Self.kept | scalar
    case .utf8AsLatin1:
      if scalar <= 0xFF { return scalar }
    default:
      // Latin-1 reads 0x80–0x9F as C1 controls, which some tools kept for the bytes Windows-1252
      // leaves undefined; so both readings go back to the byte.
      if scalar <= 0xFF { return scalar }
      if let byte = Self.cp1252Bytes[scalar] { return UInt32(byte) }
    }
    keptCharacters += 1
    return Self.kept | scalar
  }

  // MARK: - Step 2 for single-byte tables (TCVN3, VISCII, Windows-1258)

  private mutating func decodeTable(_ table: [UInt32]) {
    scalars.reserveCapacity(codes.count)
    for (index, code) in codes.enumerated() {
      if passedThrough(code, at: index) { continue }
      let scalar = table[Int(code)]
      if scalar == Self.noCharacter {
        scalars.append(0xFFFD)
        unmapped.append(Unmapped(column: index + 1, message: noCharacterMessage(UInt8(code))))
      } else {
        scalars.append(scalar)
      }
    }
  }

  /// Step 2's common start for the code at `index`: a character kept as it was is appended, a
  /// lost byte is recorded; true when the code was one of those, so the decoding loop goes on.
  mutating func passedThrough(_ code: UInt32, at index: Int) -> Bool {
    if code & Self.kept != 0 {
      scalars.append(code & ~Self.kept)
      return true
    }
    if code == Self.lost {
      lostByte(at: index)
      return true
    }
    return false
  }

  /// Records a U+FFFD that stood for a byte lost before the file was saved.
  mutating func lostByte(at index: Int) {
    scalars.append(0xFFFD)
    unmapped.append(
      Unmapped(
        column: index + 1,
        message: "U+FFFD stands for a byte lost before the file was saved; the letter cannot be recovered"))
  }

  /// Why the byte `byte` has no character, as the message says it.
  func noCharacterMessage(_ byte: UInt8) -> String {
    var message =
      readsCharacters ? "'\(Self.latin1Character(byte))' (byte \(Self.hex(byte)))" : "byte \(Self.hex(byte))"
    message += " has no character in \(encoding.displayName)"
    if encoding == .tcvn3, let capital = Self.tcvnVN1Capitals[byte] {
      message += " (TCVN 5712 VN1, the full set, puts '\(capital)' there; VN3 has no toned capitals)"
    } else if byte >= 0x80 && byte < 0xA0 {
      message += " (nor in Windows-1252, whose punctuation it shows there)"
    }
    return message
  }

  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
  }

  /// How a byte shows as a character in a pasted file (Windows-1252, else Latin-1).
  static func latin1Character(_ byte: UInt8) -> Character {
    Character(Unicode.Scalar(cp1252Scalar(byte) ?? UInt32(byte)) ?? "?")
  }

  // MARK: - Step 3

  /// Appends `scalars` as UTF-8.
  static func appendUTF8(_ scalars: [UInt32], to output: inout [UInt8]) {
    output.reserveCapacity(output.count + scalars.count * 3)
    for scalar in scalars {
      switch scalar {
      case 0..<0x80:
        output.append(UInt8(scalar))
      case 0x80..<0x800:
        output.append(UInt8(0xC0 | scalar >> 6))
        output.append(UInt8(0x80 | scalar & 0x3F))
      case 0x800..<0x10000:
        output.append(UInt8(0xE0 | scalar >> 12))
        output.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
        output.append(UInt8(0x80 | scalar & 0x3F))
      default:
        output.append(UInt8(0xF0 | scalar >> 18))
        output.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
        output.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
        output.append(UInt8(0x80 | scalar & 0x3F))
      }
    }
  }

  // MARK: - Convenience

  /// `bytes` decoded from `encoding` as one text, not yet NFC; lines are not split (line ends are
  /// ASCII in every encoding).
  static func decode(_ bytes: some Sequence<UInt8>, from encoding: LegacyEncoding, readsCharacters: Bool = false)
    -> (text: String, unmapped: [Unmapped])
  {
    var decoder = LegacyDecoder(encoding: encoding, readsCharacters: readsCharacters)
    var output: [UInt8] = []
    let input = Array(bytes)
    let failure = input.withUnsafeBufferPointer { decoder.decode($0, into: &output) }
    if failure != nil { return (String(decoding: input, as: UTF8.self), []) }
    return (String(decoding: output, as: UTF8.self), decoder.unmapped)
  }

  // MARK: - Windows-1252

  /// Windows-1252's character for `byte`, or nil where it has none (0x81, 0x8D, 0x8F, 0x90, 0x9D).
  ///
  /// Bytes 0xA0–0xFF are Latin-1's; 0x80–0x9F follow Microsoft's table (`LegacyEncodingDetector.cp1252High`).
  static func cp1252Scalar(_ byte: UInt8) -> UInt32? {
    guard byte >= 0x80 && byte < 0xA0 else { return UInt32(byte) }
    let scalar = LegacyEncodingDetector.cp1252High[Int(byte - 0x80)]
    return scalar == 0 ? nil : UInt32(scalar)
  }

  /// The bytes 0x80–0x9F of Windows-1252 by the character they show.
  static let cp1252Bytes: [UInt32: UInt8] = {
    var bytes: [UInt32: UInt8] = [:]
    for byte in UInt8(0x80)..<0xA0 {
      if let scalar = cp1252Scalar(byte) { bytes[scalar] = byte }
    }
    return bytes
  }()

  /// A 256-entry table: ASCII as itself, 0x80–0x9F as Windows-1252 (`noCharacter` where it has
  /// none), 0xA0–0xFF as `noCharacter`, then `letters` written over it.
  private static func table(_ letters: [UInt8: UInt32]) -> [UInt32] {
    var table = (0..<256).map { byte -> UInt32 in
      if byte < 0x80 { return UInt32(byte) }
      if byte < 0xA0 { return cp1252Scalar(UInt8(byte)) ?? noCharacter }
      return noCharacter
    }
    for (byte, scalar) in letters { table[Int(byte)] = scalar }
    return table
  }

  /// Pairs of a byte and the characters of a string, in order from `first`.
  private static func run(_ first: UInt8, _ characters: String) -> [(UInt8, UInt32)] {
    characters.unicodeScalars.enumerated().map { (first + UInt8($0.offset), $0.element.value) }
  }

  // MARK: - TCVN3

  /// TCVN3, the "ABC" encoding of the .VnTime fonts: TCVN 5712:1993, level VN3.
  ///
  /// VN3 has the lower-case letters and the seven plain capitals Ă Â Ê Ô Ơ Ư Đ; toned capitals have
  /// no code (fonts such as .VnTimeH draw capitals on the lower-case codes), so they come out lower
  /// case. 0xB0–0xB4 are the standard's combining tone marks; 0x80–0x9F show Windows-1252's
  /// punctuation (the curly quotes and dashes a word processor puts in .VnTime text); the other
  /// codes of 0xA0–0xFF are empty in VN3 (the full set, VN1, puts capitals there) and are reported.
  static let tcvn3Table: [UInt32] = {
    var letters: [UInt8: UInt32] = [0xA0: 0xA0]
    for (byte, scalar) in run(0xA1, "ĂÂÊÔƠƯĐăâêôơưđ") + run(0xB0, "\u{300}\u{309}\u{303}\u{301}\u{323}")
      + run(0xB5, "àảãáạ") + run(0xBB, "ằẳẵắ") + run(0xC6, "ặầẩẫấậè") + run(0xCE, "ẻẽéẹềểễếệìỉ")
      + run(0xDC, "ĩíịò") + run(0xE1, "ỏõóọồổỗốộờởỡớợù") + run(0xF1, "ủũúụừửữứựỳỷỹýỵ")
    {
      letters[byte] = scalar
    }
    return table(letters)
  }()

  /// The capitals TCVN 5712:1993 VN1 puts on the codes VN3 leaves empty in 0xA0–0xFF: named in
  /// the message about such a byte, not decoded (a VN3 file has nothing there).
  static let tcvnVN1Capitals: [UInt8: Character] = [
    0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ", 0xC5: "Ề", 0xCD: "Ể",
    0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
  ]

  /// Whether `byte` is a TCVN3 letter (in 0xA1–0xFE; not a combining mark, not an empty code).
  static func isTCVN3Letter(_ byte: UInt8) -> Bool {
    guard byte >= 0xA1 else { return false }
    let scalar = tcvn3Table[Int(byte)]
    return scalar != noCharacter && !(0x300...0x36F).contains(scalar)
  }

  // MARK: - VISCII

  /// VISCII, RFC 1456 ("Vietnamese Standard Code for Information Interchange", 1993): all 134
  /// Vietnamese letters outside ASCII, on 0x80–0xFF and six C0 codes.
  static let visciiTable: [UInt32] = {
    var table = (0..<256).map { UInt32($0) }
    for (byte, scalar) in [(UInt8(0x02), "Ẳ"), (0x05, "Ẵ"), (0x06, "Ẫ"), (0x14, "Ỷ"), (0x19, "Ỹ"), (0x1E, "Ỵ")] {
      table[Int(byte)] = scalar.unicodeScalars.first?.value ?? noCharacter
    }
    let high =
      "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ" + "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ" + "Õắằặấầẩậẽẹếềểễệố" + "ồổỗỠƠộờởịỰỨỪỬơớƯ"
      + "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ" + "ĐứÒÓÔạỷừửÙÚỹỵÝỡư" + "àáâãảăữẫèéêẻìíĩỉ" + "đựòóôõỏọụùúũủýợỮ"
    for (offset, scalar) in high.unicodeScalars.enumerated() { table[0x80 + offset] = scalar.value }
    return table
  }()

  // MARK: - Windows-1258

  /// Windows-1258, after the Unicode Consortium's vendor mapping CP1258.TXT.
  ///
  /// That is Windows-1252 with Ă Đ Ơ Ư (and lower case) and ₫ in place of some Latin-1 letters, and five combining tone marks
  /// (grave 0xCC, hook 0xD2, tilde 0xDE, acute 0xEC, dot below 0xF2) written after the vowel. It
  /// leaves 0x81, 0x8A, 0x8D–0x90, 0x9A, 0x9D and 0x9E undefined.
  static let cp1258Table: [UInt32] = {
    var letters: [UInt8: UInt32] = [:]
    for byte in UInt8(0xA0)...0xFF { letters[byte] = UInt32(byte) }
    for byte: UInt8 in [0x8A, 0x8E, 0x9A, 0x9E] { letters[byte] = noCharacter }
    let changes: [(UInt8, UInt32)] = [
      (0xC3, 0x0102), (0xCC, 0x0300), (0xD0, 0x0110), (0xD2, 0x0309), (0xD5, 0x01A0), (0xDD, 0x01AF), (0xDE, 0x0303),
      (0xE3, 0x0103), (0xEC, 0x0301), (0xF0, 0x0111), (0xF2, 0x0323), (0xF5, 0x01A1), (0xFD, 0x01B0), (0xFE, 0x20AB),
    ]
    for (byte, scalar) in changes { letters[byte] = scalar }
    return table(letters)
  }()
}
