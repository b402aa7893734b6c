/* tool_figure.h — what `dipgraph md` and `dipgraph batch` share
 * (tool_figure.c): a render or timeline command line read into a figure,
 * drawn in this process by the subcommand's own code; the data sets of a
 * run, each loaded once; whole files read into memory. */
#ifndef DG_TOOL_FIGURE_H
#define DG_TOOL_FIGURE_H

#include "tool.h"

/* How the FILEs of a figure's command line are read. */
typedef struct tool_fig_rules {
    const char *base;      /* relative FILEs are relative to this folder; NULL or "."
                              leaves them as given */
    bool confine;          /* untrusted text: no absolute FILE, and none that resolves
                              (symbolic links too) outside base */
    const char *no_output; /* why -o is refused ("md chooses where figures go") */
} tool_fig_rules;

/* One figure.  Every string is owned by it, released by tool_fig_free. */
typedef struct tool_fig {
    const tool_cmd *cmd;          /* render or timeline */
    const tool_figure_ops *ops;
    void *args;                   /* ops's state */
    tool_files files;             /* the FILEs, as they are opened */
    const char *format;           /* -T as given, or NULL */
    char *where;                  /* "FILE:LINE: ", before its messages */
    tool_files owned;             /* every string made for it */
} tool_fig;

/* Read argv (argv[0] names the subcommand, render or timeline) into f by
 * the subcommand's table and its own handling of each item.  where goes
 * before every message.  DG_OK, or DG_EUSAGE once the reason is said. */
dg_status tool_fig_parse(tool_fig *f, const tool_fig_rules *r, const char *where, int argc,
                         char **argv);
/* Where the figure goes: its -o, which also gives the format when -T
 * does not, as it does for the subcommand run alone.  path is copied. */
void tool_fig_output(tool_fig *f, const char *path);
/* Draw with m: the bytes `dipgraph render|timeline ARGS -o OUT` writes;
 * a failure is said (with where) and returned. */
dg_status tool_fig_draw(tool_fig *f, const dg_model *m, dg_buf *out);
/* Draw again in another format (md reads an SVG's title); call it after
 * tool_fig_draw, which it changes the format of for good. */
dg_status tool_fig_draw_as(tool_fig *f, const dg_model *m, const char *format, dg_buf *out);
void tool_fig_free(tool_fig *f);

/* The data sets of a run.  Each distinct list of FILEs is loaded once,
 * its diagnostics printed once. */
typedef struct tool_set {
    char *key;       /* its FILEs joined by NUL bytes; NULL for inline data */
    size_t key_len;
    dg_model *m;     /* NULL when nothing could load */
    dg_status st;    /* DG_OK, or DG_EDATA when it has errors */
    tool_files inputs; /* every file read (the bundled ones too), owned */
} tool_set;
typedef struct tool_sets {
    tool_set *v;
    size_t n, cap;
    tool_files all;  /* every input of every set: what no output may overwrite */
} tool_sets;

/* The index in s of the data set of files, loaded the first time. */
size_t tool_sets_get(tool_sets *s, const tool_files *files);
/* A data set of files (none: only the data) and len bytes of YAML shown as
 * name, whose first byte stands on line `line` of name; never shared. */
size_t tool_sets_inline(tool_sets *s, const tool_files *files, const char *name,
                        const char *data, size_t len, uint32_t line);
void tool_sets_free(tool_sets *s);

/* The whole of path ("-": standard input), at most max bytes, into b
 * (NUL-terminated).  A file that cannot be read, or is larger, is said as
 * "dipgraph CMD: ..." and gives DG_EDATA, as a data file would. */
dg_status tool_read_all(const char *cmd, const char *path, size_t max, dg_buf *b);
/* Append to b; memory running out ends the process (tool_oom). */
void tool_put(dg_buf *b, const void *data, size_t len);
void tool_putf(dg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* dir and every folder above it that is missing, as mkdir -p makes them;
 * a failure is said as "dipgraph CMD: ..." and gives DG_EOUTPUT. */
dg_status tool_make_dirs(const char *cmd, const char *dir);
/* malloc, strdup and strndup that end the process (tool_oom) when memory
 * runs out. */
void *tool_malloc(size_t n);
char *tool_strdup(const char *s);
char *tool_strndup(const char *s, size_t n);
/* The folder of path ("." for a bare name), newly allocated. */
char *tool_dirname(const char *path);
/* dir/name, or name when dir is NULL, "" or "." or name is absolute. */
char *tool_join(const char *dir, const char *name);

#endif
