import Foundation

/// Expands the paths a command is given into the files it reads.
enum InputFiles {
  /// The files named by `paths`: a file as given; a directory as every file under it whose name
  /// `includes` accepts (hidden files and folders skipped), sorted by path.
  static func expand(_ paths: [String], including includes: (String) -> Bool) throws(SongNguError)
    -> [String]
  {
    var result: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw .fileNotFound(path: path)
      }
      guard isDirectory.boolValue else {
        result.append(path)
        continue
      }
      var found: [String] = []
      guard Self.files(under: path, including: includes, into: &found) else {
        throw .unreadable(path: path, reason: "cannot list the folder")
      }
      result += found.sorted()
    }
    return result
  }

  /// Appends the files under `folder` that `includes` accepts, in no order.
  ///
  /// Regular files and other non-directories count, and symbolic links to them; sub-folders are
  /// descended (not through symbolic links); hidden names are skipped. Returns false when `folder`
  /// cannot be listed (an unreadable sub-folder is passed over).
  ///
  /// `readdir` tells most entries' types, so only links (and file systems that do not say) cost a
  /// `stat`: listing a folder of thousands of articles takes a few system calls per file.
  private static func files(under folder: String, including includes: (String) -> Bool, into found: inout [String])
    -> Bool
  {
    guard let directory = opendir(folder) else { return false }
    defer { closedir(directory) }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasPrefix(".") { continue }
      let full = prefix + name
      var type = Int32(entry.pointee.d_type)
      if type == Int32(DT_UNKNOWN) {
        var status = stat()
        guard lstat(full, &status) == 0 else { continue }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: type = Int32(DT_DIR)
        case S_IFLNK: type = Int32(DT_LNK)
        default: type = Int32(DT_REG)
        }
      }
      if type == Int32(DT_DIR) {
        _ = files(under: full, including: includes, into: &found)
        continue
      }
      if type == Int32(DT_LNK) {
        // A link counts as what it points to: a file is read, a folder (or nothing) is not.
        var status = stat()
        guard stat(full, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { continue }
      }
      if includes(name) { found.append(full) }
    }
    return true
  }
}
