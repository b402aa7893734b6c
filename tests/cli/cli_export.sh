#!/usr/bin/env bash
# cli_export.sh DIPGRAPH SOURCE_DIR — `dipgraph export`: JSON read back by
# a strict JSON parser, GraphML by networkx.read_graphml (and xmllint when
# present), CSV by Python's csv module; hostile strings survive all three;
# --at; -T from -o; -o DIR/; atomic writes; determinism; exit statuses.
set -u
. "$2/tests/cli/lib.sh" # dg=$1, src=$2, tmp, fail, expect, has, ..., finish
fx=$src/tests/fixtures/query
W=$fx/world.yaml
R=$fx/world-reordered.yaml
H=$fx/hostile.yaml

# ---- JSON ----
expect 0 "$dg" export "$W"
cp "$tmp/out" "$tmp/world.json"
cj "$tmp/world.json" \
    'keys == ["dipgraph", "title", "focus", "at", "sources", "countries", "organizations", "relations", "missions", "events"]' \
    'd["dipgraph"] == 1 and d["focus"] == "BY" and d["at"] is None' \
    'len(d["missions"]) == 15 and sum(len(m["accredited"]) for m in d["missions"]) == 9' \
    'len(d["relations"]) == 7 and len(d["events"]) == 2 and len(d["organizations"]) == 2' \
    '[m["id"] for m in d["missions"]] == sorted(m["id"] for m in d["missions"])' \
    '[r for r in d["relations"] if r["between"] == ["NL", "PL"]][0]["border_km"] == 12.5' \
    '[c for c in d["countries"] if c["id"] == "XK"][0] == {"id": "XK", "name": "Kosovo", "alpha3": None, "capital": None, "iso": False, "former": False, "defined": True, "since": None, "until": None, "note": None, "sources": []}' \
    'd["sources"][0]["accessed"] == {"edtf": "2020-05", "precision": "month", "approximate": False, "uncertain": False, "first": "2020-05-01", "last": "2020-05-31"}' \
    '[m for m in d["missions"] if m["id"] == "at-moscow"][0]["accredited"][1]["since"]["edtf"] == "2000"' \
    '[m for m in d["missions"] if m["id"] == "eu-minsk"][0]["of_type"] == "organization"' \
    '[m for m in d["missions"] if m["id"] == "by-osce"][0]["to"] == "OSCE"' \
    'd["organizations"][0]["members"][1] == {"member": "PL", "member_type": "country", "status": "member", "since": {"edtf": "2004-05-01", "precision": "day", "approximate": False, "uncertain": False, "first": "2004-05-01", "last": "2004-05-01"}, "until": None, "note": None, "sources": []}' ||
    fail "export -T json"

expect 0 "$dg" export --at 2005 -T json "$W"
cj "$tmp/out" 'd["at"] == "2005" and len(d["missions"]) == 13' \
    '"eu-minsk" not in [m["id"] for m in d["missions"]]' \
    'sum(len(m["accredited"]) for m in d["missions"]) == 8' \
    'len(d["events"]) == 0 and len(d["relations"]) == 6' || fail "export --at 2005"

expect 0 "$dg" export # the bundled data set
cj "$tmp/out" 'd["focus"] == "BY" and len(d["missions"]) > 100' || fail "export of the bundled data"

# ---- GraphML ----
expect 0 "$dg" export -T graphml "$W"
cp "$tmp/out" "$tmp/world.graphml"
cg "$tmp/world.graphml" \
    'ntype("country") == 15 and ntype("organization") == 2 and ntype("mission") == 15' \
    'etype("relation") == 7 and etype("membership") == 2 and etype("mission") == 15' \
    'etype("resident") == 15 and etype("accreditation") == 9 and etype("organization") == 1' \
    'g.number_of_edges() == 7 + 2 + 15 + 15 + 9 + 1' \
    'g.nodes["country:BY"]["iso"] is True and g.nodes["country:XK"]["iso"] is False' \
    'g.nodes["country:XK"]["label"] == "Kosovo"' \
    'g.nodes["mission:nl-warsaw"]["city"] == "Warsaw" and g.nodes["mission:nl-warsaw"]["in"] == "PL"' \
    'g.nodes["mission:nl-warsaw"]["since_year"] == 1992 and type(g.nodes["mission:nl-warsaw"]["since_year"]) is int' \
    'g.nodes["mission:nl-warsaw"]["since_first"] == "1992-01-01" and g.nodes["mission:nl-warsaw"]["since_last"] == "1992-12-31"' \
    'all(("since" in a) == ("since_first" in a) == ("since_last" in a) == ("since_year" in a) for *_, a in g.edges(data=True))' \
    'any(a.get("border_km") == 12.5 and type(a["border_km"]) is float for *_, a in g.edges(data=True))' \
    'g.has_edge("country:NL", "mission:nl-warsaw") and g.has_edge("mission:nl-warsaw", "country:BY")' \
    'g.graph["title"] == "Query fixture"' || fail "export -T graphml"
xml_ok "$tmp/world.graphml"
expect 0 "$dg" export -T graphml --at 1995 "$W"
cp "$tmp/out" "$tmp/1995.graphml"
cg "$tmp/1995.graphml" 'g.graph["at"] == "1995"' 'not g.has_node("mission:eu-minsk")' \
    'g.has_edge("mission:se-moscow", "country:BY")' 'g.has_node("mission:ie-ru")' ||
    fail "export -T graphml --at 1995"

# ---- GraphML: the country projection ----
expect 0 "$dg" export -T graphml --graph countries "$W"
cp "$tmp/out" "$tmp/countries.graphml"
xml_ok "$tmp/countries.graphml"
cg "$tmp/countries.graphml" \
    'ntype("country") == g.number_of_nodes() and g.graph["graph"] == "countries"' \
    'all(a["directed"] is (a["type"] != "relation") for *_, a in g.edges(data=True))' \
    'all(type(a["weight"]) is float and a["weight"] >= 1 for *_, a in g.edges(data=True))' \
    'etype("relation") == 6 and all(u < v for u, v, a in g.edges(data=True) if a["type"] == "relation")' \
    '[a["weight"] for u, v, a in g.edges(data=True) if (u, v, a["type"]) == ("country:NL", "country:BY", "accreditation")] == [1.0]' \
    '[a["missions"] for u, v, a in g.edges(data=True) if (u, v, a["type"]) == ("country:NL", "country:PL", "resident")] == ["nl-warsaw"]' \
    'not any(u == "organization:EU" or u.startswith("mission:") for u, v in g.edges())' ||
    fail "export --graph countries"
cmp -s "$tmp/countries.graphml" <("$dg" export -T graphml --graph countries "$R") ||
    fail "--graph countries depends on the order of the input"
expect 0 "$dg" export -T graphml --graph countries --at 1995 "$W"
cg "$tmp/out" 'g.graph["at"] == "1995"' || fail "--graph countries --at 1995"
expect 2 "$dg" export -T json --graph countries "$W"
expect 2 "$dg" export -T graphml --graph bogus "$W"

# ---- CSV ----
expect 0 "$dg" export -T csv --table missions "$W"
cp "$tmp/out" "$tmp/missions.csv"
cc "$tmp/missions.csv" \
    'header == ["id", "of", "of_type", "kind", "label", "city", "in", "to", "opened", "opened_first", "opened_last", "opened_year", "closed", "closed_first", "closed_last", "closed_year", "note", "sources"]' \
    '[(r["closed_first"], r["closed_last"], r["closed_year"]) for r in recs if r["id"] == "pl-brest"] == [("2021-06-01", "2021-06-30", "2021")]' \
    'len(recs) == 15 and recs[0]["id"] == "at-moscow"' \
    '[r for r in recs if r["id"] == "pl-brest"][0]["closed"] == "2021-06"' || fail "csv missions"
mkdir -p "$tmp/tables"
expect 0 "$dg" export -o "$tmp/tables/" "$W" # no -T, a folder: every table as csv
for t in countries organizations memberships relations missions accreditations events; do
    [ -f "$tmp/tables/$t.csv" ] || fail "-o DIR/: no $t.csv"
    cmp -s "$tmp/tables/$t.csv" <("$dg" export -T csv --table "$t" "$W") || fail "$t.csv differs from --table $t"
done
cc "$tmp/tables/accreditations.csv" 'len(recs) == 9' \
    'header == ["mission", "of", "kind", "city", "in", "to", "since", "since_first", "since_last", "since_year", "until", "until_first", "until_last", "until_year", "note", "sources"]' \
    '{"mission": "fi-vilnius", "of": "FI", "kind": "embassy", "city": "Vilnius", "in": "LT", "to": "BY", "since": "1995", "since_first": "1995-01-01", "since_last": "1995-12-31", "since_year": "1995", "until": "2010", "until_first": "2010-01-01", "until_last": "2010-12-31", "until_year": "2010", "note": "", "sources": ""} in recs' ||
    fail "accreditations.csv"
cc "$tmp/tables/relations.csv" '[r["border_km"] for r in recs if r["a"] == "NL"] == ["12.5"]' \
    '[r["sources"] for r in recs if r["b"] == "NL"] == ["s1"]' || fail "relations.csv"
cc "$tmp/tables/events.csv" 'recs[0]["actors"] == "BY EU" and recs[0]["until"] == "1999"' || fail "events.csv"
cc "$tmp/tables/memberships.csv" 'rows[1] == ["EU", "NL", "country", "member", "1958", "1958-01-01", "1958-12-31", "1958", "", "", "", "", "", ""]' || fail "memberships.csv"
rm -rf "$tmp/new"
expect 0 "$dg" export -T csv -o "$tmp/new/" "$W" # a missing folder is made
[ -f "$tmp/new/events.csv" ] || fail "-o DIR/ did not make the folder"
expect 0 "$dg" export -T csv --table events -o "$tmp/new" "$W" # a folder, one table
expect 3 "$dg" export -T csv -o "$tmp/no/such/dir/" "$W"

# ---- hostile strings: every format parses, every string comes back ----
expect 0 "$dg" export "$H"
cj "$tmp/out" \
    'd["title"] == "Title with \"quotes\", back\\slash, <script>alert('"'"'x'"'"')</script> ]]> & more"' \
    '[c for c in d["countries"] if c["id"] == "XK"][0]["note"] == "line one\nline two, with comma\n\"quoted\"\\ and \\\" end"' \
    '[c for c in d["countries"] if c["id"] == "XK"][0]["capital"] == "Prishtinë\tPriština"' \
    'd["relations"][0]["note"] == "{\"json\": [1, 2]}\u2028after a line separator"' \
    'd["missions"][1]["city"] == "Minsk, \"Old\" <Town> ]]>"' || fail "hostile JSON"
expect 0 "$dg" export -T graphml "$H"
cp "$tmp/out" "$tmp/hostile.graphml"
cg "$tmp/hostile.graphml" \
    'g.graph["title"] == "Title with \"quotes\", back\\slash, <script>alert('"'"'x'"'"')</script> ]]> & more"' \
    'g.nodes["country:XK"]["label"] == "Kosovo, \"Kosova\" <Косово> ]]>"' \
    'g.nodes["organization:ORG_1"]["label"] == "</data><data key=\"x\">injected</data>"' \
    'g.nodes["mission:by-pristina"]["city"] == "北京 / Peking"' \
    'g.nodes["country:XK"]["note"] == "line one\nline two, with comma\n\"quoted\"\\ and \\\" end"' ||
    fail "hostile GraphML"
xml_ok "$tmp/hostile.graphml"
mkdir -p "$tmp/h"
expect 0 "$dg" export -o "$tmp/h/" "$H"
cc "$tmp/h/countries.csv" \
    '[r for r in recs if r["id"] == "XK"][0]["name"] == "Kosovo, \"Kosova\" <Косово> ]]>"' \
    '[r for r in recs if r["id"] == "XK"][0]["note"] == "line one\nline two, with comma\n\"quoted\"\\ and \\\" end"' ||
    fail "hostile countries.csv"
cc "$tmp/h/events.csv" 'recs[0]["title"] == "Title\nover two lines, \"quoted\", ]]> <b>bold</b>"' \
    'recs[0]["actors"] == "XK ORG_1"' || fail "hostile events.csv"
# A formula in free text is neutralised by a leading quote (CSV injection);
# dates are untouched (tests/cli/cli_reliability.sh has the rest).
cc "$tmp/h/memberships.csv" 'recs[0]["note"] == "'"'"'=HYPERLINK(\"http://evil\")" and recs[0]["since"] == "2008~"' ||
    fail "hostile memberships.csv"
cc "$tmp/h/sources.csv" 2>/dev/null && fail "a table that does not exist"
for t in organizations relations missions accreditations; do
    cc "$tmp/h/$t.csv" || fail "hostile $t.csv"
done

# ---- -T from the extension of -o ----
expect 0 "$dg" export -o "$tmp/x.graphml" "$W"
head -c 5 "$tmp/x.graphml" | grep -q '<?xml' || fail "-o x.graphml is not GraphML"
expect 0 "$dg" export -o "$tmp/x.JSON" "$W"
cmp -s "$tmp/x.JSON" "$tmp/world.json" || fail "-o x.JSON is not the JSON export"
expect 2 "$dg" export -o "$tmp/x.xml" "$W" # unknown extension: an error, as for render
[ ! -e "$tmp/x.xml" ] || fail "-o x.xml wrote a file"
expect 0 "$dg" export -T json -o "$tmp/x.txt" "$W" # -T says what to write
cmp -s "$tmp/x.txt" "$tmp/world.json" || fail "-T json -o x.txt is not JSON"
expect 0 "$dg" export -o "$tmp/noext" "$W" # no extension: json
cmp -s "$tmp/noext" "$tmp/world.json" || fail "-o noext is not JSON"
expect 0 "$dg" export --table missions -o "$tmp/m.csv" "$W"
cmp -s "$tmp/m.csv" "$tmp/missions.csv" || fail "-o m.csv --table missions"

# ---- usage errors (2) ----
# (-T, --table and their typos, whole: tests/cli/transcripts/errors.t.)
expect 2 "$dg" export -T json -o "$tmp/tables/" "$W"
expect 2 "$dg" export --at 1992-13 "$W"

# ---- whole or nothing; never over an input ----
echo "earlier" >"$tmp/keep.json"
printf 'missions:\n  - {of: NL, kind: embasy, city: X, in: PL}\n' >"$tmp/bad.yaml"
expect 1 "$dg" export -o "$tmp/keep.json" "$tmp/bad.yaml"
[ "$(cat "$tmp/keep.json")" = earlier ] || fail "a failed export touched the earlier file"
expect 2 "$dg" export -T bogus -o "$tmp/keep.json" "$W"
[ "$(cat "$tmp/keep.json")" = earlier ] || fail "a usage error touched the earlier file"
cp "$W" "$tmp/in.yaml"
expect 2 "$dg" export -T json -o "$tmp/in.yaml" "$tmp/in.yaml"
cmp -s "$W" "$tmp/in.yaml" || fail "export overwrote its input"
if [ -w /dev/full ]; then
    expect 3 "$dg" export -o /dev/full "$W"
fi
ls "$tmp" | grep -q '\.tmp-' && fail "a temporary file was left behind"

# ---- determinism ----
for f in json graphml; do
    "$dg" export -T $f "$W" >"$tmp/a"
    "$dg" export -T $f "$W" >"$tmp/b"
    "$dg" export -T $f "$R" >"$tmp/c"
    cmp -s "$tmp/a" "$tmp/b" || fail "$f differs run to run"
    cmp -s "$tmp/a" "$tmp/c" || fail "$f depends on the order of records"
done
for t in countries organizations memberships relations missions accreditations events; do
    cmp -s <("$dg" export -T csv --table $t "$W") <("$dg" export -T csv --table $t "$R") ||
        fail "csv $t depends on the order of records"
done

# ---- no leaks ----
if [ -z "${DG_SKIP_VALGRIND:-}" ] && command -v valgrind >/dev/null; then
    for args in "-T json" "-T graphml --at 2000" "-T csv --table events" "-T csv --table nope"; do
        # shellcheck disable=SC2086
        valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
            "$dg" export $args "$H" >/dev/null 2>"$tmp/vg"
        [ $? = 99 ] && fail "valgrind: export $args: $(head -c 600 "$tmp/vg")"
    done
    valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
        "$dg" export -o "$tmp/vgdir/" "$W" >/dev/null 2>"$tmp/vg"
    [ $? = 99 ] && fail "valgrind: export -o DIR/: $(head -c 600 "$tmp/vg")"
fi

finish
