# shellcheck shell=bash
# tests/lib.sh — the helpers that the command-line tests tests/cli_*.sh
# share. Each is run as `bash SCRIPT DIPGRAPH SOURCE_DIR` and sources this
# file from the source folder it is given, at its top level:
#     set -u
#     . "$2/tests/cli/lib.sh"
# (this file is not named cli_*.sh: tests/CMakeLists.txt runs those).
#
# It provides:
#   dg, src            the script's arguments: the dipgraph under test and
#                      the source folder
#   tmp                a temporary folder, removed when the script exits
#   fails, fail MSG    the count of failures; fail prints "FAIL: MSG" and
#                      counts one
#   expect STATUS CMD...
#                      runs CMD with no standard input, keeping its stdout
#                      in $tmp/out and its stderr in $tmp/err; a failure
#                      unless it exits STATUS
#   has FILE TEXT      a failure unless FILE contains TEXT
#   lacks FILE TEXT    a failure if FILE contains TEXT
#   magic FILE BYTES   a failure unless FILE starts with BYTES
#   xml_ok FILE        a failure unless FILE is well-formed XML (xmllint);
#                      without xmllint nothing is checked, unless the script
#                      set need_xmllint=1, when that is a failure
#   py, cj, cg, cc     Python and the checkers tests/check_json.py,
#                      check_graphml.py and check_csv.py (FILE EXPR...)
#   temps DIR          the count of temporary files (".dg-XXXXXX", see
#                      src/output.c) left in DIR
#   same_render_env    true when Graphviz and the fonts are those that
#                      examples/gallery/render-environment.txt records (the
#                      same lines examples/Makefile writes there), so SVGs
#                      drawn here can be compared byte for byte
#   finish             prints "NAME: all passed" or "NAME: N failure(s)"
#                      and exits 0 or 1 accordingly

# shellcheck disable=SC2034 # dg is for the scripts
dg=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
need_xmllint=0
py=/usr/bin/python3

fail() {
    echo "FAIL: $*"
    fails=$((fails + 1))
}
expect() {
    local want=$1
    shift
    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    local got=$?
    [ "$got" = "$want" ] || fail "exit $got (wanted $want): $* -- $(head -c 300 "$tmp/err")"
}
has() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2'"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 has '$2'"; }
magic() { [ "$(head -c ${#2} "$1")" = "$2" ] || fail "$1 does not start with '$2'"; }
xml_ok() {
    if ! command -v xmllint >/dev/null 2>&1; then
        [ "$need_xmllint" = 1 ] && fail "xmllint is missing (libxml2-utils)"
        return 0
    fi
    xmllint --noout "$1" 2>"$tmp/xmlerr" || fail "$1 is not well-formed XML: $(head -3 "$tmp/xmlerr")"
}

cj() { "$py" "$src/tests/cli/check_json.py" "$@"; }
cg() { "$py" "$src/tests/cli/check_graphml.py" "$@"; }
cc() { "$py" "$src/tests/cli/check_csv.py" "$@"; }

temps() { find "$1" -maxdepth 1 -name '.dg-*' | wc -l; }

same_render_env() {
    local here
    here=$(
        echo "# What examples/gallery.yaml (dipgraph batch) drew the committed gallery with."
        echo "graphviz: $(dot -V 2>&1 | head -1)"
        echo "font Helvetica: $(fc-match Helvetica 2>/dev/null)"
        echo "font sans-serif: $(fc-match sans-serif 2>/dev/null)"
    )
    [ "$here" = "$(cat "$src/examples/gallery/render-environment.txt" 2>/dev/null)" ]
}

finish() {
    local name
    name=$(basename "$0" .sh)
    if [ "$fails" -gt 0 ]; then
        echo "$name: $fails failure(s)"
        exit 1
    fi
    echo "$name: all passed"
    exit 0
}
