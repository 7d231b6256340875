extension LegacyDecoder {
  /// The byte encodings whose letters share codes: detection that sees one of them asks which
  /// reads the text best.
  static let rankedEncodings: [LegacyEncoding] = [.tcvn3, .vniWindows, .viscii, .windows1258]

  /// How well `bytes` read as `encoding`: the marked words (words with a letter outside ASCII, or a
  /// character that could not be mapped) that spell one Vietnamese syllable, and all marked words.
  static func score(_ bytes: ArraySlice<UInt8>, as encoding: LegacyEncoding, readsCharacters: Bool) -> (
    syllables: Int, marked: Int
  ) {
    var decoder = LegacyDecoder(encoding: encoding, readsCharacters: readsCharacters)
    var output: [UInt8] = []
    let failure = bytes.withUnsafeBufferPointer { decoder.decode($0, into: &output) }
    guard failure == nil else { return (0, 0) }
    var units: [UInt16] = []
    _ = output.withUnsafeBufferPointer { UTF8Decoding.decode($0, appendingTo: &units) }
    return scoreUnits(units)
  }

  /// `score(_:as:readsCharacters:)` of text decoded to UTF-16.
  static func scoreUnits(_ decoded: [UInt16]) -> (syllables: Int, marked: Int) {
    var units = decoded
    Normalizer.compose(from: 0, in: &units)
    let tables = CharacterTables.shared
    var syllables = 0
    var marked = 0
    var start = 0
    func judge(_ end: Int) {
      defer { start = end + 1 }
      guard end > start, units[start..<end].contains(where: { $0 >= 0x80 }) else { return }
      marked += 1
      let word = UTF16Text.string(units, start..<end).lowercased()
      if isVietnameseSyllable(word) { syllables += 1 }
    }
    for index in units.indices where !(tables.isLetter(units[index]) || units[index] == 0xFFFD) { judge(index) }
    judge(units.count)
    return (syllables, marked)
  }

  /// What the words say about the detector's verdict `detected` (chosen from byte patterns alone):
  /// `.keep` it, take a `.better` byte encoding, or, for text read as characters, `.reject` it.
  enum Judgement: Equatable {
    case keep
    case better(LegacyEncoding, evidence: String)
    case reject
  }

  /// Judges `detected` by the words each byte encoding's reading of `bytes` spells.
  ///
  /// TCVN3, VISCII and Windows-1258 put letters on many of the same codes, so their byte patterns
  /// look alike; read as the wrong one, most words stop being Vietnamese syllables: the reading
  /// that spells the most wins. Text read as characters (valid UTF-8) is also rejected when no
  /// reading makes at least three in five of its words with marks into Vietnamese syllables:
  /// German, French or Turkish (Qualität, sûre, gönderilmeyecek) has the byte patterns of TCVN3
  /// pasted into a Unicode file, but not its words.
  static func judge(_ bytes: ArraySlice<UInt8>, readsCharacters: Bool, detected: LegacyEncoding) -> Judgement {
    guard rankedEncodings.contains(detected) else { return .keep }
    let scores = rankedEncodings.map { ($0, score(bytes, as: $0, readsCharacters: readsCharacters)) }
    guard let detectedScore = scores.first(where: { $0.0 == detected })?.1,
      let best = scores.max(by: { $0.1.syllables < $1.1.syllables })
    else { return .keep }
    if readsCharacters && (best.1.syllables < 3 || best.1.syllables * 5 < best.1.marked * 3) { return .reject }
    guard best.0 != detected, best.1.syllables > detectedScore.syllables else { return .keep }
    return .better(
      best.0,
      evidence: "\(best.1.syllables) of \(best.1.marked) words with marks spell Vietnamese syllables read as "
        + "\(best.0.displayName), \(detectedScore.syllables) of \(detectedScore.marked) read as \(detected.displayName)"
    )
  }
}

extension LegacyDecoder {
  /// The byte encoding that `text` (valid UTF-8 without Unicode Vietnamese letters, in which the
  /// detector found nothing) was pasted from, with the evidence; nil when it reads best as it is.
  ///
  /// Legacy text pasted into a Unicode file shows its bytes as Windows-1252 characters
  /// ("töø choái" for "từ chối" in VNI). Taken so only when one encoding makes at least eight
  /// words with marks, three in five of them and three times as many as the text as it is,
  /// into Vietnamese syllables: foreign words with accents (Düsseldorf, été) seldom are.
  static func pastedEncoding(for text: ArraySlice<UInt8>) -> (encoding: LegacyEncoding, evidence: String)? {
    var units: [UInt16] = []
    guard text.withUnsafeBufferPointer({ UTF8Decoding.decode($0, appendingTo: &units) }) == nil else { return nil }
    let asIs = scoreUnits(units)
    let scores = rankedEncodings.map { ($0, score(text, as: $0, readsCharacters: true)) }
    guard let best = scores.max(by: { $0.1.syllables < $1.1.syllables }),
      best.1.syllables >= 8, best.1.syllables * 5 >= best.1.marked * 3, best.1.syllables >= asIs.syllables * 3
    else { return nil }
    return (
      best.0,
      "\(best.1.syllables) of \(best.1.marked) words with marks spell Vietnamese syllables read as pasted "
        + "\(best.0.displayName), \(asIs.syllables) of \(asIs.marked) as they are"
    )
  }
}
