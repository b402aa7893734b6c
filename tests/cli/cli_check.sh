#!/usr/bin/env bash
# cli_check.sh DIPGRAPH SOURCE_DIR — `dipgraph check` as a user runs it:
# exit codes 0/1/2, messages on stderr, the bundled data set, stdin,
# --strict, the cap of 100 messages.
set -u
. "$2/tests/cli/lib.sh" # dg=$1, src=$2, tmp, fail, expect, has, ..., finish
fx=$src/tests/fixtures
# empty FILE: FILE (stdout or stderr kept by expect) is empty
empty() { [ ! -s "$1" ] || fail "$1 should be empty: $(head -c 300 "$1")"; }

# --- the bundled data set -------------------------------------------------
expect 0 "$dg" check --strict
has "$tmp/out" "belarus.yaml: "
has "$tmp/out" "; 0 errors, 0 warnings"
empty "$tmp/err"
expect 0 "$dg" check "$src/data/belarus.yaml"
has "$tmp/out" "0 errors, 0 warnings"

# --- valid fixtures, several at once ----------------------------------------
expect 0 "$dg" check --strict "$fx/valid/full.yaml"
has "$tmp/out" "full.yaml: 31 countries, 8 organizations, 25 memberships, 7 relations, 15 missions, 4 accreditations, 14 events, 4 sources; 0 errors, 0 warnings"
expect 0 "$dg" check "$fx/merge/base.yaml" "$fx/merge/refs.yaml"
has "$tmp/out" "base.yaml, "
# options may follow files
expect 0 "$dg" check "$fx/valid/empty.yaml" --strict

# --- errors: exit 1, FILE:LINE:COL: error: on stderr -----------------------
expect 1 "$dg" check "$fx/invalid/unknown_country.yaml"
has "$tmp/err" "unknown_country.yaml:3:19: error: unknown country 'UK'"
has "$tmp/out" "1 error, 0 warnings"
expect 1 "$dg" check "$fx/merge/base.yaml" "$fx/merge/dup.yaml"
has "$tmp/err" "dup.yaml:3:3: error: source 'wp' is defined twice (first at $fx/merge/base.yaml:6:3)"
expect 1 "$dg" check "$tmp/no-such-file.yaml"
has "$tmp/err" "no-such-file.yaml"

# --- warnings: exit 0, or 1 with --strict ----------------------------------
expect 0 "$dg" check "$fx/invalid/accreditation_to_host.yaml"
has "$tmp/err" "accreditation_to_host.yaml:7:22: warning: mission 'nl-embassy-warsaw' resides in PL"
has "$tmp/out" "0 errors, 1 warning"
expect 1 "$dg" check --strict "$fx/invalid/accreditation_to_host.yaml"
has "$tmp/err" "warning: mission 'nl-embassy-warsaw' resides in PL"
expect 1 "$dg" check --strict "$fx/invalid/source_never_cited.yaml"

# --- standard input --------------------------------------------------------
"$dg" check - <"$fx/valid/full.yaml" >"$tmp/out" 2>"$tmp/err" || fail "check - <full.yaml"
has "$tmp/out" "<stdin>: 31 countries"
printf 'countries:\n  XK: {}\n' | "$dg" check - >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] || fail "check - with an error should exit 1"
has "$tmp/err" "<stdin>:2:3: error: country 'XK' is not an ISO 3166 code, so it needs a name"

# --- at most 100 messages, then "too many errors" --------------------------
{
    echo "countries:"
    for i in $(seq 1 150); do echo "  X$i: {capitol: A}"; done
} >"$tmp/many.yaml"
expect 1 "$dg" check "$tmp/many.yaml"
lines=$(wc -l <"$tmp/err")
[ "$lines" -eq 101 ] || fail "150 bad records: $lines lines on stderr, want 100 + 1"
has "$tmp/err" "dipgraph: too many errors: 200 more messages not shown"
has "$tmp/out" "300 errors"

# --- hostile input fails fast and cleanly ------------------------------------
head -c 100000 /dev/zero | tr '\0' '[' >"$tmp/deep.yaml"
expect 1 "$dg" check "$tmp/deep.yaml"
has "$tmp/err" "deep.yaml:1:65: error: nesting deeper than 64 levels"
printf 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n' >"$tmp/bomb.yaml"
expect 1 "$dg" check "$tmp/bomb.yaml"
has "$tmp/err" "limit against alias bombs"

# (The command line itself, help and version: tests/cli/transcripts/.)

# --- nothing is written by check ---------------------------------------------
cp "$fx/valid/full.yaml" "$tmp/copy.yaml"
before=$(cksum <"$tmp/copy.yaml")
expect 0 "$dg" check "$tmp/copy.yaml"
after=$(cksum <"$tmp/copy.yaml")
[ "$before" = "$after" ] || fail "check changed its input"

# --- every invalid fixture: the pinned first line, exit 1 (0 for warnings) ---
for f in "$fx"/invalid/*.yaml; do
    name=$(basename "$f")
    want=$(head -1 "$f" | sed 's/^# expect: //')
    want=${want//"$name"/"$f"} # "first at FILE" names the path given
    "$dg" check "$f" >/dev/null 2>"$tmp/err"
    st=$?
    first=$(head -1 "$tmp/err")
    [ "$first" = "$f:$want" ] || fail "$name: first message '$first', want '$f:$want'"
    case $want in
    *": warning: "*) exp=0 ;;
    *) exp=1 ;;
    esac
    [ "$st" -eq "$exp" ] || fail "$name: exit $st, want $exp"
done

finish
