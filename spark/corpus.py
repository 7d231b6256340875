#!/usr/bin/env python3
"""Align a corpus of {"id","vi","en"} documents on Apache Spark with `songngu corpus --jsonl`.

    python spark/corpus.py --input IN.jsonl --output DIR [--songngu BIN] [--master local[*]]
        [--on-error emit|skip|fail] [--partitions N]

Every partition of the input (one JSON document a line) is piped through `songngu corpus --jsonl` on
its executor; the pairs, {"id","vi","en","score","bead"} with the document's id, are written as JSONL
part files into DIR (which must not exist). See docs/spark.md.

The stage's contract:
- deterministic: a partition's output depends only on its lines, so a retried task writes the same
  bytes (songngu's output depends neither on --workers nor on the locale);
- independent of the executor: songngu runs with an empty environment and its standard input and
  output are UTF-8 bytes, never text in the locale's encoding;
- no silent loss: a non-zero exit of songngu, or songngu not reading its whole input, fails the task
  (and, once Spark gives up retrying, the job); bad records are reported in-band as --on-error says;
- the error records' "line" is the line of the whole input, as `songngu corpus --jsonl` would say.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import threading

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# An in-band error record as songngu writes it: {"id":…,"error":…,"line":N,…} ("id" only when the
# line had one). The line number is rewritten from the partition's to the whole input's.
ERROR_RECORD = re.compile(r'^(\{(?:"id":"(?:[^"\\]|\\.)*",)?"error":"[^"\\]*","line":)(\d+)(?=[,}])')
# songngu's messages on standard error about its input: "-:N: …".
INPUT_LOCATION = re.compile(r"^(songngu: (?:error: )?)-:(\d+):", re.MULTILINE)
# The prefix of the message a failed partition raises, found again in the driver's exception.
FAILURE = "songngu stage failed"


class StageError(RuntimeError):
    """songngu failed on a partition."""


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(
        description="Align {\"id\",\"vi\",\"en\"} JSONL documents on Apache Spark with songngu corpus --jsonl."
    )
    parser.add_argument("--input", required=True, help="JSONL documents, one {\"id\",\"vi\",\"en\"} object a line")
    parser.add_argument(
        "--output", required=True, help="the folder to write the JSONL part files into (must not exist)"
    )
    parser.add_argument(
        "--songngu",
        help="the songngu binary to ship to the executors (default: songngu on PATH, else the repository's "
        ".build/release/songngu); a bare name already shipped with spark-submit --files is used as it is",
    )
    parser.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
    parser.add_argument(
        "--on-error",
        choices=["emit", "skip", "fail"],
        default="emit",
        help="a bad record: emit an in-band {\"id\",\"error\",\"line\",\"message\"} record (default), skip it "
        "(counted at the end), or fail the job",
    )
    parser.add_argument("--partitions", type=int, help="the minimum number of input partitions")
    return parser.parse_args(argv)


def stage_command(binary, on_error, workers=1):
    """The command every partition runs; skip is applied by the job, so songngu emits.

    --no-learning: the corpus mode's learning pass learns from the first documents of its input, so
    with it a document's pairs would depend on which partition it landed in.
    """
    mode = "fail" if on_error == "fail" else "emit"
    return [binary, "corpus", "--jsonl", "--no-learning", "--on-error", mode, "--workers", str(workers)]


def run_stage(binary, lines, first_line=1, on_error="emit", workers=1, input_name="-", counts=None):
    """Pipes `lines` (str, no line ends) through songngu and yields its output lines.

    `first_line` is the input line number of the first of `lines`; error records and messages are
    renumbered to it. Raises StageError when songngu exits non-zero or stops reading early. This is
    all a partition runs, so it can be called without Spark.
    """
    process = subprocess.Popen(
        stage_command(binary, on_error, workers),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={},
        cwd="/",
    )
    fed = {"all": False, "error": None}

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
            fed["all"] = True
        except BrokenPipeError:
            pass
        except BaseException as error:  # reported below, after songngu has exited
            fed["error"] = error
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    errors = []
    feeder = threading.Thread(target=feed, daemon=True)
    reader = threading.Thread(target=lambda: errors.append(process.stderr.read()), daemon=True)
    feeder.start()
    reader.start()
    offset = first_line - 1

    def renumber(match):
        return match.group(1) + str(int(match.group(2)) + offset)

    try:
        for raw in process.stdout:
            line = raw.rstrip(b"\n").decode("utf-8")
            if line.startswith("{") and '"error":' in line:
                line, found = ERROR_RECORD.subn(renumber, line, count=1)
                if found:
                    if counts is not None:
                        counts.add(1)
                    if on_error == "skip":
                        continue
            yield line
    except BaseException:  # the task was stopped, or the output was not UTF-8: songngu must not outlive it
        process.kill()
        process.wait()
        raise
    status = process.wait()
    feeder.join()
    reader.join()
    process.stdout.close()
    process.stderr.close()
    stderr = INPUT_LOCATION.sub(
        lambda m: "%s%s:%d:" % (m.group(1), input_name, int(m.group(2)) + offset),
        b"".join(errors).decode("utf-8", "replace"),
    )
    if stderr:
        sys.stderr.write(stderr)
    if fed["error"] is not None:
        raise StageError("%s: feeding input lines from %d: %r" % (FAILURE, first_line, fed["error"]))
    if status != 0:
        raise StageError(
            "%s: songngu exited with status %d on the partition starting at %s:%d:\n%s"
            % (FAILURE, status, input_name, first_line, stderr.strip())
        )
    if not fed["all"]:
        raise StageError(
            "%s: songngu stopped reading the partition starting at %s:%d" % (FAILURE, input_name, first_line)
        )


def find_binary(requested):
    if requested:
        return requested
    return shutil.which("songngu") or os.path.join(REPOSITORY, ".build", "release", "songngu")


def executable(path):
    """The absolute path of `path`, or of an executable copy when shipping lost its mode bits.

    YARN, for one, localizes --files without the execute bit. The copy is made once per file and
    machine (named by the file's size and time), written under a temporary name and renamed into place.
    """
    path = os.path.abspath(path)
    if os.access(path, os.X_OK):
        return path
    import tempfile

    status = os.stat(path)
    folder = os.path.join(tempfile.gettempdir(), "songngu-%d-%d-%d" % (os.getuid(), status.st_size, status.st_mtime_ns))
    copy = os.path.join(folder, os.path.basename(path))
    if not os.access(copy, os.X_OK):
        os.makedirs(folder, exist_ok=True)
        partial = tempfile.NamedTemporaryFile(dir=folder, delete=False)
        with partial, open(path, "rb") as source:
            shutil.copyfileobj(source, partial)
        os.chmod(partial.name, 0o755)
        os.replace(partial.name, copy)
    return copy


def run(sc, args):
    """Runs the job on SparkContext `sc`; returns the number of bad records (emitted or skipped)."""
    from pyspark import SparkFiles

    binary = find_binary(args.songngu)
    name = os.path.basename(binary)
    conf = sc.getConf()
    files = conf.get("spark.files", "") + "," + conf.get("spark.yarn.dist.files", "")  # spark-submit --files
    shipped = {os.path.basename(f.rsplit("#", 1)[-1]) for f in files.split(",") if f}  # path#alias
    if name not in shipped:
        binary = binary if os.path.isfile(binary) else shutil.which(binary) or binary
        if not os.path.isfile(binary):
            raise SystemExit("songngu: no binary at %s (build it, or give --songngu)" % binary)
        sc.addFile(os.path.abspath(binary))

    if __name__ != "__main__":
        sc.addPyFile(os.path.abspath(__file__))  # imported: the executors need this module too
    on_error = args.on_error
    input_name = args.input
    counts = sc.accumulator(0)
    workers = int(sc.getConf().get("spark.task.cpus", "1"))

    def partition(rows):
        rows = iter(rows)
        first = next(rows, None)
        if first is None:
            return
        lines = (line for line, _ in _chain(first, rows))
        path = executable(SparkFiles.get(name))
        yield from run_stage(path, lines, first[1] + 1, on_error, workers, input_name, counts)

    documents = sc.textFile(args.input, minPartitions=args.partitions) if args.partitions else sc.textFile(args.input)
    documents.zipWithIndex().mapPartitions(partition).saveAsTextFile(args.output)
    return counts.value


def _chain(first, rest):
    yield first
    yield from rest


def main(argv=None):
    args = parse_arguments(argv)
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("songngu corpus").setIfMissing("spark.ui.showConsoleProgress", "false")
    if args.master:
        conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        bad = run(sc, args)
    except Exception as error:  # the task's StageError arrives wrapped in the JVM's exception
        text = str(error)
        reasons = [line.strip() for line in text.splitlines() if FAILURE in line or line.startswith("songngu: ")]
        sys.stderr.write("songngu: the Spark job failed: %s\n" % ("\n".join(dict.fromkeys(reasons)) or text))
        return 1
    finally:
        sc.stop()
    if bad:
        done = "skipped" if args.on_error == "skip" else "written in-band"
        sys.stderr.write("songngu: %d bad records %s\n" % (bad, done))
    sys.stderr.write("songngu: wrote %s\n" % args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
