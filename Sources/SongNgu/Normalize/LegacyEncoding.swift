/// Pre-Unicode Vietnamese encodings, and UTF-8 that was misread as one byte a character, that songngu
/// recognises and converts (`LegacyDecoder`).
///
/// The raw values are stable (they appear in saved reports); `optionName` is the spelling `--from`
/// takes.
public enum LegacyEncoding: String, Sendable, Codable, CaseIterable {
  case tcvn3
  case vniWindows = "vni-windows"
  case viscii
  case windows1258 = "windows-1258"
  case viqr
  /// UTF-8 that a tool decoded as Windows-1252 and saved again as UTF-8 (`Thá»§` for `Thủ`).
  case utf8AsCP1252 = "utf8-as-cp1252"
  /// UTF-8 that a tool decoded as Latin-1 (ISO 8859-1) and saved again as UTF-8.
  case utf8AsLatin1 = "utf8-as-latin1"

  /// The name people know the encoding by.
  public var displayName: String {
    switch self {
    case .tcvn3: return "TCVN3 (.VnTime)"
    case .vniWindows: return "VNI-Windows"
    case .windows1258: return "Windows-1258"
    case .viqr: return "VIQR"
    case .viscii: return "VISCII"
    case .utf8AsCP1252: return "UTF-8 read as Windows-1252"
    case .utf8AsLatin1: return "UTF-8 read as Latin-1"
    }
  }

  /// The name `--from` takes: `tcvn3`, `vni`, `viscii`, `cp1258`, `viqr`, `utf8-as-cp1252`,
  /// `utf8-as-latin1`.
  public var optionName: String {
    switch self {
    case .tcvn3: return "tcvn3"
    case .vniWindows: return "vni"
    case .windows1258: return "cp1258"
    case .viqr: return "viqr"
    case .viscii: return "viscii"
    case .utf8AsCP1252: return "utf8-as-cp1252"
    case .utf8AsLatin1: return "utf8-as-latin1"
    }
  }

  /// The encoding named `name`: its `optionName` or its raw value, in any case.
  public init?(optionName name: String) {
    let lowered = name.lowercased()
    guard let found = Self.allCases.first(where: { $0.optionName == lowered || $0.rawValue == lowered }) else {
      return nil
    }
    self = found
  }

  /// Whether the encoding stores a character a byte (or a letter and its mark bytes), so that text
  /// pasted into a Unicode file shows each byte as the Windows-1252 character it looks like.
  var isByteEncoding: Bool {
    switch self {
    case .tcvn3, .vniWindows, .windows1258, .viscii: return true
    case .viqr, .utf8AsCP1252, .utf8AsLatin1: return false
    }
  }
}

/// How songngu reads the bytes of its input: the `--from` option.
public enum InputEncoding: Sendable, Equatable, CustomStringConvertible {
  /// UTF-8 (or UTF-16 with a byte-order mark); text that looks like a legacy encoding is refused,
  /// with the remedy named. What every reading command does unless told otherwise.
  case utf8
  /// Detected from the start of the input (`LegacyEncodingDetector`): UTF-8 as it is, a legacy
  /// encoding converted.
  case auto
  /// Converted from this encoding.
  case legacy(LegacyEncoding)

  /// The encoding named `name`: `utf8`, `auto`, or a `LegacyEncoding.optionName`.
  public init?(name: String) {
    switch name.lowercased() {
    case "utf8", "utf-8": self = .utf8
    case "auto": self = .auto
    default:
      guard let encoding = LegacyEncoding(optionName: name) else { return nil }
      self = .legacy(encoding)
    }
  }

  /// The names `init(name:)` takes, in the order help lists them.
  public static let names = ["utf8", "auto"] + LegacyEncoding.allCases.map(\.optionName)

  /// The `--from` spelling.
  public var description: String {
    switch self {
    case .utf8: return "utf8"
    case .auto: return "auto"
    case .legacy(let encoding): return encoding.optionName
    }
  }
}
