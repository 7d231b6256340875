/// Reads XLIFF 1.2 files: what `XLIFFWriter` writes, and plain XLIFF 1.2 from other tools (an XLIFF
/// 2 file is handed to `XLIFF2Reader`).
///
/// Each `<file>` is a document named by its `original`. A target whose `state-qualifier` is
/// `leveraged-glossary` is the unit's glossary draft (its target is then empty); a target whose
/// `state` starts with `needs-` or is `new` has the origin `glossary-draft`; any other is human. songngu's notes (`from="songngu"`; other notes are ignored) give kind, block, paragraph,
/// terms, score and bead; without them a unit is a `body` unit of block 0. Inline codes inside
/// `<source>` and `<target>` are skipped.
public struct XLIFFReader: BilingualReader {
  public init() {}

  public func read(_ bytes: [UInt8], name: String) throws -> [BilingualDocument] {
    let root = try XMLNode.parse(bytes, name: name, expected: "a well-formed XLIFF 1.2 file")
    if root.name == "xliff", root.attributes["version"]?.hasPrefix("2") == true {
      return try XLIFF2Reader().read(bytes, name: name)
    }
    guard root.name == "xliff" else {
      throw SongNguError.malformedData(path: name, line: root.line, column: 1, expected: "an <xliff> root element")
    }
    return try root.children("file").map { file in
      var units: [BilingualUnit] = []
      for unitNode in transUnits(in: file.child("body")) {
        guard let id = unitNode.attributes["id"], let source = unitNode.child("source") else {
          throw SongNguError.malformedData(
            path: name, line: unitNode.line, column: 1, expected: "a <trans-unit> with an id and a <source>")
        }
        let target = unitNode.child("target")
        var fields: [String: String] = [:]
        var terms: [UsedTerm] = []
        var notes: [String] = []
        for note in unitNode.children("note") where note.attributes["from"] == "songngu" {
          if note.text.hasPrefix(TermLists.notePrefix) {
            notes.append(String(note.text.dropFirst(TermLists.notePrefix.count)))
            continue
          }
          if note.text.hasPrefix("terms: ") {
            terms += TermLists.parse(String(note.text.dropFirst("terms: ".count)), separator: TermLists.noteSeparator)
            continue
          }
          for pair in note.text.split(separator: "; ") {
            let parts = pair.split(separator: ": ", maxSplits: 1)
            if parts.count == 2, fields[String(parts[0])] == nil { fields[String(parts[0])] = String(parts[1]) }
          }
        }
        units.append(
          BilingualUnit(
            id: id, source: source.text, target: isDraft(target) ? "" : target?.text ?? "",
            targetOrigin: origin(of: target),
            kind: fields["kind"].flatMap(BlockKind.init(rawValue:)) ?? .body,
            block: fields["block"].flatMap { Int($0) } ?? 0, paragraph: fields["paragraph"].flatMap { Int($0) } ?? 0,
            terms: terms, score: fields["score"].flatMap { Double($0) }, bead: fields["bead"],
            draft: isDraft(target) ? target?.text : nil, notes: notes))
      }
      return BilingualDocument(
        name: file.attributes["original"] ?? name, units: units,
        sourceLanguage: file.attributes["source-language"] ?? "vi-VN",
        targetLanguage: file.attributes["target-language"] ?? "en-US")
    }
  }

  /// The trans-units of a body, in order, looking inside `<group>`s.
  private func transUnits(in node: XMLNode?) -> [XMLNode] {
    guard let node else { return [] }
    return node.children.flatMap { child -> [XMLNode] in
      switch child.name {
      case "trans-unit": return [child]
      case "group": return transUnits(in: child)
      default: return []
      }
    }
  }

  /// A target marked `state-qualifier="leveraged-glossary"` is a glossary draft, read as the unit's
  /// draft and not its target, until a translator confirms it: CAT tools set `state` to `translated`,
  /// `signed-off` or `final` and may leave the qualifier.
  private func isDraft(_ target: XMLNode?) -> Bool {
    guard let target, target.attributes["state-qualifier"] == "leveraged-glossary" else { return false }
    return !Self.confirmedStates.contains(target.attributes["state"] ?? "")
  }

  /// The states of a target a translator confirmed.
  static let confirmedStates: Set<String> = ["translated", "signed-off", "final"]

  private func origin(of target: XMLNode?) -> TargetOrigin {
    guard let target else { return .glossaryDraft }
    let state = target.attributes["state"] ?? ""
    if isDraft(target) || state.hasPrefix("needs-") || state == "new" {
      return .glossaryDraft
    }
    return .human
  }
}
