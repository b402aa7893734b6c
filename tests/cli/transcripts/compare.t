# `dipgraph compare OLD NEW`: records matched by what they are, not by id
# (PL's embassy has an id in NEW only, and the same accreditation is not
# recorded there), then what differs and what one side lacks.
$ dipgraph compare fx/compare/old.yaml fx/compare/new.yaml
> relations: 0 the same, 1 differ, 1 only in OLD, 1 only in NEW
>   differ    BY-PL: OLD established 1992; NEW established 1992-03
>   only OLD  BY-LT: established 1991
>   only NEW  BY-UA: established 1992
> missions: 2 the same, 0 differ, 0 only in OLD, 1 only in NEW
>   only NEW  UA consulate-general in Brest, BY
> accreditations: 0 the same, 0 differ, 1 only in OLD, 0 only in NEW
>   only OLD  PL embassy in Minsk, BY: XA
> memberships: 0 the same, 0 differ, 0 only in OLD, 0 only in NEW
? 0

# --at: what held that day on both sides; --json: one object.
$ dipgraph compare --json --at 1991 fx/compare/old.yaml fx/compare/new.yaml
> {
>   "at": "1991",
>   "relations": {
>     "same": 0,
>     "differ": [],
>     "only_old": [
>       {"record": "BY-LT", "says": "established 1991"}
>     ],
>     "only_new": []
>   },
>   "missions": {
>     "same": 1,
>     "differ": [],
>     "only_old": [],
>     "only_new": [
>       {"record": "UA consulate-general in Brest, BY", "says": ""}
>     ]
>   },
>   "accreditations": {
>     "same": 0,
>     "differ": [],
>     "only_old": [],
>     "only_new": []
>   },
>   "memberships": {
>     "same": 0,
>     "differ": [],
>     "only_old": [],
>     "only_new": []
>   }
> }
? 0

# The same data set twice: everything the same.
$ dipgraph compare fx/render/small.yaml fx/render/small-reordered.yaml
> relations: 6 the same, 0 differ, 0 only in OLD, 0 only in NEW
> missions: 21 the same, 0 differ, 0 only in OLD, 0 only in NEW
> accreditations: 6 the same, 0 differ, 0 only in OLD, 0 only in NEW
> memberships: 15 the same, 0 differ, 0 only in OLD, 0 only in NEW
? 0

# A side with errors: nothing compared, exit status 1.
$ dipgraph compare fx/compare/old.yaml fx/invalid/date_syntax.yaml
2> ...
2> dipgraph compare: fx/invalid/date_syntax.yaml has errors; nothing compared
? 1
