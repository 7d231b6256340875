#!/usr/bin/env python3
"""Scores songngu's name candidates on a folder of NAME.vi.txt + NAME.names.txt (this tuning set by default).

Usage: python3 tools/score.py [FOLDER] [--songngu BIN] [--details] [--kinds]

Method as Tests/HeldOut/Names/score.py and CandidateQualityTests: `songngu coverage ARTICLE --format json`
with an empty glossary, every candidate that is not a title, compared per article with NAME.names.txt as
distinct texts, exact match; the counts are summed over the articles. One addition: where the folder has
an ALTERNATIVES.tsv (slug, listed, also_acceptable, reason; pieces of a split form separated by " | "),
a listed name also counts as found when every piece of one of its alternatives is a candidate, and those
pieces then count as right candidates. With --details, each article's misses and extra candidates are
printed; an extra that NAME.not-names.txt lists is marked with "!". With --kinds, only counts of the
kinds of error are printed, no text: misses where a candidate shares a word with the name (a boundary
error) or none does (not found), and extras that share a word with a listed name or not. Safe on a
held-out set: it says where to look without showing what.
This is a tuning set: the figures are not a quality figure for unseen text.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))


def read_list(path):
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as handle:
        return {line.rstrip("\n") for line in handle if line.strip()}


def alternatives(folder):
    result = collections.defaultdict(lambda: collections.defaultdict(list))
    path = os.path.join(folder, "ALTERNATIVES.tsv")
    if not os.path.exists(path):
        return result
    with open(path, encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            slug, listed, acceptable = line.rstrip("\n").split("\t")[:3]
            result[slug][listed].append([piece.strip() for piece in acceptable.split("|")])
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=HERE)
    parser.add_argument("--songngu", default=os.path.join(ROOT, ".build", "debug", "songngu"))
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--kinds", action="store_true")
    args = parser.parse_args()
    # songngu runs from the repository's root: a folder given relative to here must still be found.
    args.folder = os.path.abspath(args.folder)
    accepted = alternatives(args.folder)
    found = right = detected_total = expected_total = 0
    kinds = collections.Counter()

    def overlaps(text, others):
        words = set(text.split())
        return any(words & set(other.split()) for other in others)

    with tempfile.TemporaryDirectory() as temporary:
        empty = os.path.join(temporary, "empty.tsv")
        open(empty, "w").close()
        for path in sorted(glob.glob(os.path.join(args.folder, "*.vi.txt"))):
            name = os.path.basename(path)[: -len(".vi.txt")]
            expected_path = os.path.join(args.folder, name + ".names.txt")
            if not os.path.exists(expected_path):
                continue
            result = subprocess.run(
                [args.songngu, "coverage", path, "--glossary", empty, "--format", "json"],
                capture_output=True, text=True, cwd=ROOT)
            if result.returncode not in (0, 1):
                sys.exit(f"songngu coverage {path} failed ({result.returncode}): {result.stderr.strip()}")
            report = json.loads(result.stdout)
            detected = {c["text"] for c in report["candidates"] if c["kind"] != "title"}
            expected = read_list(expected_path)
            hits = detected & expected
            explained = set(hits)
            for listed in expected - detected:
                for pieces in accepted[name].get(listed, []):
                    if all(piece in detected for piece in pieces):
                        hits.add(listed)
                        explained.update(pieces)
                        break
            for listed in expected - hits:
                kinds["missed, boundary" if overlaps(listed, detected) else "missed, not found"] += 1
            for extra in detected - explained:
                kinds["extra, boundary" if overlaps(extra, expected) else "extra, no listed name"] += 1
            found += len(hits)
            right += len(explained)
            detected_total += len(detected)
            expected_total += len(expected)
            if args.details:
                not_names = read_list(os.path.join(args.folder, name + ".not-names.txt"))
                extra = sorted(detected - explained)
                print(f"{name}: recall {len(hits)}/{len(expected)}, precision {len(explained)}/{len(detected)}")
                print(f"  missed {sorted(expected - hits)}")
                print(f"  extra {[('!' if text in not_names else '') + text for text in extra]}")
    if args.kinds:
        print("error kinds: " + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())))
    precision, recall = right / detected_total, found / expected_total
    f1 = 2 * precision * recall / (precision + recall)
    print(f"names: precision {precision:.3f} ({right}/{detected_total}), recall {recall:.3f} ({found}/{expected_total}), "
          f"F1 {f1:.3f}")


if __name__ == "__main__":
    main()
