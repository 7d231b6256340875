/// An independent, strict RFC 4180 parser for checking what `CSVWriter` writes (not the library's
/// reader, so one bug cannot hide another).
///
/// Beyond RFC 4180 it insists on what songngu promises: every field quoted, one record ending used
/// throughout, the same number of fields in every record.
enum StrictCSV {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The records of `bytes` (after an optional UTF-8 byte-order mark).
  static func parse(_ bytes: [UInt8], delimiter: UInt8, recordEnd: [UInt8]) throws -> [[String]] {
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var records: [[String]] = []
    var record: [String] = []
    func fail(_ message: String) -> Failure { Failure(description: "byte \(index): \(message)") }
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "\"") else { throw fail("field does not start with a quote") }
      index += 1
      var field: [UInt8] = []
      while true {
        guard index < bytes.count else { throw fail("unterminated quoted field") }
        if bytes[index] == UInt8(ascii: "\"") {
          if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
            field.append(UInt8(ascii: "\""))
            index += 2
            continue
          }
          index += 1
          break
        }
        field.append(bytes[index])
        index += 1
      }
      guard let text = String(validating: field, as: UTF8.self) else { throw fail("field is not UTF-8") }
      record.append(text)
      if index < bytes.count && bytes[index] == delimiter {
        index += 1
        continue
      }
      guard bytes[index...].starts(with: recordEnd) else {
        throw fail("expected the delimiter or the record end \(recordEnd) after a closing quote")
      }
      index += recordEnd.count
      if let first = records.first, first.count != record.count {
        throw fail("record \(records.count + 1) has \(record.count) fields, the header \(first.count)")
      }
      records.append(record)
      record = []
    }
    guard record.isEmpty else { throw fail("the last record has no record end") }
    return records
  }
}
