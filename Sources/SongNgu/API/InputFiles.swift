import Foundation

/// Expands the paths a command is given into the files it reads.
public enum InputFiles {
  /// The files named by `paths`: a file as given; a directory as every file under it whose name
  /// `includes` accepts (hidden files and folders skipped), sorted by path.
  public static func expand(_ paths: [String], including includes: (String) -> Bool) throws(SongNguError)
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
      guard let enumerator = FileManager.default.enumerator(atPath: path) else {
        throw .unreadable(path: path, reason: "cannot list the folder")
      }
      var found: [String] = []
      while let relative = enumerator.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") {
          enumerator.skipDescendants()
          continue
        }
        let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
          includes(name)
        else { continue }
        found.append(full)
      }
      result += found.sorted()
    }
    return result
  }
}
