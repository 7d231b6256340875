extension Sentence {
  /// The sentence as one JSONL record: `block`, `kind`, `index`, `start`, `end`, `text`.
  public var jsonLine: String {
    JSONText.object([
      ("block", String(block)), ("kind", JSONText.string(kind.rawValue)), ("index", String(index)),
      ("start", String(start)), ("end", String(end)), ("text", JSONText.string(text)),
    ])
  }
}
