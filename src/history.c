/* history.c — what held on a date: the one place that reads format 1.1's
 * history, heads and continuity, so that every query, view, timeline and
 * export that takes --at gives the same answer.
 *
 * A record without history (every version 1 record) answers with its own
 * status and its period, exactly as version 1 did, apart from the two
 * words 1.1 gives a meaning: a relation that is `severed` or `none` does
 * not hold. */
#include "model_priv.h"

static bool at_given(const dg_date *at)
{
    return at && dg_date_set(at);
}

const dg_change *dg_change_at(const dg_change *h, uint32_t n, const dg_date *at)
{
    if (!n)
        return NULL;
    if (!at_given(at))
        return &h[n - 1];
    /* Entries are in date order (the loader checks it): the last one that
     * has begun.  Histories are short, so a scan from the end. */
    int32_t day = dg_date_first(at);
    for (uint32_t i = n; i-- > 0;)
        if (dg_date_first(&h[i].date) <= day)
            return &h[i];
    return NULL;
}

/* The last value of a field (status or level) set by an entry in force on
 * at, or dflt: an entry changes what it names and keeps the rest. */
static int field_at(const dg_change *h, uint32_t n, const dg_date *at, bool level, int dflt)
{
    const dg_change *c = dg_change_at(h, n, at);
    if (!c)
        return dflt;
    for (const dg_change *e = c; e >= h; e--) {
        int v = level ? e->level : e->status;
        if (v >= 0)
            return v;
    }
    return dflt;
}

bool dg_relation_state_at(const dg_model *m, const dg_relation *r, const dg_date *at,
                          dg_rel_status *status, dg_rel_level *level)
{
    (void)m;
    int st = r->n_history ? field_at(r->history, r->n_history, at, false, (int)r->status)
                          : (int)r->status;
    if (status)
        *status = (dg_rel_status)st;
    /* Never having had relations has no level of representation. */
    if (level && st == DG_REL_NONE)
        *level = DG_LEVEL_NONE;
    else if (level)
        *level = (dg_rel_level)(r->n_history ? field_at(r->history, r->n_history, at, true,
                                                        r->level)
                                             : r->level);
    return dg_period_holds(&r->period, at) && st != DG_REL_SEVERED && st != DG_REL_NONE;
}

bool dg_relation_holds(const dg_model *m, const dg_relation *r, const dg_date *at)
{
    return dg_relation_state_at(m, r, at, NULL, NULL);
}

dg_mission_status dg_mission_status_at(const dg_model *m, const dg_mission *mi,
                                       const dg_date *at)
{
    (void)m;
    if (!mi->n_history)
        return (dg_mission_status)mi->status;
    return (dg_mission_status)field_at(mi->history, mi->n_history, at, false, mi->status);
}

bool dg_mission_operating(const dg_model *m, const dg_mission *mi, const dg_date *at)
{
    if (!dg_period_holds(&mi->period, at))
        return false;
    if (!mi->n_history && mi->status == DG_MS_OPEN) /* every version 1 mission */
        return true;
    dg_mission_status s = dg_mission_status_at(m, mi, at);
    return s == DG_MS_OPEN || s == DG_MS_CLOSED_TO_PUBLIC;
}

dg_member_status dg_member_status_at(const dg_model *m, const dg_member *mem, const dg_date *at)
{
    (void)m;
    if (!mem->n_history)
        return mem->status;
    return (dg_member_status)field_at(mem->history, mem->n_history, at, false,
                                      (int)mem->status);
}

bool dg_member_holds(const dg_model *m, const dg_member *mem, const dg_date *at)
{
    if (!dg_period_holds(&mem->period, at))
        return false;
    return !mem->n_history ||
           dg_member_status_at(m, mem, at) != (dg_member_status)DG_MEMBER_LEFT;
}

const dg_head *dg_mission_head_at(const dg_model *m, const dg_mission *mi, const dg_date *at)
{
    (void)m;
    /* Heads are sorted by start and do not overlap: the last that holds. */
    for (uint32_t i = mi->n_heads; i-- > 0;)
        if (dg_period_holds(&mi->heads[i].period, at))
            return &mi->heads[i];
    return NULL;
}

/* ---- continuity ---- */

uint32_t dg_held_by_at(const dg_held_as *as, uint32_t n_as, uint32_t current, const dg_date *at)
{
    if (!n_as || !at_given(at))
        return current;
    /* Back along the chain while at lies before the hand-over. */
    int32_t day = dg_date_first(at);
    uint32_t who = current;
    for (uint32_t i = n_as; i-- > 0;) {
        const dg_held_as *h = &as[i];
        if (h->by != who || !dg_date_set(&h->until) || day >= dg_date_first(&h->until))
            continue;
        who = h->as;
    }
    return who;
}

uint32_t dg_held_first_as(const dg_held_as *as, uint32_t n_as, uint32_t current)
{
    uint32_t who = current, first = DG_NONE;
    for (uint32_t i = n_as; i-- > 0;)
        if (as[i].by == who)
            first = who = as[i].as;
    return first;
}

uint32_t dg_held_as_on(const dg_held_as *as, uint32_t n_as, uint32_t current, const dg_date *at)
{
    if (!n_as)
        return DG_NONE;
    /* On a date before a hand-over the answer is the holder then (Serbia
     * and Montenegro in 2004, not Yugoslavia); otherwise the chain's first
     * holder, so that "taken over from" is said whenever it applies. */
    uint32_t then = dg_held_by_at(as, n_as, current, at);
    return then != current ? then : dg_held_first_as(as, n_as, current);
}

bool dg_model_uses_v11(const dg_model *m)
{
    return m->priv->uses_v11;
}

/* ---- places ---- */

uint32_t dg_place_find(const dg_model *m, const char *city)
{
    uint32_t lo = 0, hi = m->n_places;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(m->places[mid].name, city);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return DG_NONE;
}
