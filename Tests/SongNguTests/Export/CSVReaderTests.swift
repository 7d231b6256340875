import Testing

@testable import SongNgu

extension ExportTests {
  @Suite struct CSVReaderTests {
    func read(_ text: String, dialect: CSVDialect = CSVDialect()) throws -> [BilingualDocument] {
      try CSVReader(dialect: dialect).read(Array(text.utf8), name: "in.csv")
    }

    func location(_ text: String) -> (Int, Int)? {
      do {
        _ = try read(text)
        return nil
      } catch SongNguError.malformedData(_, let line, let column, _) {
        return (line, column)
      } catch {
        return nil
      }
    }

    @Test func readsPlainCSVFromOtherTools() throws {
      let documents = try read("source,target,note\nXin chào,Hello,x\n\n\"Tạm biệt\",\"Good\"\"bye\"\"\",\n")
      #expect(documents.count == 1)
      #expect(documents[0].name == "in.csv")
      #expect(documents[0].units.map(\.source) == ["Xin chào", "Tạm biệt"])
      #expect(documents[0].units.map(\.target) == ["Hello", "Good\"bye\""])
      #expect(documents[0].units.map(\.id) == ["row2", "row4"])
      #expect(documents[0].units.allSatisfy { $0.kind == .body && $0.targetOrigin == .human })
    }

    @Test func reportsWhereTheFileBreaksTheRules() {
      #expect(location("source,target\n\"a,b\n") != nil)  // unterminated quote
      #expect(location("source,target\na\"b,c\n").map { $0.0 } == 2)  // quote inside an unquoted field
      #expect(location("source,target\n\"a\"x,b\n").map { $0.0 } == 2)  // text after the closing quote
      #expect(location("source,target\n\"a\nb\",c\nd\n").map { $0.0 } == 4)  // too few fields, on line 4
      #expect(location("vi,en\na,b\n").map { $0.0 } == 1)  // no source/target header
    }

    @Test func theFormulaGuardIsReversibleForEveryShortCell() {
      let alphabet: [String] = ["'", "=", "-", "+", "@", "\t", "\r", "a", " "]
      var cells: [String] = [""]
      for _ in 0..<4 { cells += cells.flatMap { cell in alphabet.map { cell + $0 } } }
      for cell in Set(cells) {
        let written = SpreadsheetFormulaGuard.guarded(cell)
        #expect(SpreadsheetFormulaGuard.unguarded(written) == cell, "\(cell.debugDescription)")
        if let first = written.unicodeScalars.first {
          #expect(!"=+-@\t\r".unicodeScalars.contains(first), "\(written.debugDescription) starts a formula")
        }
      }
      #expect(SpreadsheetFormulaGuard.guarded("'Tis") == "'Tis")
      #expect(SpreadsheetFormulaGuard.guarded("- Vâng.") == "'- Vâng.")
    }
  }
}
