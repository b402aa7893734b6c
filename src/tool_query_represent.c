/* STUB — to be replaced by the issue that implements `dipgraph represent`. */
#include "tool.h"

static int run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("dipgraph represent: not implemented yet\n", stderr);
    return 3;
}

const tool_cmd tool_represent_cmd = {"represent", run, "(not implemented yet)", "usage: dipgraph represent\n"};
