#!/usr/bin/env bash
# bench_import.sh BUILDDIR [TABLE] — the real world data set: Wikidata's
# database of embassies (9,852 rows), imported and drawn.  TABLE defaults
# to ../shared/data/database_of_embassies-2022-11-16.csv beside the source
# folder (the project never commits a copy); without it the benchmark says
# so and exits 0.  As ratios measured in this one run, best of $RUNS,
# the commands in turns:
#
#   import wikidata ÷ check of its output                   (target <= 2)
#
# and the seconds each view and the timeline of the imported world take
# to SVG, with the focus BY                          (target <= 3 s each)
set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start --no-pull "$1"
RUNS=${RUNS:-5}
table=${2:-$HERE/../../shared/data/database_of_embassies-2022-11-16.csv}
if [ ! -f "$table" ]; then
    echo "$me: no table at $table: nothing measured"
    exit 0
fi

W=$TMP/world-wd.yaml
"$DIPGRAPH" import wikidata -o "$W" --report "$TMP/report" "$table"
must "$DIPGRAPH" check --strict "$W"
echo "imported: $("$DIPGRAPH" check "$W" 2>&1 | sed 's/^[^:]*: //')"

mapfile -t t < <(best_times "$DIPGRAPH" import wikidata -o "$TMP/again.yaml" --report "$TMP/r2" "$table" \
    :: "$DIPGRAPH" check "$W")
cmp -s "$W" "$TMP/again.yaml" || { echo "$me: the import is not deterministic" >&2; exit 1; }

views=(accreditation missions relations memberships)
args=()
for v in "${views[@]}"; do
    args+=("$DIPGRAPH" render --view "$v" --focus BY -T svg "$W" ::)
done
args+=("$DIPGRAPH" timeline --focus BY --rows missions,relations,memberships -T svg "$W")
mapfile -t r < <(RUNS=3 best_times "${args[@]}")

report -v imp="${t[0]}" -v chk="${t[1]}" -v views="${views[*]}" -v times="${r[*]}" '
BEGIN {
    printf "import wikidata %.3f s, check of its output %.3f s\n", imp, chk
    printf "import ÷ check        %5.2f  (target <= 2)    %s\n", imp / chk, verdict(imp / chk, 2)
    n = split(views, v, " "); split(times, s, " ")
    v[n + 1] = "timeline"
    for (i = 1; i <= n + 1; i++)
        printf "%-14s %6.2f s  (target <= 3 s)  %s\n", v[i], s[i], verdict(s[i], 3)
}'
