#!/usr/bin/python3
"""check_csv.py FILE [EXPR...] - read FILE as RFC 4180 CSV with Python's
csv module (UTF-8, strict quoting), check the framing (CRLF after every
record, the same number of fields in every row as in the header), then
assert every EXPR with `rows` (lists, header first), `header` and `recs`
(dicts by column name) bound.  Exit 0 when all hold, else 1."""
import csv
import io
import sys
from checklib import assert_all


def main():
    path, exprs = sys.argv[1], sys.argv[2:]
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8", errors="strict")
    except ValueError as e:
        print("%s: not UTF-8: %s" % (path, e))
        return 1
    if not text.endswith("\r\n"):
        print("%s: the last record does not end with CRLF" % path)
        return 1
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as e:
        print("%s: invalid CSV: %s" % (path, e))
        return 1
    if not rows:
        print("%s: no header" % path)
        return 1
    header = rows[0]
    for i, r in enumerate(rows):
        if len(r) != len(header):
            print("%s: row %d has %d fields, the header %d" % (path, i, len(r), len(header)))
            return 1
    # Every record ends with CRLF: as many CRLF outside quotes as records.
    outside, quoted = 0, False
    for i, c in enumerate(text):
        if c == '"':
            quoted = not quoted
        elif c == "\r" and not quoted:
            if text[i + 1:i + 2] != "\n":
                print("%s: a bare CR outside quotes" % path)
                return 1
            outside += 1
        elif c == "\n" and not quoted and text[i - 1:i] != "\r":
            print("%s: a bare LF ends a record" % path)
            return 1
    if outside != len(rows):
        print("%s: %d records but %d CRLF" % (path, len(rows), outside))
        return 1
    env = {"rows": rows, "header": header, "recs": [dict(zip(header, r)) for r in rows[1:]]}
    return assert_all(path, exprs, env)


sys.exit(main())
