#!/usr/bin/env bash
# check_po.sh SOURCE_DIR XGETTEXT ARGS... -- SOURCES... — the translations
# are current (po/README.md): po/dipgraph.pot holds exactly the messages of
# the sources, and every po/LL.po that po/LINGUAS lists translates each of
# them, none left empty or fuzzy (gettext ignores a fuzzy one).
set -u
src=$1
shift
args=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do args+=("$1"); shift; done
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cd "$src" || exit 1

"${args[@]}" -o "$tmp/now.pot" "$@" || fail "xgettext failed"
# The messages only: headers carry dates.
messages() { msgcat --no-wrap --sort-output "$1" | grep -E '^(msgctxt|msgid|msgid_plural) '; }
if ! diff <(messages "$tmp/now.pot") <(messages po/dipgraph.pot) >"$tmp/diff"; then
    fail "po/dipgraph.pot is not current (cmake --build BUILD --target dipgraph-pot):"
    head -20 "$tmp/diff"
fi

for ll in $(grep -E '^[a-z]' po/LINGUAS); do
    msgcmp --use-untranslated "po/$ll.po" "$tmp/now.pot" 2>"$tmp/cmp" ||
        { fail "po/$ll.po lacks messages (target dipgraph-po-update):"; head -10 "$tmp/cmp"; }
    msgfmt --check -o /dev/null "po/$ll.po" || fail "po/$ll.po does not compile"
    untranslated=$(msgattrib --untranslated --no-obsolete "po/$ll.po" | grep -c '^msgid ' || true)
    fuzzy=$(msgattrib --only-fuzzy --no-obsolete "po/$ll.po" | grep -c '^msgid ' || true)
    [ "$untranslated" -gt 0 ] && fail "po/$ll.po: $untranslated message(s) not translated"
    [ "$fuzzy" -gt 0 ] && fail "po/$ll.po: $fuzzy fuzzy message(s)"
done

if [ "$fails" -eq 0 ]; then echo "check_po: all passed"; exit 0; fi
echo "check_po: $fails failure(s)"
exit 1
