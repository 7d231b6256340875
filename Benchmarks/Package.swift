// swift-tools-version:6.1
// Benchmarks for songngu, kept in their own package so the main build and CI stay small.
// Run: swift run -c release --package-path Benchmarks SegmentBenchmark
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between clones.
let songngu = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .lastPathComponent.lowercased()

let package = Package(
  name: "songngu-benchmarks",
  dependencies: [.package(path: "..")],
  targets: [
    .executableTarget(
      name: "SegmentBenchmark",
      dependencies: [.product(name: "SongNgu", package: songngu)]
    )
  ]
)
