import Foundation

/// Files an output must never replace, identified by device and inode, so that hard links and other
/// spellings of a path count as the same file.
///
/// Each path is looked up once, when the set is made; paths that do not exist (or `-`, standard
/// input) protect nothing.
struct ProtectedFiles: Sendable {
  private struct Identity: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  /// Each identity and the first path given for it.
  private var paths: [Identity: String] = [:]

  init(_ paths: [String]) {
    for path in paths {
      var status = stat()
      guard stat(path, &status) == 0 else { continue }
      let identity = Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
      if self.paths[identity] == nil { self.paths[identity] = path }
    }
  }

  /// The protected path that is the file with this device and inode, or nil.
  func path(ofDevice device: UInt64, inode: UInt64) -> String? {
    paths[Identity(device: device, inode: inode)]
  }
}
