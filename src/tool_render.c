/* STUB — to be replaced by the issue that implements `dipgraph render`. */
#include "tool.h"

static int run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("dipgraph render: not implemented yet\n", stderr);
    return 3;
}

const tool_cmd tool_render_cmd = {"render", run, "(not implemented yet)", "usage: dipgraph render\n"};
