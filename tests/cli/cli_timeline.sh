#!/usr/bin/env bash
# cli_timeline.sh DIPGRAPH SOURCE_DIR — `dipgraph timeline` from the command
# line: every format (SVG checked by xmllint when present), -T from -o,
# the bundled data set, determinism (run to run, reordered input, reordered
# options), hostile strings, atomic output, refusing to overwrite an input,
# and the exit statuses (more in tests/cli/transcripts/).
set -u
. "$2/tests/cli/lib.sh" # dg=$1, src=$2, tmp, fail, expect, has, ..., finish
fx=$src/tests/fixtures/timeline
B=$fx/basic.yaml
R=$fx/basic-reordered.yaml
H=$fx/hostile.yaml
export SOURCE_DATE_EPOCH=1700000000 # "today" is 2023-11-14

# ---- formats ----
expect 0 "$dg" timeline --rows all "$B"
cp "$tmp/out" "$tmp/stdout.svg"
magic "$tmp/stdout.svg" "<?xml"
xml_ok "$tmp/stdout.svg"
has "$tmp/stdout.svg" ">Timeline fixture</text>"
has "$tmp/stdout.svg" ">Relations of Lithuania</text>"
has "$tmp/stdout.svg" "today (2023&#45;11&#45;14)"
lacks "$tmp/stdout.svg" "href"

for f in svg png pdf dot ps json; do
    expect 0 "$dg" timeline --rows all -o "$tmp/chart.$f" "$B"
    [ -s "$tmp/chart.$f" ] || fail "-o chart.$f is empty"
    [ -s "$tmp/out" ] && fail "-o chart.$f also wrote to stdout"
done
magic "$tmp/chart.svg" "<?xml"
magic "$tmp/chart.png" $'\x89PNG'
magic "$tmp/chart.pdf" "%PDF"
magic "$tmp/chart.dot" "graph timeline {"
magic "$tmp/chart.ps" "%!PS"
cmp -s "$tmp/chart.svg" "$tmp/stdout.svg" || fail "-o chart.svg differs from stdout"
xml_ok "$tmp/chart.svg"
expect 0 "$dg" timeline -T png --rows all -o "$tmp/chart.svg" "$B" # -T wins over the extension
magic "$tmp/chart.svg" $'\x89PNG'
expect 0 "$dg" timeline -o "$tmp/noext" "$B" # no extension: SVG
magic "$tmp/noext" "<?xml"

# ---- the bundled data set: Belarus's memberships and events ----
expect 0 "$dg" timeline --from 1991
has "$tmp/out" ">Memberships of Belarus</text>"
has "$tmp/out" ">Events involving Belarus</text>"
has "$tmp/out" "Belarus: memberships and events · 1991–2023"
xml_ok "$tmp/out"
expect 0 "$dg" timeline --rows relations,missions -T png -o "$tmp/by.png"
magic "$tmp/by.png" $'\x89PNG'

# ---- determinism ----
for opts in "--rows all" "--rows events,missions --from 1995 --to 2005" "--focus LV" "--focus ''" "--no-focus --rows all"; do
    eval "set -- $opts"
    expect 0 "$dg" timeline "$@" -o "$tmp/a.svg" "$B"
    expect 0 "$dg" timeline "$@" -o "$tmp/b.svg" "$B"
    expect 0 "$dg" timeline "$@" -o "$tmp/c.svg" "$R"
    cmp -s "$tmp/a.svg" "$tmp/b.svg" || fail "$opts: differs run to run"
    cmp -s "$tmp/a.svg" "$tmp/c.svg" || fail "$opts: differs on reordered input"
done
expect 0 "$dg" timeline --rows all -T png -o "$tmp/a.png" "$B"
expect 0 "$dg" timeline -T png --rows all -o "$tmp/b.png" "$R"
cmp -s "$tmp/a.png" "$tmp/b.png" || fail "png differs on reordered input and options"
# Today moves with SOURCE_DATE_EPOCH, and so does the chart.
SOURCE_DATE_EPOCH=1262304000 "$dg" timeline --rows memberships -o "$tmp/t2010.svg" "$B" ||
    fail "SOURCE_DATE_EPOCH=2010"
has "$tmp/t2010.svg" "today (2010&#45;01&#45;01)"

# ---- hostile strings ----
expect 0 "$dg" timeline --rows all -o "$tmp/h.svg" "$H"
xml_ok "$tmp/h.svg"
lacks "$tmp/h.svg" "<script"
lacks "$tmp/h.svg" "href=\""
lacks "$tmp/h.svg" "<b>"
has "$tmp/h.svg" "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"
has "$tmp/h.svg" 'javascript:alert(2) \N \E \T \H \L \G \n</text>'
expect 0 "$dg" timeline --rows all -T png -o "$tmp/h.png" "$H"
expect 0 "$dg" timeline --rows all -T pdf -o "$tmp/h.pdf" "$H"
expect 0 "$dg" timeline --rows all --title '<b>&amp; \N "x"' -o "$tmp/t.svg" "$B"
has "$tmp/t.svg" '&lt;b&gt;&amp;amp; \N &quot;x&quot;</text>'
xml_ok "$tmp/t.svg"

# ---- output files: whole or not at all, never an input ----
echo "earlier" >"$tmp/keep.svg"
expect 1 "$dg" timeline --focus NOSUCH -o "$tmp/keep.svg" "$B"
[ "$(cat "$tmp/keep.svg")" = "earlier" ] || fail "a failed run touched the output"
expect 2 "$dg" timeline -T nonesuch -o "$tmp/keep.svg" "$B"
[ "$(cat "$tmp/keep.svg")" = "earlier" ] || fail "a bad format touched the output"
cp "$B" "$tmp/input.yaml"
expect 2 "$dg" timeline -T svg -o "$tmp/input.yaml" "$tmp/input.yaml"
has "$tmp/err" "refusing to overwrite the input file"
cmp -s "$B" "$tmp/input.yaml" || fail "the input was overwritten"
expect 3 "$dg" timeline -o "$tmp/no/such/dir/x.svg" "$B"
expect 3 "$dg" timeline -T svg -o "$tmp" "$B"
[ "$(temps "$tmp")" = 0 ] || fail "a temporary file was left behind"
if [ -w /dev/full ]; then
    expect 3 "$dg" timeline -o /dev/full "$B"
fi

# ---- exit statuses ----
expect 1 "$dg" timeline "$src/tests/fixtures/timeline/nonexistent.yaml"
printf 'events:\n  - {date: 1992-02-30, kind: visit, title: x, actors: [FR]}\n' >"$tmp/bad.yaml"
expect 1 "$dg" timeline -o "$tmp/never.svg" "$tmp/bad.yaml"
[ -e "$tmp/never.svg" ] && fail "an output was written from a data set with errors"
expect 2 "$dg" timeline --from 'January 1992' "$B"
expect 2 "$dg" timeline --to 1992-02-30 "$B"
expect 2 "$dg" timeline --nonsense "$B"
expect 2 "$dg" timeline -T x11 "$B"
expect 0 "$dg" timeline --from 1995-06 --to 1995-06 "$B" # one month
# (--focus that names nothing, --rows, --from after --to, help: in
# tests/cli/transcripts/.)
# Standard input as the data set.
"$dg" timeline --rows all - <"$B" >"$tmp/stdin.svg" 2>"$tmp/err" || fail "timeline -: $(cat "$tmp/err")"
cmp -s "$tmp/stdin.svg" "$tmp/stdout.svg" || fail "timeline - differs from the file"

finish
