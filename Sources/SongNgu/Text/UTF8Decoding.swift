/// UTF-8 in: the one validator (`sequence(at:in:count:)`) and the decoder to UTF-16 over byte
/// buffers that steps with it.
enum UTF8Decoding {
  /// Appends the UTF-16 form of `bytes` to `output`; returns the offset of the first invalid byte, or nil.
  ///
  /// UTF-8 never needs more UTF-16 code units than bytes, so the output is written into space
  /// reserved up front.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt16]) -> Int? {
    var facts = LineFacts()
    var pairs: [Int32] = []
    return decode(bytes, appendingTo: &output, facts: &facts, markedPairs: &pairs)
  }

  /// Decodes like `decode(_:appendingTo:)`, and gathers the line's `LineFacts` and its marked pairs.
  ///
  /// A marked pair is two adjacent units, not both ASCII, whose table entries make a pair
  /// (`LineFacts.isPair`); `markedPairs` gets the position of each pair's second unit, from the start
  /// of the appended text. (The table marks the vowels of open `oa`/`oe`/`uy` rimes, and the tone
  /// pass then looks at these positions only: `Normalizer.placeToneMarks(atCandidates:in:counts:)`.)
  /// The checks ride on the non-ASCII branch, where the table is read anyway.
  ///
  /// ASCII is taken eight bytes at a time (`asciiPrefix`): the run up to the next non-ASCII byte is
  /// widened and checked for cleaning in one step, which cut decoding time by a sixth on Vietnamese
  /// news (ASCII runs average 4.4 bytes there). Selecting among the forms without branches measured
  /// slower in Swift, for all forms and for the two- and three-byte ones alone.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt16], facts: inout LineFacts,
    markedPairs: inout [Int32]
  ) -> Int? {
    let count = bytes.count
    let base = output.count
    markedPairs.removeAll(keepingCapacity: true)
    guard let input = bytes.baseAddress, count > 0 else {
      facts = LineFacts()
      return nil
    }
    output.append(contentsOf: repeatElement(0, count: count))
    var written = 0
    var failure: Int?
    var flags: UInt8 = 0
    let table = CharacterTables.shared.facts
    output.withUnsafeMutableBufferPointer { all in
      guard let out = all.baseAddress.map({ $0 + base }) else { return }
      var index = 0
      var previousSpace: UInt8 = 1  // a leading space needs cleaning
      while index < count {
        if index &+ 8 <= count {
          // Eight bytes at a time: the ASCII run at their start is widened and checked as one word.
          let ascii = Self.asciiPrefix(input + index, to: out + written, previousSpace: &previousSpace)
          flags |= ascii.needsCleaning
          written &+= ascii.count
          index &+= ascii.count
          if ascii.count == 8 { continue }
        } else {
          let b0 = input[index]
          if b0 < 0x80 {
            out[written] = UInt16(b0)
            // Controls, DEL and doubled spaces need cleaning; computed without branches.
            let space: UInt8 = b0 == 0x20 ? 1 : 0
            flags |= ((b0 &- 0x20) >> 7) | ((b0 &+ 1) >> 7) | (space & previousSpace)
            previousSpace = space
            written &+= 1
            index &+= 1
            continue
          }
        }
        previousSpace = 0
        let sequence = Self.sequence(at: index, in: input, count: count)
        guard sequence.length > 0 else {
          failure = index
          return
        }
        let length = sequence.length
        if sequence.scalar > 0xFFFF {
          let shifted = sequence.scalar &- 0x10000
          out[written] = UInt16(truncatingIfNeeded: 0xD800 &+ (shifted &>> 10))
          out[written &+ 1] = UInt16(truncatingIfNeeded: 0xDC00 &+ (shifted & 0x3FF))
          flags |= LineFacts.mayNeedComposition.rawValue
          written &+= 2
          index &+= 4
          continue
        }
        let unit = UInt16(truncatingIfNeeded: sequence.scalar)
        out[written] = unit
        let unitFlags = table[Int(unit)]
        flags |= unitFlags
        if unitFlags & (LineFacts.pairFirst | LineFacts.pairSecond) != 0 {
          // This unit after its first, or an ASCII second after this unit.
          if unitFlags & LineFacts.pairSecond != 0 {
            if written > 0 && LineFacts.isPair(table[Int(out[written &- 1])], unitFlags) {
              markedPairs.append(Int32(truncatingIfNeeded: written))
            }
          } else if index &+ length < count {
            let next = input[index &+ length]
            if next < 0x80 && LineFacts.isPair(unitFlags, table[Int(next)]) {
              markedPairs.append(Int32(truncatingIfNeeded: written &+ 1))
            }
          }
        }
        written &+= 1
        index &+= length
      }
    }
    output.removeLast(count - written)
    // A trailing space needs cleaning.
    if written > 0 && output[base + written - 1] == 0x20 { flags |= LineFacts.needsCleaning.rawValue }
    facts = LineFacts(rawValue: flags).intersection([.needsCleaning, .mayNeedComposition])
    return failure
  }

  /// The scalar of the UTF-8 sequence that starts with the non-ASCII byte `input[index]`, and its
  /// length in bytes (2, 3 or 4); length 0 when the bytes there are not valid UTF-8: a
  /// continuation byte or `C0`, `C1`, `F5`–`FF` first, a missing or bad continuation byte (`count`
  /// ends the input), an overlong form, a surrogate, or a value above U+10FFFF.
  ///
  /// The one UTF-8 validator: the decoder above and the legacy-encoding sniff
  /// (`LegacyEncodingDetector.isPlainVietnameseUTF8`) both step through non-ASCII text with it.
  @inline(__always)
  static func sequence(
    at index: Int, in input: UnsafePointer<UInt8>, count: Int
  ) -> (scalar: UInt32, length: Int) {
    let b0 = input[index]
    if b0 < 0xC2 { return (0, 0) }
    if b0 < 0xE0 {
      guard index &+ 1 < count else { return (0, 0) }
      let b1 = input[index &+ 1]
      guard b1 & 0xC0 == 0x80 else { return (0, 0) }
      return (UInt32(b0 & 0x1F) &<< 6 | UInt32(b1 & 0x3F), 2)
    }
    if b0 < 0xF0 {
      guard index &+ 2 < count else { return (0, 0) }
      let b1 = input[index &+ 1]
      let b2 = input[index &+ 2]
      // Bad continuation, overlong form (E0 80–9F) or surrogate (ED A0–BF).
      guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, !(b0 == 0xE0 && b1 < 0xA0), !(b0 == 0xED && b1 >= 0xA0) else {
        return (0, 0)
      }
      return (UInt32(b0 & 0x0F) &<< 12 | UInt32(b1 & 0x3F) &<< 6 | UInt32(b2 & 0x3F), 3)
    }
    if b0 < 0xF5 {
      guard index &+ 3 < count else { return (0, 0) }
      let b1 = input[index &+ 1]
      let b2 = input[index &+ 2]
      let b3 = input[index &+ 3]
      // Bad continuation, overlong form (F0 80–8F) or above U+10FFFF (F4 90–BF).
      guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80, !(b0 == 0xF0 && b1 < 0x90),
        !(b0 == 0xF4 && b1 >= 0x90)
      else { return (0, 0) }
      return (
        UInt32(b0 & 0x07) &<< 18 | UInt32(b1 & 0x3F) &<< 12 | UInt32(b2 & 0x3F) &<< 6 | UInt32(b3 & 0x3F), 4
      )
    }
    return (0, 0)
  }

  /// Widens the ASCII bytes at the start of the eight at `input` to UTF-16 at `output` and tells
  /// how many there are (8 when all are) and whether they need cleaning (1) or not (0): a control, a
  /// DEL, or a space after a space (`previousSpace`, 1 or 0, is the space before the first byte
  /// and becomes whether the last ASCII byte is one).
  ///
  /// All eight units are written; those after the ASCII run are written over by the caller. Every
  /// lane is checked at once (SWAR): lanes are below 0x80 up to the run's end, so no lane borrows
  /// from or carries into another there.
  @inline(__always)
  static func asciiPrefix(
    _ input: UnsafePointer<UInt8>, to output: UnsafeMutablePointer<UInt16>, previousSpace: inout UInt8
  ) -> (count: Int, needsCleaning: UInt8) {
    let raw = UnsafeRawPointer(input)
    let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    UnsafeMutableRawPointer(output).storeBytes(
      of: SIMD8<UInt16>(truncatingIfNeeded: raw.loadUnaligned(as: SIMD8<UInt8>.self)), as: SIMD8<UInt16>.self)
    let high: UInt64 = 0x8080_8080_8080_8080
    let low: UInt64 = 0x0101_0101_0101_0101
    let nonASCII = word & high
    let count = nonASCII == 0 ? 8 : nonASCII.trailingZeroBitCount &>> 3
    guard count > 0 else { return (0, 0) }
    // The high bit of each lane of the run: below 0x20, 0x7F, 0x20.
    let lanes: UInt64 = count == 8 ? high : high & ((1 &<< UInt64(count &* 8)) &- 1)
    let control = ~((word | high) &- low &* 0x20) & high
    let delete = (word &+ low) & high
    let spaces = ~(((word ^ (low &* 0x20)) | high) &- low) & high
    let before = spaces &<< 8 | UInt64(previousSpace) &<< 7
    let needs = (control | delete | (spaces & before)) & lanes
    previousSpace = UInt8(truncatingIfNeeded: spaces &>> UInt64(count &* 8 &- 1)) & 1
    return (count, needs == 0 ? 0 : 1)
  }

  /// The 1-based column (in characters) of byte `offset` in a line that is valid UTF-8 before it.
  static func columnOfByte(_ offset: Int, in line: ArraySlice<UInt8>) -> Int {
    var column = 1
    for byte in line.prefix(offset) where byte & 0xC0 != 0x80 { column += 1 }
    return column
  }
}
