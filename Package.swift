// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "songngu",
  products: [
    .library(name: "SongNgu", targets: ["SongNgu"]),
    .executable(name: "songngu", targets: ["songngu"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
  ],
  targets: [
    // C shim: the only place that includes ICU headers (plain C types in its public header).
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
    ),
    // All logic; never imports ArgumentParser.
    .target(
      name: "SongNgu",
      dependencies: ["CICU"],
      // Data compiled into the binary (no resource bundle: a copied binary must still run).
      exclude: ["Draft/Data/README.md", "Align/Data/README.md"],
      resources: [
        .embedInCode("Draft/Data/vi-words.txt"),
        // Common word translations: lexical evidence for the aligner (Align/Data/README.md).
        .embedInCode("Align/Data/vi-en-lexicon.tsv"),
        // The news glossary (glossaries/news-vi-en.csv links here): used when no glossary is given
        // and there is no glossaries/ folder.
        .embedInCode("Glossary/Data/news-vi-en.csv"),
      ]
    ),
    // Thin command line over the library.
    .executableTarget(
      name: "songngu",
      dependencies: ["SongNgu", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    // Tests. What both test targets share (running a process, temporary folders).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "SongNguTests",
      dependencies: ["SongNgu", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
      // Golden files and the interop script are read from the source tree, not bundled.
      exclude: ["Export/Snapshots", "Interop/load_with_translate_toolkit.py", "Interop/read_spreadsheets.py"],
      resources: [.copy("Fixtures")]
    ),
    // Runs the built `songngu` binary: stdout, files written, exit codes.
    .testTarget(
      name: "SongNguCLITests",
      dependencies: ["songngu", "TestSupport"]
    ),
  ]
)
