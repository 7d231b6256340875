import Foundation
import TestSupport
import Testing

@testable import SongNgu

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

    /// Writes `documents` with each writer (file `article-N.EXT`) and returns what translate-toolkit
    /// read, in the writers' order.
    func loadWithTranslateToolkit(
      _ documents: [BilingualDocument],
      writers: [any BilingualWriter] = [TMXWriter(), XLIFFWriter(), CSVWriter()]
    ) throws -> (version: String, files: [Loaded.File])? {
      guard let python = ProcessRunner.find("python3") else {
        Issue.record("python3 not found: the interop tests need python3 and `pip install translate-toolkit`")
        return nil
      }
      let directory = try ProcessRunner.temporaryDirectory().path
      defer { try? FileManager.default.removeItem(atPath: directory) }
      var paths: [String] = []
      for (index, writer) in writers.enumerated() {
        let path = try OutputFolder(directory).path(for: "article-\(index).\(writer.fileExtension)")
        try AtomicFileWriter(synchronizes: false).write(writer.write(documents).bytes, to: path)
        paths.append(path)
      }
      let result = try ProcessRunner.run(python, [Self.script] + paths)
      guard result.status == 0 else {
        Issue.record(
          "translate-toolkit could not load the files (exit \(result.status)); if it is missing, run `pip install translate-toolkit`:\n\(result.stderr)"
        )
        return nil
      }
      let loaded = try JSONDecoder().decode(Loaded.self, from: Data(result.stdout.utf8))
      return (loaded.version, try paths.map { try #require(loaded.files[$0], "translate-toolkit skipped \($0)") })
    }

    func pairs(_ units: [BilingualUnit], transform: (String) -> String = { $0 }) -> [String] {
      units.map { ExportFixtures.exact(transform($0.source)) + " → " + ExportFixtures.exact(transform($0.target)) }
    }

    func pairs(_ units: [Loaded.Unit]) -> [String] {
      units.map { ExportFixtures.exact($0.source) + " → " + ExportFixtures.exact($0.target) }
    }

    @Test func readsTheSampleArticleInEveryFormat() throws {
      let document = try ExportFixtures.sampleAlignment()
      #expect(document.units.count == 23)
      guard let (version, files) = try loadWithTranslateToolkit([document]) else { return }
      #expect(files.map(\.format) == ["tmx.tmxfile", "xliff.xlifffile", "csvl10n.csvfile"])
      for file in files {
        #expect(file.count == document.units.count, "translate-toolkit \(version), \(file.format)")
        #expect(pairs(file.units) == pairs(document.units), "translate-toolkit \(version), \(file.format)")
      }
      // Unit ids: TMX `tuid` and the CSV `id` column as written; translate-toolkit prefixes XLIFF ids
      // with the file's `original` and U+0004.
      let ids = document.units.map(\.id)
      #expect(files[0].units.map(\.id) == ids)
      #expect(files[1].units.map(\.id) == ids.map { document.name + "\u{4}" + $0 })
      #expect(files[2].units.map(\.id) == ids)
    }

    /// Markup characters, emoji, NFD Vietnamese, line breaks, tabs and edge spaces come through exactly.
    ///
    /// That holds in every format and CSV dialect (CR LF inside a cell too). In CSV translate-toolkit
    /// shows the formula guard's apostrophe, as a spreadsheet would.
    @Test func readsTheTrickyFixtureInEveryFormatAndDialect() throws {
      let written = ExportFixtures.tricky
      let expected = ExportFixtures.trickyExpected.flatMap(\.units)
      let writers: [any BilingualWriter] = [
        TMXWriter(), XLIFFWriter(), CSVWriter(),
        CSVWriter(dialect: CSVDialect(delimiter: .semicolon, lineEnding: .lf, byteOrderMark: true)),
        CSVWriter(dialect: CSVDialect(delimiter: .tab, guardsFormulas: false)),
      ]
      guard let (version, files) = try loadWithTranslateToolkit(written, writers: writers) else { return }
      for (writer, file) in zip(writers, files) {
        let guarded = (writer as? CSVWriter)?.dialect.guardsFormulas ?? false
        // TMX and XLIFF put a draft in their one target slot (marked as a draft); CSV keeps it in its
        // own column, which translate-toolkit does not read as the target.
        let slotted =
          writer is CSVWriter
          ? expected
          : expected.map { unit in
            var unit = unit
            if unit.target.isEmpty { unit.target = unit.draft ?? "" }
            return unit
          }
        let wanted = pairs(slotted) { guarded ? SpreadsheetFormulaGuard.guarded($0) : $0 }
        #expect(file.count == expected.count, "translate-toolkit \(version), \(writer)")
        #expect(pairs(file.units) == wanted, "translate-toolkit \(version), \(writer)")
      }
    }

    /// A glossary draft shows as fuzzy (needing review) in translate-toolkit, and so in the tools built
    /// on it. (translate-toolkit calls every XLIFF unit without `approved="yes"` fuzzy, human ones too.)
    @Test func glossaryDraftsAreFuzzyInXLIFF() throws {
      let documents = ExportFixtures.small
      guard let (_, files) = try loadWithTranslateToolkit(documents, writers: [XLIFFWriter()]) else { return }
      let drafts = documents[0].units.map { $0.targetOrigin == .glossaryDraft }
      let fuzzy = files[0].units.map(\.fuzzy)
      #expect(zip(drafts, fuzzy).allSatisfy { !$0.0 || $0.1 })
    }
  }
}
