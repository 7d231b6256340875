#!/usr/bin/env python3
"""Tests of the Spark stage, spark/corpus.py, in local mode (local[2]) on the repository's articles.

Run by `swift test` (SparkStageTests, with SONGNGU set to the built binary) and by hand:

    SONGNGU=.build/debug/songngu python3 spark/test_corpus.py

Needs pyspark and Java 17 (`.ci/run` installs pyspark).
"""

import collections
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import corpus  # noqa: E402

BINARY = os.path.abspath(os.environ.get("SONGNGU") or os.path.join(REPOSITORY, ".build", "debug", "songngu"))
# Spark binds to this address in local mode; the Python workers are the interpreter running the tests.
SPARK_ENVIRONMENT = {"SPARK_LOCAL_IP": "127.0.0.1", "PYSPARK_PYTHON": sys.executable}


def read(path):
    with open(os.path.join(REPOSITORY, path), encoding="utf-8") as file:
        return file.read()


# The id of a record without "en": not ASCII, with a quote and a backslash to escape.
ONLY_VI = 'chỉ-tiếng-việt "một câu" \\'


def input_lines():
    """The sample and the alignment fixtures, twice under different ids, with bad lines among them.

    Ids are not ASCII in part, so that they cross the JVM and the pipe as UTF-8.
    """
    pairs = [("samples/nato-trieu-tien", "nato-trieu-tien")]
    fixtures = "Tests/SongNguTests/Fixtures/Alignment"
    for vi in sorted(glob.glob(os.path.join(REPOSITORY, fixtures, "*.vi.txt"))):
        name = os.path.basename(vi)[: -len(".vi.txt")]
        pairs.append((fixtures + "/" + name, name))
    lines = []
    for copy in ("một", "hai"):
        for path, name in pairs:
            document = {"id": "%s/%s" % (copy, name), "vi": read(path + ".vi.txt"), "en": read(path + ".en.txt")}
            lines.append(json.dumps(document, ensure_ascii=False))
    lines.insert(3, "not json")
    lines.insert(8, json.dumps({"id": ONLY_VI, "vi": "Một câu thôi."}, ensure_ascii=False))
    lines.insert(12, "")
    return lines


def benchmark_lines(copies):
    """`copies` times the test input, the documents' ids prefixed with the copy's number."""
    lines = []
    for copy in range(copies):
        for line in input_lines():
            document = json.loads(line) if line.startswith("{") else None
            if document and "en" in document:
                document["id"] = "%d/%s" % (copy, document["id"])
                line = json.dumps(document, ensure_ascii=False)
            lines.append(line)
    return lines


def direct(lines, on_error, environment=None):
    """`songngu corpus --jsonl` on the whole input: its standard output."""
    result = subprocess.run(
        [BINARY, "corpus", "--jsonl", "--no-learning", "--on-error", on_error],
        input=("\n".join(lines) + "\n").encode("utf-8"),
        capture_output=True,
        env=environment,
    )
    if result.returncode != 0:
        raise AssertionError("songngu failed: %s" % result.stderr.decode("utf-8", "replace"))
    return result.stdout


def part_files(folder):
    """{name: bytes} of the part files the job wrote."""
    parts = {}
    for path in sorted(glob.glob(os.path.join(folder, "part-*"))):
        with open(path, "rb") as file:
            parts[os.path.basename(path)] = file.read()
    return parts


def pairs(output):
    return collections.Counter(output.decode("utf-8").splitlines())


class SparkStageTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.access(BINARY, os.X_OK):
            raise unittest.SkipTest("no songngu binary at %s (swift build, or set SONGNGU)" % BINARY)
        cls.folder = tempfile.mkdtemp(prefix="songngu-spark-")
        cls.lines = input_lines()
        cls.input = os.path.join(cls.folder, "documents.jsonl")
        with open(cls.input, "w", encoding="utf-8") as file:
            file.write("\n".join(cls.lines) + "\n")
        cls.emitted = direct(cls.lines, "emit")
        os.environ.update(SPARK_ENVIRONMENT)
        from pyspark import SparkConf, SparkContext

        # local[2, 2]: two cores, and a failed task is tried once more, as a cluster retries it.
        conf = SparkConf().setMaster("local[2, 2]").setAppName("songngu-spark-tests")
        cls.sc = SparkContext(conf=conf.set("spark.ui.showConsoleProgress", "false").set("spark.ui.enabled", "false"))
        cls.sc.setLogLevel("ERROR")

    @classmethod
    def tearDownClass(cls):
        cls.sc.stop()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def job(self, name, on_error="emit", binary=BINARY):
        """Runs the job in this process's Spark context; returns (bad-record count, output folder)."""
        output = os.path.join(self.folder, name)
        arguments = ["--input", self.input, "--output", output, "--songngu", binary, "--on-error", on_error]
        return corpus.run(self.sc, corpus.parse_arguments(arguments + ["--partitions", "3"])), output

    def test_job_writes_the_pairs_songngu_writes(self):
        """`python spark/corpus.py` in local[2], in the C locale: the lines of the direct run, as a multiset."""
        output = os.path.join(self.folder, "cli")
        result = subprocess.run(
            [sys.executable, os.path.join(HERE, "corpus.py"), "--input", self.input, "--output", output]
            + ["--songngu", BINARY, "--master", "local[2]", "--partitions", "3"],
            capture_output=True,
            env=dict(os.environ, LANG="C", LC_ALL="C", **SPARK_ENVIRONMENT),
        )
        self.assertEqual(result.returncode, 0, result.stderr.decode("utf-8", "replace")[-4000:])
        self.assertIn(b"songngu: 2 bad records written in-band", result.stderr)
        self.assertTrue(os.path.exists(os.path.join(output, "_SUCCESS")))
        parts = part_files(output)
        self.assertGreaterEqual(sum(1 for data in parts.values() if data), 2, "the input is split")
        written = pairs(b"".join(parts.values()))
        self.assertEqual(written, pairs(self.emitted))
        # Every pair carries its document's id; the error records name the whole input's lines.
        ids = {json.loads(line)["id"] for line in self.lines if line.startswith("{")}
        records = [json.loads(line) for line in written]
        self.assertTrue(all(record["id"] in ids for record in records if "error" not in record))
        errors = sorted((record["line"], record.get("id")) for record in records if "error" in record)
        self.assertEqual(errors, [(4, None), (9, ONLY_VI)])
        # The same job in this process writes the same bytes into the same part files.
        _, again = self.job("cli-again")
        self.assertEqual(part_files(again), parts)

    def test_a_retried_task_writes_the_same_bytes(self):
        """The first songngu to start writes a line and crashes; Spark retries its task."""
        marker = os.path.join(self.folder, "crashed-once")
        flaky = os.path.join(self.folder, "songngu-flaky")
        with open(flaky, "w", encoding="utf-8") as script:
            script.write(
                "#!/bin/sh\nif /bin/mkdir %s 2>/dev/null; then echo '{\"partial\":1}'; exit 3; fi\nexec %s \"$@\"\n"
                % (marker, BINARY)
            )
        os.chmod(flaky, 0o755)
        _, retried = self.job("retried", binary=flaky)
        self.assertTrue(os.path.isdir(marker), "a task crashed")
        _, plain = self.job("not-retried")
        self.assertEqual(part_files(retried), part_files(plain))

    def test_skip_leaves_bad_records_out_and_counts_them(self):
        bad, output = self.job("skip", "skip")
        self.assertEqual(bad, 2)
        self.assertEqual(pairs(b"".join(part_files(output).values())), pairs(direct(self.lines, "skip")))

    def test_fail_fails_the_job_naming_the_line(self):
        with self.assertRaises(Exception) as raised:
            self.job("fail", "fail")
        self.assertIn(corpus.FAILURE, str(raised.exception))
        # The task that meets a bad record first fails the job: line 4 or 9, whichever partition runs first.
        self.assertRegex(str(raised.exception), re.escape(self.input) + ":(4|9): bad record")
        self.assertFalse(os.path.exists(os.path.join(self.folder, "fail", "_SUCCESS")))
        self.assertEqual(part_files(os.path.join(self.folder, "fail")), {})

    def test_stage_contract_under_pyspark_conditions(self):
        """Empty environment, the C locale, the same partition twice: the same bytes."""
        for environment in ({}, {"LANG": "C"}, {"LANG": "C", "LC_ALL": "C"}, {"LC_ALL": "tr_TR.ISO-8859-9"}):
            self.assertEqual(direct(self.lines, "emit", environment), self.emitted, environment)
        env_i = subprocess.run(
            ["env", "-i", BINARY, "corpus", "--jsonl", "--no-learning", "--on-error", "emit"],
            input=("\n".join(self.lines) + "\n").encode("utf-8"),
            capture_output=True,
        )
        self.assertEqual(env_i.stdout, self.emitted)
        # A partition (the lines from the 6th on) run twice, as a retried task runs it.
        partition = self.lines[5:]
        first = list(corpus.run_stage(BINARY, iter(partition), 6, "emit"))
        second = list(corpus.run_stage(BINARY, iter(partition), 6, "emit"))
        self.assertEqual(first, second)
        self.assertTrue(any('"error":"corpus.bad-record","line":9,' in line for line in first))

    def test_a_binary_shipped_without_its_execute_bit_runs_from_a_copy(self):
        shipped = os.path.join(self.folder, "shipped", "songngu")
        os.makedirs(os.path.dirname(shipped))
        shutil.copyfile(BINARY, shipped)
        os.chmod(shipped, 0o644)
        copy = corpus.executable(shipped)
        self.assertNotEqual(copy, shipped)
        self.assertTrue(os.access(copy, os.X_OK))
        self.assertEqual(corpus.executable(shipped), copy)
        lines = self.lines[:3]
        self.assertEqual(list(corpus.run_stage(copy, iter(lines))), list(corpus.run_stage(BINARY, iter(lines))))
        shutil.rmtree(os.path.dirname(copy))

    def test_a_crash_fails_the_stage(self):
        with self.assertRaises(corpus.StageError):
            list(corpus.run_stage(shutil.which("false"), iter(self.lines), 1, "emit"))
        with self.assertRaises(corpus.StageError) as raised:
            list(corpus.run_stage(BINARY, iter(self.lines), 1, "fail", input_name="in.jsonl"))
        self.assertIn("in.jsonl:4: bad record", str(raised.exception))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--benchmark-input"]:  # --benchmark-input COPIES: the performance log's input
        sys.stdout.buffer.write(("\n".join(benchmark_lines(int(sys.argv[2]))) + "\n").encode("utf-8"))
    else:
        unittest.main(verbosity=2)
