import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads TermBase eXchange: TBX 2008 / TBX-Basic (`<martif>`, `<termEntry>`, `<langSet>`, `<tig>` or
/// `<ntig>`) and TBX v3 (`<tbx>`, `<conceptEntry>`, `<langSec>`, `<termSec>`, DCA or DCT style).
///
/// Per entry, the first Vietnamese term is the source and the others its variants; the first English
/// term (the `preferredTerm-admn-sts` one, when marked) is the target and the others alternatives;
/// English terms marked deprecated or superseded (`administrativeStatus` or `normativeAuthorization`)
/// are forbidden. Definitions and notes become the note, `subjectField` the domain. Before parsing,
/// `XMLSafetyCheck` refuses entity declarations and internal DTD subsets; external entities and DTDs
/// are never fetched.
public struct TBXGlossaryReader: GlossaryReader {
  public init() {}

  public func read(_ lines: LineReader) throws(SongNguError) -> GlossaryFile {
    var text: [UInt16] = []
    var line: [UInt16] = []
    while try lines.nextLine(into: &line) {
      text += line
      text.append(0x0A)
    }
    try XMLSafetyCheck.check(&text, path: lines.name)
    let parser = XMLParser(data: Data(UTF16Text.string(text).utf8))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.shouldReportNamespacePrefixes = false
    let delegate = TBXParserDelegate(file: lines.name)
    parser.delegate = delegate
    let parsed = parser.parse()
    if let problem = delegate.fatal {
      throw .malformedData(path: lines.name, line: problem.line, column: problem.column, expected: problem.message)
    }
    if !parsed {
      throw .malformedData(
        path: lines.name, line: parser.lineNumber, column: max(parser.columnNumber, 1),
        expected: parser.parserError.map(Self.describe) ?? "malformed XML; expected well-formed TBX")
    }
    return GlossaryFile(
      path: lines.name, format: .tbx, entries: delegate.entries, findings: delegate.cleaner.findings,
      nonNFCCells: delegate.cleaner.nonNFCCells)
  }
}

extension TBXGlossaryReader {
  /// A message for an XMLParser error.
  ///
  /// On Linux its codes are libxml2's (`xmlParserErrors`), which
  /// `XMLParser.ErrorCode` does not name correctly, so the common ones are named here.
  static func describe(_ error: any Error) -> String {
    let code = (error as NSError).code
    let problems: [Int: String] = [
      4: "the document is empty", 5: "extra content after the root element, or the file ends too early",
      9: "a character XML does not allow", 26: "an undefined entity", 41: "an attribute without a value",
      73: "a missing '>'", 76: "an end tag that does not match its start tag", 77: "an unclosed tag at the end",
    ]
    let what = problems[code] ?? "libxml2 error \(code)"
    return "malformed XML: \(what); expected well-formed TBX"
  }
}

/// Collects entries from XMLParser events.
private final class TBXParserDelegate: NSObject, XMLParserDelegate {
  struct Problem {
    var message: String
    var line: Int
    var column: Int
  }

  struct Term {
    var text = ""
    var line: Int
    var column: Int
    var status = ""
  }

  /// A piece of text being collected from an element and its children.
  struct Capture {
    var category: String
    var depth: Int
    var text = ""
    var line: Int
    var column: Int
  }

  let file: String
  var cleaner: GlossaryCellCleaner
  var entries: [GlossaryEntry] = []
  var fatal: Problem?

  private var depth = 0
  private var sawRoot = false
  private var entryStart: (line: Int, column: Int)?
  private var language: String?
  private var sourceTerms: [Term] = []
  private var targetTerms: [Term] = []
  private var notes: [String] = []
  private var domains: [String] = []
  private var caseMatching = ""
  private var diacritics = ""
  private var notAfter: [String] = []
  private var notBefore: [String] = []
  /// The part of speech of the first Vietnamese term that has one.
  private var partOfSpeech = ""
  /// The term group (tig, ntig, termSec) being read.
  private var term: Term?
  private var capture: Capture?

  private static let entryElements: Set<String> = ["termEntry", "conceptEntry"]
  private static let languageElements: Set<String> = ["langSet", "langSec"]
  private static let termGroupElements: Set<String> = ["tig", "ntig", "termSec"]
  /// Elements whose data category is their `type` attribute (TBX 2008, TBX v3 DCA style).
  private static let typedElements: Set<String> = ["descrip", "termNote", "admin"]
  private static let capturedCategories: Set<String> = [
    "term", "note", "definition", "subjectField", "administrativeStatus", "normativeAuthorization",
    "x-songngu-case", "x-songngu-diacritics", "x-songngu-not-after", "x-songngu-not-before", "partOfSpeech",
  ]

  init(file: String) {
    self.file = file
    self.cleaner = GlossaryCellCleaner(file: file)
  }

  private static func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  private func stop(_ parser: XMLParser, _ message: String) {
    fatal = Problem(message: message, line: parser.lineNumber, column: max(parser.columnNumber, 1))
    parser.abortParsing()
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    depth += 1
    let name = Self.localName(elementName)
    if !sawRoot {
      sawRoot = true
      guard name == "martif" || name == "tbx" else {
        stop(parser, "the root element is <\(elementName)>; expected <martif> (TBX 2008) or <tbx> (TBX v3)")
        return
      }
    }
    if capture != nil { return }  // markup inside collected text (<hi>, <foreign>)
    if Self.entryElements.contains(name) {
      startEntry(line: parser.lineNumber, column: parser.columnNumber)
      return
    }
    guard entryStart != nil else { return }
    if Self.languageElements.contains(name) {
      language = (attributes["xml:lang"] ?? attributes["lang"] ?? "").lowercased()
    } else if Self.termGroupElements.contains(name) {
      term = Term(line: parser.lineNumber, column: parser.columnNumber)
    } else {
      let category = Self.typedElements.contains(name) ? (attributes["type"] ?? "") : name
      if Self.capturedCategories.contains(category) {
        capture = Capture(category: category, depth: depth, line: parser.lineNumber, column: parser.columnNumber)
      }
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    guard fatal == nil else { return }
    fatal = Problem(
      message: TBXGlossaryReader.describe(parseError), line: parser.lineNumber, column: max(parser.columnNumber, 1))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    capture?.text += string
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    capture?.text += String(decoding: block, as: UTF8.self)
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    defer { depth -= 1 }
    if let current = capture {
      guard current.depth == depth else { return }
      capture = nil
      finish(current)
      return
    }
    let name = Self.localName(elementName)
    if Self.entryElements.contains(name) {
      endEntry()
    } else if Self.languageElements.contains(name) {
      language = nil
    } else if Self.termGroupElements.contains(name), let finished = term {
      add(finished)
      term = nil
    }
  }

  /// XML text with its layout undone.
  ///
  /// A run of white space that holds a line break (indentation of pretty-printed XML) becomes one space, or nothing at either end. Other spaces are kept, so stray
  /// ones are still reported.
  static func unwrap(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
    let units = Array(text.utf16)
    var output: [UInt16] = []
    output.reserveCapacity(units.count)
    var index = 0
    while index < units.count {
      let unit = units[index]
      guard unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D else {
        output.append(unit)
        index += 1
        continue
      }
      var end = index
      var hasBreak = false
      while end < units.count && [0x20, 0x09, 0x0A, 0x0D].contains(units[end]) {
        if units[end] == 0x0A || units[end] == 0x0D { hasBreak = true }
        end += 1
      }
      if !hasBreak {
        output += units[index..<end]
      } else if index > 0 && end < units.count {
        output.append(0x20)
      }
      index = end
    }
    return UTF16Text.string(output)
  }

  private func finish(_ raw: Capture) {
    var capture = raw
    capture.text = Self.unwrap(raw.text)
    switch capture.category {
    case "term":
      if term != nil {
        term?.text = capture.text
        term?.line = capture.line
        term?.column = capture.column
      } else {
        add(Term(text: capture.text, line: capture.line, column: capture.column))
      }
    case "administrativeStatus", "normativeAuthorization":
      term?.status = capture.text.trimmingSpaces()
    case "note", "definition":
      let text = cleaner.clean(capture.text, line: capture.line, column: capture.column, name: capture.category)
      if !text.isEmpty { notes.append(text) }
    case "subjectField":
      let text = cleaner.clean(capture.text, line: capture.line, column: capture.column, name: "subject field")
      if !text.isEmpty { domains.append(text) }
    case "x-songngu-case":
      caseMatching = capture.text.trimmingSpaces()
    case "x-songngu-diacritics":
      diacritics = capture.text.trimmingSpaces()
    case "x-songngu-not-after", "x-songngu-not-before":
      let text = cleaner.clean(capture.text, line: capture.line, column: capture.column, name: "context rule")
      let items = cleaner.list(text, line: capture.line, column: capture.column, name: "context rule")
      if capture.category == "x-songngu-not-after" { notAfter += items } else { notBefore += items }
    case "partOfSpeech":
      if partOfSpeech.isEmpty, let language, Self.isVietnamese(language) {
        partOfSpeech = capture.text.trimmingSpaces()
      }
    default:
      break
    }
  }

  private func add(_ term: Term) {
    guard let language else { return }
    if Self.isVietnamese(language) {
      sourceTerms.append(term)
    } else if language == "en" || language.hasPrefix("en-") || language.hasPrefix("en_") {
      targetTerms.append(term)
    }
  }

  private static func isVietnamese(_ language: String) -> Bool {
    language == "vi" || language.hasPrefix("vi-") || language.hasPrefix("vi_")
  }

  private func startEntry(line: Int, column: Int) {
    entryStart = (line, column)
    sourceTerms = []
    targetTerms = []
    notes = []
    domains = []
    caseMatching = ""
    diacritics = ""
    notAfter = []
    notBefore = []
    partOfSpeech = ""
    term = nil
    language = nil
  }

  private func endEntry() {
    guard let (line, column) = entryStart else { return }
    entryStart = nil
    func clean(_ term: Term, _ name: String) -> String {
      cleaner.clean(term.text, line: term.line, column: term.column, name: name)
    }
    let sources = sourceTerms.map { clean($0, "source term") }.filter { !$0.isEmpty }
    var preferred: [String] = []
    var allowed: [String] = []
    var forbidden: [String] = []
    for term in targetTerms {
      let text = clean(term, "target term")
      guard !text.isEmpty else { continue }
      let status = term.status.lowercased()
      if status.hasPrefix("deprecated") || status.hasPrefix("superseded") {
        forbidden.append(text)
      } else if status.hasPrefix("preferred") {
        preferred.append(text)
      } else {
        allowed.append(text)
      }
    }
    let targets = preferred + allowed
    guard let source = sources.first else {
      cleaner.error(
        "glossary.empty-cell", "entry has no Vietnamese term; expected a <langSet xml:lang=\"vi\"> with a <term>",
        line: line, column: column)
      return
    }
    guard let target = targets.first else {
      cleaner.error(
        "glossary.empty-cell",
        "entry '\(source)' has no English term; expected a <langSet xml:lang=\"en\"> with a term that is not deprecated",
        line: line, column: column)
      return
    }
    entries.append(
      GlossaryEntry(
        source: source, target: target, variants: Array(sources.dropFirst()), alternatives: Array(targets.dropFirst()),
        forbidden: forbidden, note: notes.joined(separator: "; "), domain: domains.joined(separator: "; "),
        notAfter: notAfter, notBefore: notBefore, partOfSpeech: partOfSpeech,
        caseMatching: cleaner.caseMatching(caseMatching, line: line, column: column),
        diacritics: cleaner.diacriticMatching(diacritics, line: line, column: column),
        location: SourceLocation(file: file, line: line, column: column)))
  }
}
