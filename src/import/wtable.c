/* wtable.c — MediaWiki tables as rows of cells.
 *
 * Line by line: "{|" opens a table, "|}" closes it, "|-" (also "|--",
 * "|--valign=top" and any attributes) starts a row, "!" header cells and
 * "|" data cells start cells, "!!" and "||" separate cells on one line,
 * and every other line continues the cell before it.  A cell's attributes
 * ("style=... |") are split off at its first top-level '|'; rowspan and
 * colspan are applied when the rows are laid out.  Nested tables are
 * part of the cell they sit in.  Cells are slices of the source. */
#include "wtable.h"

#include <stdlib.h>

static imp_wcell *push_cell(imp_wrow *r)
{
    imp_wcell *c = DG_PUSH(r->cells, r->n, r->cap);
    memset(c, 0, sizeof *c);
    return c;
}

static imp_wrow *push_row(imp_wtable *t, uint32_t line)
{
    imp_wrow *r = DG_PUSH(t->rows, t->n_rows, t->cap_rows);
    memset(r, 0, sizeof *r);
    r->line = line;
    return r;
}

/* The next "||" (or "!!" in a header line) at the top level of s[i..n). */
static size_t sep_at(const char *s, size_t n, size_t i, bool header)
{
    int depth = 0;
    for (; i + 1 < n; i++) {
        if (imp_wt_nest(s, n, &i, &depth) || depth > 0)
            continue;
        char a = s[i], b = s[i + 1];
        if ((a == '|' && b == '|') || (header && a == '!' && b == '!'))
            return i;
    }
    return n;
}

/* A number attribute ("rowspan=2", "colspan = \"3\""), 1 when absent. */
static int span_attr(imp_str attrs, const char *name)
{
    const char *p = imp_find_ci(attrs.p, attrs.n, name);
    if (!p)
        return 1;
    const char *e = attrs.p + attrs.n;
    p += strlen(name);
    while (p < e && (*p == ' ' || *p == '=' || *p == '"' || *p == '\''))
        p++;
    int v = 0;
    while (p < e && *p >= '0' && *p <= '9' && v < 1000)
        v = v * 10 + (*p++ - '0');
    return v < 1 ? 1 : v > 50 ? 50 : v;
}

/* Split "attrs | content" at the first top-level single '|' of the
 * cell's first line, when what is before it reads as attributes. */
static void split_attrs(imp_wcell *c, const char *s, size_t eol)
{
    int depth = 0;
    for (size_t i = c->start; i < eol && i < c->end; i++) {
        if (!imp_wt_nest(s, eol, &i, &depth) && depth == 0 && s[i] == '|') {
            imp_str attrs = {s + c->start, i - c->start};
            if (!memchr(attrs.p, '=', attrs.n) || imp_find_ci(attrs.p, attrs.n, "{{") ||
                imp_find_ci(attrs.p, attrs.n, "[["))
                return;
            c->attrs = attrs;
            c->start = i + 1;
            return;
        }
    }
}

/* Cells of one line, after its '|' or '!' marker at i. */
static void line_cells(imp_wtable *t, const char *s, size_t i, size_t eol, uint32_t line, bool header)
{
    if (!t->n_rows)
        push_row(t, line);
    imp_wrow *r = &t->rows[t->n_rows - 1];
    while (i <= eol) {
        size_t e = sep_at(s, eol, i, header);
        imp_wcell *c = push_cell(r);
        c->start = i;
        c->end = e;
        c->line = line;
        c->header = header;
        split_attrs(c, s, eol);
        c->rowspan = span_attr(c->attrs, "rowspan");
        c->colspan = span_attr(c->attrs, "colspan");
        if (e >= eol)
            break;
        i = e + 2;
    }
}

/* Where a line's marker is, after leading white space. */
static size_t skip_ws(const char *s, size_t i, size_t eol)
{
    while (i < eol && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

typedef struct tstate {
    imp_wtables *out;
    imp_wtable *t; /* the table being read, or NULL */
    int depth;     /* nested tables inside a cell */
} tstate;

static void continue_cell(tstate *st, size_t eol)
{
    imp_wtable *t = st->t;
    if (t->n_rows && t->rows[t->n_rows - 1].n)
        t->rows[t->n_rows - 1].cells[t->rows[t->n_rows - 1].n - 1].end = eol;
}

/* One line inside a table. */
static void table_line(tstate *st, const char *s, size_t bol, size_t eol, uint32_t line)
{
    size_t i = skip_ws(s, bol, eol);
    imp_str l = {s + i, eol - i};
    if (imp_starts_ci(l.p, l.n, "{|")) {
        st->depth++;
        continue_cell(st, eol);
    } else if (imp_starts_ci(l.p, l.n, "|}")) {
        if (st->depth > 0) {
            st->depth--;
            continue_cell(st, eol);
        } else {
            st->t = NULL;
        }
    } else if (st->depth > 0) {
        continue_cell(st, eol);
    } else if (imp_starts_ci(l.p, l.n, "|-")) {
        push_row(st->t, line);
    } else if (imp_starts_ci(l.p, l.n, "|+")) {
        if (st->t->n_rows && st->t->rows[st->t->n_rows - 1].n)
            push_row(st->t, line); /* a caption ends the cell before it */
    } else if (l.n && (l.p[0] == '|' || l.p[0] == '!')) {
        line_cells(st->t, s, i + 1, eol, line, l.p[0] == '!');
    } else {
        continue_cell(st, eol);
    }
}

void imp_wtables_read(const char *s, size_t n, imp_wtables *out)
{
    tstate st = {out, NULL, 0};
    uint32_t line = 1;
    for (size_t bol = 0; bol < n; line++) {
        const char *nl = memchr(s + bol, '\n', n - bol);
        size_t eol = nl ? (size_t)(nl - s) : n;
        if (st.t) {
            table_line(&st, s, bol, eol, line);
        } else {
            size_t i = skip_ws(s, bol, eol);
            if (imp_starts_ci(s + i, eol - i, "{|")) {
                st.t = DG_PUSH(out->tables, out->n, out->cap);
                memset(st.t, 0, sizeof *st.t);
                st.t->line = line;
            }
        }
        bol = eol + 1;
    }
}

void imp_wtables_free(imp_wtables *w)
{
    for (size_t i = 0; i < w->n; i++) {
        for (size_t r = 0; r < w->tables[i].n_rows; r++)
            free(w->tables[i].rows[r].cells);
        free(w->tables[i].rows);
    }
    free(w->tables);
    memset(w, 0, sizeof *w);
}

void imp_wrow_layout(const imp_wrow *r, const imp_wcell **cols, size_t ncols, imp_wcarry *cy)
{
    size_t col = 0, k = 0;
    for (size_t c = 0; c < ncols; c++)
        cols[c] = NULL;
    while (col < ncols) {
        if (cy[col].left > 0) {
            cols[col] = cy[col].cell;
            cy[col].left--;
            col++;
            continue;
        }
        if (k >= r->n)
            break;
        const imp_wcell *cell = &r->cells[k++];
        for (int s = 0; s < cell->colspan && col < ncols; s++, col++) {
            cols[col] = cell;
            cy[col].cell = cell;
            cy[col].left = cell->rowspan - 1;
        }
    }
}
