import Foundation
import SongNgu
import Testing

@Suite struct GlossaryLoaderTests {
  @Test func formatsComeFromExtensions() {
    #expect(GlossaryFormat(path: "glossaries/news-vi-en.csv") == .csv)
    #expect(GlossaryFormat(path: "omegat/glossary.TSV") == .tsv)
    #expect(GlossaryFormat(path: "terms.tbx") == .tbx)
    #expect(GlossaryFormat(path: "notes.txt") == nil)
    #expect(GlossaryFormat(path: "folder.csv/file") == nil)
  }

  @Test func loadsEveryGlossaryInAFolderSortedAndSkipsHiddenOnes() throws {
    let folder = try GlossaryTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: folder + "/more", withIntermediateDirectories: true)
    let files = [
      "b.tsv": "Nga\tRussia\n", "a.csv": "vi,en\nMỹ,United States\n", ".hidden.tsv": "x\ty\n",
      ".git/x.tsv": "x\ty\n", "notes.txt": "not a glossary", "more/c.tbx": TBXGlossaryReaderTests.tbx2008,
    ]
    for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
    let found = try GlossaryLoader.files(in: [folder]).map { String($0.dropFirst(folder.count + 1)) }
    #expect(found == ["a.csv", "b.tsv", "more/c.tbx"])
    let glossary = try GlossaryLoader.load(paths: [folder])
    #expect(glossary.entries.map(\.source) == ["Mỹ", "Nga", "Triều Tiên", "tin vịt"])
    #expect(glossary.entries[1].location == SourceLocation(file: folder + "/b.tsv", line: 1, column: 1))
    #expect(glossary.files.count == 3)
  }

  @Test func loadingStopsAtTheFirstUnreadableRow() throws {
    let folder = try GlossaryTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("Nga\tRussia\nMỹ\n".utf8).write(to: URL(fileURLWithPath: folder + "/g.tsv"))
    let error = #expect(throws: SongNguError.self) { try GlossaryLoader.load(paths: [folder + "/g.tsv"]) }
    #expect(error?.description == "\(folder)/g.tsv:2:1: expected 2 or 3 tab-separated columns, found 1")
    let missing = #expect(throws: SongNguError.self) { try GlossaryLoader.load(paths: [folder + "/none.tsv"]) }
    #expect(missing == .fileNotFound(path: folder + "/none.tsv"))
  }

  @Test func loadsTheNewsGlossary() throws {
    let glossary = try GlossaryLoader.load(paths: [Paths.repository("glossaries")])
    #expect(glossary.entries.count >= 300)
    #expect(glossary.entries.allSatisfy { $0.location != nil })
  }

  /// The compiled-in news glossary is the file in glossaries/ (a link to the copy the library embeds).
  @Test func theBuiltInGlossaryIsTheNewsGlossary() throws {
    let builtIn = try GlossaryLoader.builtIn()
    let file = try GlossaryLoader.load(paths: [Paths.repository("glossaries/news-vi-en.csv")])
    #expect(GlossaryTestSupport.content(builtIn.entries) == GlossaryTestSupport.content(file.entries))
    #expect(builtIn.entries.first?.location?.file == GlossaryLoader.builtInName)
  }

  @Test func convertWritesAtomicallyAndRefusesToOverwriteItsInput() throws {
    let folder = try GlossaryTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let input = folder + "/news.csv"
    try FileManager.default.copyItem(atPath: GlossaryTestSupport.newsGlossary, toPath: input)
    let written = try GlossaryConverter.convert(input: input, output: folder + "/news.tbx")
    #expect(written.entries.count >= 300)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["news.csv", "news.tbx"])
    let back = try GlossaryConverter.convert(input: folder + "/news.tbx", output: folder + "/back.csv")
    #expect(GlossaryTestSupport.content(back.entries) == GlossaryTestSupport.content(written.entries))

    let same = #expect(throws: SongNguError.self) {
      try GlossaryConverter.convert(input: input, output: folder + "/./news.csv")
    }
    #expect(same == .unsafeOutput(path: folder + "/./news.csv", reason: "it is the input file; write to another path"))
    try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: input)
    #expect(throws: SongNguError.self) { try GlossaryConverter.convert(input: input, output: folder + "/link.csv") }
  }
}
