#!/usr/bin/env python3
"""Counts valid UTF-8 files that songngu refuses as legacy-encoded or as mojibake (issue 19).

    python3 Benchmarks/Scripts/false-positives.py FOLDER [--songngu PATH] [--glossary PATH] [--jobs N]
                                                  [--prepare-every N] [--no-coverage] [--report TSV]

Every *.txt file under FOLDER (UTF-8 text you trust, such as the corpus named in docs/text.md,
"Measured: no false positives on real UTF-8") is read by
  - `songngu segment FILE` (every file),
  - `songngu coverage FILE --glossary G` (every file, unless --no-coverage),
  - `songngu prepare FILE --glossary G --out TMP --no-sync` (every Nth file, --prepare-every, default
    10; 0 for none),
each run on its own, from a temporary working directory, so that one refusal never hides the next
file. G is the repository's glossaries/ unless --glossary says otherwise. A run that exits non-zero is a *refusal* when its error names
a legacy encoding or mojibake (TCVN3, VNI, VISCII, Windows-1258, VIQR, double-encoded UTF-8, a
`convert` remedy); any other failure is counted apart as an *other error*. A run that exits 0 but
warns about the encoding is counted as *warned*.

Each refusal, error and warning is printed to standard error as it is found, with progress every 1,000
files; at the end, standard output gets one line per source (the first folder level under FOLDER),
the totals, and every refusal and error again; --report writes those rows as TSV (kind, command,
exit status, file, first error line).
Exit status: 0 when nothing was refused, 1 when something was, 64 on misuse. Reads nothing from the
network and never writes under FOLDER.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

# What a refusal for encoding reasons says (docs/text.md, "Reading"): the encoding's name, the
# double-encoding wording, or the remedy.
ENCODING_ERROR = re.compile(
    r"TCVN|VnTime|VNI|VISCII|1258|VIQR|legacy|mojibake|double-encoded|Latin-1|Windows-1252|"
    r"cp1252|iconv|convert it|songngu convert|--from",
    re.IGNORECASE,
)
TIMEOUT_SECONDS = 300


def default_binary():
    for configuration in ("release", "debug"):
        path = os.path.join(ROOT, ".build", configuration, "songngu")
        if os.access(path, os.X_OK):
            return os.path.abspath(path)
    return None


def text_files(folder):
    found = []
    for directory, subdirectories, names in os.walk(folder):
        subdirectories.sort()
        for name in sorted(names):
            if name.endswith(".txt"):
                found.append(os.path.join(directory, name))
    return found


def source_of(folder, path):
    relative = os.path.relpath(path, folder)
    parts = relative.split(os.sep)
    return parts[0] if len(parts) > 1 else "."


def run(command, workdir):
    try:
        done = subprocess.run(command, cwd=workdir, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return ("other", -1, f"timed out after {TIMEOUT_SECONDS} s")
    stderr = done.stderr.decode("utf-8", errors="replace")
    errors = [line for line in stderr.splitlines() if "error:" in line]
    if done.returncode != 0:
        message = (errors or stderr.strip().splitlines() or ["(no message)"])[0]
        kind = "refused" if ENCODING_ERROR.search(stderr) else "other"
        return (kind, done.returncode, message)
    warnings = [line for line in stderr.splitlines() if "warning:" in line and ENCODING_ERROR.search(line)]
    if warnings:
        return ("warned", 0, warnings[0])
    return ("ok", 0, "")


def check(binary, path, index, options, scratch):
    results = []
    workdir = tempfile.mkdtemp(dir=scratch)
    try:
        results.append(("segment", run([binary, "segment", path], workdir)))
        if options.coverage:
            results.append(("coverage", run([binary, "coverage", path, "--glossary", options.glossary], workdir)))
        if options.prepare_every and index % options.prepare_every == 0:
            out = os.path.join(workdir, "out")
            command = [binary, "prepare", path, "--glossary", options.glossary, "--out", out, "--no-sync"]
            results.append(("prepare", run(command, workdir)))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return path, results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--songngu", default=default_binary(), help="the binary (default: .build/release, then debug)")
    parser.add_argument("--glossary", default=os.path.abspath(os.path.join(ROOT, "glossaries")),
                        help="glossary file or folder for coverage and prepare (default: the repository's glossaries/)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--prepare-every", type=int, default=10)
    parser.add_argument("--no-coverage", dest="coverage", action="store_false")
    parser.add_argument("--report", help="write every refusal and error as TSV here")
    options = parser.parse_args()
    if not options.songngu or not os.access(options.songngu, os.X_OK):
        parser.error("no songngu binary: build one (swift build -c release --product songngu) or pass --songngu")
    if not os.path.isdir(options.folder):
        parser.error(f"{options.folder} is not a folder")
    binary = os.path.abspath(options.songngu)
    options.glossary = os.path.abspath(options.glossary)
    files = text_files(options.folder)
    if not files:
        parser.error(f"no *.txt file under {options.folder}")

    per_source = {}
    problems = []
    scratch = tempfile.mkdtemp(prefix="songngu-fp-")
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
            futures = [pool.submit(check, binary, os.path.abspath(path), index, options, scratch)
                       for index, path in enumerate(files)]
            for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
                path, results = future.result()
                row = per_source.setdefault(source_of(os.path.abspath(options.folder), path),
                                            {"files": 0, "bytes": 0, "runs": {}, "refused_files": set()})
                row["files"] += 1
                row["bytes"] += os.path.getsize(path)
                for command, (kind, status, message) in results:
                    counts = row["runs"].setdefault(command, {"ok": 0, "refused": 0, "other": 0, "warned": 0})
                    counts[kind] += 1
                    if kind != "ok":
                        problems.append((kind, path, command, status, message))
                        print(f"{kind}\t{command}\texit {status}\t{path}\t{message}", file=sys.stderr, flush=True)
                    if kind == "refused":
                        row["refused_files"].add(path)
                if done % 1000 == 0:
                    print(f"... {done}/{len(files)} files", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    def describe(runs):
        return "; ".join(f"{command} {c['ok'] + c['warned']}/{sum(c.values())} read"
                         + (f", {c['refused']} refused" if c["refused"] else "")
                         + (f", {c['other']} other errors" if c["other"] else "")
                         + (f", {c['warned']} encoding warnings" if c["warned"] else "")
                         for command, c in sorted(runs.items()))

    total_files = total_bytes = total_refused = 0
    print("source\tfiles\tMB\trefused files\truns")
    for source, row in sorted(per_source.items()):
        total_files += row["files"]
        total_bytes += row["bytes"]
        total_refused += len(row["refused_files"])
        print(f"{source}\t{row['files']}\t{row['bytes'] / 1e6:.2f}\t{len(row['refused_files'])}\t{describe(row['runs'])}")
    print(f"total\t{total_files}\t{total_bytes / 1e6:.2f}\t{total_refused}")
    for kind, path, command, status, message in sorted(problems):
        print(f"{kind}\t{command}\texit {status}\t{path}\t{message}")
    if options.report:
        with open(options.report, "w", encoding="utf-8") as report:
            report.write("kind\tcommand\texit\tfile\tmessage\n")
            for kind, path, command, status, message in sorted(problems):
                report.write(f"{kind}\t{command}\t{status}\t{path}\t{message}\n")
    return 1 if total_refused else 0


if __name__ == "__main__":
    sys.exit(main())
