/// Rewrites the CRC-32 of every entry of a stored zip, so that the xlsx target reaches the XML inside.
///
/// Walks the archive as `StoredZip` reads it (end of central directory, central records, local
/// headers) and stops quietly at anything it cannot follow.
enum StoredZipChecksums {
  static func fixed(_ input: [UInt8]) -> [UInt8]? {
    var bytes = input
    func le16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func le32(_ at: Int) -> Int { le16(at) | le16(at + 2) << 16 }
    func put32(_ value: UInt32, at: Int) {
      for index in 0..<4 { bytes[at + index] = UInt8((value >> UInt32(8 * index)) & 0xFF) }
    }
    guard bytes.count >= 22, le32(bytes.count - 22) == 0x0605_4B50 else { return nil }
    let end = bytes.count - 22
    var record = le32(end + 16)
    var changed = false
    for _ in 0..<le16(end + 10) {
      guard record + 46 <= bytes.count, le32(record) == 0x0201_4B50 else { break }
      let size = le32(record + 20)
      let local = le32(record + 42)
      guard local + 30 <= bytes.count, le32(local) == 0x0403_4B50 else { break }
      let data = local + 30 + le16(local + 26) + le16(local + 28)
      guard data + size <= bytes.count else { break }
      let crc = crc32(bytes[data..<(data + size)])
      if UInt32(le32(record + 16)) != crc {
        put32(crc, at: record + 16)
        put32(crc, at: local + 14)
        changed = true
      }
      record += 46 + le16(record + 28) + le16(record + 30) + le16(record + 32)
    }
    return changed ? bytes : nil
  }

  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }
}
