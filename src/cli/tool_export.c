/* tool_export.c — `dipgraph export`: the model as JSON, GraphML or CSV
 * tables, written whole or not at all (tool_write). */
#include "tool.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

typedef struct xargs {
    const char *format, *table, *out, *graph;
    dg_date at;
    bool csv_raw;
    bool to_dir; /* -o names a folder: one DIR/TABLE.csv per table */
    tool_files files;
    tool_names names; /* exports have no words of their own: names only */
} xargs;

static size_t count(const char *const *v)
{
    size_t n = 0;
    while (v[n])
        n++;
    return n;
}

/* The word of list that w names, or NULL after a usage message. */
static const char *pick(const char *what, const char *w, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (!strcmp(list[i], w))
            return list[i];
    const char *near = tool_closest(w, list, count(list));
    if (near)
        tool_usage_error("export", "unknown %s '%s' (did you mean '%s'?)", what, w, near);
    else
        tool_usage_error("export", "unknown %s '%s'", what, w);
    return NULL;
}

static bool is_dir(const char *path)
{
    struct stat st;
    size_t n = strlen(path);
    return (n && path[n - 1] == '/') || (stat(path, &st) == 0 && S_ISDIR(st.st_mode));
}

/* -T from -o's extension ("out.graphml"); json without one.  Any other
 * extension is an error, as for render: "out.xml" written as JSON would
 * surprise whoever opens it. */
static const char *format_of(const char *out)
{
    const char *slash = out ? strrchr(out, '/') : NULL;
    const char *base = slash ? slash + 1 : out;
    const char *dot = base ? strrchr(base, '.') : NULL;
    if (!dot || dot == base || !dot[1]) /* none, ".hidden", "name." */
        return "json";
    for (size_t i = 0; dg_export_formats[i]; i++)
        if (!strcasecmp(dot + 1, dg_export_formats[i]))
            return dg_export_formats[i];
    tool_usage_error("export", "-o %s: unknown format '%s' (json, graphml or csv; give -T to "
                               "write that name anyway)", out, dot + 1);
    return NULL;
}

/* Settle -T, --table and -o against each other; DG_OK or a usage error. */
static dg_status settle(xargs *x)
{
    if (x->format && !(x->format = pick("format", x->format, dg_export_formats)))
        return DG_EUSAGE;
    if (x->table && !(x->table = pick("table", x->table, dg_csv_tables)))
        return DG_EUSAGE;
    x->to_dir = x->out && strcmp(x->out, "-") && is_dir(x->out);
    if (!x->format && !(x->format = x->to_dir ? "csv" : format_of(x->out)))
        return DG_EUSAGE;
    if (x->graph && !(x->graph = pick("graph", x->graph, dg_export_graphs)))
        return DG_EUSAGE;
    if (x->graph && strcmp(x->format, "graphml"))
        return tool_usage_error("export", "--graph goes with -T graphml, not -T %s", x->format);
    if (x->table && strcmp(x->format, "csv"))
        return tool_usage_error("export", "--table goes with -T csv, not -T %s", x->format);
    if (x->to_dir && strcmp(x->format, "csv"))
        return tool_usage_error("export", "-o %s is a folder: only -T csv writes one (a file "
                                          "per table)", x->out);
    if (!strcmp(x->format, "csv") && !x->table && !x->to_dir)
        return tool_usage_error("export", "-T csv writes one table: give --table TABLE, or "
                                          "-o DIR/ for every table");
    return DG_OK;
}

static dg_status set(void *ctx, const tool_arg *a)
{
    xargs *x = ctx;
    switch (a->opt ? a->opt->id : 0) {
    case OPT_FORMAT: x->format = a->value; return DG_OK;
    case OPT_TABLE: x->table = a->value; return DG_OK;
    case OPT_OUTPUT: x->out = a->value; return DG_OK;
    case OPT_AT: return tool_date(a, &x->at);
    case OPT_CSV_RAW: x->csv_raw = true; return DG_OK;
    case OPT_GRAPH: x->graph = a->value; return DG_OK;
    case OPT_NAMES: case OPT_LANG: return tool_names_set(a, &x->names);
    default: tool_files_add(&x->files, a->value); return DG_OK;
    }
}

static dg_status make_dir(const char *dir)
{
    if (mkdir(dir, 0777) == 0 || errno == EEXIST)
        return DG_OK;
    fprintf(stderr, "dipgraph export: cannot create the folder %s: %s\n", dir, strerror(errno));
    return DG_EOUTPUT;
}

/* The tables -o DIR/ writes: the one --table names, or every one that
 * applies to the data set (format 1.1's tables only for a 1.1 data set:
 * a version 1 folder gets the seven files it always got). */
static bool wanted(const xargs *x, const dg_model *m, size_t i)
{
    const char *t = dg_csv_tables[i];
    return x->table ? !strcmp(x->table, t) : dg_csv_table_applies(m, t);
}

/* Stage DIR/TABLE.csv for every table made, then rename them all at once:
 * a table that cannot be written leaves every file as it was. */
static dg_status write_tables(const tool_cmd *c, const xargs *x, const dg_model *m,
                              const dg_buf *docs, size_t n)
{
    size_t n_in, dl = strlen(x->out);
    const char *const *inputs = tool_inputs(&n_in);
    dg_outset *set = dg_outset_new(inputs, n_in);
    if (!set)
        tool_oom();
    dg_error err = {0};
    dg_status st = DG_OK;
    for (size_t i = 0; i < n && st == DG_OK; i++) {
        if (!wanted(x, m, i))
            continue;
        char *path = malloc(dl + strlen(dg_csv_tables[i]) + 6);
        if (!path)
            tool_oom();
        sprintf(path, "%s%s%s.csv", x->out, x->out[dl - 1] == '/' ? "" : "/", dg_csv_tables[i]);
        st = dg_output_stage(set, path, docs[i].data ? docs[i].data : "", docs[i].len, &err);
        free(path);
    }
    if (st == DG_OK)
        st = dg_output_commit(set, &err);
    else
        dg_output_abort(set);
    dg_outset_free(set);
    if (st != DG_OK)
        fprintf(stderr, "dipgraph %s: %s\n", c->name, err.msg);
    return st;
}

/* Every table (or the one --table names) into DIR/TABLE.csv.  All are
 * made in memory first, so a failing export writes no file at all. */
static dg_status export_dir(const tool_cmd *c, const dg_model *m, const xargs *x)
{
    const size_t n = count(dg_csv_tables);
    dg_buf *docs = calloc(n, sizeof *docs);
    if (!docs)
        tool_oom();
    dg_error err = {0};
    dg_status st = DG_OK;
    for (size_t i = 0; i < n && st == DG_OK; i++) {
        dg_export_opts o = {.format = "csv", .table = dg_csv_tables[i], .at = x->at,
                            .csv_raw = x->csv_raw};
        if (wanted(x, m, i) && (st = dg_export(m, &o, &docs[i], &err)) != DG_OK)
            tool_fail(c, st, &err);
    }
    if (st == DG_OK)
        st = make_dir(x->out);
    if (st == DG_OK)
        st = write_tables(c, x, m, docs, n);
    for (size_t i = 0; i < n; i++)
        dg_buf_free(&docs[i]);
    free(docs);
    return st;
}

static dg_status export_one(const tool_cmd *c, const dg_model *m, const xargs *x)
{
    dg_export_opts o = {.format = x->format, .table = x->table, .at = x->at,
                        .csv_raw = x->csv_raw, .graph = x->graph};
    dg_buf b = {0};
    dg_error err = {0};
    dg_status st = dg_export(m, &o, &b, &err);
    st = st == DG_OK ? tool_write(c->name, x->out, &b) : tool_fail(c, st, &err);
    dg_buf_free(&b);
    return st;
}

dg_status tool_run_export(const tool_cmd *c, int argc, char **argv)
{
    xargs x = {0};
    dg_status st = tool_parse(c, argc, argv, set, &x);
    if (st == DG_OK)
        st = settle(&x);
    if (st == DG_OK) {
        dg_model *m = tool_load(&x.files, false, &st);
        if (m && st == DG_OK)
            tool_names_apply(m, &x.names);
        if (m && st == DG_OK)
            st = x.to_dir ? export_dir(c, m, &x) : export_one(c, m, &x);
        else if (m)
            fputs("dipgraph export: the data set has errors; nothing written\n", stderr);
        dg_model_free(m);
    }
    tool_files_free(&x.files);
    return st;
}
