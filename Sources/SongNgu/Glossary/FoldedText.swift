/// A text folded for term matching (see `TermFolding`), with each folded unit's original offset.
///
/// Reused between sentences to avoid allocating: `fold` replaces the contents.
struct FoldedText {
  /// The folded units, case kept.
  var units: [UInt16] = []
  /// `origins[i]`: the UTF-16 offset in the original text of the first unit folded into `units[i]`.
  var origins: [Int32] = []
  /// The length of the original text, the end offset of the last folded unit.
  var originalLength = 0

  /// The original offsets of the folded range `range`: from the first unit of its first folded unit to
  /// the unit before the next folded unit (so combining marks and dropped characters stay inside).
  @inline(__always)
  func originalRange(_ range: Range<Int>) -> Range<Int> {
    let lower = Int(origins[range.lowerBound])
    let upper = range.upperBound < origins.count ? Int(origins[range.upperBound]) : originalLength
    return lower..<upper
  }

  /// Folds `text` (UTF-16 units) into this buffer.
  mutating func fold(_ text: UnsafeBufferPointer<UInt16>, iy: Bool) {
    units.removeAll(keepingCapacity: true)
    origins.removeAll(keepingCapacity: true)
    units.reserveCapacity(text.count)
    origins.reserveCapacity(text.count)
    originalLength = text.count
    var wordStart = 0
    var wordHasMarks = false
    var inSpace = false

    for index in 0..<text.count {
      var unit = text[index]
      if unit < 0x80 {
        // ASCII fast path: letters and digits extend the word, anything else ends it.
        if unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x0B || unit == 0x0C {
          if !inSpace {
            endWord(from: wordStart, hasMarks: wordHasMarks, iy: iy)
            units.append(0x20)
            origins.append(Int32(index))
            inSpace = true
          }
          wordStart = units.count
          wordHasMarks = false
          continue
        }
        inSpace = false
        if !CharacterClass.isLetter(unit) {
          endWord(from: wordStart, hasMarks: wordHasMarks, iy: iy)
          units.append(unit)
          origins.append(Int32(index))
          wordStart = units.count
          wordHasMarks = false
        } else {
          units.append(unit)
          origins.append(Int32(index))
        }
        continue
      }
      switch TermFolding.action[Int(unit)] {
      case 1:
        if !inSpace {
          endWord(from: wordStart, hasMarks: wordHasMarks, iy: iy)
          units.append(0x20)
          origins.append(Int32(index))
          inSpace = true
        }
        wordStart = units.count
        wordHasMarks = false
        continue
      case 2:
        continue
      case 3:
        if units.count > wordStart, let composed = TermFolding.compose(units[units.count - 1], with: unit) {
          units[units.count - 1] = composed
          wordHasMarks = true
          continue
        }
      case 4: unit = VietnameseLetters.capitalD
      case 5: unit = VietnameseLetters.smallD
      default: break
      }
      inSpace = false
      units.append(unit)
      origins.append(Int32(index))
      if CharacterClass.isLetter(unit) {
        wordHasMarks = true
      } else {
        endWord(from: wordStart, hasMarks: wordHasMarks, iy: iy, excludingLast: true)
        wordStart = units.count
        wordHasMarks = false
      }
    }
    endWord(from: wordStart, hasMarks: wordHasMarks, iy: iy)
  }

  /// Canonicalizes the syllable `units[start...]` (minus the last unit when `excludingLast`).
  @inline(__always)
  private mutating func endWord(from start: Int, hasMarks: Bool, iy: Bool, excludingLast: Bool = false) {
    let end = units.count - (excludingLast ? 1 : 0)
    guard hasMarks || iy, end - start >= 2, end - start <= 8 else { return }
    units.withUnsafeMutableBufferPointer { all in
      TermFolding.canonicalize(syllable: UnsafeMutableBufferPointer(rebasing: all[start..<end]), iy: iy)
    }
  }
}
