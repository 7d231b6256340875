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

  /// One paragraph a line without a blank line, longer than a block may be: read a line at a time
  /// (the group is never held whole), the same as when the whole text fits in one group.
  @Test func oneParagraphALineLongerThanABlockIsReadALineAtATime() throws {
    let (_, paragraphs) = try largeArticle()
    let text = paragraphs.joined(separator: "\n") + "\n\nCuối bài\n"
    let whole = try readArticle(text, options: ReadingOptions(maxBlockBytes: 1 << 30))
    #expect(whole.blocks.count == paragraphs.count + 1)
    for concurrent in [false, true] {
      let streamed = try readArticle(
        text, options: ReadingOptions(maxLineBytes: 4000, maxBlockBytes: 4096, concurrent: concurrent))
      #expect(streamed.text == whole.text)
      #expect(streamed.blocks == whole.blocks)
      #expect(streamed.normalization == whole.normalization)
    }
  }

  /// A block longer than the limit is refused, with the remedies named: hard-wrapped lines without a
  /// blank line, found to be one block only at its end, and one paragraph a line read with --wrapped.
  @Test func blockLongerThanTheLimitIsRefused() throws {
    let (_, paragraphs) = try largeArticle()
    var wrapped: [String] = []
    for paragraph in paragraphs.prefix(200) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        if line.utf8.count > 60 {
          wrapped.append(line)
          line = ""
        }
        line += line.isEmpty ? String(word) : " " + word
      }
      wrapped.append(line)
    }
    let cases: [(String, ReadingOptions)] = [
      (wrapped.joined(separator: "\n"), ReadingOptions(maxLineBytes: 4000, maxBlockBytes: 4096)),
      (
        paragraphs.joined(separator: "\n"),
        ReadingOptions(
          normalization: NormalizationOptions(wrapped: true), maxLineBytes: 4000, maxBlockBytes: 4096)
      ),
      (
        "Tiêu đề\n\n" + paragraphs.prefix(200).joined(separator: "\n"),
        ReadingOptions(maxLineBytes: 4000, maxBlockBytes: 4096)
      ),
    ]
    for (text, options) in cases {
      do {
        let document = try readArticle(text, options: options)
        Issue.record("read \(document.blocks.count) blocks, expected a refusal")
      } catch {
        #expect("\(error)".contains("longer than 4096 bytes") && "\(error)".contains("--max-block-bytes"))
      }
    }
    // Within the limit they are read as before.
    #expect(try readArticle(wrapped.joined(separator: "\n")).blocks.count == 1)
  }
}
