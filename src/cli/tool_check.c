/* tool_check.c — `dipgraph check`: validate a data set and summarize it. */
#include "tool.h"

#include <string.h>

enum { OPT_STRICT = 1 };
static const tool_opt opts[] = {{"strict", 0, false, OPT_STRICT}, {NULL, 0, false, 0}};

static void summary(const dg_model *m, const tool_files *files)
{
    size_t n;
    const char *const *in = tool_inputs(&n);
    (void)files;
    for (size_t i = 0; i < n; i++)
        printf("%s%s", i ? ", " : "", strcmp(in[i], "-") ? in[i] : "<stdin>");
    size_t e = dg_model_error_count(m), w = dg_model_warning_count(m);
    printf(": %u countries, %u organizations, %u memberships, %u relations, %u missions, "
           "%u accreditations, %u events, %u sources; %zu error%s, %zu warning%s\n",
           m->n_countries, m->n_orgs, m->n_memberships, m->n_relations, m->n_missions,
           m->n_accreditations, m->n_events, m->n_sources, e, e == 1 ? "" : "s", w,
           w == 1 ? "" : "s");
}

static int check_run(int argc, char **argv)
{
    tool_parser p;
    tool_parser_init(&p, argc, argv, opts);
    tool_files files = {0};
    bool strict = false;
    const char *arg;
    int id;
    while ((id = tool_next_opt(&p, &arg)) != TOOL_END) {
        if (id == TOOL_BAD) {
            tool_files_free(&files);
            return 2;
        }
        if (id == OPT_STRICT)
            strict = true;
        else
            tool_files_add(&files, arg);
    }
    int status;
    dg_model *m = tool_load(&files, strict, &status);
    if (m)
        summary(m, &files);
    dg_model_free(m);
    tool_files_free(&files);
    return status;
}

const tool_cmd tool_check_cmd = {
    "check", check_run, "validate a data set and print its counts",
    "usage: dipgraph check [--strict] [FILE...]\n\n"
    "Reads the data set (FILEs merged into one, or the bundled one), reports\n"
    "every problem as FILE:LINE:COL: error|warning: MESSAGE, sorted, and prints\n"
    "one summary line with its counts.\n\n"
    "  --strict   treat warnings as errors (exit 1)\n\n"
    "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 bad usage.\n"};
