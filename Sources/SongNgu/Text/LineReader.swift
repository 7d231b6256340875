#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads text a line at a time from a file, standard input or memory, decoding it to UTF-16.
///
/// Memory stays flat: only the current chunk (64 KiB) and the current line are held. The first chunk
/// is sniffed for byte-order marks, binary content and legacy Vietnamese encodings before any line is
/// returned. UTF-8 is validated as it is decoded; the first bad byte is an error with its offset,
/// line and column. CR, LF and CRLF all end a line.
///
/// `encoding` (`--from`) says what the bytes are: UTF-8, with legacy text refused (the default);
/// detected (`auto`); or a legacy encoding, each line converted by `LegacyDecoder` before it is
/// decoded. A legacy file whose start is valid UTF-8 is read as characters standing for its bytes
/// (text pasted into a Unicode file).
public final class LineReader {
  /// The name used in messages: the path, or "-" for standard input.
  public let name: String
  /// The 1-based number of the line last returned.
  public private(set) var lineNumber = 0
  /// What decoding noticed about the line last returned (see `LineFacts`).
  private(set) var lineFacts = LineFacts()
  /// The pairs decoding marked in the line last returned, where the tone pass must look (see
  /// `UTF8Decoding`).
  @exclusivity(unchecked) private(set) var markedPairs: [Int32] = []
  /// Where the line last returned lies in `buffer` (without its line end).
  private var lineBytes = 0..<0
  /// The input's size in bytes when it is known up front (a regular file, or memory), else 0: a
  /// hint for sizing output buffers.
  private(set) var sizeHint = 0

  private enum Source {
    case descriptor(Int32, closeWhenDone: Bool)
    case memory
  }

  private var source: Source
  private var buffer: [UInt8] = []
  private var position = 0
  private var atEnd = false
  /// Byte offset of `buffer[0]` in the whole input.
  private var bufferOffset = 0
  private var skipLineFeed = false
  private let maxLineBytes: Int
  /// Whether pure-ASCII input is checked for VIQR (off for data files, where `U.S.` or `WHO?` are
  /// ordinary text).
  private let detectsVIQR: Bool
  private static let chunkSize = 1 << 16

  /// The encoding asked for.
  public let requestedEncoding: InputEncoding
  /// The legacy encoding the lines are converted from (given, or detected), or nil for UTF-8.
  public var legacyEncoding: LegacyEncoding? { decoder?.encoding }
  /// Why detection (`InputEncoding.auto`) chose `legacyEncoding`, or nil.
  public private(set) var detectionEvidence: String?
  /// A note saying what detection (`InputEncoding.auto`) chose, or nil: `read.encoding`.
  public var encodingNote: Finding? {
    guard let encoding = legacyEncoding, let evidence = detectionEvidence else { return nil }
    return Finding(
      category: "read.encoding", severity: .note,
      message:
        "read as \(encoding.displayName)\(readsCharacters && encoding.isByteEncoding ? " pasted into a Unicode file" : ""), found by detection (\(evidence))"
    )
  }
  /// Whether lines are read as characters standing for the legacy encoding's bytes (legacy text
  /// pasted into a Unicode file) rather than as its bytes.
  public var readsCharacters: Bool { decoder?.readsCharacters ?? false }
  /// Whether a character the legacy encoding cannot map stops reading (`SongNguError.unmappable`);
  /// else it becomes U+FFFD and is listed in `conversionFindings`.
  let failsOnUnmapped: Bool
  /// What conversion could not map (warnings) or restored by a guess (notes), line and column
  /// given, up to `maxConversionFindings`; `unmappedCount` and `guessedCount` count them all.
  public private(set) var conversionFindings: [Finding] = []
  public private(set) var unmappedCount = 0
  public private(set) var guessedCount = 0
  static let maxConversionFindings = 1000
  private var decoder: LegacyDecoder?
  /// The converted UTF-8 of the line last returned, when converting.
  private var converted: [UInt8] = []

  /// How the line last returned ended.
  public enum LineTerminator: Sendable, Equatable {
    case none, lf, cr, crlf
    /// The terminator's bytes.
    public var bytes: [UInt8] {
      switch self {
      case .none: return []
      case .lf: return [0x0A]
      case .cr: return [0x0D]
      case .crlf: return [0x0D, 0x0A]
      }
    }
  }
  /// How the line last returned ended (a CR's LF may be seen only when the next line is read).
  public private(set) var lineTerminator = LineTerminator.none
  /// How the line before the one last returned ended, as seen when the last one was read.
  public private(set) var previousLineTerminator = LineTerminator.none
  /// Characters of a pasted file kept as they were (see `LegacyDecoder.keptCharacters`).
  public var keptCharacters: Int { decoder?.keptCharacters ?? 0 }

  /// Opens `path` for reading.
  public convenience init(
    path: String, maxLineBytes: Int = 1 << 20, detectsVIQR: Bool = true, encoding: InputEncoding = .utf8
  ) throws(SongNguError) {
    try self.init(
      path: path, maxLineBytes: maxLineBytes, detectsVIQR: detectsVIQR, encoding: encoding, failsOnUnmapped: true)
  }

  /// Opens `path` for reading; `failsOnUnmapped` off lists unmappable characters instead of
  /// stopping at the first (for `EncodingConverter`).
  init(
    path: String, maxLineBytes: Int = 1 << 20, detectsVIQR: Bool = true, encoding: InputEncoding,
    failsOnUnmapped: Bool
  ) throws(SongNguError) {
    self.name = path
    self.maxLineBytes = maxLineBytes
    self.detectsVIQR = detectsVIQR
    self.requestedEncoding = encoding
    self.failsOnUnmapped = failsOnUnmapped
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { throw .fileNotFound(path: path) }
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
    self.source = .descriptor(descriptor, closeWhenDone: true)
    if (info.st_mode & S_IFMT) == S_IFREG { sizeHint = Int(info.st_size) }
    try start()
  }

  /// Reads standard input.
  public convenience init(
    standardInputNamed name: String = "-", maxLineBytes: Int = 1 << 20, encoding: InputEncoding = .utf8
  ) throws(SongNguError) {
    try self.init(standardInputNamed: name, maxLineBytes: maxLineBytes, encoding: encoding, failsOnUnmapped: true)
  }

  /// Reads standard input; see `init(path:maxLineBytes:detectsVIQR:encoding:failsOnUnmapped:)`.
  init(
    standardInputNamed name: String, maxLineBytes: Int, encoding: InputEncoding, failsOnUnmapped: Bool
  ) throws(SongNguError) {
    self.name = name
    self.maxLineBytes = maxLineBytes
    self.detectsVIQR = true
    self.requestedEncoding = encoding
    self.failsOnUnmapped = failsOnUnmapped
    self.source = .descriptor(0, closeWhenDone: false)
    try start()
  }

  /// Reads bytes held in memory.
  public init(
    bytes: [UInt8], name: String, maxLineBytes: Int = 1 << 20, detectsVIQR: Bool = true,
    encoding: InputEncoding = .utf8
  ) throws(SongNguError) {
    self.name = name
    self.maxLineBytes = maxLineBytes
    self.detectsVIQR = detectsVIQR
    self.requestedEncoding = encoding
    self.failsOnUnmapped = true
    self.source = .memory
    self.buffer = bytes
    self.sizeHint = bytes.count
    self.atEnd = true
    try start()
  }

  deinit { closeDescriptor() }

  private func closeDescriptor() {
    if case .descriptor(let descriptor, true) = source {
      close(descriptor)
      source = .memory
    }
  }

  /// Reads more bytes into the buffer; returns false at end of input.
  private func fill() throws(SongNguError) -> Bool {
    guard !atEnd, case .descriptor(let descriptor, _) = source else { return false }
    if position > 0 {
      bufferOffset += position
      buffer.removeFirst(position)
      position = 0
    }
    let oldCount = buffer.count
    // A file of known size is read in one piece (one byte more, to see its end) rather than in
    // zero-filled chunks: a short article costs one small read.
    let remaining = sizeHint - (bufferOffset + oldCount)
    let size = sizeHint > 0 && remaining >= 0 ? min(Self.chunkSize, max(4096, remaining + 1)) : Self.chunkSize
    buffer.reserveCapacity(oldCount + size)
    var readCount = 0
    buffer.append(contentsOf: repeatElement(0, count: size))
    repeat {
      readCount = buffer.withUnsafeMutableBytes { raw in
        read(descriptor, raw.baseAddress! + oldCount, size)
      }
    } while readCount < 0 && errno == EINTR
    if readCount < 0 {
      let reason = String(cString: strerror(errno))
      buffer.removeLast(size)
      if errno == EISDIR { throw .isDirectory(path: name) }
      throw .unreadable(path: name, reason: reason)
    }
    buffer.removeLast(size - readCount)
    if readCount == 0 {
      atEnd = true
      closeDescriptor()
      return false
    }
    return true
  }

  // MARK: - Sniffing the start

  private func start() throws(SongNguError) {
    while buffer.count < Self.chunkSize, try fill() {}
    var wasUTF16 = false
    if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
      position = 3
    } else if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
      try convertUTF16(bigEndian: buffer[1] == 0xFF)
      wasUTF16 = true
    }
    let sample = buffer[position...]
    if !wasUTF16 { try sniffBinary(sample) }
    switch requestedEncoding {
    case .utf8:
      if !wasUTF16 { try sniffLegacy(sample) }
    case .legacy(let encoding):
      decoder = LegacyDecoder(encoding: encoding, readsCharacters: wasUTF16 || Self.isUTF8(sniffHead(sample)))
    case .auto:
      if let found = sniffedEncoding(sample) {
        decoder = LegacyDecoder(encoding: found.encoding, readsCharacters: found.readsCharacters)
        detectionEvidence = found.evidence
      }
    }
    if decoder?.encoding == .viqr { decoder?.viqrStrict = LegacyDecoder.escapesVIQRPunctuation(sniffHead(sample)) }
  }

  /// Whether `bytes` are valid UTF-8.
  private static func isUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    var units: [UInt16] = []
    return bytes.withUnsafeBufferPointer { UTF8Decoding.decode($0, appendingTo: &units) == nil }
  }

  /// Reads all of a UTF-16 input and continues with it as UTF-8 in memory.
  private func convertUTF16(bigEndian: Bool) throws(SongNguError) {
    while try fill() {}
    var units: [UInt16] = []
    units.reserveCapacity(buffer.count / 2)
    var index = 2
    while index + 1 < buffer.count {
      let a = UInt16(buffer[index])
      let b = UInt16(buffer[index + 1])
      units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
      index += 2
    }
    buffer = [UInt8](unsafeUninitializedCapacity: units.count * 3) { bytes, written in
      guard let start = bytes.baseAddress else { return }
      written = units.withUnsafeBufferPointer { UTF16Text.encodeUTF8($0, to: start) { _ in } }
    }
    position = 0
    bufferOffset = 0
    source = .memory
    atEnd = true
  }

  /// Signatures of binary formats people mistake for text, and what they are.
  private static let magics: [([UInt8], String)] = [
    (Array("%PDF".utf8), "a PDF document"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive or Office document"),
    ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), (Array("GIF8".utf8), "a GIF image"),
    ([0xFF, 0xD8, 0xFF], "a JPEG image"), ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
    ([0x1F, 0x8B], "a gzip archive"), ([0xD0, 0xCF, 0x11, 0xE0], "an old Word/Excel document"),
  ]

  private func sniffBinary(_ sample: ArraySlice<UInt8>) throws(SongNguError) {
    for (magic, what) in Self.magics where sample.starts(with: magic) {
      throw .binaryFile(path: name, reason: "it starts like \(what)")
    }
    let head = sample.prefix(4096)
    guard !head.isEmpty else { return }
    var nulEven = 0
    var nulOdd = 0
    var controls = 0
    head.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return }
      var offset = 0
      while offset < bytes.count {
        // Eight bytes at a time: a word with no byte below 0x20 (most of text) has no NUL and no
        // control. Each lane is exact: `(byte | 0x80) - 0x20` never borrows from the next.
        if offset &+ 8 <= bytes.count {
          let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
          let high: UInt64 = 0x8080_8080_8080_8080
          if ~((word | high) &- 0x2020_2020_2020_2020) & ~word & high == 0 {
            offset &+= 8
            continue
          }
        }
        for index in offset..<min(offset &+ 8, bytes.count) {
          let byte = bytes[index]
          if byte == 0 {
            if index % 2 == 0 { nulEven += 1 } else { nulOdd += 1 }
          }
          if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x0B {
            controls += 1
          }
        }
        offset = min(offset &+ 8, bytes.count)
      }
    }
    let pairs = head.count / 2
    if pairs >= 8 && (nulEven * 10 >= pairs * 4 || nulOdd * 10 >= pairs * 4) && (nulEven == 0 || nulOdd == 0) {
      throw .utf16WithoutBOM(path: name)
    }
    // A few stray controls are cleaned by the normalizer; many mean the file is not text.
    if controls >= 8 && controls * 10 > head.count {
      throw .binaryFile(path: name, reason: "\(controls) control bytes in its first \(head.count) bytes")
    }
  }

  /// Refuses input that looks like a legacy encoding or misread UTF-8, naming the remedy.
  private func sniffLegacy(_ sample: ArraySlice<UInt8>) throws(SongNguError) {
    guard let found = sniffedEncoding(sample) else { return }
    switch found.encoding {
    case .utf8AsCP1252, .utf8AsLatin1:
      throw .mojibake(
        path: name, misreadAs: found.encoding == .utf8AsLatin1 ? "Latin-1" : "Windows-1252", evidence: found.evidence)
    default:
      throw .legacyEncoding(path: name, encoding: found.encoding, evidence: found.evidence)
    }
  }

  /// The legacy encoding (or misreading of UTF-8) the start of the input looks like, why, and
  /// whether it is read as characters (valid UTF-8: text pasted or misread into a Unicode file);
  /// nil for UTF-8 and for what the detector cannot tell.
  private func sniffedEncoding(
    _ sample: ArraySlice<UInt8>
  ) -> (encoding: LegacyEncoding, evidence: String, readsCharacters: Bool)? {
    guard sample.contains(where: { $0 >= 0x80 }) else {
      // Pure ASCII: only VIQR is possible.
      guard detectsVIQR else { return nil }
      if let verdict = LegacyEncodingDetector.detect(values: Array(sample.prefix(16384)), rawBytes: false) {
        return (verdict.encoding, verdict.evidence, true)
      }
      return nil
    }
    let head = sniffHead(sample)
    // Most input is UTF-8 whose Latin-1 letters are all Vietnamese ones: nothing to judge.
    let plain = head.withUnsafeBufferPointer {
      LegacyEncodingDetector.isPlainVietnameseUTF8($0, checksVIQR: detectsVIQR)
    }
    if plain { return nil }
    var units: [UInt16] = []
    let valid = head.withUnsafeBufferPointer { UTF8Decoding.decode($0, appendingTo: &units) == nil }
    // UTF-8 that holds Unicode Vietnamese letters is UTF-8, whatever Latin-1 symbols it also holds.
    if valid && LegacyEncodingDetector.hasUnicodeVietnamese(units) { return nil }
    if valid, let found = LegacyEncodingDetector.mojibake(units) {
      return (found.misreadAs == "Latin-1" ? .utf8AsLatin1 : .utf8AsCP1252, found.evidence, true)
    }
    let values = valid ? units.map { $0 < 0x100 ? UInt8($0) : 0 } : Array(head)
    // VIQR is ASCII: text with a fair share of other characters is not VIQR.
    let nonASCII = values.reduce(0) { $0 + ($1 >= 0x80 || $1 == 0 ? 1 : 0) }
    let verdict = LegacyEncodingDetector.detect(
      values: values, rawBytes: !valid, checksVIQR: detectsVIQR && nonASCII * 100 < values.count)
    guard let verdict else {
      // Pasted legacy text whose byte patterns the detector missed: its words tell.
      guard valid, let pasted = LegacyDecoder.pastedEncoding(for: head) else { return nil }
      return (pasted.encoding, pasted.evidence, true)
    }
    // Byte patterns do not tell TCVN3, VISCII and Windows-1258 apart well, nor pasted legacy text
    // from foreign words with accents: the words each reading spells do.
    switch LegacyDecoder.judge(head, readsCharacters: valid, detected: verdict.encoding) {
    case .keep: return (verdict.encoding, verdict.evidence, valid)
    case .better(let encoding, let evidence): return (encoding, evidence, valid)
    case .reject: return nil
    }
  }

  /// The part of the sample the legacy sniff reads: the first 16 KiB, cut at a line end so that no
  /// character is split.
  private func sniffHead(_ sample: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var end = min(sample.endIndex, sample.startIndex + Self.sniffBytes)
    if end < sample.endIndex || !atEnd, let lastLine = sample[sample.startIndex..<end].lastIndex(of: 0x0A) {
      end = lastLine
    }
    return sample[sample.startIndex..<end]
  }

  /// How much of the start of the input the legacy-encoding sniffer reads.
  static let sniffBytes = 16384

  // MARK: - Lines

  /// Replaces `line`'s contents with the next line (without its line end), decoded to UTF-16.
  ///
  /// Returns false at the end of input.
  public func nextLine(into line: inout [UInt16]) throws(SongNguError) -> Bool {
    line.removeAll(keepingCapacity: true)
    // Find the end of the line, reading more as needed.
    var scan = position
    while true {
      if let found = findLineEnd(from: scan) {
        try decodeLine(end: found, into: &line)
        return true
      }
      scan = buffer.count
      if buffer.count - position > maxLineBytes {
        throw .lineTooLong(path: name, line: lineNumber + 1, limit: maxLineBytes)
      }
      let before = position
      if try !fill() {
        if position < buffer.count {
          try decodeLine(end: buffer.count, into: &line)
          return true
        }
        return false
      }
      scan -= before - position
    }
  }

  /// The UTF-8 bytes of the line last returned, as they were in the input (without the line end),
  /// or as conversion wrote them.
  var lineUTF8: [UInt8] { decoder == nil ? Array(buffer[lineBytes]) : converted }

  /// The length in bytes of the line last returned (its UTF-8, as `lineUTF8`).
  var lineByteCount: Int { decoder == nil ? lineBytes.count : converted.count }

  private func findLineEnd(from start: Int) -> Int? {
    if skipLineFeed && position < buffer.count {
      if buffer[position] == 0x0A {
        position += 1
        lineTerminator = .crlf
      }
      skipLineFeed = false
    }
    let from = max(start, position)
    let count = buffer.count
    guard from < count else { return nil }
    return buffer.withUnsafeBufferPointer { bytes -> Int? in
      guard let base = bytes.baseAddress else { return nil }
      // LF is found with memchr; a CR before it (CR or CRLF line ends) ends the line earlier.
      let length = count - from
      let lineFeed = memchr(base + from, 0x0A, length).map {
        UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base
      }
      let searchEnd = lineFeed ?? count
      if let carriage = memchr(base + from, 0x0D, searchEnd - from) {
        return UnsafePointer(carriage.assumingMemoryBound(to: UInt8.self)) - base
      }
      return lineFeed
    }
  }

  private func decodeLine(end: Int, into line: inout [UInt16]) throws(SongNguError) {
    lineNumber += 1
    previousLineTerminator = lineTerminator
    if end - position > maxLineBytes { throw .lineTooLong(path: name, line: lineNumber, limit: maxLineBytes) }
    let lineStart = position
    var facts = LineFacts()
    let failure: Int?
    if decoder != nil {
      failure = try convertLine(lineStart..<end, into: &line, facts: &facts)
    } else {
      failure = buffer.withUnsafeBufferPointer { bytes in
        UTF8Decoding.decode(
          UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), appendingTo: &line, facts: &facts,
          markedPairs: &markedPairs)
      }
    }
    lineFacts = facts
    lineBytes = lineStart..<end
    if let failure {
      throw .invalidUTF8(
        path: name, byteOffset: bufferOffset + lineStart + failure, line: lineNumber,
        column: UTF8Decoding.columnOfByte(failure, in: buffer[lineStart..<end]))
    }
    position = end
    lineTerminator = .none
    if position < buffer.count {
      let terminator = buffer[position]
      position += 1
      lineTerminator = terminator == 0x0D ? .cr : .lf
      if terminator == 0x0D {
        if position < buffer.count {
          if buffer[position] == 0x0A {
            position += 1
            lineTerminator = .crlf
          }
        } else {
          skipLineFeed = true
        }
      }
    }
  }

  /// Converts the legacy bytes `range` of the buffer with `decoder` and decodes the result into
  /// `line`; returns the offset of an invalid byte (in the input) as `decodeLine` does.
  ///
  /// - Throws: `SongNguError.unmappable` for the first character the encoding cannot map, when
  ///   `failsOnUnmapped`.
  private func convertLine(
    _ range: Range<Int>, into line: inout [UInt16], facts: inout LineFacts
  ) throws(SongNguError) -> Int? {
    converted.removeAll(keepingCapacity: true)
    let failure = buffer.withUnsafeBufferPointer { bytes in
      decoder?.decode(UnsafeBufferPointer(rebasing: bytes[range]), into: &converted)
    }
    if let failure { return failure }
    guard let decoder else { return nil }
    if let first = decoder.unmapped.first, failsOnUnmapped {
      throw .unmappable(
        path: name, line: lineNumber, column: first.column, encoding: decoder.encoding, reason: first.message)
    }
    unmappedCount += decoder.unmapped.count
    guessedCount += decoder.guesses.count
    for place in decoder.unmapped where conversionFindings.count < Self.maxConversionFindings {
      conversionFindings.append(
        Finding(
          category: "convert.unmapped", message: place.message + "; wrote U+FFFD", line: lineNumber,
          column: place.column, file: name))
    }
    for guess in decoder.guesses where conversionFindings.count < Self.maxConversionFindings {
      conversionFindings.append(
        Finding(
          category: "convert.guessed", severity: .note, message: guess.message, line: lineNumber,
          column: guess.column, file: name))
    }
    _ = converted.withUnsafeBufferPointer {
      UTF8Decoding.decode($0, appendingTo: &line, facts: &facts, markedPairs: &markedPairs)
    }
    return nil
  }
}
