/* tool_query.c — see tool_query.h. */
#include "tool_query.h"

#include <ctype.h>
#include <stdarg.h>

enum { OPT_AT = 1, OPT_JSON, OPT_HELP };
static const tool_opt opts[] = {{"at", 0, true, OPT_AT},
                                {"json", 0, false, OPT_JSON},
                                {"help", 'h', false, OPT_HELP},
                                {NULL, 0, false, 0}};

int tq_parse(tq_args *a, int argc, char **argv, size_t want_ids, const tool_cmd *cmd)
{
    tool_parser p;
    const char *arg;
    int id;
    memset(a, 0, sizeof *a);
    a->cmd = cmd->name;
    tool_parser_init(&p, argc, argv, opts);
    while ((id = tool_next_opt(&p, &arg)) != TOOL_END) {
        if (id == TOOL_BAD)
            return 2;
        if (id == OPT_HELP) {
            fputs(cmd->help, stdout);
            return 0;
        }
        if (id == OPT_JSON)
            a->json = true;
        else if (id == OPT_AT && !tool_parse_date(a->cmd, "--at", arg, &a->at))
            return 2;
        else if (id == TOOL_FILE && a->n_ids < want_ids)
            a->ids[a->n_ids++] = arg;
        else if (id == TOOL_FILE)
            tool_files_add(&a->files, arg);
    }
    if (a->n_ids < want_ids)
        return tool_usage_error(a->cmd, "missing %s", want_ids == 2 && a->n_ids == 0 ? "SENDER and HOST"
                                                     : want_ids == 2 ? "HOST" : "FOCUS");
    return -1;
}

dg_model *tq_load(tq_args *a, int *status)
{
    dg_model *m = tool_load(&a->files, false, status);
    if (m && *status != 0) {
        fprintf(stderr, "dipgraph %s: the data set has errors; no answer\n", a->cmd);
        dg_model_free(m);
        return NULL;
    }
    return m;
}

int tq_run(int argc, char **argv, size_t want_ids, const tool_cmd *cmd,
           int (*answer)(const dg_model *m, const tq_args *a))
{
    tq_args a;
    int st = tq_parse(&a, argc, argv, want_ids, cmd);
    if (st < 0) {
        dg_model *m = tq_load(&a, &st);
        if (m)
            st = answer(m, &a);
        dg_model_free(m);
    }
    tq_args_free(&a);
    return st;
}

void tq_args_free(tq_args *a)
{
    tool_files_free(&a->files);
}

/* "did you mean" for an id typed in the wrong case ("by", "nld"). */
static void suggest_case(const char *cmd, const char *arg)
{
    char up[16];
    size_t n = strlen(arg);
    if (n >= sizeof up)
        return;
    for (size_t i = 0; i <= n; i++)
        up[i] = (char)toupper((unsigned char)arg[i]);
    if (strcmp(up, arg) && dg_iso_lookup(up, NULL, NULL))
        fprintf(stderr, "dipgraph %s: did you mean '%s'?\n", cmd, up);
}

bool tq_find_country(const char *cmd, const dg_model *m, const char *arg, tq_country *out,
                     uint32_t *org_out)
{
    const char *canon = NULL;
    const char *iso_name = dg_iso_lookup(arg, &canon, NULL);
    if (org_out)
        *org_out = DG_NONE;
    out->index = dg_country_find(m, arg);
    if (out->index != DG_NONE) {
        out->id = m->countries[out->index].id;
        out->name = m->countries[out->index].name;
        return true;
    }
    if (org_out && (*org_out = dg_org_find(m, arg)) != DG_NONE) {
        out->id = m->orgs[*org_out].id;
        out->name = m->orgs[*org_out].name;
        return true;
    }
    if (iso_name) {
        out->id = canon ? canon : arg;
        out->name = iso_name;
        return true;
    }
    size_t n = strlen(arg);
    bool file_like = strchr(arg, '/') || (n > 5 && !strcmp(arg + n - 5, ".yaml"));
    fprintf(stderr, "dipgraph %s: unknown %s '%s'%s\n", cmd,
            org_out ? "country or organization" : "country", arg,
            file_like ? " (ids come before the files)" : "");
    suggest_case(cmd, arg);
    return false;
}

void tq_printf(tq_text *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    o->ok = dg_buf_vprintf(&o->b, fmt, ap) && o->ok;
    va_end(ap);
}

void tq_put_name(tq_text *o, const char *name, const char *id)
{
    if (name && strcmp(name, id))
        tq_printf(o, "%s (%s)", name, id);
    else
        tq_printf(o, "%s", id);
}

void tq_at_phrase(const dg_date *at, char *buf, size_t size)
{
    char d[16];
    dg_date_format(at, d, sizeof d);
    snprintf(buf, size, "%s%s", d[0] ? " on " : "", d);
}

void tq_json_at(dg_json *j, const dg_date *at)
{
    dg_json_key(j, "at");
    dg_json_date(j, at); /* null when unset */
}

/* ---- text tables ---- */

void tq_table_init(tq_table *t, size_t ncols)
{
    memset(t, 0, sizeof *t);
    t->ncols = ncols;
}

void tq_cell(tq_table *t, const char *s)
{
    *DG_PUSH(t->cells, t->n, t->cap) = dg_xstrdup(s ? s : "");
}

void tq_cellf(tq_table *t, const char *fmt, ...)
{
    dg_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    bool ok = dg_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (!ok || !b.data) { /* out of memory, or an empty cell never allocated */
        dg_buf_free(&b);
        tq_cell(t, "");
        return;
    }
    *DG_PUSH(t->cells, t->n, t->cap) = b.data; /* the cell owns the buffer */
}

/* Characters of UTF-8 text: every byte but continuation bytes. */
static size_t text_width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

static bool is_count(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

/* Columns of counts (every cell below the first row a number) are
 * aligned right, the others left. */
static bool *count_columns(const tq_table *t)
{
    bool *num = dg_xcalloc(t->ncols, sizeof *num);
    for (size_t c = 0; c < t->ncols; c++) {
        num[c] = t->n > t->ncols;
        for (size_t i = t->ncols + c; num[c] && i < t->n; i += t->ncols)
            num[c] = is_count(t->cells[i]);
    }
    return num;
}

void tq_table_print(const tq_table *t, tq_text *o, const char *indent)
{
    size_t *w = dg_xcalloc(t->ncols, sizeof *w);
    bool *num = count_columns(t);
    for (size_t i = 0; i < t->n; i++) {
        size_t cw = text_width(t->cells[i]);
        if (cw > w[i % t->ncols])
            w[i % t->ncols] = cw;
    }
    for (size_t r = 0; o->ok && r * t->ncols < t->n; r++) {
        /* The last non-empty cell of the row ends the line: no trailing blanks. */
        size_t last = 0;
        for (size_t c = 0; c < t->ncols && r * t->ncols + c < t->n; c++)
            if (t->cells[r * t->ncols + c][0])
                last = c;
        tq_printf(o, "%s", indent);
        for (size_t c = 0; c <= last; c++) {
            const char *s = t->cells[r * t->ncols + c];
            size_t pad = w[c] - text_width(s);
            if (num[c])
                tq_printf(o, "%*s%s%s", (int)pad, "", s, c < last ? "  " : "");
            else
                tq_printf(o, "%s%*s", s, c < last ? (int)pad + 2 : 0, "");
        }
        tq_printf(o, "\n");
    }
    free(num);
    free(w);
}

void tq_table_free(tq_table *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->cells[i]);
    free(t->cells);
    memset(t, 0, sizeof *t);
}

int tq_output(const char *cmd, tq_text *o)
{
    int st = 3;
    if (o->ok)
        st = tool_write(cmd, NULL, &o->b);
    else
        fprintf(stderr, "dipgraph %s: out of memory\n", cmd);
    dg_buf_free(&o->b);
    return st;
}
