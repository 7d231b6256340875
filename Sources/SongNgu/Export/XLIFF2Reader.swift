/// Reads XLIFF 2.x files: what `XLIFF2Writer` writes, and plain XLIFF 2.0/2.1 from other tools (an
/// XLIFF 1.2 file is handed to `XLIFFReader`).
///
/// Each `<file>` is a document named by its `original` (its `id` otherwise); each `<unit>` one unit,
/// its id the unit's `name` (songngu writes its own id there) or else its `id`, its source and target
/// the text of its `<segment>`s joined. A target whose segment has `subState="songngu:glossary-draft"`
/// is a draft put in the target (origin `glossary-draft`); a segment in state `initial` with a target
/// from another tool is one too, and so is a unit without a target; other targets are human. A `<mtc:match>` with
/// `subType="songngu:glossary-draft"` is the unit's draft; `<gls:glossEntry>`s its terms; songngu's
/// notes give kind, block, paragraph, score and bead and the translator's notes. Prefixes are read as
/// written (`mtc:`, `gls:`), as songngu writes them. Inline codes are skipped.
public struct XLIFF2Reader: BilingualReader {
  public init() {}

  public func read(_ bytes: [UInt8], name: String) throws -> [BilingualDocument] {
    let root = try XMLNode.parse(bytes, name: name, expected: "a well-formed XLIFF 2 file")
    if root.name == "xliff", root.attributes["version"]?.hasPrefix("1") == true {
      return try XLIFFReader().read(bytes, name: name)
    }
    guard root.name == "xliff", root.attributes["version"]?.hasPrefix("2") == true else {
      throw SongNguError.malformedData(
        path: name, line: root.line, column: 1, expected: "an <xliff version=\"2.x\"> root element")
    }
    let sourceLanguage = root.attributes["srcLang"] ?? "vi-VN"
    let targetLanguage = root.attributes["trgLang"] ?? "en-US"
    return try root.children("file").map { file in
      var units: [BilingualUnit] = []
      for node in Self.units(in: file) {
        let segments = node.children("segment")
        guard let id = node.attributes["name"] ?? node.attributes["id"], !segments.isEmpty else {
          throw SongNguError.malformedData(
            path: name, line: node.line, column: 1, expected: "a <unit> with an id and a <segment>")
        }
        let source = segments.map { $0.child("source")?.text ?? "" }.joined(separator: " ")
        let targets = segments.compactMap { $0.child("target")?.text }
        let target = targets.joined(separator: " ")
        let state = segments.first?.attributes["state"] ?? "initial"
        let isDraftTarget =
          segments.first?.attributes["subState"] == "songngu:glossary-draft" || (state == "initial" && !target.isEmpty)
        var fields: [String: String] = [:]
        var notes: [String] = []
        for note in node.child("notes")?.children("note") ?? [] {
          switch note.attributes["category"] {
          case "songngu":
            for pair in note.text.split(separator: "; ") {
              let parts = pair.split(separator: ": ", maxSplits: 1)
              if parts.count == 2, fields[String(parts[0])] == nil { fields[String(parts[0])] = String(parts[1]) }
            }
          case "songngu-note": notes.append(note.text)
          default: break
          }
        }
        let draft = node.child("mtc:matches")?.children("mtc:match").first {
          $0.attributes["subType"] == "songngu:glossary-draft"
        }?.child("target")?.text
        let terms = (node.child("gls:glossary")?.children("gls:glossEntry") ?? []).compactMap { entry -> UsedTerm? in
          guard let term = entry.child("gls:term")?.text, let translation = entry.child("gls:translation")?.text
          else { return nil }
          return UsedTerm(source: term, target: translation)
        }
        units.append(
          BilingualUnit(
            id: id, source: source, target: target,
            targetOrigin: targets.isEmpty || isDraftTarget ? .glossaryDraft : .human,
            kind: fields["kind"].flatMap(BlockKind.init(rawValue:)) ?? .body,
            block: fields["block"].flatMap { Int($0) } ?? 0, paragraph: fields["paragraph"].flatMap { Int($0) } ?? 0,
            terms: terms, score: fields["score"].flatMap { Double($0) }, bead: fields["bead"], draft: draft,
            notes: notes))
      }
      return BilingualDocument(
        name: file.attributes["original"] ?? file.attributes["id"] ?? name, units: units,
        sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }
  }

  /// The units of a file, in order, looking inside `<group>`s.
  private static func units(in node: XMLNode) -> [XMLNode] {
    node.children.flatMap { child -> [XMLNode] in
      switch child.name {
      case "unit": return [child]
      case "group": return units(in: child)
      default: return []
      }
    }
  }
}
