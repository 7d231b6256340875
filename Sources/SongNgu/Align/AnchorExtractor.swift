/// Finds the tokens a translator copies unchanged: numbers (compared by value) and names or acronyms
/// (capitalised tokens, compared exactly).
///
/// Numbers are read with the language's separators: `1.000` (Vietnamese) and `1,000` (English) are
/// both `1000`; `3,5%` and `3.5%` are both `3.5`. A token with both separators takes the last one as
/// the decimal mark; a single separator followed by exactly three digits is the language's grouping
/// mark (`.` in Vietnamese, `,` in English); any other single separator is a decimal mark.
public struct AnchorExtractor: Sendable {
  /// The language whose number separators apply.
  public enum Language: String, Sendable, Codable {
    case vietnamese = "vi"
    case english = "en"
  }

  public var language: Language

  public init(language: Language) { self.language = language }

  /// The anchors of `text`: numbers as `#VALUE`, names as `@Name`, each once, in order of appearance.
  public func anchors(in text: String) -> [String] {
    var result: [String] = []
    var token: [Unicode.Scalar] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    func flush() {
      defer { token.removeAll(keepingCapacity: true) }
      guard let first = token.first else { return }
      var anchor: String
      if first.properties.numericType != nil && ("0"..."9").contains(first) {
        anchor = "#" + canonicalNumber(token)
      } else if first.properties.isUppercase && token.count >= 2 {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: token)
        anchor = "@" + String(text)
      } else {
        return
      }
      if !result.contains(anchor) { result.append(anchor) }
    }
    while index < scalars.count {
      let scalar = scalars[index]
      let isDigit = ("0"..."9").contains(scalar)
      if scalar.properties.isAlphabetic || isDigit {
        token.append(scalar)
      } else if (scalar == "." || scalar == ","), let last = token.last, ("0"..."9").contains(last),
        index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1]),
        token.first.map({ ("0"..."9").contains($0) }) == true
      {
        token.append(scalar)
      } else if scalar == "-", let last = token.last, last.properties.isAlphabetic, index + 1 < scalars.count,
        scalars[index + 1].properties.isAlphabetic
      {
        token.append(scalar)
      } else if !scalar.properties.isAlphabetic && scalar.properties.generalCategory == .nonspacingMark {
        token.append(scalar)
      } else {
        flush()
      }
      index += 1
    }
    flush()
    return result
  }

  /// The value of a digit token with separators, as `int` or `int.fraction` without padding zeros.
  func canonicalNumber(_ token: [Unicode.Scalar]) -> String {
    let dots = token.filter { $0 == "." }.count
    let commas = token.filter { $0 == "," }.count
    var decimal: Unicode.Scalar? = nil
    if dots > 0 && commas > 0 {
      decimal = token.last { $0 == "." || $0 == "," }
    } else if dots + commas == 1, let position = token.firstIndex(where: { $0 == "." || $0 == "," }) {
      let separator = token[position]
      let grouping: Unicode.Scalar = language == .vietnamese ? "." : ","
      let digitsAfter = token.count - position - 1
      decimal = (digitsAfter == 3 && separator == grouping) ? nil : separator
    }
    var integer = ""
    var fraction = ""
    var inFraction = false
    for scalar in token {
      if scalar == decimal {
        inFraction = true
      } else if ("0"..."9").contains(scalar) {
        if inFraction { fraction.unicodeScalars.append(scalar) } else { integer.unicodeScalars.append(scalar) }
      }
    }
    while integer.count > 1 && integer.hasPrefix("0") { integer.removeFirst() }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return fraction.isEmpty ? integer : integer + "." + fraction
  }
}
