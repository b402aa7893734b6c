/* timeline_missions.c — mission rows: a bar from opened to closed, and
 * under it a thinner row per non-resident accreditation.
 *
 * With a focus F, three sections: F's own missions, the missions resident
 * in F, and the missions elsewhere accredited to F (of those, only the
 * accreditations to F are shown).  Without one: every mission. */
#include "timeline.h"

enum { SEC_OWN, SEC_IN, SEC_ACCREDITED, SEC_ALL };

static int mission_style(dg_mission_kind k)
{
    switch (k) {
    case DG_MK_EMBASSY: case DG_MK_HIGH_COMMISSION: case DG_MK_PERMANENT_MISSION:
    case DG_MK_DELEGATION:
        return TL_S_MIS_EMBASSY;
    case DG_MK_CONSULATE_GENERAL: case DG_MK_CONSULATE: case DG_MK_VICE_CONSULATE:
        return TL_S_MIS_CONSULAR;
    case DG_MK_HONORARY_CONSULATE:
        return TL_S_MIS_HONORARY;
    default:
        return TL_S_MIS_OTHER;
    }
}

/* "embassy", "honorary consulate", or the mission's own label; in another
 * language the vocabulary word's translation. */
static const char *kind_words(tl_ctx *c, const dg_mission *mi, bool capital)
{
    const char *k = mi->label ? mi->label : dg_mission_kind_name(mi->kind);
    const char *t = mi->label ? k : dg_trc(c->p->lang, "mission kind", k);
    char *s = dg_arena_strdup(c->p->arena, t);
    if (!mi->label && t == k)
        for (char *q = s; *q; q++)
            if (*q == '-')
                *q = ' ';
    if (capital)
        dg_utf8_capitalize(s);
    return s;
}

/* Where: "Vienna", "to OSCE, Vienna", falling back to the host's name. */
static const char *where(tl_ctx *c, const dg_mission *mi)
{
    const char *place = mi->city ? dg_city_name(c->m, mi->city) : tl_country_name(c->m, mi->in);
    if (mi->to != DG_NONE) /* TRANSLATORS: a mission to an organization: "to OSCE, Vienna". */
        return tl_fmt(c->p->arena, dg_tr(c->p->lang, "to %s, %s"), c->m->orgs[mi->to].id, place);
    return place;
}

static const char *mission_label(tl_ctx *c, const dg_mission *mi, int section)
{
    const dg_model *m = c->m;
    dg_arena *a = c->p->arena;
    if (section == SEC_OWN)
        return tl_fmt(a, "%s, %s (%s)", kind_words(c, mi, true), where(c, mi),
                      tl_country_name(m, mi->in));
    if (section == SEC_IN)
        return tl_fmt(a, "%s: %s, %s", dg_ref_name(m, mi->of), kind_words(c, mi, false),
                      where(c, mi));
    return tl_fmt(a, "%s: %s, %s (%s)", dg_ref_name(m, mi->of), kind_words(c, mi, false),
                  where(c, mi), tl_country_name(m, mi->in));
}

static void mission_tip_head(tl_ctx *c, const dg_mission *mi)
{
    const dg_model *m = c->m;
    /* TRANSLATORS: "Embassy of Austria in Moscow, Russia (at-embassy-moscow)". */
    tl_tip_add(&c->t, dg_tr(c->p->lang, "%s of %s in %s, %s (%s)"), kind_words(c, mi, true),
               dg_ref_name(m, mi->of), mi->city ? dg_city_name(m, mi->city) : "-",
               tl_country_name(m, mi->in), mi->id);
    if (mi->to != DG_NONE)
        tl_tip_add(&c->t, "\n%s %s", dg_tr(c->p->lang, "to:"), m->orgs[mi->to].name);
}

/* The earliest a mission of unknown opening can have opened, as the data
 * says: not before relations between its sender and its host (or the
 * organization it is accredited to), nor before either of them existed. */
static int32_t mission_lower(const tl_ctx *c, const dg_mission *mi)
{
    const dg_model *m = c->m;
    dg_ref host = {DG_ACTOR_COUNTRY, mi->in}, to = {DG_ACTOR_ORG, mi->to};
    /* A side taken over (continuity): its first holder's start. */
    uint32_t in = tl_held_holder(mi->as, mi->n_as, mi->in);
    int32_t lower = tl_later(TL_DAY_MIN, &m->countries[in].period.start);
    lower = tl_later(lower, mi->of.kind == DG_ACTOR_COUNTRY
                                ? &m->countries[tl_held_holder(mi->as, mi->n_as, mi->of.index)]
                                       .period.start
                                : &m->orgs[mi->of.index].period.start);
    if (mi->to != DG_NONE)
        lower = tl_later(lower, &m->orgs[mi->to].period.start);
    if (mi->of.kind == DG_ACTOR_COUNTRY) {
        int32_t r = tl_relation_begun(m, mi->of, mi->to != DG_NONE ? to : host);
        lower = r > lower ? r : lower; /* TL_DAY_MIN is INT32_MIN: "none" loses */
    }
    return lower;
}

/* The earliest day the data shows a mission of unknown opening held: an
 * accreditation or a head of it dated, an accreditation taken over at a
 * hand-over (an accreditation holds only through its mission); INT32_MAX
 * when none. */
static int32_t mission_known(const dg_mission *mi)
{
    int32_t day = INT32_MAX, d;
    for (uint32_t k = 0; k < mi->n_accredited; k++) {
        const dg_accreditation *ac = &mi->accredited[k];
        const dg_date *own = dg_date_set(&ac->period.start) ? &ac->period.start : &ac->period.end;
        d = dg_date_set(own) ? dg_date_first(own) : INT32_MAX;
        day = d < day ? d : day;
        d = tl_held_first_day(ac->as, ac->n_as, ac->to);
        day = d < day ? d : day;
    }
    for (uint32_t k = 0; k < mi->n_heads; k++) {
        d = dg_date_set(&mi->heads[k].period.start) ? dg_date_first(&mi->heads[k].period.start)
                                                    : INT32_MAX;
        day = d < day ? d : day;
    }
    return day;
}

static void mission_bar(tl_ctx *c, const dg_mission *mi)
{
    tl_span *s = tl_add_span(c->p, TL_SP_BAR, mission_style(mi->kind));
    tl_span_period(c->p, s, &mi->period, mission_lower(c, mi));
    tl_span_known(c->p, s, mission_known(mi));
    mission_tip_head(c, mi);
    const char *L = c->p->lang;
    tl_tip_period(&c->t, dg_tr(L, "opened"), dg_tr(L, "closed"), &mi->period,
                  dg_tr(L, "still open"));
    for (uint32_t k = 0; k < mi->n_accredited; k++)
        tl_tip_add(&c->t, "%s%s%s", k ? ", " : "\n", k ? "" : dg_tr(L, "accredited to: "),
                   tl_country_name(c->m, mi->accredited[k].to));
    tl_tip_text(&c->t, dg_tr(L, "note: "), mi->note, 600);
    tl_tip_cite(&c->t, c->m, &mi->cite, c->cited);
    s->tip = tl_tip_done(c->p, &c->t);
}

/* An accreditation holds only through its mission: its bar never starts
 * before the mission's, nor runs on after it (docs/timeline.md).  An
 * undated one under a mission drawn as a stub (nothing bounds its start,
 * or only where it certainly held) is a stub as well, not a fade from its
 * own lower bound that would run ahead of its mission. */
static void within_mission(tl_span *s, const tl_span *mb)
{
    bool mb_stub = (mb->flags & TL_F_NO_START) && mb->d0 == TL_DAY_MIN;
    if (s->flags & TL_F_NO_START) {
        int32_t drawn = !mb_stub ? mb->d0 : mb->flags & TL_F_KNOWN ? mb->d2
                      : mb->flags & TL_F_OPEN ? INT32_MAX : mb->d1 - 1;
        if (s->d0 < drawn)
            s->d0 = TL_DAY_MIN;
    } else if (!(mb->flags & TL_F_NO_START) && s->d0 < mb->d0) {
        s->d0 = mb->d0;
    }
    if (!(mb->flags & TL_F_OPEN) && (s->flags & TL_F_OPEN || s->d1 > mb->d1)) {
        s->flags = (uint8_t)((s->flags & ~TL_F_OPEN) | (mb->flags & TL_F_END_FUZZY));
        s->d1 = mb->d1;
    }
    if (!(s->flags & TL_F_OPEN) && s->d0 != TL_DAY_MIN && s->d1 <= s->d0)
        s->d1 = s->d0 + 1;
}

static void accreditation_row(tl_ctx *c, const dg_mission *mi, const dg_accreditation *ac,
                              const tl_span *mb)
{
    tl_plan *p = c->p;
    const char *to = tl_country_name(c->m, ac->to);
    tl_add_row(p, TL_R_SUB, tl_fmt(p->arena, dg_tr(p->lang, "accredited to %s"), to), NULL);
    /* Unset ends are the mission's own. */
    dg_period per = ac->period;
    if (!dg_date_set(&per.start))
        per.start = mi->period.start;
    if (!dg_date_set(&per.end))
        per.end = mi->period.end;
    /* Neither starts: not before the mission could, nor before relations
     * with the country it is accredited to. */
    dg_ref to_ref = {DG_ACTOR_COUNTRY, ac->to};
    int32_t lower = tl_later(mission_lower(c, mi), &c->m->countries[ac->to].period.start);
    if (mi->of.kind == DG_ACTOR_COUNTRY) {
        int32_t r = tl_relation_begun(c->m, mi->of, to_ref);
        lower = r > lower ? r : lower; /* TL_DAY_MIN is INT32_MIN: "none" loses */
    }
    tl_span *s = tl_add_span(p, TL_SP_THIN, TL_S_ACCRED);
    tl_span_period(p, s, &per, lower);
    within_mission(s, mb);
    /* TRANSLATORS: a tooltip: "Austria accredited to Belarus (non-resident)". */
    tl_tip_add(&c->t, dg_tr(p->lang, "%s accredited to %s (non-resident)"),
               dg_ref_name(c->m, mi->of), to);
    tl_tip_add(&c->t, "\n%s ", dg_tr(p->lang, "through:"));
    mission_tip_head(c, mi);
    tl_tip_period(&c->t, dg_tr(p->lang, "since"), dg_tr(p->lang, "until"), &per,
                  dg_tr(p->lang, "still so"));
    tl_tip_text(&c->t, dg_tr(p->lang, "note: "), ac->note, 600);
    tl_tip_cite(&c->t, c->m, ac->cite.n ? &ac->cite : &mi->cite, c->cited);
    s->tip = tl_tip_done(p, &c->t);
}

/* The side of a mission whose continuity its rows show: the focus's
 * (its sender's in "Missions of", its host's in "Missions in"), else the
 * sender's when that was taken over, else the host's. */
static uint32_t held_side(const dg_mission *mi, int section)
{
    bool of_country = mi->of.kind == DG_ACTOR_COUNTRY;
    if (section == SEC_IN || !of_country)
        return mi->in;
    if (section == SEC_OWN || tl_held_holder(mi->as, mi->n_as, mi->of.index) != mi->of.index)
        return mi->of.index;
    return mi->in;
}

static void mission_rows(tl_ctx *c, const dg_mission *mi, int section, const char *label)
{
    tl_add_row(c->p, TL_R_ROW, label, NULL);
    mission_bar(c, mi);
    size_t bar = c->p->nspans - 1;
    tl_history_mission(c, mi);
    uint32_t side = held_side(mi, section);
    tl_held_plan(c, mi->as, mi->n_as, side);
    tl_span mb = c->p->spans[bar]; /* a copy: adding spans moves them */
    for (uint32_t k = 0; k < mi->n_accredited; k++) {
        const dg_accreditation *ac = &mi->accredited[k];
        if (section != SEC_ACCREDITED || ac->to == c->focus) {
            accreditation_row(c, mi, ac, &mb);
            /* Its own country taken over, else its mission's side. */
            if (ac->n_as)
                tl_held_plan(c, ac->as, ac->n_as, ac->to);
            else
                tl_held_plan(c, mi->as, mi->n_as, side);
        }
    }
}

static int section_of(const tl_ctx *c, const dg_mission *mi)
{
    if (c->focus == DG_NONE)
        return SEC_ALL;
    if (mi->of.kind == DG_ACTOR_COUNTRY && mi->of.index == c->focus)
        return SEC_OWN;
    if (mi->in == c->focus)
        return SEC_IN;
    for (uint32_t k = 0; k < mi->n_accredited; k++)
        if (mi->accredited[k].to == c->focus)
            return SEC_ACCREDITED;
    return -1;
}

static void subheading(tl_ctx *c, int section)
{
    const char *f = tl_country_name(c->m, c->focus);
    dg_arena *a = c->p->arena;
    const char *L = c->p->lang;
    /* TRANSLATORS: the three parts of a timeline's missions; %s is the focus. */
    const char *t = section == SEC_OWN ? tl_fmt(a, dg_tr(L, "Missions of %s"), f)
                  : section == SEC_IN  ? tl_fmt(a, dg_tr(L, "Missions in %s"), f)
                                       : tl_fmt(a, dg_tr(L, "Accredited to %s from abroad"), f);
    tl_add_row(c->p, TL_R_SUBHEADING, t, NULL);
}

void tl_group_missions(tl_ctx *c)
{
    const dg_model *m = c->m;
    bool f = c->focus != DG_NONE;
    tl_add_row(c->p, TL_R_HEADING, dg_tr(c->p->lang, "Diplomatic missions"), NULL);
    tl_entry *e = dg_xcalloc(m->n_missions ? m->n_missions : 1, sizeof *e);
    size_t n = 0;
    for (uint32_t i = 0; i < m->n_missions; i++) {
        int sec = section_of(c, &m->missions[i]);
        if (sec >= 0)
            e[n++] = (tl_entry){sec, tl_sort_key(&m->missions[i].period),
                                mission_label(c, &m->missions[i], sec), i, 0};
    }
    qsort(e, n, sizeof *e, tl_entry_cmp);
    for (size_t i = 0; i < n; i++) {
        if (f && (i == 0 || e[i].section != e[i - 1].section))
            subheading(c, e[i].section);
        mission_rows(c, &m->missions[e[i].idx], e[i].section, e[i].label);
    }
    if (!n)
        tl_add_row(c->p, TL_R_NOTE, dg_tr(c->p->lang, "No missions recorded."), NULL);
    free(e);
}
