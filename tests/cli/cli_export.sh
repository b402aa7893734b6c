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

# ---- format 1.1: the state of --at, heads, places, history ----
# relation-v11.yaml: DE -- YU (now RS) severed 1999-03-24, restored
# 2000-11-17; BY -- EU at chargé level; BY -- XK never had relations.
# v11_full.yaml: GB left the EU in 2020; us-belgrade closed 1999-03-23 ..
# 2001-05-17 (accredited to ME); se-embassy-minsk suspended; two heads.
V=$fx/relation-v11.yaml
F=$src/tests/fixtures/valid/v11_full.yaml
expect 0 "$dg" export -T csv --table relations --at 1999-06-01 "$V"
cc "$tmp/out" 'header[-4:] == ["b_type", "level", "holds", "as"] and len(recs) == 3' \
    '[(r["status"], r["level"], r["holds"], r["as"]) for r in recs if (r["a"], r["b"]) == ("DE", "RS")] == [("severed", "embassy", "false", "YU")]' \
    '[(r["b_type"], r["status"], r["level"], r["holds"]) for r in recs if r["b"] == "EU"] == [("organization", "active", "charge", "true")]' \
    '[(r["status"], r["holds"]) for r in recs if r["b"] == "XK"] == [("none", "false")]' ||
    fail "csv relations --at 1999-06-01: severed, still a row"
expect 0 "$dg" export -T csv --table relations --at 2004 "$V"
cc "$tmp/out" '[(r["status"], r["holds"], r["as"]) for r in recs if r["b"] == "RS"] == [("active", "true", "CS")]' ||
    fail "csv relations --at 2004: restored, held as CS"
expect 0 "$dg" export -T csv --table relations "$V" # no --at: the latest, no predecessor
cc "$tmp/out" '[(r["status"], r["holds"], r["as"]) for r in recs if r["b"] == "RS"] == [("active", "true", "")]' \
    '[r["level"] for r in recs if r["b"] == "EU"] == ["embassy"]' || fail "csv relations: the latest state"
expect 0 "$dg" export -T graphml --at 1999-06-01 "$V"
cp "$tmp/out" "$tmp/v11.graphml"
xml_ok "$tmp/v11.graphml"
cg "$tmp/v11.graphml" \
    '[(a["status"], a["level"], a["holds"], a["as"]) for u, v, a in g.edges(data=True) if (u, v, a["type"]) == ("country:DE", "country:RS", "relation")] == [("severed", "embassy", False, "YU")]' \
    '[(a["level"], a["holds"]) for u, v, a in g.edges(data=True) if (u, v) == ("country:BY", "organization:EU")] == [("charge", True)]' \
    'all(a["operating"] is True and a["as"] == "YU" for u, v, a in g.edges(data=True) if a["type"] in ("mission", "resident"))' ||
    fail "graphml --at 1999-06-01: the state of the date"
expect 0 "$dg" export -T graphml --at 1999-06-01 "$F"
cg "$tmp/out" \
    '[(a["status"], a["operating"]) for u, v, a in g.edges(data=True) if (u, v) == ("mission:us-belgrade", "country:RS")] == [("closed", False)]' \
    '[(a["status"], a["operating"]) for u, v, a in g.edges(data=True) if (u, a["type"]) == ("mission:se-embassy-minsk", "resident")] == [("suspended", False)]' \
    'etype("accreditation") == 0 and g.has_node("mission:us-belgrade")' || fail "graphml: a mission that does not operate"
expect 0 "$dg" export -T graphml --at 2007 "$F"
cg "$tmp/out" '[v for u, v, a in g.edges(data=True) if a["type"] == "accreditation"] == ["country:ME"]' \
    '"country:GB" in [u for u, v, a in g.edges(data=True) if a["type"] == "membership"]' || fail "graphml --at 2007"
expect 0 "$dg" export -T graphml --at 2021 "$F"
cg "$tmp/out" '"country:GB" not in [u for u, v, a in g.edges(data=True) if a["type"] == "membership"]' ||
    fail "graphml --at 2021: a membership that has left"
expect 0 "$dg" export -T csv --table memberships --at 2021 "$F"
cc "$tmp/out" 'len(recs) == 5 and "GB" not in [r["member"] for r in recs]' || fail "csv memberships --at 2021"
expect 0 "$dg" export -T csv --table memberships "$F"
cc "$tmp/out" '[r["status"] for r in recs if r["member"] == "GB"] == ["left"]' || fail "csv memberships: left"
expect 0 "$dg" export -T csv --table missions --at 1999-06-01 "$F"
cc "$tmp/out" 'header[-4:] == ["status", "operating", "wikidata", "as"]' \
    '[(r["id"], r["status"], r["operating"], r["wikidata"]) for r in recs] == [("se-embassy-minsk", "suspended", "false", ""), ("us-belgrade", "closed", "false", "Q7862")]' ||
    fail "csv missions --at 1999-06-01"
expect 0 "$dg" export -T csv --table accreditations --at 1999-06-01 "$F"
cc "$tmp/out" 'recs == []' || fail "a closed mission carries no accreditation"
expect 0 "$dg" export -T csv --table heads "$F"
cc "$tmp/out" \
    'header == ["mission", "of", "city", "in", "name", "title", "since", "since_first", "since_last", "since_year", "until", "until_first", "until_last", "until_year", "note", "sources"]' \
    '[(r["name"], r["title"], r["since_first"], r["until"]) for r in recs] == [("Karen B. Stewart", "ambassador", "2006-09-01", "2008-03-12"), ("Jonathan Moore", "chargé d'"'"'affaires", "2008-03-12", "")]' \
    'recs[1]["sources"] == "wp" and recs[0]["mission"] == "us-belgrade" and recs[0]["in"] == "RS"' || fail "csv heads"
expect 0 "$dg" export -T csv --table heads --at 2007 "$F"
cc "$tmp/out" '[r["name"] for r in recs] == ["Karen B. Stewart"]' || fail "csv heads --at 2007"
expect 0 "$dg" export -T csv --table heads --at 2000 "$F"
cc "$tmp/out" 'recs == []' || fail "csv heads --at 2000"
expect 0 "$dg" export -T csv --table places "$F"
cc "$tmp/out" \
    'header == ["city", "country", "lat", "lon", "wikidata", "name_be", "name_ru", "name_sr", "note", "sources"]' \
    '[(r["city"], float(r["lat"]), float(r["lon"]), r["wikidata"]) for r in recs[:2]] == [("Belgrade", 44.8167, 20.4667, "Q3711"), ("Minsk", 53.9, 27.5667, "Q2280")]' \
    'recs[0]["name_sr"] == "Београд" and recs[1]["name_be"] == "Мінск" and recs[1]["name_ru"] == "Минск"' \
    'recs[2] == {"city": "Moscow", "country": "RU", "lat": "", "lon": "", "wikidata": "", "name_be": "", "name_ru": "", "name_sr": "", "note": "", "sources": ""}' ||
    fail "csv places"
expect 0 "$dg" export -T csv --table history "$F"
cp "$tmp/out" "$tmp/history.csv"
cc "$tmp/history.csv" 'len(recs) == 10' \
    '[r["record"] for r in recs] == ["relation"] * 4 + ["mission"] * 3 + ["membership"] * 3' \
    'recs[0] == {"record": "relation", "a": "DE", "a_type": "country", "b": "RS", "b_type": "country", "mission": "", "date": "1999-03-24", "date_first": "1999-03-24", "date_last": "1999-03-24", "date_year": "1999", "status": "severed", "level": "", "note": "NATO bombing of Yugoslavia", "sources": ""}' \
    '[(r["status"], r["level"]) for r in recs if r["date"] == "2008-02-18"] == [("strained", "charge")]' \
    '[(r["b"], r["b_type"], r["level"], r["sources"]) for r in recs if r["a"] == "RS"] == [("EU", "organization", "embassy", "mfa")]' \
    '[(r["a"], r["b"], r["status"]) for r in recs if r["mission"] == "us-belgrade"] == [("US", "RS", "closed"), ("US", "RS", "open"), ("US", "RS", "closed-to-public")]' \
    '[(r["a"], r["b"], r["status"], r["sources"]) for r in recs if r["record"] == "membership"][0] == ("GB", "EU", "left", "wp")' ||
    fail "csv history"
expect 0 "$dg" export -T csv --table history --at 2021 "$F" # every entry of what is kept
cc "$tmp/out" 'len(recs) == 9 and "GB" not in [r["a"] for r in recs]' || fail "csv history --at 2021"
for t in heads places history; do # version 1: the header alone
    expect 0 "$dg" export -T csv --table $t "$W"
    cc "$tmp/out" 'recs == []' || fail "csv $t of a version 1 data set"
done
mkdir -p "$tmp/t11"
expect 0 "$dg" export -o "$tmp/t11/" "$F"
for t in countries organizations memberships relations missions accreditations events heads places history; do
    cmp -s "$tmp/t11/$t.csv" <("$dg" export -T csv --table "$t" "$F") || fail "1.1: $t.csv differs from --table $t"
done
for t in heads places history; do # a version 1 folder: the seven tables it always had
    [ ! -e "$tmp/tables/$t.csv" ] || fail "-o DIR/ wrote $t.csv for a version 1 data set"
done
lacks "$tmp/world.graphml" 'holds'
lacks "$tmp/1995.graphml" 'operating'
# The projection joins the states of the day: the YU -- US relation and
# us-belgrade were Yugoslavia's in 1999 and 2002, not Serbia's (DE -- RS
# is a record of Serbia's own in this file).
expect 0 "$dg" export -T graphml --graph countries --at 1999-06-01 "$F"
cg "$tmp/out" '[(u, v) for u, v, a in g.edges(data=True)] == [("country:US", "country:YU")]' \
    'not g.has_node("country:RS")' || fail "--graph countries --at 1999-06-01: severed, closed"
expect 0 "$dg" export -T graphml --graph countries --at 2002 "$F"
cg "$tmp/out" 'sorted((u, v, a["type"]) for u, v, a in g.edges(data=True)) == [("country:DE", "country:RS", "relation"), ("country:US", "country:ME", "accreditation"), ("country:US", "country:YU", "relation"), ("country:US", "country:YU", "resident")]' ||
    fail "--graph countries --at 2002"
expect 0 "$dg" export -T graphml --graph countries "$F" # now: Serbia
cg "$tmp/out" '("country:US", "country:RS") in [(u, v) for u, v, a in g.edges(data=True) if a["type"] == "resident"]' ||
    fail "--graph countries: now"
for f in "$V" "$F"; do
    for a in "-T graphml --at 1999-06-01" "-T csv --table history" "-T csv --table places" "-T csv --table relations --at 2004"; do
        # shellcheck disable=SC2086
        cmp -s <("$dg" export $a "$f") <("$dg" export $a "$f") || fail "$a differs run to run"
    done
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
[ "$(temps "$tmp")" = 0 ] || fail "a temporary file was left behind"

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
