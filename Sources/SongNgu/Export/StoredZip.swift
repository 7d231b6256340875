/// A zip archive of stored (uncompressed) entries, each with its CRC-32: what an XLSX file is.
///
/// Written in Swift rather than with a library: Foundation has no zip writer on Linux, and a C
/// library (zlib, libzip, libxlsxwriter) would be one more system package to install and one more C
/// target besides ICU's. Storing without compression needs no deflate at all, only the CRC-32 every
/// entry carries. The bytes are deterministic: entries in the order given, every timestamp fixed at
/// 1980-01-01 00:00 (the earliest date zip can say), no extra fields, so the same entries give a
/// byte-identical archive run to run. Stored entries make the file larger than a spreadsheet
/// program's own (XML compresses about tenfold), which matters little for one article a file.
///
/// Limits: no ZIP64, so the archive and each entry stay under 4 GiB, and at most 65,535 entries;
/// `archive(_:)` stops the program beyond them rather than write a broken file.
enum StoredZip {
  /// The CRC-32 (ISO-HDLC, as zip and PNG use it) of `bytes`.
  static func crc32(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }

  static func crc32(_ bytes: [UInt8]) -> UInt32 { bytes.withUnsafeBufferPointer { crc32($0) } }

  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  /// One entry: its path in the archive (ASCII) and its bytes.
  struct Entry {
    var path: String
    var bytes: UnsafeBufferPointer<UInt8>
  }

  /// The archive holding `entries`, in that order, appended to `output`.
  static func archive(_ entries: [Entry], into output: inout [UInt8]) {
    precondition(entries.count <= 0xFFFF, "more zip entries than a zip without ZIP64 can hold")
    let start = output.count
    var central: [UInt8] = []
    for entry in entries {
      let offset = output.count - start
      let name = Array(entry.path.utf8)
      let crc = crc32(entry.bytes)
      precondition(entry.bytes.count < 0xFFFF_FFFF && offset < 0xFFFF_FFFF, "a zip entry past 4 GiB needs ZIP64")
      // Local file header.
      output.append(le32: 0x0403_4B50)
      appendCommonFields(crc: crc, size: entry.bytes.count, nameLength: name.count, to: &output)
      output.append(le16: 0)  // extra field length
      output.append(contentsOf: name)
      output.append(contentsOf: entry.bytes)
      // Its central directory record.
      central.append(le32: 0x0201_4B50)
      central.append(le16: 20)  // made by: MS-DOS attributes, zip 2.0
      appendCommonFields(crc: crc, size: entry.bytes.count, nameLength: name.count, to: &central)
      central.append(le16: 0)  // extra field length
      central.append(le16: 0)  // comment length
      central.append(le16: 0)  // disk number
      central.append(le16: 0)  // internal attributes
      central.append(le32: 0)  // external attributes
      central.append(le32: UInt32(offset))
      central.append(contentsOf: name)
    }
    let centralOffset = output.count - start
    precondition(centralOffset < 0xFFFF_FFFF, "a zip past 4 GiB needs ZIP64")
    output.append(contentsOf: central)
    // End of central directory.
    output.append(le32: 0x0605_4B50)
    output.append(le16: 0)  // this disk
    output.append(le16: 0)  // the disk the directory starts on
    output.append(le16: UInt16(entries.count))
    output.append(le16: UInt16(entries.count))
    output.append(le32: UInt32(central.count))
    output.append(le32: UInt32(centralOffset))
    output.append(le16: 0)  // comment length
  }

  /// From "version needed" to the name length: the fields local headers and directory records share.
  private static func appendCommonFields(crc: UInt32, size: Int, nameLength: Int, to output: inout [UInt8]) {
    output.append(le16: 20)  // version needed: 2.0
    output.append(le16: 0)  // flags: none (names are ASCII, sizes known up front)
    output.append(le16: 0)  // method: stored
    output.append(le16: 0)  // time: 00:00:00
    output.append(le16: 0x21)  // date: 1980-01-01
    output.append(le32: crc)
    output.append(le32: UInt32(size))  // compressed size
    output.append(le32: UInt32(size))  // uncompressed size
    output.append(le16: UInt16(nameLength))
  }

  /// The entries of an archive of stored entries (such as `archive(_:into:)` writes), by path.
  ///
  /// Reads the central directory and checks each entry's CRC-32. A compressed entry (a spreadsheet
  /// saved by Excel or LibreOffice deflates its entries) is refused: songngu reads back only what it
  /// writes.
  static func entries(of bytes: [UInt8], path: String) throws(SongNguError) -> [String: [UInt8]] {
    func fail(_ reason: String) -> SongNguError { .unreadable(path: path, reason: reason) }
    func le16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func le32(_ at: Int) -> Int { le16(at) | le16(at + 2) << 16 }
    guard bytes.count >= 22, le32(bytes.count - 22) == 0x0605_4B50 else {
      throw fail("not a zip archive songngu wrote (no end of central directory where expected)")
    }
    let end = bytes.count - 22
    let count = le16(end + 10)
    var record = le32(end + 16)
    var entries: [String: [UInt8]] = [:]
    for _ in 0..<count {
      guard record + 46 <= bytes.count, le32(record) == 0x0201_4B50 else { throw fail("a broken zip directory") }
      let method = le16(record + 10)
      let crc = UInt32(le32(record + 16))
      let size = le32(record + 20)
      let nameLength = le16(record + 28)
      let skip = nameLength + le16(record + 30) + le16(record + 32)
      let local = le32(record + 42)
      guard record + 46 + nameLength <= bytes.count else { throw fail("a broken zip directory") }
      let name = String(decoding: bytes[(record + 46)..<(record + 46 + nameLength)], as: UTF8.self)
      guard method == 0 else {
        throw fail("\(name) is compressed; songngu reads only the stored XLSX files it writes")
      }
      guard local + 30 <= bytes.count, le32(local) == 0x0403_4B50 else { throw fail("a broken zip entry: \(name)") }
      let data = local + 30 + le16(local + 26) + le16(local + 28)
      guard data + size <= bytes.count else { throw fail("a truncated zip entry: \(name)") }
      let content = Array(bytes[data..<(data + size)])
      guard crc32(content) == crc else { throw fail("\(name) fails its CRC-32 check") }
      entries[name] = content
      record += 46 + skip
    }
    return entries
  }
}

extension [UInt8] {
  fileprivate mutating func append(le16 value: UInt16) {
    append(UInt8(value & 0xFF))
    append(UInt8(value >> 8))
  }

  fileprivate mutating func append(le32 value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
