/// The files of one article, rendered, and its report (without files yet); or why it could not be read.
struct RenderedArticle: Sendable {
  var result: Result<(PreparedArticleReport, [RenderedFile]), SongNguError>
}
