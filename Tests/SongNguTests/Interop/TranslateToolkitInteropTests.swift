import Foundation
import SongNgu
import Testing

extension ExportTests {
  /// translate-toolkit (the field's reference library, which Pootle, Weblate and Virtaal build on)
  /// reads songngu's TMX, XLIFF and CSV files as songngu wrote them: the same number of units, the same
  /// (source, target) pairs, scalar for scalar.
  ///
  /// Needs python3 and translate-toolkit (`pip install translate-toolkit`; `.ci/run` installs it);
  /// without them these tests fail and say so.
  @Suite struct TranslateToolkitInteropTests {
    struct Loaded: Decodable {
      struct File: Decodable {
        var format: String
        var count: Int
        var units: [Unit]
      }
      struct Unit: Decodable {
        var id: String
        var source: String
        var target: String
        var fuzzy: Bool
      }
      var version: String
      var files: [String: File]

      enum CodingKeys: String, CodingKey {
        case version = "translate-toolkit"
        case files
      }
    }

    static let script = Paths.repository("Tests/SongNguTests/Interop/load_with_translate_toolkit.py")

    /// Writes `documents` in the three formats and returns what translate-toolkit read, by extension.
    func loadWithTranslateToolkit(_ documents: [BilingualDocument]) throws -> Loaded? {
      guard let python = ExternalTool.find("python3") else {
        Issue.record("python3 not found: the interop tests need python3 and `pip install translate-toolkit`")
        return nil
      }
      let directory = try ExternalTool.temporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let writers: [any BilingualWriter] = [TMXWriter(), XLIFFWriter(), CSVWriter()]
      var paths: [String] = []
      for writer in writers {
        let path = try OutputFolder(directory).path(for: "article.\(writer.fileExtension)")
        try AtomicFileWriter(synchronizes: false).write(writer.write(documents).bytes, to: path)
        paths.append(path)
      }
      let result = try ExternalTool.run(python, [Self.script] + paths)
      guard result.status == 0 else {
        Issue.record(
          "translate-toolkit could not load the files (exit \(result.status)); if it is missing, run `pip install translate-toolkit`:\n\(result.standardError)"
        )
        return nil
      }
      var loaded = try JSONDecoder().decode(Loaded.self, from: Data(result.standardOutput.utf8))
      loaded.files = Dictionary(
        uniqueKeysWithValues: loaded.files.map { (($0.key as NSString).pathExtension, $0.value) })
      return loaded
    }

    @Test func readsTheSampleArticleInEveryFormat() throws {
      let document = try ExportFixtures.sampleAlignment()
      #expect(document.units.count == 23)
      guard let loaded = try loadWithTranslateToolkit([document]) else { return }
      let expected = document.units.map { ExportFixtures.exact($0.source) + " → " + ExportFixtures.exact($0.target) }
      for (fileExtension, format) in [("tmx", "tmx.tmxfile"), ("xlf", "xliff.xlifffile"), ("csv", "csvl10n.csvfile")] {
        let file = try #require(
          loaded.files[fileExtension], "translate-toolkit \(loaded.version) read no .\(fileExtension)")
        #expect(file.format == format)
        #expect(file.count == document.units.count, "translate-toolkit \(loaded.version), .\(fileExtension)")
        let pairs = file.units.map { ExportFixtures.exact($0.source) + " → " + ExportFixtures.exact($0.target) }
        #expect(pairs == expected, "translate-toolkit \(loaded.version), .\(fileExtension)")
      }
      // Unit ids: TMX `tuid` and the CSV `id` column as written; translate-toolkit prefixes XLIFF ids
      // with the file's `original` and U+0004.
      let ids = document.units.map(\.id)
      #expect(loaded.files["tmx"]?.units.map(\.id) == ids)
      #expect(loaded.files["csv"]?.units.map(\.id) == ids)
      #expect(loaded.files["xlf"]?.units.map(\.id) == ids.map { document.name + "\u{4}" + $0 })
    }

    /// A glossary draft shows as fuzzy (needing review) in translate-toolkit, and so in the tools built
    /// on it. (translate-toolkit calls every XLIFF unit without `approved="yes"` fuzzy, human ones too.)
    @Test func glossaryDraftsAreFuzzyInXLIFF() throws {
      let documents = ExportFixtures.small
      guard let loaded = try loadWithTranslateToolkit(documents) else { return }
      let drafts = documents[0].units.map { $0.targetOrigin == .glossaryDraft }
      let fuzzy = try #require(loaded.files["xlf"]).units.map(\.fuzzy)
      #expect(zip(drafts, fuzzy).allSatisfy { !$0.0 || $0.1 })
    }

    @Test func readsMarkupEmojiAndDecomposedVietnamese() throws {
      // The tricky fixture's first three units, which need no CSV formula guard and no line breaks.
      var document = ExportFixtures.tricky[0]
      document.units = Array(document.units.prefix(3))
      guard let loaded = try loadWithTranslateToolkit([document]) else { return }
      let expected = document.units.map { ExportFixtures.exact($0.source) + " → " + ExportFixtures.exact($0.target) }
      for fileExtension in ["tmx", "xlf", "csv"] {
        let pairs = loaded.files[fileExtension]?.units.map {
          ExportFixtures.exact($0.source) + " → " + ExportFixtures.exact($0.target)
        }
        #expect(pairs == expected, ".\(fileExtension)")
      }
    }
  }
}
