#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `songngu convert` does: reads text in any encoding songngu knows (UTF-8, UTF-16 with a
/// byte-order mark, a `LegacyEncoding`) and writes it as NFC UTF-8, a line at a time.
///
/// Line ends are kept as they were (LF, CRLF or CR; none after a last line without one); a UTF-8
/// byte-order mark is not written. Characters the encoding cannot map become U+FFFD and are listed
/// with their line and column; reading never stops at them.
public enum EncodingConverter {
  /// What converting one input did.
  public struct Report: Sendable, Equatable {
    /// The input's name (its path, or `-`).
    public var name: String
    /// The legacy encoding it was read from, or nil when it was Unicode already.
    public var encoding: LegacyEncoding?
    /// Why detection chose `encoding` (with `InputEncoding.auto`), or nil.
    public var detectionEvidence: String?
    /// Whether the input was read as characters standing for the encoding's bytes (legacy text
    /// pasted into a Unicode file).
    public var readsCharacters: Bool
    public var lines = 0
    /// Letters outside ASCII in the output (ă, đ, ế …): the letters the conversion wrote.
    public var letters = 0
    /// Lines NFC changed.
    public var composedLines = 0
    /// Places that could not be mapped (written as U+FFFD) and characters restored by a guess.
    public var unmappedCount = 0
    public var guessedCount = 0
    /// The unmapped places (warnings) and guesses (notes), up to a thousand, then notes on the
    /// conversion itself (what TCVN3 cannot tell apart, characters kept as they were).
    public var findings: [Finding] = []

    /// Whether every character was mapped.
    public var isComplete: Bool { unmappedCount == 0 }
  }

  /// Opens `path` (`-` for standard input) for converting from `encoding`.
  public static func open(_ path: String, from encoding: InputEncoding) throws(SongNguError) -> LineReader {
    if path == "-" {
      return try LineReader(
        standardInputNamed: "-", maxLineBytes: maxLineBytes, encoding: encoding, failsOnUnmapped: false)
    }
    return try LineReader(path: path, maxLineBytes: maxLineBytes, encoding: encoding, failsOnUnmapped: false)
  }

  /// The longest line convert reads (64 MiB): text with no line ends is still converted.
  static let maxLineBytes = 1 << 26

  /// Converts what `lines` reads, handing the NFC UTF-8 to `write` in pieces of about 64 KiB.
  ///
  /// - Throws: what `lines` throws (a file that cannot be read as asked), and what `write` throws.
  public static func convert(_ lines: LineReader, to write: ([UInt8]) throws -> Void) throws -> Report {
    var report = Report(
      name: lines.name, encoding: nil, detectionEvidence: nil, readsCharacters: false)
    var units: [UInt16] = []
    let pending = ScratchBytes(capacity: 1 << 17)
    let tables = CharacterTables.shared
    while try lines.nextLine(into: &units) {
      // A CR's LF is seen only when the next line is read: each line end is written before the next line.
      if report.lines > 0 { pending.append(lines.previousLineTerminator.bytes) }
      report.lines += 1
      let before = units
      Normalizer.compose(from: 0, in: &units)
      if units != before { report.composedLines += 1 }
      for unit in units where unit >= 0x80 && tables.isLetter(unit) { report.letters += 1 }
      units.withUnsafeBufferPointer { _ = pending.appendUTF8($0) }
      if pending.count >= 1 << 16 {
        try write(Array(pending.bytes))
        pending.removeAll()
      }
    }
    pending.append(lines.lineTerminator.bytes)
    if pending.count > 0 { try write(Array(pending.bytes)) }
    report.encoding = lines.legacyEncoding
    report.detectionEvidence = lines.detectionEvidence
    report.readsCharacters = lines.readsCharacters
    report.unmappedCount = lines.unmappedCount
    report.guessedCount = lines.guessedCount
    report.findings = lines.conversionFindings + notes(on: report, kept: lines.keptCharacters)
    return report
  }

  /// Notes on a conversion as a whole.
  static func notes(on report: Report, kept: Int) -> [Finding] {
    var notes: [Finding] = []
    if report.encoding == .tcvn3 {
      notes.append(
        Finding(
          category: "convert.tcvn3-capitals", severity: .note,
          message:
            "TCVN3 (VN3) has no codes for capital toned vowels: fonts such as .VnTimeH show capitals on the "
            + "lower-case codes, so text that showed capitals (headings, names) comes out in lower case; check it",
          file: report.name))
    }
    if kept > 0, let encoding = report.encoding {
      notes.append(
        Finding(
          category: "convert.kept", severity: .note,
          message:
            "\(kept) characters are not the pasted form of a \(encoding.displayName) byte and were kept as they were",
          file: report.name))
    }
    return notes
  }
}

extension EncodingConverter {
  /// Where the conversion of each of `inputs` goes: nil for standard output (one input and no
  /// `out`), else a path.
  ///
  /// With one input, `out` is the output file, or a folder when it is one already or ends in `/`;
  /// with several, `out` is a folder, created when missing, and each input keeps its file name
  /// there. An output is never one of the inputs (the same file by device and inode).
  ///
  /// - Throws: `SongNguError.unsafeOutput` for an output that would overwrite an input (or standard
  ///   input sent to a folder), `SongNguError.outputNameCollision` for two inputs with the same
  ///   name, `SongNguError.writeFailed` when the folder cannot be made.
  public static func destinations(for inputs: [String], out: String?) throws(SongNguError) -> [String?] {
    guard let out else { return inputs.map { _ in nil } }
    let protected = ProtectedFiles(inputs)
    var status = stat()
    let isFolder = stat(out, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    do {
      if inputs.count == 1 && !isFolder && !out.hasSuffix("/") {
        let slash = out.lastIndex(of: "/")
        let folder = slash.map { String(out[...$0]) } ?? "."
        let name = slash.map { String(out[out.index(after: $0)...]) } ?? out
        return [try OutputFolder(folder).path(for: name, protecting: protected)]
      }
      let folder = try OutputFolder.create(out)
      var seen: Set<String> = []
      return try inputs.map { input -> String? in
        guard input != "-" else {
          throw SongNguError.unsafeOutput(
            path: out, reason: "standard input has no name to write into a folder; give --out FILE")
        }
        let name = input.split(separator: "/").last.map(String.init) ?? input
        guard seen.insert(name).inserted else { throw SongNguError.outputNameCollision(name: name) }
        return try folder.path(for: name, protecting: protected)
      }
    } catch let error as SongNguError {
      throw error
    } catch {
      throw .writeFailed(path: out, reason: "\(error)")
    }
  }

  /// Converts `input` (a path, or `-`) from `encoding` into the file `destination`, written
  /// atomically: a failure leaves no partial file.
  public static func convert(_ input: String, from encoding: InputEncoding, into destination: String) throws -> Report {
    let lines = try open(input, from: encoding)
    let file = try AtomicFileWriter().begin(destination)
    do {
      let report = try convert(lines) { try file.append($0) }
      try file.commit()
      return report
    } catch {
      file.discard()
      throw error
    }
  }
}
