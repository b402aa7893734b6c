#!/usr/bin/env bash
# cli_formats.sh DIPGRAPH SOURCE_DIR — every output format the installed
# Graphviz offers, from `render` and from `timeline`: each exits 0 (it
# wrote) or 3 (Graphviz could not), never a crash, whatever -N/-E say.
# Graphviz 2.43's Visio writer (vdx) used to crash on any anchor (a
# tooltip or URL) without a URL. Also: every DOT-family output (dot,
# xdot, canon, gv) of names holding \" parses again with Graphviz's own
# parser, and an unknown renderer ("svg:nosuch") is a bad command line.
set -u
. "$2/tests/cli/lib.sh" # dg=$1, src=$2, tmp, fail, expect, has, ..., finish
S=$src/tests/fixtures/render/small.yaml
Q=$src/tests/fixtures/reliability/backslash-quote.yaml
command -v dot >/dev/null 2>&1 || { echo "SKIP: no dot"; exit 0; }

# The formats, as Graphviz lists them ("Use one of: ..."), less the
# devices that open a window.
formats=$(dot -T? 2>&1 </dev/null | sed -n 's/.*Use one of: //p' | tr ' ' '\n' |
          grep -vxE 'gtk|x11|xlib' | sort -u)
[ "$(wc -w <<<"$formats")" -gt 20 ] || fail "dot -T? listed too few formats: $formats"

ok_status() { # NAME STATUS [ALSO]: 0 or 3 (Graphviz could not), or ALSO; never a crash
    [ "$2" = 0 ] || [ "$2" = 3 ] || [ "$2" = "${3:-}" ] || fail "$1: exit $2 (wanted 0 or 3${3:+ or $3})"
}
for f in $formats; do
    "$dg" render -T "$f" "$S" >/dev/null 2>&1 </dev/null
    ok_status "render -T $f" $?
    # Anchors from the command line: refused (2) by the attribute guard or drawn.
    "$dg" render -T "$f" -N tooltip=x -E URL=https://example.org/ "$S" >/dev/null 2>&1 </dev/null
    ok_status "render -T $f -N tooltip=x -E URL=..." $? 2
    "$dg" timeline -T "$f" "$S" >/dev/null 2>&1 </dev/null
    ok_status "timeline -T $f" $?
done
# vdx from the bundled data, which has tooltips everywhere: it must write.
expect 0 "$dg" timeline -T vdx
magic "$tmp/out" "<VisioDocument"
expect 0 "$dg" render -T vdx
magic "$tmp/out" "<VisioDocument"

# An unknown renderer of a known format is the user's to fix: exit 2.
for sub in render timeline; do
    expect 2 "$dg" $sub -T svg:nosuch "$S"
    has "$tmp/err" "unknown renderer in format 'svg:nosuch'"
    expect 0 "$dg" $sub -T svg:svg "$S"
    magic "$tmp/out" "<?xml"
done
# render and timeline refuse a bad format with the same words.
expect 2 "$dg" render -T nosuch "$S"
head -1 "$tmp/err" | sed 's/^dipgraph render: //' >"$tmp/render.err"
expect 2 "$dg" timeline -T nosuch "$S"
head -1 "$tmp/err" | sed 's/^dipgraph timeline: //' >"$tmp/timeline.err"
cmp -s "$tmp/render.err" "$tmp/timeline.err" || fail "render and timeline word -T nosuch differently"

# Every DOT we write parses again, names with \" included.
for f in dot xdot xdot1.2 xdot1.4 canon gv; do
    for sub in "render --view relations" "render --view missions" "timeline"; do
        # shellcheck disable=SC2086 # sub is two words on purpose
        expect 0 "$dg" $sub -T "$f" "$Q"
        dot -Tcanon "$tmp/out" >/dev/null 2>"$tmp/reparse" ||
            fail "$sub -T $f does not parse again: $(grep -v Warning "$tmp/reparse" | head -2)"
    done
done
finish
