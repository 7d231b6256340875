import Foundation

/// A disk that fills up, for tests.
///
/// With `SONGNGU_TEST_DISK_FULL_AFTER=BYTES` in the environment, songngu's file writes
/// (`AtomicFileWriter`) fail with "no space left on device" (`ENOSPC`) once the process has written
/// that many bytes, as on a real full disk (the write that crosses the limit writes what fits
/// first). Space set aside (`AtomicFileWriter.ReservedFile`) is taken when it is set aside, and
/// writing into it later takes nothing more, as on a real disk.
///
/// Read once, when first needed; without the variable nothing is counted.
final class SimulatedFullDisk: @unchecked Sendable {
  /// The simulated disk, when the environment asks for one.
  static let shared: SimulatedFullDisk? = ProcessInfo.processInfo.environment["SONGNGU_TEST_DISK_FULL_AFTER"]
    .flatMap(Int.init).map(SimulatedFullDisk.init)

  private let lock = NSLock()
  private var free: Int

  init(bytes: Int) { free = max(0, bytes) }

  /// How many of `count` bytes still fit (0 when the disk is full); they are taken.
  func claim(_ count: Int) -> Int {
    lock.withLock {
      let taken = min(count, free)
      free -= taken
      return taken
    }
  }
}
