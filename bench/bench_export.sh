#!/usr/bin/env bash
# bench_export.sh BUILDDIR — how fast `dipgraph export` is.
#
# Generates world data at scale 1 (bench/gen_world.py, ~4 MB) into a
# temporary folder and prints, all measured in this one run (best of $RUNS
# runs each), the time of each export over the bare libyaml event pull of
# the same file (BUILDDIR/bench/yaml_pull):
#   export -T json ÷ yaml_pull                        (target <= 2.5)
#   export -T graphml, -T csv -o DIR/, -T json -o FILE  (for information;
#   -o FILE includes the fsync of the atomic write)
# Ratios, not seconds: the machine is noisy, the ratios of one run are not.
# Use a Release build (cmake -DCMAKE_BUILD_TYPE=Release).  Installs nothing.
set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start "$@"
RUNS=${RUNS:-7}
SCALE=${SCALE:-1}
W=$TMP/world.yaml

python3 "$HERE/gen_world.py" --scale "$SCALE" "$W"
# The world data must be valid and export, or we would time the error path.
if ! "$DIPGRAPH" export -T json "$W" >"$TMP/world.json" 2>"$TMP/err"; then
    echo "bench_export.sh: the world data does not export:" >&2
    head -5 "$TMP/err" >&2
    exit 1
fi

size=$(wc -c <"$W")
jsize=$(wc -c <"$TMP/world.json")
mkdir -p "$TMP/csv"
cat "$W" >/dev/null # warm the page cache
pull=$(best_time "$PULL" "$W")
json=$(best_time "$DIPGRAPH" export -T json "$W")
graphml=$(best_time "$DIPGRAPH" export -T graphml "$W")
csv=$(best_time "$DIPGRAPH" export -T csv -o "$TMP/csv/" "$W")
jfile=$(best_time "$DIPGRAPH" export -T json -o "$TMP/out.json" "$W")
check=$(best_time "$DIPGRAPH" check "$W")

report -v s="$size" -v js="$jsize" -v p="$pull" -v j="$json" -v g="$graphml" -v c="$csv" \
    -v jf="$jfile" -v ck="$check" -v scale="$SCALE" '
BEGIN {
    printf "dipgraph export benchmark (best of %d runs)\n", runs
    printf "  world x%s: %.1f MB of YAML, %.1f MB of JSON\n", scale, s / 1e6, js / 1e6
    printf "  yaml_pull %.3f s   check %.3f s   export json %.3f s\n", p, ck, j
    r = j / p
    printf "  export -T json / yaml_pull       %.2f   (target <= 2.5)  %s\n", r, verdict(r, 2.5)
    printf "  export -T json / check           %.2f   (loading and writing over loading)\n", j / ck
    printf "  export -T graphml / yaml_pull    %.2f\n", g / p
    printf "  export -T csv -o DIR/ / yaml_pull %.2f   (7 files, each fsync-ed)\n", c / p
    printf "  export -T json -o FILE / yaml_pull %.2f (with fsync)\n", jf / p
}'
