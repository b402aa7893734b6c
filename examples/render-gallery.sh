#!/usr/bin/env bash
# render-gallery.sh DIPGRAPH [OUTDIR] — the diagrams of the examples
# gallery: the bundled data set (the foreign relations of Belarus) in every
# view, and the example data sets beside this script in theirs. Each image
# is written as NAME.svg and NAME.png, with NAME.dot, the graph before
# layout, which does not depend on fonts or on Graphviz's layout.
#
# OUTDIR defaults to examples/gallery/. Writing there, the script also
# runs gallery-timeline.sh (the timeline images) when it exists (unless
# NO_TIMELINE=1 is set), and records the Graphviz version and fonts it drew with in
# render-environment.txt: tests/cli_gallery_fresh.sh compares the
# committed SVGs byte for byte only on a machine that draws the same.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: render-gallery.sh DIPGRAPH [OUTDIR]" >&2
    exit 2
fi
dg=$1
here=$(cd "$(dirname "$0")" && pwd)
gallery=$here/gallery
out=${2:-$gallery}
mkdir -p "$out"
out=$(cd "$out" && pwd)

# draw NAME OPTIONS... : NAME.dot, NAME.svg and NAME.png
draw() {
    local name=$1
    shift
    "$dg" render "$@" -T dot -o "$out/$name.dot"
    "$dg" render "$@" -o "$out/$name.svg"
    "$dg" render "$@" -o "$out/$name.png"
    echo "wrote $out/$name.{dot,svg,png}"
}

# The bundled data set (no FILE: dipgraph finds it beside itself): every
# view. belarus-accreditation is the README's image.
draw belarus-accreditation
draw belarus-missions --view missions
draw belarus-missions-cities --view missions --detail cities
draw belarus-relations --view relations
draw belarus-memberships --view memberships
draw belarus-memberships-depth2 --view memberships --depth 2

# Non-resident accreditation in a made-up world of eight countries.
nut=$here/accreditation-nutshell.yaml
draw nutshell-accreditation "$nut"
draw nutshell-missions-cities --view missions --detail cities "$nut"

# One organization over time, with --at.
league=$here/organization-over-time.yaml
draw league-1960 --view memberships --no-focus --at 1960 "$league"
draw league-1990 --view memberships --no-focus --at 1990 "$league"
draw league-today --view memberships --no-focus "$league"

if [ "$out" = "$gallery" ]; then
    {
        echo "# What examples/render-gallery.sh drew the committed gallery with."
        echo "graphviz: $(dot -V 2>&1 | head -1)"
        echo "font Helvetica: $(fc-match Helvetica 2>/dev/null)"
        echo "font sans-serif: $(fc-match sans-serif 2>/dev/null)"
    } >"$out/render-environment.txt"
    if [ -f "$here/gallery-timeline.sh" ] && [ -z "${NO_TIMELINE:-}" ]; then
        bash "$here/gallery-timeline.sh" "$dg"
    fi
fi
