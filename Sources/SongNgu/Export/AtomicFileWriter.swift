import Dispatch

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
/// symbolic link at the destination is replaced, not written through. `begin(_:)` writes a file the
/// same way a piece at a time, for outputs too big to hold; a `Batch` writes many files and flushes
/// and renames them together.
///
/// Atomicity (old file or new, never half) holds whether or not the writer synchronizes; flushing
/// adds durability: a renamed file's contents survive a power failure.
public struct AtomicFileWriter: Sendable {
  /// Permission bits of the written file.
  public var permissions: UInt32
  /// Whether to `fsync` the file before its rename and the directory after it.
  ///
  /// Off, replacement is still atomic, but after a power failure a file just written may be lost
  /// or empty.
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
    let file = try begin(path)
    try file.append(bytes)
    try file.commit()
  }

  /// Starts writing `path` piece by piece.
  ///
  /// The pieces go to the temporary file, and `commit()` flushes, renames and syncs as
  /// `write(_:to:)` does. Until then `path` is untouched; `discard()`
  /// (or dropping the file uncommitted) removes the temporary file.
  ///
  /// - Throws: as `write(_:to:)`.
  public func begin(_ path: String) throws -> IncrementalFile {
    let (temporary, directory, descriptor) = try Self.temporaryFile(for: path)
    return IncrementalFile(
      path: path, temporary: temporary, directory: directory, descriptor: descriptor, writer: self)
  }

  /// Creates the temporary file for `path` in its directory: its path, the directory and an open
  /// descriptor.
  fileprivate static func temporaryFile(for path: String) throws -> (path: String, directory: String, descriptor: Int32)
  {
    var status = stat()
    if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      throw SongNguError.isDirectory(path: path)
    }
    let (directory, base) = split(path)
    guard !base.isEmpty else { throw SongNguError.writeFailed(path: path, reason: "no file name") }

    // Keep the temporary name within NAME_MAX (255 bytes) however long the real one is.
    var stem = base.utf8.count <= 200 ? base : ""
    if stem.isEmpty {
      for character in base {
        if stem.utf8.count + String(character).utf8.count > 200 { break }
        stem.append(character)
      }
    }
    var template = Array((directory + "/." + stem + ".tmp-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw Self.failure(path, "cannot create a temporary file in \(directory)") }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return (temporary, directory, descriptor)
  }

  /// The directory of `path` and the name in it.
  fileprivate static func split(_ path: String) -> (directory: String, base: String) {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    return (directory, base)
  }

  /// The start of a file written before its destination is settled.
  ///
  /// A worker appends to its temporary file (beside `path`) while it renders, and a `Batch` stages it
  /// with the rest of its bytes (`Batch.stage(_:after:to:)`). Dropped unstaged, the temporary file is
  /// removed.
  final class PartialFile: @unchecked Sendable {
    let path: String
    let temporary: String
    let directory: String
    private var descriptor: Int32
    /// The bytes written so far.
    private(set) var byteCount = 0

    /// Creates the temporary file for `path`.
    init(for path: String) throws(SongNguError) {
      do {
        (temporary, directory, descriptor) = try AtomicFileWriter.temporaryFile(for: path)
      } catch let error as SongNguError {
        throw error
      } catch {
        throw .writeFailed(path: path, reason: "\(error)")
      }
      self.path = path
    }

    deinit {
      if descriptor >= 0 {
        close(descriptor)
        unlink(temporary)
      }
    }

    /// Appends `bytes`; on failure the temporary file is removed.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(SongNguError) {
      precondition(descriptor >= 0, "a staged partial file was appended to")
      do {
        try AtomicFileWriter.writeAll(bytes, to: descriptor, path: path)
      } catch {
        close(descriptor)
        unlink(temporary)
        descriptor = -1
        throw (error as? SongNguError) ?? .writeFailed(path: path, reason: "write error")
      }
      byteCount += bytes.count
    }

    /// Hands the open descriptor over to a batch, which closes or removes it from then on.
    fileprivate func release() throws -> Int32 {
      guard descriptor >= 0 else { throw SongNguError.writeFailed(path: path, reason: "write error") }
      defer { descriptor = -1 }
      return descriptor
    }
  }

  /// Files written whole under temporary names, then flushed and renamed into place together.
  ///
  /// `stage(_:to:)` writes a file to a temporary file beside its destination (the destination is
  /// untouched); when the writer synchronizes, the file is flushed to disk (`fsync`) at once on a
  /// background queue, so flushing overlaps the work that follows. `commit()` waits for those
  /// flushes, renames the staged files over their destinations in the order they were staged, and
  /// flushes each directory once: many files cost one wait and one directory flush instead of one
  /// each. `discard()` (or dropping an uncommitted batch) removes the temporary files. After a commit
  /// the batch is empty and can stage again. Not thread-safe: one caller at a time.
  ///
  /// Files can be staged in groups (`startGroup()`), such as one article's files: a group can be
  /// discarded alone (`discardGroup()`), and a commit whose flush fails renames the groups before
  /// the failing file's and none after.
  public final class Batch {
    /// The writer whose permissions and synchronization the batch follows.
    public let writer: AtomicFileWriter
    /// How many files are staged.
    public var count: Int { staged.count }
    /// How many bytes are staged.
    public private(set) var byteCount = 0
    /// How many of the files staged before the last `commit()` it renamed into place: all of them
    /// when it succeeded, the ones before the failure when it threw.
    public private(set) var placedCount = 0

    private struct Staged {
      var path: String
      var temporary: String
      var directory: String
      var descriptor: Int32
      var byteCount: Int
    }

    /// What the flushing queue found, read only on that queue.
    private final class Flushes: @unchecked Sendable {
      /// The first file that could not be flushed: its place among the staged files, its path and
      /// the system's error.
      var failure: (index: Int, path: String, code: Int32)?
    }

    private var staged: [Staged] = []
    /// Where each group starts among the staged files.
    private var groupStarts: [Int] = []
    private let queue = DispatchQueue(label: "songngu.atomic-file-writer.flush")
    private let flushes = Flushes()

    public init(writer: AtomicFileWriter = AtomicFileWriter()) { self.writer = writer }

    deinit { discard() }

    /// Starts a group: the files staged from now on, until the next group, are renamed all or none
    /// when a flush fails, and can be discarded together.
    public func startGroup() { groupStarts.append(staged.count) }

    /// Removes the files staged since the last `startGroup()` (their temporary files); the files
    /// before stay staged.
    public func discardGroup() {
      guard let start = groupStarts.popLast() else { return }
      // Wait for the flushes of the files to remove (their descriptors are about to close).
      queue.sync {
        if let failure = flushes.failure, failure.index >= start { flushes.failure = nil }
      }
      for file in staged[start...] {
        if file.descriptor >= 0 { close(file.descriptor) }
        unlink(file.temporary)
        byteCount -= file.byteCount
      }
      staged.removeSubrange(start...)
    }

    /// Writes `bytes` to a temporary file for `path`, to be renamed over it by `commit()`.
    ///
    /// - Throws: as `AtomicFileWriter.write(_:to:)`; the file's temporary file is removed, the
    ///   files staged before it stay staged.
    public func stage(_ bytes: [UInt8], to path: String) throws {
      try bytes.withUnsafeBufferPointer { try stage($0, to: path) }
    }

    /// Stages bytes held elsewhere, as `stage(_:to:)` does with an array; after `partial`'s bytes
    /// when given (its temporary file must be beside `path`), which it then owns.
    func stage(_ bytes: UnsafeBufferPointer<UInt8>, after partial: PartialFile? = nil, to path: String) throws {
      let temporary: String
      let directory: String
      let descriptor: Int32
      if let partial {
        var status = stat()
        if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
          throw SongNguError.isDirectory(path: path)
        }
        guard partial.directory == AtomicFileWriter.split(path).directory else {
          throw SongNguError.writeFailed(path: path, reason: "its start was written in another folder")
        }
        (temporary, directory, descriptor) = (partial.temporary, partial.directory, try partial.release())
      } else {
        (temporary, directory, descriptor) = try AtomicFileWriter.temporaryFile(for: path)
      }
      do {
        try AtomicFileWriter.writeAll(bytes, to: descriptor, path: path)
        guard fchmod(descriptor, mode_t(writer.permissions)) == 0 else {
          throw AtomicFileWriter.failure(path, "cannot set permissions")
        }
      } catch {
        close(descriptor)
        unlink(temporary)
        throw error
      }
      let size = bytes.count + (partial?.byteCount ?? 0)
      byteCount += size
      guard writer.synchronizes else {
        guard close(descriptor) == 0 else {
          byteCount -= size
          unlink(temporary)
          throw AtomicFileWriter.failure(path, "cannot close the temporary file")
        }
        staged.append(
          Staged(path: path, temporary: temporary, directory: directory, descriptor: -1, byteCount: size))
        return
      }
      let index = staged.count
      staged.append(
        Staged(path: path, temporary: temporary, directory: directory, descriptor: descriptor, byteCount: size))
      let flushes = flushes
      queue.async {
        guard flushes.failure == nil else { return }
        if fsync(descriptor) != 0 { flushes.failure = (index, path, errno) }
      }
    }

    /// Waits for the flushes, renames every staged file into place and flushes their directories.
    ///
    /// When a file cannot be flushed (or closed), the files of the groups before its group are
    /// renamed and the rest removed (without groups, nothing is renamed); when a file cannot be
    /// renamed, the files before it are in place and the rest removed. `placedCount` tells how many
    /// were renamed.
    ///
    /// - Throws: `SongNguError.writeFailed`, naming the file that could not be flushed or renamed.
    public func commit() throws {
      let flushFailure = queue.sync { flushes.failure }
      let files = staged
      let starts = groupStarts
      staged.removeAll()
      groupStarts.removeAll()
      byteCount = 0
      placedCount = 0
      queue.sync { flushes.failure = nil }
      var failure: (index: Int, error: SongNguError)?
      if let flushFailure {
        failure = (
          flushFailure.index,
          SongNguError.writeFailed(
            path: flushFailure.path,
            reason: "cannot flush to disk: \(String(cString: strerror(flushFailure.code)).lowercased())")
        )
      }
      for (index, file) in files.enumerated() where file.descriptor >= 0 {
        if close(file.descriptor) != 0 && index < (failure?.index ?? files.count) {
          failure = (index, AtomicFileWriter.failure(file.path, "cannot close the temporary file"))
        }
      }
      // A file that failed takes its group down with it.
      let end = failure.map { failure in starts.last { $0 <= failure.index } ?? 0 } ?? files.count
      var directories: [String] = []
      for (index, file) in files[..<end].enumerated() {
        guard rename(file.temporary, file.path) == 0 else {
          let error = AtomicFileWriter.failure(file.path, "cannot rename the temporary file")
          for rest in files[index...] { unlink(rest.temporary) }
          placedCount = index
          Self.syncDirectories(directories, if: writer.synchronizes)
          throw error
        }
        if writer.synchronizes && !directories.contains(file.directory) { directories.append(file.directory) }
      }
      placedCount = end
      for file in files[end...] { unlink(file.temporary) }
      Self.syncDirectories(directories, if: writer.synchronizes)
      if let failure { throw failure.error }
    }

    private static func syncDirectories(_ directories: [String], if synchronizes: Bool) {
      guard synchronizes else { return }
      for directory in directories { AtomicFileWriter.syncDirectory(directory) }
    }

    /// Removes the staged temporary files; the destinations stay as they were.
    public func discard() {
      let files = staged
      staged.removeAll()
      groupStarts.removeAll()
      byteCount = 0
      queue.sync { flushes.failure = nil }
      for file in files {
        if file.descriptor >= 0 { close(file.descriptor) }
        unlink(file.temporary)
      }
    }
  }

  /// A file whose disk space is set aside before it is written, so that it can still be written
  /// after the disk has filled up: the output manifest, written last by a run that may have stopped
  /// for want of space, is one.
  ///
  /// `init` creates the temporary file beside `path` and allocates `reserving` bytes to it
  /// (`posix_fallocate`); `commit(_:)` writes the bytes over them, cuts the file to their length,
  /// flushes it (when the writer synchronizes) and renames it over `path`. Bytes past the reserved
  /// ones need space as any write does. Dropped uncommitted, the temporary file is removed.
  final class ReservedFile {
    let path: String
    /// The bytes set aside.
    let reservedBytes: Int
    private let temporary: String
    private let directory: String
    private var descriptor: Int32
    private let writer: AtomicFileWriter

    /// Creates the temporary file for `path` and sets `bytes` aside for it.
    ///
    /// - Throws: `SongNguError.writeFailed` when the file cannot be created or the space is not there.
    init(for path: String, reserving bytes: Int, writer: AtomicFileWriter) throws {
      (temporary, directory, descriptor) = try AtomicFileWriter.temporaryFile(for: path)
      self.path = path
      self.writer = writer
      reservedBytes = max(1, bytes)
      var code: Int32 = 0
      if let disk = SimulatedFullDisk.shared, disk.claim(reservedBytes) < reservedBytes { code = ENOSPC }
      #if canImport(Glibc)
        if code == 0 { code = posix_fallocate(descriptor, 0, off_t(reservedBytes)) }
      #endif
      if code != 0 {
        close(descriptor)
        unlink(temporary)
        descriptor = -1
        errno = code
        throw AtomicFileWriter.failure(path, "cannot set \(reservedBytes) bytes aside")
      }
    }

    deinit { discard() }

    /// Writes `bytes` into the reserved space and renames the file over `path`; on failure the
    /// temporary file is removed.
    func commit(_ bytes: [UInt8]) throws {
      guard descriptor >= 0 else { throw SongNguError.writeFailed(path: path, reason: "already committed") }
      do {
        if bytes.count > reservedBytes, let disk = SimulatedFullDisk.shared {
          let beyond = bytes.count - reservedBytes
          if disk.claim(beyond) < beyond {
            errno = ENOSPC
            throw AtomicFileWriter.failure(path, "write error")
          }
        }
        try bytes.withUnsafeBytes { buffer in
          var offset = 0
          while offset < buffer.count {
            let written = pwrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset, off_t(offset))
            if written < 0 {
              if errno == EINTR { continue }
              throw AtomicFileWriter.failure(path, "write error")
            }
            offset += written
          }
        }
        guard ftruncate(descriptor, off_t(bytes.count)) == 0 else {
          throw AtomicFileWriter.failure(path, "cannot cut the file to its length")
        }
        guard fchmod(descriptor, mode_t(writer.permissions)) == 0 else {
          throw AtomicFileWriter.failure(path, "cannot set permissions")
        }
        if writer.synchronizes {
          guard fsync(descriptor) == 0 else { throw AtomicFileWriter.failure(path, "cannot flush to disk") }
        }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw AtomicFileWriter.failure(path, "cannot close the temporary file") }
        guard rename(temporary, path) == 0 else {
          throw AtomicFileWriter.failure(path, "cannot rename the temporary file")
        }
      } catch {
        discard()
        unlink(temporary)
        throw error
      }
      if writer.synchronizes { AtomicFileWriter.syncDirectory(directory) }
    }

    /// Removes the temporary file and gives its space back.
    func discard() {
      guard descriptor >= 0 else { return }
      close(descriptor)
      descriptor = -1
      unlink(temporary)
    }
  }

  /// A file being written by `AtomicFileWriter.begin(_:)`: appended to, then committed or discarded.
  ///
  /// Appends are buffered (64 KiB). Not thread-safe: one writer at a time.
  public final class IncrementalFile {
    /// The destination.
    public let path: String
    /// The temporary file in the destination's directory.
    public let temporaryPath: String
    private let directory: String
    private let descriptor: Int32
    private let writer: AtomicFileWriter
    private var buffer: [UInt8] = []
    private var isOpen = true
    private static let bufferSize = 1 << 16

    fileprivate init(path: String, temporary: String, directory: String, descriptor: Int32, writer: AtomicFileWriter) {
      self.path = path
      self.temporaryPath = temporary
      self.directory = directory
      self.descriptor = descriptor
      self.writer = writer
      buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { discard() }

    /// Appends `bytes`; on failure the temporary file is removed.
    public func append(_ bytes: [UInt8]) throws {
      guard isOpen else { throw SongNguError.writeFailed(path: path, reason: "already committed or discarded") }
      if buffer.count + bytes.count <= Self.bufferSize {
        buffer.append(contentsOf: bytes)
        return
      }
      try guarded {
        try flushBuffer()
        if bytes.count >= Self.bufferSize {
          try AtomicFileWriter.writeAll(bytes, to: descriptor, path: path)
        } else {
          buffer.append(contentsOf: bytes)
        }
      }
    }

    /// Appends `text` as UTF-8.
    public func append(_ text: String) throws { try append(Array(text.utf8)) }

    /// Flushes what is buffered, sets the permissions, `fsync`s (when the writer synchronizes) and
    /// renames the temporary file over `path`; on failure the temporary file is removed.
    public func commit() throws {
      guard isOpen else { throw SongNguError.writeFailed(path: path, reason: "already committed or discarded") }
      var closed = false
      do {
        try flushBuffer()
        guard fchmod(descriptor, mode_t(writer.permissions)) == 0 else {
          throw AtomicFileWriter.failure(path, "cannot set permissions")
        }
        if writer.synchronizes {
          guard fsync(descriptor) == 0 else { throw AtomicFileWriter.failure(path, "cannot flush to disk") }
        }
        closed = true
        isOpen = false
        guard close(descriptor) == 0 else { throw AtomicFileWriter.failure(path, "cannot close the temporary file") }
        guard rename(temporaryPath, path) == 0 else {
          throw AtomicFileWriter.failure(path, "cannot rename the temporary file")
        }
      } catch {
        if !closed { close(descriptor) }
        isOpen = false
        unlink(temporaryPath)
        throw error
      }
      if writer.synchronizes { AtomicFileWriter.syncDirectory(directory) }
    }

    /// Closes and removes the temporary file, leaving `path` as it was.
    ///
    /// Does nothing once committed.
    public func discard() {
      guard isOpen else { return }
      isOpen = false
      close(descriptor)
      unlink(temporaryPath)
    }

    private func flushBuffer() throws {
      guard !buffer.isEmpty else { return }
      try AtomicFileWriter.writeAll(buffer, to: descriptor, path: path)
      buffer.removeAll(keepingCapacity: true)
    }

    private func guarded(_ body: () throws -> Void) throws {
      do { try body() } catch {
        discard()
        throw error
      }
    }
  }

  /// Writes `text` as UTF-8 to `path` (see `write(_:to:)`).
  public func write(_ text: String, to path: String) throws {
    try write(Array(text.utf8), to: path)
  }

  fileprivate static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
    try bytes.withUnsafeBufferPointer { try writeAll($0, to: descriptor, path: path) }
  }

  fileprivate static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, path: String) throws {
    guard let start = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      var count = bytes.count - offset
      if let disk = SimulatedFullDisk.shared {
        count = disk.claim(count)
        guard count > 0 else {
          errno = ENOSPC
          throw Self.failure(path, "write error")
        }
      }
      #if canImport(Glibc)
        let written = Glibc.write(descriptor, start + offset, count)
      #else
        let written = Darwin.write(descriptor, start + offset, count)
      #endif
      if written < 0 {
        if errno == EINTR { continue }
        throw Self.failure(path, "write error")
      }
      offset += written
    }
  }

  fileprivate static func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  fileprivate static func failure(_ path: String, _ what: String) -> SongNguError {
    let reason = String(cString: strerror(errno))
    return .writeFailed(path: path, reason: "\(what): \(reason.lowercased())")
  }
}
