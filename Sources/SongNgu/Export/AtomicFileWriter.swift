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
  public final class Batch {
    /// The writer whose permissions and synchronization the batch follows.
    public let writer: AtomicFileWriter
    /// How many files are staged.
    public var count: Int { staged.count }
    /// How many bytes are staged.
    public private(set) var byteCount = 0

    private struct Staged {
      var path: String
      var temporary: String
      var directory: String
      var descriptor: Int32
    }

    /// What the flushing queue found, read only on that queue.
    private final class Flushes: @unchecked Sendable {
      var failure: (path: String, code: Int32)?
    }

    private var staged: [Staged] = []
    private let queue = DispatchQueue(label: "songngu.atomic-file-writer.flush")
    private let flushes = Flushes()

    public init(writer: AtomicFileWriter = AtomicFileWriter()) { self.writer = writer }

    deinit { discard() }

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
        byteCount += partial.byteCount
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
      byteCount += bytes.count
      guard writer.synchronizes else {
        guard close(descriptor) == 0 else {
          unlink(temporary)
          throw AtomicFileWriter.failure(path, "cannot close the temporary file")
        }
        staged.append(Staged(path: path, temporary: temporary, directory: directory, descriptor: -1))
        return
      }
      staged.append(Staged(path: path, temporary: temporary, directory: directory, descriptor: descriptor))
      let flushes = flushes
      queue.async {
        guard flushes.failure == nil else { return }
        if fsync(descriptor) != 0 { flushes.failure = (path, errno) }
      }
    }

    /// Waits for the flushes, renames every staged file into place and flushes their directories.
    ///
    /// - Throws: `SongNguError.writeFailed` when a file cannot be flushed (nothing is renamed) or
    ///   renamed (the files before it are in place); the temporary files not renamed are removed.
    public func commit() throws {
      let failure = queue.sync { flushes.failure }
      var closeFailure: String?
      for file in staged where file.descriptor >= 0 {
        if close(file.descriptor) != 0 && closeFailure == nil { closeFailure = file.path }
      }
      let files = staged
      staged.removeAll()
      byteCount = 0
      queue.sync { flushes.failure = nil }
      if failure != nil || closeFailure != nil {
        for file in files { unlink(file.temporary) }
        if let failure {
          throw SongNguError.writeFailed(
            path: failure.path, reason: "cannot flush to disk: \(String(cString: strerror(failure.code)).lowercased())")
        }
        throw AtomicFileWriter.failure(closeFailure ?? "", "cannot close the temporary file")
      }
      var directories: [String] = []
      for (index, file) in files.enumerated() {
        guard rename(file.temporary, file.path) == 0 else {
          let error = AtomicFileWriter.failure(file.path, "cannot rename the temporary file")
          for rest in files[index...] { unlink(rest.temporary) }
          throw error
        }
        if writer.synchronizes && !directories.contains(file.directory) { directories.append(file.directory) }
      }
      for directory in directories { AtomicFileWriter.syncDirectory(directory) }
    }

    /// Removes the staged temporary files; the destinations stay as they were.
    public func discard() {
      let files = staged
      staged.removeAll()
      byteCount = 0
      queue.sync { flushes.failure = nil }
      for file in files {
        if file.descriptor >= 0 { close(file.descriptor) }
        unlink(file.temporary)
      }
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
      #if canImport(Glibc)
        let written = Glibc.write(descriptor, start + offset, bytes.count - offset)
      #else
        let written = Darwin.write(descriptor, start + offset, bytes.count - offset)
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
