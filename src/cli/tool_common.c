/* tool_common.c — options, the data set, dates and output for every
 * subcommand. */
#include "tool.h"

#include <dirent.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void tool_parser_init(tool_parser *p, int argc, char **argv, const tool_opt *opts)
{
    p->argc = argc;
    p->argv = argv;
    p->i = 1;
    p->opts = opts;
    p->cmd = argv[0];
    p->only_files = false;
}

int tool_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "dipgraph %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'dipgraph help %s'.\n", cmd);
    return 2;
}

static int long_opt(tool_parser *p, const char *a, const char **arg)
{
    const char *eq = strchr(a, '=');
    size_t len = eq ? (size_t)(eq - a) : strlen(a);
    for (const tool_opt *o = p->opts; o->id; o++) {
        if (!o->name || strlen(o->name) != len || strncmp(o->name, a, len))
            continue;
        if (!o->has_arg) {
            if (eq)
                return tool_usage_error(p->cmd, "option '--%s' takes no value", o->name), TOOL_BAD;
            return o->id;
        }
        if (eq)
            *arg = eq + 1;
        else if (p->i < p->argc)
            *arg = p->argv[p->i++];
        else
            return tool_usage_error(p->cmd, "option '--%s' needs a value", o->name), TOOL_BAD;
        return o->id;
    }
    tool_usage_error(p->cmd, "unknown option '--%.*s'", (int)len, a);
    return TOOL_BAD;
}

static int short_opt(tool_parser *p, const char *a, const char **arg)
{
    for (const tool_opt *o = p->opts; o->id; o++) {
        if (o->short_name != a[0])
            continue;
        if (!o->has_arg) {
            if (a[1])
                break;
            return o->id;
        }
        if (a[1])
            *arg = a + 1;
        else if (p->i < p->argc)
            *arg = p->argv[p->i++];
        else
            return tool_usage_error(p->cmd, "option '-%c' needs a value", a[0]), TOOL_BAD;
        return o->id;
    }
    tool_usage_error(p->cmd, "unknown option '-%s'", a);
    return TOOL_BAD;
}

int tool_next_opt(tool_parser *p, const char **arg)
{
    *arg = NULL;
    if (p->i >= p->argc)
        return TOOL_END;
    const char *a = p->argv[p->i++];
    if (p->only_files || a[0] != '-' || a[1] == '\0') {
        *arg = a;
        return TOOL_FILE;
    }
    if (!strcmp(a, "--")) {
        p->only_files = true;
        return tool_next_opt(p, arg);
    }
    if (a[1] == '-')
        return long_opt(p, a + 2, arg);
    return short_opt(p, a + 1, arg);
}

void tool_files_add(tool_files *f, const char *s)
{
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 8;
        f->v = realloc(f->v, f->cap * sizeof *f->v);
        if (!f->v) {
            fputs("dipgraph: out of memory\n", stderr);
            exit(3);
        }
    }
    f->v[f->n++] = s;
}

void tool_files_free(tool_files *f)
{
    free(f->v);
    memset(f, 0, sizeof *f);
}

/* ---- the bundled data set ---- */

static char *exe_dir(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return NULL;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    return strdup(buf);
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.yaml file of dir, sorted, as strings that live until exit. */
static bool yaml_files_in(const char *dir, tool_files *out)
{
    DIR *d = opendir(dir);
    if (!d)
        return false;
    size_t before = out->n;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len > 5 && !strcmp(e->d_name + len - 5, ".yaml")) {
            size_t n = strlen(dir) + len + 2;
            char *path = malloc(n);
            if (!path)
                break;
            snprintf(path, n, "%s/%s", dir, e->d_name);
            tool_files_add(out, path); /* kept for the life of the process */
        }
    }
    closedir(d);
    qsort(out->v + before, out->n - before, sizeof *out->v, name_cmp);
    return out->n > before;
}

bool tool_bundled_files(tool_files *out)
{
    const char *env = getenv("DIPGRAPH_DATA");
    if (env && *env)
        return yaml_files_in(env, out);
    char *dir = exe_dir();
    bool found = false;
    if (dir) {
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/data", dir); /* the build tree */
        found = yaml_files_in(path, out);
        if (!found) {
            snprintf(path, sizeof path, "%s/../share/dipgraph/data", dir);
            found = yaml_files_in(path, out);
        }
        free(dir);
    }
#ifdef DG_INSTALL_DATADIR
    if (!found)
        found = yaml_files_in(DG_INSTALL_DATADIR, out);
#endif
    return found;
}

static tool_files loaded;

const char *const *tool_inputs(size_t *n)
{
    *n = loaded.n;
    return loaded.v;
}

dg_model *tool_load(const tool_files *files, bool strict, int *status)
{
    dg_model *m = dg_model_new(NULL);
    if (!m) {
        fputs("dipgraph: out of memory\n", stderr);
        *status = 3;
        return NULL;
    }
    if (files->n == 0 && !tool_bundled_files(&loaded)) {
        fputs("dipgraph: no FILE given and the bundled data set was not found "
              "(set DIPGRAPH_DATA to its folder)\n", stderr);
        dg_model_free(m);
        *status = 1;
        return NULL;
    }
    for (size_t i = 0; i < files->n; i++)
        tool_files_add(&loaded, files->v[i]);
    for (size_t i = 0; i < loaded.n; i++)
        dg_model_load_file(m, loaded.v[i]);
    dg_status st = dg_model_finish(m);
    dg_model_print_diags(m, stderr, 100);
    if (st != DG_OK || (strict && dg_model_warning_count(m))) {
        *status = 1;
        return m; /* the caller decides what to print, then frees */
    }
    *status = 0;
    return m;
}

bool tool_parse_date(const char *cmd, const char *opt, const char *s, dg_date *out)
{
    if (dg_date_parse(s, strlen(s), out) == DG_DATE_OK)
        return true;
    tool_usage_error(cmd, "%s '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", opt, s);
    return false;
}

int tool_write(const char *cmd, const char *out, const dg_buf *b)
{
    size_t n;
    const char *const *inputs = tool_inputs(&n);
    dg_error err = {0};
    dg_status st = dg_write_output(out ? out : "-", b->data ? b->data : "", b->len, inputs, n, &err);
    if (st != DG_OK)
        fprintf(stderr, "dipgraph %s: %s\n", cmd, err.msg);
    return (int)st;
}

int tool_finish_stdout(int st)
{
    /* A command that failed has said why; a failed write to stdout is news
     * only after an otherwise successful one. */
    if ((fflush(stdout) != 0 || ferror(stdout)) && st == 0) {
        fputs("dipgraph: error writing standard output\n", stderr);
        return 3;
    }
    return st;
}
