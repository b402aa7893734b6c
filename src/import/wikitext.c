/* wikitext.c — `import wikipedia`: a "Foreign relations of X" article's
 * wikitext to a data set.
 *
 * Every table whose header has a Country column and a date or Notes
 * column is read ("Country / Formal relations began / Notes", "# /
 * Country / Date"), a relation per row: the country from its flag
 * template or link, the date at the precision written (the latest of
 * several, the others noted; the notes' "established diplomatic relations
 * in February 1992" where it is the more precise of two that agree), and
 * the notes read sentence by sentence (notes.c).  Prose outside the tables
 * is not read. */
#include "import.h"
#include "wtable.h"

#include <stdio.h>

enum { COL_NONE, COL_COUNTRY, COL_DATE, COL_NOTES };
#define MAX_COLS 16

typedef struct wp {
    imp_ds *ds;
    const char *s;
    size_t n;
    const char *focus;
    dg_import_counts *counts;
} wp;

/* ---- columns ---- */

static int role(const char *h)
{
    size_t n = strlen(h);
    bool date = imp_find_ci(h, n, "date") || imp_find_ci(h, n, "relation") ||
                imp_find_ci(h, n, "began") || imp_find_ci(h, n, "establish") ||
                imp_find_ci(h, n, "since") || imp_find_ci(h, n, "year");
    if ((imp_find_ci(h, n, "country") || imp_find_ci(h, n, "state") || imp_find_ci(h, n, "nation")) &&
        !date)
        return COL_COUNTRY;
    if (date)
        return COL_DATE;
    if (imp_find_ci(h, n, "note") || imp_find_ci(h, n, "remark") || imp_find_ci(h, n, "comment") ||
        imp_find_ci(h, n, "detail"))
        return COL_NOTES;
    return COL_NONE;
}

static bool all_headers(const imp_wrow *r)
{
    for (size_t i = 0; i < r->n; i++)
        if (!r->cells[i].header)
            return false;
    return r->n > 0;
}

/* The roles of a table's columns from its first row of header cells;
 * *body gets the row after it.  False for a table of another kind. */
static bool columns(const wp *w, const imp_wtable *t, int *roles, size_t *ncols, size_t *body)
{
    size_t r = 0;
    while (r < t->n_rows && !all_headers(&t->rows[r]))
        r++;
    if (r >= t->n_rows || r > 2)
        return false;
    imp_wcarry carry[MAX_COLS] = {{0}};
    const imp_wcell *cols[MAX_COLS];
    imp_wrow_layout(&t->rows[r], cols, MAX_COLS, carry);
    bool country = false, other = false;
    *ncols = 0;
    for (size_t c = 0; c < MAX_COLS && cols[c]; c++) {
        dg_buf h = {0};
        imp_wt_text(w->s + cols[c]->start, cols[c]->end - cols[c]->start, &h);
        roles[c] = role(h.data ? h.data : "");
        country |= roles[c] == COL_COUNTRY;
        other |= roles[c] == COL_DATE || roles[c] == COL_NOTES;
        dg_buf_free(&h);
        *ncols = c + 1;
    }
    *body = r + 1;
    return country && other;
}

/* ---- the country cell ---- */

/* The id of a name written in wikitext (markup removed first). */
static const char *name_id(const wp *w, const char *p, size_t n, dg_buf *name)
{
    name->len = 0;
    imp_wt_text(p, n, name);
    return name->len ? imp_ds_country(w->ds, name->data) : NULL;
}

/* {{flag|X}}, {{flagcountry|BLR}}, {{flagicon|X}} [[X]], [[X]], or text. */
static const char *cell_country(const wp *w, size_t a, size_t b, dg_buf *name)
{
    const char *s = w->s, *id;
    for (size_t i = a; i + 1 < b; i++) {
        if (s[i] != '{' || s[i + 1] != '{')
            continue;
        int depth = 0;
        size_t j = i;
        for (; j + 1 < b; j++) {
            if (s[j] == '{' && s[j + 1] == '{')
                depth++, j++;
            else if (s[j] == '}' && s[j + 1] == '}' && --depth == 0)
                break;
            else if (s[j] == '}' && s[j + 1] == '}')
                j++;
        }
        imp_tpl t;
        imp_tpl_split(s + i + 2, j > i + 2 ? j - i - 2 : 0, &t);
        if (imp_tpl_is_flag(&t) && t.n_args && (id = name_id(w, t.args[0].p, t.args[0].n, name)))
            return id;
        i = j;
    }
    const char *link = imp_find_ci(s + a, b - a, "[[");
    if (link) {
        const char *end = imp_find_ci(link, (size_t)(s + b - link), "]]");
        const char *bar = end ? memchr(link, '|', (size_t)(end - link)) : NULL;
        if (end && (id = name_id(w, link + 2, (size_t)((bar ? bar : end) - link - 2), name)))
            return id;
    }
    return name_id(w, s + a, b - a, name);
}

/* ---- the date cell ---- */

static void note_dates(imp_ds *ds, imp_rel *r, const dg_date *d, size_t n, size_t use)
{
    char list[200] = "", one[16];
    for (size_t i = 0; i < n; i++) {
        dg_date_format(&d[i], one, sizeof one);
        snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", one);
    }
    dg_date_format(&d[use], one, sizeof one);
    imp_note(ds, &r->note, "The table gives several dates (%s); the latest, %s, is used.", list, one);
}

static void cell_date(wp *w, imp_rel *r, const imp_wcell *c)
{
    dg_buf text = {0};
    imp_wt_text(w->s + c->start, c->end - c->start, &text);
    dg_date d[8];
    size_t n = imp_dates_in(text.data ? text.data : "", text.len, d, 8);
    const char *sort = n ? NULL : imp_find_ci(c->attrs.p, c->attrs.n, "data-sort-value");
    if (sort) { /* data-sort-value="1992-01-09" when the text holds none */
        sort += 15;
        size_t left = (size_t)(c->attrs.p + c->attrs.n - sort);
        while (left && (*sort == '=' || *sort == '"' || *sort == ' ' || *sort == '\'')) {
            sort++;
            left--;
        }
        n = imp_dates_in(sort, left, d, 1);
    }
    size_t use = 0;
    for (size_t i = 1; i < n; i++)
        if (dg_date_cmp(&d[i], &d[use]) > 0)
            use = i;
    if (n)
        r->established = d[use];
    if (n > 1)
        note_dates(w->ds, r, d, n, use);
    bool words = false;
    for (size_t i = 0; i < text.len; i++)
        words |= (text.data[i] >= 'A' && text.data[i] <= 'Z') || (text.data[i] >= 'a' && text.data[i] <= 'z');
    if (!n && words)
        imp_note(w->ds, &r->note, "The table's date cell says \"%s\" (line %u).", text.data, c->line);
    dg_buf_free(&text);
}

/* The table's date and the notes' date of establishment: the more
 * precise of two that agree; the table's when they differ. */
static void weigh_dates(imp_ds *ds, imp_rel *r, const dg_date *notes)
{
    char a[16], b[16];
    if (!dg_date_set(notes))
        return;
    if (!dg_date_set(&r->established)) {
        r->established = *notes;
        return;
    }
    dg_date_format(&r->established, a, sizeof a);
    dg_date_format(notes, b, sizeof b);
    bool inside = dg_date_first(notes) >= dg_date_first(&r->established) &&
                  dg_date_last(notes) <= dg_date_last(&r->established);
    if (inside && notes->prec > r->established.prec) {
        imp_note(ds, &r->note, "The table gives %s; the notes' %s is used.", a, b);
        r->established = *notes;
    } else if (!inside && dg_date_cmp(notes, &r->established) != 0 &&
               !(dg_date_first(&r->established) >= dg_date_first(notes) &&
                 dg_date_last(&r->established) <= dg_date_last(notes))) {
        imp_note(ds, &r->note, "The notes give %s for the establishment of relations.", b);
    }
}

/* ---- rows ---- */

static void row_notes(wp *w, imp_row *row, const imp_wcell *c)
{
    imp_clean cl = {0};
    imp_wt_clean(w->s + c->start, c->end - c->start, c->line, &cl);
    const char *p = cl.text.data ? cl.text.data : "";
    for (size_t k = 0, i = 0; i <= cl.text.len && k < cl.n_lines; k++) {
        const char *nl = memchr(p + i, '\n', cl.text.len - i);
        size_t e = nl ? (size_t)(nl - p) : cl.text.len;
        imp_notes_line(row, p + i, e - i, cl.lines[k]);
        i = e + 1;
    }
    imp_clean_free(&cl);
}

static void read_row(wp *w, const imp_wcell **cols, const int *roles, size_t ncols, uint32_t line)
{
    const imp_wcell *country = NULL, *date = NULL, *notes = NULL;
    for (size_t c = 0; c < ncols; c++) {
        if (!cols[c])
            continue;
        if (roles[c] == COL_COUNTRY && !country)
            country = cols[c];
        else if (roles[c] == COL_DATE && !date)
            date = cols[c];
        else if (roles[c] == COL_NOTES && !notes)
            notes = cols[c];
    }
    w->counts->rows++;
    dg_buf name = {0};
    const char *id = country ? cell_country(w, country->start, country->end, &name) : NULL;
    const char *why = !country ? "the row has no country cell"
                      : !id    ? "country not recognised"
                      : strcmp(id, w->focus) == 0 ? "the row names the article's own country" : NULL;
    if (why) {
        imp_report(w->ds, line, why, name.data ? name.data : "", name.len);
        w->counts->rows_reported++;
        dg_buf_free(&name);
        return;
    }
    dg_buf_free(&name);
    imp_rel *r = imp_ds_relation(w->ds, w->focus, id);
    if (!r->line)
        r->line = line;
    if (date)
        cell_date(w, r, date);
    imp_row row = {w->ds, w->focus, r->b, r, {0}};
    if (notes)
        row_notes(w, &row, notes);
    weigh_dates(w->ds, r, &row.notes_established);
    w->counts->converted++;
}

/* Does a row of header cells name a country in its country column (a
 * row of row headers, not of headings)? */
static bool names_country(const wp *w, const imp_wcell **cols, const int *roles, size_t ncols)
{
    for (size_t c = 0; c < ncols; c++)
        if (cols[c] && roles[c] == COL_COUNTRY) {
            dg_buf name = {0};
            const char *id = cell_country(w, cols[c]->start, cols[c]->end, &name);
            dg_buf_free(&name);
            return id != NULL;
        }
    return false;
}

static void read_table(wp *w, const imp_wtable *t)
{
    int roles[MAX_COLS] = {0};
    size_t ncols, body;
    if (!columns(w, t, roles, &ncols, &body))
        return;
    imp_wcarry carry[MAX_COLS] = {{0}};
    for (size_t r = body; r < t->n_rows; r++) {
        const imp_wrow *row = &t->rows[r];
        const imp_wcell *cols[MAX_COLS];
        imp_wrow_layout(row, cols, ncols, carry);
        if (row->n == 0 || (all_headers(row) && !names_country(w, cols, roles, ncols)))
            continue; /* a row of headings ("Africa") inside the table */
        read_row(w, cols, roles, ncols, row->cells[0].line);
    }
}

/* ---- the article's country ---- */

/* "Foreign relations of X" in the title (or the lead): X. */
static const char *after_relations_of(imp_ds *ds, const char *s, size_t n)
{
    const char *p = imp_find_ci(s, n, "relations of ");
    if (!p)
        return NULL;
    p += 13;
    size_t k = (size_t)(s + n - p);
    /* The longest run of words up to a stop that names a country. */
    for (size_t len = k < 60 ? k : 60; len > 0; len--) {
        if (len < k && p[len] != ' ' && p[len] != ',' && p[len] != '.' && p[len] != '(' &&
            p[len] != '\'' && p[len] != '\n')
            continue;
        const char *id = imp_ds_country_n(ds, p, len);
        if (id)
            return id;
    }
    return NULL;
}

/* The lead: the text before the first heading or table. */
static const char *from_lead(const wp *w)
{
    const char *h = imp_find_ci(w->s, w->n, "\n==");
    const char *t = imp_find_ci(w->s, w->n, "{|");
    size_t end = h ? (size_t)(h - w->s) : w->n;
    if (t && (size_t)(t - w->s) < end)
        end = (size_t)(t - w->s);
    dg_buf lead = {0};
    imp_wt_text(w->s, end < 20000 ? end : 20000, &lead);
    const char *id = lead.len ? after_relations_of(w->ds, lead.data, lead.len) : NULL;
    dg_buf_free(&lead);
    return id;
}

static dg_status find_focus(wp *w, const dg_import_opts *o, dg_error *err)
{
    if (o && o->country) {
        const char *canon;
        w->focus = dg_iso_lookup(o->country, &canon, NULL) ? canon : imp_ds_country(w->ds, o->country);
        if (!w->focus)
            return dg_error_set(err, DG_EUSAGE, "country: unknown country '%s'", o->country);
        return DG_OK;
    }
    if (o && o->title)
        w->focus = after_relations_of(w->ds, o->title, strlen(o->title));
    if (!w->focus)
        w->focus = from_lead(w);
    if (!w->focus)
        return dg_error_set(err, DG_EUSAGE,
                            "country: the article's country is not in its title or first "
                            "sentence; give it (an id or an English name)");
    return DG_OK;
}

/* ---- the importer ---- */

static void describe(imp_ds *ds, const dg_import_opts *o, const char *focus)
{
    ds->focus = focus;
    ds->title = o && o->title ? imp_ds_strz(ds, o->title)
                              : imp_ds_printf(ds, "Foreign relations of %s", imp_country_name(focus));
    ds->src_id = "wp";
    ds->src_title = ds->title;
    ds->src_publisher = "Wikipedia";
    ds->src_note = "Imported from the article's tables by dipgraph import wikipedia.";
    imp_ds_use(ds, focus);
}

dg_status dg_import_wikipedia(const char *text, size_t len, const dg_import_opts *o,
                              dg_buf *yaml, dg_buf *report, dg_import_counts *counts,
                              dg_error *err)
{
    dg_import_counts local = {0};
    imp_aliases al = {0};
    imp_ds *ds;
    dg_status st = imp_session_begin(&ds, &al, o, "article", err);
    if (st != DG_OK) {
        imp_aliases_free(&al);
        return st;
    }
    wp w = {ds, text ? text : "", text ? len : 0, NULL, &local};
    if ((st = find_focus(&w, o, err)) == DG_OK) {
        describe(ds, o, w.focus);
        imp_wtables tables = {0};
        imp_wtables_read(w.s, w.n, &tables);
        for (size_t i = 0; i < tables.n; i++)
            read_table(&w, &tables.tables[i]);
        imp_wtables_free(&tables);
        if (local.rows == 0)
            st = dg_error_set(err, DG_EDATA, "no table of relations by country (a table with a "
                                             "Country column and a date or Notes column)");
        else
            st = imp_session_end(ds, yaml, report, &local, err);
    }
    if (counts)
        *counts = local;
    imp_ds_free(ds);
    imp_aliases_free(&al);
    return st;
}
