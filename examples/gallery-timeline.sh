#!/usr/bin/env bash
# gallery-timeline.sh DIPGRAPH — the timeline images of the examples gallery,
# drawn from the bundled data set (the foreign relations of Belarus) into
# examples/gallery/ beside this script, as SVG and PNG:
#
#   timeline-belarus              Belarus's memberships and key events, 1991 to today
#   timeline-belarus-relations    when Belarus's bilateral relations were
#                                 recognized and established, 1991 to today
#   timeline-belarus-us           the events of Belarus and the United States
#
# The charts end with a "today" line; set SOURCE_DATE_EPOCH to draw them
# for a fixed day (the images are then byte-for-byte reproducible).
# examples/render-gallery.sh calls this with the same argument.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: gallery-timeline.sh DIPGRAPH" >&2
    exit 2
fi
dg=$1
out=$(cd "$(dirname "$0")" && pwd)/gallery
mkdir -p "$out"

# draw NAME OPTIONS... : NAME.svg and NAME.png
draw() {
    local name=$1
    shift
    for fmt in svg png; do
        "$dg" timeline "$@" -o "$out/$name.$fmt"
    done
    echo "wrote $out/$name.svg and .png"
}

draw timeline-belarus --rows memberships,events --from 1991 \
    --title "Belarus: memberships and key events, 1991 to today"
draw timeline-belarus-relations --rows relations --from 1991 \
    --title "Belarus: bilateral relations, 1991 to today"

# Only the events Belarus shares with the United States: a filtered copy of
# the bundled data set would do too, but --focus US shows them from the
# other side with the same file.
draw timeline-belarus-us --focus US --rows relations,events --from 1991 \
    --title "Belarus and the United States"
