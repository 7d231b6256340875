import Foundation

extension OmegaTKit {
  /// The English articles of a kit OmegaT translated: every source file's sentences replaced by
  /// their translations, blocks kept.
  ///
  /// A kit's segments are its source files' lines, so a translation is found by its source text in
  /// OmegaT's project memory (`omegat/project_save.tmx`, saved by the editor), or else on the same
  /// line of the translated document OmegaT wrote (`target/NAME.txt`, where an untranslated sentence
  /// is a copy of its source: console mode writes only this). A
  /// sentence OmegaT has no translation for is an error naming `source/NAME.txt:LINE`, unless
  /// `allowUntranslated` (then its Vietnamese is kept and counted).
  public static func merge(_ folder: String, options: MergeOptions = MergeOptions()) throws(SongNguError)
    -> [MergeResult]
  {
    guard isKit(folder) else {
      throw .unsafeOutput(path: folder, reason: "not a songngu kit (no \(marker)); give a kit prepare --omegat wrote")
    }
    let memory = try translations(in: "\(folder)/omegat/project_save.tmx")
    let sources = ((try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/source")) ?? [])
      .filter { $0.hasSuffix(".txt") }.sorted()
    guard !sources.isEmpty else {
      throw .noArticles(paths: ["\(folder)/source"], expected: "the kit's *.txt source files")
    }
    var results: [MergeResult] = []
    for file in sources {
      let path = "\(folder)/source/\(file)"
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .unreadable(path: path, reason: "permission denied or not a regular file")
      }
      var result = MergeResult(
        article: String(file.dropLast(".txt".count)), text: "", units: 0, blocks: 0, untranslated: [], findings: [])
      var paragraph: [String] = []
      var paragraphs: [String] = []
      let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      var targetLines: [Substring] = []
      if let target = FileManager.default.contents(atPath: "\(folder)/target/\(file)") {
        targetLines = String(decoding: target, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        if targetLines.count != lines.count { targetLines = [] }  // not OmegaT's line-for-line document
      }
      for (index, line) in lines.enumerated() {
        let source = String(line)
        if source.trimmingSpaces().isEmpty {
          if !paragraph.isEmpty { paragraphs.append(paragraph.joined(separator: " ")) }
          paragraph = []
          continue
        }
        result.units += 1
        if let translation = memory[source], !translation.trimmingSpaces().isEmpty {
          paragraph.append(translation.trimmingSpaces())
          continue
        }
        if index < targetLines.count, targetLines[index] != line, !targetLines[index].trimmingSpaces().isEmpty {
          paragraph.append(String(targetLines[index]).trimmingSpaces())
          continue
        }
        let unit = "source/\(file):\(index + 1)"
        result.untranslated.append(unit)
        if !options.allowUntranslated {
          result.findings.append(
            Finding(
              category: "merge.untranslated", severity: .error,
              message: "\(unit): not translated in OmegaT (or --allow-untranslated to keep the Vietnamese)",
              file: folder))
        }
        paragraph.append(source)
      }
      if !paragraph.isEmpty { paragraphs.append(paragraph.joined(separator: " ")) }
      result.blocks = paragraphs.count
      result.text = paragraphs.isEmpty ? "" : paragraphs.joined(separator: "\n\n") + "\n"
      results.append(result)
    }
    return results
  }

  /// The translations of an OmegaT project memory, by source text (none when OmegaT has not saved
  /// one yet); where a sentence has several (alternative translations), the first.
  static func translations(in path: String) throws(SongNguError) -> [String: String] {
    guard FileManager.default.fileExists(atPath: path) else { return [:] }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or not a regular file")
    }
    let documents: [BilingualDocument]
    do {
      documents = try TMXReader().read(Array(data), name: path)
    } catch let error as SongNguError {
      throw error
    } catch {
      throw .unreadable(path: path, reason: "\(error)")
    }
    var translations: [String: String] = [:]
    for unit in documents.flatMap(\.units) where translations[unit.source] == nil && !unit.target.isEmpty {
      translations[unit.source] = unit.target
    }
    return translations
  }
}
