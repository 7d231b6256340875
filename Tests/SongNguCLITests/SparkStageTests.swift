import Foundation
import TestSupport
import Testing

/// The Apache Spark stage (`spark/corpus.py`) in local mode, by its Python tests
/// (`spark/test_corpus.py`) with this build's `songngu`: the job writes the pairs
/// `songngu corpus --jsonl` writes (as a multiset, with malformed lines among the documents), the
/// same bytes when run again, and fails with `--on-error fail`; the tool gives the same bytes in an
/// empty environment and the C locale.
///
/// Needs python3, pyspark and Java 17 (`python3 -m pip install pyspark`; `.ci/run` installs it);
/// without them the test fails and says so.
@Suite struct SparkStageTests {
  @Test func sparkJobInLocalMode() throws {
    guard ProcessRunner.find("python3") != nil else {
      Issue.record("python3 not found: the Spark test needs python3, Java 17 and `python3 -m pip install pyspark`")
      return
    }
    let probe = try CLI.tool("python3", ["-c", "import pyspark"])
    guard probe.status == 0 else {
      Issue.record("pyspark is missing: run `python3 -m pip install pyspark` (.ci/run installs it)\n\(probe.stderr)")
      return
    }
    let script = CLI.root.appendingPathComponent("spark/test_corpus.py").path
    let result = try CLI.tool(
      "timeout", ["1200", "python3", script],
      environment: [
        "SONGNGU": CLI.executable.path, "SPARK_LOCAL_IP": "127.0.0.1", "PYTHONDONTWRITEBYTECODE": "1",
      ])
    #expect(result.status == 0, "spark/test_corpus.py failed:\n\(result.stderr.suffix(6000))")
  }
}
