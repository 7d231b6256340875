import Foundation

/// Peak resident memory of this process (VmHWM), in MB.
///
/// `getrusage`'s `ru_maxrss` is not used: it carries the parent's peak over `exec`.
public func peakResidentMegabytes() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
  else { return -1 }
  return (line.split(separator: " ").compactMap { Double($0) }.first ?? -1) / 1024
}

/// The repository root (this file is Benchmarks/Sources/BenchmarkSupport/…).
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// Real Vietnamese sentences: the sample's body sentences (or all its units) and the segmentation
/// fixtures' sentences longer than 20 characters.
public func realSentences(bodyOnly: Bool) -> [String] {
  var sentences: [String] = []
  let gold = repositoryRoot.appendingPathComponent("samples/nato-trieu-tien.vi.sentences.tsv")
  if let text = try? String(contentsOf: gold, encoding: .utf8) {
    for line in text.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: "\t", maxSplits: 2)
      if cells.count == 3, !bodyOnly || cells[1] == "body" { sentences.append(String(cells[2])) }
    }
  }
  let fixtures = repositoryRoot.appendingPathComponent("Tests/SongNguTests/Fixtures/Segmentation")
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()
  for name in names where name.hasSuffix(".txt") {
    if let text = try? String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8) {
      sentences += text.split(separator: "\n").map(String.init).filter { $0.count > 20 }
    }
  }
  return sentences
}

/// This thread's CPU time spent in `body`, in seconds.
public func cpuTime<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  var start = timespec()
  var end = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
  let value = try body()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
  return (value, Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) * 1e-9)
}

/// Wall-clock and whole-process CPU time (all threads) of `body`, in seconds.
public func wallAndProcessCPUTime(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
  var start = timespec()
  var end = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start)
  let wallStart = DispatchTime.now().uptimeNanoseconds
  try body()
  let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end)
  return (wall, Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) * 1e-9)
}
