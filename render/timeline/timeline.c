/* timeline.c — dg_timeline: periods and events on a time axis.
 *
 * model --(timeline_rows.c)--> plan --(timeline_layout.c)--> layout
 *       --(timeline_draw.c)--> Graphviz, any format.  See timeline.h. */
#include "timeline.h"

static int32_t jan1(int year)
{
    dg_date d = {(int16_t)year, 1, 1, DG_PREC_DAY, 0};
    return dg_date_first(&d);
}

static int year_of(int32_t day)
{
    return dg_date_from_days(day).year;
}

dg_status tl_range(const tl_plan *p, const dg_timeline_opts *o, int32_t today, int32_t *from,
                   int32_t *to, dg_error *err)
{
    int32_t lo = p->any_date ? p->lo : today, hi = p->any_date ? p->hi : today;
    if (p->any_open && today > hi)
        hi = today; /* what still holds runs up to today at least */
    bool has_from = dg_date_set(&o->from), has_to = dg_date_set(&o->to);
    int32_t f = has_from ? dg_date_first(&o->from) : jan1(year_of(lo));
    int32_t t = has_to ? dg_date_last(&o->to) + 1 : jan1(year_of(hi) + 1);
    if (has_from && has_to && f >= t) {
        char a[16], b[16];
        dg_date_format(&o->from, a, sizeof a);
        dg_date_format(&o->to, b, sizeof b);
        return dg_error_set(err, DG_EUSAGE, "from: %s is after to (%s)", a, b);
    }
    /* One bound given beyond the data: a year-long chart from/to it. */
    if (t <= f && !has_to)
        t = jan1(year_of(f) + 1);
    if (t <= f && !has_from)
        f = jan1(year_of(t - 1));
    *from = f;
    *to = t;
    return DG_OK;
}

static dg_status resolve_focus(const dg_model *m, const char *id, uint32_t *focus, dg_error *err)
{
    if (!id) {
        *focus = m->focus;
        return DG_OK;
    }
    if (!*id) { /* --focus '': no focus even when the data set names one */
        *focus = DG_NONE;
        return DG_OK;
    }
    *focus = dg_country_find(m, id);
    if (*focus != DG_NONE)
        return DG_OK;
    if (dg_org_find(m, id) != DG_NONE)
        return dg_error_set(err, DG_EDATA, "focus: '%s' is an organization, not a country",
                            id);
    char hint[240];
    return dg_error_set(err, DG_EDATA, "focus: unknown country '%s'%s", id,
                        dg_id_hint(m, id, true, hint, sizeof hint));
}

dg_status tl_timeline_layout(const dg_model *m, const dg_timeline_opts *o, tl_layout *L,
                             dg_error *err)
{
    static const dg_timeline_opts none;
    if (!o)
        o = &none;
    memset(L, 0, sizeof *L);
    uint32_t focus;
    dg_status st = resolve_focus(m, o->focus, &focus, err);
    if (st != DG_OK)
        return st;
    int groups[TL_G_COUNT];
    size_t n = tl_parse_rows(o->rows, focus != DG_NONE, groups, err);
    if (!n)
        return DG_EUSAGE;
    tl_plan p;
    tl_plan_build(m, focus, groups, n, o->title, dg_out_lang(m, o->lang), &p);
    dg_date td = dg_date_today();
    int32_t today = dg_date_first(&td);
    int32_t from, to;
    st = tl_range(&p, o, today, &from, &to, err);
    if (st == DG_OK) {
        tl_layout_build(&p, from, to, today, L);
        L->plan_arena = p.arena; /* the items point at the plan's strings */
        L->title = p.title;
        L->subtitle = p.subtitle;
        L->lang = p.lang;
        p.arena = NULL;
    }
    tl_plan_free(&p);
    return st;
}

dg_status dg_timeline(const dg_model *m, const dg_timeline_opts *o, dg_buf *out, dg_error *err)
{
    tl_layout L;
    dg_status st = tl_timeline_layout(m, o, &L, err);
    if (st != DG_OK)
        return st;
    st = tl_draw(&L, o && o->format ? o->format : "svg", o ? o->dpi : 0, out, err);
    tl_layout_free(&L);
    return st;
}
