#!/usr/bin/env bash
# cli_gallery_fresh.sh DIPGRAPH SOURCE_DIR — is the committed diagram
# gallery (examples/gallery/, drawn from the batch manifest
# examples/gallery.yaml) what the current code draws? Draws the manifest
# again into a temporary folder with `dipgraph batch` and fails when
#   - a committed NAME.dot (the graph before layout) differs: stale;
#   - a committed NAME.svg differs, on a machine that draws with the same
#     Graphviz and fonts as render-environment.txt records (elsewhere text
#     widths differ, so the SVGs are not compared, and this says so);
#   - the manifest draws a file that is not committed, or the other way
#     round.
# PNGs are never compared: font hinting differs between machines; nor are
# the timelines, which end on today.
# After a deliberate change, run `make -C examples DIPGRAPH=$PWD/build/dipgraph
# gallery` and commit examples/gallery/.
set -u
. "$2/tests/cli/lib.sh" # dg=$1, src=$2, tmp, fail, expect, has, ..., finish
gallery=$src/examples/gallery

# The manifest and the data it names, in a folder of their own: its paths
# are relative to it, so the gallery is drawn into $tmp/gallery.
cp "$src/examples/"*.yaml "$tmp/" # gallery.yaml and the data it names
mkdir -p "$tmp/serbia" && cp "$src/examples/serbia/"*.yaml "$tmp/serbia/"
if ! "$dg" batch -j 2 "$tmp/gallery.yaml" >"$tmp/log" 2>&1; then
    cat "$tmp/log"
    echo "FAIL: dipgraph batch examples/gallery.yaml failed"
    exit 1
fi
fresh_dir=$tmp/gallery

same_env=false
same_render_env && same_env=true

stale="run make -C examples DIPGRAPH=\$PWD/build/dipgraph gallery and commit examples/gallery/"
for fresh in "$fresh_dir"/*.dot; do
    name=$(basename "$fresh" .dot)
    cmp -s "$fresh" "$gallery/$name.dot" || fail "examples/gallery/$name.dot is stale ($stale)"
    if $same_env; then
        cmp -s "$fresh_dir/$name.svg" "$gallery/$name.svg" ||
            fail "examples/gallery/$name.svg is stale ($stale)"
    fi
done
for fresh in "$fresh_dir"/*; do
    case $fresh in *.svg) xml_ok "$fresh" ;; esac
    name=$(basename "$fresh")
    [ -f "$gallery/$name" ] || fail "examples/gallery/$name is drawn but not committed ($stale)"
done
for committed in "$gallery"/*; do
    name=$(basename "$committed")
    [ "$name" = render-environment.txt ] && continue
    [ -f "$fresh_dir/$name" ] || fail "examples/gallery/$name is no longer drawn (remove it)"
done

$same_env || echo "note: Graphviz or fonts differ from examples/gallery/render-environment.txt;" \
    "compared the graphs (.dot) only, not the laid-out SVGs"
finish
