/* STUB — to be replaced by the issue that implements `dipgraph stats`. */
#include "tool.h"

static int run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("dipgraph stats: not implemented yet\n", stderr);
    return 3;
}

const tool_cmd tool_stats_cmd = {"stats", run, "(not implemented yet)", "usage: dipgraph stats\n"};
