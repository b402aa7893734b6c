/* relation_query.c — `dipgraph relation A B`, answered from the model: the
 * relation between two countries, or a country and an organization, with
 * its state on a date (history.c) and whom it was taken over from
 * (continuity). */
#include "internal.h"

/* The record of (a, b) in v (sorted by (a, b)), or NULL. */
static const dg_relation *find_pair(const dg_relation *v, uint32_t n, uint32_t a, uint32_t b)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (v[mid].a < a || (v[mid].a == a && v[mid].b < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && v[lo].a == a && v[lo].b == b ? &v[lo] : NULL;
}

/* A taken-over record whose parties on at were a and b (b an organization
 * when org; then only a can have been taken over). */
static const dg_relation *find_held(const dg_relation *v, uint32_t n, uint32_t a, uint32_t b,
                                    bool org, const dg_date *at)
{
    for (uint32_t i = 0; i < n; i++) {
        const dg_relation *r = &v[i];
        if (!r->n_as)
            continue;
        uint32_t ha = dg_held_by_at(r->as, r->n_as, r->a, at);
        uint32_t hb = org ? r->b : dg_held_by_at(r->as, r->n_as, r->b, at);
        if ((ha == a && hb == b) || (!org && ha == b && hb == a))
            return r;
    }
    return NULL;
}

const dg_relation *dg_relation_find(const dg_model *m, dg_ref x, dg_ref y, const dg_date *at)
{
    if (x.kind == DG_ACTOR_ORG && y.kind == DG_ACTOR_ORG)
        return NULL;
    if (x.kind == DG_ACTOR_ORG) { /* the country first */
        dg_ref t = x;
        x = y;
        y = t;
    }
    if (y.kind == DG_ACTOR_ORG) {
        const dg_relation *r = find_pair(m->org_relations, m->n_org_relations, x.index, y.index);
        return r ? r : find_held(m->org_relations, m->n_org_relations, x.index, y.index, true, at);
    }
    uint32_t a = x.index < y.index ? x.index : y.index, b = x.index < y.index ? y.index : x.index;
    const dg_relation *r = find_pair(m->relations, m->n_relations, a, b);
    return r ? r : find_held(m->relations, m->n_relations, a, b, false, at);
}

void dg_relation_query(const dg_model *m, dg_ref x, dg_ref y, const dg_date *at,
                       dg_relation_answer *out)
{
    memset(out, 0, sizeof *out);
    out->as = out->as_other = DG_NONE;
    out->rel = dg_relation_find(m, x, y, at);
    if (!out->rel)
        return;
    const dg_relation *r = out->rel;
    out->holds = dg_relation_state_at(m, r, at, &out->status, &out->level);
    if (r->n_as) {
        uint32_t a = dg_held_as_on(r->as, r->n_as, r->a, at);
        uint32_t b = r->b_kind == DG_ACTOR_COUNTRY ? dg_held_as_on(r->as, r->n_as, r->b, at)
                                                   : DG_NONE;
        out->as = a != DG_NONE ? a : b;
        out->as_other = a != DG_NONE ? b : DG_NONE;
    }
}
