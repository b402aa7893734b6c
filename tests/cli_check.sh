#!/usr/bin/env bash
# cli_check.sh DIPGRAPH SOURCE_DIR — `dipgraph check` as a user runs it:
# exit codes 0/1/2, messages on stderr, the bundled data set, stdin,
# --strict, help and version, the cap of 100 messages.
set -u
DG=$1
SRC=$2
FX=$SRC/tests/fixtures
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# run EXPECTED_STATUS ARGS... : runs the tool, keeps stdout/stderr in $TMP.
run() {
    local want=$1
    shift
    "$DG" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
    local got=$?
    if [ "$got" -eq "$want" ]; then ok; else bad "dipgraph $* exited $got, want $want"; sed 's/^/  | /' "$TMP/err" | head -5; fi
}
# has FILE TEXT : FILE (out or err) contains TEXT
has() { if grep -qF -- "$2" "$TMP/$1"; then ok; else bad "std$1 lacks '$2'"; sed 's/^/  | /' "$TMP/$1" | head -5; fi; }
empty() { if [ ! -s "$TMP/$1" ]; then ok; else bad "std$1 should be empty"; sed 's/^/  | /' "$TMP/$1" | head -5; fi; }

# --- the bundled data set -------------------------------------------------
run 0 check --strict
has out "belarus.yaml: "
has out "; 0 errors, 0 warnings"
empty err
run 0 check "$SRC/data/belarus.yaml"
has out "0 errors, 0 warnings"

# --- valid fixtures, several at once ----------------------------------------
run 0 check --strict "$FX/valid/full.yaml"
has out "full.yaml: 31 countries, 8 organizations, 25 memberships, 7 relations, 15 missions, 4 accreditations, 14 events, 4 sources; 0 errors, 0 warnings"
run 0 check "$FX/merge/base.yaml" "$FX/merge/refs.yaml"
has out "base.yaml, "
# options may follow files
run 0 check "$FX/valid/empty.yaml" --strict

# --- errors: exit 1, FILE:LINE:COL: error: on stderr -----------------------
run 1 check "$FX/invalid/unknown_country.yaml"
has err "unknown_country.yaml:3:19: error: unknown country 'UK'"
has out "1 error, 0 warnings"
run 1 check "$FX/merge/base.yaml" "$FX/merge/dup.yaml"
has err "dup.yaml:3:3: error: source 'wp' is defined twice (first at $FX/merge/base.yaml:6:3)"
run 1 check "$TMP/no-such-file.yaml"
has err "no-such-file.yaml"

# --- warnings: exit 0, or 1 with --strict ----------------------------------
run 0 check "$FX/invalid/accreditation_to_host.yaml"
has err "accreditation_to_host.yaml:7:22: warning: mission 'nl-embassy-warsaw' resides in PL"
has out "0 errors, 1 warning"
run 1 check --strict "$FX/invalid/accreditation_to_host.yaml"
has err "warning: mission 'nl-embassy-warsaw' resides in PL"
run 1 check --strict "$FX/invalid/source_never_cited.yaml"

# --- standard input --------------------------------------------------------
"$DG" check - <"$FX/valid/full.yaml" >"$TMP/out" 2>"$TMP/err"
if [ $? -eq 0 ]; then ok; else bad "check - <full.yaml"; fi
has out "<stdin>: 31 countries"
printf 'countries:\n  XK: {}\n' | "$DG" check - >"$TMP/out" 2>"$TMP/err"
if [ $? -eq 1 ]; then ok; else bad "check - with an error should exit 1"; fi
has err "<stdin>:2:3: error: country 'XK' is not an ISO 3166 code, so it needs a name"

# --- at most 100 messages, then "too many errors" --------------------------
{
    echo "countries:"
    for i in $(seq 1 150); do echo "  X$i: {capitol: A}"; done
} >"$TMP/many.yaml"
run 1 check "$TMP/many.yaml"
lines=$(wc -l <"$TMP/err")
if [ "$lines" -eq 101 ]; then ok; else bad "150 bad records: $lines lines on stderr, want 100 + 1"; fi
has err "dipgraph: too many errors: 200 more messages not shown"
has out "300 errors"

# --- hostile input fails fast and cleanly ------------------------------------
head -c 100000 /dev/zero | tr '\0' '[' >"$TMP/deep.yaml"
run 1 check "$TMP/deep.yaml"
has err "deep.yaml:1:65: error: nesting deeper than 64 levels"
printf 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n' >"$TMP/bomb.yaml"
run 1 check "$TMP/bomb.yaml"
has err "limit against alias bombs"

# --- command line: exit 2 with usage ---------------------------------------
run 2 check --no-such-option
has err "check"
empty out
run 2 frobnicate
has err "'frobnicate' is not a dipgraph command"
has err "usage: dipgraph"
run 2
has err "usage: dipgraph"
run 2 help frobnicate
run 0 --help
has out "usage: dipgraph"
has out "check"
run 0 help check
has out "usage: dipgraph check [--strict] [FILE...]"
run 0 --version
has out "dipgraph 0."
has out "data format 1"

# --- nothing is written by check ---------------------------------------------
cp "$FX/valid/full.yaml" "$TMP/copy.yaml"
before=$(cksum <"$TMP/copy.yaml")
run 0 check "$TMP/copy.yaml"
after=$(cksum <"$TMP/copy.yaml")
if [ "$before" = "$after" ]; then ok; else bad "check changed its input"; fi

# --- every invalid fixture: the pinned first line, exit 1 (0 for warnings) ---
for f in "$FX"/invalid/*.yaml; do
    name=$(basename "$f")
    want=$(head -1 "$f" | sed 's/^# expect: //')
    want=${want//"$name"/"$f"} # "first at FILE" names the path given
    "$DG" check "$f" >/dev/null 2>"$TMP/err"
    st=$?
    first=$(head -1 "$TMP/err")
    if [ "$first" = "$f:$want" ]; then ok; else bad "$name: first message '$first', want '$f:$want'"; fi
    case $want in
    *": warning: "*) exp=0 ;;
    *) exp=1 ;;
    esac
    if [ "$st" -eq "$exp" ]; then ok; else bad "$name: exit $st, want $exp"; fi
done

echo "cli_check: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
