#!/usr/bin/env bash
# cli_batch.sh DIPGRAPH SOURCE_DIR — `dipgraph batch`: a YAML manifest of
# figures, each data set loaded once, the bytes of one render per figure,
# -j, errors with MANIFEST:LINE:COL, and -M's Make dependencies driving a
# real make.
set -u
. "$2/tests/cli/lib.sh" # dg, src, tmp, fail, expect, has, lacks, finish
export SOURCE_DATE_EPOCH=1700000000 # the timeline's "today"
dg=$(cd "$(dirname "$dg")" && pwd)/$(basename "$dg") # the tests run in $tmp
src=$(cd "$src" && pwd)
cd "$tmp" || exit 1
mkdir -p figs/data
# A data set with one warning (a source nobody cites): loaded once, it is
# said once, however many figures draw it.
sed 's/^sources:$/sources:\n  unused: {title: Cited by nobody}/' \
    "$src/examples/organization-over-time.yaml" >figs/data/league.yaml
cp "$src/examples/accreditation-nutshell.yaml" figs/data/nutshell.yaml
printf 'dipgraph: 1\ncountries:\n  Zembla: {name: Zembla}\n' >figs/data/zembla.yaml

cat >figs/figures.yaml <<'EOF'
# The figures of a small report: paths are relative to this file.
- {cmd: render, args: [--view, missions], out: out/missions.svg}
- {cmd: render, args: [-T, dot], out: out/accreditation.dot}
- {cmd: render, args: [--view, relations, -T, svg], out: out/relations.image}
- cmd: timeline
  args: [--rows, "memberships,events", --from, "1991", --title, "Belarus: 1991 on"]
  out: out/timeline.svg
- {cmd: render, args: [--view, memberships, --no-focus, --at, "1960", data/league.yaml], out: out/league-1960.svg}
- {cmd: render, args: [--view, memberships, --no-focus, data/league.yaml], out: out/league.png}
- {cmd: render, args: [--view, missions, --detail, cities, data/nutshell.yaml, data/zembla.yaml], out: out/both.svg}
- {cmd: timeline, args: [--no-focus, data/league.yaml], out: out/league-timeline.svg}
EOF

expect 0 "$dg" batch -M figs/figures.d figs/figures.yaml
[ "$(grep -c 'source .unused. is never cited' "$tmp/err")" = 1 ] ||
    fail "the league's data set was not loaded once: $(cat "$tmp/err")"
[ "$(ls figs/out | wc -l)" = 8 ] || fail "not 8 figures: $(ls figs/out)"

# Each figure is the bytes of one `dipgraph CMD ARGS -o OUT`, run from the
# manifest's folder.
same() { # same OUT CMD ARGS...
    local out=$1
    shift
    (cd figs && "$dg" "$@" -o "single.${out##*.}" 2>/dev/null) || fail "single run failed: $*"
    cmp -s "figs/out/$out" "figs/single.${out##*.}" || fail "batch's $out differs from: $*"
}
same missions.svg render --view missions
same accreditation.dot render -T dot
same timeline.svg timeline --rows memberships,events --from 1991 --title "Belarus: 1991 on"
same league-1960.svg render --view memberships --no-focus --at 1960 data/league.yaml
same league.png render --view memberships --no-focus data/league.yaml
same both.svg render --view missions --detail cities data/nutshell.yaml data/zembla.yaml
same league-timeline.svg timeline --no-focus data/league.yaml
(cd figs && "$dg" render --view relations -T svg -o single.image)
cmp -s figs/out/relations.image figs/single.image || fail "-T with an unknown extension"
magic figs/out/league.png $'\x89PNG'

# -j 2: the same bytes.
mkdir -p par
cp -r figs/data figs/figures.yaml par/
expect 0 "$dg" batch -j 2 par/figures.yaml
for f in figs/out/*; do
    cmp -s "$f" "par/out/$(basename "$f")" || fail "-j 2 drew $(basename "$f") differently"
done
expect 2 "$dg" batch -j 0 par/figures.yaml
has "$tmp/err" "-j: '0' is not a number of processes"

# The depfile: each output, its data files and the manifest; an empty rule
# for each data file.
has figs/figures.d 'figs/out/league.png: figs/data/league.yaml figs/figures.yaml'
has figs/figures.d 'figs/out/both.svg: figs/data/nutshell.yaml figs/data/zembla.yaml figs/figures.yaml'
has figs/figures.d 'figs/data/nutshell.yaml:'
grep -q '^figs/out/missions.svg: .*/belarus.yaml figs/figures.yaml$' figs/figures.d ||
    fail "the bundled data set is not a dependency: $(head -2 figs/figures.d)"

# ... and make uses it: touching a data file makes its figures stale.
cat >Makefile <<EOF
figures := \$(addprefix figs/out/,missions.svg accreditation.dot relations.image timeline.svg \\
    league-1960.svg league.png both.svg league-timeline.svg)
all: \$(figures)
\$(figures) &: figs/figures.yaml
	"$dg" batch -M figs/figures.d figs/figures.yaml
-include figs/figures.d
EOF
make -s >make.log 2>&1 || fail "make failed: $(cat make.log)"
make -q || fail "make -q: the figures are stale right after make"
sleep 1 # mtimes must differ
touch figs/data/nutshell.yaml
make -q && fail "make -q: touching a data file did not make its figure stale"
make -s >make.log 2>&1 || fail "make failed: $(cat make.log)"
make -q || fail "make -q: still stale after make"
sleep 1
touch figs/figures.yaml
make -q && fail "make -q: touching the manifest did not make the figures stale"
make -s >make.log 2>&1 || fail "make failed: $(cat make.log)"
rm figs/data/nutshell.yaml # the empty rule: make goes on, and the batch says why
make -s >make.log 2>&1 && fail "make succeeded without a data file"
has make.log 'nutshell.yaml'
lacks make.log 'No rule to make target'

# Errors name MANIFEST:LINE:COL, and nothing is drawn when one entry is
# bad or a data set has errors.
mkdir -p bad
printf -- '- {cmd: render, out: a.svg}\n- {cmd: rendr, out: b.svg}\n- {cmd: render, args: [--veiw, x], out: c.svg}\n' >bad/m.yaml
expect 2 "$dg" batch bad/m.yaml
has "$tmp/err" "bad/m.yaml:2:3: error: a figure is drawn by render or timeline, not 'rendr' (did you mean 'render'?)"
has "$tmp/err" "bad/m.yaml:3:3: dipgraph render: unknown option '--veiw'"
[ -e bad/a.svg ] && fail "a bad manifest still drew its good entry"
bad() { # bad STATUS MESSAGE MANIFEST-TEXT
    printf -- '%s' "$3" >bad/m.yaml
    expect "$1" "$dg" batch bad/m.yaml
    [ -z "$2" ] || has "$tmp/err" "$2"
}
bad 2 "bad/m.yaml:1:29: error: unknown key 'colour'" '- {cmd: render, out: a.svg, colour: red}'
bad 2 'bad/m.yaml:1:3: error: this figure has no out' '- {cmd: render}'
bad 2 'bad/m.yaml:1:22: error: out is a string' '- {cmd: render, out: [a.svg]}'
bad 2 'bad/m.yaml:1:1: error: a manifest is a list of figures' 'cmd: render'
bad 2 'bad/m.yaml:1:1: error: the manifest is empty' ''
bad 2 'bad/m.yaml:2:3: error: a manifest has no aliases' $'- &a {cmd: render, out: a.svg}\n- *a\n'
bad 2 'bad/m.yaml:2:1: error: did not find expected' $'- {cmd: render, out: a.svg\n'
bad 2 "bad/m.yaml:2:3: error: out: 'a.svg' is written by the entry of line 1 too" \
    $'- {cmd: render, out: a.svg}\n- {cmd: timeline, out: a.svg}\n'
bad 2 "-o: an entry's figure goes to its out:" '- {cmd: render, args: [-o, x.svg], out: a.svg}'
bad 2 'bad/m.yaml:1:3: dipgraph batch: refusing to overwrite the input file bad/m.yaml' \
    '- {cmd: render, args: [-T, svg], out: m.yaml}'
bad 1 'bad/m.yaml:1:3: error: the data of this figure has errors' \
    '- {cmd: render, args: [missing.yaml], out: a.svg}'
[ -e bad/a.svg ] && fail "a failed batch wrote a figure"
bad 0 '' '[]'

finish
