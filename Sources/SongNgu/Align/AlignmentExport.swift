import Foundation

/// Writes aligned articles into an output folder, one file (two for Moses) per format.
public enum AlignmentExport {
  /// Writes aligned articles as `name.EXT` in `folder`, one file per format, atomically; returns the paths.
  ///
  /// Pairs scoring below `minScore` are left out of every format; TMX, CSV and Moses also leave out
  /// 1–0 and 0–1 beads. JSONL lines carry `id` (`ARTICLE:N`, N the bead's 0-based number).
  public static func write(
    _ articles: [AlignedPairs], formats: [AlignmentFormat], name: String, to folder: OutputFolder,
    minScore: Double = 0, protecting inputs: [String] = [], writer: AtomicFileWriter = AtomicFileWriter()
  ) throws -> [String] {
    // Paths first (checked in order), then the formats rendered and written in parallel.
    let paths = try formats.map { format in
      try format.fileNames(for: name).map { try folder.path(for: $0, protecting: inputs) }
    }
    let failures = Failures(count: formats.count)
    DispatchQueue.concurrentPerform(iterations: formats.count) { index in
      do {
        try write(articles, format: formats[index], paths: paths[index], minScore: minScore, writer: writer)
      } catch {
        failures.set(index, error)
      }
    }
    if let failure = failures.first { throw failure }
    return paths.flatMap { $0 }
  }

  private static func write(
    _ articles: [AlignedPairs], format: AlignmentFormat, paths: [String], minScore: Double, writer: AtomicFileWriter
  ) throws {
    switch format {
    case .jsonl, .tsv:
      var text = ""
      for article in articles {
        for (number, pair) in article.pairs.enumerated() where pair.score >= minScore {
          text += format == .jsonl ? pair.jsonLine(id: "\(article.name):\(number)") : AlignmentText.tsvLine(pair)
          text += "\n"
        }
      }
      try writer.write(Array(text.utf8), to: paths[0])
    case .tmx, .csv:
      let documents = articles.map { $0.bilingualDocument(minScore: minScore) }
      let output = (format == .tmx ? BilingualFormat.tmx : .csv).writer().write(documents)
      try writer.write(output.bytes, to: paths[0])
    case .moses:
      let text = AlignmentText.moses(articles.lazy.flatMap(\.pairs), minScore: minScore)
      try writer.write(Array(text.vi.utf8), to: paths[0])
      try writer.write(Array(text.en.utf8), to: paths[1])
    }
  }

  /// The first error of each parallel write.
  private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [(any Error)?]

    init(count: Int) { errors = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ error: any Error) {
      lock.lock()
      errors[index] = error
      lock.unlock()
    }

    var first: (any Error)? {
      lock.lock()
      defer { lock.unlock() }
      return errors.compactMap { $0 }.first
    }
  }
}
