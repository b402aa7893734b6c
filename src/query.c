/* query.c — the questions of cli-v1 "Queries", answered from the model:
 * how one country is represented in another, which cities serve as hubs of
 * non-resident accreditation, and the summary behind `dipgraph stats`.
 *
 * Every answer is built in the model's array order (sorted by id), so it
 * never depends on the order of records in the input. */
#include "internal.h"

bool dg_accreditation_holds(const dg_mission *mi, const dg_accreditation *a, const dg_date *at)
{
    /* An unset start or end means "with the mission", so both must hold;
     * a mission that is not operating (format 1.1) carries none. */
    return dg_mission_operating(NULL, mi, at) && dg_period_holds(&a->period, at);
}

static bool same_ref(dg_ref a, dg_ref b)
{
    return a.kind == b.kind && a.index == b.index;
}

/* Does a record's country `current` stand for x on at: x holds it now, or
 * held it then and a continuator took it over later (format 1.1)? */
static bool party_is(uint32_t current, const dg_held_as *as, uint32_t n_as, uint32_t x,
                     const dg_date *at)
{
    return current == x || (n_as && dg_held_by_at(as, n_as, current, at) == x);
}

static bool sent_by(const dg_mission *mi, dg_ref sender, const dg_date *at)
{
    if (same_ref(mi->of, sender))
        return true;
    return mi->n_as && sender.kind == DG_ACTOR_COUNTRY && mi->of.kind == DG_ACTOR_COUNTRY &&
           party_is(mi->of.index, mi->as, mi->n_as, sender.index, at);
}

/* The first accreditation of mi to host that holds on at, or NULL. */
static const dg_accreditation *accred_to(const dg_mission *mi, uint32_t host, const dg_date *at)
{
    for (uint32_t i = 0; i < mi->n_accredited; i++) {
        const dg_accreditation *a = &mi->accredited[i];
        if (party_is(a->to, a->as, a->n_as, host, at) && dg_accreditation_holds(mi, a, at))
            return a;
    }
    return NULL;
}

static bool hosted_by(const dg_mission *mi, uint32_t host, const dg_date *at)
{
    return party_is(mi->in, mi->as, mi->n_as, host, at);
}

/* A mission to an organization represents its sender there, not in the
 * country it sits in; only its accreditations count bilaterally.  Only an
 * operating mission is resident (format 1.1). */
static bool resident_in(const dg_mission *mi, uint32_t host, const dg_date *at)
{
    return hosted_by(mi, host, at) && mi->to == DG_NONE && dg_mission_operating(NULL, mi, at);
}

/* The predecessors a represent entry's mission was held as (continuity). */
static dg_rep_entry rep_entry(const dg_mission *mi, bool resident, const dg_accreditation *a,
                              const dg_date *at)
{
    dg_rep_entry e = {mi, resident, a, DG_NONE, DG_NONE};
    if (mi->n_as && mi->of.kind == DG_ACTOR_COUNTRY)
        e.sender_as = dg_held_as_on(mi->as, mi->n_as, mi->of.index, at);
    if (resident && mi->n_as)
        e.host_as = dg_held_as_on(mi->as, mi->n_as, mi->in, at);
    else if (a && a->n_as)
        e.host_as = dg_held_as_on(a->as, a->n_as, a->to, at);
    return e;
}

dg_rep_entry *dg_represent_ref(const dg_model *m, dg_ref sender, uint32_t host,
                               const dg_date *at, size_t *n)
{
    dg_rep_entry *v = NULL;
    size_t len = 0, cap = 0;
    /* Two passes over the id-sorted missions: resident ones first. */
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (sent_by(mi, sender, at) && resident_in(mi, host, at))
            *DG_PUSH(v, len, cap) = rep_entry(mi, true, NULL, at);
    }
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (!sent_by(mi, sender, at) || hosted_by(mi, host, at))
            continue;
        const dg_accreditation *a = accred_to(mi, host, at);
        if (a)
            *DG_PUSH(v, len, cap) = rep_entry(mi, false, a, at);
    }
    *n = len;
    return v;
}

dg_rep_entry *dg_represent(const dg_model *m, uint32_t sender, uint32_t host,
                           const dg_date *at, size_t *n)
{
    dg_ref r = {DG_ACTOR_COUNTRY, sender};
    return dg_represent_ref(m, r, host, at, n);
}

/* ---- hubs ---- */

/* One (hub city, sending country) sighting. */
typedef struct hub_row {
    const char *city;
    uint32_t in, sender;
} hub_row;

/* Cities by name with "no city" last, then host; the same for both
 * orderings the hubs use. */
static int city_cmp(const char *a, uint32_t ain, const char *b, uint32_t bin)
{
    if (!a != !b)
        return a ? -1 : 1;
    int c = a ? strcmp(a, b) : 0;
    if (c)
        return c;
    return (ain > bin) - (ain < bin);
}

static int hub_row_cmp(const void *pa, const void *pb)
{
    const hub_row *a = pa, *b = pb;
    int c = city_cmp(a->city, a->in, b->city, b->in);
    return c ? c : (a->sender > b->sender) - (a->sender < b->sender);
}

static int hub_cmp(const void *pa, const void *pb)
{
    const dg_hub *a = pa, *b = pb;
    if (a->n_countries != b->n_countries)
        return a->n_countries > b->n_countries ? -1 : 1;
    return city_cmp(a->city, a->in, b->city, b->in);
}

static bool same_hub(const hub_row *a, const hub_row *b)
{
    return a->in == b->in && (a->city == b->city || (a->city && b->city && !strcmp(a->city, b->city)));
}

/* Sorted, distinct (city, in, sender) rows of the missions accredited to
 * focus from elsewhere. */
static hub_row *hub_rows(const dg_model *m, uint32_t focus, const dg_date *at, size_t *n)
{
    hub_row *v = NULL;
    size_t len = 0, cap = 0;
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (mi->of.kind != DG_ACTOR_COUNTRY || mi->of.index == focus || mi->in == focus)
            continue;
        if (accred_to(mi, focus, at))
            *DG_PUSH(v, len, cap) = (hub_row){mi->city, mi->in, mi->of.index};
    }
    if (len)
        qsort(v, len, sizeof *v, hub_row_cmp);
    size_t out = 0;
    for (size_t i = 0; i < len; i++)
        if (!out || !same_hub(&v[out - 1], &v[i]) || v[out - 1].sender != v[i].sender)
            v[out++] = v[i];
    *n = out;
    return v;
}

dg_hub *dg_hubs(const dg_model *m, uint32_t focus, const dg_date *at, size_t *n)
{
    size_t nrows, nhubs = 0;
    hub_row *rows = hub_rows(m, focus, at, &nrows);
    for (size_t i = 0; i < nrows; i++)
        nhubs += !i || !same_hub(&rows[i - 1], &rows[i]);
    *n = nhubs;
    if (!nhubs) {
        free(rows);
        return NULL;
    }
    /* One block: the hubs, then every hub's countries. */
    dg_hub *hubs = dg_xmalloc(nhubs * sizeof *hubs + nrows * sizeof(uint32_t));
    uint32_t *ids = (uint32_t *)(hubs + nhubs);
    size_t h = 0;
    for (size_t i = 0; i < nrows; i++) {
        if (!i || !same_hub(&rows[i - 1], &rows[i]))
            hubs[h++] = (dg_hub){rows[i].city, rows[i].in, 0, ids + i};
        hubs[h - 1].countries[hubs[h - 1].n_countries++] = rows[i].sender;
    }
    free(rows);
    qsort(hubs, nhubs, sizeof *hubs, hub_cmp);
    return hubs;
}

/* ---- stats ---- */

static void count_records(const dg_model *m, const dg_date *at, dg_stats *s)
{
    s->sources = m->n_sources;
    if (!at || !dg_date_set(at)) {
        /* No date: the whole data set, as `dipgraph check` counts it. */
        s->countries = m->n_countries, s->organizations = m->n_orgs;
        s->memberships = m->n_memberships, s->relations = m->n_relations;
        s->missions = m->n_missions, s->accreditations = m->n_accreditations;
        s->events = m->n_events;
        return;
    }
    for (uint32_t i = 0; i < m->n_countries; i++)
        s->countries += dg_period_holds(&m->countries[i].period, at);
    for (uint32_t i = 0; i < m->n_orgs; i++) {
        const dg_org *o = &m->orgs[i];
        if (!dg_period_holds(&o->period, at))
            continue;
        s->organizations++;
        for (uint32_t k = 0; k < o->n_members; k++)
            s->memberships += dg_member_holds(m, &o->members[k], at);
    }
    for (uint32_t i = 0; i < m->n_relations; i++)
        s->relations += dg_relation_holds(m, &m->relations[i], at);
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        s->missions += dg_mission_operating(m, mi, at);
        for (uint32_t k = 0; k < mi->n_accredited; k++)
            s->accreditations += dg_accreditation_holds(mi, &mi->accredited[k], at);
    }
    for (uint32_t i = 0; i < m->n_events; i++)
        s->events += dg_period_holds(&m->events[i].period, at);
}

/* Sets of ordered country pairs, as sorted distinct 64-bit keys. */
typedef struct pair_set {
    uint64_t *v;
    size_t n, cap;
} pair_set;

static uint64_t pair_key(uint32_t a, uint32_t b) { return (uint64_t)a << 32 | b; }

static int u64_cmp(const void *pa, const void *pb)
{
    uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
    return (a > b) - (a < b);
}

static void pair_set_seal(pair_set *p)
{
    if (p->n)
        qsort(p->v, p->n, sizeof *p->v, u64_cmp);
    size_t out = 0;
    for (size_t i = 0; i < p->n; i++)
        if (!out || p->v[out - 1] != p->v[i])
            p->v[out++] = p->v[i];
    p->n = out;
}

static bool pair_set_has(const pair_set *p, uint32_t a, uint32_t b)
{
    uint64_t k = pair_key(a, b);
    return p->n && bsearch(&k, p->v, p->n, sizeof *p->v, u64_cmp);
}

/* The country that held a record's side on at (continuity): cur for every
 * record that was never taken over. */
static uint32_t held(uint32_t cur, const dg_held_as *as, uint32_t n_as, const dg_date *at)
{
    return n_as ? dg_held_by_at(as, n_as, cur, at) : cur;
}

static bool is_embassy(dg_mission_kind k)
{
    return k == DG_MK_EMBASSY || k == DG_MK_HIGH_COMMISSION;
}

/* Missions by kind, and the pairs of resident embassies and of any
 * representation (resident or accredited) between countries. */
static void scan_missions(const dg_model *m, const dg_date *at, dg_stats *s, pair_set *emb,
                          pair_set *rep)
{
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (!dg_mission_operating(m, mi, at))
            continue;
        s->open_missions++;
        s->missions_by_kind[mi->kind]++;
        if (mi->of.kind != DG_ACTOR_COUNTRY)
            continue;
        uint32_t of = held(mi->of.index, mi->as, mi->n_as, at);
        uint32_t in = held(mi->in, mi->as, mi->n_as, at);
        if (mi->to == DG_NONE && in != of) {
            *DG_PUSH(rep->v, rep->n, rep->cap) = pair_key(of, in);
            if (is_embassy(mi->kind))
                *DG_PUSH(emb->v, emb->n, emb->cap) = pair_key(of, in);
        }
        for (uint32_t k = 0; k < mi->n_accredited; k++) {
            const dg_accreditation *a = &mi->accredited[k];
            uint32_t to = held(a->to, a->as, a->n_as, at);
            if (to != of && dg_accreditation_holds(mi, a, at))
                *DG_PUSH(rep->v, rep->n, rep->cap) = pair_key(of, to);
        }
    }
    pair_set_seal(emb);
    pair_set_seal(rep);
}

static void reciprocity(const pair_set *emb, dg_stats *s)
{
    size_t cm = 0, co = 0;
    for (size_t i = 0; i < emb->n; i++) {
        uint32_t a = (uint32_t)(emb->v[i] >> 32), b = (uint32_t)emb->v[i];
        dg_country_pair p = {a, b};
        if (!pair_set_has(emb, b, a))
            *DG_PUSH(s->one_sided, s->n_one_sided, co) = p;
        else if (a < b)
            *DG_PUSH(s->mutual, s->n_mutual, cm) = p;
    }
}

static void unrepresented(const dg_model *m, const dg_date *at, const pair_set *rep, dg_stats *s)
{
    size_t cap = 0;
    for (uint32_t i = 0; i < m->n_relations; i++) {
        const dg_relation *r = &m->relations[i];
        if (!dg_relation_holds(m, r, at)) /* started, not ended, not severed */
            continue;
        uint32_t a = held(r->a, r->as, r->n_as, at), b = held(r->b, r->as, r->n_as, at);
        if (a > b) {
            uint32_t t = a;
            a = b;
            b = t;
        }
        if (!pair_set_has(rep, a, b) && !pair_set_has(rep, b, a))
            *DG_PUSH(s->unrepresented, s->n_unrepresented, cap) = (dg_country_pair){a, b};
    }
}

/* One non-resident accreditation seen from its hub city. */
typedef struct acc_row {
    const char *city;
    uint32_t in, sender, to;
} acc_row;

static int acc_row_cmp(const void *pa, const void *pb)
{
    const acc_row *a = pa, *b = pb;
    int c = city_cmp(a->city, a->in, b->city, b->in);
    if (c)
        return c;
    if (a->sender != b->sender)
        return a->sender < b->sender ? -1 : 1;
    return (a->to > b->to) - (a->to < b->to);
}

static int u32_cmp(const void *pa, const void *pb)
{
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    return (a > b) - (a < b);
}

static int hub_count_cmp(const void *pa, const void *pb)
{
    const dg_hub_count *a = pa, *b = pb;
    if (a->accreditations != b->accreditations)
        return a->accreditations > b->accreditations ? -1 : 1;
    return city_cmp(a->city, a->in, b->city, b->in);
}

static acc_row *acc_rows(const dg_model *m, const dg_date *at, size_t *n)
{
    acc_row *v = NULL;
    size_t len = 0, cap = 0;
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (mi->of.kind != DG_ACTOR_COUNTRY)
            continue;
        for (uint32_t k = 0; k < mi->n_accredited; k++) {
            const dg_accreditation *a = &mi->accredited[k];
            if (a->to != mi->in && a->to != mi->of.index && dg_accreditation_holds(mi, a, at))
                *DG_PUSH(v, len, cap) = (acc_row){mi->city, mi->in, mi->of.index, a->to};
        }
    }
    if (len)
        qsort(v, len, sizeof *v, acc_row_cmp);
    *n = len;
    return v;
}

/* Fill one hub from its rows [lo, hi), which share a city and are sorted
 * by (sender, to); scratch holds at least hi - lo entries. */
static dg_hub_count hub_count(const acc_row *r, size_t lo, size_t hi, uint32_t *scratch)
{
    dg_hub_count h = {r[lo].city, r[lo].in, 0, 0, 0};
    size_t ns = 0;
    for (size_t i = lo; i < hi; i++) {
        bool new_sender = i == lo || r[i].sender != r[i - 1].sender;
        if (!new_sender && r[i].to == r[i - 1].to)
            continue; /* the same pair through two missions in one city */
        h.accreditations++;
        h.senders += new_sender;
        scratch[ns++] = r[i].to;
    }
    qsort(scratch, ns, sizeof *scratch, u32_cmp);
    for (size_t i = 0; i < ns; i++)
        h.countries += !i || scratch[i] != scratch[i - 1];
    return h;
}

static void global_hubs(const dg_model *m, const dg_date *at, dg_stats *s)
{
    size_t n, cap = 0;
    acc_row *rows = acc_rows(m, at, &n);
    uint32_t *scratch = dg_xmalloc((n ? n : 1) * sizeof *scratch);
    for (size_t lo = 0, hi; lo < n; lo = hi) {
        for (hi = lo + 1; hi < n && !city_cmp(rows[hi].city, rows[hi].in, rows[lo].city, rows[lo].in);)
            hi++;
        *DG_PUSH(s->hubs, s->n_hubs, cap) = hub_count(rows, lo, hi, scratch);
    }
    free(scratch);
    free(rows);
    if (s->n_hubs)
        qsort(s->hubs, s->n_hubs, sizeof *s->hubs, hub_count_cmp);
}

void dg_stats_compute(const dg_model *m, const dg_date *at, dg_stats *out)
{
    memset(out, 0, sizeof *out);
    if (at && !dg_date_set(at))
        at = NULL;
    count_records(m, at, out);
    pair_set emb = {0}, rep = {0};
    scan_missions(m, at, out, &emb, &rep);
    reciprocity(&emb, out);
    unrepresented(m, at, &rep, out);
    global_hubs(m, at, out);
    free(emb.v);
    free(rep.v);
}

void dg_stats_free(dg_stats *s)
{
    free(s->mutual);
    free(s->one_sided);
    free(s->hubs);
    free(s->unrepresented);
    memset(s, 0, sizeof *s);
}
