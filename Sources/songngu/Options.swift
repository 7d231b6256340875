import ArgumentParser
import Foundation
import SongNgu

/// Options for reading Vietnamese articles, shared by every subcommand that reads one.
struct ReadingOptionGroup: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      """
      The encoding of the Vietnamese input: utf8 (UTF-8, or UTF-16 with a byte-order mark; legacy text \
      is refused, naming its encoding), auto (detected and converted), or a legacy encoding, converted \
      as it is read (see `songngu convert --help`).
      """,
      valueName: "encoding"))
  var from: InputEncoding = .utf8

  @Option(
    name: .long, help: "Tone-mark placement in oa/oe/uy: keep (the author's), old (hòa, thủy) or new (hoà, thuỷ).")
  var toneStyle: ToneStyle = .keep

  @Flag(
    inversion: .prefixedNo,
    help: "Join hard-wrapped lines (lines broken mid-sentence). Default: detected per block.")
  var wrapped: Bool?

  @Option(name: .long, help: "An extra abbreviation list (same format as the built-in one); repeatable.")
  var abbreviations: [String] = []

  @Option(name: .long, help: "Refuse lines longer than this many bytes.")
  var maxLineBytes: Int = 1 << 20

  @Option(
    name: .long,
    help: "Refuse blocks (lines without a blank line between them, one paragraph) longer than this many bytes.")
  var maxBlockBytes: Int = 4 << 20

  func validate() throws {
    guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
    guard maxBlockBytes > 0 else { throw ValidationError("--max-block-bytes must be positive") }
  }

  /// The library's reading options.
  func readingOptions() throws -> ReadingOptions {
    var list = AbbreviationList.standard
    for path in abbreviations {
      try list.add(parsing: try readTextFile(path), name: path)
    }
    var options = ReadingOptions(
      normalization: NormalizationOptions(toneStyle: toneStyle, wrapped: wrapped), abbreviations: list,
      maxLineBytes: maxLineBytes, maxBlockBytes: maxBlockBytes)
    options.encoding = from
    return options
  }

  /// Opens the Vietnamese article `path` ("-" or nil for standard input) as these options say.
  func open(_ path: String?) throws -> LineReader {
    guard let path, path != "-" else {
      return try LineReader(standardInputNamed: "-", maxLineBytes: maxLineBytes, encoding: from)
    }
    return try LineReader(path: path, maxLineBytes: maxLineBytes, encoding: from)
  }
}

/// The glossaries a command drafts or checks with: `--glossary PATH…`, by default `glossaries/`.
struct GlossaryOptionGroup: ParsableArguments {
  @Option(
    name: .long,
    help: """
      A glossary file or folder (TSV, CSV, TBX); repeatable. Default: glossaries/, or the built-in news \
      glossary where there is no such folder.
      """)
  var glossary: [String] = []

  /// The default folder, relative to the current directory.
  static let defaultFolder = "glossaries"

  /// Loads the glossaries given, or the default folder, or (without one) the built-in news glossary,
  /// saying so on standard error.
  func load() throws -> SongNgu.Glossary {
    if glossary.isEmpty && !FileManager.default.fileExists(atPath: Self.defaultFolder) {
      let builtIn = try GlossaryLoader.builtIn()
      printError(
        "no glossaries/ folder here: using the built-in news glossary (\(builtIn.entries.count) entries); --glossary PATH uses your own"
      )
      return builtIn
    }
    return try GlossaryLoader.load(paths: paths)
  }

  /// The paths to load: the ones given, or the default folder.
  var paths: [String] { glossary.isEmpty ? [Self.defaultFolder] : glossary }
}

/// `--workers N`: the worker threads of a command that works on many articles in parallel.
struct WorkerOptionGroup: ParsableArguments {
  @Option(help: "Worker threads (default: the number of cores).")
  var workers: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
  }
}

/// `--lexicon FILE…` and `--min-doc-score`: the evidence `align` and `corpus` weigh and the document
/// verdict's threshold.
struct AlignmentEvidenceOptionGroup: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A word list (vi<TAB>en a line) whose translations count as evidence; repeatable.", valueName: "file"))
  var lexicon: [String] = []

  @Option(help: "Documents scoring below this (0–1) are probably not translations of each other.")
  var minDocScore: Double = DocumentVerdict.defaultThreshold

  func validate() throws {
    guard (0...1).contains(minDocScore) else { throw ValidationError("--min-doc-score must be between 0 and 1") }
  }

  /// The lexicon: the built-in one, `terms`' entries and the `--lexicon` files.
  func lexicon(glossary terms: SongNgu.Glossary?) throws -> TranslationLexicon {
    try TranslationLexicon.load(paths: lexicon, glossary: terms)
  }
}

/// Parses a `--formats` value: format names separated by commas, in the order given.
///
/// Spaces around the names and case are ignored. The one parser of every command's `--formats`.
func parseFormats<Format: RawRepresentable & CaseIterable>(_ value: String) throws -> [Format]
where Format.RawValue == String {
  try value.split(separator: ",").map { name in
    guard let format = Format(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
      throw ValidationError(
        "unknown format '\(name)': expected \(Format.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return format
  }
}

extension ToneStyle: ExpressibleByArgument {}

extension InputEncoding: ExpressibleByArgument {
  public init?(argument: String) { self.init(name: argument) }
  public static var allValueStrings: [String] { names }
  public var defaultValueDescription: String { description }
}

/// Reads a small UTF-8 text file (a list or a glossary), with songngu's errors.
func readTextFile(_ path: String) throws -> String {
  let reader = try LineReader(path: path)
  var units: [UInt16] = []
  var text = ""
  while try reader.nextLine(into: &units) {
    text += String(decoding: units, as: UTF16.self)
    text += "\n"
  }
  return text
}

/// Opens the English text `path` ("-" or nil for standard input): UTF-8, without VIQR detection.
func openEnglish(_ path: String?, maxLineBytes: Int) throws -> LineReader {
  guard let path, path != "-" else { return try LineReader(standardInputNamed: "-", maxLineBytes: maxLineBytes) }
  return try LineReader(path: path, maxLineBytes: maxLineBytes, detectsVIQR: false)
}

/// Runs `body`, turning songngu's input errors into a message and exit status 1.
func reportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as SongNguError {
    printError("error: \(error)")
    throw ExitCode(1)
  }
}

/// Prints to standard error, prefixed with the command name.
func printError(_ message: String) {
  let stderr = OutputBuffer(descriptor: 2)
  stderr.writeLine("songngu: \(message)")
  stderr.flush()
}
