/// Writes a glossary in one format.
///
/// Output is deterministic: the same entries give the same bytes.
public protocol GlossaryWriter: Sendable {
  /// The whole file's text (UTF-8 when written, LF line ends).
  func write(_ glossary: Glossary) -> String
}
