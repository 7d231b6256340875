import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder songngu writes into, and the safe paths inside it.
///
/// `path(for:protecting:)` turns a file name (usually made from an article name) into a path in the
/// folder, and refuses names that would leave it or overwrite an input.
public struct OutputFolder: Sendable, Equatable {
  /// The folder as given.
  public var path: String

  public init(_ path: String) { self.path = path }

  /// The folder `path`, created (with its parents) when missing.
  ///
  /// - Throws: `SongNguError.writeFailed` when `path` is a file or cannot be created.
  public static func create(_ path: String) throws(SongNguError) -> OutputFolder {
    var status = stat()
    if stat(path, &status) == 0 {
      guard (status.st_mode & S_IFMT) == S_IFDIR else {
        throw .writeFailed(path: path, reason: "exists and is not a folder; --out needs a folder")
      }
      return OutputFolder(path)
    }
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .writeFailed(path: path, reason: "cannot create the output folder")
    }
    return OutputFolder(path)
  }

  /// The path of `name` inside the folder.
  ///
  /// Refused (`SongNguError.unsafeOutput`): an empty name, an absolute name, a name with a `..`
  /// component or a NUL; a name whose existing parent directory or existing file (a symbolic link)
  /// resolves outside the folder; a name that is an existing directory; and a name that is one of
  /// `inputs` (the same file by device and inode, so hard links and other spellings count too).
  /// The folder itself must exist (`SongNguError.fileNotFound` otherwise).
  public func path(for name: String, protecting inputs: [String] = []) throws -> String {
    try path(for: name, protecting: ProtectedFiles(inputs))
  }

  /// `name` (a plain name, without `/`) in the folder, unchecked: what `path(for:protecting:in:)`
  /// returns for it when it accepts it.
  func plainPath(_ name: String) -> String { (path.hasSuffix("/") ? path : path + "/") + name }

  /// The path of `name` inside the folder, as `path(for:protecting:)` with paths, against files
  /// identified once: what a run that checks many names uses.
  func path(for name: String, protecting inputs: ProtectedFiles) throws -> String {
    try path(for: name, protecting: inputs, in: realFolder())
  }

  /// The folder's canonical absolute path, for `path(for:protecting:in:)`.
  ///
  /// - Throws: `SongNguError.fileNotFound` when the folder does not exist.
  func realFolder() throws -> String {
    guard let folder = Self.realPath(path) else { throw SongNguError.fileNotFound(path: path) }
    return folder
  }

  /// The path of `name` inside the folder, as `path(for:protecting:)`, with the folder's canonical
  /// path (`realFolder()`) found once for many names.
  ///
  /// A plain name (no `/`) that does not exist, or is not a symbolic link, lies in the folder
  /// itself: one `lstat` settles it. Other names have their deepest existing part resolved.
  func path(for name: String, protecting inputs: ProtectedFiles, in folder: String) throws -> String {
    guard !name.isEmpty else { throw SongNguError.unsafeOutput(path: name, reason: "empty file name") }
    guard !name.hasPrefix("/") else {
      throw SongNguError.unsafeOutput(path: name, reason: "absolute path; give a name inside the output folder")
    }
    guard !name.unicodeScalars.contains("\0") else {
      throw SongNguError.unsafeOutput(path: name, reason: "file name contains a NUL character")
    }
    let components = name.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
    guard !components.contains("..") else {
      throw SongNguError.unsafeOutput(path: name, reason: "`..` would leave the output folder")
    }
    let candidate = plainPath(components.joined(separator: "/"))
    var status = stat()
    if components.count == 1 {
      if lstat(candidate, &status) != 0 {
        if errno == ENOENT { return candidate }
      } else if (status.st_mode & S_IFMT) != S_IFLNK {
        return try checked(candidate, status, against: inputs)
      }
    }

    // The deepest part of the candidate that exists must resolve inside the folder.
    var existing = candidate
    var resolved = Self.realPath(existing)
    while resolved == nil, let slash = existing.lastIndex(of: "/"), slash > existing.startIndex {
      existing = String(existing[..<slash])
      resolved = Self.realPath(existing)
    }
    if let resolved, resolved != folder, !resolved.hasPrefix(folder == "/" ? "/" : folder + "/") {
      throw SongNguError.unsafeOutput(
        path: candidate, reason: "resolves to \(resolved), outside the output folder \(folder) (symbolic link)")
    }
    if lstat(candidate, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK {
      // A dangling link: rename would replace the link, but the name still points elsewhere.
      if Self.realPath(candidate) == nil {
        throw SongNguError.unsafeOutput(path: candidate, reason: "is a symbolic link to a missing file")
      }
    }
    if stat(candidate, &status) == 0 { return try checked(candidate, status, against: inputs) }
    return candidate
  }

  /// `candidate`, an existing file whose status (not a symbolic link's) is `status`, unless it is a
  /// directory or one of `inputs`.
  private func checked(_ candidate: String, _ status: stat, against inputs: ProtectedFiles) throws -> String {
    if (status.st_mode & S_IFMT) == S_IFDIR {
      throw SongNguError.unsafeOutput(path: candidate, reason: "is a directory")
    }
    if let input = inputs.path(ofDevice: UInt64(status.st_dev), inode: UInt64(status.st_ino)) {
      throw SongNguError.unsafeOutput(path: candidate, reason: "would overwrite the input \(input)")
    }
    return candidate
  }

  /// The canonical absolute path of an existing file or directory (`realpath(3)`), or nil.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
