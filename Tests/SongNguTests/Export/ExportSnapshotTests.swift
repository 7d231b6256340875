import SongNgu
import Testing

extension ExportTests {
  /// Golden files of one small real article per format (`Snapshots/<testName>.<ext>`).
  @Suite struct ExportSnapshotTests {
    @Test func tmxSnapshot() throws {
      try Snapshot.assertMatches(TMXWriter().write(ExportFixtures.small).bytes, named: "tmxSnapshot", extension: "tmx")
    }

    @Test func xliffSnapshot() throws {
      try Snapshot.assertMatches(
        XLIFFWriter().write(ExportFixtures.small).bytes, named: "xliffSnapshot", extension: "xlf")
    }

    @Test func csvSnapshot() throws {
      try Snapshot.assertMatches(CSVWriter().write(ExportFixtures.small).bytes, named: "csvSnapshot", extension: "csv")
    }

    @Test func datesAppearOnlyWhenGiven() {
      let date = UTCTimestamp(secondsSince1970: 1_795_000_000)
      #expect(!TMXWriter().write(ExportFixtures.small).text.contains("creationdate"))
      #expect(
        TMXWriter(options: .init(creationDate: date)).write(ExportFixtures.small).text.contains(
          "creationdate=\"\(date.tmx)\""))
      #expect(!XLIFFWriter().write(ExportFixtures.small).text.contains(" date="))
      #expect(
        XLIFFWriter(options: .init(date: date)).write(ExportFixtures.small).text.contains(" date=\"\(date.iso8601)\""))
    }

    @Test func timestampsAreSpelledPerFormat() {
      let date = UTCTimestamp(secondsSince1970: 1_795_000_000)
      #expect(date.tmx == "20261118T110640Z")
      #expect(date.iso8601 == "2026-11-18T11:06:40Z")
      #expect(UTCTimestamp(secondsSince1970: 0).iso8601 == "1970-01-01T00:00:00Z")
      #expect(UTCTimestamp(secondsSince1970: 951_782_400).tmx == "20000229T000000Z")
      #expect(UTCTimestamp(secondsSince1970: -1).iso8601 == "1969-12-31T23:59:59Z")
    }
  }
}
