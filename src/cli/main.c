/* main.c — dipgraph: a thin command line over libdipgraph. */
#include "tool.h"

#include <stdio.h>

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
    tool_catch_signals();
    return tool_exit(tool_main(argc, argv));
}
