# shellcheck shell=bash
# bench/lib.sh — what the benchmarks bench/bench_*.sh share. Each is run as
# `bench/bench_NAME.sh BUILDDIR` and starts with
#     set -euo pipefail
#     . "$(dirname "$0")/lib.sh"
#     bench_start "$@"          (or bench_start --no-pull "$@")
#
# It provides:
#   bench_start [--no-pull] BUILDDIR
#                   exits 2 with the usage line unless BUILDDIR holds
#                   dipgraph and (without --no-pull) bench/yaml_pull; sets
#                   BUILD, HERE (this folder), DIPGRAPH, PULL and TMP, a
#                   temporary folder removed when the script exits
#   world SCALE...  writes the world data at each SCALE (gen_world.py; with
#                   HISTORY=F in the environment, format 1.1 data) to
#                   $TMP/worldSCALE.yaml and stops the benchmark unless
#                   each passes `dipgraph check`
#   must CMD...     runs CMD once, its output dropped; a failure stops the
#                   benchmark (we would be timing an error path)
#   best_time CMD...
#                   the least wall time (seconds) of $RUNS runs of CMD, each
#                   as by must
#   best_times CMD... :: CMD... [:: CMD...]
#                   the same for each command, run in turns (one of each
#                   per round); one time a line
#   report AWK_ARGS... PROGRAM
#                   prints the figures: awk with -v runs=$RUNS, where
#                   PROGRAM may call verdict(X, TARGET): "ok" when
#                   X <= TARGET, else "MISSED"

me=$(basename "$0")

bench_start() {
    local pull=yes needs="BUILDDIR/dipgraph and BUILDDIR/bench/yaml_pull"
    if [ "${1:-}" = --no-pull ]; then
        pull=no needs="BUILDDIR/dipgraph"
        shift
    fi
    if [ $# -lt 1 ] || [ ! -x "$1/dipgraph" ] || { [ $pull = yes ] && [ ! -x "$1/bench/yaml_pull" ]; }; then
        echo "usage: $me BUILDDIR   (needs $needs)" >&2
        exit 2
    fi
    BUILD=$(cd "$1" && pwd)
    HERE=$(cd "$(dirname "$0")" && pwd)
    DIPGRAPH=$BUILD/dipgraph
    # shellcheck disable=SC2034 # PULL is for the scripts
    PULL=$BUILD/bench/yaml_pull
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
}

world() {
    local s
    for s in "$@"; do
        # HISTORY=F: format 1.1 data, a fraction F of relations and missions
        # with a history (gen_world.py --history).
        python3 "$HERE/gen_world.py" --scale "$s" ${HISTORY:+--history "$HISTORY"} \
            "$TMP/world$s.yaml"
    done
    # The world data must be valid, or we would time the error path.
    for s in "$@"; do
        if ! "$DIPGRAPH" check "$TMP/world$s.yaml" >/dev/null 2>"$TMP/err"; then
            echo "$me: world$s.yaml does not pass dipgraph check:" >&2
            head -5 "$TMP/err" >&2
            exit 1
        fi
    done
}

must() {
    if ! "$@" >/dev/null 2>"$TMP/err"; then
        echo "$me: failed: $*" >&2
        head -5 "$TMP/err" >&2
        exit 1
    fi
}

best_time() {
    local best="" t0 t1 dt
    for _ in $(seq "$RUNS"); do
        t0=$EPOCHREALTIME
        must "$@"
        t1=$EPOCHREALTIME
        dt=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
        if [ -z "$best" ] || awk -v x="$dt" -v y="$best" 'BEGIN { exit !(x < y) }'; then
            best=$dt
        fi
    done
    echo "$best"
}

# best_times CMD... :: CMD... [:: CMD...]: best_time of each command, but
# run in turns, one of each per round, so that a burst of load on the
# machine falls on all of them alike rather than on one; prints one time a
# line, in the order given.
best_times() {
    local -a cmds=() best=()
    local cur="" a i t0 t1 dt
    for a in "$@"; do
        if [ "$a" = "::" ]; then
            cmds+=("$cur")
            cur=""
        else
            cur+="$(printf '%q ' "$a")"
        fi
    done
    cmds+=("$cur")
    for _ in $(seq "$RUNS"); do
        for i in "${!cmds[@]}"; do
            t0=$EPOCHREALTIME
            eval "must ${cmds[i]}"
            t1=$EPOCHREALTIME
            dt=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
            if [ -z "${best[i]:-}" ] || awk -v x="$dt" -v y="${best[i]}" 'BEGIN { exit !(x < y) }'; then
                best[i]=$dt
            fi
        done
    done
    printf '%s\n' "${best[@]}"
}

report() {
    local program=${!#}
    awk -v runs="$RUNS" "${@:1:$#-1}" '
function verdict(x, target) { return x <= target ? "ok" : "MISSED" }
'"$program"
}
