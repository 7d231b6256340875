#!/usr/bin/env python3
"""Load bilingual files with translate-toolkit, the field's reference library, and print what it read.

Usage: load_with_translate_toolkit.py [--limit N] FILE...

Each FILE is read with translate.storage by its extension: .tmx (tmx.tmxfile), .xlf/.xliff
(xliff.xlifffile), .csv/.tsv (csvl10n.csvfile, which sniffs the delimiter). Prints one JSON object to standard output:

  {"translate-toolkit": VERSION,
   "files": {FILE: {"format": ..., "count": N, "units": [{"id": ..., "source": ..., "target": ..., "fuzzy": ...}, ...]}}}

"count" counts the units that have a source (translate-toolkit's own header units left out);
"units" lists the first N of them (all without --limit). Exits 3, saying how to install it, when
translate-toolkit is missing; 2 on bad usage.
"""

import json
import sys


def main(argv):
    limit = None
    if len(argv) >= 2 and argv[0] == "--limit":
        limit = int(argv[1])
        argv = argv[2:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        from translate import __version__ as version
        from translate.storage import csvl10n, tmx, xliff
    except ImportError as error:
        print(
            f"translate-toolkit is not installed ({error}): run `pip install translate-toolkit`",
            file=sys.stderr,
        )
        return 3

    stores = {
        "tmx": ("tmx.tmxfile", tmx.tmxfile),
        "xlf": ("xliff.xlifffile", xliff.xlifffile),
        "xliff": ("xliff.xlifffile", xliff.xlifffile),
        "csv": ("csvl10n.csvfile", csvl10n.csvfile),
        "tsv": ("csvl10n.csvfile", csvl10n.csvfile),
    }
    files = {}
    for path in argv:
        extension = path.rsplit(".", 1)[-1].lower()
        if extension not in stores:
            print(f"{path}: unknown extension .{extension}", file=sys.stderr)
            return 2
        store_name, store_class = stores[extension]
        with open(path, "rb") as handle:
            store = store_class(handle)
        units = [unit for unit in store.units if unit.source]
        shown = units if limit is None else units[:limit]
        files[path] = {
            "format": store_name,
            "count": len(units),
            "units": [
                {
                    "id": unit.getid(),
                    "source": str(unit.source),
                    "target": str(unit.target or ""),
                    "fuzzy": bool(unit.isfuzzy()),
                }
                for unit in shown
            ],
        }
    json.dump({"translate-toolkit": version.sver, "files": files}, sys.stdout, ensure_ascii=True, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
