/// One file's bytes and what its writer dropped.
///
/// Sendable because the worker that renders the file hands its buffer over whole and never
/// touches it again; the writing thread only reads it.
struct RenderedFile: @unchecked Sendable {
  var kind: ArticleFileKind
  var fileExtension: String
  /// The file, in the buffer it was rendered into (not copied into an array); only its end when
  /// `partial` holds its start.
  var bytes: ScratchBytes
  /// The start of a large file, already written to its temporary file while it was rendered.
  var partial: AtomicFileWriter.PartialFile?
  var droppedCharacters: Int
  /// The units written into it (`BilingualOutput.unitCount`; for the term base, its entries).
  var units: Int
  /// The whole file's length and hash (`XXHash64`), its start in `partial` included.
  var byteCount: Int
  var hash: UInt64
}
