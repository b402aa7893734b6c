# export on format 1.1 data: the state of --at in CSV, and format 1.1's
# tables (tests/fixtures/query/relation-v11.yaml and
# tests/fixtures/valid/v11_full.yaml say why each record is there).
# cli_export.sh reads the same outputs back with real parsers.

# Severed on the day: still a row of that day, with its state (holds
# false) and the state it was held as (YU).  Python's csv module keeps
# a, b, status and the columns 1.1 adds: b_type, level, holds, as.
$ dipgraph export -T csv --table relations --at 1999-06-01 fx/query/relation-v11.yaml | python3 -c 'import csv, sys; [print(*r[:3], *r[18:], sep=",") for r in csv.reader(sys.stdin)]'
> a,b,status,b_type,level,holds,as
> BY,XK,none,country,none,false,
> DE,RS,severed,country,embassy,false,YU
> BY,EU,active,organization,charge,true,

# A mission that does not operate is a row with its status (and the
# state its host was then); its accreditations are not.
$ dipgraph export -T csv --table missions --at 1999-06-01 fx/valid/v11_full.yaml | cut -d, -f1,19- | tr -d '\r'
> id,status,operating,wikidata,as
> se-embassy-minsk,suspended,false,,
> us-belgrade,closed,false,Q7862,YU
$ dipgraph export -T csv --table accreditations --at 1999-06-01 fx/valid/v11_full.yaml | wc -l
> 1

# Heads on a date: the one serving then.
$ dipgraph export -T csv --table heads --at 2007 fx/valid/v11_full.yaml | cut -d, -f1,5,6 | tr -d '\r'
> mission,name,title
> us-belgrade,Karen B. Stewart,ambassador

$ dipgraph export -T csv --table places fx/valid/v11_full.yaml | tr -d '\r'
> city,country,lat,lon,wikidata,name_be,name_ru,name_sr,note,sources
> Belgrade,RS,44.8167,20.4667,Q3711,,,Београд,,
> Minsk,BY,53.9,27.5667,Q2280,Мінск,Минск,,,
> Moscow,RU,,,,,,,,

# A version 1 data set: the 1.1 tables by name give their header alone,
# and -o DIR/ writes the seven tables it always wrote.
$ dipgraph export -T csv --table history fx/query/world.yaml | tr -d '\r'
> record,a,a_type,b,b_type,mission,date,date_first,date_last,date_year,status,level,note,sources
$ dipgraph export -o v1/ fx/query/world.yaml && ls v1 | tr '\n' ' '
> accreditations.csv countries.csv events.csv memberships.csv missions.csv organizations.csv relations.csv 
$ dipgraph export -o v11/ fx/valid/v11_full.yaml && ls v11 | tr '\n' ' '
> accreditations.csv countries.csv events.csv heads.csv history.csv memberships.csv missions.csv organizations.csv places.csv relations.csv 

$ dipgraph export -T csv --table head fx/query/world.yaml
2> dipgraph export: unknown table 'head' (did you mean 'heads'?)
2> Try 'dipgraph help export'.
? 2

# JSON says the same as CSV and GraphML: each 1.1 record's state on --at
# next to its fields as written (DE-RS written active, severed that day).
$ dipgraph export -T json --at 1999-06-01 fx/valid/v11_full.yaml | python3 -c 'import json, sys; d = json.load(sys.stdin); [print(*r["between"], r["status"], r["state"]) for r in d["relations"]]; [print(m["id"], m["status"], m["state"]) for m in d["missions"]]'
> DE RS active {'status': 'severed', 'level': 'embassy', 'holds': False}
> RS US active {'status': 'active', 'level': 'embassy', 'holds': True}
> RS XK none {'status': 'none', 'level': 'none', 'holds': False}
> se-embassy-minsk suspended {'status': 'suspended', 'operating': False}
> us-belgrade open {'status': 'closed', 'operating': False}
