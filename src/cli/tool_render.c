/* tool_render.c — `dipgraph render`: a view of the data set as a diagram. */
#include "tool.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct render_args {
    dg_render_opts o;
    const char *out;
    char *format; /* owned: from -T or the extension of -o */
    dg_attr *attrs;
    size_t n_attrs, cap_attrs;
    tool_files files;
    tool_names names;
} render_args;

/* -GNAME=VALUE (or -GNAME, meaning NAME=true as in dot(1)). */
static dg_status add_attr(render_args *a, char kind, const char *arg)
{
    const char *eq = strchr(arg, '=');
    size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
    /* Graphviz attribute names are identifiers; anything else is a typo
     * (or a file taken as -G's value). */
    bool ident = len > 0 && !isdigit((unsigned char)arg[0]);
    for (size_t i = 0; i < len && ident; i++)
        ident = isalnum((unsigned char)arg[i]) || arg[i] == '_';
    if (!ident)
        return tool_usage_error("render", "-%c needs NAME=VALUE, not '%s'", kind, arg);
    if (a->n_attrs == a->cap_attrs) {
        a->cap_attrs = a->cap_attrs ? 2 * a->cap_attrs : 8;
        a->attrs = realloc(a->attrs, a->cap_attrs * sizeof *a->attrs);
        if (!a->attrs)
            tool_oom();
    }
    char *name = strndup(arg, len);
    if (!name)
        tool_oom();
    a->attrs[a->n_attrs++] = (dg_attr){kind, name, eq ? eq + 1 : "true"};
    return DG_OK;
}

static void free_args(render_args *a)
{
    for (size_t i = 0; i < a->n_attrs; i++)
        free((char *)a->attrs[i].name);
    free(a->attrs);
    free(a->format);
    tool_files_free(&a->files);
}

static dg_status set_format(render_args *a, const char *f)
{
    free(a->format);
    a->format = strdup(f);
    if (!a->format)
        tool_oom();
    return DG_OK;
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

static dg_status parse_depth(const char *s, int *depth)
{
    if (!strcmp(s, "1") || !strcmp(s, "2")) {
        *depth = s[0] - '0';
        return DG_OK;
    }
    return tool_usage_error("render", "--depth must be 1 or 2, not '%s'", s);
}

static dg_status parse_layout(const tool_arg *x, bool *own)
{
    if (strcmp(x->value, "union") && strcmp(x->value, "own"))
        return tool_usage_error("render", "--layout is union or own, not '%s'", x->value);
    *own = !strcmp(x->value, "own");
    return DG_OK;
}

/* --diff FROM:TO, two dates of the --at kind. */
static dg_status parse_diff(const tool_arg *x, dg_render_opts *o)
{
    const char *colon = strchr(x->value, ':');
    if (colon && dg_date_parse(x->value, (size_t)(colon - x->value), &o->diff_from) == DG_DATE_OK &&
        dg_date_parse(colon + 1, strlen(colon + 1), &o->diff_to) == DG_DATE_OK)
        return DG_OK;
    return tool_usage_error("render", "--diff takes FROM:TO, two dates (YYYY, YYYY-MM or "
                                      "YYYY-MM-DD), not '%s'", x->value);
}

static dg_status set(void *ctx, const tool_arg *x)
{
    render_args *a = ctx;
    dg_render_opts *o = &a->o;
    const char *v = x->value;
    switch (x->opt ? x->opt->id : 0) {
    case OPT_VIEW: o->view = v; return DG_OK;
    case OPT_FOCUS: o->focus = v; return DG_OK;
    case OPT_NO_FOCUS: o->focus = ""; return DG_OK;
    case OPT_AT: return tool_date(x, &o->at);
    case OPT_ENGINE: o->engine = v; return DG_OK;
    case OPT_FORMAT: return set_format(a, v);
    case OPT_OUTPUT: a->out = v; return DG_OK;
    case OPT_GRAPH_ATTR: case OPT_NODE_ATTR: case OPT_EDGE_ATTR:
        return add_attr(a, x->opt->short_name, v);
    case OPT_TITLE: o->title = v; return DG_OK;
    case OPT_NO_LEGEND: o->no_legend = true; return DG_OK;
    case OPT_DEPTH: return parse_depth(v, &o->depth);
    case OPT_DETAIL: o->detail = v; return DG_OK;
    case OPT_LAYOUT: return parse_layout(x, &o->layout_own);
    case OPT_DIFF: return parse_diff(x, o);
    case OPT_DPI: return tool_dpi(x, &o->dpi);
    case OPT_NAMES: case OPT_LANG: return tool_names_set(x, &a->names);
    default: tool_files_add(&a->files, v); return DG_OK;
    }
}

/* The options as the library takes them, once every item is set. */
static void ready(render_args *a)
{
    infer_format(a);
    a->o.format = a->format;
    a->o.attrs = a->attrs;
    a->o.n_attrs = a->n_attrs;
}

dg_status tool_run_render(const tool_cmd *c, int argc, char **argv)
{
    render_args a = {0};
    dg_status st = tool_parse(c, argc, argv, set, &a);
    dg_model *m = NULL;
    if (st == DG_OK) {
        ready(&a);
        m = tool_load(&a.files, false, &st);
    }
    if (m && st == DG_OK) {
        dg_buf out = {0};
        dg_error err = {0};
        a.o.lang = tool_names_apply(m, &a.names);
        st = dg_render(m, &a.o, &out, &err);
        st = st == DG_OK ? tool_write(c->name, a.out, &out) : tool_fail(c, st, &err);
        dg_buf_free(&out);
    }
    dg_model_free(m);
    free_args(&a);
    return st;
}

/* ---- md and batch (tool_figure.c): the same items, a model loaded once ---- */

static void *figure_create(void)
{
    render_args *a = calloc(1, sizeof *a);
    if (!a)
        tool_oom();
    return a;
}

static dg_status figure_draw(void *args, const dg_model *m, dg_buf *out, dg_error *err)
{
    render_args *a = args;
    ready(a); /* again: md may have set another format since */
    /* md and batch lend each figure in turn the model they loaded: each
     * gives it the names its own --names and --lang ask for. */
    a->o.lang = tool_names_apply((dg_model *)m, &a->names);
    return dg_render(m, &a->o, out, err);
}

static void figure_destroy(void *args)
{
    free_args(args);
    free(args);
}

const tool_figure_ops tool_render_figure = {figure_create, set, figure_draw, figure_destroy};
