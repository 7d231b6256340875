// swift-tools-version:6.1
import PackageDescription

// Benchmarks, kept out of the main package so `swift build` and `swift test` never build them.
// Run: swift run -c release --package-path Benchmarks SegmentBenchmark
//      swift run -c release --package-path Benchmarks PrepareBenchmark
//      swift run -c release --package-path Benchmarks TermBenchmark
//      swift run -c release --package-path Benchmarks CoverageBenchmark
//      swift run -c release --package-path Benchmarks CorpusBenchmark
let package = Package(
  name: "songngu-benchmarks",
  dependencies: [
    .package(name: "songngu", path: "..")
  ],
  targets: [
    // What the benchmarks share: a seeded generator, the generated news text, peak memory.
    .target(
      name: "BenchmarkSupport",
      dependencies: [.product(name: "SongNgu", package: "songngu")]
    ),
    // Normalize + segment throughput against raw ICU sentence iteration, and streaming memory.
    .executableTarget(
      name: "SegmentBenchmark",
      dependencies: ["BenchmarkSupport", .product(name: "SongNgu", package: "songngu")]
    ),
    // Whole-process prepare throughput (TMX + CSV with the project glossary) beside segment-only and raw ICU.
    .executableTarget(
      name: "PrepareBenchmark",
      dependencies: ["BenchmarkSupport", .product(name: "SongNgu", package: "songngu")]
    ),
    // Term matching throughput with a small and a very large glossary over the same text.
    .executableTarget(
      name: "TermBenchmark",
      dependencies: ["BenchmarkSupport", .product(name: "SongNgu", package: "songngu")]
    ),
    // Glossary coverage throughput beside segment + match on the same text.
    .executableTarget(
      name: "CoverageBenchmark",
      dependencies: ["BenchmarkSupport", .product(name: "SongNgu", package: "songngu")]
    ),
    // Corpus mode: ~3,000 generated article pairs aligned with 1 and 2 workers; pairs/s, peak memory.
    .executableTarget(
      name: "CorpusBenchmark",
      dependencies: ["BenchmarkSupport", .product(name: "SongNgu", package: "songngu")]
    ),
  ]
)
