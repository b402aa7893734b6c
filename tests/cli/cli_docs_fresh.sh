#!/usr/bin/env bash
# cli_docs_fresh.sh DIPGRAPH SOURCE_DIR — are the documents made by
# `dipgraph md` what their sources draw today?  README.md from
# README.src.md (figures in docs/figures/), examples/report/report.md and
# examples/serbia/report.md from their report.src.md (figures in the
# figures/ beside them).  Fails when
#   - an OUT is not what md writes from its IN (a block or the text was
#     edited in OUT, or IN changed and OUT was not made again);
#   - a figure would change or is missing, on a machine that draws with
#     the Graphviz and fonts examples/gallery/render-environment.txt
#     records (elsewhere text widths differ; this says so);
#   - a figure in a figures folder is no longer linked from its OUT.
# After a deliberate change: make -C examples DIPGRAPH=$PWD/build/dipgraph docs
set -u
. "$2/tests/cli/lib.sh" # dg, src, tmp, fail, same_render_env, finish

same_env=false
same_render_env && same_env=true
again="run make -C examples DIPGRAPH=\$PWD/build/dipgraph docs and commit"

# fresh IN OUT DIR: md --check, then every figure of DIR linked from OUT.
fresh() {
    local in=$src/$1 out=$src/$2 dir=$src/$3 line
    "$dg" md --check -o "$out" --dir "$dir" "$in" >"$tmp/out" 2>"$tmp/err"
    case $? in
    0) ;;
    1) while IFS= read -r line; do
           case $line in
           *"$out "*) fail "$2 is not what $1 makes ($again)" ;;
           *) $same_env && fail "${line#dipgraph md: } ($again)" ;;
           esac
       done <"$tmp/err" ;;
    *) fail "dipgraph md $1 failed: $(cat "$tmp/err")" ;;
    esac
    local stem figure
    stem=$(basename "$out" .md)
    for figure in "$dir/$stem"-*; do
        [ -e "$figure" ] || continue
        grep -qF "$(basename "$figure")" "$out" ||
            fail "$3/$(basename "$figure") is linked from nowhere (remove it)"
    done
}

fresh README.src.md README.md docs/figures
fresh examples/report/report.src.md examples/report/report.md examples/report/figures
fresh examples/serbia/report.src.md examples/serbia/report.md examples/serbia/figures

$same_env || echo "note: Graphviz or fonts differ from examples/gallery/render-environment.txt;" \
    "compared the Markdown only, not the figures"
finish
