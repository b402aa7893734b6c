/* STUB — to be replaced by the issue that implements `dipgraph export`. */
#include "tool.h"

static int run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("dipgraph export: not implemented yet\n", stderr);
    return 3;
}

const tool_cmd tool_export_cmd = {"export", run, "(not implemented yet)", "usage: dipgraph export\n"};
