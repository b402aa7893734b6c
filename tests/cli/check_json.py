#!/usr/bin/python3
"""check_json.py FILE [EXPR...] - parse FILE ("-": stdin) as JSON with a
strict parser, then assert every EXPR (Python, with the document bound to
`d` and its top-level keys, in order, to `keys`).  Exit 0 when all hold,
1 with a message naming the first that fails."""
import json
import sys
from checklib import assert_all


def reject_constant(name):
    raise ValueError("not JSON: " + name)  # NaN, Infinity


def main():
    path, exprs = sys.argv[1], sys.argv[2:]
    raw = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    try:
        text = raw.decode("utf-8", errors="strict")
        pairs_seen = []

        def hook(pairs):
            keys_here = [k for k, _ in pairs]
            if len(set(keys_here)) != len(keys_here):
                raise ValueError("duplicate key in an object: %r" % keys_here)
            pairs_seen.append(keys_here)
            return dict(pairs)

        d = json.loads(text, object_pairs_hook=hook, parse_constant=reject_constant)
    except ValueError as e:
        print("%s: invalid JSON: %s" % (path, e))
        return 1
    env = {"d": d, "keys": list(d) if isinstance(d, dict) else None}
    return assert_all(path, exprs, env)


sys.exit(main())
