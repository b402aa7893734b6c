/* tool_export.c — `dipgraph export`: the model as JSON, GraphML or CSV
 * tables, written whole or not at all (tool_write). */
#include "internal.h"
#include "tool.h"

#include <errno.h>
#include <strings.h>
#include <sys/stat.h>

enum { OPT_FORMAT = 1, OPT_TABLE, OPT_AT, OPT_OUT, OPT_HELP };
static const tool_opt opts[] = {{"format", 'T', true, OPT_FORMAT}, {"table", 0, true, OPT_TABLE},
                                {"at", 0, true, OPT_AT},           {"output", 'o', true, OPT_OUT},
                                {"help", 'h', false, OPT_HELP},    {NULL, 0, false, 0}};

typedef struct xargs {
    const char *format, *table, *out;
    dg_date at;
    bool to_dir; /* -o names a folder: one DIR/TABLE.csv per table */
    tool_files files;
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
    const char *near = dg_closest(w, list, count(list));
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

/* -T from -o's extension ("out.graphml"), else json. */
static const char *format_of(const char *out)
{
    const char *slash = out ? strrchr(out, '/') : NULL;
    const char *dot = out ? strrchr(slash ? slash : out, '.') : NULL;
    for (size_t i = 0; dot && dg_export_formats[i]; i++)
        if (!strcasecmp(dot + 1, dg_export_formats[i]))
            return dg_export_formats[i];
    return "json";
}

/* Settle -T, --table and -o against each other; 0 or a usage error (2). */
static int settle(xargs *x)
{
    if (x->format && !(x->format = pick("format", x->format, dg_export_formats)))
        return 2;
    if (x->table && !(x->table = pick("table", x->table, dg_csv_tables)))
        return 2;
    x->to_dir = x->out && strcmp(x->out, "-") && is_dir(x->out);
    if (!x->format)
        x->format = x->to_dir ? "csv" : format_of(x->out);
    if (x->table && strcmp(x->format, "csv"))
        return tool_usage_error("export", "--table goes with -T csv, not -T %s", x->format);
    if (x->to_dir && strcmp(x->format, "csv"))
        return tool_usage_error("export", "-o %s is a folder: only -T csv writes one (a file "
                                          "per table)", x->out);
    if (!strcmp(x->format, "csv") && !x->table && !x->to_dir)
        return tool_usage_error("export", "-T csv writes one table: give --table TABLE, or "
                                          "-o DIR/ for every table");
    return 0;
}

/* Returns -1 to go on, else the exit status (0 after --help). */
static int parse(xargs *x, int argc, char **argv)
{
    tool_parser p;
    const char *arg;
    int id;
    tool_parser_init(&p, argc, argv, opts);
    while ((id = tool_next_opt(&p, &arg)) != TOOL_END) {
        switch (id) {
        case TOOL_BAD: return 2;
        case OPT_HELP: fputs(tool_export_cmd.help, stdout); return 0;
        case OPT_FORMAT: x->format = arg; break;
        case OPT_TABLE: x->table = arg; break;
        case OPT_OUT: x->out = arg; break;
        case OPT_AT:
            if (!tool_parse_date("export", "--at", arg, &x->at))
                return 2;
            break;
        default: tool_files_add(&x->files, arg);
        }
    }
    return settle(x) ? 2 : -1;
}

static int make_dir(const char *dir)
{
    if (mkdir(dir, 0777) == 0 || errno == EEXIST)
        return 0;
    fprintf(stderr, "dipgraph export: cannot create the folder %s: %s\n", dir, strerror(errno));
    return 3;
}

/* Every table (or the one --table names) into DIR/TABLE.csv.  All are
 * made in memory first, so a failing export writes no file at all. */
static int export_dir(const dg_model *m, const xargs *x)
{
    const size_t n = count(dg_csv_tables);
    dg_buf *docs = dg_xcalloc(n, sizeof *docs);
    dg_error err = {0};
    int st = 0;
    for (size_t i = 0; i < n && !st; i++) {
        dg_export_opts o = {"csv", dg_csv_tables[i], x->at};
        if (x->table && strcmp(x->table, dg_csv_tables[i]))
            continue;
        if (dg_export(m, &o, &docs[i], &err) != DG_OK) {
            fprintf(stderr, "dipgraph export: %s\n", err.msg);
            st = (int)err.code;
        }
    }
    if (!st)
        st = make_dir(x->out);
    size_t dl = strlen(x->out);
    for (size_t i = 0; i < n && !st; i++) {
        if (x->table && strcmp(x->table, dg_csv_tables[i]))
            continue;
        char *path = dg_xmalloc(dl + strlen(dg_csv_tables[i]) + 6);
        sprintf(path, "%s%s%s.csv", x->out, x->out[dl - 1] == '/' ? "" : "/", dg_csv_tables[i]);
        st = tool_write("export", path, &docs[i]);
        free(path);
    }
    for (size_t i = 0; i < n; i++)
        dg_buf_free(&docs[i]);
    free(docs);
    return st;
}

static int export_one(const dg_model *m, const xargs *x)
{
    dg_export_opts o = {x->format, x->table, x->at};
    dg_buf b = {0};
    dg_error err = {0};
    int st = (int)dg_export(m, &o, &b, &err);
    if (st)
        fprintf(stderr, "dipgraph export: %s\n", err.msg);
    else
        st = tool_write("export", x->out, &b);
    dg_buf_free(&b);
    return st;
}

static int run(int argc, char **argv)
{
    xargs x = {0};
    int st = parse(&x, argc, argv);
    if (st < 0) {
        dg_model *m = tool_load(&x.files, false, &st);
        if (m && st == 0)
            st = x.to_dir ? export_dir(m, &x) : export_one(m, &x);
        else if (m)
            fputs("dipgraph export: the data set has errors; nothing written\n", stderr);
        dg_model_free(m);
    }
    tool_files_free(&x.files);
    return st;
}

const tool_cmd tool_export_cmd = {
    "export", run, "the model as JSON, GraphML or CSV tables",
    "usage: dipgraph export [-T json|graphml|csv] [--table TABLE] [--at DATE] [-o OUT] [FILE...]\n\n"
    "Writes the whole normalized model: ids resolved, names, dates with their\n"
    "precision and qualifiers, sources (docs/queries.md describes every field).\n\n"
    "  -T FORMAT      json (default), graphml, or csv; without -T, taken from\n"
    "                 the extension of -o (csv for a folder)\n"
    "  --table TABLE  csv: countries, organizations, memberships, relations,\n"
    "                 missions, accreditations or events\n"
    "  --at DATE      only what held on that day, and what it names\n"
    "  -o OUT         the file to write (default: standard output); with -T csv\n"
    "                 and -o DIR/, every table as DIR/TABLE.csv\n\n"
    "Files are written whole or not at all, and never over an input file.\n"
    "Exit status: 0 written, 1 errors in the data, 2 bad usage, 3 output failure.\n"};
