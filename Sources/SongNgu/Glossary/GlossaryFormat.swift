/// The glossary file formats songngu reads and writes, chosen by file extension.
///
/// Raw values are the extensions and the CLI spellings (`--format tsv`).
public enum GlossaryFormat: String, Sendable, Codable, CaseIterable {
  /// OmegaT's tab-separated glossary: `source<TAB>target<TAB>comment`.
  case tsv
  /// Comma-separated values (RFC 4180) with a header row (`vi,en,note,variants,…`).
  case csv
  /// TermBase eXchange: TBX 2008 (`<martif>`) and TBX v3 (`<tbx>`) on reading, TBX-Basic 2008 on writing.
  case tbx

  /// The format a path's extension names (case-insensitive), or nil.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(rawValue: path[path.index(after: dot)...].lowercased())
  }

  /// The reader of this format.
  public var reader: any GlossaryReader {
    switch self {
    case .tsv: return TSVGlossaryReader()
    case .csv: return CSVGlossaryReader()
    case .tbx: return TBXGlossaryReader()
    }
  }

  /// The writer of this format.
  public var writer: any GlossaryWriter {
    switch self {
    case .tsv: return TSVGlossaryWriter()
    case .csv: return CSVGlossaryWriter()
    case .tbx: return TBXGlossaryWriter()
    }
  }
}
