/// A text folded for term matching (see `TermFolding`), with each folded unit's original offset.
///
/// Reused between sentences to avoid allocating: `fold` replaces the contents.
///
/// Most normalized text folds to itself (it is already NFC, single-spaced and free of invisible
/// characters; only old-style tone placement such as `hòa` changes), so `fold` first checks for that
/// without writing anything (`isIdentity`); then `units` and `origins` are left empty and the
/// original text stands for the folded one. Text whose only change is tone placement is copied and
/// those syllables put right in place: every unit keeps its offset (`keepsOffsets`, `origins` empty).
struct FoldedText {
  /// The folded units, case kept (empty when `isIdentity`).
  var units: [UInt16] = []
  /// `origins[i]`: the UTF-16 offset in the original text of the first unit folded into `units[i]`
  /// (empty when `keepsOffsets`).
  var origins: [Int32] = []
  /// The length of the original text, the end offset of the last folded unit.
  var originalLength = 0
  /// Whether the text folded to itself, unit for unit.
  var isIdentity = false
  /// Whether each folded unit is at its original offset (the text folded to itself, or only tones moved).
  var keepsOffsets = false

  /// The original offsets of the folded range `range`: from the first unit of its first folded unit to
  /// the unit before the next folded unit (so combining marks and dropped characters stay inside).
  @inline(__always)
  func originalRange(_ range: Range<Int>) -> Range<Int> {
    if keepsOffsets { return range }
    let lower = Int(origins[range.lowerBound])
    let upper = range.upperBound < origins.count ? Int(origins[range.upperBound]) : originalLength
    return lower..<upper
  }

  /// Calls `body` with the folded units: `original` itself when the text folded to itself.
  @inline(__always)
  func withUnits<T>(original: UnsafeBufferPointer<UInt16>, _ body: (UnsafeBufferPointer<UInt16>) -> T) -> T {
    isIdentity ? body(original) : units.withUnsafeBufferPointer(body)
  }

  /// What folding would change in `text`, as `TermFolding.IdentityFact` bits: 0 when nothing
  /// (no unit that folding changes or drops, no white space but single spaces, no open rime `oa`,
  /// `oe`, `uy` with the tone on its first vowel); bits of `toneMoves` alone when only tones move.
  static func changes(in text: UnsafeBufferPointer<UInt16>) -> UInt8 {
    TermFolding.identityFacts.withUnsafeBufferPointer { facts in
      // Branch-free over blocks of 64 units (most text folds to itself and is read to the end).
      var previous: UInt8 = 0
      var clash: UInt8 = 0
      var start = 0
      while start < text.count {
        let end = min(text.count, start + 64)
        for index in start..<end {
          let fact = facts[Int(text[index])]
          clash |= fact & (previous &<< TermFolding.IdentityFact.clashShift | TermFolding.IdentityFact.changes)
          previous = fact
        }
        if clash & ~TermFolding.IdentityFact.toneMoves != 0 { return clash }
        start = end
      }
      return clash
    }
  }

  /// Folds `text` (UTF-16 units) into this buffer.
  mutating func fold(_ text: UnsafeBufferPointer<UInt16>, iy: Bool) {
    let count = text.count
    originalLength = count
    units.removeAll(keepingCapacity: true)
    origins.removeAll(keepingCapacity: true)
    let changes = iy ? TermFolding.IdentityFact.changes : Self.changes(in: text)
    isIdentity = changes == 0
    keepsOffsets = changes & ~TermFolding.IdentityFact.toneMoves == 0
    guard count > 0, !isIdentity else { return }
    if keepsOffsets {
      units.append(contentsOf: text)
      units.withUnsafeMutableBufferPointer { Self.moveTones(in: $0) }
      return
    }
    // Folding never lengthens: each original unit gives at most one folded unit.
    units.append(contentsOf: repeatElement(0, count: count))
    origins.append(contentsOf: repeatElement(0, count: count))
    let written = units.withUnsafeMutableBufferPointer { units in
      origins.withUnsafeMutableBufferPointer { origins in
        TermFolding.action.withUnsafeBufferPointer { action in
          var folder = Folder(
            units: units.baseAddress!, origins: origins.baseAddress!, action: action.baseAddress!, iy: iy)
          folder.fold(text)
          return folder.written
        }
      }
    }
    units.removeLast(count - written)
    origins.removeLast(count - written)
  }

  /// Puts the tone of each open rime `oa`, `oe`, `uy` toned on its first vowel on the second, in text
  /// that folding changes in no other way: canonicalizes each syllable (run of letters) holding one as
  /// `Folder` would.
  private static func moveTones(in units: UnsafeMutableBufferPointer<UInt16>) {
    let tables = CharacterTables.shared
    TermFolding.identityFacts.withUnsafeBufferPointer { facts in
      var index = 1
      while index < units.count {
        let moves = TonePlacement.mayPair(
          facts[Int(units[index - 1])], facts[Int(units[index])], base: TermFolding.IdentityFact.roleBase)
        guard moves else {
          index += 1
          continue
        }
        var start = index - 1
        while start > 0 && tables.isLetter(units[start - 1]) { start -= 1 }
        var end = index + 1
        while end < units.count && tables.isLetter(units[end]) { end += 1 }
        if end - start <= 8 {
          TermFolding.canonicalize(
            syllable: UnsafeMutableBufferPointer(rebasing: units[start..<end]), iy: false, tables: tables)
        }
        index = end + 1
      }
    }
  }

  /// The folding loop, on plain pointers and tables taken once.
  private struct Folder {
    let units: UnsafeMutablePointer<UInt16>
    let origins: UnsafeMutablePointer<Int32>
    let action: UnsafePointer<UInt8>
    let iy: Bool
    let tables = CharacterTables.shared
    var written = 0
    var wordStart = 0
    var wordHasMarks = false
    var inSpace = false

    init(
      units: UnsafeMutablePointer<UInt16>, origins: UnsafeMutablePointer<Int32>, action: UnsafePointer<UInt8>, iy: Bool
    ) {
      self.units = units
      self.origins = origins
      self.action = action
      self.iy = iy
    }

    @inline(__always)
    mutating func emit(_ unit: UInt16, from index: Int) {
      units[written] = unit
      origins[written] = Int32(truncatingIfNeeded: index)
      written += 1
    }

    /// One white-space run becomes one space.
    @inline(__always)
    mutating func space(at index: Int) {
      if !inSpace {
        endWord()
        emit(0x20, from: index)
        inSpace = true
      }
      wordStart = written
      wordHasMarks = false
    }

    mutating func fold(_ text: UnsafeBufferPointer<UInt16>) {
      for index in 0..<text.count {
        var unit = text[index]
        if unit < 0x80 {
          // ASCII fast path: letters and digits extend the word, anything else ends it.
          if unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x0B || unit == 0x0C {
            space(at: index)
            continue
          }
          inSpace = false
          if !tables.isLetter(unit) {
            endWord()
            emit(unit, from: index)
            wordStart = written
            wordHasMarks = false
          } else {
            emit(unit, from: index)
          }
          continue
        }
        switch action[Int(unit)] {
        case 1:
          space(at: index)
          continue
        case 2:
          continue
        case 3:
          if written > wordStart, let composed = TermFolding.compose(units[written - 1], with: unit) {
            units[written - 1] = composed
            wordHasMarks = true
            continue
          }
        case 4: unit = VietnameseLetters.capitalD
        case 5: unit = VietnameseLetters.smallD
        default: break
        }
        inSpace = false
        emit(unit, from: index)
        if tables.isLetter(unit) {
          wordHasMarks = true
        } else {
          endWord(excludingLast: true)
          wordStart = written
          wordHasMarks = false
        }
      }
      endWord()
    }

    /// Canonicalizes the syllable `units[wordStart...]` (minus the last unit when `excludingLast`).
    @inline(__always)
    mutating func endWord(excludingLast: Bool = false) {
      let end = written - (excludingLast ? 1 : 0)
      guard wordHasMarks || iy, end - wordStart >= 2, end - wordStart <= 8 else { return }
      TermFolding.canonicalize(
        syllable: UnsafeMutableBufferPointer(start: units + wordStart, count: end - wordStart), iy: iy, tables: tables)
    }
  }
}
