#!/usr/bin/env bash
# bench_timeline.sh BUILDDIR — how `dipgraph timeline` scales with its input.
#
# Writes world data at scale 1 and 4 (bench/gen_world.py: ~10k and ~40k
# events) into a temporary folder and times, best of $RUNS runs each, the
# events timeline of every country (no focus) as SVG and as PNG.  Prints,
# all measured in this one run:
#   timeline x4 / timeline x1   linear in the records?        (target <= 4.4)
#   timeline / check            the chart's cost over loading  (for information)
# Ratios, not seconds: the machine is noisy, the ratios of one run are not.
# Use a Release build (cmake -DCMAKE_BUILD_TYPE=Release).  Installs nothing.
set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start --no-pull "$@"
RUNS=${RUNS:-5}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}

world 1 4

timeline() { # SCALE FORMAT
    "$DIPGRAPH" timeline --no-focus --rows events -T "$2" -o "$TMP/out$1.$2" "$TMP/world$1.yaml"
}

cat "$TMP/world1.yaml" "$TMP/world4.yaml" >/dev/null
check1=$(best_time "$DIPGRAPH" check "$TMP/world1.yaml")
check4=$(best_time "$DIPGRAPH" check "$TMP/world4.yaml")
svg1=$(best_time timeline 1 svg)
svg4=$(best_time timeline 4 svg)
png1=$(best_time timeline 1 png)
png4=$(best_time timeline 4 png)
events1=$(grep -c '^  - date:' "$TMP/world1.yaml" || true)
events4=$(grep -c '^  - date:' "$TMP/world4.yaml" || true)
nodes1=$(grep -c 'class="node"' "$TMP/out1.svg" || true)
nodes4=$(grep -c 'class="node"' "$TMP/out4.svg" || true)

report -v c1="$check1" -v c4="$check4" -v s1="$svg1" -v s4="$svg4" -v p1="$png1" -v p4="$png4" \
    -v e1="$events1" -v e4="$events4" -v n1="$nodes1" -v n4="$nodes4" '
BEGIN {
    printf "dipgraph timeline benchmark: events of every country (best of %d runs)\n", runs
    printf "  world x1: %6d events   check %.3f s   timeline svg %.3f s   png %.3f s   %d nodes drawn\n",
        e1, c1, s1, p1, n1
    printf "  world x4: %6d events   check %.3f s   timeline svg %.3f s   png %.3f s   %d nodes drawn\n",
        e4, c4, s4, p4, n4
    a = s4 / s1; b = p4 / p1
    printf "  timeline x4 / x1       svg %.2f   png %.2f   (target <= 4.4)  %s\n", a, b,
        verdict(a > b ? a : b, 4.4)
    printf "  timeline / check       x1 svg %.2f  png %.2f   x4 svg %.2f  png %.2f\n",
        s1 / c1, p1 / c1, s4 / c4, p4 / c4
}'
