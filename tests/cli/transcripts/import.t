# `dipgraph import`: what the importers write loads cleanly, and the
# command line's failures.  The parsers themselves are tested in
# tests/unit/test_import.c and fuzzed; these are the tool's edges.

# A Wikipedia table, its relations and the missions its notes state.
$ dipgraph import wikipedia --country BY -o by.yaml --report by.report fx/import/relations.wiki
? 0
$ dipgraph check --strict by.yaml
> by.yaml: 22 countries, 2 organizations, 4 memberships, 18 relations, 37 missions, 10 accreditations, 0 events, 1 sources; 0 errors, 0 warnings
? 0

# Wikidata's table: every row converted or reported with its line.
$ dipgraph import wikidata -o wd.yaml --report wd.report fx/import/missions.csv
? 0
$ dipgraph check --strict wd.yaml
> wd.yaml: 31 countries, 2 organizations, 0 memberships, 0 relations, 25 missions, 7 accreditations, 0 events, 1 sources; 0 errors, 0 warnings
? 0
$ cat wd.report
> fx/import/missions.csv:23: sender not known: Nordic countries
> fx/import/missions.csv:24: host country not known: Atlantis
? 0

# The same input twice: the same bytes.
$ dipgraph import wikidata fx/import/missions.csv 2>/dev/null | cmp - wd.yaml && echo same
> same
? 0

# Bad command lines: exit status 2; nothing to read: 1.
$ dipgraph import bogus fx/import/missions.csv
2> dipgraph import: SOURCE is wikipedia or wikidata, not 'bogus'
2> Try 'dipgraph help import'.
? 2
$ dipgraph import wikipedia --country XQ fx/import/relations.wiki
2> dipgraph import: --country: unknown country 'XQ'
2> Try 'dipgraph help import'.
? 2
$ dipgraph import wikipedia --country BY nonexist.wiki
2> dipgraph import: cannot read 'nonexist.wiki': No such file or directory
? 1
$ printf 'nothing here\n' | dipgraph import wikidata -
2> dipgraph import: no header row of column names
? 1
