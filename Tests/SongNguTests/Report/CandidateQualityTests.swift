import Foundation
import SongNgu
import Testing

/// Candidate detection against hand lists: `Fixtures/Coverage/NAME.vi.txt` and `NAME.names.txt` (the
/// article's names, institutions and acronyms, one per line, as written in the text).
///
/// Detection runs without a glossary, so the figures measure the detector alone. Titles are left out
/// of the comparison: they are candidates for coverage but not names.
@Suite struct CandidateQualityTests {
  /// Articles the detector's word lists and rules were tuned on: five from the first version, and six
  /// written for issue 5 (ministries, a court appeal, a province, Russia–Ukraine, electricity prices,
  /// measles), which the detector of the time scored 0.754 recall, 0.730 precision on before it was
  /// changed.
  static let tuning = [
    "metro-tphcm", "bong-da-vong-loai", "vinamilk-quy-3", "blinken-trung-quoc", "sot-xuat-huyet",
    "quoc-hoi-tien-luong", "phuc-tham-hai-long", "nghe-an-cao-toc", "kremlin-ngung-ban", "evn-gia-dien", "vac-xin-soi",
  ]
  /// Written and listed after the first tuning (recall 0.769, precision 0.909 then).
  ///
  /// Issue 5 named its misses (`Tòa án nhân dân`, `Viện kiểm sát nhân dân tối cao`, `Cơ quan Cảnh sát
  /// điều tra`) and the new rules and word lists were written for that kind of name, so it is kept
  /// apart but is no longer truly held out.
  static let heldOut = ["van-thinh-phat"]
  /// Written and listed after the issue 5 rules were final, and scored once.
  ///
  /// That first run, recall 0.896 (69/77) and precision 0.852 (69/81), gives the only figures here
  /// from articles the rules had not seen. Their misses were then studied (a number after a head, a
  /// legal form after a field word, the first syllable of a name taken as a recurrence), so they are
  /// no longer unseen either.
  static let unseen = ["bao-so-3", "samsung-thai-nguyen", "derby-thu-do", "viet-nam-mong-co"]
  /// Written for issue 16 (a trade agreement, programme and forum titles, currency codes; phone models
  /// with digits and lower-case brands; foreign names with particles, a country with a surname inside),
  /// scored before the issue 16 detector changes (recall 0.795, 58/73; precision 0.659, 58/88), then
  /// tuned on.
  static let scraped = ["hat-dieu-cptpp", "dien-thoai-cuoi-nam", "porto-derby"]
  /// Written for issue 16 after the detector changes above, scored once before any change for them
  /// (recall 0.887, 47/53; precision 0.904, 47/52), then tuned on.
  static let scrapedLater = ["lua-dao-ngan-hang", "fed-lai-suat"]
  /// A third batch (a film festival, football), scored once before any change for them (recall and
  /// precision 0.913, 42/46), then tuned on.
  static let scrapedThird = ["phim-lien-hoan", "v-league-hai-phong"]
  /// The held-out set: eight articles and hand lists by a separate writer who never saw the detector
  /// (its convention and judgement calls are in `Fixtures/Coverage/HELD-OUT.md`).
  ///
  /// Added after the rules above were final and scored once, before any change: recall 0.902
  /// (259/287), precision 0.849 (259/305). The detector was not changed for it until the second round
  /// of issue 16, which studied its misses (recall 0.920, precision 0.886 before that round), so it is
  /// a tuning set now; the issue's bars are asserted on it.
  static let independent = [
    "han-man-dbscl", "phuc-tham-hoang-phat", "cao-toc-lam-dong", "asean-ngoai-truong", "vn-index-1400",
    "v-league-nam-dinh", "soi-ha-noi", "vi-mach-da-nang",
  ]

  /// The distinct non-title candidate texts of an article.
  static func detected(_ name: String, folder: String = "Coverage") throws -> Set<String> {
    let document = try ArticleReader(lines: try LineReader(path: Paths.fixture("\(folder)/\(name).vi.txt")))
      .readDocument(name: name)
    let sentences = document.translatableSentences
    var result = Set<String>()
    for (sentence, spans) in zip(sentences, CandidateDetector().candidates(in: sentences)) {
      let units = Array(sentence.text.utf16)
      for span in spans where span.kind != .title {
        result.insert(String(decoding: units[span.range], as: UTF16.self))
      }
    }
    return result
  }

  static func expected(_ name: String) throws -> Set<String> {
    Set(try Paths.read(Paths.fixture("Coverage/\(name).names.txt")).split(separator: "\n").map(String.init))
  }

  @Test func recallAndPrecisionMeetTheBars() throws {
    let tuning = try score(Self.tuning, label: "tuning articles")
    let heldOut = try score(Self.heldOut, label: "held-out article")
    let unseen = try score(Self.unseen, label: "unseen articles")
    let scraped = try score(Self.scraped, label: "issue 16 articles")
    let scrapedLater = try score(Self.scrapedLater, label: "issue 16 articles, second batch")
    let scrapedThird = try score(Self.scrapedThird, label: "issue 16 articles, third batch")
    let independent = try score(Self.independent, label: "held-out set by another writer")
    let all = try score(
      Self.tuning + Self.heldOut + Self.unseen + Self.scraped + Self.scrapedLater + Self.scrapedThird
        + Self.independent,
      label: "all articles")
    _ = (tuning, heldOut, unseen, scraped, scrapedLater, scrapedThird)
    #expect(independent.recall >= 0.9)
    #expect(independent.precision >= 0.8)
    #expect(all.recall >= 0.9)
    #expect(all.precision >= 0.8)
  }

  /// A tuning set of `Fixtures/Coverage/` with its bars: twelve articles each by writers who never read
  /// the code, acceptable alternative forms in `ALTERNATIVES.tsv` (each folder's README).
  struct TuningSet: Sendable, CustomTestStringConvertible {
    var folder: String
    var recall: Double
    var precision: Double
    var testDescription: String { folder }
  }

  /// Each set's figures when it was last tuned on, less a margin: `Tuning` at recall 0.984, precision
  /// 0.972 (issue 16, third round and after); `Tuning2` (first scored 0.877 / 0.866) at 0.946 / 0.941 and
  /// `Tuning3` (first scored as a check set, 0.877 / 0.882) at 0.930 / 0.930 after the fourth round;
  /// `Tuning4` (first scored 0.925 / 0.911) at 0.949 / 0.942 after the fifth, and `Tuning5` (first scored
  /// 0.940 / 0.910) at 0.960 / 0.938; `Tuning6` (first scored 0.927 / 0.904) at 0.937 / 0.920; `Tuning7`
  /// (first scored 0.888 / 0.853), `Tuning8` (first scored 0.922 / 0.904), `Tuning9` (first scored 0.930 /
  /// 0.932) and `Tuning10` (first scored 0.924 / 0.929) at 0.928 / 0.916, 0.946 / 0.934, 0.961 / 0.966 and
  /// 0.937 / 0.940 in the sixth round; `Tuning11` (first scored 0.945 / 0.925) and `Tuning12` (first scored
  /// 0.905 / 0.897) at 0.957 / 0.944 and 0.939 / 0.934 in the seventh, and `Tuning13` (first scored 0.928 /
  /// 0.899) at 0.950 / 0.924, `Tuning14` (first scored 0.902 / 0.898) at 0.920 / 0.912 and `Tuning15` (first
  /// scored 0.940 / 0.922) at 0.948 / 0.932, `Tuning16` (first scored 0.909 / 0.889) at 0.920 / 0.906; in the
  /// eighth `Tuning17` (first scored 0.947 / 0.944), `Tuning18` (first scored 0.961 / 0.936) and `Tuning19`
  /// (first scored 0.954 / 0.944).
  static let tuningSets = [
    TuningSet(folder: "Coverage/Tuning", recall: 0.97, precision: 0.96),
    TuningSet(folder: "Coverage/Tuning2", recall: 0.93, precision: 0.93),
    TuningSet(folder: "Coverage/Tuning3", recall: 0.92, precision: 0.92),
    TuningSet(folder: "Coverage/Tuning4", recall: 0.93, precision: 0.93),
    TuningSet(folder: "Coverage/Tuning5", recall: 0.94, precision: 0.92),
    TuningSet(folder: "Coverage/Tuning6", recall: 0.92, precision: 0.90),
    TuningSet(folder: "Coverage/Tuning7", recall: 0.91, precision: 0.89),
    TuningSet(folder: "Coverage/Tuning8", recall: 0.93, precision: 0.92),
    TuningSet(folder: "Coverage/Tuning9", recall: 0.94, precision: 0.94),
    TuningSet(folder: "Coverage/Tuning10", recall: 0.92, precision: 0.92),
    TuningSet(folder: "Coverage/Tuning11", recall: 0.94, precision: 0.93),
    TuningSet(folder: "Coverage/Tuning12", recall: 0.92, precision: 0.92),
    TuningSet(folder: "Coverage/Tuning13", recall: 0.93, precision: 0.91),
    TuningSet(folder: "Coverage/Tuning14", recall: 0.90, precision: 0.89),
    TuningSet(folder: "Coverage/Tuning15", recall: 0.93, precision: 0.91),
    TuningSet(folder: "Coverage/Tuning16", recall: 0.90, precision: 0.89),
    TuningSet(folder: "Coverage/Tuning17", recall: 0.93, precision: 0.93),
    TuningSet(folder: "Coverage/Tuning18", recall: 0.94, precision: 0.92),
    TuningSet(folder: "Coverage/Tuning19", recall: 0.95, precision: 0.94),
  ]

  /// A tuning set, scored as its `tools/score.py` scores it: a listed name also counts as found when
  /// every piece of one of its alternatives is a candidate, and those pieces count as right.
  @Test(arguments: tuningSets) func tuningSetMeetsTheBars(_ set: TuningSet) throws {
    let folder = Paths.fixture(set.folder)
    var alternatives: [String: [String: [[String]]]] = [:]
    for line in try Paths.read(folder + "/ALTERNATIVES.tsv").split(separator: "\n").dropFirst() {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard columns.count >= 3 else { continue }
      let pieces = columns[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      alternatives[columns[0], default: [:]][columns[1], default: []].append(pieces)
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".vi.txt") }
      .map { String($0.dropLast(".vi.txt".count)) }.sorted()
    #expect(names.count == 12)
    var found = 0
    var right = 0
    var detectedCount = 0
    var expectedCount = 0
    for name in names {
      let detected = try Self.detected(name, folder: set.folder)
      let expected = Set(try Paths.read(folder + "/\(name).names.txt").split(separator: "\n").map(String.init))
      var hits = detected.intersection(expected)
      var explained = hits
      for listed in expected.subtracting(detected) {
        for pieces in alternatives[name]?[listed] ?? [] where pieces.allSatisfy(detected.contains) {
          hits.insert(listed)
          explained.formUnion(pieces)
          break
        }
      }
      found += hits.count
      right += explained.count
      detectedCount += detected.count
      expectedCount += expected.count
      print(
        "\(name): recall \(hits.count)/\(expected.count), precision \(explained.count)/\(detected.count); "
          + "missed \(expected.subtracting(hits).sorted()); extra \(detected.subtracting(explained).sorted())")
    }
    let recall = Double(found) / Double(expectedCount)
    let precision = Double(right) / Double(detectedCount)
    print(
      "candidate detection, \(set.folder): recall \(String(format: "%.3f", recall)) (\(found)/\(expectedCount)), "
        + "precision \(String(format: "%.3f", precision)) (\(right)/\(detectedCount))")
    #expect(recall >= set.recall)
    #expect(precision >= set.precision)
  }

  /// Prints and returns recall and precision over `articles`.
  func score(_ articles: [String], label: String) throws -> (recall: Double, precision: Double) {
    var found = 0
    var detectedCount = 0
    var expectedCount = 0
    for name in articles {
      let detected = try Self.detected(name)
      let expected = try Self.expected(name)
      let hits = detected.intersection(expected)
      found += hits.count
      detectedCount += detected.count
      expectedCount += expected.count
      if label != "all articles" {
        print(
          "\(name): recall \(hits.count)/\(expected.count), precision \(hits.count)/\(detected.count); "
            + "missed \(expected.subtracting(detected).sorted()); extra \(detected.subtracting(expected).sorted())")
      }
    }
    let recall = Double(found) / Double(expectedCount)
    let precision = Double(found) / Double(detectedCount)
    print(
      "candidate detection, \(label): recall \(String(format: "%.3f", recall)) (\(found)/\(expectedCount)), "
        + "precision \(String(format: "%.3f", precision)) (\(found)/\(detectedCount))")
    return (recall, precision)
  }
}
