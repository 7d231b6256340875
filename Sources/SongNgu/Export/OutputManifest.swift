import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What songngu wrote into a folder, kept in it as `.songngu-manifest.json`: each file's name
/// (relative to the folder), size and XXH64 hash, as written.
///
/// songngu replaces a file only when it can tell the file holds nothing but what songngu writes
/// (`check(_:at:size:hash:)`): there is no file, or it is still the file songngu recorded writing
/// there, or it is byte for byte the file about to be written. Any other file (edited since, or one
/// songngu has no record of) is refused unless the caller forces it. Entries whose file is gone are
/// dropped when the manifest is saved, so it holds no more than the folder does.
///
/// The manifest is saved once, at the end of a run (whether it finished or stopped), into space
/// set aside when the run started (`reserve(adding:writer:)`): a run stopped by a full disk still
/// records the files it put in place.
struct OutputManifest {
  /// The manifest's file name in its folder.
  static let fileName = ".songngu-manifest.json"
  /// The format written, and the only one read.
  static let version = 1

  struct Entry: Equatable {
    var size: Int
    var hash: UInt64
  }

  /// The folder, as given.
  let folder: String
  /// The recorded files, by name.
  private(set) var entries: [String: Entry]

  /// The manifest's path.
  var path: String { Self.path(in: folder) }

  static func path(in folder: String) -> String { (folder.hasSuffix("/") ? folder : folder + "/") + fileName }

  /// The path of `name` in the folder.
  func path(of name: String) -> String { (folder.hasSuffix("/") ? folder : folder + "/") + name }

  init(folder: String, entries: [String: Entry] = [:]) {
    self.folder = folder
    self.entries = entries
  }

  /// The manifest of `folder`: empty when there is none, or (`ignoringDamage`) when it cannot be read.
  ///
  /// - Throws: `SongNguError.malformedData` when the manifest is not one songngu wrote.
  static func load(_ folder: String, ignoringDamage: Bool = false) throws(SongNguError) -> OutputManifest {
    let path = Self.path(in: folder)
    guard let data = FileManager.default.contents(atPath: path) else { return OutputManifest(folder: folder) }
    do {
      return OutputManifest(folder: folder, entries: try parse(data))
    } catch {
      if ignoringDamage { return OutputManifest(folder: folder) }
      throw .malformedData(
        path: path, line: 1, column: 1,
        expected:
          "expected songngu's record of the files it wrote here (\(error)); delete it to start a new one "
          + "(songngu then refuses to overwrite the files it has no record of, until --force)")
    }
  }

  private struct Damage: Error, CustomStringConvertible {
    var description: String
  }

  private static func parse(_ data: Data) throws -> [String: Entry] {
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw Damage(description: "not a JSON object")
    }
    guard (object["songngu-manifest"] as? NSNumber)?.intValue == version else {
      throw Damage(description: "no \"songngu-manifest\": \(version)")
    }
    guard let files = object["files"] as? [String: Any] else { throw Damage(description: "no \"files\" object") }
    var entries: [String: Entry] = [:]
    for (name, value) in files {
      guard let entry = value as? [String: Any], let size = (entry["size"] as? NSNumber)?.intValue, size >= 0,
        let hex = entry["xxh64"] as? String, hex.utf8.count == 16, let hash = UInt64(hex, radix: 16)
      else { throw Damage(description: "a bad entry for \(name)") }
      entries[name] = Entry(size: size, hash: hash)
    }
    return entries
  }

  /// Whether the file `name`, at `path`, may be replaced by `size` bytes that hash to `hash`: nil
  /// when it may (no file, the file as recorded, or the same bytes), else the refusal.
  func check(_ name: String, at path: String, size: Int, hash: UInt64) -> ChangedFile? {
    var status = stat()
    guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    let current = Int(status.st_size)
    let recorded = entries[name]
    if current == recorded?.size || current == size, let file = XXHash64.file(at: path) {
      if Entry(size: file.size, hash: file.hash) == recorded { return nil }
      if file.size == size && file.hash == hash { return nil }
    }
    return ChangedFile(path: path, wasRecorded: recorded != nil)
  }

  /// Records that `name` now holds `size` bytes hashing to `hash`.
  mutating func record(_ name: String, size: Int, hash: UInt64) { entries[name] = Entry(size: size, hash: hash) }

  /// Sets the manifest's space aside, for its entries and one for each of `names` (the files a run
  /// may write), so that `save(into:)` can write it whatever the run does to the disk.
  func reserve(adding names: [String], writer: AtomicFileWriter) throws -> AtomicFileWriter.ReservedFile {
    // An entry takes its name (escaped, at most twice as long in all but control characters) and
    // about 60 bytes more.
    var bytes = 512
    for name in entries.keys { bytes += name.utf8.count * 2 + 64 }
    for name in names where entries[name] == nil { bytes += name.utf8.count * 2 + 64 }
    return try AtomicFileWriter.ReservedFile(for: path, reserving: bytes, writer: writer)
  }

  /// Writes the manifest, without the entries whose file is gone, into `reserved`; writes nothing
  /// when there is no entry and no manifest yet.
  func save(into reserved: AtomicFileWriter.ReservedFile) throws {
    guard let bytes = encoded() else { return reserved.discard() }
    try reserved.commit(bytes)
  }

  /// Writes the manifest, without the entries whose file is gone, atomically; writes nothing when
  /// there is no entry and no manifest yet.
  func save(writer: AtomicFileWriter) throws {
    guard let bytes = encoded() else { return }
    try writer.write(bytes, to: path)
  }

  /// The manifest as JSON, one file a line, by name, without the entries whose file is gone.
  ///
  /// Nil when there is no entry left and no manifest to replace.
  func encoded() -> [UInt8]? {
    var text = """
      {
        "songngu-manifest": \(Self.version),
        "about": "The files songngu wrote in this folder, with their sizes and XXH64 hashes. songngu overwrites a file only while it is as recorded here (or the same as the new one): see docs/writes.md.",
        "files": {
      """
    var first = true
    var status = stat()
    for name in entries.keys.sorted() where lstat(path(of: name), &status) == 0 {
      guard let entry = entries[name] else { continue }
      text += first ? "\n" : ",\n"
      first = false
      text += "    \(JSONText.string(name)): {\"size\": \(entry.size), \"xxh64\": \"\(XXHash64.hex(entry.hash))\"}"
    }
    if first && lstat(path, &status) != 0 { return nil }
    text += first ? "}\n}\n" : "\n  }\n}\n"
    return Array(text.utf8)
  }
}

/// A file songngu would replace but did not, because it holds something songngu did not write
/// there (`SongNguError.changedOutput`).
public struct ChangedFile: Sendable, Equatable {
  public var path: String
  /// Whether songngu recorded writing the file, which has changed since; without a record it was
  /// never written by songngu, or written before songngu kept records.
  public var wasRecorded: Bool

  public init(path: String, wasRecorded: Bool) {
    self.path = path
    self.wasRecorded = wasRecorded
  }
}
