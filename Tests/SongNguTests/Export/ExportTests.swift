import Testing

/// The export layer's suites, grouped so `swift test --filter Export` runs them all.
@Suite enum ExportTests {}
