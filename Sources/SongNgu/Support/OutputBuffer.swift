#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Buffered writing to a file descriptor (standard output by default), flushed in 64 KiB pieces.
package final class OutputBuffer {
  private var bytes: [UInt8] = []
  private let descriptor: Int32

  package init(descriptor: Int32 = 1) {
    self.descriptor = descriptor
    bytes.reserveCapacity(1 << 16)
  }

  deinit { flush() }

  /// Appends `text` (UTF-8).
  package func write(_ text: String) {
    bytes.append(contentsOf: text.utf8)
    if bytes.count >= 1 << 16 { flush() }
  }

  /// Appends `data` as it is.
  package func write(bytes data: [UInt8]) {
    bytes.append(contentsOf: data)
    if bytes.count >= 1 << 16 { flush() }
  }

  /// Appends `text` and a line feed.
  package func writeLine(_ text: String) {
    write(text)
    bytes.append(0x0A)
  }

  /// Writes out what is buffered.
  package func flush() {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
      }
      if written <= 0 {
        if written < 0 && errno == EINTR { continue }
        break
      }
      offset += written
    }
    bytes.removeAll(keepingCapacity: true)
  }
}
