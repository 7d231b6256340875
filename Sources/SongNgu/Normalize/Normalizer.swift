import CICU

/// Cleans Vietnamese text: NFC, Đ look-alikes, invisible and control characters, spaces, tone marks.
///
/// Works line by line on UTF-16 buffers (ICU's unit). Every change is counted in
/// `NormalizationCounts`. Line ends are not part of a line; vertical tabs, form feeds and Unicode line
/// separators inside a line become `\n`, so a caller splits the output again on `\n`.
public struct Normalizer: Sendable {
  public var options: NormalizationOptions

  public init(options: NormalizationOptions = NormalizationOptions()) {
    self.options = options
  }

  /// Normalizes a whole text (any line ends) and returns it with LF line ends.
  public func normalize(_ text: String) -> (text: String, counts: NormalizationCounts) {
    var counts = NormalizationCounts()
    var output: [UInt16] = []
    var lines: [[UInt16]] = [[]]
    var previousCR = false
    for unit in text.utf16 {
      if unit == 0x0A {
        if !previousCR { lines.append([]) }
        previousCR = false
      } else if unit == 0x0D {
        lines.append([])
        previousCR = true
      } else {
        lines[lines.count - 1].append(unit)
        previousCR = false
      }
    }
    for (index, line) in lines.enumerated() {
      if index > 0 { output.append(0x0A) }
      line.withUnsafeBufferPointer { normalizeLine($0, into: &output, counts: &counts) }
    }
    return (String(decoding: output, as: UTF16.self), counts)
  }

  /// Appends the normalized form of `line` (which holds no LF or CR) to `output`.
  ///
  /// `facts`, when the caller has them (`LineReader.lineFacts`), saves a look at the line.
  func normalizeLine(
    _ line: UnsafeBufferPointer<UInt16>, into output: inout [UInt16], counts: inout NormalizationCounts,
    facts: LineFacts? = nil
  ) {
    let lineStart = output.count
    let needsComposition = cleanLine(line, into: &output, counts: &counts, facts: facts)
    finishLine(&output, from: lineStart, needsComposition: needsComposition, counts: &counts)
  }

  /// The first half of `normalizeLine`: cleaning.
  ///
  /// Appends `line` without invisible and control characters and with single spaces, and returns
  /// whether the result may need NFC composition. Cleaning decides which lines are blank, so a reader cleans line by line and may finish
  /// (`finishLine`) whole blocks later, on several threads.
  func cleanLine(
    _ line: UnsafeBufferPointer<UInt16>, into output: inout [UInt16], counts: inout NormalizationCounts,
    facts: LineFacts? = nil
  ) -> Bool {
    if let facts, !facts.contains(.needsCleaning) {
      output.append(contentsOf: line)
      return facts.contains(.mayNeedComposition)
    }
    return clean(line, into: &output, counts: &counts)
  }

  /// The second half of `normalizeLine` on `output[start...]`, a cleaned line: NFC composition
  /// (when `needsComposition`) and tone-mark placement.
  func finishLine(
    _ output: inout [UInt16], from start: Int = 0, needsComposition: Bool, counts: inout NormalizationCounts
  ) {
    finishLine(&output, from: start, needsComposition: needsComposition, tonesPlaced: false, counts: &counts)
  }

  /// `finishLine`, skipping the tone pass when the caller already ran it (`placeToneMarks(atCandidates:)`).
  func finishLine(
    _ output: inout [UInt16], from start: Int = 0, needsComposition: Bool, tonesPlaced: Bool,
    counts: inout NormalizationCounts
  ) {
    if needsComposition {
      Self.compose(from: start, in: &output)
    }
    if !tonesPlaced { placeToneMarks(from: start, in: &output, counts: &counts) }
  }

  // MARK: - Pass 1: invisible characters, controls, spaces, Đ look-alikes

  /// Copies `line` to `output` without invisible and control characters and with single spaces.
  ///
  /// Returns whether the line may not be NFC. Cleaning never lengthens text, so the output is
  /// written into space reserved up front.
  private func clean(
    _ line: UnsafeBufferPointer<UInt16>, into output: inout [UInt16], counts: inout NormalizationCounts
  ) -> Bool {
    let count = line.count
    if let mayNeedComposition = LineCleaner.isAlreadyClean(line) {
      output.append(contentsOf: line)
      return mayNeedComposition
    }
    let base = output.count
    output.append(contentsOf: repeatElement(0, count: count))
    var cleaner: LineCleaner?
    output.withUnsafeMutableBufferPointer { all in
      guard let out = all.baseAddress.map({ $0 + base }) else { return }
      var state = LineCleaner(out: out)
      state.run(line)
      cleaner = state
    }
    guard let cleaner else {
      output.removeLast(count)
      return false
    }
    output.removeLast(count - cleaner.written)
    counts.add(cleaner.counts)
    return cleaner.mayNeedComposition
  }

  // MARK: - Pass 2: NFC

  /// Composes `output[start...]` to NFC in place when ICU's quick check says it is not already.
  ///
  /// The one NFC of the library: the normalizer's second pass and `EncodingConverter` use it.
  static func compose(from start: Int, in output: inout [UInt16]) {
    let length = output.count - start
    guard length > 0 else { return }
    let composed: [UInt16]? = output.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return nil }
      let text = base + start
      var status: Int32 = 0
      let span = cicu_nfc_span(text, Int32(length), &status)
      if status <= 0 && Int(span) == length { return nil }
      var result = [UInt16](repeating: 0, count: length + 16)
      var needed: Int32 = 0
      result.withUnsafeMutableBufferPointer { buffer in
        needed = cicu_nfc(text, Int32(length), buffer.baseAddress, Int32(buffer.count), &status)
      }
      if Int(needed) > result.count {
        result = [UInt16](repeating: 0, count: Int(needed))
        status = 0
        result.withUnsafeMutableBufferPointer { buffer in
          needed = cicu_nfc(text, Int32(length), buffer.baseAddress, Int32(buffer.count), &status)
        }
      }
      guard status <= 0 else { return nil }
      return Array(result[0..<Int(needed)])
    }
    if let composed {
      output.replaceSubrange(start..<output.count, with: composed)
    }
  }

  // MARK: - Pass 3: tone-mark placement

  /// Detects (and, when asked, rewrites) the tone-mark placement of open `oa`/`oe`/`uy` syllables.
  ///
  /// Only an `o` followed by `a`/`e`, or a `u` followed by `y`, one of them toned, at the end of a word
  /// can be such a rime, so the scan looks for that pair with table bits and examines the word only
  /// then (`TonePlacement`).
  private func placeToneMarks(from start: Int, in output: inout [UInt16], counts: inout NormalizationCounts) {
    let style = options.toneStyle
    let tables = CharacterTables.shared
    let facts = tables.facts
    output.withUnsafeMutableBufferPointer { all in
      let end = all.count
      guard end - start >= 2 else { return }
      var previous = all[start]
      var previousFlags = facts[Int(previous)]
      var index = start + 1
      while index < end {
        let unit = all[index]
        let flags = facts[Int(unit)]
        // One well-predicted branch: the pair test on the tone-role bits (`TonePlacement.Roles`), as the
        // decoder notes pairs.
        if LineFacts.isPair(previousFlags, flags), (unit | previous) >= 0xC0 {
          Self.examineRime(endingAt: index, in: all, from: start, style: style, counts: &counts, tables: tables)
        }
        previous = unit
        previousFlags = flags
        index += 1
      }
    }
  }

  /// The tone pass of a line that cleaning and composition left as it was decoded, at the pairs the
  /// decoder noted (`UTF8Decoding.decode(_:appendingTo:facts:markedPairs:)`): the same result as
  /// the full pass without reading every code unit again.
  func placeToneMarks(
    atCandidates candidates: [Int32], in line: inout [UInt16], counts: inout NormalizationCounts
  ) {
    guard !candidates.isEmpty else { return }
    let style = options.toneStyle
    let tables = CharacterTables.shared
    line.withUnsafeMutableBufferPointer { all in
      for candidate in candidates where Int(candidate) < all.count {
        Self.examineRime(endingAt: Int(candidate), in: all, from: 0, style: style, counts: &counts, tables: tables)
      }
    }
  }

  /// Places the tone mark of the word ending at `index` when its last two vowels are an open rime.
  @inline(__always)
  private static func examineRime(
    endingAt index: Int, in all: UnsafeMutableBufferPointer<UInt16>, from start: Int, style: ToneStyle,
    counts: inout NormalizationCounts, tables: CharacterTables
  ) {
    guard index + 1 == all.count || !tables.isLetter(all[index + 1]) else { return }
    var wordStart = index - 1
    while wordStart > start && tables.isLetter(all[wordStart - 1]) && index - wordStart < 8 { wordStart -= 1 }
    guard wordStart == start || !tables.isLetter(all[wordStart - 1]) else { return }
    TonePlacement.place(
      in: UnsafeMutableBufferPointer(rebasing: all[wordStart...index]), style: style, counts: &counts, tables: tables)
  }
}
