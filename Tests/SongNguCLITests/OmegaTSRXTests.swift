import Foundation
import Testing

/// `songngu rules --format srx` read and applied by OmegaT itself (Debian's `omegat` 3.6): OmegaT's
/// SRX bindings load the file and OmegaT's segmenter, with Java's regexes, cuts the fixture articles'
/// lines into the sentences `songngu segment` prints (figures in docs/srx.md).
///
/// Needs Java and OmegaT at /usr/share/omegat/OmegaT.jar (`.ci/run` installs them); without them the
/// test fails and says so.
@Suite struct OmegaTSRXTests {
  /// A Java program (run from source) that reads an SRX file with OmegaT's JAXB classes, as OmegaT reads
  /// its own defaultRules.srx, and prints OmegaT's segments of each line of a file, joined by U+241E.
  ///
  /// With "default" for the file it uses OmegaT's default rules instead, for comparison.
  static let program = """
    import java.io.File;
    import java.io.PrintStream;
    import java.nio.charset.StandardCharsets;
    import java.nio.file.Files;
    import java.util.ArrayList;
    import java.util.List;
    import org.omegat.core.segmentation.MapRule;
    import org.omegat.core.segmentation.Rule;
    import org.omegat.core.segmentation.SRX;
    import org.omegat.core.segmentation.Segmenter;
    import org.omegat.util.Language;

    public class Segment {
      /** The map rules of an SRX file, read with OmegaT's JAXB classes as OmegaT reads its defaultRules.srx. */
      static List<MapRule> read(File file) throws Exception {
        var unmarshaller = javax.xml.bind.JAXBContext.newInstance(gen.core.segmentation.Srx.class).createUnmarshaller();
        var body = ((gen.core.segmentation.Srx) unmarshaller.unmarshal(file)).getBody();
        List<MapRule> maps = new ArrayList<>();
        for (var map : body.getMaprules().getLanguagemap()) {
          for (var languageRule : body.getLanguagerules().getLanguagerule()) {
            if (!languageRule.getLanguagerulename().equals(map.getLanguagerulename())) continue;
            List<Rule> rules = new ArrayList<>();
            for (var rule : languageRule.getRule()) {
              rules.add(new Rule(!"no".equalsIgnoreCase(rule.getBreak()), rule.getBeforebreak().getContent(),
                  rule.getAfterbreak().getContent()));
            }
            maps.add(new MapRule(map.getLanguagerulename(), map.getLanguagepattern(), rules));
          }
        }
        return maps;
      }

      /** Arguments: an SRX file (or "default": OmegaT's own rules), a language code, a file of lines. */
      public static void main(String[] args) throws Exception {
        List<MapRule> maps = args[0].equals("default") ? SRX.getDefault().getMappingRules() : read(new File(args[0]));
        SRX srx = new SRX();
        srx.setMappingRules(maps);
        Segmenter segmenter = new Segmenter();
        segmenter.setSRX(srx);
        Language language = new Language(args[1]);
        System.err.println("OmegaT: " + srx.lookupRulesForLanguage(language).size() + " rules for " + args[1]);
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        for (String line : Files.readAllLines(new File(args[2]).toPath(), StandardCharsets.UTF_8)) {
          out.println(String.join("\\u241E", segmenter.segment(language, line, new ArrayList<>(), new ArrayList<>())));
        }
      }
    }

    """

  /// The articles: the sample, every coverage fixture, and the segmentation fixtures with each
  /// paragraph's sentences joined into one line (written to `folder`).
  static func articles(in folder: URL) throws -> [String] {
    let coverage = CLI.root.appendingPathComponent("Tests/SongNguTests/Fixtures/Coverage")
    var paths = try FileManager.default.contentsOfDirectory(atPath: coverage.path).filter { $0.hasSuffix(".vi.txt") }
      .sorted().map { coverage.appendingPathComponent($0).path }
    paths.append(CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt").path)
    let segmentation = CLI.root.appendingPathComponent("Tests/SongNguTests/Fixtures/Segmentation")
    for name in (1...12).map({ String(format: "news-%02d", $0) }) + ["treebank-01"] {
      let text = try String(contentsOf: segmentation.appendingPathComponent(name + ".txt"), encoding: .utf8)
      let paragraphs = text.components(separatedBy: "\n\n").map {
        $0.split(separator: "\n").joined(separator: " ")
      }
      let path = folder.appendingPathComponent(name + ".vi.txt")
      try (paragraphs.joined(separator: "\n\n") + "\n").write(to: path, atomically: true, encoding: .utf8)
      paths.append(path.path)
    }
    return paths
  }

  @Test func omegaTReadsTheRulesAndSegmentsLikeSongngu() throws {
    let omegat = "/usr/share/omegat/OmegaT.jar"
    guard FileManager.default.fileExists(atPath: omegat) else {
      Issue.record("OmegaT not found at \(omegat): run `apt-get install omegat`")
      return
    }
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let srx = folder.appendingPathComponent("songngu.srx")
    #expect(try CLI.run(["rules", "--format", "srx", "--out", srx.path]).status == 0)
    let program = folder.appendingPathComponent("Segment.java")
    try Self.program.write(to: program, atomically: true, encoding: .utf8)

    // songngu's sentences, from `songngu segment --format jsonl`; OmegaT's segments of the same lines.
    var ours: [String] = []
    var lines: [String] = []
    for path in try Self.articles(in: folder) {
      let segmented = try CLI.run(["segment", path, "--format", "jsonl"])
      #expect(segmented.status == 0, "\(segmented.stderr)")
      for line in segmented.stdout.split(separator: "\n") {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        ours.append(object?["text"] as? String ?? "")
      }
      lines += try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
    }
    let input = folder.appendingPathComponent("lines.txt")
    try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
    let result = try CLI.tool("java", ["-cp", omegat, program.path, srx.path, "vi-VN", input.path])
    #expect(result.status == 0, "OmegaT's segmenter failed: \(result.stderr)")
    let (songnguInOmegaT, omegaTInSongngu) = Self.agreement(ours, result.stdout, label: "songngu's SRX")
    let defaults = try CLI.tool("java", ["-cp", omegat, program.path, "default", "vi-VN", input.path])
    #expect(defaults.status == 0, "OmegaT's segmenter failed: \(defaults.stderr)")
    _ = Self.agreement(ours, defaults.stdout, label: "its default rules")
    #expect(result.stderr.contains("OmegaT: ") && ours.count > 800)
    #expect(songnguInOmegaT >= 0.99 && omegaTInSongngu >= 0.99)
  }

  /// Segment agreement both ways of songngu's sentences and OmegaT's output, counting repeated
  /// sentences as often as they occur; prints it with `label`.
  static func agreement(_ ours: [String], _ output: String, label: String) -> (Double, Double) {
    let theirs = output.split(separator: "\n").flatMap { $0.split(separator: "\u{241E}").map(String.init) }
    var remaining: [String: Int] = [:]
    for sentence in theirs { remaining[sentence, default: 0] += 1 }
    var matched = 0
    var missing: [String] = []
    for sentence in ours {
      if let count = remaining[sentence], count > 0 {
        remaining[sentence] = count - 1
        matched += 1
      } else {
        missing.append(sentence)
      }
    }
    let songnguInOmegaT = Double(matched) / Double(max(ours.count, 1))
    let omegaTInSongngu = Double(matched) / Double(max(theirs.count, 1))
    print(
      "OmegaT with \(label): \(ours.count) songngu sentences, \(theirs.count) OmegaT segments, "
        + "\(matched) identical; songngu→OmegaT \(songnguInOmegaT), OmegaT→songngu \(omegaTInSongngu)")
    for sentence in missing.prefix(5) { print("  songngu only: \(sentence.prefix(120))") }
    return (songnguInOmegaT, omegaTInSongngu)
  }
}
