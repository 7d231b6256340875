import PropertyBased
import SongNgu
import Testing

/// The reader's tone pass and the normalizer's full pass agree on any text.
///
/// The reader looks only where the UTF-8 decoder noted a candidate pair; the full pass looks at every
/// code unit.
@Suite struct TonePassPropertyTests {
  /// Words with and without open `oa`/`oe`/`uy` rimes, both placements, both cases, and look-alikes
  /// that are not open rimes (`quý`, `ngoài`, `khuya`, `hoàng`).
  static let words: [String] = [
    "hòa", "hoà", "Hòa", "HOÀ", "thủy", "thuỷ", "Thuý", "khỏe", "khoẻ", "xóa", "xoá", "tòa", "toà", "hóa", "hoá",
    "quý", "Quỳ", "ủy", "uỷ", "ngoài", "khuya", "hoàng", "hoa", "thuy", "oà", "òa", "ỏe", "lũy", "luỹ", "đoá",
    "Đóa", "Nguyễn", "Việt", "và", "của", "đã", "NATO", "3,5%", "“hòa”", "(thuỷ)", "hòa.", "hoà,", "tòa-án",
    "xoè", "xòe", "huỷ", "hủy", "an", "ổn",
  ]

  @Test(arguments: [ToneStyle.keep, .old, .new])
  func readerAgreesWithTheFullPass(style: ToneStyle) async {
    let generator = Gen<String?>.element(of: Self.words).array(of: 1...40)
    await propertyCheck(count: 200, input: generator) { words in
      let text = words.map { $0 ?? "" }.joined(separator: " ")
      let options = NormalizationOptions(toneStyle: style)
      let expected = Normalizer(options: options).normalize(text)
      let document: Document
      do {
        document = try readArticle(text, options: ReadingOptions(normalization: options))
      } catch {
        Issue.record("reading failed: \(error)")
        return
      }
      #expect(document.text == expected.text)
      #expect(document.normalization.oldStyleSyllables == expected.counts.oldStyleSyllables)
      #expect(document.normalization.newStyleSyllables == expected.counts.newStyleSyllables)
      #expect(document.normalization.toneMarksMoved == expected.counts.toneMarksMoved)
    }
  }
}
