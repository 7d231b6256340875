import Foundation

/// Converts a glossary file from one format to another.
public enum GlossaryConverter {
  /// Converts `input` (which must read without errors) to `output`.
  ///
  /// The format is `format`, by default the one `output`'s extension names. The output is written to a temporary file beside it and
  /// renamed into place; `output` may not be `input`. Returns the glossary written.
  @discardableResult
  public static func convert(
    input: String, output: String, inputFormat: GlossaryFormat? = nil, format: GlossaryFormat? = nil
  ) throws(SongNguError) -> Glossary {
    guard let format = format ?? GlossaryFormat(path: output) else {
      throw .unsafeOutput(
        path: output, reason: "unknown glossary format; name it .tsv, .csv or .tbx or give the format")
    }
    if sameFile(input, output) {
      throw .unsafeOutput(path: output, reason: "it is the input file; write to another path")
    }
    let file = try GlossaryLoader.read(file: input, format: inputFormat)
    try file.requireNoErrors()
    try write(format.writer.write(file.glossary), to: output)
    return file.glossary
  }

  /// Writes a glossary's text to `path` atomically.
  public static func write(_ text: String, to path: String) throws(SongNguError) {
    do {
      try AtomicFileWriter().write(Array(text.utf8), to: path)
    } catch let error as SongNguError {
      throw error
    } catch {
      throw .writeFailed(path: path, reason: "\(error)")
    }
  }

  /// Whether two paths name the same file (the second may not exist yet).
  public static func sameFile(_ a: String, _ b: String) -> Bool {
    var first = stat()
    var second = stat()
    if stat(a, &first) == 0 && stat(b, &second) == 0 {
      return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
    let resolvedA = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
    let resolvedB = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    return resolvedA == resolvedB
  }
}
