import CICU

/// Splits a line (or a joined paragraph) of normalized text into sentences.
///
/// ICU's sentence break iterator finds the candidates; Vietnamese rules that ICU lacks (CLDR has no
/// Vietnamese suppressions, see `SentenceRules`) then remove and add boundaries. One ICU iterator is
/// opened per segmenter and reused for every line, so a segmenter is not thread-safe: use one per
/// thread.
public final class SentenceSegmenter {
  public let abbreviations: AbbreviationList
  /// The Vietnamese rules applied to ICU's boundaries.
  let rules: SentenceRules
  private let iterator: OpaquePointer
  @exclusivity(unchecked) private var boundaries: [Int32] = Array(repeating: 0, count: 256)
  /// The kept and added boundaries of the current text, reused from call to call.
  @exclusivity(unchecked) private var cuts: [Int] = []

  /// Opens ICU's sentence iterator for `locale` ("vi" for Vietnamese, "en" for English).
  public init(locale: String = "vi", abbreviations: AbbreviationList = .standard) {
    var status: Int32 = 0
    // ICU's root rules are always available; a failure here means ICU itself is unusable.
    guard let iterator = cicu_sentences_open(locale, &status) else {
      fatalError("ICU sentence iterator unavailable: \(String(cString: cicu_status_name(status)))")
    }
    self.iterator = iterator
    self.abbreviations = abbreviations
    self.rules = SentenceRules(abbreviations: abbreviations)
  }

  deinit { cicu_sentences_close(iterator) }

  /// Splits `text` into sentence ranges, trimmed of surrounding white space, in order.
  ///
  /// Concatenating the ranges with the white space between them gives `text` back.
  public func split(_ text: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
    let found = fillBoundaries(text)
    return boundaries.withUnsafeBufferPointer { all in
      rules.split(text, icuBoundaries: UnsafeBufferPointer(rebasing: all[0..<found]), cuts: &cuts)
    }
  }

  /// Runs ICU over `text` into `boundaries`; returns how many there are.
  private func fillBoundaries(_ text: UnsafeBufferPointer<UInt16>) -> Int {
    let count = text.count
    guard count > 0, let base = text.baseAddress else { return 0 }
    _ = cicu_sentences_set_text(iterator, base, Int32(count))
    var found = Int(cicu_sentences_boundaries(iterator, &boundaries, Int32(boundaries.count)))
    if found > boundaries.count {
      boundaries = Array(repeating: 0, count: found * 2)
      found = Int(cicu_sentences_boundaries(iterator, &boundaries, Int32(boundaries.count)))
    }
    return found
  }

  /// Splits a string; convenience for tests and small inputs.
  public func split(_ text: String) -> [String] {
    let units = Array(text.utf16)
    return units.withUnsafeBufferPointer { buffer in
      split(buffer).map { String(decoding: units[$0], as: UTF16.self) }
    }
  }

  @inline(__always) static func isOpening(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x201C, 0x2018, 0x201E, 0xAB, 0x2039: return true
    default: return false
    }
  }

  /// An opening quotation mark: the quotes of `isOpening`, without its brackets.
  @inline(__always) static func isOpeningQuote(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x22, 0x27, 0x201C, 0x2018, 0x201E, 0xAB, 0x2039: return true
    default: return false
    }
  }

  @inline(__always) static func isClosing(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0xBB, 0x203A: return true
    default: return false
    }
  }
}
