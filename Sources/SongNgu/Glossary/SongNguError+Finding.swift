extension SongNguError {
  /// The error as an error finding about `file`, its location kept, for reports that go on.
  func finding(file: String) -> Finding {
    var line: Int?
    var column: Int?
    var path = file
    switch self {
    case .invalidUTF8(let errorPath, _, let errorLine, let errorColumn),
      .malformedData(let errorPath, let errorLine, let errorColumn, _),
      .unsafeXML(let errorPath, let errorLine, let errorColumn, _):
      path = errorPath
      line = errorLine
      column = errorColumn
    case .lineTooLong(let errorPath, let errorLine, _), .blockTooLong(let errorPath, let errorLine, _):
      path = errorPath
      line = errorLine
    default:
      break
    }
    var message = description
    var prefixes: [String] = []
    if let line {
      if let column { prefixes.append("\(path):\(line):\(column): ") }
      prefixes.append("\(path):\(line): ")
    }
    prefixes.append("\(path): ")
    for prefix in prefixes where message.hasPrefix(prefix) {
      message.removeFirst(prefix.count)
      break
    }
    return Finding(
      category: "glossary.unreadable", severity: .error, message: message, line: line ?? 1, column: column ?? 1,
      file: file)
  }
}
