/* tool_figure.c — what md and batch share: a render or timeline command
 * line read by the subcommand's own table and code (so a figure here is
 * the figure `dipgraph render` draws, byte for byte), the data sets of a
 * run loaded once each, and reading whole files.  The library is not
 * thread-safe and Graphviz keeps one context per process: everything is
 * drawn in this process (batch -j forks after loading). */
#define _XOPEN_SOURCE 700 /* realpath */
#include "tool_figure.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void *tool_malloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        tool_oom();
    return p;
}

char *tool_strndup(const char *s, size_t n)
{
    char *d = strndup(s, n);
    if (!d)
        tool_oom();
    return d;
}

char *tool_strdup(const char *s)
{
    return tool_strndup(s, strlen(s));
}

char *tool_join(const char *dir, const char *name)
{
    if (!dir || !*dir || !strcmp(dir, ".") || name[0] == '/')
        return tool_strdup(name);
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = tool_malloc(n);
    snprintf(p, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
    return p;
}

char *tool_dirname(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return tool_strdup(".");
    if (slash == path)
        return tool_strdup("/");
    return tool_strndup(path, (size_t)(slash - path));
}

/* ---- a figure's command line ---- */

typedef struct fig_ctx {
    tool_fig *f;
    const tool_fig_rules *r;
} fig_ctx;

static const char *own(tool_fig *f, char *s)
{
    tool_files_add(&f->owned, s);
    return s;
}

/* Untrusted text names no file outside its folder: not by an absolute
 * path, not by "..", not through a symbolic link.  A path that does not
 * resolve (a missing file) is left to the loader, which says so. */
static dg_status confined(const fig_ctx *c, const char *given, const char *path)
{
    const char *cmd = c->f->cmd->name;
    if (given[0] == '/')
        return tool_usage_error(cmd, "'%s': a document's block names its files relative to "
                                     "the document's folder, not by absolute paths", given);
    char *real = realpath(path, NULL), *base = realpath(c->r->base ? c->r->base : ".", NULL);
    bool inside = true;
    if (real && base) {
        size_t n = strlen(base);
        inside = !strncmp(real, base, n) && (real[n] == '/' || (n == 1 && base[0] == '/'));
    }
    free(real);
    free(base);
    if (!inside)
        return tool_usage_error(cmd, "'%s' lies outside the document's folder: a block reads "
                                     "only files inside it", given);
    return DG_OK;
}

/* A FILE, or the value of an option that names a file: relative to the
 * rules' folder, and confined to it when the text is untrusted. */
static dg_status file_value(const fig_ctx *c, const char *given, const char **path)
{
    if (!strcmp(given, "-"))
        return tool_usage_error(c->f->cmd->name, "'-' (standard input) cannot be read here: "
                                                 "name a FILE");
    *path = own(c->f, tool_join(c->r->base, given));
    return c->r->confine ? confined(c, given, *path) : DG_OK;
}

static dg_status fig_set(void *ctx, const tool_arg *x)
{
    fig_ctx *c = ctx;
    tool_fig *f = c->f;
    const char *path;
    if (!x->opt) {
        dg_status st = file_value(c, x->value, &path);
        if (st == DG_OK)
            tool_files_add(&f->files, path);
        return st;
    }
    if (x->opt->id == OPT_OUTPUT)
        return tool_usage_error(f->cmd->name, "-o: %s", c->r->no_output);
    if (x->opt->id == OPT_FORMAT)
        f->format = x->value;
    if (x->opt->kind != TOOL_FILE || !x->value)
        return f->ops->set(f->args, x);
    dg_status st = file_value(c, x->value, &path);
    tool_arg moved = *x;
    moved.value = path;
    return st == DG_OK ? f->ops->set(f->args, &moved) : st;
}

/* render or timeline; NULL after saying what else was asked for. */
static const tool_figure_ops *figure_ops(const char *name, const char *where)
{
    static const char *const names[] = {"render", "timeline"};
    if (!strcmp(name, names[0]))
        return &tool_render_figure;
    if (!strcmp(name, names[1]))
        return &tool_timeline_figure;
    const char *near = tool_closest(name, names, 2);
    fprintf(stderr, "%serror: a figure is drawn by render or timeline, not '%s'%s%s%s\n", where,
            name, near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
    return NULL;
}

dg_status tool_fig_parse(tool_fig *f, const tool_fig_rules *r, const char *where, int argc,
                         char **argv)
{
    memset(f, 0, sizeof *f);
    f->where = tool_strdup(where);
    if (argc < 1) {
        fprintf(stderr, "%serror: no command: a figure is drawn by render or timeline\n", where);
        return DG_EUSAGE;
    }
    if (!(f->ops = figure_ops(argv[0], where)))
        return DG_EUSAGE;
    f->cmd = tool_find(argv[0]);
    f->args = f->ops->create();
    fig_ctx c = {f, r};
    tool_where = f->where;
    dg_status st = tool_parse(f->cmd, argc, argv, fig_set, &c);
    tool_where = NULL;
    return st;
}

/* The option of f's subcommand with id, as the parser would hand it over. */
static void set_option(tool_fig *f, int id, const char *value)
{
    for (const tool_opt *o = f->cmd->opts; o->id; o++) {
        if (o->id != id)
            continue;
        tool_arg a = {f->cmd, o, NULL, value};
        f->ops->set(f->args, &a);
        return;
    }
}

void tool_fig_output(tool_fig *f, const char *path)
{
    set_option(f, OPT_OUTPUT, own(f, tool_strdup(path)));
}

dg_status tool_fig_draw(tool_fig *f, const dg_model *m, dg_buf *out)
{
    dg_error err = {0};
    dg_status st = f->ops->draw(f->args, m, out, &err);
    if (st != DG_OK) {
        tool_where = f->where;
        tool_fail(f->cmd, st, &err);
        tool_where = NULL;
    }
    return st;
}

dg_status tool_fig_draw_as(tool_fig *f, const dg_model *m, const char *format, dg_buf *out)
{
    set_option(f, OPT_FORMAT, format);
    return tool_fig_draw(f, m, out);
}

void tool_fig_free(tool_fig *f)
{
    if (f->args)
        f->ops->destroy(f->args);
    for (size_t i = 0; i < f->owned.n; i++)
        free((char *)f->owned.v[i]);
    tool_files_free(&f->owned);
    tool_files_free(&f->files);
    free(f->where);
    memset(f, 0, sizeof *f);
}

/* ---- data sets, each loaded once ---- */

static tool_set *new_set(tool_sets *s)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 8;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v)
            tool_oom();
    }
    tool_set *t = &s->v[s->n++];
    memset(t, 0, sizeof *t);
    return t;
}

static void add_input(tool_sets *s, tool_set *t, const char *path)
{
    char *p = tool_strdup(path);
    tool_files_add(&t->inputs, p);
    tool_files_add(&s->all, p);
}

size_t tool_sets_get(tool_sets *s, const tool_files *files)
{
    size_t len = 0;
    for (size_t i = 0; i < files->n; i++)
        len += strlen(files->v[i]) + 1;
    char *key = tool_malloc(len + 1), *k = key;
    for (size_t i = 0; i < files->n; i++) {
        size_t n = strlen(files->v[i]) + 1;
        memcpy(k, files->v[i], n);
        k += n;
    }
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].key && s->v[i].key_len == len && !memcmp(s->v[i].key, key, len)) {
            free(key);
            return i;
        }
    tool_set *t = new_set(s);
    t->key = key;
    t->key_len = len;
    size_t before, after;
    tool_inputs(&before);
    t->m = tool_load(files, false, &t->st);
    const char *const *in = tool_inputs(&after);
    for (size_t i = before; i < after; i++)
        add_input(s, t, in[i]);
    return s->n - 1;
}

size_t tool_sets_inline(tool_sets *s, const tool_files *files, const char *name,
                        const char *data, size_t len, uint32_t line)
{
    tool_set *t = new_set(s);
    if (!(t->m = dg_model_new(NULL)))
        tool_oom();
    for (size_t i = 0; i < files->n; i++) {
        add_input(s, t, files->v[i]);
        dg_model_load_file(t->m, files->v[i]);
    }
    /* Blank lines before the data, so that the loader's line numbers are
     * the document's. */
    dg_buf padded = {0};
    for (uint32_t i = 1; i < line; i++)
        if (!dg_buf_append(&padded, "\n", 1))
            tool_oom();
    if (!dg_buf_append(&padded, data, len))
        tool_oom();
    dg_model_load_buffer(t->m, name, padded.data, padded.len);
    dg_buf_free(&padded);
    t->st = dg_model_finish(t->m) == DG_OK ? DG_OK : DG_EDATA;
    tool_print_diags(t->m);
    return s->n - 1;
}

void tool_sets_free(tool_sets *s)
{
    for (size_t i = 0; i < s->n; i++) {
        dg_model_free(s->v[i].m);
        free(s->v[i].key);
        for (size_t k = 0; k < s->v[i].inputs.n; k++)
            free((char *)s->v[i].inputs.v[k]);
        tool_files_free(&s->v[i].inputs);
    }
    free(s->v);
    tool_files_free(&s->all);
    memset(s, 0, sizeof *s);
}

/* ---- whole files ---- */

dg_status tool_read_all(const char *cmd, const char *path, size_t max, dg_buf *b)
{
    bool std_in = !strcmp(path, "-");
    FILE *fp = std_in ? stdin : fopen(path, "rb");
    if (!fp) {
        fprintf(stderr, "dipgraph %s: cannot read '%s': %s\n", cmd, path, strerror(errno));
        return DG_EDATA;
    }
    char chunk[65536];
    size_t n;
    bool big = false;
    while (!big && (n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        big = b->len + n > max;
        if (!big && !dg_buf_append(b, chunk, n))
            tool_oom();
    }
    bool bad = ferror(fp);
    if (!std_in)
        fclose(fp);
    if (!b->data && !dg_buf_append(b, "", 0))
        tool_oom();
    if (bad || big) {
        fprintf(stderr, "dipgraph %s: cannot read '%s': %s%zu bytes\n", cmd,
                std_in ? "<stdin>" : path, big ? "larger than the limit of " : "read error after ",
                big ? max : b->len);
        return DG_EDATA;
    }
    return DG_OK;
}

dg_status tool_make_dirs(const char *cmd, const char *dir)
{
    char *p = tool_strdup(dir);
    dg_status st = DG_OK;
    for (char *s = p + 1; st == DG_OK; s++) {
        bool end = !*s;
        if (*s != '/' && !end)
            continue;
        *s = '\0';
        if (mkdir(p, 0777) && errno != EEXIST) {
            fprintf(stderr, "dipgraph %s: cannot make the folder '%s': %s\n", cmd, p,
                    strerror(errno));
            st = DG_EOUTPUT;
        }
        if (end)
            break;
        *s = '/';
    }
    free(p);
    return st;
}

void tool_put(dg_buf *b, const void *data, size_t len)
{
    if (!dg_buf_append(b, data, len))
        tool_oom();
}

void tool_putf(dg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bool ok = dg_buf_vprintf(b, fmt, ap);
    va_end(ap);
    if (!ok)
        tool_oom();
}
