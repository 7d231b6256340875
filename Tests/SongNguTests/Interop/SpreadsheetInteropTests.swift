import Foundation
import SongNgu
import TestSupport
import Testing

extension ExportTests {
  /// The workbooks `prepare --formats xlsx` writes read back cell for cell through two readers.
  ///
  /// openpyxl (every cell a string, `data_type == "s"`, with the exact value) and
  /// LibreOffice headless (`soffice --convert-to csv`, UTF-8, compared with the expected cells). On
  /// the sample article and on a fixture of what spreadsheets get wrong: formula and number look-alikes,
  /// emoji, NFD Vietnamese, markup characters, quotes, edge spaces, line breaks and a 6,000-character cell.
  ///
  /// Needs python3 with openpyxl (`python3 -m pip install openpyxl`) and LibreOffice
  /// (`apt-get install libreoffice-calc-nogui`); `.ci/run` installs both. Without them the test fails
  /// and says what to install.
  @Suite struct SpreadsheetInteropTests {
    struct Read: Decodable {
      struct Workbook: Decodable {
        var sheets: [String]
        var rows: [[String]]
        var notStrings: [String]
        var frozen: String
        var wrapped: Bool
        var widths: [Double]

        enum CodingKeys: String, CodingKey {
          case sheets, rows, frozen, wrapped, widths
          case notStrings = "not_strings"
        }
      }
      var openpyxl: String
      var xlsx: [String: Workbook]
      var csv: [String: [[String]]]
    }

    static let script = Paths.repository("Tests/SongNguTests/Interop/read_spreadsheets.py")

    /// Cells that spreadsheets like to turn into something else.
    static var fixture: BilingualDocument {
      let long = String(repeating: "Bộ Ngoại giao Việt Nam khẳng định lập trường nhất quán. ", count: 110)
      let texts: [(String, String)] = [
        ("=SUM(A1:A2)", "=1+2"),
        ("+84 912 345 678", "-5"),
        ("- Vâng, tôi hiểu.", "@mention"),
        ("0123", "1/2"),
        ("1e5", "2024-01-02"),
        ("TRUE", "3,14"),
        ("'=already quoted", "'Tis"),
        ("Tuyệt vời 👍🏽 🇻🇳 👨‍👩‍👧!", "Great 👍🏽 🇻🇳 👨‍👩‍👧!"),
        ("Tiếng Việt có dấu.".decomposedStringWithCanonicalMapping, "NFD: e\u{0302}\u{0301} and e\u{0323}\u{0302}"),
        ("Ông A & bà B <nói> \"xin chào\" 'tạm biệt' ]]>", "<b>&amp;</b> \"quoted\""),
        ("  hai khoảng trắng ở đầu và cuối  ", " one "),
        ("Dòng một\nDòng hai", "Line one\nLine two\n"),
        (long, String(long.reversed())),
        ("_x0041_ gạch dưới", "\t tab first"),
      ]
      let units = texts.enumerated().map { index, pair in
        BilingualUnit(
          id: "bang-tinh:b\(index):s0", source: pair.0, target: index.isMultiple(of: 3) ? "" : pair.1,
          targetOrigin: .human, kind: index == 0 ? .title : .body, block: index, paragraph: index + 1,
          draft: index.isMultiple(of: 2) ? "=draft " + pair.1 : nil,
          notes: index.isMultiple(of: 4) ? ["+ note one", "@note two"] : [])
      }
      return BilingualDocument(name: "bang-tinh", units: units)
    }

    /// The cells a sheet must hold for `document`: the header, then one row a unit.
    static func expectedRows(_ document: BilingualDocument) -> [[String]] {
      [["id", "source", "target", "draft", "kind", "notes"]]
        + document.units.map {
          [$0.id, $0.source, $0.target, $0.draft ?? "", $0.kind.rawValue, $0.notes.joined(separator: "\n")]
        }
    }

    static func exact(_ rows: [[String]]) -> [String] {
      rows.map { $0.map(ExportFixtures.exact).joined(separator: " | ") }
    }

    @Test func openpyxlAndLibreOfficeReadEveryCellAsWritten() throws {
      let sample = try ArticlePreparer(glossary: try TestGlossary.news(), options: PrepareOptions(synchronizes: false))
        .prepare(path: Paths.repository("samples/nato-trieu-tien.vi.txt")).bilingual
      #expect(sample.units.count == 23)
      let fixture = Self.fixture
      #expect(fixture.units.contains { $0.source.unicodeScalars.count >= 5_000 })

      guard let python = ProcessRunner.find("python3") else {
        Issue.record("python3 not found: this test needs python3 with `python3 -m pip install openpyxl`")
        return
      }
      guard let soffice = ProcessRunner.find("soffice") else {
        Issue.record("soffice not found: this test needs LibreOffice, `apt-get install libreoffice-calc-nogui`")
        return
      }
      let directory = try ProcessRunner.temporaryDirectory().path
      defer { try? FileManager.default.removeItem(atPath: directory) }
      var workbooks: [(path: String, csv: String, document: BilingualDocument)] = []
      for document in [sample, fixture] {
        let path = "\(directory)/\(document.name).xlsx"
        let output = XLSXWriter().write([document])
        #expect(output.droppedCharacterCount == 0)
        try AtomicFileWriter(synchronizes: false).write(output.bytes, to: path)
        workbooks.append((path, "\(directory)/csv/\(document.name).csv", document))
      }

      // LibreOffice, with a throwaway profile: CSV in UTF-8 (76), comma, double quotes.
      let converted = try ProcessRunner.run(
        soffice,
        [
          "-env:UserInstallation=file://\(directory)/profile", "--headless", "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", "\(directory)/csv",
        ] + workbooks.map(\.path))
      #expect(converted.status == 0, "soffice failed (exit \(converted.status)): \(converted.stderr)")

      let result = try ProcessRunner.run(
        python, [Self.script] + workbooks.flatMap { ["--xlsx", $0.path, "--csv", $0.csv] })
      guard result.status == 0 else {
        let message =
          "openpyxl could not read the workbooks (exit \(result.status)); if it is missing, run "
          + "`python3 -m pip install openpyxl`:\n\(result.stderr)"
        Issue.record(Comment(rawValue: message))
        return
      }
      let read = try JSONDecoder().decode(Read.self, from: Data(result.stdout.utf8))
      for workbook in workbooks {
        let expected = Self.exact(Self.expectedRows(workbook.document))
        let openpyxl = try #require(read.xlsx[workbook.path])
        #expect(openpyxl.sheets == [workbook.document.name])
        #expect(openpyxl.frozen == "A2" && openpyxl.wrapped)
        #expect(openpyxl.widths == [26, 60, 60, 60, 12, 40])
        #expect(openpyxl.notStrings.isEmpty, "cells that are not strings: \(openpyxl.notStrings)")
        #expect(Self.exact(openpyxl.rows) == expected, "openpyxl \(read.openpyxl), \(workbook.document.name)")
        let libreOffice = try #require(read.csv[workbook.csv], "LibreOffice wrote no \(workbook.csv)")
        let padded = libreOffice.map { $0 + Array(repeating: "", count: max(0, 6 - $0.count)) }
        #expect(Self.exact(padded) == expected, "LibreOffice, \(workbook.document.name)")
      }
    }
  }
}
