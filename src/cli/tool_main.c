/* tool_main.c — the registry of subcommands, usage, and `dipgraph help`. */
#include "tool.h"

#include <string.h>

static int help_run(int argc, char **argv);

static const tool_cmd help_cmd = {
    "help", help_run, "show the help of a subcommand",
    "usage: dipgraph help [SUBCOMMAND]\n"};

static const tool_cmd *const commands[] = {
    &tool_check_cmd, &tool_render_cmd, &tool_timeline_cmd, &tool_represent_cmd,
    &tool_hubs_cmd, &tool_stats_cmd, &tool_export_cmd, &help_cmd, NULL};

const tool_cmd *tool_find(const char *name)
{
    for (size_t i = 0; commands[i]; i++)
        if (strcmp(commands[i]->name, name) == 0)
            return commands[i];
    return NULL;
}

void tool_usage(FILE *out)
{
    fprintf(out,
            "usage: dipgraph SUBCOMMAND [OPTIONS] [FILE...]\n"
            "       dipgraph --help | --version | help SUBCOMMAND\n\n"
            "Turns data about countries, organizations, diplomatic missions and\n"
            "non-resident accreditation (YAML, format v1) into graphs, diagrams,\n"
            "timelines, query answers and exports.  With no FILE, the bundled data\n"
            "set (the foreign relations of Belarus) is used; '-' reads standard input.\n\n"
            "Subcommands:\n");
    for (size_t i = 0; commands[i]; i++)
        fprintf(out, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
    fprintf(out, "\nExit status: 0 success, 1 errors in the data (or unknown ids),\n"
                 "2 bad command line, 3 rendering or output failure.\n");
}

static int help_run(int argc, char **argv)
{
    (void)argv;
    if (argc < 2) {
        tool_usage(stdout);
        return 0;
    }
    if (argc > 2)
        return tool_usage_error("help", "too many arguments");
    const tool_cmd *c = tool_find(argv[1]);
    if (!c)
        return tool_usage_error("help", "'%s' is not a dipgraph command", argv[1]);
    fputs(c->help, stdout);
    return 0;
}
