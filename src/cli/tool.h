/* tool.h — the dipgraph command line: the contract's table (tool_opts.c),
 * the parser that reads it (tool_parse.c), the texts made from it
 * (tool_doc.c) and what every subcommand shares (tool_common.c). */
#ifndef DG_TOOL_H
#define DG_TOOL_H

#include "dipgraph.h"

#include <stdio.h>

/* ---- the contract: one table per subcommand (tool_opts.c) ---- */

/* Every option of every subcommand; one id per meaning, shared. */
enum tool_opt_id {
    OPT_STRICT = 1, OPT_VIEW, OPT_FOCUS, OPT_NO_FOCUS, OPT_AT, OPT_ENGINE, OPT_FORMAT,
    OPT_OUTPUT, OPT_GRAPH_ATTR, OPT_NODE_ATTR, OPT_EDGE_ATTR, OPT_TITLE, OPT_NO_LEGEND,
    OPT_DEPTH, OPT_DETAIL, OPT_ROWS, OPT_FROM, OPT_TO, OPT_JSON, OPT_TABLE, OPT_CSV_RAW,
    OPT_GENERATE, OPT_DIFF, OPT_LAYOUT, OPT_DPI,
    OPT_GRAPH, /* export --graph */
    OPT_COUNTRY, OPT_SOURCE_URL, OPT_REPORT, OPT_ALIASES, /* import */
    OPT_NAMES, OPT_LANG, /* the names shown, and their language (tool_lang.c) */
    OPT_DIR, OPT_CHECK, OPT_DEPFILE, OPT_JOBS, /* md and batch */
};

/* What a value is, for the shell completions. */
typedef enum tool_kind {
    TOOL_TEXT = 0, /* free text, or a flag's nothing: no completion */
    TOOL_FILE,     /* a path */
    TOOL_WORD,     /* one of the words listed (suggested, not enforced here) */
    TOOL_WORDS,    /* a comma-separated list of those words */
    TOOL_DATE,     /* YYYY, YYYY-MM or YYYY-MM-DD */
    TOOL_ID,       /* a country (or organization) id */
    TOOL_COMMAND,  /* a subcommand's name */
} tool_kind;

/* How an option shows in the synopsis. */
enum {
    TOOL_OR = 1,   /* an alternative to the option before: "[--focus ID | --no-focus]" */
    TOOL_MANY = 2, /* may be repeated: "[-G NAME=VALUE]..." */
};

typedef struct tool_opt {
    int id;                    /* enum tool_opt_id; 0 ends a table */
    char short_name;           /* or 0 */
    const char *name;          /* long name without "--", or NULL */
    const char *arg;           /* the value's name ("DATE"); NULL for a flag */
    tool_kind kind;
    const char *const *words;  /* TOOL_WORD(S): NULL-terminated */
    const char *field;         /* the library options field it sets, for messages */
    unsigned flags;            /* TOOL_OR, TOOL_MANY */
    const char *help;          /* one paragraph, wrapped where it is printed */
} tool_opt;

/* A positional argument. */
typedef struct tool_operand {
    const char *name;          /* "SENDER", "FILE"; NULL ends a table */
    tool_kind kind;
    const char *field;         /* the library options field it fills, or NULL */
    bool optional, many;       /* "[NAME]", "[NAME...]" */
} tool_operand;

typedef struct tool_cmd tool_cmd;
/* A subcommand's body: argv[0] is its name.  Returns what it came to. */
typedef dg_status (*tool_run_fn)(const tool_cmd *c, int argc, char **argv);

/* Texts (about, notes) are paragraphs separated by blank lines, wrapped
 * where they are printed; a line that starts with a space is kept as it
 * is (a list or a table). */
struct tool_cmd {
    const char *name;
    tool_run_fn run;
    const char *summary;            /* one line for the list of subcommands */
    const char *about;              /* before the options */
    const tool_operand *operands;
    const tool_opt *opts;
    const char *notes;              /* after the options, or NULL */
};

/* The subcommands, in the order the help lists them; NULL-terminated. */
extern const tool_cmd *const tool_cmds[];
/* What `dipgraph --help` and the man page say before the subcommands. */
extern const char tool_intro[];
/* The environment variables the tool reads, and what for. */
typedef struct tool_env {
    const char *name, *meaning; /* NULL name ends the table */
} tool_env;
extern const tool_env tool_envs[];

/* The exit statuses: each dg_status, its code and its meaning. */
typedef struct tool_exit_row {
    dg_status status;
    int code;
    const char *meaning;
} tool_exit_row;
extern const tool_exit_row tool_exits[]; /* ends with a NULL meaning */
/* The process exit code for st: the one place that turns one into the other. */
int tool_exit(dg_status st);

dg_status tool_run_check(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_render(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_timeline(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_represent(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_hubs(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_relation(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_stats(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_export(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_compare(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_import(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_help(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_md(const tool_cmd *c, int argc, char **argv);
dg_status tool_run_batch(const tool_cmd *c, int argc, char **argv);

/* ---- dispatch and the texts (tool_main.c, tool_doc.c) ---- */

/* The whole program but for the process's exit code. */
dg_status tool_main(int argc, char **argv);
const tool_cmd *tool_find(const char *name);
/* `dipgraph --help` to out. */
void tool_usage(FILE *out);
/* `dipgraph help CMD` to stdout. */
void tool_help(const tool_cmd *c);
/* The man page, bash or zsh completion to stdout; DG_EUSAGE for another what. */
dg_status tool_generate(const char *what);
/* The completion scripts (tool_complete.c), to stdout. */
void tool_complete_bash(void);
void tool_complete_zsh(void);

/* ---- parsing (tool_parse.c) ---- */

/* One item of the command line, as the parser hands it over. */
typedef struct tool_arg {
    const tool_cmd *cmd;
    const tool_opt *opt;         /* the option, or NULL for an operand */
    const tool_operand *operand; /* the operand it is, or NULL for an option */
    const char *value;           /* the option's value or the operand; NULL for a flag */
} tool_arg;
/* Takes one item; DG_OK, or DG_EUSAGE after saying why. */
typedef dg_status (*tool_set_fn)(void *ctx, const tool_arg *a);

/* Parse argv (argv[0] is the subcommand) by c's tables, git style: options
 * before or after operands, --opt=VALUE or --opt VALUE, -TVALUE or -T VALUE,
 * "--" ends the options.  Calls set for every item; checks that every
 * operand that must be there is.  DG_OK or DG_EUSAGE (said on stderr). */
dg_status tool_parse(const tool_cmd *c, int argc, char **argv, tool_set_fn set, void *ctx);
/* While md or batch read or draw a figure, "FILE:LINE: " (the Markdown
 * block's or the manifest entry's), put before the messages of
 * tool_usage_error and tool_fail; NULL the rest of the time. */
extern const char *tool_where;
/* "dipgraph CMD: MESSAGE" + "Try 'dipgraph help CMD'." on stderr; DG_EUSAGE. */
dg_status tool_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The closest of the n words to w (a typo of it), or NULL: for
 * "did you mean".  words may also end with NULL before n. */
const char *tool_closest(const char *w, const char *const *words, size_t n);

/* ---- names and language (tool_lang.c) ---- */

/* --names and --lang of a subcommand that shows names. */
typedef struct tool_names {
    dg_name_style style; /* --names; DG_NAMES_COMMON by default */
    const char *lang;    /* --lang as given, or NULL: the environment's */
} tool_names;
/* Take --names or --lang into n: DG_OK, or a usage error (an unknown
 * style, a --lang that is no locale name). */
dg_status tool_names_set(const tool_arg *a, tool_names *n);
/* The language to show: --lang, else the first of LANGUAGE, LC_ALL,
 * LC_MESSAGES and LANG that is set and not empty ("C" and "POSIX" mean
 * English; so does a value that is no locale name).  NULL: English.
 * The string is argv's or the environment's. */
const char *tool_lang(const tool_names *n);
/* Give the model the names to show (dg_model_set_names), and tell the
 * library where the tool's translations are (once).  Returns the language
 * for the subcommand's options (tool_lang). */
const char *tool_names_apply(dg_model *m, const tool_names *n);

/* ---- what subcommands share (tool_common.c) ---- */

/* A growing list of positional arguments. */
typedef struct tool_files {
    const char **v;
    size_t n, cap;
} tool_files;
void tool_files_add(tool_files *f, const char *s);
void tool_files_free(tool_files *f);
/* The folder of the running program (malloc'd: the caller frees it), or
 * NULL when /proc does not say. */
char *tool_exe_dir(void);
/* Memory ran out in the tool itself: say so and end the process. */
_Noreturn void tool_oom(void);
/* SIGINT, SIGTERM and SIGHUP remove the temporary files of a write in
 * progress (dg_output_cleanup_on_signal), then end the process as the
 * signal would have. */
void tool_catch_signals(void);

/* PATH: a file, or a folder whose *.yaml files (sorted) are added. */
void tool_files_add_path(tool_files *f, const char *path);

/* Load the data set (FILEs, or the bundled one when there are none),
 * printing its diagnostics to stderr.  Sets *status to DG_OK, or to
 * DG_EDATA when it has errors (or warnings, with strict).  Returns the
 * model, which the caller frees, whatever the status; NULL only when
 * nothing could load. */
dg_model *tool_load(const tool_files *files, bool strict, dg_status *status);
/* The input paths actually read by tool_load (for overwrite protection). */
const char *const *tool_inputs(size_t *n);
/* The diagnostics of the data set, at most 100, on stderr. */
void tool_print_diags(const dg_model *m);

/* --dpi N: a whole number within the library's range, or a usage error. */
dg_status tool_dpi(const tool_arg *a, int *out);
/* The value of a date option, or a usage error naming the option. */
dg_status tool_date(const tool_arg *a, dg_date *out);
/* Write the bytes to OUT (NULL or "-": stdout), atomically, refusing inputs. */
dg_status tool_write(const char *cmd, const char *out, const dg_buf *b);
/* Flush stdout and report a failed write: DG_EOUTPUT then, else st. */
dg_status tool_finish_stdout(dg_status st);
/* The message of a library error without its leading "FIELD: ", and that
 * field (into field, of size bytes; "" when there is none). */
const char *tool_msg_field(const char *msg, char *field, size_t size);
/* Say a library error in the tool's terms: a leading option field becomes
 * its flag ("focus: x" -> "--focus: x"), an operand's is dropped; a usage
 * error gets the "Try" line.  Returns st. */
dg_status tool_fail(const tool_cmd *c, dg_status st, const dg_error *err);

/* ---- figures drawn in-process, for md and batch (tool_figure.c) ---- */

/* What render and timeline lend md and batch: their own handling of each
 * command-line item (set, with args for ctx), and drawing with a model
 * that md or batch loaded, so that a figure's bytes are those of the
 * subcommand run alone.  create makes args; destroy releases it. */
typedef struct tool_figure_ops {
    void *(*create)(void);
    tool_set_fn set;
    dg_status (*draw)(void *args, const dg_model *m, dg_buf *out, dg_error *err);
    void (*destroy)(void *args);
} tool_figure_ops;
extern const tool_figure_ops tool_render_figure, tool_timeline_figure;

#endif
