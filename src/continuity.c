/* continuity.c — format 1.1's continuity of states, applied to the built
 * model: a continuator takes over, as its own, what still held on its
 * predecessor's last day (memberships, relations, missions sent, missions
 * hosted, accreditations received), unless it has a record of its own for
 * the same organization or partner.  A taken-over record keeps its dates
 * and gains an entry in its `as` list, so that every output can say whom
 * it was held as, and queries by date find it under the predecessor
 * (dg_held_by_at).  Chains pass records on link by link, oldest first.
 *
 * Records move rather than being copied: one record, one history, and no
 * count of the data set changes. */
#include "resolve_v11.h"

/* One hand-over: c continues p from `on`; `at` is p's last day (NULL when
 * the date is unknown: what holds now is taken). */
typedef struct handover {
    uint32_t p, c;
    dg_date on, last;
    const dg_date *at;
    dg_arena *arena;
} handover;

static void add_as(const handover *h, const dg_held_as **as, uint32_t *n)
{
    dg_held_as *v = dg_arena_take(h->arena, (*n + 1) * sizeof *v);
    if (*n)
        memcpy(v, *as, *n * sizeof *v);
    v[*n] = (dg_held_as){h->p, h->c, h->on};
    *as = v;
    (*n)++;
}

static bool is_country(dg_ref r, uint32_t c)
{
    return r.kind == DG_ACTOR_COUNTRY && r.index == c;
}

/* ---- memberships ---- */

static const struct dg_model_priv *sort_p;

static int member_order(const void *va, const void *vb)
{
    const dg_member *a = va, *b = vb;
    if (a->who.kind != b->who.kind)
        return a->who.kind < b->who.kind ? -1 : 1;
    if (a->who.index != b->who.index)
        return a->who.index < b->who.index ? -1 : 1;
    int c = dg_date_cmp(&a->period.start, &b->period.start);
    if (!c)
        c = dg_date_cmp(&a->period.end, &b->period.end);
    return c ? c : pos_cmp(sort_p, &a->pos, &b->pos);
}

static void take_memberships(dg_model *m, const handover *h)
{
    for (uint32_t i = 0; i < m->n_orgs; i++) {
        dg_org *o = (dg_org *)&m->orgs[i];
        dg_member *mm = (dg_member *)o->members;
        bool own = false, moved = false;
        for (uint32_t k = 0; k < o->n_members; k++)
            own |= is_country(mm[k].who, h->c);
        for (uint32_t k = 0; !own && k < o->n_members; k++) {
            if (!is_country(mm[k].who, h->p) || !dg_member_holds(m, &mm[k], h->at))
                continue;
            mm[k].who.index = h->c;
            add_as(h, &mm[k].as, &mm[k].n_as);
            moved = true;
        }
        if (moved && o->n_members > 1)
            qsort(mm, o->n_members, sizeof *mm, member_order);
    }
}

/* ---- relations ---- */

static int rel_order(const void *va, const void *vb)
{
    const dg_relation *a = va, *b = vb;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    if (a->b != b->b)
        return a->b < b->b ? -1 : 1;
    return pos_cmp(sort_p, &a->pos, &b->pos);
}

/* Is there a relation of x with y (sorted by (a, b); x, y in either order
 * for countries, x the country for organizations)? */
static bool has_relation(const dg_relation *v, uint32_t n, uint32_t x, uint32_t y, bool org)
{
    dg_relation key;
    key.a = org || x < y ? x : y;
    key.b = org || x < y ? y : x;
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const dg_relation *r = &v[mid];
        if (r->a < key.a || (r->a == key.a && r->b < key.b))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && v[lo].a == key.a && v[lo].b == key.b;
}

/* The relations of p that c takes over, in a list of indices: decided on
 * the sorted array before any is changed. */
static void take_relations(dg_model *m, dg_relation *v, uint32_t n, bool org, const handover *h)
{
    uint32_t *take = dg_xmalloc((n ? n : 1) * sizeof *take), nt = 0;
    for (uint32_t i = 0; i < n; i++) {
        const dg_relation *r = &v[i];
        bool pa = r->a == h->p, pb = !org && r->b == h->p;
        if (!pa && !pb)
            continue;
        uint32_t other = pa ? r->b : r->a;
        if ((!org && other == h->c) || !dg_relation_holds(m, r, h->at) ||
            has_relation(v, n, h->c, other, org))
            continue;
        take[nt++] = i;
    }
    for (uint32_t j = 0; j < nt; j++) {
        dg_relation *r = &v[take[j]];
        if (r->a == h->p)
            r->a = h->c;
        else
            r->b = h->c;
        if (!org && r->a > r->b) {
            uint32_t t = r->a;
            r->a = r->b;
            r->b = t;
        }
        add_as(h, &r->as, &r->n_as);
    }
    if (nt && n > 1)
        qsort(v, n, sizeof *v, rel_order);
    free(take);
}

/* ---- missions and accreditations ---- */

/* Does a mission like mi (sender, kind, organization) exist with sender
 * `of` in host `in`? */
static bool has_mission(const dg_model *m, const dg_mission *mi, dg_ref of, uint32_t in)
{
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *x = &m->missions[i];
        if (x->of.kind == of.kind && x->of.index == of.index && x->in == in &&
            x->kind == mi->kind && x->to == mi->to)
            return true;
    }
    return false;
}

static int accred_order(const void *va, const void *vb)
{
    const dg_accreditation *a = va, *b = vb;
    if (a->to != b->to)
        return a->to < b->to ? -1 : 1;
    int c = dg_date_cmp(&a->period.start, &b->period.start);
    if (!c)
        c = dg_date_cmp(&a->period.end, &b->period.end);
    return c ? c : pos_cmp(sort_p, &a->pos, &b->pos);
}

static void take_accreditations(dg_model *m, dg_mission *mi, const handover *h)
{
    dg_accreditation *acc = (dg_accreditation *)mi->accredited;
    bool own = mi->in == h->c, moved = false;
    for (uint32_t k = 0; k < mi->n_accredited; k++)
        own |= acc[k].to == h->c;
    for (uint32_t k = 0; !own && k < mi->n_accredited; k++) {
        if (acc[k].to != h->p || !dg_mission_operating(m, mi, h->at) ||
            !dg_accreditation_holds(mi, &acc[k], h->at))
            continue;
        acc[k].to = h->c;
        add_as(h, &acc[k].as, &acc[k].n_as);
        moved = true;
    }
    if (moved && mi->n_accredited > 1)
        qsort(acc, mi->n_accredited, sizeof *acc, accred_order);
}

/* Missions sent by p and hosted by p, decided before any moves (the
 * own-record test reads the others), then moved. */
static void take_missions(dg_model *m, const handover *h)
{
    dg_mission *ms = (dg_mission *)m->missions;
    uint8_t *take = dg_xcalloc(m->n_missions ? m->n_missions : 1, 1); /* bit 1 of, bit 2 in */
    dg_ref c = {DG_ACTOR_COUNTRY, h->c};
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &ms[i];
        bool of = is_country(mi->of, h->p), in = mi->in == h->p;
        if ((!of && !in) || !dg_mission_operating(m, mi, h->at))
            continue;
        if (of && !has_mission(m, mi, c, in ? h->c : mi->in))
            take[i] |= 1;
        if (in && !has_mission(m, mi, of ? c : mi->of, h->c))
            take[i] |= 2;
    }
    for (uint32_t i = 0; i < m->n_missions; i++) {
        dg_mission *mi = &ms[i];
        if (take[i] & 1)
            mi->of.index = h->c;
        if (take[i] & 2)
            mi->in = h->c;
        if (take[i])
            add_as(h, &mi->as, &mi->n_as);
        take_accreditations(m, mi, h);
    }
    free(take);
}

/* ---- the pass ---- */

static void hand_over(resolver *R, uint32_t p, uint32_t c)
{
    dg_model *m = R->m;
    handover h = {p, c, m->countries[c].continued_on, {0}, NULL, R->p->arena};
    if (dg_date_set(&h.on)) {
        h.last = dg_date_from_days(dg_date_first(&h.on) - 1);
        h.at = &h.last;
    }
    take_memberships(m, &h);
    take_relations(m, (dg_relation *)m->relations, m->n_relations, false, &h);
    take_relations(m, (dg_relation *)m->org_relations, m->n_org_relations, true, &h);
    take_missions(m, &h);
}

/* A hand-over in the order of the pass. */
typedef struct step {
    uint32_t p, c;
    int32_t key; /* its day, never before the day of the link before it */
    uint32_t rank;
} step;

static int step_cmp(const void *va, const void *vb)
{
    const step *a = va, *b = vb;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return (a->rank > b->rank) - (a->rank < b->rank);
}

/* Every link, each chain from its first state on; then all by date, so
 * that a record between two chains passes in the order of history, while
 * within a chain an earlier link always comes first. */
static step *order_steps(const dg_model *m, size_t *n_out)
{
    step *v = NULL;
    size_t n = 0, cap = 0;
    for (uint32_t r = 0; r < m->n_countries; r++) {
        if (m->countries[r].continues != DG_NONE || m->countries[r].continued_by == DG_NONE)
            continue;
        int32_t key = INT32_MIN;
        for (uint32_t p = r; m->countries[p].continued_by != DG_NONE;
             p = m->countries[p].continued_by) {
            uint32_t c = m->countries[p].continued_by;
            const dg_date *on = &m->countries[c].continued_on;
            if (dg_date_set(on) && dg_date_first(on) > key)
                key = dg_date_first(on);
            uint32_t rank = (uint32_t)n; /* read before DG_PUSH counts it */
            *DG_PUSH(v, n, cap) = (step){p, c, key, rank};
        }
    }
    if (n > 1)
        qsort(v, n, sizeof *v, step_cmp);
    *n_out = n;
    return v;
}

void continuity_pass(resolver *R)
{
    size_t n;
    step *v = order_steps(R->m, &n);
    sort_p = R->p;
    for (size_t i = 0; i < n; i++)
        hand_over(R, v[i].p, v[i].c);
    free(v);
}
