import Foundation

/// Lines of web-page furniture ("Xem bài viết gốc tại đây", "Chia sẻ", "Tin liên quan").
///
/// Patterns are compared without case and without final punctuation; a pattern ending in `*` matches
/// every line starting with it, and `*` inside a pattern matches any run of characters.
public struct BoilerplateList: Sendable, Equatable {
  private var exact: Set<String> = []
  private var patterns: [[Substring]] = []
  /// First letters of every pattern (lower case): a quick rejection before any lower-casing.
  private var initials: Set<Character> = []
  /// The first UTF-16 unit of each of `initials`, for `mayMatch(_:)`.
  private var initialUnits: Set<UInt16> = []

  public init() {}

  /// The built-in list (`BuiltInLists.boilerplate`).
  public static let standard = BoilerplateList(parsing: BuiltInLists.boilerplate)

  /// Parses one pattern a line; `#` starts a comment line.
  public init(parsing text: String) {
    add(parsing: text)
  }

  /// Adds the patterns of another list.
  public mutating func add(parsing text: String) {
    for rawLine in text.split(separator: "\n") {
      let line = Self.key(String(rawLine))
      if line.isEmpty || rawLine.hasPrefix("#") { continue }
      if let first = line.first {
        initials.insert(first)
        if let unit = first.utf16.first { initialUnits.insert(unit) }
      }
      if line.contains("*") {
        patterns.append(line.split(separator: "*", omittingEmptySubsequences: false))
      } else {
        exact.insert(line)
      }
    }
  }

  /// Whether `line` is boilerplate.
  public func matches(_ line: String) -> Bool {
    guard line.utf8.count <= 160, let first = line.first, initials.contains(Character(first.lowercased()))
    else { return false }
    let key = Self.key(line)
    if exact.contains(key) { return true }
    // A pattern can only match a key that starts like it: compare one character before the rest.
    let initial = key.first
    return patterns.contains { parts in
      (parts.first.map { $0.isEmpty || $0.first == initial } ?? true) && Self.wildcardMatch(parts, key)
    }
  }

  /// Whether `matches` may accept the line whose UTF-16 units are `units`: false only when it
  /// certainly would not (too long, or a first letter no pattern starts with), before any string is
  /// made.
  ///
  /// Latin letters are checked by their simple lower case, whose first unit is the first unit of
  /// their full lower case; any other first unit (Greek, a surrogate, …) may match.
  func mayMatch(_ units: [UInt16]) -> Bool {
    // UTF-8 never has fewer bytes than UTF-16 has units.
    guard units.count <= 160, let first = units.first else { return false }
    guard first < 0x370 || (first >= 0x1E00 && first < 0x1F00) else { return true }
    return initialUnits.contains(first) || initialUnits.contains(CharacterTables.shared.lowercase(first))
  }

  /// Lower case, trimmed of white space (`CharacterSet.whitespaces`: tab and space separators),
  /// final punctuation removed.
  static func key(_ line: String) -> String {
    var text = line.lowercased()
    func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }
    while let first = text.unicodeScalars.first, isWhitespace(first) { text.unicodeScalars.removeFirst() }
    while let last = text.unicodeScalars.last, isWhitespace(last) { text.unicodeScalars.removeLast() }
    while let last = text.unicodeScalars.last, ".!:;…".unicodeScalars.contains(last) || last == " " {
      text.unicodeScalars.removeLast()
    }
    return text
  }

  static func wildcardMatch(_ parts: [Substring], _ text: String) -> Bool {
    guard let first = parts.first, text.hasPrefix(first) else { return false }
    var rest = text.dropFirst(first.count)
    for (index, part) in parts.enumerated().dropFirst() {
      if part.isEmpty { continue }
      if index == parts.count - 1 { return rest.hasSuffix(part) }
      guard let range = rest.range(of: part) else { return false }
      rest = rest[range.upperBound...]
    }
    return parts.count > 1 ? parts.last?.isEmpty == true || rest.isEmpty : rest.isEmpty
  }
}
