#!/usr/bin/env bash
# bench_batch.sh BUILDDIR — what `dipgraph batch` saves: 12 figures of the
# bundled data set (each of the six views as DOT and as SVG, the mix of a
# documentation pipeline) drawn by one `dipgraph batch` of a manifest,
# over the same 12 figures drawn by 12 `dipgraph render` runs, one after
# the other. The two are run in turns (one of each per round), best of
# $RUNS, so that a burst of load on the shared machine falls on both:
#
#   batch ÷ 12 renders                                        (target <= 0.7)
#
# and, for information, batch -j 2 (two processes forked after loading)
# over the same 12 renders. Every figure batch writes is compared with
# the one render writes first: a benchmark of different bytes would be
# no benchmark. Use a Release build. Installs nothing.
set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start --no-pull "$@"
RUNS=${RUNS:-7}

views=("--view accreditation" "--view missions" "--view missions --detail cities"
       "--view relations" "--view memberships" "--view memberships --depth 2")
mkdir -p "$TMP/single" "$TMP/batch"
manifest=$TMP/batch/figures.yaml
singles=$TMP/single/render.sh
: >"$manifest"
echo "set -e" >"$singles"
for i in "${!views[@]}"; do
    for ext in dot svg; do
        # shellcheck disable=SC2086 # the view's words are meant to split
        printf -- '- {cmd: render, args: [%s], out: fig%d.%s}\n' \
            "$(echo ${views[i]} | sed 's/ /, /g')" "$i" "$ext" >>"$manifest"
        echo "\"$DIPGRAPH\" render ${views[i]} -o \"$TMP/single/fig$i.$ext\"" >>"$singles"
    done
done

# Both must succeed and agree, or we would time an error path.
must bash "$singles"
must "$DIPGRAPH" batch "$manifest"
for f in "$TMP"/single/fig*; do
    if ! cmp -s "$f" "$TMP/batch/$(basename "$f")"; then
        echo "$me: batch's $(basename "$f") differs from render's" >&2
        exit 1
    fi
done

mapfile -t t < <(best_times bash "$singles" :: "$DIPGRAPH" batch "$manifest" :: \
    "$DIPGRAPH" batch -j 2 "$manifest")

report -v s="${t[0]}" -v b="${t[1]}" -v j="${t[2]}" '
BEGIN {
    printf "dipgraph batch benchmark: 12 figures of the bundled data (6 views, DOT and SVG),\n"
    printf "best of %d runs each, run in turns\n", runs
    printf "  12 x dipgraph render  %.3f s\n", s
    printf "  dipgraph batch        %.3f s\n", b
    printf "  dipgraph batch -j 2   %.3f s\n", j
    printf "  batch / 12 renders       %.2f   (target <= 0.7)   %s\n", b / s, verdict(b / s, 0.7)
    printf "  batch -j 2 / 12 renders  %.2f   (for information)\n", j / s
}'
