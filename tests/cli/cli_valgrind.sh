#!/usr/bin/env bash
# cli_valgrind.sh DIPGRAPH SOURCE_DIR — `dipgraph render`, `dipgraph
# timeline` and `dipgraph md` under valgrind: no memory error, and not one byte definitely
# lost outside the documented Graphviz/font-stack allocations of
# tests/valgrind.supp.  Renders the bundled data set to SVG in the
# accreditation view (frames, hubs, grids, legend), the fixture in the
# other views, and the timeline of both in SVG and PNG.
# Skips (exit 0, "SKIP") without valgrind, and when DG_SKIP_VALGRIND is set
# (sanitizer builds: valgrind cannot run them).
set -u
if [ -n "${DG_SKIP_VALGRIND:-}" ]; then
    echo "SKIP: DG_SKIP_VALGRIND is set"
    exit 0
fi
if ! command -v valgrind >/dev/null 2>&1; then
    echo "SKIP: valgrind is not installed"
    exit 0
fi
. "$2/tests/cli/lib.sh" # dg=$1, src=$2, tmp, fail, finish
S=$src/tests/fixtures/render/small.yaml

check() { # NAME STATUS SUBCOMMAND ARGS...: one run under valgrind, exiting STATUS
    local name=$1 want=$2
    shift 2
    valgrind --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
        --error-exitcode=99 --suppressions="$src/tests/valgrind.supp" \
        --log-file="$tmp/$name.log" "$dg" "$@" -o "$tmp/$name.out" 2>"$tmp/$name.err"
    local st=$?
    if [ "$st" != "$want" ]; then
        fail "$name: exit $st (wanted $want) under valgrind: $*"
        grep -E "Invalid|uninitialised|definitely lost in|by 0x|at 0x" "$tmp/$name.log" | head -40
    elif ! grep -q "definitely lost: 0 bytes in 0 blocks" "$tmp/$name.log"; then
        fail "$name: valgrind's summary shows bytes definitely lost"
        grep -A6 "LEAK SUMMARY" "$tmp/$name.log"
    fi
}

check bundled 0 render -T svg
check missions 0 render --view missions --detail cities -T svg "$S"
check relations 0 render --view relations -T svg "$S"
check memberships 0 render --view memberships --depth 2 -T svg "$S"
check png 0 render --view missions -T png "$S"
check unknown-engine 2 render -K nosuch -T svg "$S" # an error path
check timeline 0 timeline -T svg
check timeline-rows 0 timeline --rows relations,missions,memberships,events -T svg "$S"
check timeline-png 0 timeline -T png "$S"
check timeline-vdx 0 timeline -T vdx "$S" # the Visio writer, without its anchors
check timeline-bad 2 timeline -T svg:nosuch "$S" # an error path
# md: three figures in one process, one of inline data, a PNG's SVG twin
cp "$S" "$tmp/small.yaml"
printf '```dipgraph\nrender --view missions small.yaml\n```\n```dipgraph\ntimeline -T png small.yaml\n```\n```dipgraph\nrender --view memberships --no-focus\n---\ndipgraph: 1\ncountries: {AA: {name: Aland}}\norganizations: {O: {name: Org, members: {AA: 1990}}}\n```\n' >"$tmp/doc.md"
check md 0 md --dir "$tmp/figures" "$tmp/doc.md"

finish
