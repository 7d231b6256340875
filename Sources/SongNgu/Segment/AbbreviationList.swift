import Foundation

/// Abbreviations the sentence segmenter must not (or need not) split after.
///
/// Read from a plain text file (see `BuiltInLists.abbreviations` for the format); users add their own.
public struct AbbreviationList: Sendable, Equatable {
  /// Abbreviations that never end a sentence: a name follows (`TP.`, `PGS.`, `Mr.`).
  public private(set) var beforeName: Set<[UInt16]> = []
  /// Abbreviations that end a sentence only before an upper-case word or a digit (`v.v.`, `tr.`).
  public private(set) var mayEnd: Set<[UInt16]> = []
  /// The length of the longest listed abbreviation (UTF-16 code units).
  private var maximumLength = 0
  /// A 4,096-bit filter over the hashes of every listed abbreviation: a token whose bit is clear is
  /// certainly not listed, which answers most words before a period without building a key.
  private var filter = [UInt64](repeating: 0, count: 64)

  public init() {}

  /// The built-in list (`BuiltInLists.abbreviations`).
  public static let standard: AbbreviationList =
    (try? AbbreviationList(parsing: BuiltInLists.abbreviations, name: "built-in abbreviations")) ?? AbbreviationList()

  /// The built-in English list (`BuiltInLists.englishAbbreviations`), for reading English articles.
  public static let english: AbbreviationList =
    (try? AbbreviationList(parsing: BuiltInLists.englishAbbreviations, name: "built-in English abbreviations"))
    ?? AbbreviationList()

  /// Parses the file format: `[before-name]` and `[may-end]` sections, one abbreviation a line.
  public init(parsing text: String, name: String) throws(SongNguError) {
    try add(parsing: text, name: name)
  }

  /// Adds the abbreviations of another file in the same format.
  public mutating func add(parsing text: String, name: String) throws(SongNguError) {
    var section: Bool? = nil  // true: before-name, false: may-end
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line == "[before-name]" {
        section = true
        continue
      }
      if line == "[may-end]" {
        section = false
        continue
      }
      guard let section else {
        throw .malformedData(
          path: name, line: offset + 1, column: 1, expected: "expected a [before-name] or [may-end] section first")
      }
      guard line.hasSuffix("."), !line.contains(" ") else {
        throw .malformedData(
          path: name, line: offset + 1, column: 1,
          expected: "expected one abbreviation ending in a period, found \"\(line)\"")
      }
      let units = Array(line.utf16)
      maximumLength = max(maximumLength, units.count)
      if section { beforeName.insert(units) } else { mayEnd.insert(units) }
      let bit = Self.filterBit(units)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  /// Whether `token` (ending in a period) never ends a sentence: listed, or a compound of listed parts
  /// (`PGS.TS.`), or a single upper-case initial (`V.`).
  func isBeforeName<Units: Collection<UInt16>>(_ token: Units) -> Bool {
    if token.count == 2, let first = token.first, CharacterClass.isUpper(first) { return true }
    // Longer than any compound of two listed parts: not an abbreviation (no allocation for words).
    if token.count > maximumLength * 2 { return false }
    var periods = 0
    for unit in token where unit == 0x2E { periods += 1 }
    if periods == 1 && token.count > maximumLength { return false }
    // Listed itself, or a compound whose first part is listed.
    var mayBeListed = mightBeListed(token)
    if !mayBeListed && periods >= 2, let period = token.firstIndex(of: 0x2E) {
      mayBeListed = mightBeListed(token.prefix(through: period))
    }
    guard mayBeListed else { return false }
    if beforeName.contains(Array(token)) { return true }
    guard periods >= 2 else { return false }
    // Compound: split after each period; every part must be listed.
    var part: [UInt16] = []
    var parts = 0
    for unit in token {
      part.append(unit)
      guard unit == 0x2E else { continue }
      guard beforeName.contains(part) else { return false }
      parts += 1
      part.removeAll(keepingCapacity: true)
    }
    return parts >= 2 && part.isEmpty
  }

  /// Whether `token` ends a sentence only before an upper-case word.
  func isMayEnd<Units: Collection<UInt16>>(_ token: Units) -> Bool {
    token.count <= maximumLength && mightBeListed(token) && mayEnd.contains(Array(token))
  }

  @inline(__always) private func mightBeListed<Units: Collection<UInt16>>(_ token: Units) -> Bool {
    let bit = Self.filterBit(token)
    return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// FNV-1a over the code units, folded to 12 bits.
  @inline(__always) private static func filterBit<Units: Collection<UInt16>>(_ token: Units) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for unit in token { hash = (hash ^ UInt64(unit)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: (hash ^ (hash >> 32)) & 4095)
  }
}
