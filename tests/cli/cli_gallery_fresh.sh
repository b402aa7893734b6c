#!/usr/bin/env bash
# cli_gallery_fresh.sh DIPGRAPH SOURCE_DIR — is the committed diagram
# gallery (examples/gallery/, made by examples/render-gallery.sh) what the
# current code draws? Re-renders it into a temporary folder and fails when
#   - a committed NAME.dot (the graph before layout) differs: stale;
#   - a committed NAME.svg differs, on a machine that draws with the same
#     Graphviz and fonts as render-environment.txt records (elsewhere text
#     widths differ, so the SVGs are not compared, and this says so);
#   - the script draws an image that is not committed, or the other way
#     round.
# PNGs are never compared: font hinting differs between machines.
# After a deliberate change, run examples/render-gallery.sh DIPGRAPH and
# commit examples/gallery/.
set -u
. "$2/tests/cli/lib.sh" # dg=$1, src=$2, tmp, fail, expect, has, ..., finish
gallery=$src/examples/gallery

if ! bash "$src/examples/render-gallery.sh" "$dg" "$tmp" >"$tmp/log" 2>&1; then
    cat "$tmp/log"
    echo "FAIL: examples/render-gallery.sh failed"
    exit 1
fi

environment() {
    echo "# What examples/render-gallery.sh drew the committed gallery with."
    echo "graphviz: $(dot -V 2>&1 | head -1)"
    echo "font Helvetica: $(fc-match Helvetica 2>/dev/null)"
    echo "font sans-serif: $(fc-match sans-serif 2>/dev/null)"
}
same_env=false
if [ -f "$gallery/render-environment.txt" ] &&
    [ "$(environment)" = "$(cat "$gallery/render-environment.txt")" ]; then
    same_env=true
fi

stale="run examples/render-gallery.sh DIPGRAPH and commit examples/gallery/"
for fresh in "$tmp"/*.dot; do
    name=$(basename "$fresh" .dot)
    [ -f "$gallery/$name.dot" ] || { fail "$name is drawn but not committed ($stale)"; continue; }
    cmp -s "$fresh" "$gallery/$name.dot" || fail "examples/gallery/$name.dot is stale ($stale)"
    [ -f "$gallery/$name.svg" ] || fail "examples/gallery/$name.svg is missing ($stale)"
    [ -f "$gallery/$name.png" ] || fail "examples/gallery/$name.png is missing ($stale)"
    if $same_env; then
        cmp -s "$tmp/$name.svg" "$gallery/$name.svg" ||
            fail "examples/gallery/$name.svg is stale ($stale)"
    fi
    xml_ok "$tmp/$name.svg"
done
for committed in "$gallery"/*.dot; do
    [ -e "$committed" ] || continue
    name=$(basename "$committed" .dot)
    [ -f "$tmp/$name.dot" ] || fail "examples/gallery/$name.dot is no longer drawn (remove it)"
done

$same_env || echo "note: Graphviz or fonts differ from examples/gallery/render-environment.txt;" \
    "compared the graphs (.dot) only, not the laid-out SVGs"
finish
