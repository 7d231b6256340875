/// Decides a block's kind from its text and place: title, heading, body, source line or boilerplate.
struct BlockClassifier: Sendable {
  var boilerplate: BoilerplateList

  init(boilerplate: BoilerplateList = .standard) {
    self.boilerplate = boilerplate
  }

  /// The kind of a block with `lines` (normalized, non-empty) given whether a title was already seen.
  func kind(ofLines lines: [String], titleSeen: Bool) -> BlockKind {
    if lines.allSatisfy({ boilerplate.matches($0) }) { return .boilerplate }
    if !titleSeen { return .title }
    if lines.count == 1, let line = lines.first {
      if Self.isSourceLine(line) { return .source }
      if Self.isHeading(line) { return .heading }
    }
    return .body
  }

  /// The kind of a block given as UTF-16 lines; only short lines are turned into strings.
  func kind(ofLineUnits lines: [[UInt16]], titleSeen: Bool) -> BlockKind {
    // Headings, source lines and boilerplate are short; a long line makes the block a paragraph.
    if lines.contains(where: { $0.count > Self.shortLineLimit }) { return titleSeen ? .body : .title }
    // A sentence-long line ending like a sentence, not starting like a source line, is body text:
    // decided without making strings (boilerplate lines are short).
    if titleSeen, lines.count == 1, let line = lines.first, line.count > 80, let first = line.first,
      !Self.isSourceInitial(first), Self.endsLikeASentence(line)
    {
      return .body
    }
    // Strings are made only when every line may be boilerplate (its first letter starts a pattern)
    // or a one-line block starts like a source line; the rest is decided on the units, as
    // `kind(ofLines:titleSeen:)` decides it (a test compares the two).
    if lines.allSatisfy({ boilerplate.mayMatch($0) }) {
      return kind(ofLines: lines.map { (units: [UInt16]) in String(utf16Units: units) }, titleSeen: titleSeen)
    }
    if !titleSeen { return .title }
    if lines.count == 1, let line = lines.first {
      if Self.startsLikeASourceLine(line) && Self.isSourceLine(String(utf16Units: line)) { return .source }
      if Self.isHeading(line) { return .heading }
    }
    return .body
  }

  /// Whether `isSourceLine` may accept the line: after a `(` when the line also ends with `)`, its
  /// first two code units are `ng`, `so` or `th` in either case.
  static func startsLikeASourceLine(_ line: [UInt16]) -> Bool {
    var start = 0
    if line.count >= 2 && line[0] == 0x28 && line[line.count - 1] == 0x29 { start = 1 }
    guard line.count >= start + 2 else { return false }
    switch (line[start] | 0x20, line[start + 1] | 0x20) {
    case (0x6E, 0x67), (0x73, 0x6F), (0x74, 0x68): return true
    default: return false
    }
  }

  /// `isHeading(_:)` on UTF-16 units (of valid text).
  static func isHeading(_ line: [UInt16]) -> Bool {
    guard line.withUnsafeBufferPointer(UTF16Text.utf8Count) <= 600 else { return false }
    // The last unit before closing quotes and brackets (`”"’')]»`) must not be final punctuation.
    let last = line.last { unit in
      switch unit {
      case 0x201D, 0x22, 0x2019, 0x27, 0x29, 0x5D, 0xBB: return false
      default: return true
      }
    }
    switch last {
    case nil, 0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B, 0x2C: return false
    default: return line.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } <= 25
    }
  }

  /// First letters of source lines: `Nguồn`, `Source`, `Theo`, `(`.
  static func isSourceInitial(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x4E, 0x6E, 0x53, 0x73, 0x54, 0x74, 0x28: return true
    default: return false
    }
  }

  /// Whether the line's last character before closing quotes and brackets is `.`, `!`, `?` or `…`.
  static func endsLikeASentence(_ line: [UInt16]) -> Bool {
    var index = line.count - 1
    while index > 0, SentenceSegmenter.isClosing(line[index]) { index -= 1 }
    let last = line[index]
    return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x2026
  }

  /// Lines longer than this (UTF-16 code units) are never headings, source lines or boilerplate.
  static let shortLineLimit = 200

  /// `Nguồn: …`, `Source: …`, `(Theo TTXVN)`, `Theo VnExpress`.
  static func isSourceLine(_ line: String) -> Bool {
    guard line.utf8.count <= 400 else { return false }
    var text = Substring(line)
    if text.hasPrefix("(") && text.hasSuffix(")") { text = text.dropFirst().dropLast() }
    // Cheap rejection before any lower-casing: the prefixes below start with `ng`, `so` or `th`, in
    // either case (no other character lower-cases to one of these ASCII letters).
    var bytes = text.utf8.makeIterator()
    guard let first = bytes.next(), let second = bytes.next() else { return false }
    switch (first | 0x20, second | 0x20) {
    case (0x6E, 0x67), (0x73, 0x6F), (0x74, 0x68): break
    default: return false
    }
    let lower = text.prefix(12).lowercased()
    for prefix in ["nguồn:", "nguồn :", "source:", "nguồn tin:", "nguồn ảnh:"] where lower.hasPrefix(prefix) {
      return true
    }
    if lower.hasPrefix("theo ") {
      let words = text.split(separator: " ")
      let last = text.last ?? " "
      return words.count <= 6 && !".!?:…".contains(last) && !lower.hasPrefix("theo dõi")
    }
    return false
  }

  /// A short line without final punctuation.
  static func isHeading(_ line: String) -> Bool {
    guard line.utf8.count <= 600 else { return false }
    var scalars = line.unicodeScalars[...]
    while let last = scalars.last, "”\"’')]»".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
    guard let last = scalars.last, !".!?…:;,".unicodeScalars.contains(last) else { return false }
    let words = line.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
    return words <= 25
  }
}
