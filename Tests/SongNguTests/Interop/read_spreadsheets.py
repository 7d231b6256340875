#!/usr/bin/env python3
"""Read workbooks with openpyxl, and CSV files LibreOffice exported from them, and print the cells.

Usage: read_spreadsheets.py [--xlsx FILE]... [--csv FILE]...

Prints one JSON object to standard output:

  {"openpyxl": VERSION,
   "xlsx": {FILE: {"sheets": [NAME, ...], "rows": [[CELL, ...], ...], "not_strings": [...],
                   "frozen": "A2", "wrapped": true, "widths": [WIDTH, ...]}},
   "csv": {FILE: [[CELL, ...], ...]}}

"rows" are the first sheet's, each cell's value as openpyxl reads it (an empty cell as ""), the
rows padded with "" to the same width. "not_strings" lists every cell that holds a value whose
data_type is not "s" (a string), as "A1: type value". "frozen" is the first sheet's frozen-pane
cell, "wrapped" whether every cell wraps its text, "widths" the widths of columns A to F. CSV files are read as UTF-8 (a byte-order mark
skipped) by Python's csv module, with newlines kept inside quoted cells. Exits 3, saying how to
install it, when openpyxl is missing; 2 on bad usage.
"""

import csv
import json
import sys


def main(argv):
    xlsx, csvs = [], []
    while argv:
        if len(argv) < 2 or argv[0] not in ("--xlsx", "--csv"):
            print(__doc__, file=sys.stderr)
            return 2
        (xlsx if argv[0] == "--xlsx" else csvs).append(argv[1])
        argv = argv[2:]
    try:
        import openpyxl
    except ImportError:
        print("openpyxl is missing: run `python3 -m pip install openpyxl`", file=sys.stderr)
        return 3
    result = {"openpyxl": openpyxl.__version__, "xlsx": {}, "csv": {}}
    for path in xlsx:
        book = openpyxl.load_workbook(path)
        sheet = book.worksheets[0]
        rows, not_strings = [], []
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                if cell.value is None:
                    cells.append("")
                    continue
                if cell.data_type != "s":
                    not_strings.append("%s: %s %r" % (cell.coordinate, cell.data_type, cell.value))
                cells.append(str(cell.value))
            rows.append(cells)
        width = max((len(row) for row in rows), default=0)
        rows = [row + [""] * (width - len(row)) for row in rows]
        wrapped = all(cell.alignment.wrap_text for row in sheet.iter_rows() for cell in row)
        widths = [sheet.column_dimensions[letter].width for letter in "ABCDEF"]
        result["xlsx"][path] = {
            "sheets": book.sheetnames,
            "rows": rows,
            "not_strings": not_strings,
            "frozen": sheet.freeze_panes or "",
            "wrapped": wrapped,
            "widths": widths,
        }
    for path in csvs:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            result["csv"][path] = [row for row in csv.reader(handle)]
    json.dump(result, sys.stdout, ensure_ascii=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
