import Foundation
import Testing

@testable import SongNgu

extension ExportTests {
  /// The XLSX writer's own parts: the zip it builds, the sheet names Excel accepts, what its reader refuses.
  @Suite struct XLSXWriterTests {
    @Test func crc32MatchesTheCheckValue() {
      #expect(StoredZip.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
      #expect(StoredZip.crc32([]) == 0)
    }

    @Test func storedEntriesReadBack() throws {
      let parts: [(String, [UInt8])] = [("a.xml", Array("<a/>".utf8)), ("dir/b.bin", [0, 1, 2, 255]), ("empty", [])]
      var archive: [UInt8] = []
      let first = parts[0].1
      let second = parts[1].1
      first.withUnsafeBufferPointer { a in
        second.withUnsafeBufferPointer { b in
          StoredZip.archive(
            [
              .init(path: "a.xml", bytes: a), .init(path: "dir/b.bin", bytes: b),
              .init(path: "empty", bytes: .init(start: nil, count: 0)),
            ],
            into: &archive)
        }
      }
      let entries = try StoredZip.entries(of: archive, path: "t.zip")
      #expect(entries.count == 3)
      for (path, bytes) in parts { #expect(entries[path] == bytes) }

      // A flipped byte fails its CRC; a deflated entry is refused with what to do.
      var corrupt = archive
      corrupt[30 + 5] ^= 0xFF
      #expect(throws: SongNguError.self) { try StoredZip.entries(of: corrupt, path: "t.zip") }
      var deflated = archive
      let directory = try #require(deflated.firstRange(of: [0x50, 0x4B, 0x01, 0x02])).lowerBound
      deflated[directory + 10] = 8
      do {
        _ = try StoredZip.entries(of: deflated, path: "t.xlsx")
        Issue.record("a deflated entry was read")
      } catch {
        #expect("\(error)".contains("compressed"), "\(error)")
      }
    }

    @Test func sheetNamesAreOnesExcelAccepts() throws {
      #expect(XLSXWriter.sheetName("nato-trieu-tien") == "nato-trieu-tien")
      #expect(XLSXWriter.sheetName("a[b]:c*d?e/f\\g") == "a_b__c_d_e_f_g")
      #expect(XLSXWriter.sheetName(String(repeating: "đ", count: 40)) == String(repeating: "đ", count: 31))
      #expect(XLSXWriter.sheetName(String(repeating: "👍", count: 20)).utf16.count == 30)
      #expect(XLSXWriter.sheetName("'quoted'") == "_quoted_")
      #expect(XLSXWriter.sheetName("  ") == "Sheet")
      #expect(XLSXWriter.sheetName("a\u{0}b") == "ab")

      // Names equal without case become Sheet N.
      let unit = BilingualUnit(
        id: "a:b0:s0", source: "x", target: "", targetOrigin: .human, kind: .body, block: 0, paragraph: 1)
      let documents = ["Tin", "tin", String(repeating: "x", count: 40), String(repeating: "x", count: 35)].map {
        BilingualDocument(name: $0, units: [unit])
      }
      let read = try XLSXReader().read(XLSXWriter().write(documents).bytes, name: "t.xlsx")
      #expect(read.map(\.name) == ["Tin", "Sheet 2", String(repeating: "x", count: 31), "Sheet 4"])
      #expect(read.allSatisfy { $0.units.map(\.source) == ["x"] })
    }
  }
}
