import PropertyBased
import SongNgu
import Testing

/// Invariants over generated text: nothing lost, nothing invented, no empty sentences.
@Suite struct SegmentationPropertyTests {
  /// Pieces of real Vietnamese news text and the awkward characters normalization must survive.
  static let pieces: [String] = [
    "Tổng thư ký", "NATO", "Mark Rutte", "đã", "phủ nhận", "thông tin", "về", "binh sĩ", "Triều Tiên", "tham chiến",
    "TP.", "Hồ Chí Minh", "PGS.TS.", "v.v.", "tr.", "TP.HCM.", "1.000.000", "3,5%", "15/12/2025", "rt.com",
    "https://vnexpress.net/a-1.html", "lienhe@tuoitre.com.vn", "./.", "…", "...", ".", ".", ".", "?", "!", ",",
    "“", "”", "\"", "(", ")", "-", " - ", "48%", "V.", "Putin", "hòa", "hoà", "thuỷ", "ho\u{0300}a", "Ðà Nẵng",
    "\u{00A0}", "\u{200B}", "\u{00AD}", "\t", "  ", "\u{000B}", "\u{0000}", "👍🏽", "\n", "\n\n", "\r\n",
    "Xem bài viết gốc tại đây",
  ]

  @Test func sentencesAndWhitespaceReproduceEveryBlock() async {
    // Pieces alternate with separators so words meet spaces, line breaks or nothing at all.
    let separators: [String] = [" ", " ", " ", "", "\n", "  "]
    let generator = Gen<String?>.element(of: Self.pieces).array(of: 1...60)
    let spacing = Gen<String?>.element(of: separators).array(of: 60)
    await propertyCheck(count: 300, input: generator, spacing) { words, gaps in
      var text = ""
      for (word, gap) in zip(words, gaps) {
        text += (word ?? "") + (gap ?? " ")
      }
      let document: Document
      do {
        document = try readArticle(text)
      } catch {
        Issue.record("reading failed: \(error)")
        return
      }
      let all = Array(document.text.utf16)
      for block in document.blocks {
        #expect(!block.text.isEmpty)
        #expect(String(decoding: all[block.start..<block.end], as: UTF16.self) == block.text)
        var cursor = block.start
        for sentence in block.sentences {
          #expect(!sentence.text.isEmpty)
          #expect(sentence.start >= cursor)
          // Only white space between sentences.
          let gap = String(decoding: all[cursor..<sentence.start], as: UTF16.self)
          #expect(
            gap.allSatisfy { $0 == " " || $0 == "\n" }, "gap \(gap.debugDescription) in \(block.text.debugDescription)")
          #expect(String(decoding: all[sentence.start..<sentence.end], as: UTF16.self) == sentence.text)
          #expect(sentence.text.first?.isWhitespace == false && sentence.text.last?.isWhitespace == false)
          cursor = sentence.end
        }
        let tail = String(decoding: all[cursor..<block.end], as: UTF16.self)
        #expect(tail.allSatisfy { $0 == " " || $0 == "\n" })
        #expect(block.sentences.count >= 1)
      }
      // Sentence indices are consecutive.
      #expect(document.sentences.map(\.index) == Array(0..<document.sentences.count))
    }
  }
}
