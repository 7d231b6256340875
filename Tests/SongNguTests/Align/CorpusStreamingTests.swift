import Foundation
import SongNgu
import TestSupport
import Testing

/// Corpus mode streamed: the files equal the whole-file rendering, and the reorder buffer stays bounded.
@Suite struct CorpusStreamingTests {
  static let formats: [AlignmentFormat] = [.tmx, .csv, .moses, .jsonl, .tsv]

  /// The fixture pairs in a temporary folder, and the pairs found there.
  static func fixtureCorpus() throws -> (directory: String, pairs: [CorpusAligner.DocumentPair]) {
    let directory = try ProcessRunner.temporaryDirectory().path
    try FileManager.default.createDirectory(atPath: directory + "/in/sub", withIntermediateDirectories: true)
    for (number, name) in AlignmentFixtures.names.enumerated() {
      for side in ["vi", "en"] {
        try FileManager.default.copyItem(
          atPath: Paths.fixture("Alignment/\(name).\(side).txt"),
          toPath: directory + (number % 2 == 0 ? "/in/" : "/in/sub/") + "\(name).\(side).txt")
      }
    }
    return (directory, try CorpusAligner.findPairs(in: directory + "/in").pairs)
  }

  /// Every format rendered whole from all documents at once, as corpus mode did before streaming.
  static func wholeFileRendering(_ articles: [AlignedPairs], minScore: Double) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    var jsonl = ""
    var tsv = ""
    for article in articles {
      for (number, pair) in article.pairs.enumerated() where pair.score >= minScore {
        jsonl += pair.jsonLine(id: "\(article.name):\(number)") + "\n"
        tsv += TSVAlignmentWriter().line(pair) + "\n"
      }
    }
    let documents = articles.map { $0.bilingualDocument(minScore: minScore) }
    let moses = MosesAlignmentWriter().files(of: articles.lazy.flatMap(\.pairs), minScore: minScore)
    files["corpus.jsonl"] = Array(jsonl.utf8)
    files["corpus.tsv"] = Array(tsv.utf8)
    files["corpus.tmx"] = TMXWriter().write(documents).bytes
    files["corpus.csv"] = CSVWriter().write(documents).bytes
    files["corpus.vi"] = Array(moses.vi.utf8)
    files["corpus.en"] = Array(moses.en.utf8)
    return files
  }

  /// Streams `pairs` into `out` and returns the files written there by name.
  static func streamed(
    _ pairs: [CorpusAligner.DocumentPair], workers: Int, minScore: Double, rendersOnWorkers: Bool, out: String
  ) throws -> [String: [UInt8]] {
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let stream = try AlignmentExport.Stream(
      formats: formats, name: "corpus", to: OutputFolder(out), minScore: minScore,
      writer: AtomicFileWriter(synchronizes: false))
    if rendersOnWorkers {
      let renderer = stream.renderer
      try CorpusAligner(presegmented: true).run(
        pairs, workers: workers,
        prepare: { outcome -> AlignmentExport.Rendered? in
          guard case .aligned(let document, _) = outcome else { return nil }
          return renderer.render(document)
        }
      ) { rendered in
        if let rendered { try stream.append(rendered) }
      }
    } else {
      try CorpusAligner(presegmented: true).run(pairs, workers: workers) { outcome in
        if case .aligned(let document, _) = outcome { try stream.append(document) }
      }
    }
    let written = try stream.finish()
    #expect(written.count == 6)
    var files: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: out) {
      files[name] = Array(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)))
    }
    return files
  }

  @Test(arguments: [1, 2])
  func streamedFilesEqualTheWholeFileRendering(workers: Int) throws {
    let (directory, pairs) = try Self.fixtureCorpus()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(pairs.count == AlignmentFixtures.names.count)
    let documents = CorpusAligner(presegmented: true).run(pairs, workers: 1).documents
    for minScore in [0, 0.8] {
      let expected = Self.wholeFileRendering(documents, minScore: minScore)
      for rendersOnWorkers in [false, true] {
        let files = try Self.streamed(
          pairs, workers: workers, minScore: minScore, rendersOnWorkers: rendersOnWorkers,
          out: directory + "/out-\(minScore)-\(rendersOnWorkers)")
        #expect(files.keys.sorted() == expected.keys.sorted(), "no temporary files left")
        for (name, bytes) in expected {
          #expect(files[name] == bytes, "\(name), \(workers) workers, min score \(minScore), \(rendersOnWorkers)")
        }
      }
      // The whole-file entry point writes the same bytes.
      let whole = directory + "/whole-\(minScore)"
      try FileManager.default.createDirectory(atPath: whole, withIntermediateDirectories: true)
      _ = try AlignmentExport.write(
        documents, formats: Self.formats, name: "corpus", to: OutputFolder(whole), minScore: minScore,
        writer: AtomicFileWriter(synchronizes: false))
      for (name, bytes) in expected {
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: whole + "/" + name))) == bytes, "\(name)")
      }
    }
  }

  @Test func emptyCorpusAndEmptyDocumentsMatchTheWholeFileRendering() throws {
    let directory = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let articles = [
      AlignedPairs(name: "none", pairs: []),
      AlignedPairs(name: "low", pairs: [AlignedPair(vi: "Thấp.", en: "Low.", score: 0.1, bead: "1-1")]),
      AlignedPairs(name: "x", pairs: [AlignedPair(vi: "Một.", en: "One.", score: 0.9, bead: "1-1")]),
    ]
    for (index, subset) in [[], Array(articles.prefix(2)), articles].enumerated() {
      let out = directory + "/\(index)"
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      _ = try AlignmentExport.write(
        subset, formats: Self.formats, name: "corpus", to: OutputFolder(out), minScore: 0.5,
        writer: AtomicFileWriter(synchronizes: false))
      for (name, bytes) in Self.wholeFileRendering(subset, minScore: 0.5) {
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))) == bytes, "\(name), \(index)")
      }
    }
  }

  @Test func reorderBufferStaysWithinItsBound() throws {
    let (directory, fixturePairs) = try Self.fixtureCorpus()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // Enough documents to fill the window many times over; a slow consumer makes workers wait.
    let pairs = (0..<3).flatMap { _ in fixturePairs }
    var names: [String] = []
    for (workers, window) in [(1, 1), (2, 3), (2, nil)] {
      names = []
      let statistics = CorpusAligner(presegmented: true).run(pairs, workers: workers, window: window) { outcome in
        if case .aligned(let document, _) = outcome { names.append(document.name) }
        usleep(2000)
      }
      #expect(statistics.bound == (window ?? 4 * workers))
      #expect(statistics.highWater >= 1)
      #expect(statistics.highWater <= statistics.bound, "\(workers) workers, window \(String(describing: window))")
      #expect(names == pairs.map(\.name), "pair order")
    }
  }

  @Test func aFailingConsumerStopsTheRunAndLeavesNoTemporaryFiles() throws {
    let (directory, pairs) = try Self.fixtureCorpus()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let out = directory + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try "old\n".write(toFile: out + "/corpus.jsonl", atomically: true, encoding: .utf8)
    struct Stop: Error {}
    var consumed = 0
    #expect(throws: Stop.self) {
      let stream = try AlignmentExport.Stream(
        formats: Self.formats, name: "corpus", to: OutputFolder(out), writer: AtomicFileWriter(synchronizes: false))
      try CorpusAligner(presegmented: true).run(pairs, workers: 2, window: 2) { outcome in
        if case .aligned(let document, _) = outcome { try stream.append(document) }
        consumed += 1
        if consumed == 3 {
          stream.discard()
          throw Stop()
        }
      }
    }
    #expect(consumed == 3)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["corpus.jsonl"])
    #expect(try Paths.read(out + "/corpus.jsonl") == "old\n")
  }

  @Test func incrementalFileIsAtomic() throws {
    let directory = try ProcessRunner.temporaryDirectory().path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/a.txt"
    try "before".write(toFile: path, atomically: true, encoding: .utf8)
    let writer = AtomicFileWriter(synchronizes: false)
    let file = try writer.begin(path)
    #expect(file.temporaryPath.hasPrefix(directory + "/.a.txt.tmp-"))
    try file.append(String(repeating: "x", count: 100_000))
    try file.append("y")
    #expect(try Paths.read(path) == "before")
    try file.commit()
    #expect(try Paths.read(path) == String(repeating: "x", count: 100_000) + "y")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["a.txt"])
    #expect(throws: SongNguError.self) { try file.append("z") }

    let dropped = try writer.begin(path)
    try dropped.append("never")
    dropped.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["a.txt"])
    #expect(try Paths.read(path).hasSuffix("y"))
  }
}
