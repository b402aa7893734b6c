/* STUB — to be replaced by the issue that implements `dipgraph hubs`. */
#include "tool.h"

static int run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("dipgraph hubs: not implemented yet\n", stderr);
    return 3;
}

const tool_cmd tool_hubs_cmd = {"hubs", run, "(not implemented yet)", "usage: dipgraph hubs\n"};
