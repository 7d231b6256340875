#!/usr/bin/env python3
"""Scores songngu's glossary drafts on the held-out checks (checks.tsv), by README.md's pass rule.

Usage: python3 Tests/HeldOut/Drafts/score.py [--songngu BIN] [--glossary PATH] [--failures]

Each check's sentence is drafted on its own with `songngu terms --format jsonl`. Prints the score
per class and per expectation, and with --failures every failing check with its draft.
Held out: report the score, never tune the matcher to these sentences.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def draft(binary, glossary, sentence, folder):
    path = os.path.join(folder, "check.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(sentence + "\n")
    result = subprocess.run(
        [binary, "terms", path, "--format", "jsonl"] + [arg for g in glossary for arg in ("--glossary", g)],
        capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"songngu terms failed ({result.returncode}): {result.stderr.strip()}")
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    # One sentence per check; should the segmenter split it, the pieces are joined back.
    text = " ".join(record["text"] for record in records)
    drafted = " ".join(record["draft"] for record in records)
    matches = [(match["start"], match["end"]) for record in records for match in record["matches"]]
    return text, drafted, matches


def utf16_range(sentence, span):
    start = sentence.index(span)
    return len(sentence[:start].encode("utf-16-le")) // 2, len(sentence[: start + len(span)].encode("utf-16-le")) // 2


def passes(check, drafted, matches):
    span = check["span"]
    if check["expect"] == "keep":
        if span not in drafted:
            return False
        lower, upper = utf16_range(check["sentence"], span)
        return not any(start < upper and end > lower for start, end in matches)
    if span in drafted:
        return False
    for alternative in check["english"].split("|"):
        if alternative in drafted:
            return True
        if alternative and (alternative[0].swapcase() + alternative[1:]) in drafted:
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--songngu", default=os.path.join(ROOT, ".build", "debug", "songngu"))
    parser.add_argument("--glossary", action="append", default=None)
    parser.add_argument("--failures", action="store_true")
    args = parser.parse_args()
    glossary = args.glossary or [os.path.join(ROOT, "glossaries")]
    with open(os.path.join(HERE, "checks.tsv"), encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        checks = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in handle if line.strip()]
    by_class = collections.defaultdict(lambda: [0, 0])
    by_expect = collections.defaultdict(lambda: [0, 0])
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for check in checks:
            _, drafted, matches = draft(args.songngu, glossary, check["sentence"], folder)
            ok = passes(check, drafted, matches)
            for table, key in ((by_class, check["class"]), (by_expect, check["expect"])):
                table[key][0] += ok
                table[key][1] += 1
            if not ok:
                failures.append((check, drafted))
    total = sum(passed for passed, _ in by_class.values())
    print(f"held-out draft checks: {total} of {len(checks)} pass")
    for name, table in (("class", by_class), ("expect", by_expect)):
        print("  by " + name + ": " + ", ".join(f"{key} {p}/{n}" for key, (p, n) in sorted(table.items())))
    if args.failures:
        for check, drafted in failures:
            print(f"{check['id']}\t{check['class']}\t{check['expect']}\t{check['span']}\t→ {drafted}")


if __name__ == "__main__":
    main()
