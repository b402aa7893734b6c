/* tool_batch.c — `dipgraph batch [-M DEPFILE] [-j N] MANIFEST`: every
 * figure of a YAML manifest ({cmd, args, out} entries) drawn by one
 * process, each distinct data set loaded once.  What one figure costs
 * when run alone is mostly starting up (the library, Graphviz's plugins,
 * fontconfig) and loading the data: here that is paid once.  Each figure
 * is drawn by render's or timeline's own code (tool_figure.c), so its
 * bytes are those of the subcommand run alone.  With -j N, N - 1 more
 * processes are forked after loading (and after the first figure) and
 * all take figures from a shared counter: the library and cgraph are not
 * thread-safe, processes are. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "tool_figure.h"

#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include <yaml.h>

enum { MANIFEST_MAX_BYTES = 16 << 20, MAX_JOBS = 64 };

typedef struct batch_item {
    uint32_t line, col;      /* of its mapping in the manifest */
    char *cmd, *out;         /* as written */
    tool_files args;         /* owned */
    bool has_args;
    char *path;              /* out, relative to the manifest's folder */
    tool_fig f;
    size_t set;
} batch_item;

typedef struct batch_run {
    const tool_cmd *c;
    const char *manifest, *depfile, *jobs_arg;
    int jobs;
    char *base; /* the manifest's folder: relative paths start there */
    batch_item *items;
    size_t n, cap;
    tool_sets sets;
} batch_run;

static dg_status batch_set(void *ctx, const tool_arg *a)
{
    batch_run *r = ctx;
    switch (a->opt ? a->opt->id : 0) {
    case OPT_DEPFILE: r->depfile = a->value; return DG_OK;
    case OPT_JOBS: r->jobs_arg = a->value; return DG_OK;
    default: r->manifest = a->value; return DG_OK;
    }
}

static dg_status parse_jobs(batch_run *r)
{
    r->jobs = 1;
    if (!r->jobs_arg)
        return DG_OK;
    char *end;
    long v = strtol(r->jobs_arg, &end, 10);
    if (!*r->jobs_arg || *end || v < 1 || v > MAX_JOBS)
        return tool_usage_error(r->c->name, "-j: '%s' is not a number of processes from 1 "
                                            "to %d", r->jobs_arg, MAX_JOBS);
    r->jobs = (int)v;
    return DG_OK;
}

/* ---- the manifest ---- */

typedef struct manifest {
    yaml_parser_t p;
    yaml_event_t ev;
    bool have_ev;
    const char *name; /* as messages show it */
    batch_run *r;
} manifest;

static dg_status at(const manifest *m, yaml_mark_t mark, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static dg_status at(const manifest *m, yaml_mark_t mark, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%zu:%zu: error: ", m->name, mark.line + 1, mark.column + 1);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return DG_EUSAGE;
}

/* The next event into m->ev; aliases are not read (a manifest is small). */
static dg_status next(manifest *m)
{
    if (m->have_ev)
        yaml_event_delete(&m->ev);
    m->have_ev = false;
    if (!yaml_parser_parse(&m->p, &m->ev))
        return at(m, m->p.problem_mark, "%s%s%s", m->p.problem ? m->p.problem : "bad YAML",
                  m->p.context ? " " : "", m->p.context ? m->p.context : "");
    m->have_ev = true;
    if (m->ev.type == YAML_ALIAS_EVENT)
        return at(m, m->ev.start_mark, "a manifest has no aliases (*name): write it out");
    return DG_OK;
}

static bool is(const manifest *m, yaml_event_type_t t)
{
    return m->ev.type == t;
}

/* The scalar just read, as a new string; NULL (said) if it is none. */
static char *scalar(manifest *m, const char *what)
{
    if (!is(m, YAML_SCALAR_EVENT)) {
        at(m, m->ev.start_mark, "%s is a string", what);
        return NULL;
    }
    const char *v = (const char *)m->ev.data.scalar.value;
    size_t n = m->ev.data.scalar.length;
    if (memchr(v, '\0', n)) {
        at(m, m->ev.start_mark, "%s holds a NUL character", what);
        return NULL;
    }
    return tool_strndup(v, n);
}

static dg_status read_args(manifest *m, batch_item *it)
{
    if (!is(m, YAML_SEQUENCE_START_EVENT))
        return at(m, m->ev.start_mark, "args is a list of words: [--view, missions]");
    dg_status st;
    while ((st = next(m)) == DG_OK && !is(m, YAML_SEQUENCE_END_EVENT)) {
        char *w = scalar(m, "each word of args");
        if (!w)
            return DG_EUSAGE;
        tool_files_add(&it->args, w);
    }
    return st;
}

/* cmd, args or out: the value after key, into the item. */
static dg_status read_field(manifest *m, batch_item *it, const char *key, yaml_mark_t mark)
{
    char **slot = !strcmp(key, "cmd") ? &it->cmd : !strcmp(key, "out") ? &it->out : NULL;
    bool args = !strcmp(key, "args");
    if (!slot && !args)
        return at(m, mark, "unknown key '%s' (a figure has cmd, args and out)", key);
    if ((slot && *slot) || (args && it->has_args))
        return at(m, mark, "'%s' is given twice", key);
    it->has_args |= args;
    dg_status st = next(m);
    if (st != DG_OK || args)
        return st == DG_OK ? read_args(m, it) : st;
    if (!(*slot = scalar(m, key)))
        return DG_EUSAGE;
    if (!**slot)
        return at(m, m->ev.start_mark, "%s is empty", key);
    return DG_OK;
}

static batch_item *new_item(batch_run *r)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 16;
        r->items = realloc(r->items, r->cap * sizeof *r->items);
        if (!r->items)
            tool_oom();
    }
    batch_item *it = &r->items[r->n++];
    memset(it, 0, sizeof *it);
    return it;
}

/* One entry: {cmd: ..., args: [...], out: ...}. */
static dg_status read_item(manifest *m)
{
    if (!is(m, YAML_MAPPING_START_EVENT))
        return at(m, m->ev.start_mark, "each figure is a mapping: {cmd: render, args: [...], "
                                       "out: PATH}");
    yaml_mark_t start = m->ev.start_mark;
    batch_item *it = new_item(m->r);
    it->line = (uint32_t)start.line + 1;
    it->col = (uint32_t)start.column + 1;
    dg_status st;
    while ((st = next(m)) == DG_OK && !is(m, YAML_MAPPING_END_EVENT)) {
        yaml_mark_t mark = m->ev.start_mark;
        char *key = scalar(m, "a key");
        st = key ? read_field(m, it, key, mark) : DG_EUSAGE;
        free(key);
        if (st != DG_OK)
            return st;
    }
    if (st == DG_OK && (!it->cmd || !it->out))
        return at(m, start, "this figure has no %s", !it->cmd ? "cmd" : "out");
    return st;
}

/* The stream: one document, a sequence of entries. */
static dg_status read_entries(manifest *m)
{
    dg_status st = next(m); /* the stream's start */
    if (st == DG_OK)
        st = next(m);
    if (st == DG_OK && !is(m, YAML_DOCUMENT_START_EVENT))
        return at(m, m->ev.start_mark, "the manifest is empty: it is a list of figures");
    if (st == DG_OK)
        st = next(m);
    if (st == DG_OK && !is(m, YAML_SEQUENCE_START_EVENT))
        return at(m, m->ev.start_mark, "a manifest is a list of figures: - {cmd: render, "
                                       "args: [...], out: PATH}");
    while (st == DG_OK && (st = next(m)) == DG_OK && !is(m, YAML_SEQUENCE_END_EVENT))
        st = read_item(m);
    if (st == DG_OK)
        st = next(m); /* the document's end */
    if (st == DG_OK)
        st = next(m);
    if (st == DG_OK && !is(m, YAML_STREAM_END_EVENT))
        return at(m, m->ev.start_mark, "a manifest is one YAML document");
    return st;
}

static dg_status read_manifest(batch_run *r)
{
    dg_buf text = {0};
    dg_status st = tool_read_all(r->c->name, r->manifest, MANIFEST_MAX_BYTES, &text);
    manifest m = {.name = strcmp(r->manifest, "-") ? r->manifest : "<stdin>", .r = r};
    if (st == DG_OK) {
        if (!yaml_parser_initialize(&m.p))
            tool_oom();
        yaml_parser_set_input_string(&m.p, (const unsigned char *)text.data, text.len);
        st = read_entries(&m);
        if (m.have_ev)
            yaml_event_delete(&m.ev);
        yaml_parser_delete(&m.p);
    }
    dg_buf_free(&text);
    return st;
}

/* ---- the figures ---- */

/* Each entry read by its subcommand's table; a second entry writing the
 * same file is refused (one would silently replace the other). */
static dg_status prepare(batch_run *r, batch_item *it)
{
    const char *name = strcmp(r->manifest, "-") ? r->manifest : "<stdin>";
    char where[4200];
    snprintf(where, sizeof where, "%s:%u:%u: ", name, (unsigned)it->line, (unsigned)it->col);
    size_t argc = it->args.n + 1;
    char **argv = tool_malloc((argc + 1) * sizeof *argv);
    argv[0] = it->cmd;
    for (size_t i = 0; i < it->args.n; i++)
        argv[i + 1] = (char *)it->args.v[i];
    argv[argc] = NULL;
    tool_fig_rules rules = {r->base, false, "an entry's figure goes to its out:"};
    dg_status st = tool_fig_parse(&it->f, &rules, where, (int)argc, argv);
    free(argv);
    it->path = tool_join(r->base, it->out);
    for (batch_item *e = r->items; st == DG_OK && e < it; e++)
        if (!strcmp(e->path, it->path)) {
            fprintf(stderr, "%serror: out: '%s' is written by the entry of line %u too\n",
                    where, it->out, (unsigned)e->line);
            st = DG_EUSAGE;
        }
    if (st == DG_OK)
        tool_fig_output(&it->f, it->path);
    return st;
}

/* Every entry read, then every data set loaded once: each fault said,
 * the worst status returned, nothing drawn unless all is well. */
static dg_status prepare_all(batch_run *r)
{
    dg_status worst = DG_OK;
    for (size_t i = 0; i < r->n; i++) {
        dg_status st = prepare(r, &r->items[i]);
        worst = st > worst ? st : worst;
    }
    for (size_t i = 0; i < r->n && worst == DG_OK; i++) {
        batch_item *it = &r->items[i];
        it->set = tool_sets_get(&r->sets, &it->f.files);
        if (r->sets.v[it->set].st != DG_OK)
            fprintf(stderr, "%serror: the data of this figure has errors\n", it->f.where);
    }
    for (size_t i = 0; i < r->sets.n; i++)
        if (r->sets.v[i].st != DG_OK && worst == DG_OK)
            worst = DG_EDATA;
    return worst;
}

/* ---- drawing and writing ---- */

/* Draw entry i and write it whole (never over an input: the data, the
 * manifest). */
static dg_status draw_one(batch_run *r, batch_item *it)
{
    dg_buf out = {0};
    dg_status st = tool_fig_draw(&it->f, r->sets.v[it->set].m, &out);
    char *dir = tool_dirname(it->path);
    if (st == DG_OK)
        st = tool_make_dirs(r->c->name, dir);
    free(dir);
    if (st == DG_OK) {
        dg_error err = {0};
        st = dg_write_output(it->path, out.data ? out.data : "", out.len, r->sets.all.v,
                             r->sets.all.n, &err);
        if (st != DG_OK)
            fprintf(stderr, "%sdipgraph %s: %s\n", it->f.where, r->c->name, err.msg);
    }
    dg_buf_free(&out);
    return st;
}

/* Take entries from *counter until none is left (or only one, with
 * once); the worst status. */
static dg_status draw_share(batch_run *r, atomic_size_t *counter, bool once)
{
    dg_status worst = DG_OK;
    for (size_t i; (i = atomic_fetch_add(counter, 1)) < r->n;) {
        dg_status st = draw_one(r, &r->items[i]);
        worst = st > worst ? st : worst;
        if (once)
            break;
    }
    return worst;
}

/* What a child's exit says, as a status. */
static dg_status child_status(pid_t pid)
{
    int ws;
    while (waitpid(pid, &ws, 0) < 0)
        if (errno != EINTR)
            return DG_EOUTPUT;
    if (!WIFEXITED(ws) || WEXITSTATUS(ws) > DG_EOUTPUT)
        return DG_EOUTPUT;
    return (dg_status)WEXITSTATUS(ws);
}

/* -j N: this process and N - 1 children share the entries through a
 * counter in shared memory.  This one draws the first figure before
 * forking, so that the children inherit Graphviz's plugins and the fonts
 * already loaded instead of each loading them again: in one thread,
 * fork copies them as they are.  A child that cannot be forked leaves its
 * share to the others. */
static dg_status draw_forked(batch_run *r, atomic_size_t *counter)
{
    pid_t pids[MAX_JOBS];
    int started = 0;
    dg_status worst = draw_share(r, counter, true);
    fflush(NULL);
    for (int k = 1; k < r->jobs; k++) {
        pid_t pid = fork();
        if (pid == 0) {
            dg_status st = draw_share(r, counter, false);
            fflush(NULL);
            _exit(tool_exit(st));
        }
        if (pid > 0)
            pids[started++] = pid;
    }
    dg_status st = draw_share(r, counter, false);
    worst = st > worst ? st : worst;
    for (int k = 0; k < started; k++) {
        st = child_status(pids[k]);
        worst = st > worst ? st : worst;
    }
    return worst;
}

static dg_status draw_all(batch_run *r)
{
    atomic_size_t local = 0, *counter = &local;
    void *shared = MAP_FAILED;
    if (r->jobs > 1 && r->n > 1) {
        shared = mmap(NULL, sizeof *counter, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                      -1, 0);
        if (shared != MAP_FAILED) {
            counter = shared;
            atomic_init(counter, 0);
        }
    }
    dg_status st = shared != MAP_FAILED ? draw_forked(r, counter) : draw_share(r, counter, false);
    if (shared != MAP_FAILED)
        munmap(shared, sizeof *counter);
    return st;
}

/* ---- -M DEPFILE ---- */

/* A path as make reads it: blanks and # escaped, $ doubled. */
static void put_make(dg_buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '$')
            tool_put(b, "$", 1);
        else if (strchr(" \t#", *s))
            tool_put(b, "\\", 1);
        tool_put(b, s, 1);
    }
}

static dg_status write_depfile(batch_run *r)
{
    dg_buf b = {0};
    bool manifest_file = strcmp(r->manifest, "-") != 0;
    for (size_t i = 0; i < r->n; i++) {
        const tool_set *s = &r->sets.v[r->items[i].set];
        put_make(&b, r->items[i].path);
        tool_put(&b, ":", 1);
        for (size_t k = 0; k <= s->inputs.n; k++) {
            const char *dep = k < s->inputs.n ? s->inputs.v[k] : manifest_file ? r->manifest : NULL;
            if (dep) {
                tool_put(&b, " ", 1);
                put_make(&b, dep);
            }
        }
        tool_put(&b, "\n", 1);
    }
    /* An empty rule for each data file, as gcc -MP writes for headers. */
    tool_put(&b, "\n", 1);
    for (size_t i = 0; i < r->sets.all.n; i++) {
        bool seen = !strcmp(r->sets.all.v[i], r->manifest);
        for (size_t k = 0; k < i && !seen; k++)
            seen = !strcmp(r->sets.all.v[k], r->sets.all.v[i]);
        if (!seen) {
            put_make(&b, r->sets.all.v[i]);
            tool_put(&b, ":\n", 2);
        }
    }
    dg_error err = {0};
    dg_status st = dg_write_output(r->depfile, b.data ? b.data : "", b.len, r->sets.all.v,
                                   r->sets.all.n, &err);
    if (st != DG_OK)
        fprintf(stderr, "dipgraph %s: -M: %s\n", r->c->name, err.msg);
    dg_buf_free(&b);
    return st;
}

static void batch_free(batch_run *r)
{
    for (size_t i = 0; i < r->n; i++) {
        batch_item *it = &r->items[i];
        tool_fig_free(&it->f);
        for (size_t k = 0; k < it->args.n; k++)
            free((char *)it->args.v[k]);
        tool_files_free(&it->args);
        free(it->cmd);
        free(it->out);
        free(it->path);
    }
    free(r->items);
    tool_sets_free(&r->sets);
    free(r->base);
}

dg_status tool_run_batch(const tool_cmd *c, int argc, char **argv)
{
    batch_run r = {.c = c};
    dg_status st = tool_parse(c, argc, argv, batch_set, &r);
    if (st == DG_OK)
        st = parse_jobs(&r);
    if (st == DG_OK) {
        r.base = strcmp(r.manifest, "-") ? tool_dirname(r.manifest) : tool_strdup(".");
        if (strcmp(r.manifest, "-")) /* no figure may overwrite it */
            tool_files_add(&r.sets.all, r.manifest);
        st = read_manifest(&r);
    }
    if (st == DG_OK)
        st = prepare_all(&r);
    if (st == DG_OK)
        st = draw_all(&r);
    if (st == DG_OK && r.depfile)
        st = write_depfile(&r);
    batch_free(&r);
    return st;
}
