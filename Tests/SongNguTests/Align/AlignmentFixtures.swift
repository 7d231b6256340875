import Foundation
import SongNgu

/// Hand-translated article pairs (`Fixtures/Alignment/NAME.vi.txt` + `NAME.en.txt`: one sentence a
/// line, a blank line between paragraphs, line i of one translating line i of the other) and test
/// cases derived from them by deleting and merging sentences, with gold alignments.
enum AlignmentFixtures {
  static let names = [
    "news-01", "news-02", "news-03", "news-04", "news-05", "news-06", "news-07", "news-08", "news-09",
  ]

  /// One gold bead: the sentences (as lines) of each side.
  struct GoldBead: Equatable {
    var vi: [String]
    var en: [String]
    var kind: String { "\(vi.count)-\(en.count)" }
    var key: String { vi.joined(separator: " ") + "\u{1}" + en.joined(separator: " ") }
  }

  /// An aligned test case: paragraphs of gold beads.
  struct Case {
    var name: String
    var paragraphs: [[GoldBead]]

    var beads: [GoldBead] { paragraphs.flatMap { $0 } }

    /// The side's text in the pre-segmented format.
    func presegmented(vi: Bool) -> String {
      paragraphs.map { $0.flatMap { vi ? $0.vi : $0.en }.joined(separator: "\n") }.filter { !$0.isEmpty }
        .joined(separator: "\n\n") + "\n"
    }

    /// The side as an article: each paragraph's sentences joined with spaces.
    func article(vi: Bool) -> String {
      paragraphs.map { $0.flatMap { vi ? $0.vi : $0.en }.joined(separator: " ") }.filter { !$0.isEmpty }
        .joined(separator: "\n\n") + "\n"
    }

    /// The side as subtitles: every sentence broken into lines of at most `width` characters (at
    /// spaces), one line after the other, no blank lines, so many lines end without punctuation.
    func subtitles(vi: Bool, width: Int) -> String {
      var lines: [String] = []
      for sentence in beads.flatMap({ vi ? $0.vi : $0.en }) {
        var line = ""
        for word in sentence.split(separator: " ") {
          if !line.isEmpty && line.count + 1 + word.count > width {
            lines.append(line)
            line = ""
          }
          line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
      }
      return lines.joined(separator: "\n") + "\n"
    }

    /// The gold beads as sentence positions (for pre-segmented input).
    var goldPositions: [AlignmentBead] {
      var vi = 0
      var en = 0
      return beads.map { bead in
        defer {
          vi += bead.vi.count
          en += bead.en.count
        }
        return AlignmentBead(
          viSentences: Array(vi..<(vi + bead.vi.count)), enSentences: Array(en..<(en + bead.en.count)), score: 0)
      }
    }
  }

  /// The fixture pair `name` as a case of 1–1 beads.
  static func pair(_ name: String) throws -> Case {
    func paragraphs(_ path: String) throws -> [[String]] {
      try Paths.read(Paths.fixture("Alignment/" + path)).components(separatedBy: "\n\n").map {
        $0.split(separator: "\n").map(String.init)
      }.filter { !$0.isEmpty }
    }
    let vi = try paragraphs(name + ".vi.txt")
    let en = try paragraphs(name + ".en.txt")
    precondition(vi.map(\.count) == en.map(\.count), "\(name): the two sides' paragraphs differ")
    return Case(
      name: name,
      paragraphs: zip(vi, en).map { zip($0, $1).map { GoldBead(vi: [$0], en: [$1]) } })
  }

  /// A case derived from `base` by deleting and merging sentences.
  ///
  /// `deletions` sentences are deleted (alternately English, leaving 1–0, and Vietnamese, leaving
  /// 0–1) and `merges` pairs of neighbouring sentences merged into one with a semicolon (alternately
  /// English, giving 2–1, and Vietnamese, giving 1–2). The title is never edited.
  static func derive(_ base: Case, seed: UInt64, deletions: Int, merges: Int) -> Case {
    var generator = SplitMix64(seed: seed)
    var paragraphs = base.paragraphs
    var edited = Set<[Int]>()
    func endsPlainly(_ text: String) -> Bool { text.hasSuffix(".") && !text.hasSuffix("./.") && !text.hasSuffix("..") }
    for number in 0..<merges {
      for _ in 0..<200 {
        let p = Int.random(in: 1..<paragraphs.count, using: &generator)
        guard paragraphs[p].count >= 2 else { continue }
        let b = Int.random(in: 0..<(paragraphs[p].count - 1), using: &generator)
        let first = paragraphs[p][b]
        let second = paragraphs[p][b + 1]
        guard !edited.contains([p, b]), !edited.contains([p, b + 1]), first.kind == "1-1", second.kind == "1-1" else {
          continue
        }
        let mergeEnglish = number % 2 == 0
        let (left, right) = mergeEnglish ? (first.en[0], second.en[0]) : (first.vi[0], second.vi[0])
        guard endsPlainly(left) else { continue }
        let merged = String(left.dropLast()) + "; " + right
        let bead =
          mergeEnglish
          ? GoldBead(vi: first.vi + second.vi, en: [merged]) : GoldBead(vi: [merged], en: first.en + second.en)
        paragraphs[p].replaceSubrange(b...(b + 1), with: [bead])
        edited.insert([p, b])
        break
      }
    }
    for number in 0..<deletions {
      for _ in 0..<200 {
        let p = Int.random(in: 1..<paragraphs.count, using: &generator)
        let b = Int.random(in: 0..<paragraphs[p].count, using: &generator)
        guard !edited.contains([p, b]), paragraphs[p][b].kind == "1-1" else { continue }
        // Keep at least one sentence on both sides of a paragraph.
        guard paragraphs[p].filter({ $0.kind == "1-1" }).count >= 3 else { continue }
        if number % 2 == 0 { paragraphs[p][b].en = [] } else { paragraphs[p][b].vi = [] }
        edited.insert([p, b])
        break
      }
    }
    return Case(name: "\(base.name)#\(seed)", paragraphs: paragraphs)
  }

  /// The clean pairs and, for each, `variants` derived cases.
  static func cases(variants: Int = 4) throws -> [Case] {
    var result: [Case] = []
    for (index, name) in names.enumerated() {
      let base = try pair(name)
      result.append(base)
      for variant in 0..<variants {
        result.append(
          derive(
            base, seed: UInt64(index * 100 + variant + 1), deletions: 1 + variant % 3, merges: 1 + (variant + 1) % 2))
      }
    }
    return result
  }
}

/// Strict bead precision, recall and F1: a predicted bead counts only if a gold bead is identical.
struct BeadScore: CustomStringConvertible {
  var truePositives = 0
  var predicted = 0
  var gold = 0
  var omissionsGold = 0
  var omissionsFound = 0

  var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
  var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
  var f1: Double { predicted + gold == 0 ? 0 : 2 * Double(truePositives) / Double(predicted + gold) }

  /// Adds one case: beads compared as keys (multisets).
  mutating func add(predicted: [String], gold: [String], goldOmissions: [String]) {
    var remaining: [String: Int] = [:]
    for key in gold { remaining[key, default: 0] += 1 }
    var found = Set<String>()
    for key in predicted where (remaining[key] ?? 0) > 0 {
      remaining[key, default: 0] -= 1
      truePositives += 1
      found.insert(key)
    }
    self.predicted += predicted.count
    self.gold += gold.count
    omissionsGold += goldOmissions.count
    omissionsFound += goldOmissions.filter { found.contains($0) }.count
  }

  var description: String {
    String(
      format: "P %.4f R %.4f F1 %.4f (%d/%d predicted, %d gold); omissions found %d/%d", precision, recall, f1,
      truePositives, predicted, gold, omissionsFound, omissionsGold)
  }
}
