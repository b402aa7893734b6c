# represent and hubs across closures and continuity (format 1.1), on
# tests/fixtures/query/closures-v11.yaml: a mission closed and reopened is
# not resident, and carries no accreditation, while closed; closed to the
# public it still operates; suspended it is no hub; a host or sender taken
# over is named as it was on the date asked.

# The US embassy in Belgrade: resident before the bombing, not while
# closed (1999-03-23 .. 2001-05-17), resident again after.
$ dipgraph represent --at 1995 US YU fx/query/closures-v11.yaml
> United States (US) in Yugoslavia (YU) on 1995: resident, 1 mission
>   ID           KIND     CITY      IN  RESIDENT  SINCE  UNTIL
>   us-belgrade  embassy  Belgrade  RS  yes        1882
>   us-belgrade: host as Yugoslavia (YU)
$ dipgraph represent --at 2000 US YU fx/query/closures-v11.yaml
> United States (US) in Yugoslavia (YU) on 2000: no representation
>   us-belgrade: closed on that date, from 1999-03-23
$ dipgraph represent --at 2000 US RS fx/query/closures-v11.yaml
> United States (US) in Serbia (RS) on 2000: no representation
>   us-belgrade: closed on that date, from 1999-03-23
$ dipgraph represent --json --at 2000 US RS fx/query/closures-v11.yaml
> {
>   "sender": "US",
>   "host": "RS",
>   "at": "2000",
>   "resident": false,
>   "missions": [],
>   "not_operating": [
>     {"id": "us-belgrade", "status": "closed", "since": "1999-03-23"}
>   ]
> }
$ dipgraph represent --at 2002 US YU fx/query/closures-v11.yaml
> United States (US) in Yugoslavia (YU) on 2002: resident, 1 mission
>   ID           KIND     CITY      IN  RESIDENT  SINCE  UNTIL
>   us-belgrade  embassy  Belgrade  RS  yes        1882
>   us-belgrade: host as Yugoslavia (YU)

# On a date between the hand-overs the host is named as it was then;
# with no date, as the first holder of the chain.
$ dipgraph represent --at 2004 US CS fx/query/closures-v11.yaml
> United States (US) in Serbia and Montenegro (CS) on 2004: resident, 1 mission
>   ID           KIND     CITY      IN  RESIDENT  SINCE  UNTIL
>   us-belgrade  embassy  Belgrade  RS  yes        1882
>   us-belgrade: host as Serbia and Montenegro (CS)
$ dipgraph represent US RS fx/query/closures-v11.yaml
> United States (US) in Serbia (RS): resident, 1 mission
>   ID           KIND     CITY      IN  RESIDENT  SINCE  UNTIL
>   us-belgrade  embassy  Belgrade  RS  yes        1882
>   us-belgrade: host as Yugoslavia (YU)
$ dipgraph represent --json --at 2004 US RS fx/query/closures-v11.yaml
> {
>   "sender": "US",
>   "host": "RS",
>   "at": "2004",
>   "resident": true,
>   "missions": [
>     {"id": "us-belgrade", "kind": "embassy", "city": "Belgrade", "in": "RS", "resident": true, "since": "1882", "until": null, "host_as": "CS"}
>   ]
> }

# Closed to the public is still operating: resident, and still a hub.
$ dipgraph represent --at 2013 SE RS fx/query/closures-v11.yaml
> Sweden (SE) in Serbia (RS) on 2013: resident, 1 mission
>   ID           KIND     CITY      IN  RESIDENT  SINCE  UNTIL
>   se-belgrade  embassy  Belgrade  RS  yes        1950
>   se-belgrade: host as Yugoslavia (YU)
$ dipgraph hubs --at 2013 ME fx/query/closures-v11.yaml
> Hubs of non-resident representation in Montenegro (ME) as of 2013: 1 city
>   CITY      IN  N  COUNTRIES
>   Belgrade  RS  2  SE US

# Before its independence (2006) no mission was accredited to Montenegro.
$ dipgraph hubs --at 2000 ME fx/query/closures-v11.yaml
> Hubs of non-resident representation in Montenegro (ME) as of 2000: none

# Suspended: neither resident nor a hub from 2022-03-01.  With no
# representation on a date, the missions that existed but were closed
# then are named, with the status and since when.
$ dipgraph hubs --at 2021 BY fx/query/closures-v11.yaml
> Hubs of non-resident representation in Belarus (BY) as of 2021: 1 city
>   CITY    IN  N  COUNTRIES
>   Moscow  RU  1  NO
$ dipgraph hubs --at 2023 BY fx/query/closures-v11.yaml
> Hubs of non-resident representation in Belarus (BY) as of 2023: none
$ dipgraph represent --at 2023 NO RU fx/query/closures-v11.yaml
> Norway (NO) in Russian Federation (RU) on 2023: no representation
>   no-moscow: suspended on that date, from 2022-03-01
$ dipgraph represent --at 2021 NO BY fx/query/closures-v11.yaml
> Norway (NO) in Belarus (BY) on 2021: non-resident, 1 mission
>   ID         KIND     CITY    IN  RESIDENT  SINCE  UNTIL
>   no-moscow  embassy  Moscow  RU  no         1992
$ dipgraph represent --at 2023 NO BY fx/query/closures-v11.yaml
> Norway (NO) in Belarus (BY) on 2023: no representation

# A sender taken over: the embassy in Vienna is Serbia's, held as
# Yugoslavia; asked for either, on a date before the hand-over.
$ dipgraph hubs --at 1995 SK fx/query/closures-v11.yaml
> Hubs of non-resident representation in Slovakia (SK) as of 1995: 1 city
>   CITY    IN  N  COUNTRIES
>   Vienna  AT  1  RS
>   Vienna: RS as Yugoslavia (YU)
$ dipgraph hubs --json SK fx/query/closures-v11.yaml
> {
>   "focus": "SK",
>   "hubs": [
>     {"city": "Vienna", "in": "AT", "countries": ["RS"], "as": {"RS": "YU"}}
>   ],
>   "at": null
> }
$ dipgraph represent --at 1995 RS SK fx/query/closures-v11.yaml
> Serbia (RS) in Slovakia (SK) on 1995: non-resident, 1 mission
>   ID         KIND     CITY    IN  RESIDENT  SINCE       UNTIL
>   yu-vienna  embassy  Vienna  AT  no        1993-01-01
>   yu-vienna: as Yugoslavia (YU)
$ dipgraph represent --at 2004 RS SK fx/query/closures-v11.yaml
> Serbia (RS) in Slovakia (SK) on 2004: non-resident, 1 mission
>   ID         KIND     CITY    IN  RESIDENT  SINCE       UNTIL
>   yu-vienna  embassy  Vienna  AT  no        1993-01-01
>   yu-vienna: as Serbia and Montenegro (CS)

# Both parties taken over: each predecessor is named, in the order the
# question names the parties; in JSON the other one is "as_other".
$ dipgraph relation --at 1950 RU RS fx/query/closures-v11.yaml
> Russian Federation (RU) and Serbia (RS) on 1950: active, level embassy, holds
> established 1940-06-24
> as Soviet Union (SU) and Yugoslavia (YU), taken over through continuity
$ dipgraph relation --at 2004 RS RU fx/query/closures-v11.yaml | sed -n 3p
> as Serbia and Montenegro (CS) and Soviet Union (SU), taken over through continuity
$ dipgraph relation --json --at 1950 RU RS fx/query/closures-v11.yaml | grep -E '"as'
>   "as": "SU",
>   "as_other": "YU",
