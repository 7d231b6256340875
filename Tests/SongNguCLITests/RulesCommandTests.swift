import Foundation
import Testing

/// Runs the built `songngu rules`: SRX 2.0 on standard output or in a file, valid against the XSD.
@Suite struct RulesCommandTests {
  @Test func writesValidSRXToStandardOutputOrAFile() throws {
    let printed = try CLI.run(["rules", "--format", "srx"])
    #expect(printed.status == 0, "\(printed.stderr)")
    #expect(printed.stdout.contains("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">"))
    #expect(printed.stdout.contains("<languagemap languagepattern=\"[Vv][Ii]([-_].*)?\""))
    #expect(try CLI.run(["rules"]).stdout == printed.stdout)
    #expect(try CLI.run(["rules", "--out", "-"]).stdout == printed.stdout)
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("songngu.srx").path
    let written = try CLI.run(["rules", "--format", "srx", "--out", file])
    #expect(written.status == 0 && written.stdout.isEmpty, "\(written.stderr)")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == printed.stdout)
    let schema = CLI.root.appendingPathComponent("schemas/srx/srx20.xsd").path
    let lint = try CLI.tool("xmllint", ["--noout", "--nonet", "--schema", schema, file])
    #expect(lint.status == 0, "xmllint (apt-get install libxml2-utils): \(lint.stderr)")
  }

  @Test func takesTheUsersAbbreviations() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let list = folder.appendingPathComponent("extra.txt")
    try "[before-name]\nHLV.\n".write(to: list, atomically: true, encoding: .utf8)
    let result = try CLI.run(["rules", "--abbreviations", list.path])
    #expect(result.status == 0 && result.stdout.contains("|HLV|"), "\(result.stderr)")
    #expect(!(try CLI.run(["rules"]).stdout.contains("|HLV|")))
  }

  @Test func refusesAnUnknownFormatAndTeachesInHelp() throws {
    let unknown = try CLI.run(["rules", "--format", "xml"])
    #expect(unknown.status == 64 && unknown.stderr.contains("srx"))
    let help = try CLI.run(["rules", "--help"])
    #expect(help.status == 0 && help.stdout.contains("SRX 2.0") && help.stdout.contains("docs/srx.md"))
  }
}
