import SongNgu

/// Reads `text` as an article (through the same line reader as files).
func readArticle(_ text: String, options: ReadingOptions = ReadingOptions()) throws -> Document {
  let reader = ArticleReader(
    lines: try LineReader(bytes: Array(text.utf8), name: "test", encoding: options.encoding), options: options)
  return try reader.readDocument(name: "test")
}

/// Reads raw bytes as an article.
func readArticle(bytes: [UInt8], options: ReadingOptions = ReadingOptions()) throws -> Document {
  let reader = ArticleReader(
    lines: try LineReader(bytes: bytes, name: "test", encoding: options.encoding), options: options)
  return try reader.readDocument(name: "test")
}
