import Foundation
import Testing

/// `prepare --omegat DIR` opened by OmegaT itself (Debian's `omegat` 3.6, console mode) on the
/// sample and twelve fixture articles: OmegaT's segments are songngu's sentences, OmegaT reads every
/// glossary of the kit, inserts no draft, and a translated kit merges back with `songngu merge`.
///
/// Needs Java, OmegaT at /usr/share/omegat/OmegaT.jar and Groovy (an OmegaT dependency; `.ci/run`
/// installs them); without them the test fails and says so.
@Suite struct OmegaTKitTests {
  static let omegat = "/usr/share/omegat/OmegaT.jar"
  static let fixtures = [
    "asean-ngoai-truong", "bao-so-3", "blinken-trung-quoc", "bong-da-vong-loai", "cao-toc-lam-dong", "derby-thu-do",
    "evn-gia-dien", "han-man-dbscl", "kremlin-ngung-ban", "metro-tphcm", "nghe-an-cao-toc", "quoc-hoi-tien-luong",
  ]

  func omegaT(_ arguments: [String], config: URL) throws -> CLI.Result {
    try CLI.tool("java", ["-jar", Self.omegat] + arguments + ["--config-dir=" + config.path, "--quiet"])
  }

  /// The `<seg>` texts of a TMX's Vietnamese `<tuv>`s.
  static func vietnameseSegments(_ tmx: String) throws -> [String] {
    let pattern = try NSRegularExpression(
      pattern: "<tuv (?:xml:)?lang=\"vi-VN\">\\s*<seg>(.*?)</seg>", options: [.dotMatchesLineSeparators])
    let text = tmx as NSString
    return pattern.matches(in: tmx, range: NSRange(location: 0, length: text.length)).map { match in
      text.substring(with: match.range(at: 1)).replacingOccurrences(of: "&lt;", with: "<")
        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
        .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
  }

  @Test func omegaTSegmentsLikeSongnguLoadsTheGlossariesAndTheTranslationMergesBack() throws {
    guard FileManager.default.fileExists(atPath: Self.omegat) else {
      Issue.record("OmegaT not found at \(Self.omegat): run `apt-get install omegat`")
      return
    }
    let root = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let kit = root.appendingPathComponent("kit")
    let config = root.appendingPathComponent("config")
    let articles =
      ["samples/nato-trieu-tien.vi.txt"] + Self.fixtures.map { "Tests/SongNguTests/Fixtures/Coverage/\($0).vi.txt" }
    let prepared = try CLI.run(
      ["prepare"] + articles + [
        "--omegat", kit.path, "--out", root.appendingPathComponent("out").path, "--formats", "csv",
      ])
    #expect(prepared.status == 0, "\(prepared.stderr)")
    #expect(prepared.stdout.contains("omegat kit \(kit.path): 13 articles in source/"), "\(prepared.stdout)")

    // songngu's sentences, as the CSV files list them.
    var sentences: [String] = []
    for name in ["nato-trieu-tien"] + Self.fixtures {
      let csv = try String(contentsOf: root.appendingPathComponent("out/\(name).csv"), encoding: .utf8)
      sentences += try #require(CSVRows.sources(csv))
    }

    // OmegaT's segments: every source segment of the project, in a pseudo-translated TMX.
    let pseudo = root.appendingPathComponent("pseudo.tmx")
    let listed = try omegaT(
      [
        kit.path, "--mode=console-createpseudotranslatetmx", "--pseudotranslatetmx=" + pseudo.path,
        "--pseudotranslatetype=equal",
      ], config: config)
    #expect(listed.status == 0, "OmegaT failed: \(listed.stdout)\(listed.stderr)")
    let segments = Set(try Self.vietnameseSegments(String(contentsOf: pseudo, encoding: .utf8)))
    let ours = Set(sentences)
    let songnguInOmegaT = Double(ours.intersection(segments).count) / Double(ours.count)
    let omegaTInSongngu = Double(segments.intersection(ours).count) / Double(segments.count)
    print(
      "OmegaT kit agreement: \(ours.count) songngu sentences, \(segments.count) OmegaT segments; "
        + "songngu→OmegaT \(songnguInOmegaT), OmegaT→songngu \(omegaTInSongngu)")
    #expect(songnguInOmegaT >= 0.98 && omegaTInSongngu >= 0.98)

    // OmegaT's own glossary reader reads every row of every glossary in the kit.
    let glossaries = try FileManager.default.contentsOfDirectory(atPath: kit.appendingPathComponent("glossary").path)
    #expect(glossaries.sorted() == ["cldr-vi-en.txt", "news-vi-en.txt", "vietnam-admin-vi-en.txt"])
    let script = root.appendingPathComponent("count.groovy")
    try """
    import org.omegat.gui.glossary.GlossaryReaderTSV
    args.each { println GlossaryReaderTSV.read(new File(it), false).size() }
    """.write(to: script, atomically: true, encoding: .utf8)
    let java = URL(
      fileURLWithPath: try CLI.tool("readlink", ["-f", "/usr/bin/java"]).stdout.trimmingCharacters(
        in: .whitespacesAndNewlines))
    let javaHome = java.deletingLastPathComponent().deletingLastPathComponent().path
    let paths = glossaries.sorted().map { kit.appendingPathComponent("glossary/\($0)").path }
    let counted = try CLI.tool(
      "groovy", ["-cp", Self.omegat, script.path] + paths, environment: ["JAVA_HOME": javaHome, "LANG": "C"])
    #expect(counted.status == 0, "groovy failed: \(counted.stderr)")
    var rows: [Int] = []
    for path in paths {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      rows.append(text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.count)
    }
    print("OmegaT glossary entries: \(counted.stdout.split(separator: "\n").joined(separator: ", ")) (rows \(rows))")
    #expect(counted.stdout.split(separator: "\n").compactMap { Int($0) } == rows)
    #expect(rows.allSatisfy { $0 > 100 })

    // The drafts in tm/ are offered, never inserted: OmegaT's translated documents are the sources.
    let translated = try omegaT([kit.path, "--mode=console-translate"], config: config)
    #expect(translated.status == 0, "OmegaT failed: \(translated.stdout)\(translated.stderr)")
    for name in ["nato-trieu-tien"] + Self.fixtures {
      let source = try String(contentsOf: kit.appendingPathComponent("source/\(name).txt"), encoding: .utf8)
      let target = try String(contentsOf: kit.appendingPathComponent("target/\(name).txt"), encoding: .utf8)
      #expect(source == target, "\(name): OmegaT inserted something")
    }
    let refused = try CLI.run(["merge", kit.path, "--out", root.appendingPathComponent("en").path])
    #expect(refused.status == 1 && refused.stderr.contains("not translated in OmegaT"))

    // A translator's memory gives every distinct sentence a marker (OmegaT translates a repeated
    // sentence once); the kit merges back as each article with its sentences replaced by markers.
    var markerOf: [String: String] = [:]
    var units: [String] = []
    var expected: [String: String] = [:]
    for name in ["nato-trieu-tien"] + Self.fixtures {
      let source = try String(contentsOf: kit.appendingPathComponent("source/\(name).txt"), encoding: .utf8)
      var blocks: [[String]] = [[]]
      for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        guard !line.isEmpty else {
          if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
          continue
        }
        let text = String(line)
        if markerOf[text] == nil {
          let marker = "[\(name) \(number + 1)]"
          markerOf[text] = marker
          let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
          units.append(
            "<tu><tuv xml:lang=\"vi-VN\"><seg>\(escaped)</seg></tuv><tuv xml:lang=\"en-US\"><seg>\(marker)</seg></tuv></tu>"
          )
        }
        blocks[blocks.count - 1].append(markerOf[text]!)
      }
      expected[name] = blocks.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }.joined(separator: "\n\n") + "\n"
    }
    let auto = kit.appendingPathComponent("tm/auto")
    try FileManager.default.createDirectory(at: auto, withIntermediateDirectories: true)
    try
      ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"test\" "
      + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en-US\" srclang=\"vi-VN\" "
      + "datatype=\"plaintext\"/><body>" + units.joined() + "</body></tmx>\n").write(
        to: auto.appendingPathComponent("translator.tmx"), atomically: true, encoding: .utf8)
    let filled = try omegaT([kit.path, "--mode=console-translate"], config: config)
    #expect(filled.status == 0)
    let english = root.appendingPathComponent("en")
    let merged = try CLI.run(["merge", kit.path, "--out", english.path])
    #expect(merged.status == 0, "\(merged.stderr)")
    for name in ["nato-trieu-tien"] + Self.fixtures {
      let text = try String(contentsOf: english.appendingPathComponent("\(name).en.txt"), encoding: .utf8)
      #expect(text == expected[name], "\(name)")
    }
  }
}

/// The `source` column of a CSV songngu wrote (every field quoted).
enum CSVRows {
  static func sources(_ csv: String) -> [String]? {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = csv.makeIterator()
    var pending: Character?
    while let character = pending ?? characters.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          let next = characters.next()
          if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(field)
        field = ""
      } else if character == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else if character != "\u{FEFF}" {
        field.append(character)
      }
    }
    guard let header = rows.first, let column = header.firstIndex(of: "source") else { return nil }
    return rows.dropFirst().map { $0[column] }
  }
}
