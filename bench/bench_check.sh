#!/usr/bin/env bash
# bench_check.sh BUILDDIR — how fast and how lean `dipgraph check` is.
#
# Generates world data at scale 1 and 4 (bench/gen_world.py) into a temporary
# folder and prints, all measured in this one run (best of $RUNS runs each):
#   check ÷ yaml_pull      time of `dipgraph check` over the bare libyaml event
#                          pull of the same file            (target <= 1.3)
#   check 4x ÷ check 1x    how check scales with the input  (target <= 4.4)
#   peak RSS ÷ file size   of `dipgraph check`              (target <= 8)
# Ratios, not seconds: the machine is noisy, the ratios of one run are not.
# Use a Release build (cmake -DCMAKE_BUILD_TYPE=Release).  Installs nothing.
set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start "$@"
RUNS=${RUNS:-7}

world 1 4

# peak_kb CMD... : the peak resident set of one run, in KiB.
peak_kb() {
    if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then
        /usr/bin/time -f %M -o "$TMP/rss" "$@" >/dev/null 2>&1
        tail -1 "$TMP/rss"
    else
        # No GNU time: the kernel's count of the child's peak (ru_maxrss, KiB).
        python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
    fi
}

size1=$(wc -c <"$TMP/world1.yaml")
size4=$(wc -c <"$TMP/world4.yaml")

# Warm the page cache once; then the pull and check of each file run in
# turns, so that a burst of load on the machine falls on both alike.
cat "$TMP/world1.yaml" "$TMP/world4.yaml" >/dev/null
{ read -r pull1; read -r check1; } < <(best_times "$PULL" "$TMP/world1.yaml" :: \
    "$DIPGRAPH" check "$TMP/world1.yaml")
{ read -r pull4; read -r check4; } < <(best_times "$PULL" "$TMP/world4.yaml" :: \
    "$DIPGRAPH" check "$TMP/world4.yaml")
rss1=$(peak_kb "$DIPGRAPH" check "$TMP/world1.yaml")
rss4=$(peak_kb "$DIPGRAPH" check "$TMP/world4.yaml")

report -v s1="$size1" -v s4="$size4" -v p1="$pull1" -v c1="$check1" -v p4="$pull4" \
    -v c4="$check4" -v r1="$rss1" -v r4="$rss4" '
BEGIN {
    printf "dipgraph check benchmark (best of %d runs)\n", runs
    printf "  world x1: %.1f MB   yaml_pull %.3f s   check %.3f s   peak RSS %.1f MB\n",
        s1 / 1e6, p1, c1, r1 / 1024
    printf "  world x4: %.1f MB   yaml_pull %.3f s   check %.3f s   peak RSS %.1f MB\n",
        s4 / 1e6, p4, c4, r4 / 1024
    a = c1 / p1; b = c4 / p4; c = c4 / c1; d = r1 * 1024 / s1; e = r4 * 1024 / s4
    printf "  check / yaml_pull      x1 %.2f   x4 %.2f   (target <= 1.3)  %s\n", a, b,
        verdict(a > b ? a : b, 1.3)
    printf "  check x4 / check x1    %.2f             (target <= 4.4)  %s\n", c, verdict(c, 4.4)
    printf "  peak RSS / file size   x1 %.2f   x4 %.2f   (target <= 8)    %s\n", d, e,
        verdict(d > e ? d : e, 8)
}'
