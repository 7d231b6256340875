/// The units of one article, with the languages they are in.
public struct BilingualDocument: Sendable, Equatable, Codable {
  /// The article's name (`Document.name`): XLIFF `<file original>`, TMX `x-article`, CSV `article`.
  public var name: String
  /// BCP 47 tag of the sources.
  public var sourceLanguage: String
  /// BCP 47 tag of the targets.
  public var targetLanguage: String
  public var units: [BilingualUnit]

  public init(name: String, units: [BilingualUnit], sourceLanguage: String = "vi-VN", targetLanguage: String = "en-US")
  {
    self.name = name
    self.units = units
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
  }
}
