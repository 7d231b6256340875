import Foundation
import TestSupport
import Testing

/// `songngu convert`, and `--from` on reading commands, end to end: output, messages, exit codes.
@Suite struct ConvertCommandTests {
  let samplePath = CLI.root.appendingPathComponent("samples/nato-trieu-tien.vi.txt").path

  var sample: String { (try? String(contentsOfFile: samplePath, encoding: .utf8)) ?? "" }

  /// The sample as glibc's iconv writes it in `encoding` (curly quotes transliterated to '"').
  func encodedSample(_ encoding: String, into folder: URL, name: String) throws -> URL {
    let file = folder.appendingPathComponent(name)
    let result = try CLI.tool(
      "sh", ["-c", "iconv -f UTF-8 -t \(encoding)//TRANSLIT \"$0\" > \"$1\"", samplePath, file.path])
    #expect(result.status == 0, "\(result.stderr)")
    return file
  }

  var straightQuotedSample: String {
    sample.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
  }

  /// "Hà Nội là thủ đô của nước Việt Nam, …" in VNI-Windows (its bytes are these Latin-1 letters).
  let vniArticle =
    "Tin toång hôïp\n\nHaø Noäi laø thuû ñoâ cuûa nöôùc Vieät Nam, thaønh phoá coù lòch söû hôn moät nghìn naêm.\n"

  var vniBytes: Data { Data(vniArticle.unicodeScalars.map { UInt8($0.value) }) }

  @Test func oneFileGoesToStandardOutput() throws {
    let folder = try CLI.temporaryDirectory()
    let file = try encodedSample("TCVN5712-1", into: folder, name: "bai.txt")
    let result = try CLI.run(["convert", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == straightQuotedSample)
    #expect(result.stderr.contains("\(file.path): TCVN3 (.VnTime), detected ("))
    #expect(result.stderr.contains("462 letters converted; written to standard output"))
    #expect(result.stderr.contains("note: TCVN3 (VN3) has no codes for capital toned vowels"))
  }

  @Test func helpTeachesTheOutputAndWhatTCVN3Loses() throws {
    let result = try CLI.run(["convert", "--help"])
    #expect(result.status == 0)
    let help = result.stdout.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
    #expect(help.contains("With one FILE and no --out, the result goes to standard output"))
    #expect(help.contains("TCVN3 (VN3) has no codes for capital toned vowels"))
    for name in ["tcvn3", "vni", "viscii", "cp1258", "viqr", "utf8-as-cp1252", "utf8-as-latin1"] {
      #expect(help.contains(name))
    }
  }

  @Test func severalFilesGoIntoAFolderMadeForThem() throws {
    let folder = try CLI.temporaryDirectory()
    let tcvn3 = try encodedSample("TCVN5712-1", into: folder, name: "a.txt")
    let viscii = try encodedSample("VISCII", into: folder, name: "b.txt")
    let cp1258 = try encodedSample("CP1258", into: folder, name: "c.txt")
    let out = folder.appendingPathComponent("new/converted")
    let result = try CLI.run(["convert", tcvn3.path, viscii.path, cp1258.path, "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    for (name, encoding) in [("a.txt", "TCVN3 (.VnTime)"), ("b.txt", "VISCII"), ("c.txt", "Windows-1258")] {
      let written = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
      // Windows-1258 has curly quotes; glibc writes the others' as '"'.
      #expect(written == (name == "c.txt" ? sample : straightQuotedSample), "\(name)")
      #expect(result.stderr.contains("\(name): \(encoding), detected"), "\(result.stderr)")
      #expect(result.stderr.contains("wrote \(out.path)/\(name)"))
    }
  }

  @Test func severalFilesNeedAFolder() throws {
    let result = try CLI.run(["convert", samplePath, samplePath])
    #expect(result.status == 64)
    #expect(result.stderr.contains("several files need --out DIR"))
    #expect(try CLI.run(["convert", "--from", "latin9", samplePath]).status == 64)
  }

  @Test func unmappableBytesAreListedWithLineAndColumn() throws {
    let folder = try CLI.temporaryDirectory()
    let file = folder.appendingPathComponent("bad.txt")
    // "Hµ" (Hà), then "NÀi": TCVN3 has no letter on 0xC0.
    try Data([0x48, 0xB5, 0x0A, 0x4E, 0xC0, 0x69, 0x0A]).write(to: file)
    let out = folder.appendingPathComponent("good.txt")
    let result = try CLI.run(["convert", "--from", "tcvn3", file.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("\(file.path):2:2: warning: byte 0xC0 has no character in TCVN3"), "\(result.stderr)")
    #expect(result.stderr.contains("1 characters could not be mapped (written as U+FFFD)"))
    #expect(try String(contentsOf: out, encoding: .utf8) == "Hà\nN\u{FFFD}i\n")
    // A reading command stops at it, naming the remedy.
    let segment = try CLI.run(["segment", "--from", "tcvn3", file.path])
    #expect(segment.status == 1)
    #expect(segment.stderr.contains("\(file.path):2:2: byte 0xC0"))
    #expect(segment.stderr.contains("songngu convert --from tcvn3 \(file.path)"))
  }

  @Test func theInputIsNeverOverwritten() throws {
    let folder = try CLI.temporaryDirectory()
    let file = folder.appendingPathComponent("bai.txt")
    try vniBytes.write(to: file)
    for out in [file.path, folder.path, folder.path + "/", folder.path + "/./bai.txt"] {
      let result = try CLI.run(["convert", file.path, "--out", out])
      #expect(result.status == 1, "--out \(out)")
      #expect(result.stderr.contains("would overwrite the input"), "\(result.stderr)")
    }
    #expect(try Data(contentsOf: file) == vniBytes)
  }

  @Test func unicodeIsCopiedAsNFCWithANote() throws {
    let folder = try CLI.temporaryDirectory()
    let file = folder.appendingPathComponent("nfd.txt")
    try Data("Vie\u{0302}\u{0323}t Nam\r\nHa\u{0300} No\u{0302}\u{0323}i".utf8).write(to: file)
    let result = try CLI.run(["convert", file.path])
    #expect(result.status == 0)
    #expect(result.stdout == "Việt Nam\r\nHà Nội")
    #expect(result.stderr.contains("already UTF-8; copied as NFC (2 lines composed)"))
  }

  @Test func standardInputConvertsToo() throws {
    let result = try CLI.run(["convert", "--from", "vni", "-"], stdin: vniBytes)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Hà Nội là thủ đô của nước Việt Nam, thành phố có lịch sử hơn một nghìn năm."))
  }

  // MARK: - --from on reading commands

  @Test func segmentReadsFromALegacyEncoding() throws {
    let folder = try CLI.temporaryDirectory()
    let file = try encodedSample("TCVN5712-1", into: folder, name: "bai.txt")
    let refused = try CLI.run(["segment", file.path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("looks like TCVN3 (.VnTime) text"))
    #expect(refused.stderr.contains("`songngu convert --from tcvn3 \(file.path) --out FILE`"))
    #expect(refused.stderr.contains("`--from tcvn3`"))
    let read = try CLI.run(["segment", "--from", "tcvn3", file.path])
    #expect(read.status == 0, "\(read.stderr)")
    let plain = try CLI.run(["segment", samplePath])
    #expect(
      read.stdout == plain.stdout.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\""))
    let detected = try CLI.run(["segment", "--from", "auto", file.path])
    #expect(detected.stdout == read.stdout)
    #expect(detected.stderr.contains("note: read as TCVN3 (.VnTime), found by detection"))
  }

  @Test func prepareReadsFromALegacyEncoding() throws {
    let folder = try CLI.temporaryDirectory()
    let file = folder.appendingPathComponent("ha-noi.txt")
    try vniBytes.write(to: file)
    let out = folder.appendingPathComponent("out")
    let refused = try CLI.run(["prepare", file.path, "--out", out.path, "--formats", "csv"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("looks like VNI-Windows text"))
    #expect(refused.stderr.contains("`--from vni`"))
    let result = try CLI.run(["prepare", "--from", "vni", file.path, "--out", out.path, "--formats", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    let csv = try String(contentsOf: out.appendingPathComponent("ha-noi.csv"), encoding: .utf8)
    #expect(csv.contains("Hà Nội là thủ đô của nước Việt Nam, thành phố có lịch sử hơn một nghìn năm."))
    #expect(csv.contains("Tin tổng hợp"))
  }
}
