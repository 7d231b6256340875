import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file in the temporary folder (`TMPDIR`, else `/tmp`) for data that outgrows memory: coverage's
/// record logs (`RecordLog`) and the blocks of an article read again (`BlockSpool`).
///
/// It is removed as soon as it is made, so nothing is left behind however the process ends; its space
/// is freed when it is closed.
final class TemporaryFile {
  private let descriptor: Int32

  /// A new empty file, or nil when none can be made.
  init?() {
    let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((folder + "/.songngu-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Writes `bytes` at `offset`; false when they cannot be written (a full disk).
  func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
    var done = 0
    while done < bytes.count {
      let result = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
      if result < 0 {
        if errno == EINTR { continue }
        return false
      }
      done += result
    }
    return true
  }

  /// Fills `bytes` from `offset`, which this file's writes reached.
  func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int) {
    var done = 0
    while done < bytes.count {
      let result = pread(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
      if result < 0 && errno == EINTR { continue }
      // What was written can be read back unless the file system fails.
      precondition(result > 0, "cannot read back a temporary file")
      done += result
    }
  }
}
