#!/usr/bin/env python3
"""Scores songngu's name candidates and sentence segmentation on the held-out articles.

Usage: python3 Tests/HeldOut/Names/score.py [--songngu BIN] [--details]

Candidates: `songngu coverage ARTICLE --format json` with an empty glossary, every candidate that is
not a title, compared with ARTICLE's names.txt as distinct texts, exact match (as
CandidateQualityTests scores the tuning fixtures). Segmentation: the unit boundaries of
`songngu segment --format jsonl` against ARTICLE's sentences.txt, as offsets into the text with all
white space removed, final boundary left out; precision, recall and F1.
Held out: report the figures, never tune the detector or the segmenter to these files.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def run(args):
    result = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def boundaries(units):
    result, position = set(), 0
    for unit in units:
        position += len(re.sub(r"\s+", "", unit))
        result.add(position)
    result.discard(position)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--songngu", default=os.path.join(ROOT, ".build", "debug", "songngu"))
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    found = detected_total = expected_total = 0
    seg_hits = seg_predicted = seg_gold = 0
    with tempfile.TemporaryDirectory() as folder:
        empty = os.path.join(folder, "empty.tsv")
        open(empty, "w").close()
        for path in sorted(glob.glob(os.path.join(HERE, "*.vi.txt"))):
            name = os.path.basename(path)[: -len(".vi.txt")]
            report = json.loads(run([args.songngu, "coverage", path, "--glossary", empty, "--format", "json"]))
            detected = {c["text"] for c in report["candidates"] if c["kind"] != "title"}
            with open(os.path.join(HERE, name + ".names.txt"), encoding="utf-8") as handle:
                expected = {line.rstrip("\n") for line in handle if line.strip()}
            hits = detected & expected
            found += len(hits)
            detected_total += len(detected)
            expected_total += len(expected)
            segments = [json.loads(line)["text"] for line in run([args.songngu, "segment", path, "--format", "jsonl"]).splitlines() if line.strip()]
            with open(os.path.join(HERE, name + ".sentences.txt"), encoding="utf-8") as handle:
                gold = [line.rstrip("\n") for line in handle if line.strip()]
            predicted, truth = boundaries(segments), boundaries(gold)
            seg_hits += len(predicted & truth)
            seg_predicted += len(predicted)
            seg_gold += len(truth)
            if args.details:
                print(f"{name}: names recall {len(hits)}/{len(expected)}, precision {len(hits)}/{len(detected)}; "
                      f"boundaries {len(predicted & truth)} of {len(truth)} gold, {len(predicted)} predicted")
                print(f"  missed {sorted(expected - detected)}")
                print(f"  extra {sorted(detected - expected)}")
    precision, recall = found / detected_total, found / expected_total
    print(f"held-out names: precision {precision:.3f} ({found}/{detected_total}), recall {recall:.3f} ({found}/{expected_total})")
    p, r = seg_hits / seg_predicted, seg_hits / seg_gold
    print(f"held-out segmentation: boundary F1 {2 * p * r / (p + r):.3f} (precision {p:.3f} {seg_hits}/{seg_predicted}, recall {r:.3f} {seg_hits}/{seg_gold})")


if __name__ == "__main__":
    main()
