/// Pre-Unicode Vietnamese encodings that songngu recognises (and refuses with a clear message).
public enum LegacyEncoding: String, Sendable, Codable, CaseIterable {
  case tcvn3
  case vniWindows = "vni-windows"
  case windows1258 = "windows-1258"
  case viqr

  /// The name people know the encoding by.
  public var displayName: String {
    switch self {
    case .tcvn3: return "TCVN3 (.VnTime)"
    case .vniWindows: return "VNI-Windows"
    case .windows1258: return "Windows-1258"
    case .viqr: return "VIQR"
    }
  }
}
