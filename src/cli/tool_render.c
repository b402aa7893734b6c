/* tool_render.c — `dipgraph render`: a view of the data set as a diagram. */
#include "tool.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum {
    OPT_VIEW = 1, OPT_FOCUS, OPT_NO_FOCUS, OPT_AT, OPT_ENGINE, OPT_FORMAT, OPT_OUT,
    OPT_G, OPT_N, OPT_E, OPT_TITLE, OPT_NO_LEGEND, OPT_DEPTH, OPT_DETAIL,
};

static const tool_opt opts[] = {
    {"view", 0, true, OPT_VIEW},        {"focus", 0, true, OPT_FOCUS},
    {"no-focus", 0, false, OPT_NO_FOCUS}, {"at", 0, true, OPT_AT},
    {"engine", 'K', true, OPT_ENGINE},  {"format", 'T', true, OPT_FORMAT},
    {"output", 'o', true, OPT_OUT},     {NULL, 'G', true, OPT_G},
    {NULL, 'N', true, OPT_N},           {NULL, 'E', true, OPT_E},
    {"title", 0, true, OPT_TITLE},      {"no-legend", 0, false, OPT_NO_LEGEND},
    {"depth", 0, true, OPT_DEPTH},      {"detail", 0, true, OPT_DETAIL},
    {NULL, 0, false, 0},
};

typedef struct render_args {
    dg_render_opts o;
    const char *out;
    char *format; /* owned: from -T or the extension of -o */
    dg_attr *attrs;
    size_t n_attrs, cap_attrs;
    tool_files files;
} render_args;

/* -GNAME=VALUE (or -GNAME, meaning NAME=true as in dot(1)). */
static bool add_attr(render_args *a, char kind, const char *arg)
{
    const char *eq = strchr(arg, '=');
    size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
    /* Graphviz attribute names are identifiers; anything else is a typo
     * (or a file taken as -G's value). */
    bool ident = len > 0 && !isdigit((unsigned char)arg[0]);
    for (size_t i = 0; i < len && ident; i++)
        ident = isalnum((unsigned char)arg[i]) || arg[i] == '_';
    if (!ident) {
        tool_usage_error("render", "-%c needs NAME=VALUE, not '%s'", kind, arg);
        return false;
    }
    if (a->n_attrs == a->cap_attrs) {
        a->cap_attrs = a->cap_attrs ? 2 * a->cap_attrs : 8;
        a->attrs = realloc(a->attrs, a->cap_attrs * sizeof *a->attrs);
        if (!a->attrs) {
            fputs("dipgraph: out of memory\n", stderr);
            exit(3);
        }
    }
    char *name = strndup(arg, len);
    if (!name) {
        fputs("dipgraph: out of memory\n", stderr);
        exit(3);
    }
    a->attrs[a->n_attrs++] = (dg_attr){kind, name, eq ? eq + 1 : "true"};
    return true;
}

static void free_args(render_args *a)
{
    for (size_t i = 0; i < a->n_attrs; i++)
        free((char *)a->attrs[i].name);
    free(a->attrs);
    free(a->format);
    tool_files_free(&a->files);
}

static bool set_format(render_args *a, const char *f)
{
    free(a->format);
    a->format = strdup(f);
    if (!a->format) {
        fputs("dipgraph: out of memory\n", stderr);
        exit(3);
    }
    return true;
}

/* No -T: the extension of -o ("fig.SVG" -> svg), else dot. */
static void infer_format(render_args *a)
{
    if (a->format)
        return;
    const char *base = a->out ? strrchr(a->out, '/') : NULL;
    base = base ? base + 1 : a->out;
    const char *dot = base && strcmp(base, "-") ? strrchr(base, '.') : NULL;
    set_format(a, dot && dot[1] ? dot + 1 : "dot");
    for (char *p = a->format; *p; p++)
        *p = (char)tolower((unsigned char)*p);
}

static bool parse_depth(const char *s, int *depth)
{
    if (!strcmp(s, "1") || !strcmp(s, "2")) {
        *depth = s[0] - '0';
        return true;
    }
    tool_usage_error("render", "--depth must be 1 or 2, not '%s'", s);
    return false;
}

static bool parse_one(render_args *a, int id, const char *arg)
{
    dg_render_opts *o = &a->o;
    switch (id) {
    case OPT_VIEW: o->view = arg; return true;
    case OPT_FOCUS: o->focus = arg; return true;
    case OPT_NO_FOCUS: o->focus = ""; return true;
    case OPT_AT: return tool_parse_date("render", "--at", arg, &o->at);
    case OPT_ENGINE: o->engine = arg; return true;
    case OPT_FORMAT: return set_format(a, arg);
    case OPT_OUT: a->out = arg; return true;
    case OPT_G: case OPT_N: case OPT_E:
        return add_attr(a, id == OPT_G ? 'G' : id == OPT_N ? 'N' : 'E', arg);
    case OPT_TITLE: o->title = arg; return true;
    case OPT_NO_LEGEND: o->no_legend = true; return true;
    case OPT_DEPTH: return parse_depth(arg, &o->depth);
    case OPT_DETAIL: o->detail = arg; return true;
    default: tool_files_add(&a->files, arg); return true;
    }
}

static bool parse(render_args *a, int argc, char **argv)
{
    tool_parser p;
    tool_parser_init(&p, argc, argv, opts);
    const char *arg;
    int id;
    while ((id = tool_next_opt(&p, &arg)) != TOOL_END)
        if (id == TOOL_BAD || !parse_one(a, id, arg))
            return false;
    infer_format(a);
    a->o.format = a->format;
    a->o.attrs = a->attrs;
    a->o.n_attrs = a->n_attrs;
    return true;
}

static int render_run(int argc, char **argv)
{
    render_args a = {0};
    if (!parse(&a, argc, argv)) {
        free_args(&a);
        return 2;
    }
    int status;
    dg_model *m = tool_load(&a.files, false, &status);
    if (m && status == 0) {
        dg_buf out = {0};
        dg_error err = {0};
        dg_status st = dg_render(m, &a.o, &out, &err);
        if (st == DG_OK)
            status = tool_write("render", a.out, &out);
        else if (st == DG_EUSAGE)
            status = tool_usage_error("render", "%s", err.msg);
        else
            fprintf(stderr, "dipgraph render: %s\n", err.msg), status = (int)st;
        dg_buf_free(&out);
    }
    dg_model_free(m);
    free_args(&a);
    return status;
}

const tool_cmd tool_render_cmd = {
    "render", render_run, "draw a view of the data set (DOT, SVG, PNG, PDF, ...)",
    "usage: dipgraph render [--view VIEW] [--focus ID | --no-focus] [--at DATE]\n"
    "                       [-K ENGINE] [-T FORMAT] [-o OUT] [-G|-N|-E NAME=VALUE]...\n"
    "                       [--title TEXT] [--no-legend] [--depth 1|2]\n"
    "                       [--detail cities] [FILE...]\n\n"
    "Views:\n"
    "  accreditation  how every country is represented in the focus, and the focus\n"
    "                 abroad; non-resident accreditation through its hub city\n"
    "                 (the default when there is a focus)\n"
    "  missions       one edge per sender->host pair of resident missions\n"
    "                 (the default without a focus; --detail cities: city nodes)\n"
    "  relations      bilateral relations, labelled with the year established\n"
    "  memberships    countries and organizations (--depth 2: the other members)\n\n"
    "  --focus ID     the focus country (default: the data set's); --no-focus: none\n"
    "  --at DATE      what held on DATE (default: what holds now)\n"
    "  -T FORMAT      any Graphviz format: dot, svg, png, pdf, json, ...; default:\n"
    "                 the extension of -o, else dot. -T dot is the graph before\n"
    "                 layout (no positions) unless -K is given\n"
    "  -K ENGINE      any Graphviz engine; default: dot, or sfdp for large graphs\n"
    "  -o OUT         output file, written whole or not at all; '-' = stdout\n"
    "  -G/-N/-E NAME=VALUE  graph/node/edge attribute defaults for Graphviz\n"
    "  --title TEXT   the title (default: the data set's)\n"
    "  --no-legend    leave the legend out\n\n"
    "Exit status: 0 ok, 1 data errors or unknown focus, 2 bad usage (unknown view,\n"
    "format or engine), 3 rendering or output failure.\n"};
