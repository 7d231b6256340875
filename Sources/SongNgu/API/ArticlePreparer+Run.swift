import Foundation

extension ArticlePreparer {
  /// Most files staged before a batch is flushed and renamed into place (each holds a descriptor
  /// open until then).
  static let batchFiles = 240

  /// Prepares every article in `paths` and writes its files into `folder`: what `songngu prepare` does.
  ///
  /// Articles are read, drafted and rendered on `workers` threads, in parallel; their files are
  /// written on the calling thread, in article order, through `AtomicFileWriter.Batch`: each file
  /// goes to a temporary file beside its destination, and a batch of articles (until `batchBytes`
  /// bytes or 240 files are staged) is flushed to disk (when `PrepareOptions.synchronizes`) and
  /// renamed into place together.
  /// `report` is called on the calling thread for each article, in order, once its files are in
  /// place. Output is the same, byte for byte, whatever the number of workers.
  ///
  /// An existing file is replaced only when it is still the file songngu recorded writing there
  /// (in the folder's `.songngu-manifest.json`, see `OutputManifest`) or the same bytes as the new
  /// one, unless `PrepareOptions.replacesChangedFiles`; an article with another file at one of its
  /// destinations is refused (`SongNguError.changedOutput`) before any of its files is written.
  ///
  /// When an article cannot be read, or one of its output names or files is refused, the articles
  /// before it are finished (their files renamed into place and reported) and the error is thrown;
  /// for refused files, the later articles are still read (none is written) so that the error
  /// names every refused file. With `skipping`, instead, it is called with the article's path and
  /// the error, in article order among the `report` calls, nothing is written for that article,
  /// and the run goes on. When a file cannot be written (a full disk), the article's files are
  /// discarded, the articles before it are put in place and reported, and the error is thrown.
  /// When `isCancelled` returns true (it is asked before each article's files are written), the
  /// batch being written is discarded and the batches before it stay in place. Either way no
  /// temporary file is left, an output file is the old one or the new one, never a part, and the
  /// manifest records the files in place. Memory stays flat: at most `4 × workers` rendered
  /// articles wait to be written, and a large article's files are written to their temporary files
  /// while it is rendered, so that at most about `ArticleRenderer.spillBytes` of each file waits in
  /// memory.
  ///
  /// - Throws: `SongNguError` for an unreadable article, an unsafe output name (see
  ///   `OutputFolder.path(for:protecting:)`) or refused files when not `skipping`, a damaged
  ///   manifest, or a failed write; `CancellationError` when cancelled; what `report` or `skipping`
  ///   throws.
  public func run(
    _ paths: [String], to folder: OutputFolder, protecting inputs: [String],
    workers: Int = ProcessInfo.processInfo.activeProcessorCount, batchBytes: Int = 32 << 20,
    isCancelled: () -> Bool = { false }, skipping: ((String, SongNguError) throws -> Void)? = nil,
    report: (PreparedArticleReport) throws -> Void
  ) throws {
    let renderer = ArticleRenderer(options: options, translator: translator)
    // Looked up once: checking every output name against every input costs a `stat` per pair.
    let protected = ProtectedFiles(inputs)
    let writer = AtomicFileWriter(synchronizes: options.synchronizes)
    let batch = AtomicFileWriter.Batch(writer: writer)
    let force = options.replacesChangedFiles
    var manifest = try OutputManifest.load(folder.path, ignoringDamage: force)
    let extensions =
      options.formats.map { $0.writer(dialect: options.csvDialect).fileExtension }
      + (options.writesTermBase ? [ArticleTermBase.fileExtension] : [])
    // The folder's canonical path, found once for every name (a missing folder is named as such
    // before the manifest's space is set aside in it).
    let realFolder = try folder.realFolder()
    let reserved = try manifest.reserve(
      adding: paths.flatMap { path in extensions.map { Document.name(forPath: path) + "." + $0 } }, writer: writer)
    // Reports and skips wait for their batch, so that they are told in article order; so do the
    // manifest's entries for the staged files, in the order they were staged.
    var waiting: [Outcome] = []
    var staged: [(name: String, size: Int, hash: UInt64)] = []
    // Files refused once a run stops for them: the later articles are only checked.
    var refused: [ChangedFile] = []
    func commit() throws {
      do {
        try batch.commit()
      } catch {
        // What is in place is recorded and reported; an article partly in place is neither.
        for file in staged.prefix(batch.placedCount) { manifest.record(file.name, size: file.size, hash: file.hash) }
        var files = 0
        for outcome in waiting {
          if case .prepared(let article) = outcome {
            files += article.files.count
            guard files <= batch.placedCount else { break }
          }
          try tell(outcome)
        }
        waiting.removeAll()
        staged.removeAll()
        throw error
      }
      for file in staged { manifest.record(file.name, size: file.size, hash: file.hash) }
      for outcome in waiting { try tell(outcome) }
      waiting.removeAll()
      staged.removeAll()
    }
    func tell(_ outcome: Outcome) throws {
      switch outcome {
      case .prepared(let article): try report(article)
      case .skipped(let path, let error): try skipping?(path, error)
      }
    }
    do {
      var index = 0
      try OrderedWorkers.run(
        count: paths.count, workers: workers, window: 4 * max(1, workers),
        makeWorker: {
          let segmenter = renderer.segmenter()
          return { index in renderer.render(path: paths[index], segmenter: segmenter, spillingInto: folder) }
        }
      ) { rendered in
        defer { index += 1 }
        if isCancelled() { throw CancellationError() }
        let article: PreparedArticleReport
        let outputs: [RenderedFile]
        let names: [String]
        let destinations: [String]
        do {
          (article, outputs) = try rendered.result.get()
          names = outputs.map { article.name + "." + $0.fileExtension }
          destinations = try names.map { try folder.path(for: $0, protecting: protected, in: realFolder) }
        } catch let error as SongNguError where !refused.isEmpty || (skipping != nil && !error.isWriteFailure) {
          if refused.isEmpty { waiting.append(.skipped(paths[index], error)) }
          return
        } catch {
          // The articles before this one are complete: put them in place, then stop.
          try commit()
          throw error
        }
        let changed =
          force
          ? []
          : zip(names, zip(destinations, outputs)).compactMap { name, file in
            manifest.check(name, at: file.0, size: file.1.byteCount, hash: file.1.hash)
          }
        guard refused.isEmpty else {
          refused += changed
          return
        }
        if !changed.isEmpty {
          if skipping != nil {
            waiting.append(.skipped(paths[index], .changedOutput(files: changed, manifest: manifest.path)))
          } else {
            // The articles before this one are complete: put them in place, then only check the rest.
            try commit()
            refused = changed
          }
          return
        }
        batch.startGroup()
        var files: [WrittenFile] = []
        for (output, (name, path)) in zip(outputs, zip(names, destinations)) {
          do {
            try batch.stage(output.bytes.bytes, after: output.partial, to: path)
          } catch {
            // Nothing of this article is written; the articles before it are put in place.
            batch.discardGroup()
            try commit()
            throw error
          }
          staged.append((name, output.byteCount, output.hash))
          files.append(
            WrittenFile(
              path: path, kind: output.kind, units: output.units, droppedCharacters: output.droppedCharacters))
        }
        var finished = article
        finished.files = files
        waiting.append(.prepared(finished))
        if batch.byteCount >= batchBytes || batch.count >= Self.batchFiles { try commit() }
      }
      try commit()
      if !refused.isEmpty { throw SongNguError.changedOutput(files: refused, manifest: manifest.path) }
    } catch {
      batch.discard()
      try? manifest.save(into: reserved)
      throw error
    }
    try manifest.save(into: reserved)
  }

  /// The articles `arguments` name (folders expanded as `articles(in:)` does), to be prepared into
  /// one folder.
  ///
  /// - Throws: `SongNguError.noArticles` when there is none, `SongNguError.outputNameCollision` when
  ///   two have the same name (their files would overwrite each other), or what `articles(in:)` throws.
  public static func inputs(_ arguments: [String]) throws(SongNguError) -> [String] {
    let paths = try articles(in: arguments)
    guard !paths.isEmpty else { throw .noArticles(paths: arguments, expected: "*.txt but *.en.txt") }
    var seen = Set<String>()
    for name in paths.map(Document.name(forPath:)) where !seen.insert(name).inserted {
      throw .outputNameCollision(name: name)
    }
    return paths
  }

  /// What `songngu prepare` does: creates the folder `out` when missing (`OutputFolder.create(_:)`),
  /// calls `started`, then prepares `paths` into it as `run(_:to:protecting:workers:batchBytes:isCancelled:skipping:report:)`,
  /// never overwriting `inputs`.
  ///
  /// With `keepGoing`, an article that cannot be read, or whose output name is refused, is handed to
  /// `skipped` and the run goes on; without it the run stops there. Returns the number of articles
  /// skipped.
  ///
  /// - Throws: as `OutputFolder.create(_:)` and `run(_:to:protecting:workers:batchBytes:isCancelled:skipping:report:)`.
  public func run(
    _ paths: [String], into out: String, protecting inputs: [String], workers: Int, keepGoing: Bool,
    isCancelled: () -> Bool = { false }, started: () -> Void = {},
    skipped: (String, SongNguError) -> Void = { _, _ in },
    report: (PreparedArticleReport) throws -> Void
  ) throws -> Int {
    let folder = try OutputFolder.create(out)
    started()
    var count = 0
    try withoutActuallyEscaping(skipped) { skipped in
      try run(
        paths, to: folder, protecting: inputs, workers: workers, isCancelled: isCancelled,
        skipping: keepGoing
          ? { path, error in
            count += 1
            skipped(path, error)
          } : nil, report: report)
    }
    return count
  }

  /// What `run` tells of an article once its batch is in place: its report, or its path and why
  /// it was skipped.
  private enum Outcome {
    case prepared(PreparedArticleReport)
    case skipped(String, SongNguError)
  }
}
