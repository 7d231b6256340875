#!/usr/bin/env python3
"""Scores songngu's sentence alignment on the held-out document pairs.

Usage: python3 Tests/HeldOut/Alignment/score.py [--songngu BIN] [--details]

- gold sentences: `songngu align --presegmented` on SLUG.vi/en.sentences.txt; strict F1 over beads
  (a bead is right when its Vietnamese and English unit sets equal a gold bead's), and how many gold
  deletions (1-0 and 0-1 beads) are found exactly;
- end to end: `songngu align` on the raw SLUG.vi.txt/SLUG.en.txt with songngu's own segmentation;
  strict F1 over beads compared by their text with all white space removed;
- swapped documents: each Vietnamese document with the next document's English; the beads' scores
  against the true pairs' (median, share of beads scoring >= 0.8) and each document's mean score.
Held out: report the figures, never tune the aligner or its scores to these files.
"""
import argparse
import collections
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def align(binary, vi, en, presegmented):
    args = [binary, "align", vi, en, "--format", "jsonl"] + (["--presegmented"] if presegmented else [])
    result = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def squeeze(text):
    return re.sub(r"\s+", "", text)


def units_of(beads, side, sentences):
    """Each bead's unit indices on one side, found by consuming the sentences in order."""
    result, position = [], 0
    for bead in beads:
        text, taken = squeeze(bead[side]), []
        while text and position < len(sentences):
            piece = squeeze(sentences[position])
            if not text.startswith(piece):
                break
            text = text[len(piece):]
            taken.append(position)
            position += 1
        if text:
            sys.exit(f"cannot map bead {bead[side]!r} to the {side} sentences at {position}")
        result.append(tuple(taken))
    return result


def f1(hits, predicted, gold):
    p, r = hits / predicted, hits / gold
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--songngu", default=os.path.join(ROOT, ".build", "debug", "songngu"))
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    slugs = sorted(os.path.basename(p)[: -len(".alignment.tsv")] for p in glob.glob(os.path.join(HERE, "*.alignment.tsv")))
    strict = [0, 0, 0]
    deletions = [0, 0]
    end_to_end = [0, 0, 0]
    true_scores, true_documents = [], []
    with tempfile.TemporaryDirectory() as folder:
        for slug in slugs:
            base = os.path.join(HERE, slug)
            with open(base + ".alignment.tsv", encoding="utf-8") as handle:
                handle.readline()
                rows = [line.rstrip("\n").split("\t") for line in handle if line.strip()]
            gold = {(tuple(int(i) for i in r[0].split(",") if i), tuple(int(i) for i in r[1].split(",") if i)) for r in rows}
            gold_text = collections.Counter((squeeze(r[2]), squeeze(r[3])) for r in rows)
            sentences = {}
            for side in ("vi", "en"):
                with open(f"{base}.{side}.sentences.txt", encoding="utf-8") as handle:
                    sentences[side] = [line.rstrip("\n") for line in handle if line.strip()]
                # songngu's presegmented input: one sentence a line.
                with open(os.path.join(folder, f"{slug}.{side}"), "w", encoding="utf-8") as handle:
                    handle.write("\n".join(sentences[side]) + "\n")
            beads = align(args.songngu, os.path.join(folder, slug + ".vi"), os.path.join(folder, slug + ".en"), True)
            predicted = set(zip(units_of(beads, "vi", sentences["vi"]), units_of(beads, "en", sentences["en"])))
            hits = len(predicted & gold)
            strict[0] += hits
            strict[1] += len(predicted)
            strict[2] += len(gold)
            gold_deletions = {b for b in gold if not b[0] or not b[1]}
            deletions[0] += len(gold_deletions & predicted)
            deletions[1] += len(gold_deletions)
            true_scores += [b["score"] for b in beads]
            raw = align(args.songngu, base + ".vi.txt", base + ".en.txt", False)
            raw_set = collections.Counter((squeeze(b["vi"]), squeeze(b["en"])) for b in raw)
            end_to_end[0] += sum((raw_set & gold_text).values())
            end_to_end[1] += sum(raw_set.values())
            end_to_end[2] += sum(gold_text.values())
            true_documents.append(statistics.mean(b["score"] for b in raw))
            if args.details:
                print(f"{slug}: strict {hits}/{len(gold)} gold, {len(predicted)} predicted; "
                      f"end to end {sum((raw_set & gold_text).values())}/{sum(gold_text.values())}, {len(raw)} predicted")
        swapped_scores, swapped_documents = [], []
        for index, slug in enumerate(slugs):
            other = slugs[(index + 1) % len(slugs)]
            beads = align(args.songngu, os.path.join(HERE, slug + ".vi.txt"), os.path.join(HERE, other + ".en.txt"), False)
            swapped_scores += [b["score"] for b in beads]
            swapped_documents.append(statistics.mean(b["score"] for b in beads) if beads else 0.0)
    print(f"held-out alignment, gold sentences: strict F1 {f1(*strict):.3f} ({strict[0]} right of {strict[1]} predicted, {strict[2]} gold beads); "
          f"deletions found {deletions[0]} of {deletions[1]}")
    print(f"held-out alignment, end to end: strict F1 {f1(*end_to_end):.3f} ({end_to_end[0]} right of {end_to_end[1]} predicted, {end_to_end[2]} gold beads)")
    print(f"true pairs: median bead score {statistics.median(true_scores):.2f}, "
          f"{sum(s >= 0.8 for s in true_scores)} of {len(true_scores)} beads >= 0.8; document means {min(true_documents):.2f}-{max(true_documents):.2f}")
    print(f"swapped documents: median bead score {statistics.median(swapped_scores):.2f}, "
          f"{sum(s >= 0.8 for s in swapped_scores)} of {len(swapped_scores)} beads >= 0.8; document means {min(swapped_documents):.2f}-{max(swapped_documents):.2f}")


if __name__ == "__main__":
    main()
