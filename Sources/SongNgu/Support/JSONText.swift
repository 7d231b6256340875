/// Minimal, fast JSON text building with a fixed key order (for JSONL output that diffs cleanly).
enum JSONText {
  /// `value` as a JSON string literal, quotes included.
  static func string(_ value: String) -> String {
    // Fast path: nothing to escape (no quote, backslash, control, U+2028 or U+2029).
    if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
      return "\"" + value + "\""
    }
    var result = "\""
    result.reserveCapacity(value.utf8.count + 2)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    result += "\""
    return result
  }

  /// An object from ordered (key, raw JSON value) pairs.
  static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  /// An array of raw JSON values.
  static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }
}
