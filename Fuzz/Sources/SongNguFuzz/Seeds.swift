import Foundation
import SongNgu

/// Writes a seed corpus for every target from the repository's own files (`--write-seeds REPO OUT`):
/// articles from the test fixtures and samples, glossaries from glossaries/, bilingual files written
/// by songngu's writers from prepared fixture articles, JSONL records from the alignment fixtures.
///
/// Seeds are small on purpose (a glossary is cut into pieces of a dozen entries): libFuzzer mutates
/// every input it keeps, and a short input runs many times faster.
enum Seeds {
  static func write(repository: String, to folder: String) throws {
    let root = URL(fileURLWithPath: repository)
    let out = URL(fileURLWithPath: folder)
    var written: [FuzzTarget: Int] = [:]
    func seed(_ target: FuzzTarget, _ name: String, _ bytes: [UInt8]) throws {
      let directory = out.appendingPathComponent(target.rawValue)
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(bytes).write(to: directory.appendingPathComponent(name))
      written[target, default: 0] += 1
    }
    func files(_ path: String, _ suffix: String) -> [URL] {
      let directory = root.appendingPathComponent(path)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
    }
    func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

    // Articles: Vietnamese and English fixtures as they are, and a few in the forms the reader must
    // recognise (double-encoded UTF-8, UTF-16 with a byte-order mark, CRLF).
    let articles =
      files("Tests/SongNguTests/Fixtures/Alignment", ".txt") + files("Tests/SongNguTests/Fixtures/Coverage", ".vi.txt")
      + files("Tests/SongNguTests/Fixtures/Segmentation", ".txt") + files("samples", ".txt")
    for url in articles { try seed(.article, url.lastPathComponent, bytes(url)) }
    for url in articles.filter({ $0.lastPathComponent.hasSuffix(".vi.txt") }).prefix(3) {
      let text = String(decoding: try bytes(url), as: UTF8.self)
      let latin1 = String(String.UnicodeScalarView(try bytes(url).map { Unicode.Scalar($0) }))
      try seed(.article, "mojibake-latin1-" + url.lastPathComponent, Array(latin1.utf8))
      try seed(
        .article, "utf16le-" + url.lastPathComponent,
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      try seed(.article, "crlf-" + url.lastPathComponent, Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    }

    // Glossaries: the start of each file as it is, and every glossary cut into pieces written in each format.
    let glossaryTargets: [GlossaryFormat: FuzzTarget] = [.tsv: .glossaryTSV, .csv: .glossaryCSV, .tbx: .glossaryTBX]
    for url in files("glossaries", "") {
      guard let format = GlossaryFormat(path: url.path), let target = glossaryTargets[format] else { continue }
      let lines = String(decoding: try bytes(url), as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      try seed(target, "head-" + url.lastPathComponent, Array(lines.prefix(30).joined(separator: "\n").utf8))
      let file = try format.reader.read(path: url.path)
      for (index, start) in stride(from: 0, to: min(file.entries.count, 240), by: 12).enumerated() {
        let piece = Glossary(entries: Array(file.entries[start..<min(start + 12, file.entries.count)]))
        for (other, otherTarget) in glossaryTargets {
          try seed(
            otherTarget, "\(url.deletingPathExtension().lastPathComponent)-\(index).\(other.rawValue)",
            Array(other.writer.write(piece).utf8))
        }
      }
    }

    // Bilingual files: fixture articles prepared and written in every format, in pieces of a few
    // units (one whole article per format too), and the export snapshots.
    let bilingualTargets: [BilingualFormat: FuzzTarget] = [
      .tmx: .tmx, .xliff: .xliff, .xliff2: .xliff2, .csv: .csv, .xlsx: .xlsx,
    ]
    for url in files("Tests/SongNguTests/Fixtures/Alignment", ".vi.txt").prefix(4) + files("samples", ".vi.txt") {
      let article = try FuzzTarget.preparer.prepare(bytes: try bytes(url), name: url.lastPathComponent)
      var pieces = [article.bilingual]
      for start in stride(from: 0, to: min(article.bilingual.units.count, 12), by: 4) {
        var piece = article.bilingual
        piece.units = Array(piece.units[start..<min(start + 4, piece.units.count)])
        pieces.append(piece)
      }
      for (index, piece) in pieces.enumerated() {
        for (format, target) in bilingualTargets {
          let writer = format.writer()
          try seed(target, "\(article.bilingual.name)-\(index).\(writer.fileExtension)", writer.write([piece]).bytes)
        }
      }
    }
    for url in files("Tests/SongNguTests/Export/Snapshots", "") {
      guard let format = BilingualFormat(fileExtension: url.pathExtension), let target = bilingualTargets[format] else {
        continue
      }
      try seed(target, "snapshot-" + url.lastPathComponent, bytes(url))
    }

    // JSONL: each aligned fixture pair as one record, and one stream of several with a bad line.
    var records: [String] = []
    for vi in files("Tests/SongNguTests/Fixtures/Alignment", ".vi.txt") {
      let en = URL(fileURLWithPath: vi.path.replacingOccurrences(of: ".vi.txt", with: ".en.txt"))
      guard FileManager.default.fileExists(atPath: en.path) else { continue }
      let id = vi.lastPathComponent.replacingOccurrences(of: ".vi.txt", with: "")
      let record: [String: String] = [
        "id": id, "vi": String(decoding: try bytes(vi), as: UTF8.self),
        "en": String(decoding: try bytes(en), as: UTF8.self),
      ]
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      let line = String(decoding: try encoder.encode(record), as: UTF8.self)
      records.append(line)
      try seed(.jsonl, id + ".jsonl", Array((line + "\n").utf8))
    }
    let stream = records.prefix(2) + ["{\"id\":\"bad\",\"vi\":1}", "not json"] + records.dropFirst(2).prefix(1)
    try seed(.jsonl, "stream.jsonl", Array((stream.joined(separator: "\n") + "\n").utf8))

    for target in FuzzTarget.allCases {
      print("\(target.rawValue): \(written[target] ?? 0) seeds")
    }
  }
}
