import Foundation
import Testing

@testable import SongNgu

/// Converting legacy encodings and misread UTF-8 to Unicode (`LegacyDecoder`, `EncodingConverter`).
@Suite struct LegacyDecoderTests {
  typealias Encoders = LegacyTestEncoders

  /// Converts `bytes` as `songngu convert` does; stops at a character that cannot be mapped.
  func convert(_ bytes: [UInt8], from encoding: InputEncoding) throws -> (
    text: String, report: EncodingConverter.Report
  ) {
    var output: [UInt8] = []
    let report = try EncodingConverter.convert(try LineReader(bytes: bytes, name: "test", encoding: encoding)) {
      output += $0
    }
    return (String(decoding: output, as: UTF8.self), report)
  }

  /// Converts `bytes` from a file, listing what cannot be mapped instead of stopping.
  func convertFile(_ bytes: [UInt8], from encoding: InputEncoding) throws -> (
    text: String, report: EncodingConverter.Report
  ) {
    let folder = try FileManager.default.url(
      for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: FileManager.default.temporaryDirectory,
      create: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("input.txt").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    var output: [UInt8] = []
    let report = try EncodingConverter.convert(try EncodingConverter.open(path, from: encoding)) { output += $0 }
    return (String(decoding: output, as: UTF8.self), report)
  }

  /// `text` in `encoding`, by the test encoders (or glibc iconv).
  func encode(_ text: String, _ encoding: LegacyEncoding) throws -> [UInt8] {
    switch encoding {
    case .tcvn3: return try Encoders.tcvn3(text)
    case .vniWindows: return Encoders.vni(text)
    case .viscii: return try #require(try Encoders.iconv(Data(text.utf8), from: "UTF-8", to: "VISCII")).map { $0 }
    case .windows1258: return try #require(try Encoders.iconv(Data(text.utf8), from: "UTF-8", to: "CP1258")).map { $0 }
    case .viqr: return Array(Encoders.viqr(text, escaping: true).utf8)
    case .utf8AsCP1252: return Array(Encoders.shown(Array(text.utf8)).utf8)
    case .utf8AsLatin1: return Array(Encoders.shown(Array(text.utf8), asLatin1: true).utf8)
    }
  }

  @Test func thereAre134Letters() {
    #expect(Encoders.letters.count == 134)
    #expect(Set(Encoders.letters).count == 134)
  }

  /// Every Vietnamese letter, encoded by the test encoders, converts back to itself; TCVN3's toned
  /// capitals, which VN3 has no codes for, come back in lower case (the documented loss).
  @Test(arguments: LegacyEncoding.allCases)
  func everyLetterRoundTrips(encoding: LegacyEncoding) throws {
    // VIQR marks are read in syllables: each vowel is written before an m (ắm, Ắm), đ before an a.
    let words = Encoders.letters.map { letter -> String in
      guard encoding == .viqr else { return String(letter) }
      return letter == "đ" || letter == "Đ" ? "\(letter)a" : "\(letter)m"
    }
    let input = words.joined(separator: "\n")
    let (text, report) = try convert(try encode(input, encoding), from: .legacy(encoding))
    #expect(report.unmappedCount == 0)
    let expected = words.map { word -> String in
      guard encoding == .tcvn3, let letter = word.first, letter.isUppercase,
        Encoders.parts(letter)?.tone != nil
      else { return word }
      return word.lowercased()
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.count == expected.count)
    for (got, want) in zip(lines, expected) where got != want {
      Issue.record("\(encoding.optionName): \(want) came back as \(got)")
    }
    // TCVN3 keeps the capitals it has codes for: Ă Â Ê Ô Ơ Ư Đ.
    if encoding == .tcvn3 { #expect(expected.filter { $0.first?.isUppercase == true }.count == 7) }
  }

  // MARK: - Tables against glibc iconv

  /// Each byte (but LF) on a line of its own, and glibc's reading of each line (empty where it has
  /// no character).
  func glibcReading(_ name: String) throws -> [UInt8: String] {
    let bytes = (0...255).map(UInt8.init).filter { $0 != 0x0A }
    var input: [UInt8] = []
    for byte in bytes { input += [byte, 0x0A] }
    // -c leaves out what has no character: that line comes back empty.
    let output = try #require(try Encoders.iconv(Data(input), from: name, to: "UTF-8", omitting: true))
    // Split bytes, not characters: CR LF is one character.
    let lines = output.split(separator: 0x0A, omittingEmptySubsequences: false)
    #expect(lines.count == bytes.count + 1)
    return Dictionary(uniqueKeysWithValues: zip(bytes, lines.map { String(decoding: $0, as: UTF8.self) }))
  }

  func string(_ scalar: UInt32) -> String {
    scalar == LegacyDecoder.noCharacter ? "" : String(Character(Unicode.Scalar(scalar) ?? "?"))
  }

  @Test func visciiTableIsGlibcs() throws {
    let glibc = try glibcReading("VISCII")
    for (byte, reading) in glibc {
      #expect(string(LegacyDecoder.visciiTable[Int(byte)]) == reading, "VISCII \(LegacyDecoder.hex(byte))")
    }
  }

  @Test func cp1258TableIsGlibcs() throws {
    let glibc = try glibcReading("CP1258")
    for (byte, reading) in glibc {
      #expect(string(LegacyDecoder.cp1258Table[Int(byte)]) == reading, "CP1258 \(LegacyDecoder.hex(byte))")
    }
  }

  /// TCVN3 is VN3: glibc's TCVN5712-1 (VN1, the full set) on every code VN3 has; on the others VN1
  /// has capitals (named in the message about such a byte), or 0x80–0x9F, which .VnTime fonts show as
  /// Windows-1252.
  @Test func tcvn3TableIsGlibcsVN3() throws {
    let glibc = try glibcReading("TCVN5712-1")
    for byte in UInt8(0xA0)...0xFF {
      let ours = string(LegacyDecoder.tcvn3Table[Int(byte)])
      if ours.isEmpty {
        #expect(LegacyDecoder.tcvnVN1Capitals[byte].map(String.init) == glibc[byte], "TCVN3 \(LegacyDecoder.hex(byte))")
      } else {
        #expect(ours == glibc[byte], "TCVN3 \(LegacyDecoder.hex(byte))")
      }
    }
    #expect(LegacyDecoder.tcvnVN1Capitals.count == 16)
    for byte in UInt8(0x80)..<0xA0 {
      #expect(LegacyDecoder.tcvn3Table[Int(byte)] == LegacyDecoder.cp1252Scalar(byte) ?? LegacyDecoder.noCharacter)
    }
  }

  // MARK: - The sample in every encoding

  static let sample: String = (try? Paths.read(Paths.sampleVietnamese)) ?? ""

  /// The sample as an encoding can hold it: VISCII has no curly quotes (glibc transliterates them).
  func expectedSample(_ encoding: LegacyEncoding) -> String {
    guard encoding == .viscii else { return Self.sample }
    return Self.sample.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
  }

  func sampleBytes(_ encoding: LegacyEncoding) throws -> [UInt8] {
    if encoding == .viscii {
      return try #require(try Encoders.iconv(Data(Self.sample.utf8), from: "UTF-8", to: "VISCII//TRANSLIT")).map { $0 }
    }
    return try encode(Self.sample, encoding)
  }

  /// The sample encoded into each encoding converts back exactly, named or detected; and the
  /// detector names the encoding.
  @Test(arguments: LegacyEncoding.allCases)
  func sampleConvertsBackExactly(encoding: LegacyEncoding) throws {
    #expect(!Self.sample.isEmpty)
    let bytes = try sampleBytes(encoding)
    let named = try convert(bytes, from: .legacy(encoding))
    #expect(named.text == expectedSample(encoding))
    #expect(named.report.letters == 462)
    let detected = try convert(bytes, from: .auto)
    #expect(detected.report.encoding == encoding, "\(detected.report.detectionEvidence ?? "")")
    #expect(detected.text == expectedSample(encoding))
    #expect(detected.report.detectionEvidence != nil)
  }

  /// Legacy text pasted into a Unicode file (each byte the Windows-1252 character it looks like)
  /// converts back exactly too, named or detected.
  @Test(arguments: [LegacyEncoding.tcvn3, .vniWindows, .viscii, .windows1258])
  func pastedSampleConvertsBackExactly(encoding: LegacyEncoding) throws {
    let pasted = Array(Encoders.shown(try sampleBytes(encoding)).utf8)
    let named = try convert(pasted, from: .legacy(encoding))
    #expect(named.text == expectedSample(encoding))
    #expect(named.report.readsCharacters)
    let detected = try convert(pasted, from: .auto)
    #expect(detected.report.encoding == encoding, "\(detected.report.detectionEvidence ?? "")")
    #expect(detected.text == expectedSample(encoding))
  }

  /// glibc reads the VISCII and CP1258 forms of the sample as songngu does.
  @Test(arguments: ["VISCII", "CP1258"])
  func glibcAgrees(name: String) throws {
    let encoding: LegacyEncoding = name == "VISCII" ? .viscii : .windows1258
    let bytes = try sampleBytes(encoding)
    let glibc = try #require(try Encoders.iconv(Data(bytes), from: name, to: "UTF-8"))
    let ours = try convert(bytes, from: .legacy(encoding)).text
    #expect(ours == String(decoding: glibc, as: UTF8.self).precomposedStringWithCanonicalMapping)
  }

  /// A file that escapes its punctuation (RFC 1456) has every other mark read: a rare syllable's
  /// final ? too.
  @Test func escapedVIQRReadsEveryMark() throws {
    #expect(try convert(Array("Ma^.y Nu?".utf8), from: .legacy(.viqr)).text == "Mậy Nu?")
    #expect(try convert(Array("Ma^.y Nu? ra\\.".utf8), from: .legacy(.viqr)).text == "Mậy Nủ ra.")
  }

  @Test func unescapedVIQROfTheSampleConvertsBackToo() throws {
    let bytes = Array(Encoders.viqr(Self.sample, escaping: false).utf8)
    #expect(try convert(bytes, from: .legacy(.viqr)).text == Self.sample)
  }

  // MARK: - VIQR punctuation

  @Test(arguments: [
    ("Vie^.t Nam, Ha` No^.i.", "Việt Nam, Hà Nội."),
    ("Anh ddi dda^u? To^i o+? nha`.", "Anh đi đâu? Tôi ở nhà."),
    ("kho^ng bi. gi`.", "không bị gì."),
    // Not syllables: left as written.
    ("Hello? U.S. rt.com NATO. Ukraine. don't", "Hello? U.S. rt.com NATO. Ukraine. don't"),
    // A sentence ending in a syllable: a full stop unless the toned syllable is a common one.
    ("cho Nga. Ai? bi.", "cho Nga. Ai? bị"),
    // The escape keeps a mark character as it is.
    ("bi\\. Ha\\` a\\(b)", "bi. Ha` a(b)"),
    // Tones only where Vietnamese puts them: hòa and hoà both, never on a glide.
    ("ho`a hoa` dda^u? thu?y", "hòa hoà đâu? thủy"),
    ("(Ha` No^.i) - \"ca'c\"", "(Hà Nội) - \"các\""),
    // A second tone ending a word is a full stop.
    ("No^.i. Vie^.t?", "Nội. Việt?"),
    // Đ in acronyms and names that are not syllables.
    ("DDBSCL, HDDND, NDD-CP, BGDDDT, DDa('k La('k", "ĐBSCL, HĐND, NĐ-CP, BGDĐT, Đắk Lắk"),
    // Foreign names keep the marks that cannot be punctuation; English keeps its apostrophes.
    ("Esta'dio Jose', He'le`ne; O'Connell you're I'd 'Hello'", "Estádio José, Hélène; O'Connell you're I'd 'Hello'"),
    // Addresses are left as written (escapes still hold).
    ("https://vnexpress.net/a-b.html lienhe@tuoitre\\.vn", "https://vnexpress.net/a-b.html lienhe@tuoitre.vn"),
  ])
  func viqrKeepsPunctuation(input: String, expected: String) throws {
    #expect(try convert(Array(input.utf8), from: .legacy(.viqr)).text == expected)
  }

  // MARK: - Misread UTF-8 with lost bytes

  @Test func lostBytesAreRestoredWhereOneLetterFits() throws {
    // Đ is C4 90; Windows-1252 lacks 0x90. ề is E1 BB 81: 0x81 is lacking too, and only ề makes
    // "Triều" a syllable.
    // In "họp" only ọ fits: after a final p a tone is acute or dot below (hềp, hỏp, hờp are not
    // syllables) and a capital only starts a word (hỐp).
    let misread = Encoders.shown(Array("Đà Nẵng, Triều Tiên họp".utf8))
    // The bytes Windows-1252 lacks, kept as C1 controls by the encoder: 0x90 (Đ), 0x81 (ề), 0x8D (ọ).
    let lacking: Set<Character> = ["\u{81}", "\u{8D}", "\u{8F}", "\u{90}", "\u{9D}"]
    #expect(misread.filter { lacking.contains($0) }.count == 3)
    let replaced = String(misread.map { lacking.contains($0) ? "\u{FFFD}" : $0 })
    let (text, report) = try convertFile(Array(replaced.utf8), from: .legacy(.utf8AsCP1252))
    #expect(text == "Đà Nẵng, Triều Tiên họp")
    #expect(report.guessedCount == 3)
    #expect(report.unmappedCount == 0)
    #expect(report.findings.contains { $0.category == "convert.guessed" && $0.message.contains("restored 'Đ'") })
    // The tool dropped the bytes instead.
    let dropped = misread.filter { !lacking.contains($0) }
    #expect(try convertFile(Array(dropped.utf8), from: .legacy(.utf8AsCP1252)).text == "Đà Nẵng, Triều Tiên họp")
  }

  @Test func anAmbiguousLostByteIsReported() throws {
    // "về": E1 BB 81 could be ề, ọ, ỏ, Ố or ờ: về, vọ, vỏ, vờ are all syllables.
    let (text, report) = try convertFile(Array("Ä‘i vá»\u{FFFD}".utf8), from: .legacy(.utf8AsCP1252))
    #expect(text == "đi v\u{FFFD}")
    #expect(report.unmappedCount == 1)
    let finding = try #require(report.findings.first)
    #expect(finding.line == 1 && finding.column == 6)
    #expect(finding.message.contains("ề ọ ỏ Ố ờ"))
  }

  // MARK: - What cannot be mapped

  /// A byte TCVN3 has no letter for becomes U+FFFD with its line and column; reading commands stop
  /// at it with the remedy.
  @Test func unmappableBytesAreListedOrRefused() throws {
    let bytes: [UInt8] = [0x48, 0xB5, 0x0A, 0x4E, 0xC0, 0x69]  // "Hµ", "NÀi"
    let (text, report) = try convertFile(bytes, from: .legacy(.tcvn3))
    #expect(text == "Hà\nN\u{FFFD}i")
    #expect(report.unmappedCount == 1)
    let finding = try #require(report.findings.first { $0.category == "convert.unmapped" })
    #expect(finding.line == 2 && finding.column == 2)
    #expect(finding.message.contains("byte 0xC0 has no character in TCVN3"))
    #expect(finding.message.contains("'Ắ'"))
    do {
      _ = try readArticle(bytes: bytes, options: tcvn3Options)
      Issue.record("an unmappable byte was read")
    } catch let error as SongNguError {
      guard case .unmappable(_, 2, 2, .tcvn3, _) = error else {
        Issue.record("expected unmappable at 2:2, got \(error)")
        return
      }
      #expect(error.description.contains("songngu convert --from tcvn3"))
    }
  }

  var tcvn3Options: ReadingOptions {
    var options = ReadingOptions()
    options.encoding = .legacy(.tcvn3)
    return options
  }

  /// A VNI mark with no vowel before it is reported.
  @Test func aStrayVNIMarkIsReported() throws {
    let (text, report) = try convertFile(
      Array("t".utf8) + [0xF9] + Array(" ba".utf8) + [0xF8], from: .legacy(.vniWindows))
    #expect(text == "t\u{FFFD} bà")
    #expect(report.findings.first?.message.contains("VNI tone or shape mark") == true)
  }

  // MARK: - Line ends and reading

  @Test func lineEndsAreKept() throws {
    let input = Array("H".utf8) + [0xB5] + Array("\r\nN".utf8) + [0xE9] + Array("i\rx\n\nz".utf8)
    #expect(try convert(input, from: .legacy(.tcvn3)).text == "Hà\r\nNội\rx\n\nz")
    #expect(try convert(input + [0x0A], from: .legacy(.tcvn3)).text == "Hà\r\nNội\rx\n\nz\n")
  }

  @Test func unicodeTextIsCopiedAsNFC() throws {
    let (text, report) = try convert(Array("Vie\u{0302}\u{0323}t Nam\n".utf8), from: .auto)
    #expect(text == "Việt Nam\n")
    #expect(report.encoding == nil)
    #expect(report.composedLines == 1)
  }

  /// `--from` on a reading command converts before the usual reading.
  @Test func readingOptionsConvert() throws {
    let document = try readArticle(bytes: try Encoders.tcvn3(Self.sample), options: tcvn3Options)
    let plain = try readArticle(Self.sample)
    #expect(document.sentences.map(\.text) == plain.sentences.map(\.text))
    var auto = ReadingOptions()
    auto.encoding = .auto
    let detected = try readArticle(bytes: Encoders.vni(Self.sample), options: auto)
    #expect(detected.sentences.map(\.text) == plain.sentences.map(\.text))
    #expect(detected.findings.contains { $0.category == "read.encoding" && $0.message.contains("VNI-Windows") })
  }

  /// German, Finnish and Turkish in UTF-8 have the byte patterns of TCVN3 pasted into a Unicode
  /// file (ä, ö, ü are TCVN3 letters), but read so their words are not Vietnamese syllables: neither
  /// refused nor converted (the detector alone refused this text as TCVN3).
  @Test func foreignAccentsAreNotPastedTCVN3() throws {
    let text = """
      Die Qualität der Übersetzung hängt davon ab, ob die Wörter für Größe, Länge und Höhe richtig gewählt \
      wurden. Später können Sätze geändert werden, während die Prüfung läuft.

      Tämän tiedoston sisältö on käännetty. Hänen mielestään tämä on hyvä päätös, jonka pitäisi näkyä \
      myös käytännössä.

      Önemli bir gün: gönderilmeyecek mesajlar güvenli bir şekilde saklanır ve kullanıcıya gösterilir.

      """
    #expect(try !readArticle(text).sentences.isEmpty)
    let (converted, report) = try convert(Array(text.utf8), from: .auto)
    #expect(report.encoding == nil)
    #expect(converted == text)
  }

  @Test func encodingNamesAreTheIssuesContract() {
    #expect(
      LegacyEncoding.allCases.map(\.optionName) == [
        "tcvn3", "vni", "viscii", "cp1258", "viqr", "utf8-as-cp1252", "utf8-as-latin1",
      ])
    #expect(LegacyEncoding.vniWindows.rawValue == "vni-windows")
    #expect(LegacyEncoding.windows1258.rawValue == "windows-1258")
    #expect(InputEncoding(name: "VNI-Windows") == .legacy(.vniWindows))
    #expect(InputEncoding(name: "cp1252") == nil)
  }
}
