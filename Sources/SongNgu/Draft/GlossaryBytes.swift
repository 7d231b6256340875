/// The glossary's targets and forms as UTF-8, for drafting straight into bytes.
///
/// Every byte string lives in one allocation and is handed out as an `UnsafeBufferPointer` into it,
/// so drafting a sentence copies targets and forms without retaining an array per look-up.
/// Immutable once made, and alive as long as the renderer that holds it: safe to share between
/// workers.
final class GlossaryBytes: @unchecked Sendable {
  /// A stretch of `bytes`.
  private struct Span {
    var start: Int32
    var count: Int32
  }

  private struct Entry {
    var target: Span
    /// The target as written at the start of a sentence; `count` -1 when it is written as it is.
    var sentenceStartTarget: Span
    var targetIsPlain: Bool
    var sentenceStartTargetIsPlain: Bool
    /// Where the entry's forms start in `forms`.
    var firstForm: Int32
  }

  private struct Form {
    var spelling: Span
    /// The `UsedTerm` (form and target) the form is listed as, numbered: equal numbers are equal
    /// `UsedTerm`s, as `ArticlePreparer` dedupes the terms of a unit.
    var termID: Int32
  }

  private let bytes: UnsafeMutableBufferPointer<UInt8>
  private let entries: UnsafeMutableBufferPointer<Entry>
  private let forms: UnsafeMutableBufferPointer<Form>

  init(_ glossary: Glossary) {
    var storage: [UInt8] = []
    func span(_ text: some Sequence<UInt8>) -> Span {
      let start = storage.count
      storage.append(contentsOf: text)
      return Span(start: Int32(start), count: Int32(storage.count - start))
    }
    func isPlain(_ text: String) -> Bool {
      !Array(text.utf8).withUnsafeBufferPointer(ScratchBytes.hasEscapable)
    }
    var entries: [Entry] = []
    var forms: [Form] = []
    var numbers: [UsedTerm: Int32] = [:]
    for entry in glossary.entries {
      let upper = DraftTranslator.sentenceStart(of: entry.target)
      entries.append(
        Entry(
          target: span(entry.target.utf8),
          sentenceStartTarget: upper.map { span($0.utf8) } ?? Span(start: 0, count: -1),
          targetIsPlain: isPlain(entry.target), sentenceStartTargetIsPlain: isPlain(upper ?? ""),
          firstForm: Int32(forms.count)))
      for form in [entry.source] + entry.variants {
        let term = UsedTerm(source: form, target: entry.target)
        let number = numbers[term] ?? Int32(numbers.count)
        numbers[term] = number
        forms.append(Form(spelling: span(form.utf8), termID: number))
      }
    }
    bytes = .allocate(capacity: max(1, storage.count))
    _ = bytes.initialize(from: storage)
    self.entries = .allocate(capacity: max(1, entries.count))
    _ = self.entries.initialize(from: entries)
    self.forms = .allocate(capacity: max(1, forms.count))
    _ = self.forms.initialize(from: forms)
  }

  deinit {
    bytes.deallocate()
    entries.deallocate()
    forms.deallocate()
  }

  @inline(__always)
  private func text(_ span: Span) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: bytes.baseAddress! + Int(span.start), count: Int(span.count))
  }

  /// Entry `entry`'s target.
  @inline(__always)
  func target(of entry: Int) -> UnsafeBufferPointer<UInt8> { text(entries[entry].target) }

  /// Entry `entry`'s target as written at the start of a sentence (`DraftTranslator.sentenceStart(of:)`),
  /// or nil when it is written as it is.
  @inline(__always)
  func sentenceStartTarget(of entry: Int) -> UnsafeBufferPointer<UInt8>? {
    let span = entries[entry].sentenceStartTarget
    return span.count < 0 ? nil : text(span)
  }

  /// Whether entry `entry`'s target has nothing to escape (`ScratchBytes.hasEscapable`).
  @inline(__always)
  func targetIsPlain(of entry: Int) -> Bool { entries[entry].targetIsPlain }

  /// Whether entry `entry`'s sentence-start target has nothing to escape.
  @inline(__always)
  func sentenceStartTargetIsPlain(of entry: Int) -> Bool { entries[entry].sentenceStartTargetIsPlain }

  @inline(__always)
  private func formIndex(of found: TermMatcher.Found) -> Int {
    Int(entries[Int(found.entry)].firstForm) + Int(found.form)
  }

  /// The form `found` matched (its entry's source or one of its variants), as `UsedTerm.source`
  /// spells it.
  @inline(__always)
  func form(of found: TermMatcher.Found) -> UnsafeBufferPointer<UInt8> { text(forms[formIndex(of: found)].spelling) }

  /// The number of the `UsedTerm` `found` is listed as: equal numbers, equal terms.
  @inline(__always)
  func termID(of found: TermMatcher.Found) -> Int32 { forms[formIndex(of: found)].termID }
}
