/* tool_opts.c — the command-line contract in one place: every subcommand
 * with its operands, options and texts, and the exit statuses.  The
 * parser (tool_parse.c), `--help`, the man page and the bash and zsh
 * completions (tool_doc.c) are all made from these tables, so they cannot
 * tell different stories.  docs/cli.md says the same for readers. */
#include "tool.h"

/* ---- values the completions offer ---- */

static const char *const views[] = {"accreditation", "memberships", "missions", "relations",
                                    NULL};
/* Suggestions only: render and timeline take any format or engine the
 * installed Graphviz has, and the library says which it has not. */
static const char *const gv_formats[] = {"svg", "png", "pdf", "dot", "json", "ps", NULL};
static const char *const gv_engines[] = {"dot", "neato", "fdp", "sfdp", "twopi", "circo", NULL};
static const char *const depths[] = {"1", "2", NULL};
static const char *const details[] = {"cities", NULL};
static const char *const rows[] = {"relations", "missions", "memberships", "events", "heads", "all", NULL};
static const char *const generated[] = {"man", "bash", "zsh", NULL};
static const char *const name_styles[] = {"common", "iso", "official", NULL};
/* Suggestions: --lang takes any locale name; these have dipgraph's own words. */
static const char *const langs[] = {"en", "be", "ru", NULL};
static const char *const layouts[] = {"union", "own", NULL};

/* ---- operands ---- */

static const tool_operand files[] = {
    {"FILE", TOOL_FILE, NULL, true, true},
    {NULL},
};
static const tool_operand represent_operands[] = {
    {"SENDER", TOOL_ID, "sender", false, false},
    {"HOST", TOOL_ID, "host", false, false},
    {"FILE", TOOL_FILE, NULL, true, true},
    {NULL},
};
static const tool_operand relation_operands[] = {
    {"A", TOOL_ID, "a", false, false},
    {"B", TOOL_ID, "b", false, false},
    {"FILE", TOOL_FILE, NULL, true, true},
    {NULL},
};
static const tool_operand hubs_operands[] = {
    {"FOCUS", TOOL_ID, "focus", false, false},
    {"FILE", TOOL_FILE, NULL, true, true},
    {NULL},
};
static const tool_operand md_operands[] = {
    {"IN", TOOL_FILE, NULL, false, false},
    {NULL},
};
static const tool_operand batch_operands[] = {
    {"MANIFEST", TOOL_FILE, NULL, false, false},
    {NULL},
};
static const tool_operand help_operands[] = {
    {"SUBCOMMAND", TOOL_COMMAND, NULL, true, false},
    {NULL},
};

/* ---- options.  Columns: id, short, long, value, kind, words, library
 * field, synopsis flags, help. ---- */

/* Every subcommand that shows a country's name: the same two options. */
#define NAMES_OPT                                                                          \
    {OPT_NAMES, 0, "names", "STYLE", TOOL_WORD, name_styles, "names", 0,                   \
     "which English country names: common (default: South Korea, Moldova), iso (the ISO "  \
     "short name: Korea, Republic of) or official (Republic of Moldova); a name the data " \
     "set gives wins"}
#define LANG_OPT                                                                           \
    {OPT_LANG, 0, "lang", "LL", TOOL_WORD, langs, "lang", 0,                               \
     "the language of names and words (ru, be, pt_BR, ...; en: English); default: the "    \
     "environment's LANGUAGE, LC_ALL, LC_MESSAGES or LANG, the first one set"}

static const tool_opt check_opts[] = {
    {OPT_STRICT, 0, "strict", NULL, TOOL_TEXT, NULL, NULL, 0,
     "treat warnings as errors (exit status 1)"},
    {0},
};

static const tool_opt render_opts[] = {
    {OPT_VIEW, 0, "view", "VIEW", TOOL_WORD, views, "view", 0,
     "the view to draw (see Views); default: accreditation when there is a focus, else "
     "missions"},
    {OPT_FOCUS, 0, "focus", "ID", TOOL_ID, NULL, "focus", 0,
     "the focus country (default: the data set's)"},
    {OPT_NO_FOCUS, 0, "no-focus", NULL, TOOL_TEXT, NULL, "focus", TOOL_OR,
     "no focus country, even when the data set names one"},
    {OPT_AT, 0, "at", "DATE", TOOL_DATE, NULL, "at", 0,
     "what held on DATE (default: what holds now)"},
    {OPT_ENGINE, 'K', "engine", "ENGINE", TOOL_WORD, gv_engines, "engine", 0,
     "any Graphviz engine; default: dot, or sfdp for large graphs"},
    {OPT_FORMAT, 'T', "format", "FORMAT", TOOL_WORD, gv_formats, "format", 0,
     "any Graphviz format: dot, svg, png, pdf, json, ...; default: the extension of -o, "
     "else dot. -T dot is the graph before layout (no positions) unless -K is given"},
    {OPT_OUTPUT, 'o', "output", "OUT", TOOL_FILE, NULL, NULL, 0,
     "output file, written whole or not at all; '-' = stdout"},
    {OPT_GRAPH_ATTR, 'G', NULL, "NAME=VALUE", TOOL_TEXT, NULL, "attrs", TOOL_MANY,
     "a graph attribute default for Graphviz (also -GNAME=VALUE)"},
    {OPT_NODE_ATTR, 'N', NULL, "NAME=VALUE", TOOL_TEXT, NULL, "attrs", TOOL_OR | TOOL_MANY,
     "a node attribute default for Graphviz"},
    {OPT_EDGE_ATTR, 'E', NULL, "NAME=VALUE", TOOL_TEXT, NULL, "attrs", TOOL_OR | TOOL_MANY,
     "an edge attribute default for Graphviz"},
    {OPT_TITLE, 0, "title", "TEXT", TOOL_TEXT, NULL, "title", 0,
     "the title (default: the data set's)"},
    {OPT_NO_LEGEND, 0, "no-legend", NULL, TOOL_TEXT, NULL, "no_legend", 0,
     "leave the legend out"},
    {OPT_DEPTH, 0, "depth", "1|2", TOOL_WORD, depths, "depth", 0,
     "memberships view: 2 also draws the other members of the focus's organizations "
     "(default: 1)"},
    {OPT_DETAIL, 0, "detail", "cities", TOOL_WORD, details, "detail", 0,
     "missions view: the cities as nodes inside their host country"},
    {OPT_LAYOUT, 0, "layout", "union|own", TOOL_WORD, layouts, "layout_own", 0,
     "with --at: union (default) lays the view out on every date's records, so figures "
     "of several dates keep each node in place; own lays out only what holds on DATE"},
    {OPT_DIFF, 0, "diff", "FROM:TO", TOOL_TEXT, NULL, "diff_from", 0,
     "draw what changed between two dates: added, removed and changed records, each in "
     "its own style (class added|removed|changed in DOT and SVG), the rest quiet"},
    {OPT_DPI, 0, "dpi", "N", TOOL_TEXT, NULL, "dpi", 0,
     "resolution of bitmap formats (png, jpg, ...), 36 to 1200; default 144"},
    NAMES_OPT,
    LANG_OPT,
    {0},
};

static const tool_opt timeline_opts[] = {
    {OPT_FOCUS, 0, "focus", "ID", TOOL_ID, NULL, "focus", 0,
     "the country the chart is about (default: the data set's focus)"},
    {OPT_NO_FOCUS, 0, "no-focus", NULL, TOOL_TEXT, NULL, "focus", TOOL_OR,
     "every country's records, even when the data set has a focus (also --focus '')"},
    {OPT_ROWS, 0, "rows", "ROWS", TOOL_WORDS, rows, "rows", 0,
     "what to draw, comma-separated, in this order (see Rows); default: memberships,events "
     "with a focus, events without"},
    {OPT_FROM, 0, "from", "DATE", TOOL_DATE, NULL, "from", 0,
     "first day shown (YYYY, YYYY-MM or YYYY-MM-DD)"},
    {OPT_TO, 0, "to", "DATE", TOOL_DATE, NULL, "to", 0,
     "last day shown; by default the data's span in whole years, up to today when "
     "something still holds"},
    {OPT_FORMAT, 'T', "format", "FORMAT", TOOL_WORD, gv_formats, "format", 0,
     "svg (default), png, pdf, dot, or any Graphviz output format; without -T, the "
     "extension of -o OUT"},
    {OPT_OUTPUT, 'o', "output", "OUT", TOOL_FILE, NULL, NULL, 0,
     "output file (written whole or not at all); default stdout"},
    {OPT_TITLE, 0, "title", "TEXT", TOOL_TEXT, NULL, "title", 0,
     "the chart's title (default: the data set's title)"},
    {OPT_DPI, 0, "dpi", "N", TOOL_TEXT, NULL, "dpi", 0,
     "resolution of bitmap formats (png, jpg, ...), 36 to 1200; default 144"},
    NAMES_OPT,
    LANG_OPT,
    {0},
};

/* represent, hubs and stats: the same two options, each its own words. */
#define QUERY_AT(help) {OPT_AT, 0, "at", "DATE", TOOL_DATE, NULL, "at", 0, help}
#define QUERY_JSON(help) {OPT_JSON, 0, "json", NULL, TOOL_TEXT, NULL, "json", 0, help}

static const tool_opt represent_opts[] = {
    QUERY_AT("what held on that day (YYYY, YYYY-MM or YYYY-MM-DD); without it, what has no "
             "end date"),
    QUERY_JSON("one JSON object: {\"sender\", \"host\", \"at\", \"resident\", \"missions\": "
               "[{\"id\", \"kind\", \"city\", \"in\", \"resident\", \"since\", \"until\"}]}"),
    NAMES_OPT,
    LANG_OPT,
    {0},
};

static const tool_opt hubs_opts[] = {
    QUERY_AT("what held on that day (YYYY, YYYY-MM or YYYY-MM-DD); without it, what has no "
             "end date"),
    QUERY_JSON("one JSON object: {\"focus\", \"hubs\": [{\"city\", \"in\", \"countries\": "
               "[...]}], \"at\"}"),
    NAMES_OPT,
    LANG_OPT,
    {0},
};

static const tool_opt relation_opts[] = {
    QUERY_AT("the state on that day (YYYY, YYYY-MM or YYYY-MM-DD); without it, the latest"),
    QUERY_JSON("one JSON object: {\"between\", \"at\", \"holds\", \"status\", \"level\", "
               "\"as\", \"established\", \"severed\", \"history\": [{\"date\", \"status\", "
               "\"level\", \"note\", \"sources\"}], \"sources\"}"),
    NAMES_OPT,
    LANG_OPT,
    {0},
};

static const tool_opt stats_opts[] = {
    QUERY_AT("what held on that day (YYYY, YYYY-MM or YYYY-MM-DD)"),
    QUERY_JSON("one JSON object; see docs/queries.md for its fields"),
    NAMES_OPT,
    LANG_OPT,
    {0},
};

static const tool_opt export_opts[] = {
    {OPT_FORMAT, 'T', "format", "FORMAT", TOOL_WORD, dg_export_formats, "format", 0,
     "json (default), graphml, or csv; without -T, taken from the extension of -o (csv for "
     "a folder)"},
    {OPT_TABLE, 0, "table", "TABLE", TOOL_WORD, dg_csv_tables, "table", 0,
     "csv: countries, organizations, memberships, relations, missions, accreditations, "
     "events, or (format 1.1) heads, places or history"},
    {OPT_AT, 0, "at", "DATE", TOOL_DATE, NULL, "at", 0,
     "only what held on that day, and what it names"},
    {OPT_OUTPUT, 'o', "output", "OUT", TOOL_FILE, NULL, NULL, 0,
     "the file to write (default: standard output); with -T csv and -o DIR/, every table "
     "as DIR/TABLE.csv"},
    {OPT_CSV_RAW, 0, "csv-raw", NULL, TOOL_TEXT, NULL, "csv_raw", 0,
     "csv: free text as the data has it, even a cell that a spreadsheet would run as a "
     "formula (by default such a cell gets a leading ')"},
    {OPT_GRAPH, 0, "graph", "GRAPH", TOOL_WORD, dg_export_graphs, "graph", 0,
     "graphml: model (default: countries, organizations and missions as nodes) or "
     "countries (country -> country edges weighted by resident missions and "
     "accreditations, and undirected relation edges, on --at or now)"},
    NAMES_OPT,
    LANG_OPT,
    {0},
};

static const tool_opt md_opts[] = {
    {OPT_OUTPUT, 'o', "output", "OUT", TOOL_FILE, NULL, NULL, 0,
     "the Markdown to write, never IN itself; default: standard output"},
    {OPT_DIR, 0, "dir", "DIR", TOOL_FILE, NULL, NULL, 0,
     "the folder of the figures (default: OUT's), made if missing; OUT links them "
     "relative to its own folder"},
    {OPT_CHECK, 0, "check", NULL, TOOL_TEXT, NULL, NULL, 0,
     "write nothing; exit status 1 when a figure or OUT would change or is missing"},
    {0},
};

static const tool_opt batch_opts[] = {
    {OPT_DEPFILE, 'M', "depfile", "DEPFILE", TOOL_FILE, NULL, NULL, 0,
     "also write Make rules to DEPFILE: each output depends on MANIFEST and on the files "
     "of its data set"},
    {OPT_JOBS, 'j', "jobs", "N", TOOL_TEXT, NULL, NULL, 0,
     "draw in N processes (1 to 64; default 1), forked once every data set is loaded and "
     "the first figure drawn"},
    {0},
};

static const tool_opt help_opts[] = {
    {OPT_GENERATE, 0, "generate", "WHAT", TOOL_WORD, generated, NULL, 0,
     "print, instead of a help, the manual page (WHAT is man: roff for dipgraph(1)) or "
     "the completion script for bash or zsh"},
    {0},
};

/* ---- the subcommands ---- */

static const tool_cmd check_cmd = {
    "check", tool_run_check, "validate a data set and print its counts",
    "Reads the data set (FILEs merged into one, or the bundled one), reports every problem "
    "as FILE:LINE:COL: error|warning: MESSAGE, sorted, and prints one summary line with its "
    "counts.",
    files, check_opts, NULL};

static const tool_cmd render_cmd = {
    "render", tool_run_render, "draw a view of the data set (DOT, SVG, PNG, PDF, ...)",
    "Draws a view of the data set with Graphviz.\n"
    "\n"
    "Views:\n"
    "  accreditation  how every country is represented in the focus, and the\n"
    "                 focus abroad; non-resident accreditation through its hub\n"
    "                 city (the default when there is a focus)\n"
    "  missions       one edge per sender->host pair of resident missions (the\n"
    "                 default without a focus; --detail cities: city nodes)\n"
    "  relations      bilateral relations, labelled with the year established\n"
    "  memberships    countries and organizations (--depth 2: the other\n"
    "                 members)",
    files, render_opts, NULL};

static const tool_cmd timeline_cmd = {
    "timeline", tool_run_timeline, "draw periods and events on a time axis (SVG, PNG, PDF ...)",
    "Draws a timeline chart: a year axis and rows of bars (periods) and markers (events), "
    "grouped under headings, with a legend.\n"
    "\n"
    "Rows:\n"
    "  relations    a row per partner: recognized and established markers, a\n"
    "               bar while relations held, its history along it (format\n"
    "               1.1); then a row per organization it has relations with\n"
    "  missions     a row per mission of or in the focus (and those accredited\n"
    "               to it from abroad), a bar from opened to closed;\n"
    "               accreditations below\n"
    "  memberships  a row per organization, a bar per membership\n"
    "  events       a lane per kind of event, markers labelled\n"
    "  heads        a row per head of mission (format 1.1) of the focus's\n"
    "               missions and of those in it\n"
    "  all          relations, missions, memberships and events (not heads)\n"
    "\n"
    "Without a focus: relations are every pair, missions every mission, memberships each "
    "organization's own lifetime.",
    files, timeline_opts,
    "A 'today' line is drawn when the chart reaches the present; set SOURCE_DATE_EPOCH for "
    "reproducible output."};

static const tool_cmd represent_cmd = {
    "represent", tool_run_represent, "how a country is represented in another",
    "Answers \"how is SENDER represented in HOST\": SENDER's missions resident in HOST, then "
    "its missions elsewhere accredited to HOST, each by id. SENDER is a country (ISO "
    "alpha-2 or alpha-3 code, or an id the data set defines) or an organization; HOST is a "
    "country. Missions to an organization count only through their accreditations. No "
    "representation is an answer too (exit status 0).",
    represent_operands, represent_opts, NULL};

static const tool_cmd hubs_cmd = {
    "hubs", tool_run_hubs, "cities from which countries are represented in FOCUS",
    "Ranks the cities holding missions accredited to FOCUS without residing there "
    "(non-resident accreditation), with the countries whose missions those are: by number "
    "of countries (most first), then city. Missions without a city are grouped by their "
    "host country (city null in JSON).",
    hubs_operands, hubs_opts, NULL};

static const tool_cmd relation_cmd = {
    "relation", tool_run_relation, "the relation between two countries and its history",
    "Answers \"what are the relations between A and B\": their status (active, strained, "
    "suspended, severed, none) and level (embassy, legation, charge, interests, none) on "
    "--at, or the latest; whether relations hold then; when they were established and "
    "ended; the predecessor state a party held them as (continuity); and their dated "
    "history. A and B are countries (ISO alpha-2 or alpha-3 codes, or ids the data set "
    "defines), or a country and an organization, in either order. No relation recorded "
    "is an answer too (exit status 0, status null).",
    relation_operands, relation_opts, NULL};

static const tool_cmd stats_cmd = {
    "stats", tool_run_stats, "the data set in numbers, reciprocity and hubs",
    "Counts the records of the data set (with --at, those holding on that day), then: the "
    "missions open (or holding on --at) by kind; reciprocity of resident embassies (pairs "
    "with one each way, and with one way only); the top hub cities of non-resident "
    "accreditation; and the relations whose countries have no representation in each "
    "other either way.",
    files, stats_opts, NULL};

static const tool_cmd export_cmd = {
    "export", tool_run_export, "the model as JSON, GraphML or CSV tables",
    "Writes the whole normalized model: ids resolved, names, dates with their precision and "
    "qualifiers, sources (docs/queries.md describes every field).",
    files, export_opts,
    "Files are written whole or not at all, and never over an input file; with -o DIR/, "
    "every table or none."};

static const tool_cmd md_cmd = {
    "md", tool_run_md, "draw the dipgraph blocks of a Markdown file as figures",
    "Reads IN, a Markdown file ('-': standard input), and draws every fenced code block "
    "whose info string is dipgraph. Such a block holds one render or timeline command line "
    "(without the program's name; words split as the shell splits them, nothing expanded) "
    "and, optionally after a line ---, YAML data, which is then the figure's data set with "
    "the block's FILEs. Writes OUT: IN with each such block replaced by an image link whose "
    "alt text is the figure's title; and each figure in DIR as STEM-HASH.svg, where STEM is "
    "OUT's name and HASH comes from the block's text, so a block keeps its file name from "
    "run to run (-T png, jpg or gif in the block for another format). Every other code "
    "block is copied as it is.",
    md_operands, md_opts,
    "All or nothing: when a block is bad, its data has errors or its figure cannot be "
    "drawn, the message names IN and the block's line, and no file is written.\n"
    "\n"
    "The document may come from anyone: a block's FILEs are relative to IN's folder and "
    "may not lie outside it (no absolute path, no .. or symbolic link leading out); -o and "
    "'-' are refused in blocks; -G, -N and -E take only layout and style attributes, as "
    "everywhere.\n"
    "\n"
    "--check, for CI: exit status 1, naming each file, when a figure or OUT would change. "
    "Timelines reaching today change every day unless SOURCE_DATE_EPOCH is set."};

static const tool_cmd batch_cmd = {
    "batch", tool_run_batch, "draw every figure of a YAML manifest, loading data once",
    "Reads MANIFEST ('-': standard input), a YAML sequence of figures, each a mapping "
    "{cmd: render|timeline, args: [...], out: PATH}: args is the subcommand's command line "
    "without -o, and out where the figure goes (its format: -T in args, else out's "
    "extension). Relative paths in args and out are relative to MANIFEST's folder. Each "
    "data set (the same list of FILEs) is loaded once, and each figure is written whole or "
    "not at all, the same bytes as `dipgraph CMD ARGS -o OUT`.",
    batch_operands, batch_opts,
    "Nothing is drawn when an entry is bad or a data set has errors: messages name "
    "MANIFEST:LINE:COL. A figure that fails to draw is said, the others are still "
    "written, and the exit status is that failure's. DEPFILE holds a rule OUT: DATA... "
    "MANIFEST for each output, and an empty rule for each data file, so that make does not "
    "stop when one is removed."};

static const tool_operand import_operands[] = {
    {"SOURCE", TOOL_WORD, NULL, false, false}, /* wikipedia | wikidata */
    {"INPUT", TOOL_FILE, NULL, false, false},
    {NULL},
};

static const tool_opt import_opts[] = {
    {OPT_COUNTRY, 0, "country", "ID", TOOL_ID, NULL, "country", 0,
     "wikipedia: the article's country, an id or a name (default: from --title, else the "
     "article's first sentence)"},
    {OPT_TITLE, 0, "title", "TEXT", TOOL_TEXT, NULL, "title", 0,
     "the data set's title; wikipedia: the article's, e.g. 'Foreign relations of Belarus'"},
    {OPT_SOURCE_URL, 0, "source-url", "URL", TOOL_TEXT, NULL, "source_url", 0,
     "the http(s) address every record cites"},
    {OPT_OUTPUT, 'o', "output", "OUT", TOOL_FILE, NULL, NULL, 0,
     "the data set (YAML, format 1.1), written whole or not at all; default stdout"},
    {OPT_REPORT, 0, "report", "FILE", TOOL_FILE, NULL, NULL, 0,
     "what could not be read, one 'INPUT:LINE: REASON: TEXT' line each (default: stderr)"},
    {OPT_ALIASES, 0, "aliases", "FILE", TOOL_FILE, NULL, "aliases", 0,
     "YAML {NAME: ID} pairs: more names of countries, read before the built-in ones"},
    {0},
};

static const tool_cmd import_cmd = {
    "import", tool_run_import, "a data set from Wikipedia's wikitext or Wikidata's missions",
    "SOURCE wikipedia: INPUT is the wikitext of a \"Foreign relations of X\" article; a "
    "relation per row of its relations-by-country table, with the missions and non-resident "
    "accreditations its notes state. SOURCE wikidata: INPUT is the database-of-embassies CSV "
    "or a SPARQL JSON results document with the same variables; a mission per row. Writes a "
    "format-1.1 data set that passes check --strict, every record citing the source. "
    "docs/import.md walks through both.",
    import_operands, import_opts,
    "Never a silent guess: every sentence, row or name not understood is reported, with "
    "its line, and where it belongs to a record also goes into that record's note. Exit "
    "status 0 when a data set was written (reported leftovers or not), 1 when nothing "
    "could be read."};

static const tool_operand compare_operands[] = {
    {"OLD", TOOL_FILE, NULL, false, false},
    {"NEW", TOOL_FILE, NULL, false, false},
    {NULL},
};

static const tool_opt compare_opts[] = {
    QUERY_AT("compare what held on that day (YYYY, YYYY-MM or YYYY-MM-DD); without it, every "
             "record"),
    QUERY_JSON("one JSON object: {\"at\", \"relations\", \"missions\", \"accreditations\", "
               "\"memberships\"}, each {\"same\", \"differ\", \"only_old\", \"only_new\"}"),
    {0},
};

static const tool_cmd compare_cmd = {
    "compare", tool_run_compare, "what two data sets agree on and where they differ",
    "OLD and NEW are each a data set: a file, or a folder of *.yaml files. Records are "
    "matched by what they are, not by their ids: a relation by its two parties; a mission "
    "by its sender, kind, city, host (and organization); an accreditation by its mission "
    "and the country; a membership by member and organization. For each kind, prints how "
    "many are the same, then each record whose dates or status differ, and each found in "
    "one data set only.",
    compare_operands, compare_opts,
    "Exit status 0 whatever the differences; 1 only when a data set has errors."};

static const tool_cmd help_cmd = {
    "help", tool_run_help, "show the help of a subcommand",
    "Prints the help of SUBCOMMAND, or without one the list of subcommands.",
    help_operands, help_opts, NULL};

const tool_cmd *const tool_cmds[] = {&check_cmd, &render_cmd, &timeline_cmd, &represent_cmd,
                                     &hubs_cmd, &relation_cmd,
                                     &stats_cmd, &export_cmd, &compare_cmd, &import_cmd, &md_cmd, &batch_cmd,
                                     &help_cmd, NULL};

const char tool_intro[] =
    "Turns data about countries, organizations, diplomatic missions and non-resident "
    "accreditation (YAML, format v1) into graphs, diagrams, timelines, query answers and "
    "exports. With no FILE, the bundled data set (the foreign relations of Belarus) is "
    "used; '-' reads standard input.";

const tool_env tool_envs[] = {
    {"DIPGRAPH_DATA", "the folder whose *.yaml files are the data set when no FILE is "
                      "given, instead of the bundled one"},
    {"LANGUAGE", "the language of names and words when --lang is not given: a list such "
                 "as be:ru, the first with translations wins (C or POSIX: English)"},
    {"LC_ALL", "the language when --lang and LANGUAGE are not set (ru_RU.UTF-8: Russian)"},
    {"LC_MESSAGES", "the language when --lang, LANGUAGE and LC_ALL are not set"},
    {"LANG", "the language when none of the above is set"},
    {"SOURCE_DATE_EPOCH", "today's date, in seconds since 1970, for charts with a 'today' "
                          "line that must come out the same on every run"},
    {NULL, NULL},
};

/* ---- exit statuses ---- */

const tool_exit_row tool_exits[] = {
    {DG_OK, 0, "success (also a query with an empty answer)"},
    {DG_EDATA, 1, "the data set has errors (with check --strict, warnings too), or a query or "
                  "--focus names an unknown id"},
    {DG_EUSAGE, 2, "bad command line, or an output that would overwrite an input"},
    {DG_EOUTPUT, 3, "a rendering or output failure (Graphviz failed, a write failed)"},
    {DG_OK, 0, NULL},
};

int tool_exit(dg_status st)
{
    for (const tool_exit_row *r = tool_exits; r->meaning; r++)
        if (r->status == st)
            return r->code;
    return tool_exit(DG_EOUTPUT); /* a status newer than this table: a failure */
}
