#!/usr/bin/env bash
# One-stop set-up for a fresh Debian 12 machine (run as root, or with sudo
# available): installs what is missing, builds, then
#   .ci/setup.sh run    checks the bundled data set and renders its pictures
#   .ci/setup.sh test   runs the whole test suite: unit, CLI and install
#                       tests, the suite again under ASan+UBSan, and a short
#                       run of every fuzz target
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
jobs=$(nproc 2>/dev/null || echo 2)

# The fonts are the ones the committed gallery was drawn with (Helvetica is
# matched by Liberation Sans): without them text is measured differently.
packages=(build-essential cmake pkg-config libgraphviz-dev graphviz libyaml-dev check
          iso-codes gettext libxml2-utils fonts-liberation2 fonts-dejavu-core)
[ "$mode" = test ] && packages+=(python3 python3-networkx clang libclang-rt-14-dev valgrind
                                 libsubunit-dev binutils chromium)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "== installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

build() { # build DIR [cmake args...]
    local dir=$1
    shift
    cmake -S . -B "$dir" "$@" >/dev/null
    cmake --build "$dir" -j"$jobs"
}

run_main() {
    build build -DCMAKE_BUILD_TYPE=Release
    ./build/dipgraph check --strict
    ./build/dipgraph render -o build/belarus-accreditation.svg
    ./build/dipgraph render -o build/belarus-accreditation.png
    ./build/dipgraph timeline -o build/belarus-timeline.svg
    ./build/dipgraph stats
    echo "== pictures: build/belarus-accreditation.svg, build/belarus-accreditation.png," \
         "build/belarus-timeline.svg"
}

passed=0
failed=0
# ctest_counted DIR: run the suite, add its counts to the totals.
ctest_counted() {
    local log
    log=$(mktemp)
    local status=0
    ctest --test-dir "$1" --output-on-failure -j"$jobs" 2>&1 | tee "$log" || status=1
    local line
    line=$(grep -E "tests passed, [0-9]+ tests failed out of [0-9]+" "$log" | tail -1)
    rm -f "$log"
    if [ -n "$line" ]; then
        local total fail
        total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
        fail=$(sed -E 's/.*passed, ([0-9]+) tests failed.*/\1/' <<<"$line")
        passed=$((passed + total - fail))
        failed=$((failed + fail))
    fi
    return $status
}

# fuzz_one NAME: run build-fuzz/tests/NAME over its corpus folders (each
# target's header says which), with the dictionary when there is one.
fuzz_one() {
    local name=$1 corpora=() dict=()
    case $name in
    fuzz_load) corpora=(tests/fuzz/corpus tests/fixtures/valid tests/fixtures/invalid)
               dict=(-dict=tests/fuzz/dipgraph.dict) ;;
    *) local d=tests/fuzz/corpus-${name#fuzz_}
       [ -d "$d" ] && corpora=("$d")
       [ -f "tests/fuzz/${name#fuzz_}.dict" ] && dict=(-dict="tests/fuzz/${name#fuzz_}.dict") ;;
    esac
    mkdir -p "build-fuzz/corpus-$name"
    echo "-- $name"
    ASAN_OPTIONS=detect_leaks=1 \
        LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
        "./build-fuzz/tests/$name" -max_total_time="${DG_FUZZ_SECONDS:-60}" -max_len=65536 \
        "${dict[@]}" -print_final_stats=1 "build-fuzz/corpus-$name" "${corpora[@]}"
}

run_tests() {
    echo "== build and test"
    build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    ctest_counted build

    echo "== the suite under AddressSanitizer and UndefinedBehaviorSanitizer"
    build build-asan -DCMAKE_BUILD_TYPE=Debug -DDG_SANITIZE=ON
    # Valgrind cannot run sanitized binaries; LeakSanitizer gets the same
    # documented third-party suppressions valgrind has.
    DG_SKIP_VALGRIND=1 ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
        ctest_counted build-asan

    echo "== fuzzing every input parser for ${DG_FUZZ_SECONDS:-60} s each"
    CC=clang build build-fuzz -DCMAKE_BUILD_TYPE=Debug -DDG_FUZZ=ON -DDG_TESTS=ON
    local target
    for target in build-fuzz/tests/fuzz_*; do
        [ -x "$target" ] || continue
        fuzz_one "$(basename "$target")"
        passed=$((passed + 1)) # a fuzz run stops the script if it finds a crash
    done

    echo "== all: the suite, the suite under sanitizers, the fuzz runs"
    echo "$passed passed, $failed failed"
}

install_missing
case "$mode" in
run) run_main ;;
test) run_tests ;;
*) echo "usage: .ci/setup.sh run|test" >&2; exit 2 ;;
esac
