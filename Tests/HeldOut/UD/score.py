#!/usr/bin/env python3
"""Scores songngu's sentence segmentation on detokenized Universal Dependencies Vietnamese-VTB text.

Usage: python3 Tests/HeldOut/UD/score.py CONLLU [--songngu BIN] [--group N] [--quotes straight|curly]
                                         [--errors TSV] [--show N] [--write-text FILE]

CONLLU is a .conllu file of UD_Vietnamese-VTB (not in this repository; see README.md here). Each
sentence's `# text =` line is detokenized (the treebank writes a space around every punctuation
token; the rules are in `detokenize`), consecutive sentences are grouped into paragraphs (at
`# newdoc` / `# newpar` where the file has them; VTB has none, so groups of --group sentences, 5 by
default, in file order), the paragraphs are written one a line with a blank line between them, and
`songngu segment --format jsonl` reads that file.

A boundary is the offset between two sentences, counted in characters with all white space removed
(so spacing changes made by the normalizer do not matter). Two figures are printed:
  - all boundaries but the last (as Tests/HeldOut/Names/score.py counts them: a paragraph end is a
    gold boundary too, and one songngu always finds);
  - inside paragraphs only: the boundaries the segmenter has to find itself (the stricter figure).
--errors writes every missed and every extra boundary with its context and a coarse context class;
--show prints the N most frequent classes with an example each.

Held out: the test file is for measurement only; never tune the segmenter to it. The dev and train
files may be used for tuning, and are scored the same way.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

NO_SPACE_BEFORE = {".", ",", ";", ":", "?", "!", "...", "…", ")", "]", "}", "%", ");", "/"}
NO_SPACE_AFTER = {"(", "[", "{", "/"}
OPENS_AFTER = {"(", "[", ":", ",", ";", "-", "–", "—"}  # a quote after these opens a quotation
CLOSES_BEFORE = {".", ",", ";", ":", "?", "!", "...", "…", ")", "]"}  # a quote before these closes one
QUOTES = {'"': ("“", "”"), "'": ("‘", "’")}


def read_conllu(path):
    """Sentences' texts, and for each whether it starts a paragraph (newdoc / newpar)."""
    sentences, starts, pending = [], [], False
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# newdoc") or line.startswith("# newpar"):
                pending = True
            elif line.startswith("# text"):
                sentences.append(line.split("=", 1)[1].strip())
                starts.append(pending)
                pending = False
    return sentences, starts


def quote_directions(tokens):
    """For each quote token: True when it opens a quotation. Context decides where it can (a quote at
    the end or before closing punctuation closes; at the start or after an opening mark opens), the
    alternation of open and close decides the rest."""
    directions, open_now = {}, {q: False for q in QUOTES}
    for i, token in enumerate(tokens):
        if token not in QUOTES:
            continue
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is None or after in CLOSES_BEFORE:
            opens = False
        elif before is None or before in OPENS_AFTER:
            opens = True
        else:
            opens = not open_now[token]
        directions[i] = opens
        open_now[token] = opens
    return directions


def detokenize(sentence, quotes="straight"):
    # The dev file writes some brackets as the Penn Treebank's LBKT / RBKT.
    tokens = [{"LBKT": "(", "RBKT": ")"}.get(t, t) for t in sentence.split(" ") if t]
    # The treebank splits some numbers at their thousands dot ("28 . 000", "596 . 094"): join them.
    joined = []
    for token in tokens:
        if len(joined) >= 2 and joined[-1] == "." and joined[-2].isdigit() and token.isdigit():
            joined[-2:] = [joined[-2] + "." + token]
        else:
            joined.append(token)
    tokens = joined
    directions = quote_directions(tokens)
    out = ""
    glue_next = True  # no space before the first token
    for i, token in enumerate(tokens):
        if token in QUOTES:
            opens = directions[i]
            text = token if quotes == "straight" else QUOTES[token][0 if opens else 1]
            space = not glue_next and opens
            glue_after = opens
        else:
            text = token
            space = not glue_next and token not in NO_SPACE_BEFORE and not token.startswith(".")
            glue_after = token in NO_SPACE_AFTER
        out += (" " if space else "") + text
        glue_next = glue_after
    return unicodedata.normalize("NFC", out)


def paragraphs(sentences, starts, group):
    if any(starts):
        result = []
        for sentence, start in zip(sentences, starts):
            if start or not result:
                result.append([])
            result[-1].append(sentence)
        return result
    return [sentences[i : i + group] for i in range(0, len(sentences), group)]


def squeeze(text):
    return re.sub(r"\s+", "", text)


def offsets(units):
    result, position = [], 0
    for unit in units:
        position += len(squeeze(unit))
        result.append(position)
    return result


def context_class(text, offset):
    """A coarse description of the text around a boundary: the last visible character before it
    (with a closing quote folded into what precedes it) and the kind of the first word after."""
    before, after = text[:offset], text[offset:]
    last = before[-1:] or "^"
    tail = before[-3:]
    if tail.endswith("..."):
        last = "..."
    elif last in "\"”’'" and len(before) > 1:
        inner = before[-2]
        last = ('"' + inner) if inner in ".?!…" else '"'
    elif last not in ".?!…:;,)":
        last = "word" if last.isalnum() else last
    first = after[:1]
    if not first:
        kind = "end"
    elif first in "\"“'‘":
        kind = "quote+" + ("lower" if after[1:2].islower() else "upper" if after[1:2].isupper() else after[1:2])
    elif first.islower():
        kind = "lower"
    elif first.isupper():
        kind = "upper"
    elif first.isdigit():
        kind = "digit"
    else:
        kind = first
    return f"{last} | {kind}"


def spaced_position(spaced, squeezed_offset):
    """The index in the spaced text of the character at a squeezed (white-space-free) offset."""
    count = 0
    for index, char in enumerate(spaced):
        if count == squeezed_offset:
            return index
        if not char.isspace():
            count += 1
    return len(spaced)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conllu")
    parser.add_argument("--songngu", default=None, help="default: .build/release/songngu, then .build/debug/songngu")
    parser.add_argument("--group", type=int, default=5, help="sentences a paragraph when the file has no newpar")
    parser.add_argument("--quotes", choices=["straight", "curly"], default="straight",
                        help="write the treebank's straight quotes as they are, or as curly quotes “ ”")
    parser.add_argument("--errors", help="write every missed and extra boundary here (TSV)")
    parser.add_argument("--show", type=int, default=0, help="print the N most frequent error classes")
    parser.add_argument("--write-text", help="also keep the detokenized text written for songngu here")
    args = parser.parse_args()
    binary = args.songngu
    if binary is None:
        for configuration in ("release", "debug"):
            candidate = os.path.join(ROOT, ".build", configuration, "songngu")
            if os.access(candidate, os.X_OK):
                binary = candidate
                break
    if binary is None:
        parser.error("no songngu binary: build one or pass --songngu")

    sentences, starts = read_conllu(args.conllu)
    grouped = paragraphs([detokenize(s, args.quotes) for s in sentences], starts, args.group)
    text = "\n\n".join(" ".join(p) for p in grouped) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        path = args.write_text or os.path.join(folder, "vtb.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        result = subprocess.run([binary, "segment", path, "--format", "jsonl"], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"songngu segment failed ({result.returncode}): {result.stderr.strip()}")
    predicted_blocks = collections.OrderedDict()
    for line in result.stdout.splitlines():
        if line.strip():
            unit = json.loads(line)
            predicted_blocks.setdefault(unit["block"], []).append(unit["text"])
    if len(predicted_blocks) != len(grouped):
        sys.exit(f"songngu read {len(predicted_blocks)} blocks, {len(grouped)} paragraphs were written")

    counts = {"all": [0, 0, 0], "inside": [0, 0, 0]}  # hits, predicted, gold
    errors = []
    for paragraph, predicted in zip(grouped, predicted_blocks.values()):
        joined = " ".join(paragraph)
        # The normalizer may replace a character by another (Ð U+00D0 → Đ) but must not add or drop one,
        # or the offsets would not line up.
        if len(squeeze(joined)) != len(squeeze(" ".join(predicted))):
            sys.exit(f"songngu changed the length of a paragraph:\n  {joined}\n  {' '.join(predicted)}")
        gold, found = offsets(paragraph), offsets(predicted)
        inside_gold, inside_found = set(gold[:-1]), set(found[:-1])
        for name, g, f in (("inside", inside_gold, inside_found), ("all", set(gold), set(found))):
            counts[name][0] += len(g & f)
            counts[name][1] += len(f)
            counts[name][2] += len(g)
        squeezed = squeeze(joined)
        for kind, missing in (("missed", inside_gold - inside_found), ("extra", inside_found - inside_gold)):
            for offset in sorted(missing):
                at = spaced_position(joined, offset)
                errors.append((kind, context_class(squeezed, offset), joined[max(0, at - 70) : at].rstrip(),
                               joined[at : at + 50].strip()))
    # "all" also counts the document's last boundary in every paragraph; drop the very last one, as the
    # Names scorer does (the end of the text is no decision).
    counts["all"][0] -= 1
    counts["all"][1] -= 1
    counts["all"][2] -= 1

    print(f"{os.path.basename(args.conllu)}: {len(sentences)} sentences in {len(grouped)} paragraphs "
          f"({'newdoc/newpar' if any(starts) else f'groups of {args.group}'}), quotes {args.quotes}")
    for name, label in (("all", "all boundaries but the last"), ("inside", "inside paragraphs only")):
        hits, predicted, gold = counts[name]
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {label}: boundary F1 {f1:.4f} (precision {p:.4f} {hits}/{predicted}, recall {r:.4f} {hits}/{gold})")
    missed = sum(1 for e in errors if e[0] == "missed")
    print(f"  errors: {missed} missed, {len(errors) - missed} extra")
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as handle:
            handle.write("kind\tclass\tbefore\tafter\n")
            for kind, klass, before, after in errors:
                handle.write(f"{kind}\t{klass}\t{before}\t{after}\n")
    if args.show:
        classes = collections.Counter((e[0], e[1]) for e in errors)
        examples = {}
        for e in errors:
            examples.setdefault((e[0], e[1]), e)
        for (kind, klass), n in classes.most_common(args.show):
            _, _, before, after = examples[(kind, klass)]
            print(f"  {n:4d} {kind:6s} {klass:18s} …{before[-45:]} ‖ {after[:35]}…")


if __name__ == "__main__":
    main()
