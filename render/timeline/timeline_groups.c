/* timeline_groups.c — the rows of each kind (see timeline_rows.c for what
 * each kind shows with and without a focus). */
#include "timeline.h"

static bool is_focus(const tl_ctx *c, dg_ref r)
{
    return r.kind == DG_ACTOR_COUNTRY && r.index == c->focus;
}

static void note_row(tl_ctx *c, const char *text)
{
    tl_add_row(c->p, TL_R_NOTE, text, NULL);
}

static tl_entry *entries_new(size_t n)
{
    return dg_xcalloc(n ? n : 1, sizeof(tl_entry));
}

/* ---- relations ---- */

static int rel_style(dg_rel_status s)
{
    static const int map[DG_REL_STATUS_COUNT] = {TL_S_REL_ACTIVE, TL_S_REL_STRAINED,
                                                 TL_S_REL_SUSPENDED, TL_S_REL_SEVERED};
    /* Format 1.1's `none` (never had relations) is past the v1 words: a
     * grey gap (relation_row), as the relations view draws it grey, so that
     * it is not read as relations severed; never read past map. */
    return (unsigned)s < DG_REL_STATUS_COUNT ? map[s] : TL_S_EV_OTHER;
}

static void relation_tip(tl_ctx *c, const dg_relation *r, const char *what)
{
    const dg_model *m = c->m;
    const char *L = c->p->lang;
    tl_tip_add(&c->t, "%s \xE2\x80\x93 %s: %s", tl_country_name(m, r->a), tl_rel_b_name(m, r),
               dg_tr(L, what));
    char d[16];
    dg_date_format(&r->recognized, d, sizeof d);
    if (d[0])
        tl_tip_add(&c->t, "\n%s: %s", dg_tr(L, "recognized"), d);
    tl_tip_period(&c->t, dg_tr(L, "established"), dg_tr(L, "severed"), &r->period,
                  dg_tr(L, "still so"));
    tl_tip_add(&c->t, "\n%s: %s", dg_tr(L, "status"),
               dg_trc(L, "relation status", dg_rel_status_name(r->status)));
    if (r->has_border) {
        tl_tip_add(&c->t, "\n");
        tl_tip_add(&c->t, dg_tr(L, "common border: %g km"), r->border_km);
    }
    tl_tip_text(&c->t, dg_tr(L, "note: "), r->note, 600);
    tl_tip_cite(&c->t, m, &r->cite, c->cited);
}

static void relation_row(tl_ctx *c, const dg_relation *r, const char *label)
{
    tl_plan *p = c->p;
    tl_add_row(p, TL_R_ROW, label, NULL);
    int style = rel_style(r->status);
    int32_t lower = TL_DAY_MIN;
    if (dg_date_set(&r->recognized)) {
        tl_span *s = tl_add_span(p, TL_SP_RECOGNIZED, style);
        s->d0 = dg_date_first(&r->recognized);
        s->d1 = dg_date_last(&r->recognized) + 1;
        s->flags = r->recognized.qual ? TL_F_START_FUZZY : 0;
        tl_note_day(p, s->d0, s->d1 - 1);
        relation_tip(c, r, "recognized");
        s->tip = tl_tip_done(p, &c->t);
        lower = s->d0;
    }
    /* A party that took the relation over: its first holder's start. */
    const dg_model *m = c->m;
    lower = tl_later(lower, &m->countries[tl_held_holder(r->as, r->n_as, r->a)].period.start);
    lower = tl_later(lower, r->b_kind == DG_ACTOR_ORG
                                ? &m->orgs[r->b].period.start
                                : &m->countries[tl_held_holder(r->as, r->n_as, r->b)].period.start);
    /* Never had relations: a gap all along, like a history entry `none`. */
    bool none = (int)r->status == DG_REL_NONE;
    tl_span *s = tl_add_span(p, none ? TL_SP_PIECE : TL_SP_BAR, style);
    tl_span_period(p, s, &r->period, lower);
    if (none)
        s->flags |= TL_F_GAP;
    else if (dg_date_set(&r->period.start))
        s->flags |= TL_F_ESTABLISHED;
    relation_tip(c, r, N_("diplomatic relations"));
    s->tip = tl_tip_done(p, &c->t);
}

/* The side whose continuity a relation's row shows: the focus when it is
 * a party, else the first side that took it over. */
static uint32_t held_side(const tl_ctx *c, const dg_relation *r)
{
    bool b_country = r->b_kind != DG_ACTOR_ORG;
    if (c->focus != DG_NONE && (r->a == c->focus || (b_country && r->b == c->focus)))
        return c->focus;
    return b_country && tl_held_holder(r->as, r->n_as, r->a) == r->a ? r->b : r->a;
}

/* Section 0: relations with countries; 1 (format 1.1): with organizations,
 * where a is the country. */
static size_t relation_entries(tl_ctx *c, const dg_relation *v, uint32_t nv, int section,
                               tl_entry *e)
{
    const dg_model *m = c->m;
    bool f = c->focus != DG_NONE;
    size_t n = 0;
    for (uint32_t i = 0; i < nv; i++) {
        const dg_relation *r = &v[i];
        bool org = section == 1;
        if (f && r->a != c->focus && (org || r->b != c->focus))
            continue;
        const char *label = !f ? tl_fmt(c->p->arena, "%s \xE2\x80\x93 %s", tl_country_name(m, r->a),
                                        tl_rel_b_name(m, r))
                          : org ? tl_rel_b_name(m, r)
                                : tl_country_name(m, r->a == c->focus ? r->b : r->a);
        int32_t key = tl_sort_key(&r->period);
        if (key == INT32_MAX && dg_date_set(&r->recognized))
            key = dg_date_first(&r->recognized);
        e[n++] = (tl_entry){section, key, label, i, 0};
    }
    return n;
}

void tl_group_relations(tl_ctx *c)
{
    const dg_model *m = c->m;
    /* TRANSLATORS: a timeline's heading; %s is the focus country. */
    tl_heading(c, dg_tr(c->p->lang, "Relations of %s"), dg_tr(c->p->lang, "Bilateral relations"));
    tl_entry *e = entries_new(m->n_relations + m->n_org_relations);
    size_t n = relation_entries(c, m->relations, m->n_relations, 0, e);
    n += relation_entries(c, m->org_relations, m->n_org_relations, 1, e + n);
    qsort(e, n, sizeof *e, tl_entry_cmp);
    for (size_t i = 0; i < n; i++) {
        const dg_relation *r = e[i].section ? &m->org_relations[e[i].idx] : &m->relations[e[i].idx];
        if (e[i].section && (i == 0 || !e[i - 1].section))
            tl_add_row(c->p, TL_R_SUBHEADING,
                       dg_tr(c->p->lang, "Relations with organizations"), NULL);
        relation_row(c, r, e[i].label);
        tl_history_relation(c, r);
        tl_held_plan(c, r->as, r->n_as, held_side(c, r));
    }
    if (!n)
        note_row(c, dg_tr(c->p->lang, "No relations recorded."));
    free(e);
}

/* ---- memberships ---- */

static const int member_style[DG_MEMBER_STATUS_COUNT] = {
    TL_S_MEMBER, TL_S_OBSERVER, TL_S_CANDIDATE, TL_S_PARTNER, TL_S_ASSOCIATE,
    TL_S_MEMBER_SUSPENDED};

static void org_line(tl_ctx *c, const dg_org *o)
{
    tl_tip_add(&c->t, "\n%s: %s (%s)", dg_tr(c->p->lang, "organization"), o->name, o->id);
    if (o->kind != DG_ORG_UNSPECIFIED)
        tl_tip_add(&c->t, ", %s", dg_trc(c->p->lang, "organization kind", dg_org_kind_name(o->kind)));
}

static void membership_row(tl_ctx *c, const dg_org *o)
{
    tl_plan *p = c->p;
    const char *who = tl_country_name(c->m, c->focus);
    /* Unknown starts: not before the organization, nor the member (its
     * first holder, for a membership taken over). */
    int32_t org_lower = tl_later(TL_DAY_MIN, &o->period.start);
    tl_add_row(p, TL_R_ROW, o->name, NULL);
    for (uint32_t k = 0; k < o->n_members; k++) {
        const dg_member *mb = &o->members[k];
        if (!is_focus(c, mb->who))
            continue;
        uint32_t holder = tl_held_holder(mb->as, mb->n_as, c->focus);
        int32_t lower = tl_later(org_lower, &c->m->countries[holder].period.start);
        tl_span *s = tl_add_span(p, TL_SP_BAR, member_style[mb->status]);
        tl_span_period(p, s, &mb->period, lower);
        /* TRANSLATORS: "Belarus in CSTO: member". */
        tl_tip_add(&c->t, dg_tr(p->lang, "%s in %s: %s"), who, o->name,
                   dg_trc(p->lang, "membership status", dg_member_status_name(mb->status)));
        tl_tip_period(&c->t, dg_tr(p->lang, "since"), dg_tr(p->lang, "until"), &mb->period,
                      dg_tr(p->lang, "still so"));
        org_line(c, o);
        tl_tip_text(&c->t, dg_tr(p->lang, "note: "), mb->note, 600);
        tl_tip_cite(&c->t, c->m, mb->cite.n ? &mb->cite : &o->cite, c->cited);
        s->tip = tl_tip_done(p, &c->t);
        if (mb->n_history) /* "Serbia in United Nations": a piece's subject */
            tl_history_membership(c, mb, tl_fmt(p->arena, dg_tr(p->lang, "%s in %s"), who,
                                                o->name));
        tl_held_plan(c, mb->as, mb->n_as, c->focus);
    }
}

static void org_row(tl_ctx *c, const dg_org *o)
{
    tl_plan *p = c->p;
    tl_add_row(p, TL_R_ROW, o->name, NULL);
    tl_span *s = tl_add_span(p, TL_SP_BAR, TL_S_ORG);
    tl_span_period(p, s, &o->period, TL_DAY_MIN);
    tl_tip_add(&c->t, "%s (%s)", o->name, o->id);
    if (o->kind != DG_ORG_UNSPECIFIED)
        tl_tip_add(&c->t, ", %s", dg_trc(p->lang, "organization kind", dg_org_kind_name(o->kind)));
    tl_tip_period(&c->t, dg_tr(p->lang, "founded"), dg_tr(p->lang, "dissolved"), &o->period,
                  dg_tr(p->lang, "still exists"));
    tl_tip_add(&c->t, "\n");
    tl_tip_add(&c->t, dg_tr(p->lang, "members recorded: %u"), o->n_members);
    tl_tip_text(&c->t, dg_tr(p->lang, "note: "), o->note, 600);
    tl_tip_cite(&c->t, c->m, &o->cite, c->cited);
    s->tip = tl_tip_done(p, &c->t);
}

void tl_group_memberships(tl_ctx *c)
{
    const dg_model *m = c->m;
    bool f = c->focus != DG_NONE;
    /* TRANSLATORS: a timeline's heading; %s is the focus country. */
    tl_heading(c, dg_tr(c->p->lang, "Memberships of %s"), dg_tr(c->p->lang, "Organizations"));
    tl_entry *e = entries_new(m->n_orgs);
    size_t n = 0;
    for (uint32_t i = 0; i < m->n_orgs; i++) {
        const dg_org *o = &m->orgs[i];
        int32_t key = INT32_MAX;
        bool in = !f;
        for (uint32_t k = 0; f && k < o->n_members; k++) {
            if (!is_focus(c, o->members[k].who))
                continue;
            in = true;
            int32_t kk = tl_sort_key(&o->members[k].period);
            key = kk < key ? kk : key;
        }
        if (!f)
            key = tl_sort_key(&o->period);
        if (in)
            e[n++] = (tl_entry){0, key, o->name, i, 0};
    }
    qsort(e, n, sizeof *e, tl_entry_cmp);
    for (size_t i = 0; i < n; i++) {
        if (f)
            membership_row(c, &m->orgs[e[i].idx]);
        else
            org_row(c, &m->orgs[e[i].idx]);
    }
    if (!n)
        note_row(c, f ? dg_tr(c->p->lang, "No memberships recorded.")
                      : dg_tr(c->p->lang, "No organizations recorded."));
    free(e);
}
