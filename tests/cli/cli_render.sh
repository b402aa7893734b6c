#!/usr/bin/env bash
# cli_render.sh DIPGRAPH SOURCE_DIR — `dipgraph render` from the command
# line: the default views, every view, -T from -o's extension, -o -, -K,
# -G/-N/-E, unknown formats and engines (with the list of what exists),
# atomic output and the refusal to overwrite an input, /dev/full,
# determinism (run to run and reordered input), hostile strings, and the
# exit statuses of cli-v1. Every SVG goes through xmllint.
set -u
. "$2/tests/cli/lib.sh" # dg=$1, src=$2, tmp, fail, expect, has, ..., finish
need_xmllint=1 # every SVG goes through xmllint
fx=$src/tests/fixtures/render
S=$fx/small.yaml
R=$fx/small-reordered.yaml
H=$fx/hostile.yaml

# ---- defaults: DOT on stdout, accreditation with a focus, missions without ----
expect 0 "$dg" render "$S"
magic "$tmp/out" "digraph dipgraph {"
has "$tmp/out" "h_in_0" # a hub: the accreditation view
lacks "$tmp/out" "pos=" # -T dot is the graph before layout
expect 0 "$dg" render --no-focus "$S"
has "$tmp/out" "c_RO -> c_MD"
lacks "$tmp/out" "h_in_"
expect 0 "$dg" render # the bundled data set (focus BY)
has "$tmp/out" 'label="Moscow\n'

# ---- every view to SVG, well-formed, twice the same ----
for view in accreditation missions relations memberships; do
    expect 0 "$dg" render --view "$view" -o "$tmp/$view.svg" "$S"
    [ -s "$tmp/out" ] && fail "--view $view -o FILE also wrote to stdout"
    magic "$tmp/$view.svg" "<?xml"
    xml_ok "$tmp/$view.svg"
    expect 0 "$dg" render --view "$view" -T svg "$S"
    cmp -s "$tmp/out" "$tmp/$view.svg" || fail "--view $view: stdout and -o differ, or two runs differ"
    expect 0 "$dg" render --view "$view" -T svg "$R"
    cmp -s "$tmp/out" "$tmp/$view.svg" || fail "--view $view: reordered records change the SVG"
done
expect 0 "$dg" render --view missions --detail cities -o "$tmp/cities.svg" "$S"
xml_ok "$tmp/cities.svg"
has "$tmp/cities.svg" ">Balti</text>"
expect 0 "$dg" render --view memberships --depth 2 -o "$tmp/depth2.svg" "$S"
xml_ok "$tmp/depth2.svg"
expect 0 "$dg" render --view relations --at 2000 -T dot "$S"
has "$tmp/out" "c_GE" # severed in 2001

# ---- formats: from -o's extension, -T, -o - ----
for f in png pdf svg dot json ps; do
    expect 0 "$dg" render -o "$tmp/fig.$f" "$S"
    [ -s "$tmp/fig.$f" ] || fail "-o fig.$f is empty"
done
magic "$tmp/fig.png" $'\x89PNG'
magic "$tmp/fig.pdf" "%PDF"
magic "$tmp/fig.svg" "<?xml"
magic "$tmp/fig.dot" "digraph dipgraph {"
magic "$tmp/fig.ps" "%!PS"
magic "$tmp/fig.json" "{"
expect 0 "$dg" render -o "$tmp/FIG.SVG" "$S"
magic "$tmp/FIG.SVG" "<?xml"
expect 0 "$dg" render -T png -o - "$S"
magic "$tmp/out" $'\x89PNG'
expect 0 "$dg" render -T png "$S"
cmp -s "$tmp/out" "$tmp/fig.png" || fail "PNG on stdout differs from -o fig.png"
expect 0 "$dg" render -T dot -K neato "$S"
has "$tmp/out" "pos="
has "$tmp/out" "layout=neato"
expect 0 "$dg" render -Nfontname=Times -E penwidth=3 -G bgcolor=lightyellow "$S"
has "$tmp/out" "fontname=Times"
has "$tmp/out" "penwidth=3"
has "$tmp/out" "bgcolor=lightyellow"
expect 0 "$dg" render --title 'Other \N <title>' --no-legend "$S"
has "$tmp/out" '>Other \\N &lt;title&gt;</FONT>' # the caption's title, escaped
has "$tmp/out" '>Accreditation view · Moldova' # the subtitle: view, focus, date
has "$tmp/out" ' · as recorded</FONT>'
lacks "$tmp/out" "focus country" # no legend

# ---- usage errors: exit 2, with what is available ----
expect 2 "$dg" render -T nosuch "$S"
has "$tmp/err" "unknown format 'nosuch'"
has "$tmp/err" " svg "
expect 2 "$dg" render -T x11 "$S" # a window, not a file; Graphviz crashes without a display
has "$tmp/err" "a window, not a file"
# 2.43's vdx writer crashes on tooltips (render drops them for it); it also
# leaks its shapes, which LeakSanitizer would report in sanitizer builds.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    expect 0 "$dg" render -T vdx -o "$tmp/fig.vdx" "$S"
magic "$tmp/fig.vdx" "<VisioDocument"
expect 2 "$dg" render -o "$tmp/fig.nosuch" "$S"
has "$tmp/err" "unknown format 'nosuch'"
[ -e "$tmp/fig.nosuch" ] && fail "an unknown format still wrote a file"
expect 2 "$dg" render -K nosuch -T svg "$S"
has "$tmp/err" "unknown engine 'nosuch'"
has "$tmp/err" " sfdp "
# (Views, depth, detail, dates, -G, unknown options and --focus: in
# tests/cli/transcripts/errors.t and options.t.)
expect 2 "$dg" render --at yesterday "$S"
expect 2 "$dg" render -G =x "$S"

# ---- data errors: exit 1, nothing written ----
printf 'missions:\n  - {of: XX, kind: embassy, in: MD}\n' >"$tmp/bad.yaml"
echo keep >"$tmp/keep.svg"
expect 1 "$dg" render -o "$tmp/keep.svg" "$tmp/bad.yaml"
[ "$(cat "$tmp/keep.svg")" = keep ] || fail "a data error replaced the output file"

# ---- atomic output ----
expect 2 "$dg" render -K nosuch -o "$tmp/keep.svg" "$S"
[ "$(cat "$tmp/keep.svg")" = keep ] || fail "a failed render replaced the output file"
cp "$S" "$tmp/input.yaml"
expect 2 "$dg" render -T svg -o "$tmp/input.yaml" "$tmp/input.yaml"
has "$tmp/err" "refusing to overwrite the input file"
cmp -s "$S" "$tmp/input.yaml" || fail "render overwrote its input"
ln -s "$tmp/input.yaml" "$tmp/link.yaml"
expect 2 "$dg" render -T svg -o "$tmp/link.yaml" "$tmp/input.yaml"
cmp -s "$S" "$tmp/input.yaml" || fail "render overwrote its input through a link"
[ "$(temps "$tmp")" = 0 ] || fail "a temporary file was left behind"
if [ -w /dev/full ]; then
    expect 3 "$dg" render -o /dev/full "$S"
    has "$tmp/err" "/dev/full"
    "$dg" render -T svg "$S" >/dev/full 2>"$tmp/err"
    [ $? = 3 ] || fail "a full stdout did not exit 3"
fi
mkdir "$tmp/dir"
expect 3 "$dg" render -o "$tmp/dir" -T svg "$S"

# ---- hostile strings: inert, well-formed ----
for args in "" "--view missions" "--view missions --detail cities" "--view relations" \
    "--view relations --no-focus" "--view memberships --depth 2"; do
    # shellcheck disable=SC2086
    expect 0 "$dg" render $args -T svg -o "$tmp/h.svg" "$H"
    xml_ok "$tmp/h.svg"
    lacks "$tmp/h.svg" "<script"
    lacks "$tmp/h.svg" "xlink:href"
    lacks "$tmp/h.svg" ' href="'
    lacks "$tmp/h.svg" "&unknown;"
    # shellcheck disable=SC2086
    expect 0 "$dg" render $args -T png -o "$tmp/h.png" "$H"
    magic "$tmp/h.png" $'\x89PNG'
done

# ---- format 1.1 goldens (tests/golden/render-v11-*.dot) ----
# The graph before layout (-T dot), as tests/unit/test_render.c's goldens:
# it does not depend on fonts.  DG_UPDATE_GOLDEN=1 rewrites them; read the
# diff before committing.  Each golden pins a feature (the comment says
# which lines would change if it broke).
V=$fx/v11.yaml
golden() { # NAME ARGS...: render V with ARGS and compare with the golden
    local name=$1 want
    shift
    want=$src/tests/golden/render-v11-$name.dot
    expect 0 "$dg" render -T dot "$@" "$V"
    [ -n "${DG_UPDATE_GOLDEN:-}" ] && cp "$tmp/out" "$want"
    cmp -s "$tmp/out" "$want" || fail "render $* differs from $want"
}
golden relations --view relations # o_EU, its level, the org legend
has "$tmp/out" "c_RS -> o_EU"
has "$tmp/out" "international organization"
golden relations-1999 --view relations --at 1999-06-01 # DE-YU severed, YU the centre
has "$tmp/out" "Germany – Yugoslavia: severed"
has "$tmp/out" "as Yugoslavia until 2003-02-04"
golden relations-diff --view relations --diff 1998:2001 # the caption of every view
has "$tmp/out" "Serbia in figures</FONT>"
has "$tmp/out" "what changed from 1998 to 2001</FONT>"
has "$tmp/out" 'ID="diff_legend"'
golden relations-ru --view relations --lang ru
has "$tmp/out" "Европейский союз"
golden missions-iso --view missions --names iso
has "$tmp/out" "Korea, Republic of"
golden missions-common --view missions
has "$tmp/out" "South Korea"
golden accreditation-2000 --view accreditation --at 2000 # the suspended Swedish embassy
has "$tmp/out" "Sweden in Serbia: mission not operating"
golden accreditation-1985 --view accreditation --at 1985 # stable: every date's nodes
has "$tmp/out" "style=invis"
golden accreditation-2000-own --view accreditation --at 2000 --layout own
lacks "$tmp/out" "style=invis"

# What a view draws on a date (v11-dates.yaml says what each record is for).
V=$fx/v11-dates.yaml
golden dates-relations-1999 --view relations --at 1999-06-01 # RS, XK, EU kept invisible
has "$tmp/out" "c_XK"
lacks "$tmp/out" "no diplomatic level" # never had relations: no level to speak of
golden dates-relations-1999-own --view relations --at 1999-06-01 --layout own
lacks "$tmp/out" "c_XK"
lacks "$tmp/out" "o_EU"
lacks "$tmp/out" "c_RS"
golden dates-memberships --view memberships # continuity on the labels
has "$tmp/out" "<TD>as Yugoslavia</TD>"
has "$tmp/out" "<TD>as Serbia and Montenegro</TD>"
golden dates-memberships-1999 --view memberships --at 1999-06-01 # suspended, as Yugoslavia
has "$tmp/out" "Yugoslavia: membership of United Nations suspended"
has "$tmp/out" "suspended from 1992-09-22"
golden dates-memberships-ru --view memberships --lang ru
has "$tmp/out" "как Югославия"
golden dates-missions --view missions # closed to the public; both kinds in the legend
has "$tmp/out" "closed to the public from 2012-08-30"
has "$tmp/out" ">consulate-general</TD>"
golden dates-missions-1999 --view missions --at 1999-06-01 --layout own
has "$tmp/out" "embassy (suspended)"
has "$tmp/out" "label=Yugoslavia" # the focus, named as the state that held it then
golden dates-accreditation-1999 --view accreditation --at 1999-06-01 --layout own
has "$tmp/out" "United States in Serbia: mission not operating"
lacks "$tmp/out" "Cyprus"

finish
