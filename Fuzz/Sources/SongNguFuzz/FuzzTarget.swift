import Foundation
import SongNgu

/// libFuzzer's entry point: runs one input through the reader `SONGNGU_FUZZ_TARGET` names.
///
/// A reader may refuse an input with a `SongNguError` (that is what it is for); anything else that
/// stops the process — a runtime trap, a sanitizer report, a failed read-back — is a bug. main.swift
/// hands it to libFuzzer's driver; under its C name a plain `swiftc -sanitize=fuzzer` build finds it too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
  FuzzTarget.selected.run(bytes)
  return 0
}

/// The readers that can be fuzzed, by the name `SONGNGU_FUZZ_TARGET` and Fuzz/run.sh use.
enum FuzzTarget: String, CaseIterable {
  /// What `songngu prepare` does with an article's bytes: decode, detect legacy encodings and
  /// mojibake, normalize, find blocks, segment, draft with the built-in glossary; the candidate
  /// detector `coverage` runs; then every bilingual writer, and each file read back by its reader
  /// (what `merge` will read).
  case article
  /// The glossary readers; a glossary read without errors is also compiled into a term matcher,
  /// drafts its own terms and is written in every glossary format.
  case glossaryTSV = "glossary-tsv"
  case glossaryCSV = "glossary-csv"
  case glossaryTBX = "glossary-tbx"
  /// The bilingual readers (`merge` reads CSV and both XLIFFs; the OmegaT kit reads TMX); what they
  /// read is merged as `merge` does, written back in the same format and read again.
  case xliff
  case xliff2
  case tmx
  case csv
  case xlsx
  /// `songngu corpus --jsonl`: `{"id","vi","en"}` lines, each article pair read and aligned.
  case jsonl

  static let selected: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["SONGNGU_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      let names = allCases.map(\.rawValue).joined(separator: " ")
      FileHandle.standardError.write(Data("SongNguFuzz: set SONGNGU_FUZZ_TARGET to one of: \(names)\n".utf8))
      exit(2)
    }
    return target
  }()

  /// Builds what the target reuses across inputs (the built-in glossary's matcher, the aligner), so
  /// that libFuzzer's timeout for the first input measures the input alone.
  func warmUp() {
    switch self {
    case .article: _ = Self.preparer
    case .jsonl: _ = Self.corpus
    default: break
    }
  }

  func run(_ bytes: [UInt8]) {
    switch self {
    case .article: Self.article(bytes)
    case .glossaryTSV: Self.glossary(bytes, format: .tsv)
    case .glossaryCSV: Self.glossary(bytes, format: .csv)
    case .glossaryTBX: Self.glossary(bytes, format: .tbx)
    case .xliff: Self.bilingual(bytes, format: .xliff)
    case .xliff2: Self.bilingual(bytes, format: .xliff2)
    case .tmx: Self.bilingual(bytes, format: .tmx)
    case .csv: Self.bilingual(bytes, format: .csv)
    case .xlsx:
      Self.bilingual(bytes, format: .xlsx)
      // Past the zip layer: the same archive with every entry's CRC-32 made right, which a mutation
      // of a part's XML almost never keeps.
      if let fixed = StoredZipChecksums.fixed(bytes) { Self.bilingual(fixed, format: .xlsx) }
    case .jsonl: Self.jsonl(bytes)
    }
  }

  /// Built once: the preparer `songngu prepare` makes without `--glossary` outside the repository.
  static let preparer: ArticlePreparer = {
    let glossary = (try? GlossaryLoader.builtIn()) ?? Glossary()
    return ArticlePreparer(glossary: glossary, options: PrepareOptions(synchronizes: false))
  }()

  static func article(_ bytes: [UInt8]) {
    guard let article = try? preparer.prepare(bytes: bytes, name: "fuzz.txt") else { return }
    // What `songngu coverage` finds in it: the candidate detector over the document's sentences.
    _ = CandidateDetector().candidates(in: article.document.sentences)
    for format in BilingualFormat.allCases {
      readBack([article.bilingual], format: format)
    }
  }

  static func glossary(_ bytes: [UInt8], format: GlossaryFormat) {
    guard let file = try? format.reader.read(bytes: bytes, name: "fuzz.\(format.rawValue)"), file.errors.isEmpty
    else { return }
    let translator = DraftTranslator(matcher: TermMatcher(glossary: file.glossary))
    _ = translator.draft(file.entries.prefix(16).map(\.source).joined(separator: " "))
    for other in GlossaryFormat.allCases {
      _ = other.writer.write(file.glossary)
    }
  }

  static func bilingual(_ bytes: [UInt8], format: BilingualFormat) {
    let reader = format.writer().reader
    guard let documents = try? reader.read(bytes, name: "fuzz") else { return }
    _ = ArticleMerger.merge(documents, file: "fuzz")
    readBack(documents, format: format)
  }

  /// Writes `documents` in `format` and reads them back: what a writer writes, its reader must read.
  static func readBack(_ documents: [BilingualDocument], format: BilingualFormat) {
    let writer = format.writer()
    let output = writer.write(documents)
    do {
      _ = try writer.reader.read(output.bytes, name: "fuzz.\(writer.fileExtension)")
    } catch {
      fatalError("\(format.rawValue) read-back failed: \(error)")
    }
  }

  static let corpus = CorpusAligner()

  static func jsonl(_ bytes: [UInt8]) {
    guard let lines = try? LineReader(bytes: bytes, name: "-", maxLineBytes: 1 << 26) else { return }
    _ = try? corpus.streamJSONL(lines: lines, workers: 1, onError: .emit, write: { _ in }, report: { _ in })
  }
}
