/// How a `DraftTranslator` writes drafts.
public struct DraftOptions: Sendable, Codable, Equatable {
  public var style: DraftStyle
  /// Capitalises a target that starts in lower case when its term starts the sentence
  /// (`Lệnh trừng phạt …` → `Sanctions …`).
  public var capitalizeSentenceStart: Bool

  public init(style: DraftStyle = .plain, capitalizeSentenceStart: Bool = true) {
    self.style = style
    self.capitalizeSentenceStart = capitalizeSentenceStart
  }
}
