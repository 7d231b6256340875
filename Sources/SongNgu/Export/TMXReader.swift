import Foundation

/// Reads TMX 1.4 files: what `TMXWriter` writes, and plain translation memories from other tools.
///
/// The source `<tuv>` is the one in the header's `srclang` (the first one otherwise), the target the
/// first other one. songngu's `<prop>`s give the unit's article, kind, block, paragraph, origin,
/// score and bead; a target whose origin is `glossary-draft` is read as the unit's draft (its target
/// is then empty); in a `<tu>` songngu wrote (one with `x-article`), the `<note>` `vi = en; …`
/// gives its terms (other tools' notes are not read as terms). Without them a unit is a human `body`
/// unit of block 0 in an article named after the file, and a `<tu>` without `tuid` is numbered
/// `tu1`, `tu2`, …. Inline codes inside `<seg>` are skipped.
public struct TMXReader: BilingualReader {
  public init() {}

  public func read(_ bytes: [UInt8], name: String) throws -> [BilingualDocument] {
    let root = try XMLNode.parse(bytes, name: name, expected: "a well-formed TMX file")
    guard root.name == "tmx", let body = root.child("body") else {
      throw SongNguError.malformedData(path: name, line: root.line, column: 1, expected: "a <tmx> root with a <body>")
    }
    let sourceLanguage = root.child("header")?.attributes["srclang"]
    var documents: [BilingualDocument] = []
    for (position, tu) in body.children("tu").enumerated() {
      let variants = tu.children("tuv")
      guard !variants.isEmpty else {
        throw SongNguError.malformedData(path: name, line: tu.line, column: 1, expected: "a <tu> with a <tuv>")
      }
      let language = { (tuv: XMLNode) in tuv.attributes["xml:lang"] ?? tuv.attributes["lang"] ?? "" }
      let sourceVariant =
        variants.first { language($0).caseInsensitiveCompare(sourceLanguage ?? "") == .orderedSame } ?? variants[0]
      let targetVariant = variants.first { language($0).lowercased() != language(sourceVariant).lowercased() }
      var properties: [String: String] = [:]
      for prop in tu.children("prop") where properties[prop.attributes["type"] ?? ""] == nil {
        properties[prop.attributes["type"] ?? ""] = prop.text
      }
      let origin = properties["x-target-origin"].flatMap(TargetOrigin.init(rawValue:)) ?? .human
      let target = targetVariant?.child("seg")?.text ?? ""
      // A glossary draft is a suggestion, not the unit's target.
      let isDraft = origin == .glossaryDraft
      let unit = BilingualUnit(
        id: tu.attributes["tuid"] ?? "tu\(position + 1)",
        source: sourceVariant.child("seg")?.text ?? "",
        target: isDraft ? "" : target, targetOrigin: origin,
        kind: properties["x-block-kind"].flatMap(BlockKind.init(rawValue:)) ?? .body,
        block: properties["x-block"].flatMap { Int($0) } ?? 0,
        paragraph: properties["x-paragraph"].flatMap { Int($0) } ?? 0,
        terms: properties["x-article"] == nil
          ? []
          : tu.children("note").filter { !$0.text.hasPrefix(TermLists.notePrefix) }.flatMap {
            TermLists.parse($0.text, separator: TermLists.noteSeparator)
          },
        score: properties["x-score"].flatMap { Double($0) },
        bead: properties["x-bead"], draft: isDraft ? target : nil,
        notes: properties["x-article"] == nil
          ? []
          : tu.children("note").map(\.text).filter { $0.hasPrefix(TermLists.notePrefix) }.map {
            String($0.dropFirst(TermLists.notePrefix.count))
          })
      let article = properties["x-article"] ?? name
      if let index = documents.lastIndex(where: { $0.name == article }) {
        documents[index].units.append(unit)
      } else {
        documents.append(
          BilingualDocument(
            name: article, units: [unit], sourceLanguage: language(sourceVariant),
            targetLanguage: targetVariant.map(language) ?? "en-US"))
      }
    }
    return documents
  }
}
