/* csv.c — the database-of-embassies CSV: ';'-separated (also ',' or
 * tab, whichever the header uses most), a header row naming the columns,
 * fields optionally "quoted" (RFC 4180) but mostly not: a '"' inside an
 * unquoted field is a character like any other, as in the 2022 export. */
#include "import.h"

void imp_rows_free(imp_rows *r)
{
    free(r->cols);
    free(r->fields);
    free(r->line);
    memset(r, 0, sizeof *r);
}

int imp_rows_col(const imp_rows *r, const char *name)
{
    for (size_t c = 0; c < r->n_cols; c++)
        if (imp_eq_ci(r->cols[c].p, r->cols[c].n, name))
            return (int)c;
    return -1;
}

imp_str imp_rows_get(const imp_rows *r, size_t row, int c)
{
    if (c < 0 || (size_t)c >= r->n_cols)
        return (imp_str){"", 0};
    return r->fields[row * r->n_cols + (size_t)c];
}

/* The separator the header line uses most. */
static char separator(const char *s, size_t n)
{
    size_t count[3] = {0, 0, 0};
    static const char seps[3] = {';', ',', '\t'};
    for (size_t i = 0; i < n && s[i] != '\n'; i++)
        for (int k = 0; k < 3; k++)
            count[k] += s[i] == seps[k];
    int best = 0;
    for (int k = 1; k < 3; k++)
        if (count[k] > count[best])
            best = k;
    return seps[best];
}

typedef struct csv {
    const char *s;
    size_t n, i;
    char sep;
    uint32_t line;
    dg_arena *a;
} csv;

/* A quoted field at c->i (on its '"'): unescaped into the arena.  False
 * (c->i unchanged) when the quote never closes: then it is text. */
static bool quoted(csv *c, imp_str *out)
{
    size_t i = c->i + 1, start = i;
    dg_buf b = {0};
    uint32_t lines = 0;
    for (; i < c->n; i++) {
        if (c->s[i] == '"' && i + 1 < c->n && c->s[i + 1] == '"') {
            dg_buf_append(&b, c->s + start, i + 1 - start);
            start = i + 2;
            i++;
        } else if (c->s[i] == '"') {
            break;
        }
        lines += c->s[i] == '\n';
    }
    if (i >= c->n) {
        dg_buf_free(&b);
        return false;
    }
    dg_buf_append(&b, c->s + start, i - start);
    out->p = b.len ? dg_arena_strndup(c->a, b.data, b.len) : "";
    out->n = b.len;
    dg_buf_free(&b);
    c->i = i + 1;
    c->line += lines;
    /* Whatever follows the closing quote up to the separator is dropped. */
    while (c->i < c->n && c->s[c->i] != c->sep && c->s[c->i] != '\n')
        c->i++;
    return true;
}

/* One field; *end_of_row when it was the record's last. */
static imp_str field(csv *c, bool *end_of_row)
{
    imp_str f;
    if (!(c->i < c->n && c->s[c->i] == '"' && quoted(c, &f))) {
        size_t start = c->i;
        while (c->i < c->n && c->s[c->i] != c->sep && c->s[c->i] != '\n')
            c->i++;
        f = (imp_str){c->s + start, c->i - start};
        if (f.n && f.p[f.n - 1] == '\r')
            f.n--;
    }
    *end_of_row = c->i >= c->n || c->s[c->i] == '\n';
    if (*end_of_row && c->i < c->n)
        c->line++;
    c->i++;
    return f;
}

static void read_header(csv *c, imp_rows *out)
{
    size_t cap = 0;
    bool end = c->i >= c->n;
    while (!end) {
        imp_str f = imp_trim(field(c, &end));
        *DG_PUSH(out->cols, out->n_cols, cap) = f;
    }
}

static void read_record(csv *c, imp_rows *out, uint32_t line)
{
    size_t r = out->n_rows, cap = out->cap_rows;
    dg_grow((void **)&out->line, &cap, r + 1, sizeof *out->line);
    if (cap != out->cap_rows || !out->fields)
        out->fields = dg_xrealloc(out->fields, cap * out->n_cols * sizeof *out->fields);
    out->cap_rows = cap;
    out->line[r] = line;
    imp_str *row = out->fields + r * out->n_cols;
    for (size_t k = 0; k < out->n_cols; k++)
        row[k] = (imp_str){"", 0};
    bool end = false;
    for (size_t k = 0; !end; k++) {
        imp_str f = field(c, &end);
        if (k < out->n_cols)
            row[k] = imp_trim(f);
    }
    out->n_rows++;
}

bool imp_csv_read(const char *s, size_t n, dg_arena *a, imp_rows *out, dg_error *err)
{
    memset(out, 0, sizeof *out);
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        s += 3;
        n -= 3;
    }
    csv c = {s, n, 0, separator(s, n), 1, a};
    read_header(&c, out);
    if (out->n_cols < 2) {
        dg_error_set(err, DG_EDATA, "no header row of column names");
        return false;
    }
    while (c.i < c.n) {
        uint32_t line = c.line;
        size_t j = c.i;
        while (j < c.n && (c.s[j] == '\r' || c.s[j] == ' '))
            j++;
        if (j < c.n && c.s[j] == '\n') { /* a blank line */
            c.i = j + 1;
            c.line++;
            continue;
        }
        if (j >= c.n)
            break;
        read_record(&c, out, line);
    }
    return true;
}
