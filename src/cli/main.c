/* main.c — dipgraph: a thin command line over libdipgraph. */
#include "tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The library never prints: its warnings (Graphviz's) and running out of
 * memory reach the tool through these two hooks. */
static void print_message(int severity, const char *msg, void *user)
{
    (void)user;
    fprintf(stderr, "dipgraph: %s%s\n", severity == DG_SEV_ERROR ? "error: " : "", msg);
}

static void out_of_memory(size_t size)
{
    (void)size;
    fputs("dipgraph: out of memory\n", stderr);
}

int main(int argc, char **argv)
{
    dg_set_message_handler(print_message, NULL);
    dg_set_oom_handler(out_of_memory);
    if (argc < 2) {
        tool_usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        tool_usage(stdout);
        return tool_finish_stdout(0);
    }
    if (!strcmp(cmd, "--version")) {
        printf("dipgraph %s (data format %d)\n", DG_VERSION, DG_FORMAT_MAJOR);
        return tool_finish_stdout(0);
    }
    const tool_cmd *c = tool_find(cmd);
    if (!c) {
        fprintf(stderr, "dipgraph: '%s' is not a dipgraph command\n", cmd);
        tool_usage(stderr);
        return 2;
    }
    /* `dipgraph SUBCOMMAND --help` is `dipgraph help SUBCOMMAND`. */
    for (int i = 2; i < argc && strcmp(argv[i], "--"); i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(c->help, stdout);
            return tool_finish_stdout(0);
        }
    return tool_finish_stdout(c->run(argc - 1, argv + 1));
}
