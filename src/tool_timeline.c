/* STUB — to be replaced by the issue that implements `dipgraph timeline`. */
#include "tool.h"

static int run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("dipgraph timeline: not implemented yet\n", stderr);
    return 3;
}

const tool_cmd tool_timeline_cmd = {"timeline", run, "(not implemented yet)", "usage: dipgraph timeline\n"};
