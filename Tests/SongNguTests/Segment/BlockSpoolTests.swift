import Foundation
import Testing

@testable import SongNgu

/// `BlockSpool`: blocks kept in a temporary file are read back equal to the blocks read.
@Suite struct BlockSpoolTests {
  /// Every block of `document` kept in a spool of `chunkBytes`, then read back twice.
  func roundTrip(_ document: Document, chunkBytes: Int) -> (spool: BlockSpool, first: [Block], second: [Block]) {
    let spool = BlockSpool(chunkBytes: chunkBytes)
    for block in document.blocks { spool.append(block) }
    var first: [Block] = []
    spool.forEach { first.append($0) }
    var second: [Block] = []
    spool.forEach { second.append($0) }
    return (spool, first, second)
  }

  @Test func blocksAreReadBackAsTheyWereKept() throws {
    var documents: [Document] = []
    for number in 1...13 {
      let path = Paths.fixture(String(format: "Segmentation/news-%02d.txt", number))
      documents.append(try ArticleReader(lines: try LineReader(path: path)).readDocument(name: ""))
    }
    // Hard-wrapped lines joined (line joins), one paragraph a line, boilerplate, an emoji and an empty
    // block's neighbours.
    documents.append(
      try readArticle(
        "Tiêu đề\n\nĐây là một câu rất dài được ngắt\ndòng ở giữa câu vì báo in có\nđộ rộng cố định và còn tiếp.\n\n"
          + "Xem bài viết gốc tại đây\n\nGiá 😀 tăng ở Hà Nội.\n"))
    documents.append(try readArticle("Dòng một.\nDòng hai có hai câu. Câu thứ hai.\nDòng ba.\n"))
    #expect(documents.contains { $0.blocks.contains { !$0.lineJoins.isEmpty } })
    #expect(documents.contains { $0.blocks.contains { $0.kind == .boilerplate } })
    for document in documents {
      // A chunk smaller than most blocks: each goes to the file at once and is read alone.
      let (spool, first, second) = roundTrip(document, chunkBytes: 64)
      #expect(spool.count == document.blocks.count)
      #expect(spool.bytesInFile > 0)
      #expect(first == document.blocks)
      #expect(second == document.blocks)
      // The default chunk: several blocks a read, the last ones from memory.
      #expect(roundTrip(document, chunkBytes: 1 << 12).first == document.blocks)
    }
  }

  @Test func aSentenceThatContinuesItsLineIsKeptSo() {
    let units = Array("Dòng một Dòng hai".utf16)
    var second = Sentence(index: 8, block: 3, kind: .body, start: 109, end: 117, utf16: units[9...])
    second.continuesLine = true
    let block = Block(
      index: 3, kind: .body, start: 100, end: 117, utf16: units, line: 7, wasWrapped: false,
      sentences: [Sentence(index: 7, block: 3, kind: .body, start: 100, end: 108, utf16: units[..<8]), second])
    let spool = BlockSpool()
    spool.append(block)
    var read: [Block] = []
    spool.forEach { read.append($0) }
    #expect(read == [block])
    #expect(read.first?.sentences.last?.continuesLine == true)
    #expect(spool.bytesInFile == 0)
  }
}
