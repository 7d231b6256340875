import Foundation
import PropertyBased
import SongNgu
import TestSupport
import Testing

extension ExportTests {
  /// Random text made of what breaks writers reads back through every writer and its reader exactly,
  /// less the characters XML 1.0 forbids.
  @Suite struct RoundTripPropertyTests {
    /// Scalars that matter to some format: letters and combining marks (NFD Vietnamese), space, tab,
    /// LF, CR, `& < > " ' ; , = + - @ ]`, BOM, NEL, LINE SEPARATOR, noncharacters U+FDD0 and
    /// U+10FFFF, an emoji and its skin tone; then what XML 1.0 forbids: NUL, VT, ESC, U+FFFE, U+FFFF.
    static let pool: [Unicode.Scalar] = [
      0x61, 0x110, 0x1EC7, 0x65, 0x302, 0x323, 0x301, 0x20, 0x09, 0x0A, 0x0D, 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x3B, 0x2C,
      0x3D, 0x2B, 0x2D, 0x40, 0x5D, 0xFEFF, 0x85, 0x2028, 0xFDD0, 0x1F44D, 0x1F3FD, 0x10FFFF,
      0x00, 0x0B, 0x1B, 0xFFFE, 0xFFFF,
    ].map { Unicode.Scalar($0)! }
    static let forbidden: Set<Unicode.Scalar> = Set([0x00, 0x0B, 0x1B, 0xFFFE, 0xFFFF].map { Unicode.Scalar($0)! })

    static let text = Gen.int(in: 0...(pool.count - 1)).array(of: 0...16).map { indices in
      String(String.UnicodeScalarView(indices.map { pool[$0] }))
    }

    @Test(arguments: WriterConformanceTests.writers)
    func randomTextRoundTrips(_ writer: any BilingualWriter) async throws {
      await propertyCheck(count: 150, input: Self.text, Self.text) { source, target in
        let unit = BilingualUnit(
          id: "p:b0:s0", source: source, target: target, targetOrigin: .human, kind: .body, block: 0, paragraph: 1)
        let output = writer.write([BilingualDocument(name: "p", units: [unit])])
        let kept = { (text: String) in
          String(String.UnicodeScalarView(text.unicodeScalars.filter { !Self.forbidden.contains($0) }))
        }
        // A translation memory leaves out a sentence with nothing in English.
        let leftOut = writer is TMXWriter && target.isEmpty
        let dropped = (source + target).unicodeScalars.filter { Self.forbidden.contains($0) }.count
        #expect(output.droppedCharacterCount == (leftOut ? 0 : dropped))
        do {
          let read = try writer.reader.read(output.bytes, name: "p")
          if leftOut {
            #expect(read.isEmpty)
            return
          }
          let back = try #require(read.first?.units.first)
          #expect(ExportFixtures.exact(back.source) == ExportFixtures.exact(kept(source)))
          #expect(ExportFixtures.exact(back.target) == ExportFixtures.exact(kept(target)))
        } catch {
          Issue.record("\(writer.formatName) could not read back \(ExportFixtures.exact(source)): \(error)")
        }
      }
    }

    /// Random text also stays valid TMX and XLIFF (xmllint against the DTD and the strict XSD).
    @Test(arguments: WriterConformanceTests.writers.filter { !($0 is CSVWriter || $0 is XLSXWriter) })
    func randomTextStaysValidXML(_ writer: any BilingualWriter) async throws {
      await propertyCheck(count: 3, input: Self.text.array(of: 30)) { texts in
        let units = texts.enumerated().map { index, text in
          BilingualUnit(
            id: "p:b\(index):s0", source: text, target: String(text.reversed()), targetOrigin: .glossaryDraft,
            kind: .body, block: index, paragraph: index + 1, terms: [UsedTerm(source: text, target: "x")])
        }
        let output = writer.write([BilingualDocument(name: texts.first ?? "p", units: units)])
        do {
          let directory = try ProcessRunner.temporaryDirectory().path
          defer { try? FileManager.default.removeItem(atPath: directory) }
          let path = directory + "/random." + writer.fileExtension
          try AtomicFileWriter(synchronizes: false).write(output.bytes, to: path)
          let schema: XMLValidator.Schema =
            writer is TMXWriter ? .tmx14 : writer is XLIFF2Writer ? .xliff21 : .xliff12Strict
          let problems = try XMLValidator.problems(path, against: schema)
          #expect(problems == nil || problems == "", "\(problems ?? "")")
        } catch {
          Issue.record("\(error)")
        }
      }
    }
  }
}
