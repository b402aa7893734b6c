# The one parser every subcommand shares (src/cli/tool_parse.c): long and
# short options, values glued or apart, "--", operands that must be there,
# and a "did you mean" for a typo.

# An unknown option: exit status 2, the closest option if one is close.
$ dipgraph render --veiw missions fx/render/small.yaml
2> dipgraph render: unknown option '--veiw' (did you mean '--view'?)
2> Try 'dipgraph help render'.
? 2
$ dipgraph check --strcit
2> dipgraph check: unknown option '--strcit' (did you mean '--strict'?)
2> Try 'dipgraph help check'.
? 2
$ dipgraph represent --jsno NL BY fx/query/world.yaml
2> dipgraph represent: unknown option '--jsno' (did you mean '--json'?)
2> Try 'dipgraph help represent'.
? 2
$ dipgraph render --bogus fx/render/small.yaml
2> dipgraph render: unknown option '--bogus'
2> Try 'dipgraph help render'.
? 2
$ dipgraph render -Q fx/render/small.yaml
2> dipgraph render: unknown option '-Q'
2> Try 'dipgraph help render'.
? 2

# Values: needed, or refused.
$ dipgraph timeline --focus
2> dipgraph timeline: option '--focus' needs a value
2> Try 'dipgraph help timeline'.
? 2
$ dipgraph render -T
2> dipgraph render: option '-T' needs a value
2> Try 'dipgraph help render'.
? 2
$ dipgraph check --strict=yes
2> dipgraph check: option '--strict' takes no value
2> Try 'dipgraph help check'.
? 2

# Options after operands; --opt=VALUE; -TVALUE.
$ dipgraph check fx/valid/empty.yaml --strict
> fx/valid/empty.yaml: 0 countries, 0 organizations, 0 memberships, 0 relations, 0 missions, 0 accreditations, 0 events, 0 sources; 0 errors, 0 warnings
$ dipgraph represent --at=2000 --json NL BY fx/query/world.yaml | head -4
> {
>   "sender": "NL",
>   "host": "BY",
>   "at": "2000",
$ dipgraph render -Tjson fx/render/small.yaml | head -c 2; echo
> {
>

# "--" ends the options: what follows is a FILE, even "--strict".
$ dipgraph check -- --strict
> --strict: 0 countries, 0 organizations, 0 memberships, 0 relations, 0 missions, 0 accreditations, 0 events, 0 sources; 1 error, 0 warnings
2> dipgraph: error: cannot read --strict: No such file or directory
? 1

# Operands that must be there.
$ dipgraph represent
2> dipgraph represent: missing SENDER and HOST
2> Try 'dipgraph help represent'.
? 2
$ dipgraph represent NL
2> dipgraph represent: missing HOST
2> Try 'dipgraph help represent'.
? 2
$ dipgraph hubs
2> dipgraph hubs: missing FOCUS
2> Try 'dipgraph help hubs'.
? 2

# Values that are not what they should be.
$ dipgraph represent --at 'January 1992' NL BY fx/query/world.yaml
2> dipgraph represent: --at 'January 1992' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
2> Try 'dipgraph help represent'.
? 2
$ dipgraph timeline --to 1992-02-30 fx/timeline/basic.yaml
2> dipgraph timeline: --to '1992-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
2> Try 'dipgraph help timeline'.
? 2
$ dipgraph render --depth 3 fx/render/small.yaml
2> dipgraph render: --depth must be 1 or 2, not '3'
2> Try 'dipgraph help render'.
? 2
$ dipgraph render -G fx/render/small.yaml
2> dipgraph render: -G needs NAME=VALUE, not 'fx/render/small.yaml'
2> Try 'dipgraph help render'.
? 2
