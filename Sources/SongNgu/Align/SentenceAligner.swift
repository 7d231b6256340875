#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Aligns the sentences of a Vietnamese article with those of its English translation.
///
/// Dynamic programming over the beads 1–1, 1–0, 0–1, 2–1, 1–2 and 2–2 (Gale & Church 1993), each
/// bead's cost being:
/// - the Gale–Church length cost on characters, with the English/Vietnamese length ratio estimated
///   from the two texts and pulled towards `AlignerOptions.lengthRatioPrior`;
/// - the bead's prior (1–1 is by far the most common);
/// - anchors: numbers by value, names and acronyms copied as they are, and glossary terms whose
///   English target (or an alternative) the English side uses. An anchor found on both sides lowers
///   the cost; one found on one side only — while the other document has it elsewhere — raises it;
/// - lexical evidence (`TranslationLexicon`): words a translation links lower the cost, and a
///   sentence that links less than `AlignerOptions.orphanShare` of its known words to the bead's
///   other side pays the orphan cost (`orphanWeight` when it is joined with others in a 2–1, 1–2 or
///   2–2 bead, `mismatchWeight` in a 1–1), so a sentence the translator left out or added becomes its
///   own 1–0 or 0–1 bead (`omissionCost`) rather than part of a join; a join one of whose two
///   sentences brings no evidence of its own while the other explains the bead's other side pays
///   `unsupportedJoinCost`, and `foreignNumberCost` when that sentence has a number the other
///   document lacks;
/// - block structure: headings pair with headings, a bead should start a paragraph on both sides or
///   on neither, and a side should not span two paragraphs (hints, not walls);
/// - boilerplate (web page furniture) on the Vietnamese side is cheap to leave untranslated (1–0)
///   and expensive to pair.
///
/// The search keeps to a band around the diagonal given by the cumulative character lengths, so
/// memory is linear in the number of sentences (one byte of back-pointer per cell of the band); when
/// the best path touches the band's edge the band is doubled and the search repeated.
///
/// An aligner holds no mutable state: one can be shared between threads.
public struct SentenceAligner: Sendable {
  public var options: AlignerOptions
  /// Matches glossary terms on the Vietnamese side, when a glossary is given.
  public let termMatcher: TermMatcher?
  /// The lower-cased English target forms of each glossary entry.
  private let targetForms: [[String]]
  /// Word translations: lexical evidence (the built-in list, the glossary's entries, and what a
  /// corpus or the user adds).
  public let lexicon: TranslationLexicon

  /// An aligner with `glossary`'s terms as anchors and, by default, the built-in lexicon with the
  /// glossary's entries added.
  public init(glossary: Glossary? = nil, lexicon: TranslationLexicon? = nil, options: AlignerOptions = AlignerOptions())
  {
    self.init(termMatcher: glossary.map { TermMatcher(glossary: $0) }, lexicon: lexicon, options: options)
  }

  public init(termMatcher: TermMatcher?, lexicon: TranslationLexicon? = nil, options: AlignerOptions = AlignerOptions())
  {
    self.options = options
    self.termMatcher = termMatcher
    self.targetForms = termMatcher?.glossary.entries.map { $0.targetForms.map { $0.lowercased() } } ?? []
    var words = lexicon ?? .builtIn
    if lexicon == nil, let glossary = termMatcher?.glossary { words = words.adding(glossary) }
    self.lexicon = words
  }

  /// The same aligner with another lexicon (a corpus's learnt one).
  public func with(lexicon: TranslationLexicon) -> SentenceAligner {
    SentenceAligner(termMatcher: termMatcher, lexicon: lexicon, options: options)
  }

  /// Aligns `vi` with `en` (each in reading order; boilerplate included).
  ///
  /// Bead sentence numbers are positions in the two arrays.
  public func align(vi: [Sentence], en: [Sentence]) -> Alignment {
    let features = makeFeatures(vi: vi, en: en)
    return align(features)
  }

  /// Aligns two documents' sentences, boilerplate included.
  public func align(vi: Document, en: Document) -> Alignment { align(vi: vi.sentences, en: en.sentences) }

  // MARK: - Features

  struct SideFeatures {
    var length: [Double] = []
    var anchorsLow: [UInt64] = []
    var anchorsHigh: [UInt64] = []
    var blockStart: [Bool] = []
    var heading: [Bool] = []
    var boilerplate: [Bool] = []
    /// The unit continues the one before it across an open line end (`Sentence.continuesLine`).
    var continues: [Bool] = []
    /// The words of each unit the lexicon knows (at most 64).
    var known: [Int] = []
    /// The unit has a number the other document has nowhere: an explanation a translator added
    /// (a conversion, a date) more likely than part of a sentence the other side translates.
    var foreignNumber: [Bool] = []
  }

  /// Lexical links between sentence pairs, computed once each.
  final class LinkCache {
    let vi: [TranslationLexicon.VietnameseProfile]
    let en: [TranslationLexicon.EnglishProfile]
    /// Per sentence pair: which Vietnamese words and which English words (bits) a translation links.
    private var cache: [(vi: UInt64, en: UInt64)]
    private var filled: [Bool]
    private let dense: Bool

    init(vi: [TranslationLexicon.VietnameseProfile], en: [TranslationLexicon.EnglishProfile]) {
      self.vi = vi
      self.en = en
      dense = vi.count * en.count <= 1 << 18
      cache = Array(repeating: (0, 0), count: dense ? vi.count * en.count : 0)
      filled = Array(repeating: false, count: dense ? vi.count * en.count : 0)
    }

    /// Which Vietnamese words and which English words (bits) of sentences `i` and `j` a translation
    /// links.
    @inline(__always)
    func masks(_ i: Int, _ j: Int) -> (vi: UInt64, en: UInt64) {
      guard dense else { return TranslationLexicon.linkMasks(vi[i], en[j]) }
      let slot = i * en.count + j
      if filled[slot] { return cache[slot] }
      let found = TranslationLexicon.linkMasks(vi[i], en[j])
      cache[slot] = found
      filled[slot] = true
      return found
    }

    /// Vietnamese and English words of sentences `i` and `j` that a translation links.
    @inline(__always)
    func links(_ i: Int, _ j: Int) -> (vi: Int, en: Int) {
      let found = masks(i, j)
      return (found.vi.nonzeroBitCount, found.en.nonzeroBitCount)
    }

    /// Words linked between several sentences on a side: each word counted once per sentence.
    ///
    /// `each` is told every sentence's own count: the Vietnamese sentence `index` (`true`) or the
    /// English one (`false`) links `count` of its words to the other side.
    @inline(__always)
    func links(
      vi viRange: Range<Int>, en enRange: Range<Int>, each: (_ vietnamese: Bool, _ index: Int, _ count: Int) -> Void
    ) -> (vi: Int, en: Int) {
      var viCount = 0
      var enMasks: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
      for a in viRange {
        var words: UInt64 = 0
        for (offset, b) in enRange.enumerated() {
          let found = masks(a, b)
          words |= found.vi
          switch offset {
          case 0: enMasks.0 |= found.en
          case 1: enMasks.1 |= found.en
          case 2: enMasks.2 |= found.en
          default: enMasks.3 |= found.en
          }
        }
        let count = words.nonzeroBitCount
        each(true, a, count)
        viCount += count
      }
      let counts = [
        enMasks.0.nonzeroBitCount, enMasks.1.nonzeroBitCount, enMasks.2.nonzeroBitCount, enMasks.3.nonzeroBitCount,
      ]
      for (offset, b) in enRange.enumerated() { each(false, b, counts[min(offset, 3)]) }
      return (viCount, counts[0] + counts[1] + counts[2] + counts[3])
    }

    /// Words linked between several sentences on a side (see `links(vi:en:each:)`).
    func links(vi viRange: Range<Int>, en enRange: Range<Int>) -> (vi: Int, en: Int) {
      links(vi: viRange, en: enRange) { _, _, _ in }
    }
  }

  struct Features {
    var vi = SideFeatures()
    var en = SideFeatures()
    var ratio = 1.0
    var usesParagraphs = true
    var links: LinkCache
    /// Whether some unit continues an open line end (larger bead shapes are then tried).
    var hasContinuations = false
  }

  func makeFeatures(vi: [Sentence], en: [Sentence]) -> Features {
    let viExtractor = AnchorExtractor(language: .vietnamese)
    let enExtractor = AnchorExtractor(language: .english)
    var viAnchors = vi.map { viExtractor.anchors(inUnits: $0.utf16) }
    var enAnchors = en.map { enExtractor.anchors(inUnits: $0.utf16) }
    if let termMatcher, !targetForms.isEmpty {
      var entries = Set<Int>()
      for (index, sentence) in vi.enumerated() {
        let found = Set(termMatcher.matches(in: sentence).map(\.entry))
        entries.formUnion(found)
        viAnchors[index] += found.sorted().map { "g\($0)" }
      }
      let sortedEntries = entries.sorted()
      for (index, sentence) in en.enumerated() where !sortedEntries.isEmpty {
        let lower = sentence.text.lowercased()
        for entry in sortedEntries where targetForms[entry].contains(where: { TextSearch.containsWord(lower, $0) }) {
          enAnchors[index].append("g\(entry)")
        }
      }
    }
    // Only anchors both documents have can tell sentences apart; number them.
    let shared = Set(viAnchors.joined()).intersection(enAnchors.joined())
    var ids: [String: Int] = [:]
    for anchor in viAnchors.joined() where shared.contains(anchor) && ids[anchor] == nil { ids[anchor] = ids.count }

    var features = Features(
      links: LinkCache(
        vi: vi.map { lexicon.profile(vietnamese: $0.utf16) }, en: en.map { lexicon.profile(english: $0.utf16) }))
    func side(_ sentences: [Sentence], _ anchors: [[String]]) -> SideFeatures {
      var result = SideFeatures()
      var previousBlock = -1
      for (index, sentence) in sentences.enumerated() {
        result.length.append(Double(sentence.utf16.count))
        var low: UInt64 = 0
        var high: UInt64 = 0
        for anchor in anchors[index] {
          guard let id = ids[anchor] else { continue }
          let bit = id % 128
          if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
        }
        result.anchorsLow.append(low)
        result.anchorsHigh.append(high)
        result.foreignNumber.append(anchors[index].contains { $0.hasPrefix("#") && !shared.contains($0) })
        result.blockStart.append(sentence.block != previousBlock && !sentence.continuesLine)
        result.continues.append(index > 0 && sentence.continuesLine)
        previousBlock = sentence.block
        result.heading.append(sentence.kind == .title || sentence.kind == .heading || sentence.kind == .source)
        result.boilerplate.append(sentence.kind == .boilerplate)
      }
      return result
    }
    features.vi = side(vi, viAnchors)
    features.en = side(en, enAnchors)
    features.vi.known = features.links.vi.map(\.known)
    features.en.known = features.links.en.map { min($0.ids.count, 64) }
    features.hasContinuations = features.vi.continues.contains(true) || features.en.continues.contains(true)
    var viTotal = 0.0
    for (index, length) in features.vi.length.enumerated() where !features.vi.boilerplate[index] { viTotal += length }
    let enTotal = features.en.length.reduce(0, +)
    features.ratio =
      (enTotal + options.lengthRatioPrior * options.priorWeight) / (viTotal + options.priorWeight)
    let viBlocks = Set(vi.map(\.block)).count
    let enBlocks = Set(en.map(\.block)).count
    features.usesParagraphs = viBlocks > 1 && enBlocks > 1
    return features
  }

  // MARK: - Bead costs

  /// The bead shapes, in back-pointer order: the six of Gale and Church, then larger ones, which
  /// are only taken when all but one of the joins on each side are to units that continue an open
  /// line end (`Sentence.continuesLine`).
  static let shapes: [(vi: Int, en: Int)] = [
    (1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2),
    (3, 1), (1, 3), (3, 2), (2, 3), (3, 3), (4, 1), (1, 4), (4, 2), (2, 4), (4, 3), (3, 4), (4, 4),
  ]
  /// The shapes taken when no unit continues a line.
  static let baseShapeCount = 6
  /// The most units on one side of a bead.
  static let maximumSide = 4
  /// The joins of units `start..<start + count` of a side that are not to a continuing unit.
  @inline(__always)
  static func hardJoins(_ side: SideFeatures, _ start: Int, _ count: Int) -> Int {
    guard count >= 2 else { return 0 }
    var hard = 0
    for k in (start + 1)..<(start + count) where !side.continues[k] { hard += 1 }
    return hard
  }

  /// −log of each base shape's prior probability; 1–0 and 0–1 take `AlignerOptions.omissionCost`.
  static let shapePriors: [Double] = [0.1, 5.0, 5.0, 3.1, 3.1, 6.0]

  /// The prior cost of base shape `shape`.
  @inline(__always)
  func prior(_ shape: Int) -> Double {
    shape == 1 || shape == 2 ? options.omissionCost : Self.shapePriors[shape]
  }

  /// What a bead's sentences show, before the lexical evidence is weighed.
  struct BeadEvidence {
    /// The length, anchor, structure and boilerplate cost.
    var local: Double
    /// The shape's prior cost.
    var prior: Double
    /// Words a translation links, counted on both sides.
    var linked: Int
    /// Words the lexicon knows, counted on both sides.
    var known: Int
    /// Anchors found on both sides, and on one side only.
    var matchedAnchors = 0
    var unmatchedAnchors = 0
    /// The cost of the sentences joined into the bead that link (almost) none of their known words
    /// to the other side, or bring no evidence of their own: sentences a translator more likely
    /// left out or added (see `AlignerOptions.orphanWeight`, `unsupportedJoinCost`).
    var orphan = 0.0
  }

  /// The lexical part of a bead's cost: linked words lower it, known words left unlinked raise it.
  func lexicalCost(linked: Int, known: Int) -> Double {
    -options.lexicalWeight * (Double(linked) - options.lexicalChance * Double(known))
  }

  /// The cost of a bead apart from its shape prior, and its shape prior.
  func cost(_ f: Features, vi i: Int, _ di: Int, en j: Int, _ dj: Int, shape: Int) -> (local: Double, prior: Double) {
    let e = evidence(f, vi: i, di, en: j, dj, shape: shape)
    return (e.local + e.orphan + lexicalCost(linked: e.linked, known: e.known), e.prior)
  }

  /// How far a sentence falls short of linking `AlignerOptions.orphanShare` of the `known` words the
  /// lexicon knows in it (`linked` of them link to the bead's other side), in words.
  @inline(__always)
  func orphanCost(known: Int, linked: Int) -> Double {
    max(0, options.orphanShare * Double(known) - Double(linked))
  }

  /// The cost of a 2–1 or 1–2 join of the units `a` and `a + 1` of a side (the Vietnamese one when
  /// `vietnamese`) when one of the two may not belong to it.
  ///
  /// The bead is then more likely a 1–1 next to a sentence left out or added. A unit brings
  /// evidence of its own when it links words of the other side that the other unit does not, or
  /// matches anchors the other does not. A unit with none of its own:
  /// - that has a number the other document lacks pays `AlignerOptions.foreignNumberCost`;
  /// - while the other unit has some and every known word of the other side is linked (none is
  ///   left that it could translate without the lexicon knowing) pays `unsupportedJoinCost`.
  @inline(__always)
  func unsupportedJoinCost(
    _ f: Features, vietnamese: Bool, _ a: Int, own: (first: Int, second: Int), linked: Int,
    otherAnchors: (low: UInt64, high: UInt64), otherKnown: Int
  ) -> Double {
    let low = vietnamese ? (f.vi.anchorsLow[a], f.vi.anchorsLow[a + 1]) : (f.en.anchorsLow[a], f.en.anchorsLow[a + 1])
    let high =
      vietnamese ? (f.vi.anchorsHigh[a], f.vi.anchorsHigh[a + 1]) : (f.en.anchorsHigh[a], f.en.anchorsHigh[a + 1])
    let first =
      own.first + (low.0 & ~low.1 & otherAnchors.low).nonzeroBitCount
      + (high.0 & ~high.1 & otherAnchors.high).nonzeroBitCount
    let second =
      own.second + (low.1 & ~low.0 & otherAnchors.low).nonzeroBitCount
      + (high.1 & ~high.0 & otherAnchors.high).nonzeroBitCount
    guard first == 0 || second == 0 else { return 0 }
    // A number the other document lacks in a sentence with no evidence of its own: an explanation
    // the translator added.
    if first == 0 && (vietnamese ? f.vi.foreignNumber[a] : f.en.foreignNumber[a]) { return options.foreignNumberCost }
    if second == 0 && (vietnamese ? f.vi.foreignNumber[a + 1] : f.en.foreignNumber[a + 1]) {
      return options.foreignNumberCost
    }
    // A known word of the other side that neither links: the lexicon may miss how the unsupported
    // sentence translates it.
    return first + second > 0 && linked >= otherKnown ? options.unsupportedJoinCost : 0
  }

  /// The evidence of a bead (see `BeadEvidence`).
  func evidence(_ f: Features, vi i: Int, _ di: Int, en j: Int, _ dj: Int, shape: Int) -> BeadEvidence {
    var prior = shape < Self.baseShapeCount ? self.prior(shape) : 0
    // Joining a unit to the one it continues across an open line end is nearly free: the prior is
    // that of the shape the hard joins alone make.
    let hardVi = Self.hardJoins(f.vi, i, di)
    let hardEn = Self.hardJoins(f.en, j, dj)
    let soft = max(di - 1 - hardVi, 0) + max(dj - 1 - hardEn, 0)
    if soft > 0 || shape >= Self.baseShapeCount {
      let effective = (vi: di == 0 ? 0 : 1 + hardVi, en: dj == 0 ? 0 : 1 + hardEn)
      let base = Self.shapes.prefix(Self.baseShapeCount).firstIndex { $0 == effective }
      prior = (base.map { self.prior($0) } ?? 20) + options.softJoinCost * Double(soft)
    }
    // Cutting a unit from the one it continues (the bead starts on such a unit) costs a little:
    // most lines without sentence punctuation end mid-sentence.
    if di > 0 && f.vi.continues[i] { prior += options.softSplitCost }
    if dj > 0 && f.en.continues[j] { prior += options.softSplitCost }
    var low: UInt64 = 0
    var high: UInt64 = 0
    var otherLow: UInt64 = 0
    var otherHigh: UInt64 = 0
    var lv = 0.0
    var le = 0.0
    for k in i..<(i + di) {
      lv += f.vi.length[k]
      low |= f.vi.anchorsLow[k]
      high |= f.vi.anchorsHigh[k]
    }
    for k in j..<(j + dj) {
      le += f.en.length[k]
      otherLow |= f.en.anchorsLow[k]
      otherHigh |= f.en.anchorsHigh[k]
    }
    let matched = (low & otherLow).nonzeroBitCount + (high & otherHigh).nonzeroBitCount
    let unmatched = (low ^ otherLow).nonzeroBitCount + (high ^ otherHigh).nonzeroBitCount
    var local = options.anchorPenalty * Double(unmatched) - options.anchorReward * Double(matched)
    if dj == 0 {
      // Boilerplate is expected to stay untranslated.
      if f.vi.boilerplate[i] { prior = 0.3 }
      return BeadEvidence(local: local, prior: prior, linked: 0, known: 0)
    }
    if di == 0 { return BeadEvidence(local: local, prior: prior, linked: 0, known: 0) }
    // Gale–Church: the English length is normal around ratio × the Vietnamese length.
    let mean = f.ratio * lv
    let delta = (le - mean) / (options.variance * max(lv, 1) * f.ratio).squareRoot()
    let tail = erfc(abs(delta) / 2.0.squareRoot())
    local += -log(max(tail, 1e-12))
    for k in i..<(i + di) where f.vi.boilerplate[k] { local += 4 }
    if f.usesParagraphs {
      if f.vi.blockStart[i] != f.en.blockStart[j] { local += options.paragraphPenalty }
      for k in (i + 1)..<(i + di) where f.vi.blockStart[k] { local += options.crossParagraphPenalty }
      for k in (j + 1)..<(j + dj) where f.en.blockStart[k] { local += options.crossParagraphPenalty }
    }
    let viHeading = f.vi.heading[i]
    let enHeading = f.en.heading[j]
    if viHeading != enHeading {
      local += options.headingPenalty
    } else if viHeading && di == 1 && dj == 1 {
      local -= 0.5
    }
    // Lexical links, summed over the bead's sentence pairs and capped by what each side knows.
    var knownVi = 0
    for k in i..<(i + di) { knownVi += f.vi.known[k] }
    var knownEn = 0
    for k in j..<(j + dj) { knownEn += f.en.known[k] }
    var orphan = 0.0
    let linkedVi: Int
    let linkedEn: Int
    if di == 1 && dj == 1 {
      (linkedVi, linkedEn) = f.links.links(i, j)
      orphan =
        options.mismatchWeight
        * (orphanCost(known: f.vi.known[i], linked: linkedVi) + orphanCost(known: f.en.known[j], linked: linkedEn))
    } else if di + dj == 3 && hardVi + hardEn == 1 {
      // A 2–1 or 1–2 join of two sentences: each joined sentence that links (almost) none of its
      // known words is probably a sentence left out or added (the orphan cost), and so is one that
      // brings no evidence of its own (`unsupportedJoinCost`).
      let vietnamese = di == 2
      let first = f.links.masks(i, j)
      let second = vietnamese ? f.links.masks(i + 1, j) : f.links.masks(i, j + 1)
      let known = vietnamese ? (f.vi.known[i], f.vi.known[i + 1]) : (f.en.known[j], f.en.known[j + 1])
      let own = vietnamese ? (first.vi, second.vi) : (first.en, second.en)
      let other = vietnamese ? (first.en, second.en) : (first.vi, second.vi)
      orphan =
        options.orphanWeight
        * (orphanCost(known: known.0, linked: own.0.nonzeroBitCount)
          + orphanCost(known: known.1, linked: own.1.nonzeroBitCount))
      let joinedLinked = own.0.nonzeroBitCount + own.1.nonzeroBitCount
      let otherLinked = (other.0 | other.1).nonzeroBitCount
      (linkedVi, linkedEn) = vietnamese ? (joinedLinked, otherLinked) : (otherLinked, joinedLinked)
      orphan += unsupportedJoinCost(
        f, vietnamese: vietnamese, vietnamese ? i : j,
        own: ((other.0 & ~other.1).nonzeroBitCount, (other.1 & ~other.0).nonzeroBitCount), linked: otherLinked,
        otherAnchors: vietnamese ? (otherLow, otherHigh) : (low, high), otherKnown: vietnamese ? knownEn : knownVi)
    } else {
      // A sentence joined to others that links (almost) none of its known words is probably a
      // sentence left out or added, not part of a join; units continuing an open line end are parts
      // of one sentence, too short to tell.
      let viJoined = di > 1 && hardVi == di - 1
      let enJoined = dj > 1 && hardEn == dj - 1
      (linkedVi, linkedEn) = f.links.links(vi: i..<(i + di), en: j..<(j + dj)) { vietnamese, index, count in
        if vietnamese ? viJoined : enJoined {
          orphan +=
            options.orphanWeight * orphanCost(known: vietnamese ? f.vi.known[index] : f.en.known[index], linked: count)
        }
      }
    }
    return BeadEvidence(
      local: local, prior: prior, linked: min(linkedVi, knownVi) + min(linkedEn, knownEn), known: knownVi + knownEn,
      matchedAnchors: matched, unmatchedAnchors: unmatched, orphan: orphan)
  }

  /// The score of a bead from its costs: a logistic of the local cost (lexical evidence included);
  /// omissions score low unless the Vietnamese side is boilerplate.
  func score(_ f: Features, vi i: Int, _ di: Int, en j: Int, _ dj: Int, shape: Int) -> Double {
    let (local, prior) = cost(f, vi: i, di, en: j, dj, shape: shape)
    if dj == 0 && f.vi.boilerplate[i] { return 0.9 }
    if di == 0 || dj == 0 { return min(0.3, 1 / (1 + exp(prior + local - 3))) }
    return 1 / (1 + exp(local - 2.5))
  }

  // MARK: - Document verdict

  /// The evidence summed over a document's beads.
  func documentEvidence(_ f: Features, _ beads: [AlignmentBead]) -> DocumentVerdict.Evidence {
    var result = DocumentVerdict.Evidence()
    for bead in beads {
      let di = bead.viSentences.count
      let dj = bead.enSentences.count
      if dj == 0, let first = bead.viSentences.first, f.vi.boilerplate[first] { continue }
      result.sentences += di + dj
      if bead.isOmission {
        result.unaligned += di + dj
        continue
      }
      let i = bead.viSentences[0]
      let j = bead.enSentences[0]
      let shape = Self.shapes.firstIndex { $0.vi == di && $0.en == dj } ?? 0
      let e = evidence(f, vi: i, di, en: j, dj, shape: shape)
      result.pairs += 1
      result.linked += e.linked
      result.known += e.known
      result.matchedAnchors += e.matchedAnchors
      result.unmatchedAnchors += e.unmatchedAnchors
      result.localCost += e.local
    }
    return result
  }

  /// Whether the two documents translate each other (see `DocumentVerdict`).
  func verdict(_ f: Features, _ beads: [AlignmentBead]) -> DocumentVerdict {
    DocumentVerdict(evidence: documentEvidence(f, beads), options: options)
  }

  // MARK: - Dynamic programming in a band

  func align(_ f: Features) -> Alignment {
    let n = f.vi.length.count
    let m = f.en.length.count
    var band = max(options.minimumBand, abs(n - m) + 2)
    while true {
      var (beads, touchesEdge) = search(f, band: band)
      if !touchesEdge || band >= max(n, m) {
        let verdict = verdict(f, beads)
        // A pair is no more trustworthy than its document.
        for index in beads.indices { beads[index].score = min(beads[index].score, verdict.score) }
        return Alignment(
          beads: beads, lengthRatio: f.ratio, bandWidth: band, reviewThreshold: options.reviewThreshold,
          verdict: verdict)
      }
      band *= 2
    }
  }

  /// The best path within `band` sentences of the diagonal, and whether it touches the band's edge.
  private func search(_ f: Features, band: Int) -> (beads: [AlignmentBead], touchesEdge: Bool) {
    let n = f.vi.length.count
    let m = f.en.length.count
    // The diagonal follows the cumulative character lengths, so long paragraphs bend it.
    var lower = [Int](repeating: 0, count: n + 1)
    var upper = [Int](repeating: m, count: n + 1)
    let viTotal = max(f.vi.length.reduce(0, +), 1)
    let enTotal = max(f.en.length.reduce(0, +), 1)
    var enPrefix = 0.0
    var j = 0
    var viPrefix = 0.0
    for i in 0...n {
      if i > 0 { viPrefix += f.vi.length[i - 1] }
      let target = viPrefix / viTotal * enTotal
      while j < m && enPrefix + f.en.length[j] / 2 < target {
        enPrefix += f.en.length[j]
        j += 1
      }
      let center = i == n ? m : (i == 0 ? 0 : j)
      lower[i] = max(0, center - band)
      upper[i] = min(m, center + band)
    }
    for i in stride(from: n - 1, through: 0, by: -1) { upper[i] = min(upper[i], upper[i + 1]) }
    for i in 1...max(n, 1) where i <= n { lower[i] = max(lower[i], lower[i - 1]) }
    let width = 2 * band + 1
    var pointers = [UInt8](repeating: 255, count: (n + 1) * width)
    // Rolling cost rows for i back to i − maximumSide, indexed by j − lower[row].
    let rowCount = Self.maximumSide + 1
    let shapeCount = f.hasContinuations ? Self.shapes.count : Self.baseShapeCount
    var rows = [[Double]](repeating: [Double](repeating: .infinity, count: width), count: rowCount)
    for i in 0...n {
      let row = i % rowCount
      for k in 0..<width { rows[row][k] = .infinity }
      for j in lower[i]...upper[i] {
        if i == 0 && j == 0 {
          rows[row][0] = 0
          continue
        }
        var best = Double.infinity
        var bestShape = 255
        for shape in 0..<shapeCount {
          let size = Self.shapes[shape]
          let pi = i - size.vi
          let pj = j - size.en
          guard pi >= 0, pj >= 0, pj >= lower[pi], pj <= upper[pi] else { continue }
          if shape >= Self.baseShapeCount
            && (Self.hardJoins(f.vi, pi, size.vi) > 1 || Self.hardJoins(f.en, pj, size.en) > 1
              || (size.vi > 2 && Self.hardJoins(f.vi, pi, size.vi) == size.vi - 1)
              || (size.en > 2 && Self.hardJoins(f.en, pj, size.en) == size.en - 1))
          {
            continue
          }
          let previous = rows[pi % rowCount][pj - lower[pi]]
          guard previous < .infinity else { continue }
          let (local, prior) = cost(f, vi: pi, size.vi, en: pj, size.en, shape: shape)
          let total = previous + local + prior
          if total < best {
            best = total
            bestShape = shape
          }
        }
        rows[row][j - lower[i]] = best
        pointers[i * width + j - lower[i]] = UInt8(bestShape)
      }
    }
    // Trace back from (n, m).
    var beads: [AlignmentBead] = []
    var touchesEdge = false
    var i = n
    j = m
    while i > 0 || j > 0 {
      if (j == lower[i] && lower[i] > 0) || (j == upper[i] && upper[i] < m) { touchesEdge = true }
      let shape = Int(pointers[i * width + j - lower[i]])
      guard shape < Self.shapes.count else {
        touchesEdge = true
        break
      }
      let size = Self.shapes[shape]
      let pi = i - size.vi
      let pj = j - size.en
      beads.append(
        AlignmentBead(
          viSentences: Array(pi..<i), enSentences: Array(pj..<j),
          score: score(f, vi: pi, size.vi, en: pj, size.en, shape: shape)))
      i = pi
      j = pj
    }
    return (beads.reversed(), touchesEdge)
  }
}
