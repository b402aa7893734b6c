# relation, and the continuity of represent and hubs, on the format 1.1
# query fixture (tests/fixtures/query/relation-v11.yaml, where each record
# says why it is there).

# The latest state with no --at; the history as a table, "-" where an entry
# leaves a field as it was; the predecessor the relation was held as.
$ dipgraph relation DE RS fx/query/relation-v11.yaml
> Germany (DE) and Serbia (RS): active, level embassy, holds
> established 1951
> as Yugoslavia (YU), taken over through continuity
>   DATE        STATUS   LEVEL  NOTE
>   1999-03-24  severed  -      NATO bombing of Yugoslavia
>   2000-11-17  active   -

# Severed on the day asked: the relation does not hold; either order.
$ dipgraph relation --at 1999-06-01 RS DE fx/query/relation-v11.yaml
> Serbia (RS) and Germany (DE) on 1999-06-01: severed, level embassy, does not hold
> established 1951
> as Yugoslavia (YU), taken over through continuity
>   DATE        STATUS   LEVEL  NOTE
>   1999-03-24  severed  -      NATO bombing of Yugoslavia
>   2000-11-17  active   -
$ dipgraph relation --json --at 1999-06-01 DE RS fx/query/relation-v11.yaml
> {
>   "between": ["DE", "RS"],
>   "at": "1999-06-01",
>   "holds": false,
>   "status": "severed",
>   "level": "embassy",
>   "as": "YU",
>   "established": "1951",
>   "severed": null,
>   "history": [
>     {"date": "1999-03-24", "status": "severed", "note": "NATO bombing of Yugoslavia", "sources": ["wp"]},
>     {"date": "2000-11-17", "status": "active", "sources": ["wp"]}
>   ],
>   "sources": ["wp"]
> }

# Asked about the predecessor itself: nothing was taken over.
$ dipgraph relation --at 1990 DE YU fx/query/relation-v11.yaml
> Germany (DE) and Yugoslavia (YU) on 1990: active, level embassy, holds
> established 1951
>   DATE        STATUS   LEVEL  NOTE
>   1999-03-24  severed  -      NATO bombing of Yugoslavia
>   2000-11-17  active   -

# A country and an organization, in either order; the level on the day.
$ dipgraph relation --at 2000 EU BY fx/query/relation-v11.yaml
> European Union (EU) and Belarus (BY) on 2000: active, level charge, holds
> established 1992
>   DATE        STATUS  LEVEL    NOTE
>   2008-03-10  -       embassy  the EU delegation in Minsk opened
$ dipgraph relation --json BY EU fx/query/relation-v11.yaml | grep -E '^  "(level|holds)"'
>   "holds": true,
>   "level": "embassy",

# status none: recorded to say there never were relations.
$ dipgraph relation BY XK fx/query/relation-v11.yaml
> Belarus (BY) and Kosovo (XK): none (never had relations), does not hold

# No relation recorded is an answer (exit status 0): status null.
$ dipgraph relation DE FR fx/query/relation-v11.yaml
> Germany (DE) and France (FR): no relation recorded
$ dipgraph relation --json DE FR fx/query/relation-v11.yaml
> {
>   "between": ["DE", "FR"],
>   "at": null,
>   "holds": false,
>   "status": null,
>   "level": null,
>   "history": []
> }

# An unknown id: exit status 1, nothing on stdout.
$ dipgraph relation DE ZZ fx/query/relation-v11.yaml
2> dipgraph relation: unknown country or organization 'ZZ'
? 1
$ dipgraph relation DE fx/query/relation-v11.yaml
2> ...
? 1

# represent and hubs: a taken-over mission says whom it was held as, after
# the table in text, as "as" (the sender's side) or "host_as" in JSON.
$ dipgraph represent RS DE fx/query/relation-v11.yaml
> Serbia (RS) in Germany (DE): resident, 1 mission
>   ID         KIND     CITY    IN  RESIDENT  SINCE  UNTIL
>   yu-berlin  embassy  Berlin  DE  yes        1951
>   yu-berlin: as Yugoslavia (YU)
$ dipgraph represent DE RS fx/query/relation-v11.yaml
> Germany (DE) in Serbia (RS): resident, 1 mission
>   ID           KIND     CITY      IN  RESIDENT  SINCE  UNTIL
>   de-belgrade  embassy  Belgrade  RS  yes        1951
>   de-belgrade: host as Yugoslavia (YU)
$ dipgraph represent --json RS DE fx/query/relation-v11.yaml | grep yu-berlin
>     {"id": "yu-berlin", "kind": "embassy", "city": "Berlin", "in": "DE", "resident": true, "since": "1951", "until": null, "as": "YU"}
$ dipgraph represent --json DE RS fx/query/relation-v11.yaml | grep de-belgrade
>     {"id": "de-belgrade", "kind": "embassy", "city": "Belgrade", "in": "RS", "resident": true, "since": "1951", "until": null, "host_as": "YU"}
$ dipgraph hubs AT fx/query/relation-v11.yaml
> Hubs of non-resident representation in Austria (AT): 1 city
>   CITY      IN  N  COUNTRIES
>   Budapest  HU  1  RS
>   Budapest: RS as Yugoslavia (YU)
$ dipgraph hubs --json AT fx/query/relation-v11.yaml | grep Budapest
>     {"city": "Budapest", "in": "HU", "countries": ["RS"], "as": {"RS": "YU"}}

# The relations view draws a relation in its status on --at (format 1.1
# history): severed in 1999, active again in 2001; a pair with status none
# in its own style.
$ dipgraph render --view relations --no-focus --at 1999-06-01 -T dot fx/query/relation-v11.yaml | grep -o 'tooltip="Germany – Serbia: [a-z]*'
> tooltip="Germany – Serbia: severed
$ dipgraph render --view relations --no-focus --at 2001 -T dot fx/query/relation-v11.yaml | grep -o 'tooltip="Germany – Serbia: [a-z]*'
> tooltip="Germany – Serbia: active
$ dipgraph render --view relations --no-focus -T dot fx/query/relation-v11.yaml | grep -c 'arrowhead=odiamond'
> 1
