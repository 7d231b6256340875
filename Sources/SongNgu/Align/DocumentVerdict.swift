#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether two documents translate each other, judged from their alignment.
///
/// Four measures over the pairs the aligner made (boilerplate left aside):
/// - `lexicalAgreement`: of the words the lexicon knows on either side of a pair, the share a
///   translation links to a word on the other side;
/// - `anchorAgreement`: of the numbers, names and glossary terms in the pairs, the share found on
///   both sides (nil with fewer than `minimumAnchors`);
/// - `unalignedShare`: the share of sentences left without a counterpart (1–0, 0–1);
/// - `meanLengthCost`: the mean length, anchor and structure cost of a pair.
///
/// The score is a logistic of the four, fitted on the tuning set (true pairs and swapped documents
/// built from `Tests/SongNguTests/Fixtures/Alignment/`; figures in docs/commands.md). A document
/// scoring below `AlignerOptions.minimumDocumentScore` is a probable wrong pair; `reasons` says why.
public struct DocumentVerdict: Sendable, Equatable, Codable {
  /// What the measures are computed from.
  struct Evidence {
    var sentences = 0
    var unaligned = 0
    var pairs = 0
    var linked = 0
    var known = 0
    var matchedAnchors = 0
    var unmatchedAnchors = 0
    var localCost = 0.0
  }

  /// The probability, in [0, 1], that the documents translate each other.
  public var score: Double
  public var lexicalAgreement: Double
  public var anchorAgreement: Double?
  public var unalignedShare: Double
  public var meanLengthCost: Double

  /// The default of `corpus --min-doc-score`, below which a document pair is a probable wrong pair.
  public static let defaultThreshold = 0.5

  /// Anchors needed before their agreement counts.
  static let minimumAnchors = 4

  /// A verdict with nothing against the pair (an empty alignment).
  public init() {
    score = 1
    lexicalAgreement = 1
    anchorAgreement = nil
    unalignedShare = 0
    meanLengthCost = 0
  }

  init(evidence e: Evidence, options: AlignerOptions) {
    lexicalAgreement = e.known == 0 ? 0 : Double(e.linked) / Double(e.known)
    let anchors = e.matchedAnchors + e.unmatchedAnchors
    anchorAgreement = anchors >= Self.minimumAnchors ? Double(e.matchedAnchors) / Double(anchors) : nil
    unalignedShare = e.sentences == 0 ? 0 : Double(e.unaligned) / Double(e.sentences)
    meanLengthCost = e.pairs == 0 ? 0 : e.localCost / Double(e.pairs)
    guard e.sentences > 0 else {
      score = 1
      return
    }
    guard e.pairs > 0 else {
      score = 0
      return
    }
    let c = Self.coefficients
    var z = c.intercept + c.lexical * lexicalAgreement + c.unaligned * unalignedShare + c.lengthCost * meanLengthCost
    z += c.anchors * ((anchorAgreement ?? Self.neutralAnchorAgreement) - Self.neutralAnchorAgreement)
    score = 1 / (1 + exp(-z))
  }

  /// The logistic's coefficients (fitted on the tuning set).
  static let coefficients = (intercept: -3.5, lexical: 20.0, anchors: 4.0, unaligned: -6.0, lengthCost: -0.3)
  /// The anchor agreement taken when there are too few anchors to tell.
  static let neutralAnchorAgreement = 0.5

  /// Why a document scored as it did: the measures that look like a wrong pair, worst first.
  public var reasons: [String] {
    var result: [String] = []
    func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
    if lexicalAgreement < Self.typical.lexical {
      result.append(
        "few words translate each other (\(percent(lexicalAgreement)) of known words linked; "
          + "translations have \(percent(Self.typical.lexical)) or more)")
    }
    if let anchors = anchorAgreement, anchors < Self.typical.anchors {
      result.append("numbers and names differ (\(percent(anchors)) found on both sides)")
    }
    if unalignedShare > Self.typical.unaligned {
      result.append("\(percent(unalignedShare)) of sentences have no counterpart")
    }
    if meanLengthCost > Self.typical.lengthCost {
      result.append("sentence lengths do not match")
    }
    if result.isEmpty && score < 0.5 { result.append("weak evidence overall") }
    return result
  }

  /// Bounds that true pairs of the tuning set stay within.
  static let typical = (lexical: 0.25, anchors: 0.5, unaligned: 0.3, lengthCost: 1.0)

  /// One line for the report and warnings: the score and, when it is low, the reasons.
  public func summary(threshold: Double) -> String {
    let rounded = (score * 10000).rounded() / 10000
    return score >= threshold
      ? "document score \(rounded)" : "document score \(rounded): " + reasons.joined(separator: "; ")
  }
}
