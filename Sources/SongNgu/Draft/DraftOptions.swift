/// How a `DraftTranslator` writes drafts.
public struct DraftOptions: Sendable, Codable, Equatable {
  public var style: DraftStyle
  /// Capitalises a target that starts in lower case when its term starts the sentence
  /// (`Lệnh trừng phạt …` → `Sanctions …`).
  public var capitalizeSentenceStart: Bool
  /// Leaves a term in Vietnamese where its words mean something else.
  ///
  /// Inside a name or as a pronoun (`SubstitutionRules`). Off, every term found is substituted.
  public var respectsContext: Bool
  /// Writes dates, numbers and amounts of money the English way (`DraftConversions`):
  /// `tháng 8/2017` → `August 2017`, `1.000` → `1,000`, `5 tỷ USD` → `USD 5 billion`.
  public var convertsNumbers: Bool

  public init(
    style: DraftStyle = .plain, capitalizeSentenceStart: Bool = true, respectsContext: Bool = true,
    convertsNumbers: Bool = true
  ) {
    self.style = style
    self.capitalizeSentenceStart = capitalizeSentenceStart
    self.respectsContext = respectsContext
    self.convertsNumbers = convertsNumbers
  }

  enum CodingKeys: String, CodingKey {
    case style, capitalizeSentenceStart, respectsContext, convertsNumbers
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      style: try container.decodeIfPresent(DraftStyle.self, forKey: .style) ?? .plain,
      capitalizeSentenceStart: try container.decodeIfPresent(Bool.self, forKey: .capitalizeSentenceStart) ?? true,
      respectsContext: try container.decodeIfPresent(Bool.self, forKey: .respectsContext) ?? true,
      convertsNumbers: try container.decodeIfPresent(Bool.self, forKey: .convertsNumbers) ?? true)
  }
}
