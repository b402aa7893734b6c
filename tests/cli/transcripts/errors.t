# What goes wrong, said in the tool's terms, with the exit status of each
# kind of failure: 1 the data (or an id that names nothing), 2 the command
# line, 3 the output.  The library names the field of its options
# ("focus: ..."); the tool says the flag ("--focus: ...").

# Render and timeline: an id that names nothing is exit status 1 ...
$ dipgraph render --focus XX fx/render/small.yaml
2> dipgraph render: --focus: unknown country 'XX'
? 1
$ dipgraph render --focus ORGA fx/timeline/basic.yaml
2> dipgraph render: --focus: 'ORGA' is an organization, not a country
? 1
$ dipgraph timeline --focus XX fx/timeline/basic.yaml
2> dipgraph timeline: --focus: unknown country 'XX'
? 1
$ dipgraph timeline --focus ORGA fx/timeline/basic.yaml
2> dipgraph timeline: --focus: 'ORGA' is an organization, not a country
? 1

# ... a value the library refuses is a bad command line, exit status 2.
$ dipgraph render --view accreditation --no-focus fx/render/small.yaml
2> dipgraph render: --focus: the accreditation view needs a focus country, and the data set names none
2> Try 'dipgraph help render'.
? 2
$ dipgraph render --detail towns fx/render/small.yaml
2> dipgraph render: --detail: unknown detail 'towns' (available: cities)
2> Try 'dipgraph help render'.
? 2
$ dipgraph render --view nosuch fx/render/small.yaml
2> dipgraph render: unknown view 'nosuch' (available: accreditation, memberships, missions, relations)
2> Try 'dipgraph help render'.
? 2
$ dipgraph timeline --rows memberhsips fx/timeline/basic.yaml
2> dipgraph timeline: --rows: unknown row kind 'memberhsips' (did you mean 'memberships'?) (use relations, missions, memberships, events, heads or all, separated by commas)
2> Try 'dipgraph help timeline'.
? 2
$ dipgraph timeline --rows , fx/timeline/basic.yaml
2> dipgraph timeline: --rows: names no row kind
2> Try 'dipgraph help timeline'.
? 2
$ dipgraph timeline --from 2001 --to 2000 fx/timeline/basic.yaml
2> dipgraph timeline: --from: 2001 is after to (2000)
2> Try 'dipgraph help timeline'.
? 2

# Export's formats and tables.
$ dipgraph export -T xml fx/query/world.yaml
2> dipgraph export: unknown format 'xml'
2> Try 'dipgraph help export'.
? 2
$ dipgraph export -o out.xml fx/query/world.yaml; echo "exit $?"; test -e out.xml || echo "nothing written"
2> dipgraph export: -o out.xml: unknown format 'xml' (json, graphml or csv; give -T to write that name anyway)
2> Try 'dipgraph help export'.
> exit 2
> nothing written

$ dipgraph export -T csv --table mision fx/query/world.yaml
2> dipgraph export: unknown table 'mision' (did you mean 'missions'?)
2> Try 'dipgraph help export'.
? 2
$ dipgraph export -o m.csv fx/query/world.yaml
2> dipgraph export: -T csv writes one table: give --table TABLE, or -o DIR/ for every table
2> Try 'dipgraph help export'.
? 2
$ dipgraph export -T json --table missions fx/query/world.yaml
2> dipgraph export: --table goes with -T csv, not -T json
2> Try 'dipgraph help export'.
? 2

# A data set with errors: its messages, and no answer, figure or file.
$ printf 'missions:\n  - {of: NL, kind: embasy, city: X, in: PL}\n' > bad.yaml
$ dipgraph represent NL PL bad.yaml
2> bad.yaml:2:20: error: unknown mission kind 'embasy' (did you mean 'embassy'?)
2> dipgraph represent: the data set has errors; no answer
? 1
$ dipgraph export -o out.json bad.yaml; echo "exit $?"; test -e out.json || echo "nothing written"
> exit 1
> nothing written
2> bad.yaml:2:20: error: unknown mission kind 'embasy' (did you mean 'embassy'?)
2> dipgraph export: the data set has errors; nothing written
$ dipgraph check fx/invalid/unknown_country.yaml
> fx/invalid/unknown_country.yaml: 1 countries, 0 organizations, 0 memberships, 0 relations, 0 missions, 0 accreditations, 0 events, 0 sources; 1 error, 0 warnings
2> fx/invalid/unknown_country.yaml:3:19: error: unknown country 'UK' (a name, not an id: did you mean 'GB' (United Kingdom)?)
? 1

# Warnings fail only `check --strict`.
$ dipgraph check fx/invalid/accreditation_to_host.yaml 2>/dev/null
> fx/invalid/accreditation_to_host.yaml: 3 countries, 0 organizations, 0 memberships, 0 relations, 1 missions, 2 accreditations, 0 events, 0 sources; 0 errors, 1 warning
$ dipgraph check --strict fx/invalid/accreditation_to_host.yaml
> fx/invalid/accreditation_to_host.yaml: 3 countries, 0 organizations, 0 memberships, 0 relations, 1 missions, 2 accreditations, 0 events, 0 sources; 0 errors, 1 warning
2> fx/invalid/accreditation_to_host.yaml:7:22: warning: mission 'nl-embassy-warsaw' resides in PL: listing its host country under 'accredited' says nothing more
? 1

# Output: never over an input (2), a failed write (3).
$ cp fx/query/world.yaml in.yaml; dipgraph export -T json -o in.yaml in.yaml
2> dipgraph export: refusing to overwrite the input file in.yaml
? 2
$ dipgraph stats fx/query/world.yaml > /dev/full
2> dipgraph stats: cannot write to standard output: No space left on device
? 3
$ mkdir dir; dipgraph render -T svg -o dir fx/render/small.yaml
2> dipgraph render: dir is a directory
? 3
