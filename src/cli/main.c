/* main.c — dipgraph: a thin command line over libdipgraph. */
#include "tool.h"

#include <string.h>

int main(int argc, char **argv)
{
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
