/// The glossary's targets and forms as UTF-8, for drafting straight into bytes (`SentenceDrafter`).
///
/// Every byte string lives in one allocation and is handed out as an `UnsafeBufferPointer` into it,
/// so drafting a sentence copies targets and forms without retaining an array per look-up.
/// Immutable once made, and alive as long as the `DraftTranslator` that holds it: safe to share
/// between workers.
final class GlossaryBytes: @unchecked Sendable {
  /// A target as the drafter writes it.
  struct Target {
    var bytes: UnsafeBufferPointer<UInt8>
    /// Its length in UTF-16 code units (the unit of `DraftSpan`).
    var units: Int
    /// Whether it has nothing to escape (`ScratchBytes.hasEscapable`).
    var isPlain: Bool
    /// Whether this is the sentence-start spelling (`SentenceDrafter.sentenceStart(of:)`).
    var capitalized: Bool
  }

  /// A stretch of `bytes`.
  private struct Span {
    var start: Int32
    var count: Int32
  }

  private struct StoredTarget {
    var spelling: Span
    var units: Int32
    var isPlain: Bool
  }

  private struct Entry {
    var target: StoredTarget
    /// The entry's note (empty for none).
    var note: Span
    /// The entry's part of speech (empty for none).
    var partOfSpeech: Span
    /// The target as written at the start of a sentence, when that differs.
    var sentenceStartTarget: StoredTarget?
    /// Where the entry's forms start in `forms`, and how many it has.
    var firstForm: Int32
    var formCount: Int32
    /// Where the entry's context rule starts in `rules`, and how many words before and after it has.
    var firstRule: Int32
    var notAfterCount: Int32
    var notBeforeCount: Int32
  }

  private struct Form {
    var spelling: Span
    /// The `UsedTerm` (form and target) the form is listed as, numbered: equal numbers are equal
    /// `UsedTerm`s, as a unit's terms are listed once each.
    var termID: Int32
  }

  private let glossary: Glossary
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  private let entries: UnsafeMutableBufferPointer<Entry>
  private let forms: UnsafeMutableBufferPointer<Form>
  /// The entries' context rules: first the words that forbid a match before a form, then those after.
  private let rules: [SubstitutionRules.ContextWords]

  init(_ glossary: Glossary) {
    self.glossary = glossary
    var storage: [UInt8] = []
    func span(_ text: String) -> Span {
      let start = storage.count
      storage.append(contentsOf: text.utf8)
      return Span(start: Int32(start), count: Int32(storage.count - start))
    }
    func stored(_ text: String) -> StoredTarget {
      StoredTarget(
        spelling: span(text), units: Int32(text.utf16.count),
        isPlain: !Array(text.utf8).withUnsafeBufferPointer(ScratchBytes.hasEscapable))
    }
    var entries: [Entry] = []
    var forms: [Form] = []
    var rules: [SubstitutionRules.ContextWords] = []
    var numbers: [UsedTerm: Int32] = [:]
    for entry in glossary.entries {
      entries.append(
        Entry(
          target: stored(entry.target), note: span(entry.note), partOfSpeech: span(entry.partOfSpeech),
          sentenceStartTarget: SentenceDrafter.sentenceStart(of: entry.target).map(stored),
          firstForm: Int32(forms.count), formCount: Int32(entry.sourceForms.count), firstRule: Int32(rules.count),
          notAfterCount: Int32(entry.notAfter.count), notBeforeCount: Int32(entry.notBefore.count)))
      rules += entry.notAfter.map(SubstitutionRules.ContextWords.init)
      rules += entry.notBefore.map(SubstitutionRules.ContextWords.init)
      for form in entry.sourceForms {
        let term = UsedTerm(source: form, target: entry.target)
        let number = numbers[term] ?? Int32(numbers.count)
        numbers[term] = number
        forms.append(Form(spelling: span(form), termID: number))
      }
    }
    bytes = .allocate(capacity: max(1, storage.count))
    _ = bytes.initialize(from: storage)
    self.entries = .allocate(capacity: max(1, entries.count))
    _ = self.entries.initialize(from: entries)
    self.forms = .allocate(capacity: max(1, forms.count))
    _ = self.forms.initialize(from: forms)
    self.rules = rules
    entryCount = entries.count
  }

  deinit {
    bytes.deallocate()
    entries.deallocate()
    forms.deallocate()
  }

  /// The number of entries.
  let entryCount: Int

  @inline(__always)
  private func text(_ span: Span) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: bytes.baseAddress! + Int(span.start), count: Int(span.count))
  }

  @inline(__always)
  private func target(_ stored: StoredTarget, capitalized: Bool) -> Target {
    Target(bytes: text(stored.spelling), units: Int(stored.units), isPlain: stored.isPlain, capitalized: capitalized)
  }

  /// Entry `entry`'s target.
  @inline(__always)
  func target(of entry: Int) -> Target { target(entries[entry].target, capitalized: false) }

  /// Entry `entry`'s target as written at the start of a sentence, or nil when it is written as it is.
  @inline(__always)
  func sentenceStartTarget(of entry: Int) -> Target? {
    entries[entry].sentenceStartTarget.map { target($0, capitalized: true) }
  }

  /// Entry `entry`'s note (empty for none).
  func note(of entry: Int) -> UnsafeBufferPointer<UInt8> { text(entries[entry].note) }

  /// Entry `entry`'s part of speech (empty for none).
  func partOfSpeech(of entry: Int) -> UnsafeBufferPointer<UInt8> { text(entries[entry].partOfSpeech) }

  /// Whether entry `entry` has a context rule.
  @inline(__always)
  func hasContextRule(_ entry: Int) -> Bool { entries[entry].notAfterCount + entries[entry].notBeforeCount > 0 }

  /// Entry `entry`'s context rule: the words that forbid a match right before a form, and right after it.
  func contextRule(of entry: Int) -> (
    notAfter: ArraySlice<SubstitutionRules.ContextWords>,
    notBefore: ArraySlice<SubstitutionRules.ContextWords>
  ) {
    let stored = entries[entry]
    let first = Int(stored.firstRule)
    let middle = first + Int(stored.notAfterCount)
    return (rules[first..<middle], rules[middle..<(middle + Int(stored.notBeforeCount))])
  }

  /// Whether `found` names an entry and one of its forms.
  func names(_ found: TermMatcher.Found) -> Bool {
    found.entry >= 0 && Int(found.entry) < entryCount && found.form >= 0
      && found.form < entries[Int(found.entry)].formCount
  }

  @inline(__always)
  private func formIndex(of found: TermMatcher.Found) -> Int {
    Int(entries[Int(found.entry)].firstForm) + Int(found.form)
  }

  /// The form `found` matched (its entry's source or one of its variants), as the glossary spells it.
  @inline(__always)
  func form(of found: TermMatcher.Found) -> UnsafeBufferPointer<UInt8> { text(forms[formIndex(of: found)].spelling) }

  /// The number of the `UsedTerm` `found` is listed as: equal numbers, equal terms.
  @inline(__always)
  func termID(of found: TermMatcher.Found) -> Int32 { forms[formIndex(of: found)].termID }

  /// The `UsedTerm` `found` is listed as.
  func usedTerm(of found: TermMatcher.Found) -> UsedTerm {
    let entry = glossary.entries[Int(found.entry)]
    return UsedTerm(source: entry.sourceForms[Int(found.form)], target: entry.target)
  }
}
