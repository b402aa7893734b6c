# The top level: usage, --version, and subcommands that do not exist.
# (run_transcripts.py says how to read this file.)

# No subcommand: the usage, on stderr, and exit status 2.
$ dipgraph
2> usage: dipgraph SUBCOMMAND [OPTIONS] [FILE...]
2>        dipgraph --help | --version | help SUBCOMMAND
2>
2> ...
2> Subcommands:
2>   check      validate a data set and print its counts
2>   render     draw a view of the data set (DOT, SVG, PNG, PDF, ...)
2>   timeline   draw periods and events on a time axis (SVG, PNG, PDF ...)
2>   represent  how a country is represented in another
2>   hubs       cities from which countries are represented in FOCUS
2>   relation   the relation between two countries and its history
2>   stats      the data set in numbers, reciprocity and hubs
2>   export     the model as JSON, GraphML or CSV tables
2>   compare    what two data sets agree on and where they differ
2>   import     a data set from Wikipedia's wikitext or Wikidata's missions
2>   md         draw the dipgraph blocks of a Markdown file as figures
2>   batch      draw every figure of a YAML manifest, loading data once
2>   help       show the help of a subcommand
2>
2> Exit status: 0 success (also a query with an empty answer); 1 the data set has
2> errors (with check --strict, warnings too), or a query or --focus names an
2> unknown id; 2 bad command line, or an output that would overwrite an input; 3 a
2> rendering or output failure (Graphviz failed, a write failed).
? 2

# --help: the same, on stdout; `help` alone is --help.
$ dipgraph --help
> usage: dipgraph SUBCOMMAND [OPTIONS] [FILE...]
> ...
> Exit status: 0 success (also a query with an empty answer); 1 the data set has
> ...
$ cmp <(dipgraph help) <(dipgraph --help) && echo same
> same

$ dipgraph --version | sed 's/[0-9][0-9.]*/N/g'
> dipgraph N (data format N)

# A typo of a subcommand gets the closest one (a swapped pair is one typo).
$ dipgraph rendr
2> dipgraph: 'rendr' is not a dipgraph command (did you mean 'render'?)
2> usage: dipgraph SUBCOMMAND [OPTIONS] [FILE...]
2> ...
? 2
$ dipgraph hbus BY
2> dipgraph: 'hbus' is not a dipgraph command (did you mean 'hubs'?)
2> usage: dipgraph SUBCOMMAND [OPTIONS] [FILE...]
2> ...
? 2

# Nothing close: no guess.
$ dipgraph frobnicate
2> dipgraph: 'frobnicate' is not a dipgraph command
2> usage: dipgraph SUBCOMMAND [OPTIONS] [FILE...]
2> ...
? 2

# `help` of what does not exist.
$ dipgraph help rendr
2> dipgraph help: 'rendr' is not a dipgraph command (did you mean 'render'?)
2> Try 'dipgraph help help'.
? 2
$ dipgraph help check render
2> dipgraph help: too many arguments
2> Try 'dipgraph help help'.
? 2
