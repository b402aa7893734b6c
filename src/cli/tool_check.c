/* tool_check.c — `dipgraph check`: validate a data set and summarize it. */
#include "tool.h"

#include <string.h>

static void summary(const dg_model *m)
{
    size_t n;
    const char *const *in = tool_inputs(&n);
    for (size_t i = 0; i < n; i++)
        printf("%s%s", i ? ", " : "", strcmp(in[i], "-") ? in[i] : "<stdin>");
    size_t e = dg_model_error_count(m), w = dg_model_warning_count(m);
    printf(": %u countries, %u organizations, %u memberships, %u relations, %u missions, "
           "%u accreditations, %u events, %u sources; %zu error%s, %zu warning%s\n",
           m->n_countries, m->n_orgs, m->n_memberships, m->n_relations, m->n_missions,
           m->n_accreditations, m->n_events, m->n_sources, e, e == 1 ? "" : "s", w,
           w == 1 ? "" : "s");
}

typedef struct check_args {
    bool strict;
    tool_files files;
} check_args;

static dg_status set(void *ctx, const tool_arg *a)
{
    check_args *x = ctx;
    if (a->opt) /* --strict, the only option */
        x->strict = true;
    else
        tool_files_add(&x->files, a->value);
    return DG_OK;
}

dg_status tool_run_check(const tool_cmd *c, int argc, char **argv)
{
    check_args x = {0};
    dg_status st = tool_parse(c, argc, argv, set, &x);
    if (st == DG_OK) {
        dg_model *m = tool_load(&x.files, x.strict, &st);
        if (m)
            summary(m);
        dg_model_free(m);
    }
    tool_files_free(&x.files);
    return st;
}
