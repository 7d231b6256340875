// swift-tools-version:6.1
// libFuzzer targets for songngu's readers (Fuzz/README.md). A package of its own, so that the main
// package's `swift build` and `swift test` never build it; run it with Fuzz/run.sh.
import PackageDescription

let package = Package(
  name: "songngu-fuzz",
  dependencies: [.package(name: "songngu", path: "..")],
  targets: [
    // The declaration of libFuzzer's driver, which main.swift calls.
    .target(name: "CLibFuzzer"),
    // One binary for every reader, chosen by SONGNGU_FUZZ_TARGET: one instrumented link instead of ten.
    .executableTarget(
      name: "SongNguFuzz",
      dependencies: ["CLibFuzzer", .product(name: "SongNgu", package: "songngu")]
    ),
  ]
)
