#!/usr/bin/env python3
"""Check the held-out alignment set and print its statistics table.

Usage: python3 verify.py [DIR]   (default: the folder this script is in)
Exit status 1 if any check fails.
"""
import os, re, sys, unicodedata

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KIND = {'talk': 'talk', 'huong-dan': 'howto', 'phong-van': 'interview'}
errors = []

def err(slug, msg):
    errors.append(f'{slug}: {msg}')

def read(path, slug):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if unicodedata.normalize('NFC', text) != text:
        err(slug, f'{os.path.basename(path)} is not NFC')
    if '\r' in text:
        err(slug, f'{os.path.basename(path)} has CR characters')
    return text

def kind_of(slug):
    for prefix, kind in KIND.items():
        if slug.startswith(prefix):
            return kind
    return 'news'

def parse_idx(field, slug, n):
    if field == '':
        return []
    out = []
    for p in field.split(','):
        if not re.fullmatch(r'\d+', p):
            err(slug, f'bad index field {field!r}')
            return []
        out.append(int(p))
    return out

slugs = sorted(f[:-len('.alignment.tsv')] for f in os.listdir(DIR) if f.endswith('.alignment.tsv'))
rows = []
for slug in slugs:
    units, raw = {}, {}
    for side in ('vi', 'en'):
        raw[side] = read(f'{DIR}/{slug}.{side}.txt', slug)
        lines = read(f'{DIR}/{slug}.{side}.sentences.txt', slug).split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        for i, l in enumerate(lines):
            if not l.strip() or l != l.strip() or '\t' in l or '  ' in l:
                err(slug, f'{side} sentence line {i} empty, padded, double-spaced or has a tab: {l!r}')
        units[side] = lines
        # sentences joined must reproduce the raw text modulo whitespace
        a = re.sub(r'\s+', '', raw[side])
        b = re.sub(r'\s+', '', ''.join(lines))
        if a != b:
            k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            err(slug, f'{side} sentences do not reproduce raw text near {a[max(0,k-30):k+30]!r} / {b[max(0,k-30):k+30]!r}')
    tsv = read(f'{DIR}/{slug}.alignment.tsv', slug).split('\n')
    if tsv and tsv[-1] == '':
        tsv.pop()
    if not tsv or tsv[0] != 'vi_units\ten_units\tvi\ten':
        err(slug, 'bad TSV header')
    nxt = {'vi': 0, 'en': 0}
    one = nm = dele = 0
    for ln, line in enumerate(tsv[1:], 2):
        cols = line.split('\t')
        if len(cols) != 4:
            err(slug, f'TSV line {ln}: {len(cols)} columns')
            continue
        bead = {}
        for side, f_idx, f_txt in (('vi', cols[0], cols[2]), ('en', cols[1], cols[3])):
            idx = parse_idx(f_idx, slug, len(units[side]))
            bead[side] = idx
            # monotone and contiguous: each bead takes the next units in order
            if idx != list(range(nxt[side], nxt[side] + len(idx))):
                err(slug, f'TSV line {ln}: {side} indices {idx} not the next ones (expected from {nxt[side]})')
            nxt[side] += len(idx)
            if any(i >= len(units[side]) for i in idx):
                err(slug, f'TSV line {ln}: {side} index out of range')
                continue
            if ' '.join(units[side][i] for i in idx) != f_txt:
                err(slug, f'TSV line {ln}: {side} text differs from the joined sentence lines')
        if not bead['vi'] and not bead['en']:
            err(slug, f'TSV line {ln}: empty bead')
        elif not bead['vi'] or not bead['en']:
            dele += 1
        elif len(bead['vi']) == 1 and len(bead['en']) == 1:
            one += 1
        else:
            nm += 1
    for side in ('vi', 'en'):
        if nxt[side] != len(units[side]):
            err(slug, f'{side}: TSV covers {nxt[side]} of {len(units[side])} units')
    rows.append((slug, kind_of(slug), len(units['vi']), len(units['en']), one, nm, dele))

print('| slug | kind | vi units | en units | 1–1 | n–m | deletions |')
print('| --- | --- | ---: | ---: | ---: | ---: | ---: |')
for r in rows:
    print('| ' + ' | '.join(map(str, r)) + ' |')
tot = [sum(r[i] for r in rows) for i in range(2, 7)]
print(f'| **total ({len(rows)} pairs)** | | ' + ' | '.join(map(str, tot)) + ' |')
if errors:
    print('\nFAILED:', *errors, sep='\n  ')
    sys.exit(1)
print('\nOK: all checks passed')
