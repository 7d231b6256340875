import Foundation
import SongNgu
import TestSupport
import Testing

/// `songngu merge`: a translated CSV or XLIFF back into an English article, and every refusal.
@Suite struct ArticleMergerTests {
  static let sample = Paths.repository("samples/nato-trieu-tien.vi.txt")

  /// The sample as prepare makes it, every target filled with a marker naming its unit.
  static func translated() throws -> BilingualDocument {
    let preparer = ArticlePreparer(glossary: try TestGlossary.news(), options: PrepareOptions(synchronizes: false))
    var document = try preparer.prepare(path: sample).bilingual
    for index in document.units.indices {
      document.units[index].target = "<\(document.units[index].id)>"
      document.units[index].targetOrigin = .human
    }
    return document
  }

  /// Writes `documents` in `format` to a temporary file and merges it.
  func merge(
    _ documents: [BilingualDocument], _ format: BilingualFormat, options: MergeOptions = MergeOptions()
  ) throws -> MergeResult {
    let folder = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/article." + format.writer().fileExtension
    try Data(format.writer().write(documents).bytes).write(to: URL(fileURLWithPath: path))
    return try ArticleMerger.merge(path: path, options: options)
  }

  @Test func csvAndXLIFFMergeToTheSameArticleWithEveryMarkerOnceInOrder() throws {
    let document = try Self.translated()
    let csv = try merge([document], .csv)
    let xliff = try merge([document], .xliff)
    let xliff2 = try merge([document], .xliff2)
    #expect(csv.findings.isEmpty && xliff.findings.isEmpty, "\(csv.findings) \(xliff.findings)")
    #expect(csv.text == xliff.text && csv.text == xliff2.text)
    // Every marker once, in the units' order.
    var position = csv.text.startIndex
    for unit in document.units {
      let marker = "<\(unit.id)>"
      #expect(csv.text.components(separatedBy: marker).count == 2, "\(marker)")
      let found = try #require(csv.text.range(of: marker, range: position..<csv.text.endIndex))
      position = found.upperBound
    }
    // One paragraph per translatable block, separated by one blank line; sentences joined by a space.
    let blocks = Set(document.units.map(\.block)).count
    let paragraphs = csv.text.dropLast().components(separatedBy: "\n\n")
    #expect(paragraphs.count == blocks && csv.blocks == blocks && csv.units == document.units.count)
    #expect(paragraphs.allSatisfy { !$0.contains("\n") && !$0.contains("  ") })
    #expect(csv.text.hasSuffix(">\n"))
    let first = try #require(document.units.first(where: { $0.block == document.units[0].block + 0 }))
    #expect(paragraphs[0].hasPrefix("<\(first.id)>"))
  }

  @Test func untranslatedUnitsAreRefusedOrKeptAndCounted() throws {
    var document = try Self.translated()
    document.units[2].target = ""
    document.units[5].target = "  "
    let refused = try merge([document], .csv)
    #expect(refused.findings.map(\.category) == ["merge.untranslated", "merge.untranslated"])
    #expect(
      refused.findings[0].formatted().hasPrefix(
        "\(refused.findings[0].file!): error: \(document.units[2].id): not translated"))
    let kept = try merge([document], .csv, options: MergeOptions(allowUntranslated: true))
    #expect(kept.findings.isEmpty)
    #expect(kept.untranslated == [document.units[2].id, document.units[5].id])
    #expect(kept.text.contains(document.units[2].source) && kept.text.contains(document.units[5].source))
  }

  @Test func unitsOfAnotherArticleDuplicatesMissingSentencesAndForeignIdsAreErrors() throws {
    let document = try Self.translated()
    var other = document
    other.name = "another-article"
    other.units = [document.units[0]]
    other.units[0].id = BilingualUnit.id(article: "another-article", block: 0, sentence: 0)
    #expect(try merge([document, other], .xliff).findings.map(\.category) == ["merge.other-article"])

    var duplicated = document
    duplicated.units.append(document.units[3])
    #expect(try merge([duplicated], .csv).findings.map(\.category) == ["merge.duplicate"])

    // The middle sentence of a block of three or more.
    let blocks = Dictionary(grouping: document.units, by: \.block)
    let block = try #require(blocks.keys.sorted().first { blocks[$0]!.count >= 3 })
    var missing = document
    missing.units.removeAll { $0.id == BilingualUnit.id(article: document.name, block: block, sentence: 1) }
    let result = try merge([missing], .csv)
    #expect(result.findings.map(\.category) == ["merge.missing"])
    #expect(result.findings[0].message.hasPrefix(BilingualUnit.id(article: document.name, block: block, sentence: 1)))

    var edited = document
    edited.units[edited.units.count - 1].id = "row 23"
    #expect(try merge([edited], .csv).findings.map(\.category) == ["merge.unknown-id"])
  }

  /// A run of missing sentences is one finding: an id edited into `b0:s9223372036854775807` made
  /// merge add a finding per missing sentence, without end (it ran out of memory).
  @Test func aRunOfMissingSentencesIsOneFinding() {
    let units = ["a:b0:s0", "a:b0:s4", "a:b1:s0", "a:b1:s9223372036854775807"].map {
      BilingualUnit(id: $0, source: "x", target: "y", targetOrigin: .human, kind: .body, block: 0, paragraph: 0)
    }
    let result = ArticleMerger.merge([BilingualDocument(name: "a", units: units)], file: "a.csv")
    #expect(
      result.findings.map(\.message) == [
        "a:b0:s1…s3: missing (3 sentences): the block's other sentences are here",
        "a:b1:s1…s9223372036854775806: missing (9223372036854775806 sentences): the block's other sentences are here",
      ])
    #expect(result.findings.allSatisfy { $0.category == "merge.missing" })
  }

  /// With every other sentence of a long block missing, each missing sentence is named once,
  /// whether the merge sees it as a gap between ids or only through the article (the last ones).
  @Test func everyOtherSentenceMissingIsNamedOnce() {
    func unit(_ sentence: Int) -> BilingualUnit {
      BilingualUnit(
        id: "a:b0:s\(sentence)", source: "câu \(sentence)", target: "sentence \(sentence)", targetOrigin: .human,
        kind: .body, block: 0, paragraph: 0)
    }
    let original = (0..<2_001).map(unit)
    let kept = original.enumerated().filter { $0.offset.isMultiple(of: 2) && $0.offset < 2_000 }.map(\.element)
    let result = ArticleMerger.merge([BilingualDocument(name: "a", units: kept)], file: "a.csv", original: original)
    #expect(result.findings.allSatisfy { $0.category == "merge.missing" })
    // s1, s3 … s1999 between kept ids, one finding each, and s2000, which only the article shows.
    #expect(result.findings.count == 1_001)
    #expect(Set(result.findings.map(\.message)).count == 1_001)
    #expect(result.findings.last?.message == "a:b0:s2000: missing: the article has this sentence")
  }

  /// Found by fuzzing (Fuzz/, xliff2): `b-7` was read as block −7, and naming the sentences missing
  /// before it stopped the process; a sign is not part of songngu's ids.
  @Test func aSignedNumberIsNotAnID() {
    let units = ["a:b0:s0", "a:b-7:s2", "a:b+1:s0", "a:b1:s-1"].map {
      BilingualUnit(id: $0, source: "x", target: "y", targetOrigin: .human, kind: .body, block: 0, paragraph: 0)
    }
    let result = ArticleMerger.merge([BilingualDocument(name: "a", units: units)], file: "a.xliff")
    #expect(result.findings.map(\.category) == ["merge.unknown-id", "merge.unknown-id", "merge.unknown-id"])
    #expect(result.units == 1)
  }

  @Test func withTheArticleAChangedSourceAndADroppedLastSentenceAreErrors() throws {
    var document = try Self.translated()
    document.units[1].source += " (edited)"
    let dropped = try #require(document.units.last)
    document.units.removeLast()
    let result = try merge([document], .csv, options: MergeOptions(article: Self.sample))
    #expect(Set(result.findings.map(\.category)) == ["merge.missing", "merge.source-changed"])
    #expect(result.findings.contains { $0.message.hasPrefix(dropped.id + ": missing") })
    // A unit the article has no sentence for.
    var extra = try Self.translated()
    var added = extra.units[0]
    added.id = BilingualUnit.id(article: extra.name, block: 99, sentence: 0)
    extra.units.append(added)
    let notInArticle = try merge([extra], .csv, options: MergeOptions(article: Self.sample))
    #expect(notInArticle.findings.map(\.category) == ["merge.not-in-article"])
    #expect(notInArticle.findings[0].message.hasPrefix(added.id + ": the article has no such sentence"))
    // Without the article, the dropped last sentence of the last block cannot be seen.
    #expect(try merge([document], .csv).findings.isEmpty)
  }

  @Test func aConfirmedXLIFFTargetThatKeptTheGlossaryQualifierIsATranslation() throws {
    let folder = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let preparer = ArticlePreparer(
      glossary: try TestGlossary.news(), options: PrepareOptions(formats: [.xliff], synchronizes: false))
    let article = try preparer.prepare(path: Self.sample)
    _ = try preparer.write(article, to: OutputFolder(folder), protecting: [Self.sample])
    let path = folder + "/nato-trieu-tien.xlf"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    // A CAT tool confirmed every draft (state translated) and left the qualifier.
    text = text.replacingOccurrences(of: "state=\"needs-review-translation\"", with: "state=\"translated\"")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try ArticleMerger.merge(path: path)
    #expect(result.findings.isEmpty, "\(result.findings.prefix(2))")
    #expect(result.text.contains("NATO Secretary General"))
  }

  @Test func aTMXOrAnUnknownFileIsRefusedWithTheRemedy() throws {
    for (path, remedy) in [("x.tmx", "merge the CSV or XLIFF"), ("x.docx", "not a CSV (.csv) or XLIFF")] {
      do {
        _ = try ArticleMerger.merge(path: path)
        Issue.record("\(path) was merged")
      } catch {
        #expect("\(error)".contains(remedy), "\(error)")
      }
    }
  }
}
