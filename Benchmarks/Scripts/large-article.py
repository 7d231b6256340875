#!/usr/bin/env python3
"""Writes one large Vietnamese "article" for memory measurements: one paragraph a line, no blank lines.

    python3 Benchmarks/Scripts/large-article.py MEGABYTES OUT [SEED]

The paragraphs are the repository's own Vietnamese text (samples/*.vi.txt and the articles under
Tests/SongNguTests/Fixtures/), drawn at random with a fixed seed; every run of digits is replaced by a
random number of the same length, so that most paragraphs differ. The same arguments write the same
bytes. Never commit the output.
"""
import glob
import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def paragraphs():
    patterns = ["samples/*.vi.txt", "Tests/SongNguTests/Fixtures/*/*.vi.txt",
                "Tests/SongNguTests/Fixtures/Segmentation/news-*.txt"]
    found = []
    for pattern in patterns:
        for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
            with open(path, encoding="utf-8") as handle:
                found.extend(line.strip() for line in handle if len(line.strip()) >= 40)
    return found


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    size = int(float(sys.argv[1]) * 1_000_000)
    seed = int(sys.argv[3]) if len(sys.argv) == 4 else 18
    generator = random.Random(seed)
    source = paragraphs()
    digits = re.compile(r"[0-9]+")
    written = 0
    with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
        while written < size:
            line = digits.sub(lambda m: str(generator.randrange(10 ** len(m.group()))).zfill(len(m.group())),
                              generator.choice(source)) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))


if __name__ == "__main__":
    main()
