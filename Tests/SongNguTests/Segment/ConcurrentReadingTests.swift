import Foundation
import SongNgu
import Testing

/// Reading on two threads (`ReadingOptions.concurrent`) gives exactly what reading on one does.
@Suite struct ConcurrentReadingTests {
  static let concurrent = ReadingOptions(concurrent: true)

  /// Everything a reader reports about a document, for comparison.
  static func summary(_ document: Document) -> [String] {
    [document.text, "\(document.normalization)", "\(document.findings)"]
      + document.blocks.map { "\($0.index) \($0.kind) \($0.start) \($0.end) \($0.line) \($0.wasWrapped)" }
      + document.sentences.map { "\($0.index) \($0.block) \($0.kind) \($0.start) \($0.end) \($0.text)" }
  }

  @Test func fixturesReadTheSameOnTwoThreads() throws {
    var paths = (1...12).map { Paths.fixture(String(format: "Segmentation/news-%02d.txt", $0)) }
    paths.append(Paths.sampleVietnamese)
    for path in paths {
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
      let one = try readArticle(bytes: bytes)
      let two = try readArticle(bytes: bytes, options: Self.concurrent)
      #expect(Self.summary(one) == Self.summary(two), "\(path)")
    }
  }

  @Test func largeMixedArticleReadsTheSameOnTwoThreads() throws {
    // Many batches; wrapped and one-line blocks, cleaning, NFD, tone styles, boilerplate, trailing blanks.
    var text = "Tiêu đề\n\n"
    for number in 0..<4000 {
      text += "Đoạn \(number): Ông Nguyễn Văn A cho biết hòa bình và hoà giải  là ưu tiên. TP. Hồ Chí Minh tăng 3,5%."
      text += number % 7 == 0 ? "\ndòng tiếp theo bị ngắt giữa câu và\nviết tiếp ở đây.\n\n" : "\n\n"
      if number % 13 == 0 { text += "Xem bài viết gốc tại đây\n\nthủy\u{200B}điện ho\u{0300}a\n\n" }
    }
    text += "\n\n\u{00A0}\n"
    let one = try readArticle(text)
    let two = try readArticle(text, options: Self.concurrent)
    #expect(one.blocks.count > 4000)
    #expect(Self.summary(one) == Self.summary(two))
  }

  @Test func anErrorArrivesAfterTheBlocksBeforeIt() throws {
    var bytes = Array(String(repeating: "Câu một. Câu hai.\n\n", count: 5000).utf8)
    let badOffset = bytes.count
    bytes += [0x41, 0xFF, 0x0A]
    let reader = ArticleReader(lines: try LineReader(bytes: bytes, name: "bad"), options: Self.concurrent)
    var blocks = 0
    do {
      while try reader.nextBlock() != nil { blocks += 1 }
      Issue.record("no error")
    } catch {
      #expect(blocks == 5000)
      guard case .invalidUTF8(_, let byteOffset, let line, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(byteOffset == badOffset + 1)
      #expect(line == 10_001)
    }
  }

  @Test func aReaderDroppedEarlyStopsItsThread() throws {
    // The helper thread blocks on a full queue; dropping the reader must release it (no hang, no leak
    // of work): read a few blocks of a large article many times over.
    let bytes = Array(String(repeating: "Một câu. Hai câu.\n\n", count: 20000).utf8)
    for _ in 0..<50 {
      let reader = ArticleReader(lines: try LineReader(bytes: bytes, name: "early"), options: Self.concurrent)
      #expect(try reader.nextBlock() != nil)
    }
  }
}
