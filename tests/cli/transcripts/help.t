# Help, the man page and the completions: all made from the one table of
# subcommands and options (src/cli/tool_opts.c).

# A subcommand's help, whole: synopsis, what it does, options, exit status.
$ dipgraph help check
> usage: dipgraph check [--strict] [FILE...]
>
> Reads the data set (FILEs merged into one, or the bundled one), reports every
> problem as FILE:LINE:COL: error|warning: MESSAGE, sorted, and prints one
> summary line with its counts.
>
> Options:
>       --strict  treat warnings as errors (exit status 1)
>   -h, --help    show this help
>
> Exit status: 0 success (also a query with an empty answer); 1 the data set has
> errors (with check --strict, warnings too), or a query or --focus names an
> unknown id; 2 bad command line, or an output that would overwrite an input; 3 a
> rendering or output failure (Graphviz failed, a write failed).

# `CMD --help` and `CMD -h` are `help CMD`, wherever they stand before "--",
# whatever else the line says.
$ dipgraph check --bogus --help | cmp - <(dipgraph help check) && echo same
> same
$ dipgraph render -T svg -h | cmp - <(dipgraph help render) && echo same
> same

# The synopsis is wrapped under itself, alternatives and repeats marked.
$ dipgraph help render
> usage: dipgraph render [--view VIEW] [--focus ID | --no-focus] [--at DATE]
>                        [-K ENGINE] [-T FORMAT] [-o OUT]
>                        [-G|-N|-E NAME=VALUE]... [--title TEXT] [--no-legend]
>                        [--depth 1|2] [--detail cities] [--layout union|own]
>                        [--diff FROM:TO] [--dpi N] [--names STYLE] [--lang LL]
>                        [FILE...]
>
> Draws a view of the data set with Graphviz.
> ...
> Options:
>       --view VIEW         the view to draw (see Views); default: accreditation
>                           when there is a focus, else missions
> ...
>   -G NAME=VALUE           a graph attribute default for Graphviz (also
>                           -GNAME=VALUE)
> ...
>   -h, --help              show this help
>
> Exit status: 0 success (also a query with an empty answer); 1 the data set has
> ...
$ dipgraph help represent | head -1
> usage: dipgraph represent [--at DATE] [--json] [--names STYLE] [--lang LL]
$ dipgraph help export | head -2
> usage: dipgraph export [-T FORMAT] [--table TABLE] [--at DATE] [-o OUT]
>                        [--csv-raw] [--graph GRAPH] [--names STYLE] [--lang LL]

# Every line of every help fits in 79 columns; the exit status is the same
# paragraph in each.
$ for c in check render timeline represent hubs relation stats export compare import md batch help; do dipgraph help $c; done | awk 'length > 79' | wc -l
> 0
$ for c in check render timeline represent hubs relation stats export compare import md batch help; do dipgraph help $c; done | grep -c '^Exit status: 0 success'
> 13

# The man page: a section per subcommand, the exit status once.
$ dipgraph help --generate man | grep -E '^\.(TH|SH)' | sed 's/"dipgraph [0-9.]*"/"dipgraph VERSION"/'
> .TH DIPGRAPH 1 "" "dipgraph VERSION" "User Commands"
> .SH NAME
> .SH SYNOPSIS
> .SH DESCRIPTION
> .SH "DIPGRAPH CHECK"
> .SH "DIPGRAPH RENDER"
> .SH "DIPGRAPH TIMELINE"
> .SH "DIPGRAPH REPRESENT"
> .SH "DIPGRAPH HUBS"
> .SH "DIPGRAPH RELATION"
> .SH "DIPGRAPH STATS"
> .SH "DIPGRAPH EXPORT"
> .SH "DIPGRAPH COMPARE"
> .SH "DIPGRAPH IMPORT"
> .SH "DIPGRAPH MD"
> .SH "DIPGRAPH BATCH"
> .SH "DIPGRAPH HELP"
> .SH "EXIT STATUS"
> .SH ENVIRONMENT
> .SH "SEE ALSO"
$ dipgraph help --generate man | grep -c 'or an output that would overwrite an input'
> 1
$ dipgraph help --generate man | grep -A1 -F '\fB\-\-no\-focus\fR' | head -2
> \fB\-\-no\-focus\fR
> no focus country, even when the data set names one

# The bash completion: it loads, and completes from the same table.
$ dipgraph help --generate bash > c.bash && bash -n c.bash && echo loads
> loads
$ . ./c.bash; COMP_WORDS=(dipgraph render --view m); COMP_CWORD=3; _dipgraph; echo "${COMPREPLY[*]}"
> memberships missions
$ . ./c.bash; COMP_WORDS=(dipgraph timeline --rows relations,me); COMP_CWORD=3; _dipgraph; echo "${COMPREPLY[*]}"
> relations,memberships
$ . ./c.bash; COMP_WORDS=(dipgraph re); COMP_CWORD=1; _dipgraph; echo "${COMPREPLY[*]}"
> render represent relation
$ . ./c.bash; COMP_WORDS=(dipgraph export --ta); COMP_CWORD=2; _dipgraph; echo "${COMPREPLY[*]}"
> --table

# The zsh completion: one function per subcommand, each option once.
$ dipgraph help --generate zsh | head -1
> #compdef dipgraph
$ dipgraph help --generate zsh | grep -c '^_dipgraph_[a-z]*() {'
> 13
$ dipgraph help --generate zsh | grep -F -- "'--rows=["
>     '--rows=[what to draw, comma-separated, in this order (see Rows)]:ROWS:_values -s , ROWS relations missions memberships events heads all' \

$ dipgraph help --generate html
2> dipgraph help: --generate makes man, bash or zsh, not 'html'
2> Try 'dipgraph help help'.
? 2
$ dipgraph help --generate man check
2> dipgraph help: --generate writes the whole manual: no SUBCOMMAND
2> Try 'dipgraph help help'.
? 2
