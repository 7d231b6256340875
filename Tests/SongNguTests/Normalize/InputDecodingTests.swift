import SongNgu
import Testing

/// Reading bytes: encodings, byte-order marks, line ends, and input that must be refused.
@Suite struct InputDecodingTests {
  @Test func readsUTF8WithBOMAndCRLF() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Tiêu đề\r\n\r\nCâu một. Câu hai.\r\n".utf8)
    let document = try readArticle(bytes: bytes)
    #expect(document.sentences.map(\.text) == ["Tiêu đề", "Câu một.", "Câu hai."])
  }

  @Test func readsUTF16WithBOM() throws {
    let text = "Tiêu đề\n\nNga và Triều Tiên ký hiệp ước."
    var little: [UInt8] = [0xFF, 0xFE]
    var big: [UInt8] = [0xFE, 0xFF]
    for unit in text.utf16 {
      little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
    }
    #expect(try readArticle(bytes: little).sentences.map(\.text) == ["Tiêu đề", "Nga và Triều Tiên ký hiệp ước."])
    #expect(try readArticle(bytes: big).sentences.map(\.text) == ["Tiêu đề", "Nga và Triều Tiên ký hiệp ước."])
  }

  @Test func refusesUTF16WithoutBOM() {
    var bytes: [UInt8] = []
    for unit in "Tin tức quốc tế hôm nay rất nhiều".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(throws: SongNguError.utf16WithoutBOM(path: "test")) { try readArticle(bytes: bytes) }
  }

  @Test func invalidUTF8NamesByteOffsetLineAndColumn() {
    // Second line, after "Hà " (H, à = 2 bytes, space): the stray 0xFF is byte 12 of the file.
    let bytes = Array("Dòng đầu\n".utf8) + Array("Hà ".utf8) + [0xFF] + Array(" Nội".utf8)
    let offset = Array("Dòng đầu\n".utf8).count + Array("Hà ".utf8).count
    #expect(throws: SongNguError.invalidUTF8(path: "test", byteOffset: offset, line: 2, column: 4)) {
      try readArticle(bytes: bytes)
    }
  }

  @Test func refusesBinaryFiles() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
    #expect(throws: SongNguError.self) { try readArticle(bytes: png) }
    let noise: [UInt8] = (0..<2000).map { UInt8(($0 * 7919) % 32) }
    do {
      _ = try readArticle(bytes: noise)
      Issue.record("binary noise was accepted")
    } catch let error as SongNguError {
      guard case .binaryFile = error else {
        Issue.record("expected binaryFile, got \(error)")
        return
      }
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func refusesOverlongLines() {
    let line = [UInt8](repeating: 0x61, count: 5000)
    #expect(throws: SongNguError.lineTooLong(path: "test", line: 1, limit: 1000)) {
      let reader = ArticleReader(lines: try LineReader(bytes: line, name: "test", maxLineBytes: 1000))
      _ = try reader.readDocument(name: "test")
    }
  }

  /// Encodes text with the TCVN3 (ABC) table, as .VnTime documents store it.
  func tcvn3(_ text: String) -> [UInt8] {
    let table: [Character: UInt8] = [
      "à": 0xB5, "á": 0xB8, "ả": 0xB6, "ã": 0xB7, "ạ": 0xB9, "ộ": 0xE9, "ố": 0xE8, "ệ": 0xD6, "ư": 0xAD,
      "ơ": 0xAC, "ờ": 0xEA, "ớ": 0xED, "đ": 0xAE, "ị": 0xDE, "ế": 0xD5, "ể": 0xD3, "ủ": 0xF1, "ứ": 0xF8,
      "ấ": 0xCA, "ậ": 0xCB, "ầ": 0xC7, "ọ": 0xE4, "ò": 0xDF, "ó": 0xE3, "ì": 0xD7, "í": 0xDD, "ý": 0xFD,
      "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ă": 0xA8, "ề": 0xD2, "ở": 0xEB, "ù": 0xEF, "ú": 0xF3, "ụ": 0xF4,
    ]
    return text.flatMap { character -> [UInt8] in
      if let byte = table[character] { return [byte] }
      return Array(String(character).utf8)
    }
  }

  let sentence =
    "Hà Nội là thủ đô của nước Việt Nam, thành phố có lịch sử hơn một nghìn năm. Người dân ở đây rất thân thiện."

  @Test func detectsTCVN3Bytes() {
    let bytes = tcvn3(sentence)
    #expect(bytes.allSatisfy { $0 < 0x80 || $0 >= 0xA0 })
    expectLegacy(bytes, .tcvn3, mentioning: "Hà")
  }

  @Test func detectsTCVN3ReadAsLatin1() {
    // The same bytes once decoded as Latin-1 and saved as UTF-8: "Hµ Néi".
    let mojibake = String(String.UnicodeScalarView(tcvn3(sentence).map { Unicode.Scalar($0) }))
    expectLegacy(Array(mojibake.utf8), .tcvn3, mentioning: nil)
  }

  @Test func detectsVNIWindowsReadAsLatin1() {
    // VNI-Windows stores "Hà Nội" as "Haø Noäi"; seen as Latin-1 mojibake in UTF-8 files.
    let text = "Haø Noäi laø thuû ñoâ cuûa nöôùc Vieät Nam, thaønh phoá coù lòch söû hôn moät nghìn naêm."
    expectLegacy(Array(text.utf8), .vniWindows, mentioning: nil)
  }

  @Test func detectsWindows1258Bytes() {
    // Windows-1258 writes tones as combining bytes after the vowel: "Ha\xCC N\xF4\xF2i".
    let bytes: [UInt8] =
      Array("Ha".utf8) + [0xCC] + Array(" N".utf8) + [0xF4, 0xF2] + Array("i la".utf8) + [0xCC] + Array(" thu".utf8)
      + [0xD2] + Array(" ".utf8) + [0xF0, 0xF4] + Array(" cu".utf8) + [0xD2] + Array("a Vi".utf8) + [0xEA, 0xF2]
      + Array("t Nam.".utf8)
    expectLegacy(bytes, .windows1258, mentioning: nil)
  }

  @Test func detectsVIQR() {
    let text = "Ha` No^.i la` thu? ddo^ cu?a Vie^.t Nam. Tha`nh pho^' co' li.ch su+? ho+n mo^.t nghi`n na(m."
    expectLegacy(Array(text.utf8), .viqr, mentioning: nil)
  }

  @Test func softHyphensAndLookalikesAreNotMojibake() throws {
    // Found by the segmentation property test: characters the normalizer cleans are not TCVN3 letters.
    let text = "NATO\u{00AD}x Putin\u{00AD}y hòa\u{00AD}z Ðà Nẵng\u{00AD}a V.\u{00AD}b rt\u{00AD}c Ðx Ðy."
    let document = try readArticle(text)
    #expect(document.normalization.softHyphens == 6)
  }

  @Test func doesNotMistakeUnicodeVietnameseForLegacy() throws {
    let sample = try Paths.read(Paths.sampleVietnamese)
    _ = try readArticle(sample)
    let latinHeavy = "Café, naïve, Zürich, São Paulo, El Niño, Ångström và hòa bình, thủy điện, quý khách."
    _ = try readArticle(latinHeavy)
  }

  /// Valid UTF-8 that holds Unicode Vietnamese letters is UTF-8, whatever Latin-1 symbols it also
  /// holds (these two lines were refused as TCVN3).
  @Test(arguments: [
    "Ông ấy nói «Chúng tôi sẽ đến Düsseldorf vào tháng Năm» với phóng viên.\n",
    "Đức và Pháp đồng ý — giá 5 € — ở München, Köln, Zürich; ½ số phiếu ±2%, © AFP.\n",
  ])
  func latin1SymbolsBesideVietnameseLettersAreUTF8(text: String) throws {
    let document = try readArticle(text)
    #expect(document.sentences.count == 1)
  }

  /// The sample read as Latin-1 or Windows-1252 and saved again as UTF-8 (mojibake) is refused with
  /// what happened and how to undo it; both forms go back with the `--from` the message names.
  @Test func doubleEncodedUTF8IsRefusedWithTheRemedy() throws {
    let sample = try Paths.read(Paths.sampleVietnamese)
    let latin1 = String(sample.utf8.map { Character(Unicode.Scalar($0)) })
    var cp1252 = ""
    let high: [UInt8: Character] = [0x80: "€", 0x93: "“", 0x94: "”", 0x99: "™", 0x9B: "›", 0x9C: "œ", 0x9F: "Ÿ"]
    for byte in sample.utf8 {
      if (0x80..<0xA0).contains(byte), let character = high[byte] {
        cp1252.append(character)
      } else {
        cp1252.append(Character(Unicode.Scalar(byte)))
      }
    }
    for (text, misread) in [(latin1, "Latin-1"), (cp1252, "Windows-1252")] {
      do {
        _ = try readArticle(text)
        Issue.record("mojibake read as \(misread) was accepted")
      } catch let error as SongNguError {
        guard case .mojibake(_, let found, let evidence) = error else {
          Issue.record("expected mojibake, got \(error)")
          continue
        }
        #expect(found == misread)
        #expect(evidence.hasPrefix("\"") && evidence.contains("\" for \""), "\(evidence)")
        let name = misread == "Latin-1" ? "utf8-as-latin1" : "utf8-as-cp1252"
        #expect(error.description.contains("songngu convert --from \(name) test"), "\(error)")
        #expect(error.description.contains("`--from \(name)`"), "\(error)")
        // The remedy reads it back.
        var options = ReadingOptions()
        options.encoding = try #require(InputEncoding(name: name))
        #expect(try readArticle(text, options: options).text == readArticle(sample).text)
      }
    }
  }

  func expectLegacy(_ bytes: [UInt8], _ encoding: LegacyEncoding, mentioning: String?) {
    do {
      _ = try readArticle(bytes: bytes)
      Issue.record("\(encoding) text was accepted")
    } catch let error as SongNguError {
      guard case .legacyEncoding(_, let found, let evidence) = error else {
        Issue.record("expected legacyEncoding(\(encoding)), got \(error)")
        return
      }
      #expect(found == encoding, "\(evidence)")
      #expect(error.description.contains("looks like \(encoding.displayName) text"))
      #expect(error.description.contains("songngu convert --from \(encoding.optionName) test"), "\(error)")
      if let mentioning { #expect(evidence.contains(mentioning), "\(evidence)") }
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}
