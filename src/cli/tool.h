/* tool.h — the dipgraph command line: shared pieces of the tool_*.c files. */
#ifndef DG_TOOL_H
#define DG_TOOL_H

#include "dipgraph.h"

/* One subcommand: its name, entry point, one-line summary and help text. */
typedef struct tool_cmd {
    const char *name;
    int (*run)(int argc, char **argv); /* argv[0] is the subcommand */
    const char *summary;
    const char *help;
} tool_cmd;

extern const tool_cmd tool_check_cmd, tool_render_cmd, tool_timeline_cmd, tool_represent_cmd,
    tool_hubs_cmd, tool_stats_cmd, tool_export_cmd;
const tool_cmd *tool_find(const char *name);
void tool_usage(FILE *out);

/* Options: a small getopt_long of our own, so that options may follow
 * files (git style) and -GNAME=VALUE works glued or apart. */
typedef struct tool_opt {
    const char *name; /* long name without "--", or NULL */
    char short_name;  /* or 0 */
    bool has_arg;
    int id;           /* returned by tool_next_opt */
} tool_opt;

typedef struct tool_parser {
    int argc, i;
    char **argv;
    const tool_opt *opts;
    const char *cmd;
    bool only_files; /* after "--" */
} tool_parser;

enum { TOOL_END = -1, TOOL_BAD = -2, TOOL_FILE = 0 };
void tool_parser_init(tool_parser *p, int argc, char **argv, const tool_opt *opts);
/* Returns an option id (with *arg set when it takes one), TOOL_FILE for a
 * positional argument (in *arg), TOOL_END, or TOOL_BAD after printing a
 * short usage line to stderr. */
int tool_next_opt(tool_parser *p, const char **arg);
/* "dipgraph CMD: MESSAGE" + "Try 'dipgraph help CMD'." on stderr; returns 2. */
int tool_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A growing list of positional arguments. */
typedef struct tool_files {
    const char **v;
    size_t n, cap;
} tool_files;
void tool_files_add(tool_files *f, const char *s);
void tool_files_free(tool_files *f);

/* Load the data set (FILEs, or the bundled one when there are none),
 * printing its diagnostics to stderr.  Sets *status to 0, or to 1 when it
 * has errors (or warnings, with strict).  Returns the model, which the
 * caller frees, whatever the status; NULL only when nothing could load. */
dg_model *tool_load(const tool_files *files, bool strict, int *status);
/* The bundled data set's files (sorted), added to out; false if none. */
bool tool_bundled_files(tool_files *out);
/* The input paths actually read by tool_load (for overwrite protection). */
const char *const *tool_inputs(size_t *n);

/* Parse a --at/--from/--to date or report a usage error. */
bool tool_parse_date(const char *cmd, const char *opt, const char *s, dg_date *out);
/* Write the bytes to -o OUT (or stdout), atomically, refusing inputs. */
int tool_write(const char *cmd, const char *out, const dg_buf *b);
/* Flush stdout and report a failed write; returns 3 on failure, else st. */
int tool_finish_stdout(int st);

#endif
