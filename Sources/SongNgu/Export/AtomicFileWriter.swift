#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes whole files atomically: a reader (or a crash) sees the old file or the new one, never half.
///
/// The bytes go to a temporary file in the same directory (`.NAME.tmp-XXXXXX`), which is flushed to
/// disk (`fsync`), given its permissions and renamed over the destination; then the directory is
/// flushed so the rename survives a crash. On any failure the temporary file is removed. An existing
/// symbolic link at the destination is replaced, not written through.
public struct AtomicFileWriter: Sendable {
  /// Permission bits of the written file.
  public var permissions: UInt32
  /// Whether to `fsync` the file and its directory (turn off only for throwaway files).
  public var synchronizes: Bool

  public init(permissions: UInt32 = 0o644, synchronizes: Bool = true) {
    self.permissions = permissions
    self.synchronizes = synchronizes
  }

  /// Writes `bytes` to `path`, replacing what was there.
  ///
  /// - Throws: `SongNguError.isDirectory` when `path` is a directory, `SongNguError.writeFailed`
  ///   (with the system's reason) otherwise.
  public func write(_ bytes: [UInt8], to path: String) throws {
    var status = stat()
    if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      throw SongNguError.isDirectory(path: path)
    }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard !base.isEmpty else { throw SongNguError.writeFailed(path: path, reason: "no file name") }

    // Keep the temporary name within NAME_MAX (255 bytes) however long the real one is.
    var stem = ""
    for character in base {
      if stem.utf8.count + String(character).utf8.count > 200 { break }
      stem.append(character)
    }
    var template = Array((directory + "/." + stem + ".tmp-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file in \(directory)") }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var closed = false
    do {
      try writeAll(bytes, to: descriptor, path: path)
      guard fchmod(descriptor, mode_t(permissions)) == 0 else { throw failure(path, "cannot set permissions") }
      if synchronizes { guard fsync(descriptor) == 0 else { throw failure(path, "cannot flush to disk") } }
      closed = true
      guard close(descriptor) == 0 else { throw failure(path, "cannot close the temporary file") }
      guard rename(temporary, path) == 0 else { throw failure(path, "cannot rename the temporary file") }
    } catch {
      if !closed { close(descriptor) }
      unlink(temporary)
      throw error
    }
    if synchronizes { syncDirectory(directory) }
  }

  /// Writes `text` as UTF-8 to `path` (see `write(_:to:)`).
  public func write(_ text: String, to path: String) throws {
    try write(Array(text.utf8), to: path)
  }

  private func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        #if canImport(Glibc)
          Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        #else
          Darwin.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        #endif
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure(path, "write error")
      }
      offset += written
    }
  }

  private func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  private func failure(_ path: String, _ what: String) -> SongNguError {
    let reason = String(cString: strerror(errno))
    return .writeFailed(path: path, reason: "\(what): \(reason.lowercased())")
  }
}
