/// One concept of a vi → en glossary: Vietnamese source terms and English targets.
public struct GlossaryEntry: Sendable, Codable, Equatable {
  /// The preferred Vietnamese term, as written in the glossary.
  public var source: String
  /// Other Vietnamese spellings of the same concept (`Bắc Triều Tiên` for `Triều Tiên`).
  public var variants: [String]
  /// The preferred English target.
  public var target: String
  /// Other acceptable English targets (`Kiev` beside `Kyiv`).
  public var alternatives: [String]
  /// English targets translators must not use.
  public var forbidden: [String]
  /// A free comment.
  public var note: String
  /// A subject field or category (`country`, `title`, `term`), when given.
  public var domain: String
  /// Context rule: words that rule the term out when they stand right before a form.
  ///
  /// `ông` before `Đức` makes it a person's name. Each item is one or more words, compared without case.
  public var notAfter: [String]
  /// Context rule: words that, standing right after a form, mean it is not this term (`ấy` after
  /// `Anh`: a pronoun).
  public var notBefore: [String]
  /// The part of speech or sense of the target (`noun`, `verb`), for the translator, when given.
  public var partOfSpeech: String
  public var caseMatching: CaseMatching
  public var diacritics: DiacriticMatching
  /// Where the entry was read from, when it was read from a file.
  public var location: SourceLocation?

  public init(
    source: String, target: String, variants: [String] = [], alternatives: [String] = [], forbidden: [String] = [],
    note: String = "", domain: String = "", notAfter: [String] = [], notBefore: [String] = [],
    partOfSpeech: String = "", caseMatching: CaseMatching = .auto, diacritics: DiacriticMatching = .exact,
    location: SourceLocation? = nil
  ) {
    self.source = source
    self.target = target
    self.variants = variants
    self.alternatives = alternatives
    self.forbidden = forbidden
    self.note = note
    self.domain = domain
    self.notAfter = notAfter
    self.notBefore = notBefore
    self.partOfSpeech = partOfSpeech
    self.caseMatching = caseMatching
    self.diacritics = diacritics
    self.location = location
  }

  /// Every Vietnamese form: the source, then the variants.
  public var sourceForms: [String] { [source] + variants }
  /// Whether the entry has a context rule (`notAfter` or `notBefore`).
  public var hasContextRule: Bool { !notAfter.isEmpty || !notBefore.isEmpty }

  /// Every acceptable English form: the target, then the alternatives.
  public var targetForms: [String] { [target] + alternatives }
}
