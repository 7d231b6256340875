import Foundation
import SongNgu
import TestSupport
import Testing

extension ExportTests {
  /// The suite every `BilingualWriter` passes: write → validate against the format's schema or
  /// grammar → read back with the format's reader → the same units.
  ///
  /// A new format joins by adding its writers to `writers` and its validation to `validate(_:_:)`
  /// (a writer without one fails here).
  @Suite struct WriterConformanceTests {
    static let writers: [any BilingualWriter] = [
      TMXWriter(),
      TMXWriter(options: .init(creationDate: UTCTimestamp(secondsSince1970: 1_795_000_000))),
      XLIFFWriter(),
      XLIFFWriter(options: .init(date: UTCTimestamp(secondsSince1970: 1_795_000_000))),
      CSVWriter(),
      CSVWriter(dialect: CSVDialect(delimiter: .semicolon, lineEnding: .lf, byteOrderMark: true)),
      CSVWriter(dialect: CSVDialect(delimiter: .tab, guardsFormulas: false)),
      XLIFF2Writer(),
      XLSXWriter(),
    ]

    /// What a unit keeps through `writer`: every field, or for XLSX, whose sheet has only `id`,
    /// `source`, `target`, `draft`, `kind` and `notes`, those.
    static func kept(_ unit: BilingualUnit, by writer: any BilingualWriter) -> String {
      guard writer is XLSXWriter else { return ExportFixtures.exact(unit) }
      return [
        unit.id, unit.source, unit.target, unit.draft ?? "-", unit.kind.rawValue, unit.notes.joined(separator: "|"),
      ]
      .map(ExportFixtures.exact).joined(separator: " · ")
    }

    @Test(arguments: writers)
    func writesAFileItsValidatorAccepts(_ writer: any BilingualWriter) throws {
      try validate(writer, writer.write(ExportFixtures.tricky))
    }

    /// A document named with an emoji modifier (one character with a letter: `a🏽`) and Vietnamese
    /// letters still gives XLIFF 2.1 `id`s that are name tokens (the random-text property test found
    /// `a🏽` kept whole).
    @Test func xliff2IDsAreNameTokensWhateverTheName() throws {
      let unit = BilingualUnit(
        id: "p:b0:s0🏽", source: "Xin chào.", target: "Hello.", targetOrigin: .human, kind: .body, block: 0,
        paragraph: 1, terms: [])
      let output = XLIFF2Writer().write([BilingualDocument(name: "a🏽 Bài ệ 1", units: [unit])])
      #expect(output.text.contains("<file id=\"a__Bài_ệ_1\" original=\"a🏽 Bài ệ 1\">"))
      try validate(XLIFF2Writer(), output)
    }

    @Test(arguments: writers)
    func readsBackTheSameUnits(_ writer: any BilingualWriter) throws {
      let output = writer.write(ExportFixtures.tricky)
      let documents = try writer.reader.read(output.bytes, name: "test.\(writer.fileExtension)")
      let expected = ExportFixtures.trickyExpected
      #expect(documents.map(\.name).map(ExportFixtures.exact) == expected.map(\.name).map(ExportFixtures.exact))
      #expect(documents.map(\.units.count) == expected.map(\.units.count))
      for (document, expectedDocument) in zip(documents, expected) {
        for (unit, expectedUnit) in zip(document.units, expectedDocument.units) {
          #expect(Self.kept(unit, by: writer) == Self.kept(expectedUnit, by: writer))
        }
      }
      if writer.fileExtension != "csv" && writer.fileExtension != "tsv" {
        #expect(documents.map(\.sourceLanguage) == ["vi-VN", "vi-VN"])
        #expect(documents.map(\.targetLanguage) == ["en-US", "en-US"])
      }
    }

    @Test(arguments: writers)
    func dropsAndCountsCharactersXMLForbids(_ writer: any BilingualWriter) {
      let output = writer.write(ExportFixtures.tricky)
      #expect(output.droppedCharacterCount == ExportFixtures.trickyDroppedCount)
      #expect(output.unitsWithDroppedCharacters == ["tin-kho:b2:s1"])
      // A zip's headers hold NULs: look at the cells there.
      let text =
        writer is XLSXWriter
        ? (try? writer.reader.read(output.bytes, name: "x"))?.flatMap(\.units).map(\.source).joined() ?? "unreadable"
        : output.text
      #expect(!text.unicodeScalars.contains("\u{0}"))
      #expect(!text.unicodeScalars.contains("\u{0B}"))
      let clean = writer.write(ExportFixtures.small)
      #expect(clean.droppedCharacterCount == 0 && clean.unitsWithDroppedCharacters.isEmpty)
    }

    @Test(arguments: writers)
    func sameInputGivesByteIdenticalFiles(_ writer: any BilingualWriter) {
      #expect(writer.write(ExportFixtures.tricky).bytes == writer.write(ExportFixtures.tricky).bytes)
    }

    /// XLIFF 2 wants a `<file>` with a `<unit>`: no documents give a file its schema rejects (and its
    /// reader reads no units).
    @Test(arguments: writers)
    func noDocumentsGiveAValidFile(_ writer: any BilingualWriter) throws {
      let output = writer.write([])
      if writer is XLIFF2Writer {
        #expect(try problems(output.text, "xliff", .xliff21)?.isEmpty == false)
        #expect(try writer.reader.read(output.bytes, name: "empty").isEmpty)
        return
      }
      try validate(writer, output)
      #expect(try writer.reader.read(output.bytes, name: "empty").allSatisfy(\.units.isEmpty))
    }

    /// Every format songngu offers is in this suite (a new format joins by conforming).
    @Test(arguments: BilingualFormat.allCases)
    func everyFormatIsCovered(_ format: BilingualFormat) {
      let writer = format.writer()
      #expect(Self.writers.contains { type(of: $0) == type(of: writer) })
      #expect(BilingualFormat(fileExtension: writer.fileExtension) == format)
      #expect(
        BilingualFormat(fileExtension: format.writer(dialect: CSVDialect(delimiter: .tab)).fileExtension) == format)
    }

    /// The validators catch what they exist for (a validator that accepts everything proves nothing).
    @Test func validatorsRejectBrokenFiles() throws {
      let tmx = TMXWriter().write(ExportFixtures.small).text
      let propAfterTuv = tmx.replacingOccurrences(
        of: "<prop type=\"x-article\">nato-trieu-tien</prop>\n", with: ""
      ).replacingOccurrences(of: "    </tu>", with: "      <prop type=\"x-late\">1</prop>\n    </tu>")
      #expect(try problems(propAfterTuv, "tmx", .tmx14)?.isEmpty == false)
      let xliff = XLIFFWriter().write(ExportFixtures.small).text
      let badState = xliff.replacingOccurrences(of: "state=\"translated\"", with: "state=\"done\"")
      #expect(try problems(badState, "xlf", .xliff12Strict)?.isEmpty == false)
      let xliff2 = XLIFF2Writer().write(ExportFixtures.small).text
      #expect(try problems(xliff2, "xliff", .xliff21) == "")
      let badMatch = xliff2.replacingOccurrences(of: "type=\"am\"", with: "type=\"draft\"")
      #expect(badMatch != xliff2)
      #expect(try problems(badMatch, "xliff", .xliff21)?.isEmpty == false)
      #expect(throws: StrictCSV.Failure.self) {
        try StrictCSV.parse(Array("\"a\",b\r\n".utf8), delimiter: UInt8(ascii: ","), recordEnd: [13, 10])
      }
    }

    // MARK: - Validation per format

    private func validate(_ writer: any BilingualWriter, _ output: BilingualOutput) throws {
      switch writer {
      case is TMXWriter:
        let problems = try problems(output.text, "tmx", .tmx14)
        #expect(problems == nil || problems == "", "\(problems ?? "")")
        #expect(
          output.text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"))
        #expect(output.text.contains("<tmx version=\"1.4\">"))
      case is XLIFFWriter:
        let problems = try problems(output.text, "xlf", .xliff12Strict)
        #expect(problems == nil || problems == "", "\(problems ?? "")")
      case is XLIFF2Writer:
        let problems = try problems(output.text, "xliff", .xliff21)
        #expect(problems == nil || problems == "", "\(problems ?? "")")
      case is XLSXWriter:
        // A zip of stored entries (its reader checks every CRC-32) with the parts a workbook needs.
        #expect(output.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        for part in ["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"] {
          #expect(output.bytes.firstRange(of: Array(part.utf8)) != nil, "no \(part)")
        }
        _ = try writer.reader.read(output.bytes, name: "file.xlsx")
      case let csv as CSVWriter:
        let dialect = csv.dialect
        #expect(output.bytes.starts(with: [0xEF, 0xBB, 0xBF]) == dialect.byteOrderMark)
        let records = try StrictCSV.parse(
          output.bytes, delimiter: UInt8(ascii: dialect.delimiter.character.unicodeScalars.first ?? ","),
          recordEnd: Array(dialect.lineEnding.text.utf8))
        let header = try #require(records.first)
        for column in ["id", "source", "target", "kind", "block", "terms"] { #expect(header.contains(column)) }
        if dialect.guardsFormulas {
          for cell in records.dropFirst().flatMap({ $0 }) {
            let first = cell.unicodeScalars.first
            let isNumber = Double(cell) != nil
            #expect(first == nil || isNumber || !"=+-@\t\r".unicodeScalars.contains(first!), "unguarded cell \(cell)")
          }
        }
      default:
        Issue.record("no validation for \(writer.formatName): add one to WriterConformanceTests.validate")
      }
    }

    private func problems(_ text: String, _ fileExtension: String, _ schema: XMLValidator.Schema) throws -> String? {
      let directory = try ProcessRunner.temporaryDirectory().path
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let path = directory + "/file." + fileExtension
      try AtomicFileWriter(synchronizes: false).write(text, to: path)
      return try XMLValidator.problems(path, against: schema)
    }
  }
}
