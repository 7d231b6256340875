import Foundation
import SongNgu
import Testing

/// A large article read a block at a time gives the same sentences as each paragraph on its own.
@Suite struct LargeArticleReadingTests {
  /// About 1.5 MB of real paragraphs (several batches), with a title and some boilerplate.
  func largeArticle() throws -> (text: String, paragraphs: [String]) {
    var paragraphs: [String] = []
    for number in 1...12 {
      let text = try Paths.read(Paths.fixture(String(format: "Segmentation/news-%02d.txt", number)))
      for paragraph in text.components(separatedBy: "\n\n") where !paragraph.isEmpty {
        paragraphs.append(paragraph.split(separator: "\n").joined(separator: " "))
      }
    }
    var all = ["Tiêu đề bài viết"]
    while all.reduce(0, { $0 + $1.utf16.count }) < 1_500_000 {
      all += paragraphs
      all.append("Xem bài viết gốc tại đây")
    }
    return (all.joined(separator: "\n\n") + "\n", all)
  }

  @Test func largeArticleEqualsOneParagraphAtATime() throws {
    let (text, paragraphs) = try largeArticle()
    let document = try readArticle(text)
    #expect(document.blocks.count == paragraphs.count)
    // Reference: each paragraph segmented on its own, in order, with one segmenter.
    let segmenter = SentenceSegmenter()
    var expected: [String] = []
    for paragraph in paragraphs { expected += segmenter.split(paragraph) }
    #expect(document.sentences.map(\.text) == expected)
    #expect(document.sentences.map(\.index) == Array(0..<expected.count))
    // Kinds: one title, boilerplate flagged, the rest body.
    #expect(document.blocks.first?.kind == .title)
    #expect(document.blocks.filter { $0.kind == .title }.count == 1)
    #expect(document.blocks.filter { $0.kind == .boilerplate }.count == paragraphs.filter { $0.hasPrefix("Xem") }.count)
    // Offsets still point into the normalized text.
    let units = Array(document.text.utf16)
    for sentence in document.sentences.prefix(2000) + document.sentences.suffix(2000) {
      #expect(String(decoding: units[sentence.start..<sentence.end], as: UTF16.self) == sentence.text)
    }
  }
}
