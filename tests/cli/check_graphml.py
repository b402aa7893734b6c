#!/usr/bin/python3
"""check_graphml.py FILE [EXPR...] - load FILE with networkx.read_graphml
(a real GraphML reader), check that every attribute is declared with a
<key> and that every edge joins two declared nodes, then assert every EXPR
with the graph bound to `g`, and `ntype(t)` / `etype(t)` counting nodes and
edges of a type.  Exit 0 when all hold, else 1."""
import sys
import xml.etree.ElementTree as ET

import networkx as nx
from checklib import assert_all

NS = "{http://graphml.graphdrawing.org/xmlns}"


def main():
    path, exprs = sys.argv[1], sys.argv[2:]
    try:
        tree = ET.parse(path)
        g = nx.read_graphml(path)
    except Exception as e:
        print("%s: not loadable GraphML: %r" % (path, e))
        return 1
    root = tree.getroot()
    keys = {k.get("id"): k for k in root.iter(NS + "key")}
    for k in keys.values():
        if k.get("attr.type") not in ("string", "boolean", "int", "long", "float", "double"):
            print("%s: key %s has no type" % (path, k.get("id")))
            return 1
    for data in root.iter(NS + "data"):
        if data.get("key") not in keys:
            print("%s: undeclared key %s" % (path, data.get("key")))
            return 1
    declared = {n.get("id") for n in root.iter(NS + "node")}
    for e in root.iter(NS + "edge"):
        for end in ("source", "target"):
            if e.get(end) not in declared:
                print("%s: edge %s: %s %s is no node" % (path, e.get("id"), end, e.get(end)))
                return 1

    def ntype(t):
        return sum(1 for _, a in g.nodes(data=True) if a.get("type") == t)

    def etype(t):
        return sum(1 for *_, a in g.edges(data=True) if a.get("type") == t)

    env = {"g": g, "ntype": ntype, "etype": etype, "nx": nx}
    return assert_all(path, exprs, env)


sys.exit(main())
