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
  /// The bytes are UTF-8, or UTF-16 with a byte-order mark.
  ///
  /// - Throws: `SongNguError.invalidUTF8` at the first byte that is not UTF-8 (without a UTF-16
  ///   byte-order mark); `SongNguError.malformedData` with the parser's line and column.
  static func parse(_ bytes: [UInt8], name: String, expected: String) throws -> XMLNode {
    let parser = XMLParser(data: try checked(bytes, name: name))
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

  /// The bytes XMLParser gets: `XMLSafetyCheck`ed (no entity declarations or internal DTD subsets,
  /// no processing instructions but the XML declaration), in the input's own encoding form.
  static func checked(_ bytes: [UInt8], name: String) throws(SongNguError) -> Data {
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
      let high = bytes[0] == 0xFE ? 0 : 1
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      for index in stride(from: 2, to: bytes.count - 1, by: 2) {
        units.append(UInt16(bytes[index + high]) << 8 | UInt16(bytes[index + 1 - high]))
      }
      try XMLSafetyCheck.check(&units, path: name)
      var checked: [UInt8] = [0xFF, 0xFE]
      checked.reserveCapacity(units.count * 2 + 2)
      for unit in units {
        checked.append(UInt8(truncatingIfNeeded: unit))
        checked.append(UInt8(truncatingIfNeeded: unit >> 8))
      }
      return Data(checked)
    }
    try requireUTF8(bytes, name: name)
    var units = Array(String(decoding: bytes, as: UTF8.self).utf16)
    try XMLSafetyCheck.check(&units, path: name)
    return Data(String(decoding: units, as: UTF16.self).utf8)
  }

  /// Refuses bytes that are not UTF-8, unless they start with a UTF-16 byte-order mark (libxml2
  /// decodes UTF-16 itself).
  ///
  /// libxml2 hands a tag or attribute name to XMLParser without checking its UTF-8, and
  /// FoundationXML on Linux then stops the process (`</trans-uni\u{91}>` did) instead of reporting
  /// an error; the text of the file is checked here, as the CSV reader checks its own.
  static func requireUTF8(_ bytes: [UInt8], name: String) throws(SongNguError) {
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return }
    var offset = 0
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return
      case .error: break decoding
      }
    }
    let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let line = bytes[..<lineStart].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    throw .invalidUTF8(
      path: name, byteOffset: offset, line: line,
      column: UTF8Decoding.columnOfByte(offset - lineStart, in: bytes[lineStart...]))
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
