/// Decides a block's kind from its text and place: title, heading, body, source line or boilerplate.
public struct BlockClassifier: Sendable {
  public var boilerplate: BoilerplateList

  public init(boilerplate: BoilerplateList = .standard) {
    self.boilerplate = boilerplate
  }

  /// The kind of a block with `lines` (normalized, non-empty) given whether a title was already seen.
  public func kind(ofLines lines: [String], titleSeen: Bool) -> BlockKind {
    if lines.allSatisfy({ boilerplate.matches($0) }) { return .boilerplate }
    if !titleSeen { return .title }
    if lines.count == 1, let line = lines.first {
      if Self.isSourceLine(line) { return .source }
      if Self.isHeading(line) { return .heading }
    }
    return .body
  }

  /// `Nguồn: …`, `Source: …`, `(Theo TTXVN)`, `Theo VnExpress`.
  static func isSourceLine(_ line: String) -> Bool {
    var text = Substring(line)
    if text.hasPrefix("(") && text.hasSuffix(")") { text = text.dropFirst().dropLast() }
    let lower = text.lowercased()
    for prefix in ["nguồn:", "nguồn :", "source:", "nguồn tin:", "nguồn ảnh:"] where lower.hasPrefix(prefix) {
      return true
    }
    if lower.hasPrefix("theo ") {
      let words = lower.split(separator: " ")
      let last = lower.last ?? " "
      return words.count <= 6 && !".!?:…".contains(last) && !lower.hasPrefix("theo dõi")
    }
    return false
  }

  /// A short line without final punctuation.
  static func isHeading(_ line: String) -> Bool {
    let words = line.split(separator: " ").count
    guard words <= 25, line.utf16.count <= 200 else { return false }
    var scalars = line.unicodeScalars[...]
    while let last = scalars.last, "”\"’')]»".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
    guard let last = scalars.last else { return false }
    return !".!?…:;,".unicodeScalars.contains(last)
  }
}
