/* tool_timeline.c — `dipgraph timeline`: periods and events on a time axis. */
#include "tool.h"

#include <string.h>

enum { OPT_FOCUS = 1, OPT_NO_FOCUS, OPT_ROWS, OPT_FROM, OPT_TO, OPT_FORMAT, OPT_OUT, OPT_TITLE };
static const tool_opt opts[] = {
    {"focus", 0, true, OPT_FOCUS},   {"no-focus", 0, false, OPT_NO_FOCUS},
    {"rows", 0, true, OPT_ROWS},     {"from", 0, true, OPT_FROM},
    {"to", 0, true, OPT_TO},         {"format", 'T', true, OPT_FORMAT},
    {"output", 'o', true, OPT_OUT},  {"title", 0, true, OPT_TITLE},
    {NULL, 0, false, 0}};

/* -o chart.png without -T: the format is the extension (svg without one). */
static const char *format_from_path(const char *out)
{
    if (!out || !strcmp(out, "-"))
        return NULL;
    const char *slash = strrchr(out, '/');
    const char *dot = strrchr(slash ? slash + 1 : out, '.');
    return dot && dot[1] ? dot + 1 : NULL;
}

typedef struct args {
    dg_timeline_opts o;
    const char *out;
    tool_files files;
} args;

static int parse(int argc, char **argv, args *a)
{
    tool_parser p;
    tool_parser_init(&p, argc, argv, opts);
    const char *arg;
    int id;
    while ((id = tool_next_opt(&p, &arg)) != TOOL_END) {
        switch (id) {
        case TOOL_BAD: return 2;
        case TOOL_FILE: tool_files_add(&a->files, arg); break;
        case OPT_FOCUS: a->o.focus = arg; break;
        case OPT_NO_FOCUS: a->o.focus = ""; break;
        case OPT_ROWS: a->o.rows = arg; break;
        case OPT_FROM:
            if (!tool_parse_date("timeline", "--from", arg, &a->o.from))
                return 2;
            break;
        case OPT_TO:
            if (!tool_parse_date("timeline", "--to", arg, &a->o.to))
                return 2;
            break;
        case OPT_FORMAT: a->o.format = arg; break;
        case OPT_OUT: a->out = arg; break;
        default: a->o.title = arg; break;
        }
    }
    if (!a->o.format)
        a->o.format = format_from_path(a->out);
    return 0;
}

static int run(int argc, char **argv)
{
    args a = {0};
    int st = parse(argc, argv, &a);
    if (st) {
        tool_files_free(&a.files);
        return st;
    }
    dg_model *m = tool_load(&a.files, false, &st);
    if (m && st == 0) {
        dg_buf b = {0};
        dg_error err = {0};
        dg_status s = dg_timeline(m, &a.o, &b, &err);
        if (s == DG_EUSAGE) {
            st = tool_usage_error("timeline", "%s", err.msg);
        } else if (s != DG_OK) {
            fprintf(stderr, "dipgraph timeline: %s\n", err.msg);
            st = (int)s;
        } else {
            st = tool_write("timeline", a.out, &b);
        }
        dg_buf_free(&b);
    }
    dg_model_free(m);
    tool_files_free(&a.files);
    return st;
}

const tool_cmd tool_timeline_cmd = {
    "timeline", run, "draw periods and events on a time axis (SVG, PNG, PDF ...)",
    "usage: dipgraph timeline [--focus ID | --no-focus] [--rows ROWS] [--from DATE]\n"
    "                         [--to DATE] [-T FORMAT] [-o OUT] [--title TEXT] [FILE...]\n\n"
    "Draws a timeline chart: a year axis and rows of bars (periods) and markers\n"
    "(events), grouped under headings, with a legend.\n\n"
    "  --focus ID     the country the chart is about (default: the data set's\n"
    "                 focus)\n"
    "  --no-focus     every country's records, even when the data set has a\n"
    "                 focus (also --focus '')\n"
    "  --rows ROWS    what to draw, comma-separated, in this order:\n"
    "                   relations    a row per partner: recognized and established\n"
    "                                markers, a bar while relations held\n"
    "                   missions     a row per mission of or in the focus (and\n"
    "                                those accredited to it from abroad), a bar\n"
    "                                from opened to closed; accreditations below\n"
    "                   memberships  a row per organization, a bar per membership\n"
    "                   events       a lane per kind of event, markers labelled\n"
    "                   all          all four\n"
    "                 default: memberships,events with a focus, events without.\n"
    "                 Without a focus: relations are every pair, missions every\n"
    "                 mission, memberships each organization's own lifetime.\n"
    "  --from DATE    first day shown (YYYY, YYYY-MM or YYYY-MM-DD)\n"
    "  --to DATE      last day shown; by default the data's span in whole years,\n"
    "                 up to today when something still holds\n"
    "  -T FORMAT      svg (default), png, pdf, dot, or any Graphviz output format;\n"
    "                 without -T, the extension of -o OUT\n"
    "  -o OUT         output file (written whole or not at all); default stdout\n"
    "  --title TEXT   the chart's title (default: the data set's title)\n\n"
    "A 'today' line is drawn when the chart reaches the present; set\n"
    "SOURCE_DATE_EPOCH for reproducible output.\n\n"
    "Exit status: 0 ok, 1 errors in the data or an unknown --focus, 2 bad usage,\n"
    "3 rendering or output failure.\n"};
