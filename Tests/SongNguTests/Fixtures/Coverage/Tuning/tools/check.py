#!/usr/bin/env python3
"""Consistency checks for the tuning-names set (format, lists, coverage).

Usage: python3 tools/check.py [--sort] [--folder=DIR] [SLUG ...]
  --sort        rewrite *.names.txt / *.not-names.txt in order of first standalone
                occurrence (never adds or drops lines).
  --folder=DIR  check the set in DIR (default: this script's set; ../Tuning2,
                ../Tuning3 to ../Tuning19 use the same convention).
"""
import os, re, sys, unicodedata

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS = {"km", "km/h", "m", "cm", "mm", "kg", "g", "mg", "ml", "ha", "MW", "GW", "kW", "kWh", "GB", "TB", "MB",
         "mAh", "Hz", "MHz", "GHz", "W", "inch", "m3/s", "m3", "mg/kg", "ounce", "°C", "m2", "cc"}
FORBIDDEN = [r"\bhuyện\b", r"\bquận\b", r"\bHuyện\b", r"\bQuận\b"]


def occ(body, term):
    pat = r"(?<![\w])" + re.escape(term) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, body)]


def read_list(path):
    if not os.path.exists(path):
        return None
    raw = open(path, encoding="utf-8").read()
    problems = []
    if raw and not raw.endswith("\n"):
        problems.append("no final newline")
    lines = raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n")
    for l in lines:
        if l != l.strip() or not l:
            problems.append("blank line or stray spaces: %r" % l)
    return lines, problems


def standalone_first(body, term, longer):
    """first occurrence of term not inside an occurrence of a longer listed term"""
    spans = occ(body, term)
    cover = [sp for t in longer for sp in occ(body, t)]
    for s, e in spans:
        if not any(cs <= s and e <= ce and (ce - cs) > (e - s) for cs, ce in cover):
            return s
    return None


def check(slug, sort=False):
    out = []
    vi = os.path.join(HERE, slug + ".vi.txt")
    raw = open(vi, encoding="utf-8").read()
    if unicodedata.normalize("NFC", raw) != raw:
        out.append("text not NFC")
    if "\r" in raw:
        out.append("CR in text")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        out.append("text must end with exactly one newline")
    lines = raw.split("\n")
    if not (lines[0] and lines[1] == "" and lines[2] and lines[3] == "" and lines[4]):
        out.append("header layout wrong")
    if "\n\n\n" in raw:
        out.append("double blank line")
    for l in lines:
        if l != l.rstrip() or l.startswith(" "):
            out.append("stray spaces: %r" % l[:40])
    body = "\n".join(lines[4:])
    for f in FORBIDDEN:
        for m in re.finditer(f, body):
            out.append("forbidden word %r at %d" % (m.group(0), m.start()))
    words_all = len(raw.split())
    words_body = len(body.split())
    if not (350 <= words_all <= 700):
        out.append("word count %d out of range" % words_all)

    res = {}
    for kind in ("names", "not-names"):
        p = os.path.join(HERE, "%s.%s.txt" % (slug, kind))
        r = read_list(p)
        if r is None:
            out.append("missing %s list" % kind)
            res[kind] = []
            continue
        items, probs = r
        out += ["%s: %s" % (kind, x) for x in probs]
        if len(set(items)) != len(items):
            out.append("%s: duplicates %s" % (kind, sorted({x for x in items if items.count(x) > 1})))
        res[kind] = items
    names, nots = res["names"], res["not-names"]
    for x in set(names) & set(nots):
        out.append("in both lists: %s" % x)

    # every entry occurs standalone in the body; order of first standalone occurrence
    for kind, items, pool in (("names", names, names), ("not-names", nots, names)):
        firsts = []
        for t in items:
            longer = [u for u in pool if u != t and t in u]
            f = standalone_first(body, t, longer)
            if f is None:
                where = "only inside a longer name" if occ(body, t) else "not in body"
                out.append("%s: %r %s" % (kind, t, where))
                f = 10 ** 9
            firsts.append((f, -len(t), t))
        want = [t for _, _, t in sorted(firsts)]
        if want != items:
            if sort:
                open(os.path.join(HERE, "%s.%s.txt" % (slug, kind)), "w", encoding="utf-8").write("\n".join(want) + "\n")
                out.append("%s: re-sorted" % kind)
            else:
                bad = [(a, b) for a, b in zip(items, want) if a != b][:3]
                out.append("%s: order differs, e.g. %s" % (kind, bad))

    # coverage: every token with an upper-case letter lies inside a listed span
    covered = []
    for t in names + nots:
        covered += occ(body, t)
    for m in re.finditer(r"\S+", body):
        tok = m.group(0)
        core = tok.strip(".,;:!?\"'()“”‘’[]–-…")
        lowhint = core in UNITS or re.fullmatch(r"[a-z0-9.-]+\.(vn|com|net|org)", core)
        if not lowhint and not any(c.isupper() for c in core):
            continue
        s = m.start() + tok.find(core)
        e = s + len(core)

        def inside(s, e, core):
            # a trailing '.' of initials / abbreviations may lie outside the span
            return any(cs <= s and e <= ce + (1 if core.endswith('.') else 0) for cs, ce in covered)

        ok = inside(s, e, core)
        if not ok and "/" in core and not lowhint:
            ok = True
            pos = s
            for part in core.split("/"):
                if any(c.isupper() for c in part) and not inside(pos, pos + len(part), part):
                    ok = False
                pos += len(part) + 1
        if not ok:
            ctx = body[max(0, s - 25):e + 25].replace("\n", " ")
            out.append("uncovered %r  …%s…" % (core, ctx))
    return out, words_all, words_body, names, nots


def main():
    global HERE
    for a in sys.argv[1:]:
        if a.startswith("--folder="):
            HERE = os.path.abspath(a[len("--folder="):])
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sort = "--sort" in sys.argv
    slugs = args or sorted(f[:-7] for f in os.listdir(HERE) if f.endswith(".vi.txt"))
    tw = tb = tn = 0
    alln = set()
    for slug in slugs:
        out, wa, wb, names, nots = check(slug, sort)
        tw += wa; tb += wb; tn += len(names); alln |= set(names)
        print("%-55s words %4d (body %4d)  names %3d  not-names %3d" % (slug, wa, wb, len(names), len(nots)))
        for o in out:
            print("   ", o)
    print("TOTAL articles %d  words %d (body %d)  listed names %d  distinct across set %d" % (len(slugs), tw, tb, tn, len(alln)))


if __name__ == "__main__":
    main()
