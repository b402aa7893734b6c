#!/usr/bin/env bash
# cli_query.sh DIPGRAPH SOURCE_DIR — `represent`, `hubs` and `stats` from
# the command line: answers on the query fixture, JSON read back by a real
# parser (tests/check_json.py), exit statuses, and output that does not
# depend on the order of records.
set -u
. "$2/tests/cli/lib.sh" # dg=$1, src=$2, tmp, fail, expect, has, ..., finish
fx=$src/tests/fixtures/query
W=$fx/world.yaml
R=$fx/world-reordered.yaml

# ---- represent ----
expect 0 "$dg" represent --json NL BY "$W"
cj "$tmp/out" 'keys == ["sender", "host", "at", "resident", "missions"]' \
    'd["sender"] == "NL" and d["host"] == "BY" and d["at"] is None and d["resident"] is True' \
    '[m["id"] for m in d["missions"]] == ["nl-minsk-hc", "nl-warsaw"]' \
    'all(list(m)[:5] == ["id", "kind", "city", "in", "resident"] for m in d["missions"])' \
    'd["missions"][0]["kind"] == "honorary-consulate" and d["missions"][0]["resident"] is True' \
    'd["missions"][1] == {"id": "nl-warsaw", "kind": "embassy", "city": "Warsaw", "in": "PL", "resident": False, "since": "1992", "until": None}' ||
    fail "represent NL BY --json"

expect 0 "$dg" represent NL BY --at 2000 --json "$W"
cj "$tmp/out" 'd["at"] == "2000" and d["resident"] is False' \
    '[m["id"] for m in d["missions"]] == ["nl-warsaw"]' || fail "represent --at 2000"

expect 0 "$dg" represent --at 2000-06-01~ --json FI BY "$W"
cj "$tmp/out" 'd["at"] == "2000-06-01~"' \
    'd["missions"] == [{"id": "fi-vilnius", "kind": "embassy", "city": "Vilnius", "in": "LT", "resident": False, "since": "1995", "until": "2010"}]' ||
    fail "represent FI BY: the accreditation's own period"

expect 0 "$dg" represent --json FI BY "$W" # accreditation ended in 2010
cj "$tmp/out" 'd["missions"] == [] and d["resident"] is False' || fail "represent FI BY now"

expect 0 "$dg" represent --json IE BY "$W"
cj "$tmp/out" 'd["missions"][0]["city"] is None' || fail "mission without a city"

expect 0 "$dg" represent --json NLD BLR "$W" # alpha-3 codes, canonical in the answer
cj "$tmp/out" 'd["sender"] == "NL" and d["host"] == "BY" and len(d["missions"]) == 2' ||
    fail "represent with alpha-3 codes"

expect 0 "$dg" represent --json EU BY "$W" # an organization as sender
cj "$tmp/out" '[m["id"] for m in d["missions"]] == ["eu-minsk"] and d["resident"]' ||
    fail "represent EU BY"

expect 0 "$dg" represent --json NL ZW "$W" # ISO, but not in the data set: no missions
cj "$tmp/out" 'd["host"] == "ZW" and d["missions"] == []' || fail "represent NL ZW"

# (The text answers, unknown ids and usage errors, whole:
# tests/cli/transcripts/query.t and options.t.)

# ---- hubs ----
expect 0 "$dg" hubs --json BY "$W"
cj "$tmp/out" 'keys[:2] == ["focus", "hubs"] and d["focus"] == "BY"' \
    'd["hubs"] == [{"city": "Warsaw", "in": "PL", "countries": ["CA", "CH", "NL"]}, {"city": "Moscow", "in": "RU", "countries": ["AT"]}, {"city": None, "in": "RU", "countries": ["IE"]}]' ||
    fail "hubs BY"
expect 0 "$dg" hubs --json --at 2000 BY "$W"
cj "$tmp/out" 'd["at"] == "2000"' \
    '[(h["city"], len(h["countries"])) for h in d["hubs"]] == [("Warsaw", 3), ("Moscow", 2), ("Vilnius", 1), (None, 1)]' ||
    fail "hubs --at 2000"
expect 0 "$dg" hubs --json PL "$W"
cj "$tmp/out" 'd["hubs"] == []' || fail "hubs PL"

# bundled data set: Moscow is the hub for Belarus
expect 0 "$dg" hubs --json BY
cj "$tmp/out" 'd["hubs"][0]["city"] == "Moscow" and "AT" in d["hubs"][0]["countries"]' ||
    fail "hubs of the bundled data"

# ---- stats ----
expect 0 "$dg" stats --json "$W"
cj "$tmp/out" 'keys[:6] == ["countries", "organizations", "relations", "missions", "accreditations", "events"]' \
    'd["missions"] == 15 and d["accreditations"] == 9 and d["relations"] == 7 and d["events"] == 2' \
    'd["open_missions"] == 12 and d["missions_by_kind"]["embassy"] == 8' \
    'sum(d["missions_by_kind"].values()) == d["open_missions"]' \
    'd["reciprocity"]["mutual_pairs"] == [["BY", "PL"]] and d["reciprocity"]["one_sided"] == 6' \
    '["NL", "PL"] in d["reciprocity"]["one_sided_pairs"]' \
    'd["no_representation"] == [["BY", "DK"], ["BY", "FI"], ["BY", "US"]]' \
    'd["top_hubs"][0] == {"city": "Warsaw", "in": "PL", "accreditations": 3, "senders": 3, "countries": 1}' ||
    fail "stats --json"
expect 0 "$dg" stats --json --at 2005 "$W"
cj "$tmp/out" 'd["at"] == "2005" and d["missions"] == 13 and d["accreditations"] == 8' \
    'd["no_representation"] == [["BY", "DK"], ["BY", "US"]]' || fail "stats --at 2005"
expect 0 "$dg" stats --json # the bundled data set
cj "$tmp/out" 'd["countries"] > 50 and d["missions"] > 100' || fail "stats of the bundled data"

# ---- the same answers whatever the order of records ----
for args in "represent NL BY" "represent --json CA BY" "hubs BY" "hubs --json --at 2000 BY" \
    "stats" "stats --json" "stats --json --at 2005"; do
    # shellcheck disable=SC2086
    "$dg" $args "$W" >"$tmp/a" 2>&1
    # shellcheck disable=SC2086
    "$dg" $args "$R" >"$tmp/b" 2>&1
    cmp -s "$tmp/a" "$tmp/b" || fail "'$args' depends on the order of records"
done

# ---- hostile strings come back as valid JSON ----
H=$fx/hostile.yaml
expect 0 "$dg" represent --json XK BY "$H"
cj "$tmp/out" 'd["missions"][0]["city"] == "Minsk, \"Old\" <Town> ]]>"' || fail "hostile city in JSON"
expect 0 "$dg" stats --json "$H"
cj "$tmp/out" 'd["countries"] == 3' || fail "stats of the hostile fixture"

# ---- data errors and output failures ----
printf 'missions:\n  - {of: NL, kind: embasy, city: X, in: PL}\n' >"$tmp/bad.yaml"
expect 1 "$dg" represent NL PL "$tmp/bad.yaml"
[ -s "$tmp/out" ] && fail "an answer from a data set with errors"
expect 1 "$dg" stats --json "$tmp/bad.yaml"
if [ -w /dev/full ]; then
    "$dg" stats "$W" >/dev/full 2>"$tmp/err"
    [ $? = 3 ] || fail "stats > /dev/full should exit 3"
    "$dg" represent --json NL BY "$W" >/dev/full 2>/dev/null
    [ $? = 3 ] || fail "represent > /dev/full should exit 3"
fi

# ---- no leaks (valgrind, when there and wanted) ----
if [ -z "${DG_SKIP_VALGRIND:-}" ] && command -v valgrind >/dev/null; then
    for args in "represent --json NL BY" "hubs BY" "stats" "stats --json --at 2005" "represent NL XX"; do
        # shellcheck disable=SC2086
        valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
            "$dg" $args "$W" >/dev/null 2>"$tmp/vg"
        [ $? = 99 ] && fail "valgrind: $args: $(head -c 600 "$tmp/vg")"
    done
fi

finish
