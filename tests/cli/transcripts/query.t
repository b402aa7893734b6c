# represent, hubs and stats on the query fixture (tests/fixtures/query/
# world.yaml, where each mission says why it is there): the text answers
# whole, and what an id that names nothing gets.

# Resident missions first, then the non-resident ones, each by id; the
# columns aligned, counts to the right, no blanks at the ends of lines.
$ dipgraph represent NL BY fx/query/world.yaml
> Netherlands (NL) in Belarus (BY): resident, 2 missions
>   ID           KIND                CITY    IN  RESIDENT  SINCE  UNTIL
>   nl-minsk-hc  honorary-consulate  Minsk   BY  yes        2005
>   nl-warsaw    embassy             Warsaw  PL  no         1992
$ dipgraph represent --at 2000 NL BY fx/query/world.yaml
> Netherlands (NL) in Belarus (BY) on 2000: non-resident, 1 mission
>   ID         KIND     CITY    IN  RESIDENT  SINCE  UNTIL
>   nl-warsaw  embassy  Warsaw  PL  no         1992

# No representation is an answer, exit status 0.
$ dipgraph represent DK BY fx/query/world.yaml
> Denmark (DK) in Belarus (BY): no representation
# An ISO country the data set never mentions: known, with nothing in it.
$ dipgraph represent NL ZW fx/query/world.yaml
> Netherlands (NL) in Zimbabwe (ZW): no representation
# An organization as SENDER; alpha-3 codes, answered by their alpha-2 ids.
$ dipgraph represent EU BY fx/query/world.yaml
> European Union (EU) in Belarus (BY): resident, 1 mission
>   ID        KIND        CITY   IN  RESIDENT  SINCE  UNTIL
>   eu-minsk  delegation  Minsk  BY  yes        2008
$ dipgraph represent OSCE BY fx/query/world.yaml
> Organization for Security and Co-operation in Europe (OSCE) in Belarus (BY): no representation
$ dipgraph represent NLD BLR fx/query/world.yaml
> Netherlands (NL) in Belarus (BY): resident, 2 missions
>   ID           KIND                CITY    IN  RESIDENT  SINCE  UNTIL
>   nl-minsk-hc  honorary-consulate  Minsk   BY  yes        2005
>   nl-warsaw    embassy             Warsaw  PL  no         1992

# One JSON object, one line per mission.
$ dipgraph represent --json CH BY fx/query/world.yaml
> {
>   "sender": "CH",
>   "host": "BY",
>   "at": null,
>   "resident": false,
>   "missions": [
>     {"id": "ch-warsaw", "kind": "embassy", "city": "Warsaw", "in": "PL", "resident": false, "since": "1992", "until": null}
>   ]
> }

# Ids that name nothing: exit status 1, nothing on stdout, and a hint where
# one helps.
$ dipgraph represent NL XX fx/query/world.yaml
2> dipgraph represent: unknown country 'XX'
? 1
$ dipgraph represent BY EU fx/query/world.yaml
2> dipgraph represent: unknown country 'EU'
? 1
$ dipgraph represent nl BY fx/query/world.yaml
2> dipgraph represent: unknown country or organization 'nl' (did you mean 'NL'?)
? 1
$ dipgraph represent NL fx/query/world.yaml
2> dipgraph represent: unknown country 'fx/query/world.yaml' (ids come before the files)
? 1
$ dipgraph hubs QQ fx/query/world.yaml
2> dipgraph hubs: unknown country 'QQ'
? 1

# Hub cities: most countries first, then by city; missions without a city
# grouped by their host country.
$ dipgraph hubs BY fx/query/world.yaml
> Hubs of non-resident representation in Belarus (BY): 3 cities
>   CITY       IN  N  COUNTRIES
>   Warsaw     PL  3  CA CH NL
>   Moscow     RU  1  AT
>   (no city)  RU  1  IE
$ dipgraph hubs --at 2000 BY fx/query/world.yaml
> Hubs of non-resident representation in Belarus (BY) as of 2000: 4 cities
>   CITY       IN  N  COUNTRIES
>   Warsaw     PL  3  CA CH NL
>   Moscow     RU  2  AT SE
>   Vilnius    LT  1  FI
>   (no city)  RU  1  IE
$ dipgraph hubs PL fx/query/world.yaml
> Hubs of non-resident representation in Poland (PL): none
$ dipgraph hubs --json PL fx/query/world.yaml
> {
>   "focus": "PL",
>   "hubs": [],
>   "at": null
> }

# The numbers, reciprocity, hubs and the relations with no mission recorded either way.
$ dipgraph stats fx/query/world.yaml
> Query fixture:
>   countries       15
>   organizations    2
>   memberships      2
>   relations        7
>   missions        15
>   accreditations   9
>   events           2
>   sources          1
>
> Missions by kind (12 open):
>   embassy             8
>   honorary-consulate  1
>   embassy-office      1
>   permanent-mission   1
>   delegation          1
>
> Resident embassies: 1 pair with one each way, 6 with one way only
>     FROM  IN
>     AT    RU
>     CA    PL
>     CH    PL
>     FI    LT
>     IE    RU
>     NL    PL
>
> Top hubs of non-resident accreditation (3 cities):
>   CITY       IN  ACCREDITATIONS  SENDERS  COUNTRIES
>   Warsaw     PL               3        3          1
>   Moscow     RU               1        1          1
>   (no city)  RU               1        1          1
>
> Relations with no mission recorded either way: 3
>     COUNTRY  COUNTRY
>     BY       DK
>     BY       FI
>     BY       US
$ dipgraph stats --at 2005 fx/query/world.yaml
> Query fixture on 2005:
>   countries       15
>   organizations    2
>   memberships      2
>   relations        6
>   missions        13
>   accreditations   8
>   events           0
>   sources          1
>
> Missions by kind (13 on 2005):
>   embassy             9
>   consulate-general   1
>   honorary-consulate  1
>   embassy-office      1
>   permanent-mission   1
>
> Resident embassies: 1 pair with one each way, 7 with one way only
>     FROM  IN
>     AT    RU
>     BY    NL
>     CA    PL
>     CH    PL
>     FI    LT
>     IE    RU
>     NL    PL
>
> Top hubs of non-resident accreditation (4 cities):
>   CITY       IN  ACCREDITATIONS  SENDERS  COUNTRIES
>   Warsaw     PL               3        3          1
>   Moscow     RU               2        1          2
>   Vilnius    LT               1        1          1
>   (no city)  RU               1        1          1
>
> Relations with no mission recorded either way: 2
>     COUNTRY  COUNTRY
>     BY       DK
>     BY       US
