/* timeline_history.c — format 1.1 history along a bar (docs/timeline.md,
 * "History along a bar").
 *
 * The bar keeps the record's colour from its start; each history entry
 * that sets a status becomes a piece drawn over the bar from its date to
 * the next such entry (or the bar's end), and each entry that sets a level
 * a tick.  Pieces are separate spans so that each has its own tooltip: the
 * entry's date, what it set, its note and its source.  A version 1 data
 * set has no history, so its plan and layout do not change. */
#include "timeline.h"

/* The first day an entry of a status applies after entry i: the next entry
 * that sets a status, else the end of the bar (*open when it has none). */
static int32_t stretch_end(const dg_change *h, uint32_t n, uint32_t i, const tl_span *bar,
                           bool *open)
{
    for (uint32_t k = i + 1; k < n; k++)
        if (h[k].status >= 0) {
            *open = false;
            return dg_date_first(&h[k].date);
        }
    *open = (bar->flags & TL_F_OPEN) != 0;
    return bar->d1;
}

/* The lines every piece's tooltip ends with: the note, then the entry's
 * source (the record's when the entry cites none). */
static void entry_tip_tail(tl_ctx *c, const dg_change *e, const dg_cite *record_cite)
{
    tl_tip_text(&c->t, dg_tr(c->p->lang, "note: "), e->note, 600);
    tl_tip_cite(&c->t, c->m, e->cite.n ? &e->cite : record_cite, c->cited);
}

/* A piece from entry e's date to end, over the bar; who/what head its tip. */
static void add_piece(tl_ctx *c, const dg_change *e, int32_t end, bool open, int style,
                      uint8_t flags, const char *who, const char *what, const dg_cite *cite)
{
    tl_plan *p = c->p;
    int32_t d0 = dg_date_first(&e->date);
    char d[16];
    dg_date_format(&e->date, d, sizeof d);
    tl_tip_add(&c->t, "%s: %s\n", who, what);
    /* TRANSLATORS: a stretch of a record's history: "from 1997-11-15 (history) until 2000". */
    tl_tip_add(&c->t, dg_tr(p->lang, "from %s (history)"), d);
    if (!open && end > d0) {
        char u[16];
        dg_date f = dg_date_from_days(end);
        dg_date_format(&f, u, sizeof u);
        tl_tip_add(&c->t, " ");
        tl_tip_add(&c->t, dg_tr(p->lang, "until %s"), u);
    }
    entry_tip_tail(c, e, cite);
    const char *tip = tl_tip_done(p, &c->t);
    tl_span *s = tl_add_span(p, TL_SP_PIECE, style);
    s->d0 = d0;
    s->d1 = !open && end > d0 ? end : d0 + 1; /* an open bar's d1 means nothing */
    s->flags = (uint8_t)(flags | (open ? TL_F_OPEN : 0) | (e->date.qual ? TL_F_START_FUZZY : 0));
    s->tip = tip;
    tl_note_day(p, s->d0, s->d1 - 1);
}

/* A tick at a level change. */
static void add_tick(tl_ctx *c, const dg_change *e, const char *who, const dg_cite *cite)
{
    char d[16];
    dg_date_format(&e->date, d, sizeof d);
    tl_tip_add(&c->t, "%s: %s %s\n", who, dg_trc(c->p->lang, "tooltip", "level"),
               dg_trc(c->p->lang, "relation level", dg_rel_level_name((dg_rel_level)e->level)));
    tl_tip_add(&c->t, dg_tr(c->p->lang, "from %s (history)"), d);
    entry_tip_tail(c, e, cite);
    const char *tip = tl_tip_done(c->p, &c->t);
    tl_span *s = tl_add_span(c->p, TL_SP_TICK, c->p->spans[c->p->nspans - 1].style);
    s->d0 = dg_date_first(&e->date);
    s->d1 = s->d0 + 1;
    s->tip = tip;
    tl_note_day(c->p, s->d0, s->d0);
}

static int rel_piece_style(int status, uint8_t *flags)
{
    *flags = 0;
    switch (status) {
    case DG_REL_STRAINED: return TL_S_REL_STRAINED;
    case DG_REL_SUSPENDED: return TL_S_REL_SUSPENDED; /* greyed */
    case DG_REL_SEVERED: case DG_REL_NONE: *flags = TL_F_GAP; return TL_S_REL_SEVERED;
    default: return TL_S_REL_ACTIVE; /* restored: the bar's own look */
    }
}

void tl_history_relation(tl_ctx *c, const dg_relation *r)
{
    if (!r->n_history)
        return;
    const dg_model *m = c->m;
    tl_span bar = c->p->spans[c->p->nspans - 1]; /* a copy: adding spans moves them */
    const char *who = tl_fmt(c->p->arena, "%s \xE2\x80\x93 %s", tl_country_name(m, r->a),
                             tl_rel_b_name(m, r));
    for (uint32_t i = 0; i < r->n_history; i++) {
        const dg_change *e = &r->history[i];
        if (!dg_date_set(&e->date))
            continue;
        if (e->status >= 0) {
            bool open;
            int32_t end = stretch_end(r->history, r->n_history, i, &bar, &open);
            uint8_t fl;
            int st = rel_piece_style(e->status, &fl);
            add_piece(c, e, end, open, st, fl, who,
                      dg_trc(c->p->lang, "relation status",
                             dg_rel_status_name((dg_rel_status)e->status)),
                      &r->cite);
        }
        if (e->level >= 0)
            add_tick(c, e, who, &r->cite);
    }
}

/* A membership's status from an entry on: suspended greyed, left a gap,
 * any other status in that status's own colour (an observer who became a
 * member turns from sky to blue). */
static int member_piece_style(int status, uint8_t *flags)
{
    static const int map[DG_MEMBER_STATUS_COUNT] = {
        TL_S_MEMBER, TL_S_OBSERVER, TL_S_CANDIDATE, TL_S_PARTNER, TL_S_ASSOCIATE,
        TL_S_MEMBER_SUSPENDED};
    *flags = 0;
    if ((unsigned)status < DG_MEMBER_STATUS_COUNT)
        return map[status];
    *flags = TL_F_GAP; /* left */
    return TL_S_MEMBER;
}

void tl_history_membership(tl_ctx *c, const dg_member *mb, const char *who)
{
    if (!mb->n_history)
        return;
    tl_span bar = c->p->spans[c->p->nspans - 1]; /* a copy: adding spans moves them */
    for (uint32_t i = 0; i < mb->n_history; i++) {
        const dg_change *e = &mb->history[i];
        if (!dg_date_set(&e->date) || e->status < 0)
            continue;
        bool open;
        int32_t end = stretch_end(mb->history, mb->n_history, i, &bar, &open);
        uint8_t fl;
        int st = member_piece_style(e->status, &fl);
        add_piece(c, e, end, open, st, fl, who,
                  dg_trc(c->p->lang, "membership status",
                         dg_member_status_name((dg_member_status)e->status)),
                  &mb->cite);
    }
}

/* The next head's start for each head span from first on (d2): given to
 * the year, one head's last year is often the next one's first, and the
 * name's room ends where the next stretch begins. */
static void next_heads(tl_plan *p, size_t first)
{
    for (size_t i = first; i < p->nspans; i++) {
        tl_span *s = &p->spans[i];
        s->d2 = INT32_MAX;
        for (size_t k = first; k < p->nspans; k++)
            if (k != i && p->spans[k].d0 > s->d0 && p->spans[k].d0 < s->d2)
                s->d2 = p->spans[k].d0;
    }
}

/* Heads of mission: a stretch per head, named on the bar. */
static void add_heads(tl_ctx *c, const dg_mission *mi, int style)
{
    tl_plan *p = c->p;
    size_t first = p->nspans;
    for (uint32_t i = 0; i < mi->n_heads; i++) {
        const dg_head *h = &mi->heads[i];
        if (!dg_date_set(&h->period.start))
            continue; /* nowhere to put it on the bar */
        /* TRANSLATORS: a tooltip: "Head of mission (us-embassy-minsk): Karen B. Stewart". */
        tl_tip_add(&c->t, dg_tr(c->p->lang, "Head of mission (%s): %s"), mi->id, h->name);
        if (h->title)
            tl_tip_add(&c->t, ", %s", h->title);
        tl_tip_period(&c->t, dg_tr(c->p->lang, "since"), dg_tr(c->p->lang, "until"), &h->period,
                      dg_tr(c->p->lang, "still so"));
        tl_tip_text(&c->t, dg_tr(c->p->lang, "note: "), h->note, 600);
        tl_tip_cite(&c->t, c->m, h->cite.n ? &h->cite : &mi->cite, c->cited);
        const char *tip = tl_tip_done(p, &c->t);
        tl_span *s = tl_add_span(p, TL_SP_HEAD, style);
        tl_span_period(p, s, &h->period, TL_DAY_MIN);
        s->label = h->name;
        s->tip = tip;
    }
    next_heads(p, first);
}

void tl_history_mission(tl_ctx *c, const dg_mission *mi)
{
    if (!mi->n_history && !mi->n_heads)
        return;
    tl_span bar = c->p->spans[c->p->nspans - 1];
    add_heads(c, mi, bar.style);
    const char *who = tl_fmt(c->p->arena, "%s (%s)", dg_ref_name(c->m, mi->of), mi->id);
    for (uint32_t i = 0; i < mi->n_history; i++) {
        const dg_change *e = &mi->history[i];
        if (!dg_date_set(&e->date) || e->status < 0)
            continue;
        bool open;
        int32_t end = stretch_end(mi->history, mi->n_history, i, &bar, &open);
        /* Open keeps the bar's look; closed to the public is still
         * operating (pale, dashed); suspended or closed is a gap. */
        uint8_t fl = e->status == DG_MS_CLOSED_TO_PUBLIC ? TL_F_PUBLIC
                   : e->status == DG_MS_OPEN             ? 0
                                                         : TL_F_GAP;
        add_piece(c, e, end, open, bar.style, fl, who,
                  dg_trc(c->p->lang, "mission status",
                         dg_mission_status_name((dg_mission_status)e->status)),
                  &mi->cite);
    }
}

/* ---- --rows heads ---- */

static bool heads_wanted(const tl_ctx *c, const dg_mission *mi)
{
    if (c->focus == DG_NONE)
        return true;
    return (mi->of.kind == DG_ACTOR_COUNTRY && mi->of.index == c->focus) || mi->in == c->focus;
}

void tl_group_heads(tl_ctx *c)
{
    const dg_model *m = c->m;
    tl_add_row(c->p, TL_R_HEADING, dg_tr(c->p->lang, "Heads of mission"), NULL);
    tl_entry *e = dg_xcalloc(1, sizeof *e);
    size_t n = 0, cap = 1;
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        for (uint32_t k = 0; heads_wanted(c, mi) && k < mi->n_heads; k++) {
            if (n == cap)
                e = dg_xrealloc(e, (cap *= 2) * sizeof *e);
            const char *label = tl_fmt(c->p->arena, "%s (%s)", mi->heads[k].name, mi->id);
            e[n++] = (tl_entry){0, tl_sort_key(&mi->heads[k].period), label, i, k};
        }
    }
    qsort(e, n, sizeof *e, tl_entry_cmp);
    for (size_t i = 0; i < n; i++) {
        const dg_mission *mi = &m->missions[e[i].idx];
        const dg_head *h = &mi->heads[e[i].sub];
        tl_add_row(c->p, TL_R_ROW, e[i].label, NULL);
        /* TRANSLATORS: a tooltip: "Head of mission (us-embassy-minsk): Karen B. Stewart". */
        tl_tip_add(&c->t, dg_tr(c->p->lang, "Head of mission (%s): %s"), mi->id, h->name);
        if (h->title)
            tl_tip_add(&c->t, ", %s", h->title);
        tl_tip_period(&c->t, dg_tr(c->p->lang, "since"), dg_tr(c->p->lang, "until"), &h->period,
                      dg_tr(c->p->lang, "still so"));
        tl_tip_text(&c->t, dg_tr(c->p->lang, "note: "), h->note, 600);
        tl_tip_cite(&c->t, m, h->cite.n ? &h->cite : &mi->cite, c->cited);
        const char *tip = tl_tip_done(c->p, &c->t);
        tl_span *s = tl_add_span(c->p, TL_SP_BAR, TL_S_MIS_EMBASSY);
        tl_span_period(c->p, s, &h->period, TL_DAY_MIN);
        s->tip = tip;
    }
    if (!n)
        tl_add_row(c->p, TL_R_NOTE, dg_tr(c->p->lang, "No heads of mission recorded."), NULL);
    free(e);
}
