import Testing

@testable import SongNgu

/// The character tables are built with shortcuts (uniform blocks copied, not looked up): every
/// BMP code unit must still hold what ICU and the vowel table say.
@Suite struct CharacterTableTests {
  @Test func everyCodeUnitHasItsICUClassesAndLowerCase() {
    var wrongClasses: [Int] = []
    var wrongLower: [Int] = []
    for unit in 0..<0x10000 {
      if CharacterClass.table[unit] != CharacterClass.classesFromICU(of: unit) { wrongClasses.append(unit) }
      if CharacterClass.lowerTable[unit] != CharacterClass.lowercaseFromICU(of: unit) { wrongLower.append(unit) }
    }
    #expect(wrongClasses.isEmpty, "\(wrongClasses.prefix(10).map { String($0, radix: 16) })")
    #expect(wrongLower.isEmpty, "\(wrongLower.prefix(10).map { String($0, radix: 16) })")
  }

  @Test func everyCodeUnitHasItsLineFacts() {
    let wrong = (0..<0x10000).filter { LineFacts.table[$0] != LineFacts.factsOf($0) }
    #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0, radix: 16) })")
  }

  @Test func theShortcutBlocksAreReallyUniform() {
    // What the tables rely on, checked against ICU directly; and the blocks are sorted and apart.
    for blocks in [CharacterClass.uniformBlocks, LineFacts.blocksWithoutFacts] {
      #expect(zip(blocks, blocks.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
    }
    for block in CharacterClass.uniformBlocks {
      let first = CharacterClass.classesFromICU(of: block.lowerBound)
      #expect(block.allSatisfy { CharacterClass.classesFromICU(of: $0) == first }, "\(block)")
    }
  }
}
