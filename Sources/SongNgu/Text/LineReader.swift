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
public final class LineReader {
  /// The name used in messages: the path, or "-" for standard input.
  public let name: String
  /// The 1-based number of the line last returned.
  public private(set) var lineNumber = 0
  /// What decoding noticed about the line last returned (see `LineFacts`).
  public private(set) var lineFacts = LineFacts()
  /// Where the tone pass must look in the line last returned (see `UTF8Decoding`).
  @exclusivity(unchecked) private(set) var toneCandidates: [Int32] = []
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

  /// Opens `path` for reading.
  public init(path: String, maxLineBytes: Int = 1 << 20, detectsVIQR: Bool = true) throws(SongNguError) {
    self.name = path
    self.maxLineBytes = maxLineBytes
    self.detectsVIQR = detectsVIQR
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
  public init(standardInputNamed name: String = "-", maxLineBytes: Int = 1 << 20) throws(SongNguError) {
    self.name = name
    self.maxLineBytes = maxLineBytes
    self.detectsVIQR = true
    self.source = .descriptor(0, closeWhenDone: false)
    try start()
  }

  /// Reads bytes held in memory.
  public init(
    bytes: [UInt8], name: String, maxLineBytes: Int = 1 << 20, detectsVIQR: Bool = true
  ) throws(SongNguError) {
    self.name = name
    self.maxLineBytes = maxLineBytes
    self.detectsVIQR = detectsVIQR
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
    if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
      position = 3
    } else if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
      try convertUTF16(bigEndian: buffer[1] == 0xFF)
      return
    }
    let sample = buffer[position...]
    try sniffBinary(sample)
    try sniffLegacy(sample)
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
    buffer = Array(String(decoding: units, as: UTF16.self).utf8)
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

  private func sniffLegacy(_ sample: ArraySlice<UInt8>) throws(SongNguError) {
    guard sample.contains(where: { $0 >= 0x80 }) else {
      // Pure ASCII: only VIQR is possible.
      guard detectsVIQR else { return }
      if let verdict = LegacyEncodingDetector.detect(values: Array(sample.prefix(16384)), rawBytes: false) {
        throw .legacyEncoding(path: name, encoding: verdict.encoding, evidence: verdict.evidence)
      }
      return
    }
    // The first 16 KiB are evidence enough; cut at a line end so no character is split.
    var end = min(sample.endIndex, sample.startIndex + Self.sniffBytes)
    if end < sample.endIndex || !atEnd, let lastLine = sample[sample.startIndex..<end].lastIndex(of: 0x0A) {
      end = lastLine
    }
    let head = sample[sample.startIndex..<end]
    // Most input is UTF-8 whose Latin-1 letters are all Vietnamese ones: nothing to judge.
    if head.withUnsafeBufferPointer({ Self.isPlainVietnameseUTF8($0, checksVIQR: detectsVIQR) }) { return }
    var units: [UInt16] = []
    let valid = head.withUnsafeBufferPointer { UTF8Decoding.decode($0, appendingTo: &units) == nil }
    let values = valid ? units.map { $0 < 0x100 ? UInt8($0) : 0 } : Array(head)
    // VIQR is ASCII: text with a fair share of other characters is not VIQR.
    let nonASCII = values.reduce(0) { $0 + ($1 >= 0x80 || $1 == 0 ? 1 : 0) }
    let verdict = LegacyEncodingDetector.detect(
      values: values, rawBytes: !valid, checksVIQR: detectsVIQR && nonASCII * 100 < values.count)
    if let verdict {
      throw .legacyEncoding(path: name, encoding: verdict.encoding, evidence: verdict.evidence)
    }
  }

  /// Whether `bytes` are valid UTF-8 (as `UTF8Decoding` judges) in which the detector could find
  /// no legacy encoding.
  ///
  /// That is: every character from U+0080 to U+00FF is a Latin-1 letter Vietnamese uses (or one the
  /// normalizer cleans), and, when VIQR is looked for, at least 1% of the UTF-16 units are not
  /// ASCII. One pass over the bytes, without decoding them.
  static func isPlainVietnameseUTF8(_ bytes: UnsafeBufferPointer<UInt8>, checksVIQR: Bool) -> Bool {
    guard let input = bytes.baseAddress else { return !checksVIQR }
    let count = bytes.count
    var units = 0
    var nonASCII = 0
    var index = 0
    let high: UInt64 = 0x8080_8080_8080_8080
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    while index < count {
      if index &+ 8 <= count {
        // The ASCII run at the start of the next eight bytes, at once; NULs count as not ASCII.
        let word = UInt64(littleEndian: UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self))
        let run = word & high == 0 ? 8 : (word & high).trailingZeroBitCount &>> 3
        let lanes = run == 8 ? high : high & ((1 &<< UInt64(run &* 8)) &- 1)
        let zeros = ~(((word & low7) &+ low7) | word) & high
        nonASCII &+= (zeros & lanes).nonzeroBitCount
        units &+= run
        index &+= run
        if run == 8 { continue }
      }
      let b0 = input[index]
      if b0 < 0x80 {
        units &+= 1
        if b0 == 0 { nonASCII &+= 1 }
        index &+= 1
        continue
      }
      if b0 < 0xC2 { return false }
      if b0 < 0xE0 {
        guard index + 1 < count, input[index + 1] & 0xC0 == 0x80 else { return false }
        let value = UInt16(b0 & 0x1F) << 6 | UInt16(input[index + 1] & 0x3F)
        if value < 0x100 && !LegacyEncodingDetector.isVietnameseLatin1OrCleaned(UInt8(value)) { return false }
        units &+= 1
        nonASCII &+= 1
        index &+= 2
      } else if b0 < 0xF0 {
        guard index + 2 < count else { return false }
        let b1 = input[index + 1]
        guard b1 & 0xC0 == 0x80, input[index + 2] & 0xC0 == 0x80, !(b0 == 0xE0 && b1 < 0xA0),
          !(b0 == 0xED && b1 >= 0xA0)
        else { return false }
        units &+= 1
        nonASCII &+= 1
        index &+= 3
      } else if b0 < 0xF5 {
        guard index + 3 < count else { return false }
        let b1 = input[index + 1]
        guard b1 & 0xC0 == 0x80, input[index + 2] & 0xC0 == 0x80, input[index + 3] & 0xC0 == 0x80,
          !(b0 == 0xF0 && b1 < 0x90), !(b0 == 0xF4 && b1 >= 0x90)
        else { return false }
        units &+= 2
        nonASCII &+= 2
        index &+= 4
      } else {
        return false
      }
    }
    return !checksVIQR || nonASCII * 100 >= units
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

  /// The UTF-8 bytes of the line last returned, as they were in the input (without the line end).
  var lineUTF8: [UInt8] { Array(buffer[lineBytes]) }

  private func findLineEnd(from start: Int) -> Int? {
    if skipLineFeed && position < buffer.count {
      if buffer[position] == 0x0A { position += 1 }
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
    if end - position > maxLineBytes { throw .lineTooLong(path: name, line: lineNumber, limit: maxLineBytes) }
    let lineStart = position
    var facts = LineFacts()
    let failure: Int? = buffer.withUnsafeBufferPointer { bytes in
      UTF8Decoding.decode(
        UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), appendingTo: &line, facts: &facts,
        toneCandidates: &toneCandidates)
    }
    lineFacts = facts
    lineBytes = lineStart..<end
    if let failure {
      throw .invalidUTF8(
        path: name, byteOffset: bufferOffset + lineStart + failure, line: lineNumber,
        column: UTF8Decoding.columnOfByte(failure, in: buffer[lineStart..<end]))
    }
    position = end
    if position < buffer.count {
      let terminator = buffer[position]
      position += 1
      if terminator == 0x0D {
        if position < buffer.count {
          if buffer[position] == 0x0A { position += 1 }
        } else {
          skipLineFeed = true
        }
      }
    }
  }
}

/// A validating UTF-8 to UTF-16 decoder over byte buffers.
enum UTF8Decoding {
  /// Appends the UTF-16 form of `bytes` to `output`; returns the offset of the first invalid byte, or nil.
  ///
  /// UTF-8 never needs more UTF-16 code units than bytes, so the output is written into space
  /// reserved up front.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt16]) -> Int? {
    var facts = LineFacts()
    var candidates: [Int32] = []
    return decode(bytes, appendingTo: &output, facts: &facts, toneCandidates: &candidates)
  }

  /// Decodes like `decode(_:appendingTo:)`, and gathers the line's `LineFacts` and the tone-pass candidates.
  ///
  /// A candidate is the position (from the start of the appended text) of the second vowel of a
  /// pair that may be an open `oa`/`oe`/`uy` rime with a tone mark: a toned or shaped `o`/`u` before
  /// `a`/`e`/`y`, or an `o`/`u` before a toned `a`/`e`/`y` (one of the two is not ASCII). The tone pass
  /// then looks at these positions only. The checks ride on the non-ASCII branch, where the table is
  /// read anyway. ASCII is taken eight bytes at a time (`asciiPrefix`): the run up to the next
  /// non-ASCII byte is widened and checked for cleaning in one step, which cut decoding time by a
  /// sixth on Vietnamese news (ASCII runs average 4.4 bytes there). Selecting among the forms without
  /// branches measured slower in Swift, for all forms and for the two- and three-byte ones alone.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt16], facts: inout LineFacts,
    toneCandidates: inout [Int32]
  ) -> Int? {
    let count = bytes.count
    let base = output.count
    toneCandidates.removeAll(keepingCapacity: true)
    guard let input = bytes.baseAddress, count > 0 else {
      facts = LineFacts()
      return nil
    }
    output.append(contentsOf: repeatElement(0, count: count))
    var written = 0
    var failure: Int?
    var flags: UInt8 = 0
    let table = CharacterTables.shared.facts
    output.withUnsafeMutableBufferPointer { all in
      guard let out = all.baseAddress.map({ $0 + base }) else { return }
      var index = 0
      var previousSpace: UInt8 = 1  // a leading space needs cleaning
      while index < count {
        let b0: UInt8
        if index &+ 8 <= count {
          // Eight bytes at a time: the ASCII run at their start is widened and checked as one word.
          let ascii = Self.asciiPrefix(input + index, to: out + written, previousSpace: &previousSpace)
          flags |= ascii.needsCleaning
          written &+= ascii.count
          index &+= ascii.count
          if ascii.count == 8 { continue }
          b0 = input[index]
        } else {
          b0 = input[index]
          if b0 < 0x80 {
            out[written] = UInt16(b0)
            // Controls, DEL and doubled spaces need cleaning; computed without branches.
            let space: UInt8 = b0 == 0x20 ? 1 : 0
            flags |= ((b0 &- 0x20) >> 7) | ((b0 &+ 1) >> 7) | (space & previousSpace)
            previousSpace = space
            written &+= 1
            index &+= 1
            continue
          }
        }
        previousSpace = 0
        let unit: UInt16
        let length: Int
        if b0 < 0xC2 {
          failure = index
          return
        } else if b0 < 0xE0 {
          guard index + 1 < count, input[index + 1] & 0xC0 == 0x80 else {
            failure = index
            return
          }
          unit = UInt16(b0 & 0x1F) << 6 | UInt16(input[index + 1] & 0x3F)
          length = 2
        } else if b0 < 0xF0 {
          guard index + 2 < count else {
            failure = index
            return
          }
          let b1 = input[index + 1]
          let b2 = input[index + 2]
          guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, !(b0 == 0xE0 && b1 < 0xA0), !(b0 == 0xED && b1 >= 0xA0) else {
            failure = index  // bad continuation, overlong form or surrogate
            return
          }
          unit = UInt16(b0 & 0x0F) << 12 | UInt16(b1 & 0x3F) << 6 | UInt16(b2 & 0x3F)
          length = 3
        } else if b0 < 0xF5 {
          guard index + 3 < count else {
            failure = index
            return
          }
          let b1 = input[index + 1]
          let b2 = input[index + 2]
          let b3 = input[index + 3]
          guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80, !(b0 == 0xF0 && b1 < 0x90),
            !(b0 == 0xF4 && b1 >= 0x90)
          else {
            failure = index
            return
          }
          let scalar =
            UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
          let shifted = scalar - 0x10000
          out[written] = UInt16(0xD800 + (shifted >> 10))
          out[written + 1] = UInt16(0xDC00 + (shifted & 0x3FF))
          flags |= LineFacts.mayNeedComposition.rawValue
          written += 2
          index += 4
          continue
        } else {
          failure = index
          return
        }
        out[written] = unit
        let unitFlags = table[Int(unit)]
        flags |= unitFlags
        if unitFlags & (LineFacts.rimeFirst | LineFacts.rimeSecond) != 0 {
          // This vowel after an `o`/`u`, or an ASCII `a`/`e`/`y` after this vowel.
          if unitFlags & LineFacts.rimeSecond != 0 {
            if written > 0 && table[Int(out[written - 1])] & LineFacts.rimeFirst != 0 {
              toneCandidates.append(Int32(written))
            }
          } else if index + length < count {
            let next = input[index + length] | 0x20
            if next == 0x61 || next == 0x65 || next == 0x79 { toneCandidates.append(Int32(written + 1)) }
          }
        }
        written += 1
        index += length
      }
    }
    output.removeLast(count - written)
    if written > 0 && output[base + written - 1] == 0x20 { flags |= 1 }  // a trailing space
    facts = LineFacts(rawValue: flags & 3)
    return failure
  }

  /// Widens the ASCII bytes at the start of the eight at `input` to UTF-16 at `output` and tells
  /// how many there are (8 when all are) and whether they need cleaning (1) or not (0): a control, a
  /// DEL, or a space after a space (`previousSpace`, 1 or 0, is the space before the first byte
  /// and becomes whether the last ASCII byte is one).
  ///
  /// All eight units are written; those after the ASCII run are written over by the caller. Every
  /// lane is checked at once (SWAR): lanes are below 0x80 up to the run's end, so no lane borrows
  /// from or carries into another there.
  @inline(__always)
  static func asciiPrefix(
    _ input: UnsafePointer<UInt8>, to output: UnsafeMutablePointer<UInt16>, previousSpace: inout UInt8
  ) -> (count: Int, needsCleaning: UInt8) {
    let raw = UnsafeRawPointer(input)
    let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    UnsafeMutableRawPointer(output).storeBytes(
      of: SIMD8<UInt16>(truncatingIfNeeded: raw.loadUnaligned(as: SIMD8<UInt8>.self)), as: SIMD8<UInt16>.self)
    let high: UInt64 = 0x8080_8080_8080_8080
    let low: UInt64 = 0x0101_0101_0101_0101
    let nonASCII = word & high
    let count = nonASCII == 0 ? 8 : nonASCII.trailingZeroBitCount &>> 3
    guard count > 0 else { return (0, 0) }
    // The high bit of each lane of the run: below 0x20, 0x7F, 0x20.
    let lanes: UInt64 = count == 8 ? high : high & ((1 &<< UInt64(count &* 8)) &- 1)
    let control = ~((word | high) &- low &* 0x20) & high
    let delete = (word &+ low) & high
    let spaces = ~(((word ^ (low &* 0x20)) | high) &- low) & high
    let before = spaces &<< 8 | UInt64(previousSpace) &<< 7
    let needs = (control | delete | (spaces & before)) & lanes
    previousSpace = UInt8(truncatingIfNeeded: spaces &>> UInt64(count &* 8 &- 1)) & 1
    return (count, needs == 0 ? 0 : 1)
  }

  /// The 1-based column (in characters) of byte `offset` in a line that is valid UTF-8 before it.
  static func columnOfByte(_ offset: Int, in line: ArraySlice<UInt8>) -> Int {
    var column = 1
    for byte in line.prefix(offset) where byte & 0xC0 != 0x80 { column += 1 }
    return column
  }
}
