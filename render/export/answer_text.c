/* answer_text.c — the pieces every query answer uses: the ids it is asked
 * about, text with data in it, and aligned text tables (see answer.h). */
#include "answer.h"

#include <stdarg.h>

dg_status dg_ans_subject_find(const dg_model *m, const char *field, const char *id, bool orgs,
                              dg_ans_subject *out, dg_error *err)
{
    const char *canon = NULL;
    bool iso = dg_iso_lookup(id, &canon, NULL) != NULL;
    out->org = DG_NONE;
    out->index = dg_country_find(m, id);
    if (out->index != DG_NONE) {
        out->id = m->countries[out->index].id;
        out->name = m->countries[out->index].name;
        return DG_OK;
    }
    if (orgs && (out->org = dg_org_find(m, id)) != DG_NONE) {
        out->id = m->orgs[out->org].id;
        out->name = m->orgs[out->org].name;
        return DG_OK;
    }
    if (iso) { /* a real country the data set has nothing about */
        out->id = canon ? canon : id;
        out->name = dg_shown_country_name(m, out->id);
        return DG_OK;
    }
    char hint[240];
    return dg_error_set(err, DG_EDATA, "%s: unknown %s '%s'%s", field,
                        orgs ? "country or organization" : "country", id,
                        dg_id_hint(m, id, false, hint, sizeof hint));
}

void dg_ans_printf(dg_ans_text *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    o->ok = dg_buf_vprintf(&o->b, fmt, ap) && o->ok;
    va_end(ap);
}

/* Append s with \n and \t spelled out, into b. */
static bool put_escaped(dg_buf *b, const char *s)
{
    bool ok = true;
    const char *run = s;
    for (const char *c = s; ok && *c; c++) {
        if (*c != '\n' && *c != '\t')
            continue;
        ok = dg_buf_append(b, run, (size_t)(c - run)) &&
             dg_buf_append(b, *c == '\n' ? "\\n" : "\\t", 2);
        run = c + 1;
    }
    return ok && dg_buf_append(b, run, strlen(run));
}

void dg_ans_put(dg_ans_text *o, const char *s)
{
    o->ok = put_escaped(&o->b, s) && o->ok;
}

void dg_ans_put_name(dg_ans_text *o, const char *name, const char *id)
{
    if (name && strcmp(name, id)) {
        dg_ans_put(o, name);
        dg_ans_printf(o, " (");
        dg_ans_put(o, id);
        dg_ans_printf(o, ")");
    } else {
        dg_ans_put(o, id);
    }
}

void dg_ans_at_phrase(const char *lang, const dg_date *at, char *buf, size_t size)
{
    char d[16];
    dg_date_format(at, d, sizeof d);
    buf[0] = '\0';
    if (d[0]) {
        buf[0] = ' ';
        /* TRANSLATORS: after "Netherlands (NL) in Belarus (BY)": the day asked about. */
        snprintf(buf + 1, size - 1, dg_tr(lang, "on %s"), d);
    }
}

/* The vocabulary's words of mission kinds, for translators to translate. */
static const char *const kind_words[] = {
    NC_("mission kind", "embassy"), NC_("mission kind", "high-commission"),
    NC_("mission kind", "consulate-general"), NC_("mission kind", "consulate"),
    NC_("mission kind", "vice-consulate"), NC_("mission kind", "honorary-consulate"),
    NC_("mission kind", "embassy-office"), NC_("mission kind", "permanent-mission"),
    NC_("mission kind", "delegation"), NC_("mission kind", "liaison-office"),
    NC_("mission kind", "interests-section"), NC_("mission kind", "trade-office"),
    NC_("mission kind", "other")};

const char *dg_ans_kind(const char *lang, const dg_mission *mi)
{
    if (mi->label)
        return mi->label;
    unsigned k = (unsigned)mi->kind;
    return k < sizeof kind_words / sizeof kind_words[0]
               ? dg_trc(lang, "mission kind", kind_words[k])
               : dg_mission_kind_name(mi->kind);
}

void dg_ans_json_at(dg_json *j, const dg_date *at)
{
    dg_json_key(j, "at");
    dg_json_date(j, at); /* null when unset */
}

dg_status dg_ans_finish(dg_ans_text *o, dg_buf *out, dg_error *err)
{
    bool ok = o->ok;
    if (ok && !out->len) { /* the usual case: hand the text over, no copy */
        dg_buf_free(out);
        *out = o->b;
        return DG_OK;
    }
    ok = ok && dg_buf_append(out, o->b.data ? o->b.data : "", o->b.len);
    dg_buf_free(&o->b);
    return ok ? DG_OK : dg_error_set(err, DG_EOUTPUT, "out of memory");
}

/* ---- text tables ---- */

void dg_ans_table_init(dg_ans_table *t, size_t ncols)
{
    memset(t, 0, sizeof *t);
    t->ncols = ncols;
}

void dg_ans_cell(dg_ans_table *t, const char *s)
{
    dg_buf b = {0};
    if (!put_escaped(&b, s ? s : "") || !b.data) {
        dg_buf_free(&b);
        b.data = dg_xstrdup(""); /* an empty cell, or one out of memory */
    }
    *DG_PUSH(t->cells, t->n, t->cap) = b.data; /* the cell owns the buffer */
}

void dg_ans_cellf(dg_ans_table *t, const char *fmt, ...)
{
    dg_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    bool ok = dg_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    dg_ans_cell(t, ok ? b.data : NULL);
    dg_buf_free(&b);
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
static bool *count_columns(const dg_ans_table *t)
{
    bool *num = dg_xcalloc(t->ncols, sizeof *num);
    for (size_t c = 0; c < t->ncols; c++) {
        num[c] = t->n > t->ncols;
        for (size_t i = t->ncols + c; num[c] && i < t->n; i += t->ncols)
            num[c] = is_count(t->cells[i]);
    }
    return num;
}

/* One row; the last non-empty cell ends the line: no trailing blanks. */
static void print_row(const dg_ans_table *t, size_t r, const size_t *w, const bool *num,
                      dg_ans_text *o, const char *indent)
{
    char *const *row = t->cells + r * t->ncols;
    size_t last = 0;
    for (size_t c = 0; c < t->ncols && r * t->ncols + c < t->n; c++)
        if (row[c][0])
            last = c;
    dg_ans_printf(o, "%s", indent);
    for (size_t c = 0; c <= last; c++) {
        size_t pad = w[c] - text_width(row[c]);
        if (num[c])
            dg_ans_printf(o, "%*s%s%s", (int)pad, "", row[c], c < last ? "  " : "");
        else
            dg_ans_printf(o, "%s%*s", row[c], c < last ? (int)pad + 2 : 0, "");
    }
    dg_ans_printf(o, "\n");
}

void dg_ans_table_print(const dg_ans_table *t, dg_ans_text *o, const char *indent)
{
    size_t *w = dg_xcalloc(t->ncols, sizeof *w);
    bool *num = count_columns(t);
    for (size_t i = 0; i < t->n; i++) {
        size_t cw = text_width(t->cells[i]);
        if (cw > w[i % t->ncols])
            w[i % t->ncols] = cw;
    }
    for (size_t r = 0; o->ok && r * t->ncols < t->n; r++)
        print_row(t, r, w, num, o, indent);
    free(num);
    free(w);
}

void dg_ans_table_free(dg_ans_table *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->cells[i]);
    free(t->cells);
    memset(t, 0, sizeof *t);
}
