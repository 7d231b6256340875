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

extension AlignmentFixtures {
  /// The pairs written as a translator translates (`Fixtures/Alignment/Natural/NAME.tsv`: a bead a
  /// line, `vi<TAB>en`, a side's sentences separated by ` | `, an empty side for a sentence left out,
  /// a blank line between paragraphs): added explanations, dropped asides and bylines, true joins.
  static let naturalNames = [
    "natural-01", "natural-02", "natural-03", "natural-04", "natural-05", "natural-06", "natural-07", "natural-08",
  ]

  static func natural() throws -> [Case] {
    try naturalNames.map { name in
      let text = try Paths.read(Paths.fixture("Alignment/Natural/\(name).tsv"))
      var paragraphs: [[GoldBead]] = [[]]
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("#") {
        if line.isEmpty {
          if !(paragraphs.last ?? []).isEmpty { paragraphs.append([]) }
          continue
        }
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
        precondition(cells.count == 2, "\(name): \(line)")
        func sentences(_ cell: Substring) -> [String] {
          cell.isEmpty ? [] : cell.components(separatedBy: " | ")
        }
        paragraphs[paragraphs.count - 1].append(GoldBead(vi: sentences(cells[0]), en: sentences(cells[1])))
      }
      return Case(name: name, paragraphs: paragraphs.filter { !$0.isEmpty })
    }
  }

  /// The edits of `deletionCases()`: what a translator does to a sentence or two.
  enum Edit {
    /// The English of a sentence inside a paragraph left out (1–0).
    case dropEnglish
    /// An English sentence added inside a paragraph, i.e. a Vietnamese one left out here (0–1).
    case dropVietnamese
    /// Two neighbouring sentences' English left out (two 1–0).
    case dropEnglishRun
    /// The English of a paragraph's first sentence left out (a lead or a subheading).
    case dropParagraphStart
    /// The Vietnamese of a paragraph's last sentence left out (an aside at its end).
    case dropParagraphEnd
    /// The English of the shortest sentence left out (a short sentence next to a long one).
    case dropShortest
    /// Two sentences joined in English without a semicolon (a true 2–1).
    case joinEnglish
    /// Two sentences joined in Vietnamese (a true 1–2).
    case joinVietnamese
    /// A Vietnamese sentence dropped right next to a join (0–1 beside a 2–1 or 1–2).
    case dropNextToJoin
  }

  /// The recipes of `deletionCases()`, one case each per fixture pair.
  static let deletionRecipes: [[Edit]] = [
    [.dropEnglish], [.dropVietnamese], [.dropEnglishRun], [.dropParagraphStart, .dropParagraphEnd],
    [.dropShortest], [.joinEnglish, .joinVietnamese], [.joinEnglish, .dropNextToJoin],
    [.joinVietnamese, .dropNextToJoin], [.dropEnglish, .joinEnglish, .dropVietnamese],
  ]

  /// Cases for deletions and joins, derived from every fixture pair by `deletionRecipes` (81 cases):
  /// sentences left out in the places translators leave them out, and joins written as a
  /// translator writes them (`, and` / `, và`, the second sentence's first word lower-cased), so
  /// that a true join does not look like a deletion.
  static func deletionCases() throws -> [Case] {
    var result: [Case] = []
    for (index, name) in names.enumerated() {
      let base = try pair(name)
      for (number, recipe) in deletionRecipes.enumerated() {
        var generator = SplitMix64(seed: UInt64(1000 + index * 100 + number))
        result.append(edited(base, recipe, using: &generator, name: "\(name)~d\(number)"))
      }
    }
    return result
  }

  /// Words that start a sentence and are lower-cased inside one.
  static let starters: Set<String> = [
    "The", "This", "These", "That", "It", "Its", "They", "He", "She", "We", "In", "At", "On", "By", "For", "But",
    "Many", "Most", "Some", "According", "Under", "After", "Before", "During", "Over", "About", "With", "Meanwhile",
    "Theo", "Các", "Những", "Nhiều", "Trong", "Tại", "Đây", "Điều", "Sau", "Trước", "Hiện", "Tuy", "Khi", "Với",
    "Mức", "Việc", "Đến", "Từ", "Năm", "Chỉ", "Ngoài", "Cũng", "Đồng", "Số", "Lượng", "Giá",
  ]

  static func joined(_ left: String, _ right: String, english: Bool) -> String {
    guard left.hasSuffix("."), !left.hasSuffix("..") else { return left + " " + right }
    var words = right.split(separator: " ", maxSplits: 1).map(String.init)
    if let first = words.first, starters.contains(first) { words[0] = first.lowercased() }
    return String(left.dropLast()) + (english ? ", and " : ", và ") + words.joined(separator: " ")
  }

  static func edited<G: RandomNumberGenerator>(_ base: Case, _ recipe: [Edit], using generator: inout G, name: String)
    -> Case
  {
    var paragraphs = base.paragraphs
    var edited = Set<[Int]>()
    var lastJoin: [Int]?
    func free(_ p: Int, _ b: Int) -> Bool {
      b >= 0 && b < paragraphs[p].count && !edited.contains([p, b]) && paragraphs[p][b].kind == "1-1"
    }
    /// A place for an edit: a paragraph after the title and a bead the test allows.
    func place(_ allowed: (Int, Int) -> Bool) -> (Int, Int)? {
      var places: [(Int, Int)] = []
      for p in 1..<paragraphs.count {
        // Keep at least two 1–1 sentences in a paragraph.
        guard paragraphs[p].filter({ $0.kind == "1-1" }).count >= 3 else { continue }
        for b in paragraphs[p].indices where free(p, b) && allowed(p, b) { places.append((p, b)) }
      }
      return places.randomElement(using: &generator)
    }
    func join(english: Bool) {
      guard
        let (p, b) = place({ p, b in
          free(p, b + 1) && paragraphs[p][b].vi[0].hasSuffix(".") && paragraphs[p][b].en[0].hasSuffix(".")
        })
      else { return }
      let first = paragraphs[p][b]
      let second = paragraphs[p][b + 1]
      let bead =
        english
        ? GoldBead(vi: first.vi + second.vi, en: [joined(first.en[0], second.en[0], english: true)])
        : GoldBead(vi: [joined(first.vi[0], second.vi[0], english: false)], en: first.en + second.en)
      paragraphs[p].replaceSubrange(b...(b + 1), with: [bead])
      // Indices after the join move by one.
      edited = Set(edited.map { $0[0] == p && $0[1] > b ? [p, $0[1] - 1] : $0 })
      edited.insert([p, b])
      lastJoin = [p, b]
    }
    func drop(_ p: Int, _ b: Int, english: Bool) {
      if english { paragraphs[p][b].en = [] } else { paragraphs[p][b].vi = [] }
      edited.insert([p, b])
    }
    for edit in recipe {
      switch edit {
      case .dropEnglish:
        if let (p, b) = place({ p, b in b > 0 && b < paragraphs[p].count - 1 }) { drop(p, b, english: true) }
      case .dropVietnamese:
        if let (p, b) = place({ p, b in b > 0 && b < paragraphs[p].count - 1 }) { drop(p, b, english: false) }
      case .dropEnglishRun:
        if let (p, b) = place({ p, b in free(p, b + 1) && paragraphs[p].count >= 4 }) {
          drop(p, b, english: true)
          drop(p, b + 1, english: true)
        }
      case .dropParagraphStart:
        if let (p, b) = place({ _, b in b == 0 }) { drop(p, b, english: true) }
      case .dropParagraphEnd:
        if let (p, b) = place({ p, b in b == paragraphs[p].count - 1 }) { drop(p, b, english: false) }
      case .dropShortest:
        var best: (Int, Int)?
        for p in 1..<paragraphs.count where paragraphs[p].filter({ $0.kind == "1-1" }).count >= 3 {
          for b in paragraphs[p].indices where free(p, b) {
            if best.map({ paragraphs[p][b].vi[0].count < paragraphs[$0.0][$0.1].vi[0].count }) ?? true { best = (p, b) }
          }
        }
        if let (p, b) = best { drop(p, b, english: true) }
      case .joinEnglish: join(english: true)
      case .joinVietnamese: join(english: false)
      case .dropNextToJoin:
        guard let at = lastJoin else { continue }
        let (p, b) = (at[0], at[1])
        let side = [b - 1, b + 1].filter { free(p, $0) && paragraphs[p].filter({ $0.kind == "1-1" }).count >= 3 }
        if let target = side.randomElement(using: &generator) { drop(p, target, english: false) }
      }
    }
    return Case(name: name, paragraphs: paragraphs)
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

  /// Predicted 1–0 and 0–1 beads, and how many of them are gold beads.
  var omissionsPredicted = 0
  var omissionsRight = 0

  /// Adds one case: beads compared as keys (multisets); `isOmission` tells a predicted 1–0 or 0–1.
  mutating func add(
    predicted: [String], gold: [String], goldOmissions: [String], isOmission: (String) -> Bool = { _ in false }
  ) {
    var remaining: [String: Int] = [:]
    for key in gold { remaining[key, default: 0] += 1 }
    var found = Set<String>()
    for key in predicted {
      let right = (remaining[key] ?? 0) > 0
      if isOmission(key) {
        omissionsPredicted += 1
        if right { omissionsRight += 1 }
      }
      guard right else { continue }
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
      format: "P %.4f R %.4f F1 %.4f (%d/%d predicted, %d gold); omissions found %d/%d, %d of %d predicted right",
      precision, recall, f1, truePositives, predicted, gold, omissionsFound, omissionsGold, omissionsRight,
      omissionsPredicted)
  }
}
