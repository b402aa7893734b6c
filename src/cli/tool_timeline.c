/* tool_timeline.c — `dipgraph timeline`: periods and events on a time axis. */
#include "tool.h"

#include <stdlib.h>
#include <string.h>

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
    tool_names names;
} args;

static dg_status set(void *ctx, const tool_arg *x)
{
    args *a = ctx;
    switch (x->opt ? x->opt->id : 0) {
    case OPT_FOCUS: a->o.focus = x->value; return DG_OK;
    case OPT_NO_FOCUS: a->o.focus = ""; return DG_OK;
    case OPT_ROWS: a->o.rows = x->value; return DG_OK;
    case OPT_FROM: return tool_date(x, &a->o.from);
    case OPT_TO: return tool_date(x, &a->o.to);
    case OPT_FORMAT: a->o.format = x->value; return DG_OK;
    case OPT_OUTPUT: a->out = x->value; return DG_OK;
    case OPT_TITLE: a->o.title = x->value; return DG_OK;
    case OPT_DPI: return tool_dpi(x, &a->o.dpi);
    case OPT_NAMES: case OPT_LANG: return tool_names_set(x, &a->names);
    default: tool_files_add(&a->files, x->value); return DG_OK;
    }
}

dg_status tool_run_timeline(const tool_cmd *c, int argc, char **argv)
{
    args a = {0};
    dg_status st = tool_parse(c, argc, argv, set, &a);
    dg_model *m = NULL;
    if (st == DG_OK) {
        if (!a.o.format)
            a.o.format = format_from_path(a.out);
        m = tool_load(&a.files, false, &st);
    }
    if (m && st == DG_OK) {
        dg_buf b = {0};
        dg_error err = {0};
        a.o.lang = tool_names_apply(m, &a.names);
        st = dg_timeline(m, &a.o, &b, &err);
        st = st == DG_OK ? tool_write(c->name, a.out, &b) : tool_fail(c, st, &err);
        dg_buf_free(&b);
    }
    dg_model_free(m);
    tool_files_free(&a.files);
    return st;
}

/* ---- md and batch (tool_figure.c): the same items, a model loaded once ---- */

static void *figure_create(void)
{
    args *a = calloc(1, sizeof *a);
    if (!a)
        tool_oom();
    return a;
}

static dg_status figure_draw(void *ctx, const dg_model *m, dg_buf *out, dg_error *err)
{
    args *a = ctx;
    if (!a->o.format)
        a->o.format = format_from_path(a->out);
    /* md and batch lend each figure in turn the model they loaded: each
     * gives it the names its own --names and --lang ask for. */
    a->o.lang = tool_names_apply((dg_model *)m, &a->names);
    return dg_timeline(m, &a->o, out, err);
}

static void figure_destroy(void *ctx)
{
    tool_files_free(&((args *)ctx)->files);
    free(ctx);
}

const tool_figure_ops tool_timeline_figure = {figure_create, set, figure_draw, figure_destroy};
