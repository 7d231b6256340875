import Testing

@testable import SongNgu

/// The literals writers append for enum values are the values' raw spellings, which readers parse.
@Suite struct SpellingTests {
  @Test func blockKindsAndTargetOriginsAreSpelledAsTheirRawValues() {
    for kind in BlockKind.allCases { #expect(kind.spelling.description == kind.rawValue) }
    for origin in TargetOrigin.allCases { #expect(origin.spelling.description == origin.rawValue) }
  }
}
