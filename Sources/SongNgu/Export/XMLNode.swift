import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small element tree built with Foundation's `XMLParser`, for the XML readers.
///
/// Keeps elements, their attributes (qualified names as written, `xml:lang`), the character data
/// directly inside each element, and the 1-based line each element starts on.
struct XMLNode {
  var name: String
  var attributes: [String: String]
  var children: [XMLNode] = []
  /// Character data directly inside this element (not inside its children), concatenated.
  var text = ""
  var line: Int

  /// The first child named `name`.
  func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

  /// All children named `name`.
  func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

  /// Parses `bytes` into the root element.
  ///
  /// - Throws: `SongNguError.malformedData` with the parser's line and column.
  static func parse(_ bytes: [UInt8], name: String, expected: String) throws -> XMLNode {
    let parser = XMLParser(data: Data(bytes))
    parser.shouldResolveExternalEntities = false
    let builder = Builder()
    parser.delegate = builder
    let ok = parser.parse()
    guard ok, builder.error == nil, let root = builder.root else {
      let reason = builder.error ?? parser.parserError.map { "\($0)" } ?? "no root element"
      throw SongNguError.malformedData(
        path: name, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
        expected: "\(expected) (\(reason))")
    }
    return root
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var stack: [XMLNode] = []
    var root: XMLNode?
    var error: String?

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
      attributes attributeDict: [String: String] = [:]
    ) {
      stack.append(XMLNode(name: elementName, attributes: attributeDict, line: parser.lineNumber))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      guard !stack.isEmpty else { return }
      stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      guard !stack.isEmpty else { return }
      stack[stack.count - 1].text += String(decoding: block, as: UTF8.self)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
      guard let node = stack.popLast() else { return }
      if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
      if error == nil { error = "\(parseError)" }
    }
  }
}
