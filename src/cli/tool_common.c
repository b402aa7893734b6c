/* tool_common.c — what every subcommand shares: the data set, dates,
 * output, and saying the library's errors in the tool's terms. */
#include "tool.h"

#include <dirent.h>
#include <sys/stat.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void tool_files_add(tool_files *f, const char *s)
{
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 8;
        f->v = realloc(f->v, f->cap * sizeof *f->v);
        if (!f->v)
            tool_oom();
    }
    f->v[f->n++] = s;
}

_Noreturn void tool_oom(void)
{
    fputs("dipgraph: out of memory\n", stderr);
    exit(tool_exit(DG_EOUTPUT));
}

/* Only async-signal-safe calls: the library's cleanup, then the signal
 * again with its default action (SA_RESETHAND restored it), so that the
 * process ends as the signal says. */
static void on_signal(int sig)
{
    dg_output_cleanup_on_signal();
    raise(sig);
}

void tool_catch_signals(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old, sa = {.sa_handler = on_signal, .sa_flags = SA_RESETHAND};
        sigemptyset(&sa.sa_mask);
        /* A signal ignored by whoever started us (nohup) stays ignored. */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
            sigaction(sigs[i], &sa, NULL);
    }
}

void tool_files_free(tool_files *f)
{
    free(f->v);
    memset(f, 0, sizeof *f);
}

/* ---- the bundled data set ---- */

char *tool_exe_dir(void)
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

void tool_files_add_path(tool_files *f, const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) && yaml_files_in(path, f))
        return;
    tool_files_add(f, path); /* a file, or what the loader will say is missing */
}

/* The bundled data set's files (sorted), added to out; false if none. */
static bool bundled_files(tool_files *out)
{
    const char *env = getenv("DIPGRAPH_DATA");
    if (env && *env)
        return yaml_files_in(env, out);
    char *dir = tool_exe_dir();
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

void tool_print_diags(const dg_model *m)
{
    dg_buf text = {0};
    if (!dg_model_diags_text(m, 100, &text))
        tool_oom();
    if (text.len)
        fputs(text.data, stderr);
    dg_buf_free(&text);
}

dg_model *tool_load(const tool_files *files, bool strict, dg_status *status)
{
    dg_model *m = dg_model_new(NULL);
    if (!m)
        tool_oom();
    size_t first = loaded.n; /* md and batch load several data sets */
    if (files->n == 0 && !bundled_files(&loaded)) {
        fputs("dipgraph: no FILE given and the bundled data set was not found "
              "(set DIPGRAPH_DATA to its folder)\n", stderr);
        dg_model_free(m);
        *status = DG_EDATA;
        return NULL;
    }
    for (size_t i = 0; i < files->n; i++)
        tool_files_add(&loaded, files->v[i]);
    for (size_t i = first; i < loaded.n; i++)
        dg_model_load_file(m, loaded.v[i]);
    dg_status st = dg_model_finish(m);
    tool_print_diags(m);
    *status = st != DG_OK || (strict && dg_model_warning_count(m)) ? DG_EDATA : DG_OK;
    return m; /* with errors too: the caller decides what to print, then frees */
}

dg_status tool_dpi(const tool_arg *a, int *out)
{
    char *end;
    long v = strtol(a->value, &end, 10);
    if (*a->value && !*end && v >= DG_DPI_MIN && v <= DG_DPI_MAX) {
        *out = (int)v;
        return DG_OK;
    }
    return tool_usage_error(a->cmd->name, "--%s '%s' is not a resolution from %d to %d",
                            a->opt->name, a->value, DG_DPI_MIN, DG_DPI_MAX);
}

dg_status tool_date(const tool_arg *a, dg_date *out)
{
    if (dg_date_parse(a->value, strlen(a->value), out) == DG_DATE_OK)
        return DG_OK;
    return tool_usage_error(a->cmd->name, "--%s '%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                            a->opt->name, a->value);
}

dg_status tool_write(const char *cmd, const char *out, const dg_buf *b)
{
    size_t n;
    const char *const *inputs = tool_inputs(&n);
    dg_error err = {0};
    dg_status st = dg_write_output(out ? out : "-", b->data ? b->data : "", b->len, inputs, n, &err);
    if (st != DG_OK)
        fprintf(stderr, "dipgraph %s: %s\n", cmd, err.msg);
    return st;
}

dg_status tool_finish_stdout(dg_status st)
{
    /* A command that failed has said why; a failed write to stdout is news
     * only after an otherwise successful one. */
    if ((fflush(stdout) != 0 || ferror(stdout)) && st == DG_OK) {
        fputs("dipgraph: error writing standard output\n", stderr);
        return DG_EOUTPUT;
    }
    return st;
}

/* ---- library errors in the tool's terms ---- */

const char *tool_msg_field(const char *msg, char *field, size_t size)
{
    size_t n = strspn(msg, "abcdefghijklmnopqrstuvwxyz_");
    field[0] = '\0';
    if (!n || n >= size || strncmp(msg + n, ": ", 2))
        return msg;
    memcpy(field, msg, n);
    field[n] = '\0';
    return msg + n + 2;
}

/* "--focus" for the option of c that sets field, or NULL.  Options that
 * share a field (--focus, --no-focus) are listed with the main one first. */
static const char *flag_of(const tool_cmd *c, const char *field, char *buf, size_t size)
{
    for (const tool_opt *o = c->opts; o->id; o++) {
        if (!o->field || strcmp(o->field, field))
            continue;
        if (o->name)
            snprintf(buf, size, "--%s", o->name);
        else
            snprintf(buf, size, "-%c", o->short_name);
        return buf;
    }
    return NULL;
}

static bool is_operand_field(const tool_cmd *c, const char *field)
{
    for (const tool_operand *o = c->operands; o->name; o++)
        if (o->field && !strcmp(o->field, field))
            return true;
    return false;
}

dg_status tool_fail(const tool_cmd *c, dg_status st, const dg_error *err)
{
    char field[32], flag[40];
    const char *body = tool_msg_field(err->msg, field, sizeof field);
    const char *shown = field[0] ? flag_of(c, field, flag, sizeof flag) : NULL;
    /* An operand's field is dropped (the message quotes what was typed);
     * a field the tool does not know stays as the library wrote it. */
    if (field[0] && !shown && !is_operand_field(c, field))
        body = err->msg;
    if (st == DG_EUSAGE)
        return tool_usage_error(c->name, "%s%s%s", shown ? shown : "", shown ? ": " : "", body);
    fprintf(stderr, "%sdipgraph %s: %s%s%s\n", tool_where ? tool_where : "", c->name,
            shown ? shown : "", shown ? ": " : "", body);
    return st;
}
