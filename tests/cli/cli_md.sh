#!/usr/bin/env bash
# cli_md.sh DIPGRAPH SOURCE_DIR — `dipgraph md`: the dipgraph blocks of a
# Markdown file drawn as figures, OUT written with image links, --check
# for CI, all or nothing, and the rules for documents nobody vetted.
set -u
. "$2/tests/cli/lib.sh" # dg, src, tmp, fail, expect, has, lacks, finish
export SOURCE_DATE_EPOCH=1700000000 # the timeline's "today"
dg=$(cd "$(dirname "$dg")" && pwd)/$(basename "$dg") # the tests run in $tmp
src=$(cd "$src" && pwd)
cp "$src/examples/organization-over-time.yaml" "$tmp/league.yaml"
cd "$tmp" || exit 1

# Three blocks (the second indented, the third with inline data) among
# other fences, which pass through untouched.
cat >doc.md <<'EOF'
# A report

```dipgraph
render --view memberships --no-focus --at 1960 league.yaml
```

~~~markdown
```dipgraph
render --view bogus
```
~~~

  ```dipgraph
  timeline --rows memberships,events --from 1991 --to 2000 --title "Belarus & co"
  ```

```` dipgraph
render --view memberships --no-focus -T png
---
dipgraph: 1
title: "Two states, one league"
countries:
  Genovia: {name: Genovia}
  Fenwick: {name: Grand Fenwick}
organizations:
  LSS: {name: League of Small States, members: {Genovia: 1950, Fenwick: 1960}}
````
The end.
EOF

expect 0 "$dg" md -o out.md doc.md
has out.md '![The League of Small States over time (fictional)'
has out.md '  ![Belarus \& co](out-'
has out.md '![Two states, one league](out-'
has out.md 'render --view bogus' # inside another fence: untouched
has out.md 'The end.'
[ "$(grep -c '^ *!\[' out.md)" = 3 ] || fail "out.md has not three image links"
[ "$(ls out-*.svg out-*.png 2>/dev/null | wc -l)" = 3 ] || fail "not three figures: $(ls)"
# Each figure is what the subcommand draws alone, byte for byte.
svg1=$(grep -o 'out-[0-9a-f]*\.svg' out.md | head -1)
"$dg" render --view memberships --no-focus --at 1960 league.yaml -o alone.svg
cmp -s alone.svg "$svg1" || fail "the first figure differs from render's"
svg2=$(grep -o 'out-[0-9a-f]*\.svg' out.md | tail -1)
"$dg" timeline --rows memberships,events --from 1991 --to 2000 --title "Belarus & co" -o alone.svg
cmp -s alone.svg "$svg2" || fail "the timeline differs from timeline's"
png=$(grep -o 'out-[0-9a-f]*\.png' out.md)
magic "$png" $'\x89PNG'

# The same names from run to run; --check passes right after.
cp out.md first.md
expect 0 "$dg" md -o out.md doc.md
cmp -s out.md first.md || fail "a second run named the figures differently"
expect 0 "$dg" md --check -o out.md doc.md
[ -s "$tmp/err" ] && fail "--check said something on success: $(cat "$tmp/err")"

# --check fails after a block changes, naming what would change, and
# writes nothing.
sed -i 's/--at 1960/--at 1990/' doc.md
before=$(ls | sort)
expect 1 "$dg" md --check -o out.md doc.md
has "$tmp/err" 'out.md would change'
has "$tmp/err" 'is missing'
[ "$(ls | sort)" = "$before" ] || fail "--check wrote a file"
cmp -s out.md first.md || fail "--check changed out.md"
# A figure changed by hand is stale too.
sed -i 's/--at 1990/--at 1960/' doc.md
echo '<svg/>' >"$svg1"
expect 1 "$dg" md --check -o out.md doc.md
has "$tmp/err" "$svg1 would change"
expect 0 "$dg" md -o out.md doc.md

# A bad block is reported with the file and its line, and nothing is
# written: neither OUT nor any figure, new or old.
cp doc.md bad.md
sed -i 's/^  timeline --rows/  timeline --veiw x --rows/' bad.md
expect 2 "$dg" md -o bad-out.md bad.md
has "$tmp/err" "bad.md:14: dipgraph timeline: unknown option '--veiw'"
[ -e bad-out.md ] && fail "a bad block still wrote OUT"
ls bad-out-* >/dev/null 2>&1 && fail "a bad block still wrote figures"
cp doc.md bad.md
sed -i 's/^  LSS: {name/  LSS: {nmae/' bad.md
cp out.md keep.md
expect 1 "$dg" md -o out.md bad.md
has "$tmp/err" 'bad.md:26:'
cmp -s out.md keep.md || fail "a block with bad data changed an earlier OUT"
printf '```dipgraph\nrender "open\n```\n' >bad.md
expect 2 "$dg" md -o bad-out.md bad.md
has "$tmp/err" 'bad.md:2: error: a quote (") is not closed'
printf 'text\n\n```dipgraph\nrender\n' >bad.md
expect 2 "$dg" md -o bad-out.md bad.md
has "$tmp/err" 'bad.md:3: error: this dipgraph block is not closed'
[ -e bad-out.md ] && fail "an unclosed block still wrote OUT"

# Untrusted documents: no file outside the document's folder, however
# named; no -o; -G/-N/-E only from the allow-list.
mkdir -p docs
echo 'secret: 1' >secret.yaml
ln -s ../secret.yaml docs/link.yaml
ln -s /etc/passwd docs/passwd.yaml
refused() { # refused TEXT-OF-THE-MESSAGE COMMAND-LINE
    printf '# doc\n\n```dipgraph\n%s\n```\n' "$2" >docs/t.md
    expect 2 "$dg" md -o docs/t-out.md docs/t.md
    has "$tmp/err" "docs/t.md:4: dipgraph render: $1"
    ls docs/t-out* >/dev/null 2>&1 && fail "a refused block wrote something: $2"
}
refused "'../secret.yaml' lies outside the document's folder" 'render ../secret.yaml'
refused "'/etc/passwd': a document's block names its files relative" 'render /etc/passwd'
refused "'link.yaml' lies outside the document's folder" 'render link.yaml'
refused "'passwd.yaml' lies outside the document's folder" 'render passwd.yaml'
refused "'./../docs/../secret.yaml' lies outside" 'render ./../docs/../secret.yaml'
refused "-o: md chooses where" 'render -o /tmp/x.svg'
refused "'-' (standard input) cannot be read here" 'render -'
refused "attribute href is refused" 'render -G href=https://example.org'
refused "attribute label is not one of the layout and style attributes" 'render -Nlabel=x'
refused "-T pdf: a figure in a document is svg, png, jpg or gif" 'render -T pdf'
printf '```dipgraph\nexport -o x.json\n```\n' >docs/t.md
expect 2 "$dg" md -o docs/t-out.md docs/t.md
has "$tmp/err" "a figure is drawn by render or timeline, not 'export'"
# A file inside the folder is fine, reached by .. or not.
mkdir -p docs/data
cp league.yaml docs/data/
printf '```dipgraph\nrender --view memberships --no-focus data/../data/league.yaml\n```\n' >docs/t.md
expect 0 "$dg" md -o docs/t-out.md docs/t.md

# OUT is never IN; --dir puts the figures elsewhere, linked from OUT.
cp doc.md doc.orig
expect 2 "$dg" md -o doc.md doc.md
cmp -s doc.md doc.orig || fail "md wrote over its input"
expect 2 bash -c '"$0" md -o doc.md - <doc.md' "$dg" # IN from stdin: the file behind it too
cmp -s doc.md doc.orig || fail "md wrote over its input read from stdin"
expect 0 "$dg" md -o site/page.md --dir site/img doc.md
has site/page.md '](img/page-'
[ "$(ls site/img | wc -l)" = 3 ] || fail "--dir: not three figures in site/img"
# Without -o, OUT is standard output and the figures go to the current folder.
expect 0 "$dg" md --dir fig doc.md
has "$tmp/out" '](fig/doc-'

finish
