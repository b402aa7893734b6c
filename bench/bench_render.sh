#!/usr/bin/env bash
# bench_render.sh BUILDDIR — how fast `dipgraph render` is, as ratios
# measured in this one run (best of $RUNS runs each; the machine is noisy,
# the ratios of one run are not):
#
#   render -T dot --view missions ÷ yaml_pull
#        on the world-scale data set (bench/gen_world.py --scale 1): the
#        whole cost of reading the data and building the graph, over the
#        bare libyaml event pull of the same file          (target <= 2)
#   render -T svg ÷ dot -Tsvg
#        on the bundled data set, over Graphviz's own dot(1) laying out
#        and drawing the DOT that render exports: our overhead beyond the
#        layout itself                                    (target <= 1.1)
#
# and, for information, the seconds that the world's missions view takes
# to SVG with the defaults, with its focus (BY) and without (--no-focus:
# every sender -> host pair, which the engine rule hands to sfdp).
# Use a Release build (cmake -DCMAKE_BUILD_TYPE=Release).  Installs nothing.
set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start "$@"
if ! command -v dot >/dev/null 2>&1; then
    echo "bench_render.sh: needs Graphviz's dot(1) as the yardstick" >&2
    exit 2
fi
RUNS=${RUNS:-7}

world 1

# Every command must succeed, or we would time an error path.
must "$DIPGRAPH" render -T dot --view missions "$TMP/world1.yaml"
"$DIPGRAPH" render -T dot >"$TMP/bundled.dot"
must dot -Tsvg "$TMP/bundled.dot"
must "$DIPGRAPH" render -T svg

cat "$TMP/world1.yaml" >/dev/null # warm the page cache
pull=$(best_time "$PULL" "$TMP/world1.yaml")
rdot=$(best_time "$DIPGRAPH" render -T dot --view missions "$TMP/world1.yaml")
dotsvg=$(RUNS=$((RUNS * 3)) best_time dot -Tsvg "$TMP/bundled.dot")
rsvg=$(RUNS=$((RUNS * 3)) best_time "$DIPGRAPH" render -T svg)
wfocus=$(RUNS=3 best_time "$DIPGRAPH" render -T svg --view missions "$TMP/world1.yaml")
wall=$(RUNS=3 best_time "$DIPGRAPH" render -T svg --view missions --no-focus "$TMP/world1.yaml")
edges=$("$DIPGRAPH" render -T dot --view missions --no-focus "$TMP/world1.yaml" | grep -c -- ' -> ')

report -v size="$(wc -c <"$TMP/world1.yaml")" -v p="$pull" -v r="$rdot" -v d="$dotsvg" \
    -v s="$rsvg" -v wf="$wfocus" -v wa="$wall" -v e="$edges" '
BEGIN {
    printf "dipgraph render benchmark (best of %d runs; %d for the bundled data)\n", runs, 3 * runs
    printf "  world x1 (%.1f MB): yaml_pull %.3f s   render -T dot --view missions %.3f s\n",
        size / 1e6, p, r
    printf "  bundled data: dot -Tsvg of its DOT %.3f s   render -T svg %.3f s\n", d, s
    printf "  render -T dot --view missions / yaml_pull   %.2f   (target <= 2)    %s\n", r / p,
        verdict(r / p, 2)
    printf "  render -T svg / dot -Tsvg                   %.2f   (target <= 1.1)  %s\n", s / d,
        verdict(s / d, 1.1)
    printf "  world missions view to SVG, defaults: %.2f s with its focus, %.2f s with\n", wf, wa
    printf "  --no-focus (%d sender -> host edges, laid out by sfdp)\n", e
}'
