/* tool_compare.c — `dipgraph compare OLD NEW`: load two data sets and
 * print what the library's dg_compare finds. */
#include "tool.h"

#include <stdio.h>
#include <string.h>

typedef struct compare_args {
    dg_compare_opts o;
    const char *path[2];
    int n;
} compare_args;

static dg_status set(void *ctx, const tool_arg *a)
{
    compare_args *x = ctx;
    if (a->opt && a->opt->id == OPT_AT)
        return tool_date(a, &x->o.at);
    if (a->opt) /* --json */
        x->o.json = true;
    else if (x->n < 2)
        x->path[x->n++] = a->value;
    return DG_OK;
}

/* One side: its file, or its folder's *.yaml files; NULL after the
 * loader's messages when it has errors. */
static dg_model *load_side(const tool_cmd *c, const char *path, dg_status *st)
{
    tool_files f = {0};
    tool_files_add_path(&f, path);
    dg_model *m = tool_load(&f, false, st);
    tool_files_free(&f);
    if (m && *st != DG_OK) {
        fprintf(stderr, "dipgraph %s: %s has errors; nothing compared\n", c->name, path);
        dg_model_free(m);
        m = NULL;
    }
    return m;
}

dg_status tool_run_compare(const tool_cmd *c, int argc, char **argv)
{
    compare_args x = {0};
    dg_status st = tool_parse(c, argc, argv, set, &x);
    if (st != DG_OK)
        return st;
    dg_model *a = load_side(c, x.path[0], &st);
    dg_model *b = a ? load_side(c, x.path[1], &st) : NULL;
    if (a && b) {
        dg_buf out = {0};
        dg_error err = {0};
        st = dg_compare(a, b, &x.o, &out, &err);
        if (st == DG_OK && out.len)
            fwrite(out.data, 1, out.len, stdout);
        else if (st != DG_OK)
            st = tool_fail(c, st, &err);
        dg_buf_free(&out);
    }
    dg_model_free(a);
    dg_model_free(b);
    return st;
}
