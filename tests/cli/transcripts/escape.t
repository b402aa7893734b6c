# Text answers show a newline or a tab of the data as \n and \t, so that no
# name or city can forge a row of a table (or a line of its own); the JSON
# answers carry them as JSON does.

$ printf 'dipgraph: 1\ntitle: "Forged\\nrows"\nmissions:\n  - {id: nl-x, of: NL, kind: embassy, city: "Warsaw\\n  fake-row  embassy  Moscow  RU  yes", in: PL, accredited: [BY]}\n  - {id: de-x, of: DE, kind: embassy, city: "Vil\\tnius", in: LT, accredited: [BY]}\n' > forged.yaml
# Such names are allowed in the data.
$ dipgraph check forged.yaml
> forged.yaml: 5 countries, 0 organizations, 0 memberships, 0 relations, 2 missions, 2 accreditations, 0 events, 0 sources; 0 errors, 0 warnings

# One mission, one row.
$ dipgraph represent NL BY forged.yaml
> Netherlands (NL) in Belarus (BY): non-resident, 1 mission
>   ID    KIND     CITY                                          IN  RESIDENT  SINCE  UNTIL
>   nl-x  embassy  Warsaw\n  fake-row  embassy  Moscow  RU  yes  PL  no
$ dipgraph hubs BY forged.yaml
> Hubs of non-resident representation in Belarus (BY): 2 cities
>   CITY                                          IN  N  COUNTRIES
>   Vil\tnius                                     LT  1  DE
>   Warsaw\n  fake-row  embassy  Moscow  RU  yes  PL  1  NL
$ dipgraph stats forged.yaml | head -1
> Forged\nrows:
$ dipgraph stats forged.yaml | sed -n '/Top hubs/,/^$/p'
> Top hubs of non-resident accreditation (2 cities):
>   CITY                                          IN  ACCREDITATIONS  SENDERS  COUNTRIES
>   Vil\tnius                                     LT               1        1          1
>   Warsaw\n  fake-row  embassy  Moscow  RU  yes  PL               1        1          1
>
$ dipgraph represent --json NL BY forged.yaml | grep city
>     {"id": "nl-x", "kind": "embassy", "city": "Warsaw\n  fake-row  embassy  Moscow  RU  yes", "in": "PL", "resident": false, "since": null, "until": null}
