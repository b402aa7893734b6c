/* timeline_rows.c — what a timeline shows: the model turned into groups
 * of rows of spans (days), with the tooltips that explain each span.
 *
 * Row kinds (--rows), with a focus country F and without one:
 *   relations    one row per partner of F / per related pair
 *   missions     F's missions, the missions in F and those elsewhere
 *                accredited to F / every mission; accreditations as
 *                thinner rows under their mission
 *   memberships  one row per organization F belongs to, a bar per period /
 *                one row per organization, its own lifetime
 *   events       one lane per event kind: events F takes part in / all
 * Rows of bars are ordered by their first known day (undated last), then by
 * label, then by the model's order, so the input's order never shows. */
#include "timeline.h"

#include <stdarg.h>

static const char *const group_words[TL_G_COUNT] = {"relations", "missions", "memberships",
                                                    "events", "heads"};

size_t tl_parse_rows(const char *rows, bool have_focus, int out[TL_G_COUNT], dg_error *err)
{
    size_t n = 0;
    if (!rows) {
        if (have_focus)
            out[n++] = TL_G_MEMBERSHIPS;
        out[n++] = TL_G_EVENTS;
        return n;
    }
    for (const char *s = rows; *s;) {
        const char *e = strchr(s, ',');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        char word[32];
        if (len >= sizeof word)
            len = sizeof word - 1;
        memcpy(word, s, len);
        word[len] = '\0';
        s += e ? (size_t)(e - s) + 1 : strlen(s);
        if (!word[0])
            continue;
        int g = -1;
        for (int i = 0; i < TL_G_COUNT; i++)
            if (!strcmp(word, group_words[i]))
                g = i;
        if (!strcmp(word, "all")) {
            for (int i = 0; i <= TL_G_EVENTS; i++) { /* the four of v1: outputs unchanged */
                bool dup = false;
                for (size_t k = 0; k < n; k++)
                    dup |= out[k] == i;
                if (!dup)
                    out[n++] = i;
            }
            continue;
        }
        if (g < 0) {
            const char *near = dg_closest(word, group_words, TL_G_COUNT);
            dg_error_set(err, DG_EUSAGE,
                         "rows: unknown row kind '%s'%s%s%s (use relations, missions, memberships, "
                         "events, heads or all, separated by commas)",
                         word, near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
            return 0;
        }
        bool dup = false;
        for (size_t k = 0; k < n; k++)
            dup |= out[k] == g;
        if (!dup)
            out[n++] = g;
    }
    if (!n)
        dg_error_set(err, DG_EUSAGE, "rows: names no row kind");
    return n;
}

/* ---- building blocks ---- */

tl_row *tl_add_row(tl_plan *p, int kind, const char *label, const char *tip)
{
    tl_row *r = DG_PUSH(p->rows, p->nrows, p->rcap);
    r->kind = (uint8_t)kind;
    r->label = label;
    r->tip = tip;
    r->span0 = p->nspans;
    r->nspans = 0;
    return r;
}

tl_span *tl_add_span(tl_plan *p, int kind, int style)
{
    tl_span *s = DG_PUSH(p->spans, p->nspans, p->scap);
    memset(s, 0, sizeof *s);
    s->kind = (uint8_t)kind;
    s->style = (uint8_t)style;
    p->rows[p->nrows - 1].nspans++;
    return s;
}

void tl_note_day(tl_plan *p, int32_t first, int32_t last)
{
    if (!p->any_date || first < p->lo)
        p->lo = first;
    if (!p->any_date || last > p->hi)
        p->hi = last;
    p->any_date = true;
}

/* d0/d1/flags of s from a period; lower is where a period of unknown start
 * may begin at the earliest (TL_DAY_MIN: nothing says, and the layout draws
 * a short stub).  A lower bound is a date the chart shows: the bar fades
 * in from it, never from an edge the chart happens to have. */
void tl_span_period(tl_plan *p, tl_span *s, const dg_period *per, int32_t lower)
{
    if (dg_date_set(&per->start)) {
        s->d0 = dg_date_first(&per->start);
        tl_note_day(p, s->d0, dg_date_last(&per->start));
        if (per->start.qual)
            s->flags |= TL_F_START_FUZZY;
    } else {
        s->d0 = lower;
        s->flags |= TL_F_NO_START;
        if (lower != TL_DAY_MIN)
            tl_note_day(p, lower, lower);
    }
    if (dg_date_set(&per->end)) {
        s->d1 = dg_date_last(&per->end) + 1;
        tl_note_day(p, dg_date_first(&per->end), s->d1 - 1);
        if (per->end.qual)
            s->flags |= TL_F_END_FUZZY;
    } else {
        s->d1 = INT32_MAX;
        s->flags |= TL_F_OPEN;
        p->any_open = true;
    }
}

void tl_span_known(tl_plan *p, tl_span *s, int32_t day)
{
    if (!(s->flags & TL_F_NO_START) || day == INT32_MAX)
        return;
    if (!(s->flags & TL_F_OPEN) && day >= s->d1) /* held by its end at the latest */
        day = s->d1 - 1;
    if (s->flags & TL_F_KNOWN && s->d2 <= day)
        return;
    s->d2 = day;
    s->flags |= TL_F_KNOWN;
    tl_note_day(p, day, day);
}

void tl_tip_add(tl_tip *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    t->ok = dg_buf_vprintf(&t->b, fmt, ap) && t->ok;
    va_end(ap);
}

/* Free text, at most about max bytes (cut at a character boundary). */
void tl_tip_text(tl_tip *t, const char *label, const char *s, size_t max)
{
    if (!s || !*s)
        return;
    size_t len = strlen(s);
    bool cut = len > max;
    if (cut) {
        len = max;
        while (len && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--;
    }
    tl_tip_add(t, "\n%s%.*s%s", label, (int)len, s, cut ? "\xE2\x80\xA6" : "");
}

void tl_tip_cite(tl_tip *t, const dg_model *m, const dg_cite *c, bool *used)
{
    for (uint32_t i = 0; i < c->n; i++) {
        const dg_source *s = &m->sources[c->idx[i]];
        used[c->idx[i]] = true;
        tl_tip_add(t, "\n%s%s", i ? "         " : (c->n > 1 ? dg_tr(t->lang, "sources: ")
                                                                : dg_tr(t->lang, "source: ")),
                s->title ? s->title : s->id);
        if (s->publisher)
            tl_tip_add(t, " (%s)", s->publisher);
    }
}

void tl_tip_period(tl_tip *t, const char *from_word, const char *to_word, const dg_period *p,
                       const char *open_text)
{
    char a[16], b[16];
    dg_date_format(&p->start, a, sizeof a);
    dg_date_format(&p->end, b, sizeof b);
    tl_tip_add(t, "\n%s: %s", from_word, a[0] ? a : dg_tr(t->lang, "unknown"));
    if (b[0])
        tl_tip_add(t, "; %s: %s", to_word, b);
    else
        tl_tip_add(t, "; %s", open_text);
}

const char *tl_tip_done(tl_plan *p, tl_tip *t)
{
    if (!t->ok)
        dg_oom(t->b.len);
    const char *s = dg_arena_strndup(p->arena, t->b.data ? t->b.data : "", t->b.len);
    t->b.len = 0; /* the buffer is reused for the next tooltip */
    return s;
}

int32_t tl_later(int32_t lower, const dg_date *d)
{
    if (!dg_date_set(d))
        return lower;
    int32_t day = dg_date_first(d);
    return day > lower ? day : lower; /* TL_DAY_MIN is the least of all */
}

int32_t tl_relation_begun(const dg_model *m, dg_ref x, dg_ref y)
{
    const dg_relation *r = dg_relation_find(m, x, y, NULL);
    if (!r)
        return TL_DAY_MIN;
    return tl_later(TL_DAY_MIN, dg_date_set(&r->period.start) ? &r->period.start : &r->recognized);
}

int tl_entry_cmp(const void *a, const void *b)
{
    const tl_entry *x = a, *y = b;
    if (x->section != y->section)
        return x->section < y->section ? -1 : 1;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    int c = strcmp(x->label, y->label);
    if (c)
        return c;
    if (x->idx != y->idx)
        return x->idx < y->idx ? -1 : 1;
    return (x->sub > y->sub) - (x->sub < y->sub);
}

int32_t tl_sort_key(const dg_period *p)
{
    return dg_date_set(&p->start) ? dg_date_first(&p->start) : INT32_MAX;
}

const char *tl_country_name(const dg_model *m, uint32_t c)
{
    return m->countries[c].name ? m->countries[c].name : m->countries[c].id;
}

const char *tl_rel_b_name(const dg_model *m, const dg_relation *r)
{
    return r->b_kind == DG_ACTOR_ORG ? m->orgs[r->b].name : tl_country_name(m, r->b);
}

void tl_heading(tl_ctx *c, const char *focused, const char *plain)
{
    const char *label = plain;
    if (c->focus != DG_NONE)
        label = tl_fmt(c->p->arena, focused, tl_country_name(c->m, c->focus));
    tl_add_row(c->p, TL_R_HEADING, label, NULL);
}

