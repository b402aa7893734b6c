/* tool_main.c — from argv to a subcommand: --help, --version, `help`, and
 * "did you mean" for a subcommand that does not exist. */
#include "tool.h"

#include <string.h>

const tool_cmd *tool_find(const char *name)
{
    for (size_t i = 0; tool_cmds[i]; i++)
        if (strcmp(tool_cmds[i]->name, name) == 0)
            return tool_cmds[i];
    return NULL;
}

/* "'rendr' is not a dipgraph command (did you mean 'render'?)" */
static const char *closest_command(const char *name)
{
    const char *names[32];
    size_t n = 0;
    for (size_t i = 0; tool_cmds[i] && n < 32; i++)
        names[n++] = tool_cmds[i]->name;
    return tool_closest(name, names, n);
}

static void not_a_command(const char *who, const char *name)
{
    const char *near = closest_command(name);
    fprintf(stderr, "%s: '%s' is not a dipgraph command%s%s%s\n", who, name,
            near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
}

static bool wants_help(int argc, char **argv)
{
    /* `dipgraph SUBCOMMAND --help` is `dipgraph help SUBCOMMAND`, wherever
     * --help stands before "--". */
    for (int i = 2; i < argc && strcmp(argv[i], "--"); i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
            return true;
    return false;
}

static dg_status dispatch(int argc, char **argv)
{
    if (argc < 2) {
        tool_usage(stderr);
        return DG_EUSAGE;
    }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h")) {
        tool_usage(stdout);
        return DG_OK;
    }
    if (!strcmp(name, "--version")) {
        printf("dipgraph %s (data format %d)\n", DG_VERSION, DG_FORMAT_MAJOR);
        return DG_OK;
    }
    const tool_cmd *c = tool_find(name);
    if (!c) {
        not_a_command("dipgraph", name);
        tool_usage(stderr);
        return DG_EUSAGE;
    }
    if (wants_help(argc, argv)) {
        tool_help(c);
        return DG_OK;
    }
    return c->run(c, argc - 1, argv + 1);
}

dg_status tool_main(int argc, char **argv)
{
    return tool_finish_stdout(dispatch(argc, argv));
}

/* ---- `dipgraph help` ---- */

typedef struct help_args {
    const char *generate, *subcommand;
} help_args;

static dg_status help_set(void *ctx, const tool_arg *a)
{
    help_args *h = ctx;
    if (a->opt) /* --generate */
        h->generate = a->value;
    else
        h->subcommand = a->value;
    return DG_OK;
}

dg_status tool_run_help(const tool_cmd *c, int argc, char **argv)
{
    help_args h = {0};
    dg_status st = tool_parse(c, argc, argv, help_set, &h);
    if (st != DG_OK)
        return st;
    if (h.generate && h.subcommand)
        return tool_usage_error(c->name, "--generate writes the whole manual: no SUBCOMMAND");
    if (h.generate)
        return tool_generate(h.generate);
    if (!h.subcommand) {
        tool_usage(stdout);
        return DG_OK;
    }
    const tool_cmd *about = tool_find(h.subcommand);
    if (!about) {
        not_a_command("dipgraph help", h.subcommand);
        fprintf(stderr, "Try 'dipgraph help %s'.\n", c->name);
        return DG_EUSAGE;
    }
    tool_help(about);
    return DG_OK;
}
