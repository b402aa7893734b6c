/* resolve_build.c — references resolved into the public arrays, which are
 * then sorted so that no output depends on the order of the input. */
#include "resolve.h"
#include "resolve_v11.h"

/* qsort has no context argument; the library is single-threaded (as cgraph). */
static const struct dg_model_priv *cmp_p;

/* Countries and organizations are sorted by id before anything that
 * refers to them is sorted, so comparing indices compares ids. */
static int ref_cmp(dg_ref a, dg_ref b)
{
    if (a.kind != b.kind)
        return a.kind < b.kind ? -1 : 1;
    return (a.index > b.index) - (a.index < b.index);
}

static int idx_cmp(uint32_t a, uint32_t b)
{
    return (a > b) - (a < b);
}

static int period_cmp(const dg_period *a, const dg_period *b)
{
    int c = dg_date_cmp(&a->start, &b->start);
    return c ? c : dg_date_cmp(&a->end, &b->end);
}

static int str_cmp0(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

/* ---- sorting big records by key ----
 * Records are sorted through small keys: a 128-bit key per record, radix
 * sorted (stable, so equal keys keep load order, which is the order of
 * positions: the first of two duplicates is the earlier), then each record
 * is moved once.  Where two keys are equal but the records may still
 * differ (strings longer than the key), a comparator orders that run.
 * qsort over whole records cost more than all the rest of dg_model_finish. */

typedef struct sort_key {
    uint64_t hi, lo;
    uint32_t idx;
} sort_key;

/* Ties of equal keys, for qsort: the records' own order, then load order. */
static const char *tie_base;
static size_t tie_size;
static int (*tie_fn)(const void *, const void *);

static int tie_cmp(const void *va, const void *vb)
{
    const sort_key *a = va, *b = vb;
    int c = tie_fn(tie_base + a->idx * tie_size, tie_base + b->idx * tie_size);
    return c ? c : idx_cmp(a->idx, b->idx);
}

/* The first 8 bytes of s from byte `from` (none past its end) as a
 * big-endian number: orders as strcmp does. */
static uint64_t prefix8(const char *s, size_t from)
{
    uint64_t k = 0;
    int i = 0;
    size_t n = strnlen(s, from);
    if (n == from)
        for (s += from; i < 8 && s[i]; i++)
            k = k << 8 | (unsigned char)s[i];
    return i ? k << (8 * (8 - i)) : 0;
}

/* Byte d of the 128-bit key, d = 0 the least significant. */
static unsigned digit(const sort_key *k, int d)
{
    return (unsigned)((d < 8 ? k->lo >> (8 * d) : k->hi >> (8 * (d - 8))) & 0xFF);
}

/* Room for the keys of the biggest array, allocated once for all sorts:
 * buffers of megabytes cost page faults each time they are new. */
typedef struct sort_space {
    sort_key *keys, *tmp;
    bool *done;
} sort_space;

/* LSD radix sort on (hi, lo) through tmp (n keys); a byte all keys share
 * costs no pass. */
static void radix_sort(sort_key *keys, sort_key *tmp, size_t n)
{
    uint32_t (*count)[256] = dg_xcalloc(16, sizeof *count);
    for (size_t i = 0; i < n; i++)
        for (int d = 0; d < 16; d++)
            count[d][digit(&keys[i], d)]++;
    sort_key *src = keys, *dst = tmp;
    for (int d = 0; d < 16; d++) {
        uint32_t *c = count[d];
        if (c[digit(&src[0], d)] == n)
            continue;
        uint32_t sum = 0;
        for (int b = 0; b < 256; b++) {
            uint32_t t = c[b];
            c[b] = sum;
            sum += t;
        }
        for (size_t i = 0; i < n; i++)
            dst[c[digit(&src[i], d)]++] = src[i];
        sort_key *t = src;
        src = dst;
        dst = t;
    }
    if (src != keys)
        memcpy(keys, src, n * sizeof *keys);
    free(count);
}

enum { PREFETCH_AHEAD = 8 }; /* records ahead along a cycle */

/* Ask for the cache lines of the record at r before they are copied. */
static void prefetch_record(const char *r, size_t size)
{
    for (size_t o = 0; o < size; o += 64)
        __builtin_prefetch(r + o);
}

/* Put base[keys[j].idx] at j for every j, in place, following cycles.
 * Each step reads a record from a random place: on a data set larger than
 * the cache that is a miss per record, the one cost of loading that grew
 * faster than the input (docs/benchmarks.md).  A second index walks the
 * same cycle a few records ahead and prefetches them, so that the misses
 * overlap instead of following each other. */
static void permute(void *base, size_t size, const sort_key *keys, bool *done, size_t n)
{
    char *b = base, *tmp = dg_xmalloc(size);
    memset(done, 0, n);
    for (size_t i = 0; i < n; i++) {
        if (done[i])
            continue;
        memcpy(tmp, b + i * size, size);
        size_t j = i, ahead = i;
        for (int s = 0; s < PREFETCH_AHEAD && keys[ahead].idx != i; s++)
            prefetch_record(b + (ahead = keys[ahead].idx) * size, size);
        for (;;) {
            size_t k = keys[j].idx;
            done[j] = true;
            if (k == i) {
                memcpy(b + j * size, tmp, size);
                break;
            }
            if (keys[ahead].idx != i)
                prefetch_record(b + (ahead = keys[ahead].idx) * size, size);
            memcpy(b + j * size, b + k * size, size);
            j = k;
        }
    }
    free(tmp);
}

/* Sort n records of size bytes at base by sp->keys[i] (the key of record
 * i, with idx = i); tie, if not NULL, orders records whose keys are equal. */
static void sort_by_keys(void *base, size_t size, sort_space *sp, size_t n,
                         int (*tie)(const void *, const void *))
{
    sort_key *keys = sp->keys;
    if (n < 2)
        return;
    radix_sort(keys, sp->tmp, n);
    tie_base = base;
    tie_size = size;
    tie_fn = tie;
    for (size_t i = 0, j; tie && i < n; i = j) {
        for (j = i + 1; j < n && keys[j].hi == keys[i].hi && keys[j].lo == keys[i].lo; j++)
            ;
        if (j - i > 8) {
            qsort(keys + i, j - i, sizeof *keys, tie_cmp);
            continue;
        }
        /* Most runs of equal keys are short: insertion sort, no qsort set-up. */
        for (size_t a = i + 1; a < j; a++)
            for (size_t b = a; b > i && tie_cmp(&keys[b - 1], &keys[b]) > 0; b--) {
                sort_key t = keys[b];
                keys[b] = keys[b - 1];
                keys[b - 1] = t;
            }
    }
    permute(base, size, keys, sp->done, n);
}

/* ---- organizations ---- */

static int member_cmp(const void *va, const void *vb)
{
    const dg_member *a = va, *b = vb;
    int c = ref_cmp(a->who, b->who);
    if (!c)
        c = period_cmp(&a->period, &b->period);
    return c ? c : pos_cmp(cmp_p, &a->pos, &b->pos);
}

static void sort_members(resolver *R, dg_org *o)
{
    dg_member *mm = (dg_member *)o->members;
    if (o->n_members > 1)
        qsort(mm, o->n_members, sizeof *mm, member_cmp);
    R->m->n_memberships += o->n_members;
}

static void build_orgs(resolver *R, dg_org *orgs)
{
    for (uint32_t i = 0; i < R->n_org; i++) {
        raw_org *ro = R->org_raw[i];
        dg_org *o = &orgs[i];
        *o = ro->o;
        if (!o->name)
            o->name = o->id;
        o->cite = ref_cite(R, &ro->cite);
        dg_member *mm = (dg_member *)ro->members; /* in place: see reuse() */
        uint32_t k = 0;
        for (uint32_t j = 0; j < ro->n_members; j++) {
            raw_member *rm = &ro->members[j];
            dg_cite cite = ref_cite(R, &rm->cite);
            dg_ref who;
            if (!ref_actor(R, &rm->who, &who))
                continue;
            if (who.kind == DG_ACTOR_ORG && who.index == i) {
                dg_err(R->m, rid_pos(R->p, rm->who),
                       "organization '%s' cannot be a member of itself", o->id);
                continue;
            }
            dg_member out = rm->m;
            out.who = who;
            out.cite = cite;
            if (rm->n_hist) {
                out.history = build_history(R, rm->hist, rm->n_hist);
                out.n_history = rm->n_hist;
            }
            mm[k++] = out;
        }
        o->members = mm;
        o->n_members = k;
        sort_members(R, o);
    }
}

/* ---- relations ---- */

/* The final arrays are built in the memory of the raw ones: a final record
 * is smaller than its raw record, so writing final record k (k <= i) never
 * touches raw records after i, and each is copied out before it is
 * overwritten.  This saves allocating (and faulting in) a second copy. */
static void *reuse(struct dg_model_priv *p, void *raw)
{
    if (raw)
        *DG_PUSH(p->owned, p->n_owned, p->cap_owned) = raw;
    return raw;
}

/* Relations of two countries; those of a country with an organization
 * (format 1.1) go to orgs. */
static dg_relation *build_relations(resolver *R, uint32_t *n, rel_vec *orgs)
{
    struct dg_model_priv *p = R->p;
    dg_relation *rels = reuse(p, p->relations);
    uint32_t k = 0;
    for (size_t i = 0; i < p->n_relations; i++) {
        raw_relation *rr = &p->relations[i];
        dg_cite cite = ref_cite(R, &rr->cite); /* reported even if the pair is bad */
        dg_ref pa, pb;
        bool oka = ref_party(R, &rr->a, &pa, "'between'");
        bool okb = ref_party(R, &rr->b, &pb, "'between'");
        if (!oka || !okb)
            continue;
        uint32_t a = pa.index, b = pb.index;
        bool with_org = pa.kind == DG_ACTOR_ORG || pb.kind == DG_ACTOR_ORG;
        if (!with_org && a == b) {
            dg_err(R->m, rid_pos(p, rr->b), "'%s' and '%s' are the same country",
                   rid_str(p, rr->a), rid_str(p, rr->b));
            continue;
        }
        dg_relation out = rr->r;
        out.a = a;
        out.b = b;
        out.pos = (dg_pos){rr->r.pos.file, rr->between_line, rr->between_col};
        out.cite = cite;
        if (rr->n_hist) {
            out.history = build_history(R, rr->hist, rr->n_hist);
            out.n_history = rr->n_hist;
        }
        if (with_org)
            add_org_relation(R, rr, pa, pb, &out, orgs);
        else
            rels[k++] = out;
    }
    p->relations = NULL;
    *n = k;
    return rels;
}

static void sort_relations(resolver *R, dg_relation *rels, uint32_t n, sort_space *sp)
{
    for (uint32_t i = 0; i < n; i++) {
        if (rels[i].a > rels[i].b) {
            uint32_t t = rels[i].a;
            rels[i].a = rels[i].b;
            rels[i].b = t;
        }
        sp->keys[i] = (sort_key){(uint64_t)rels[i].a << 32 | rels[i].b, 0, i};
    }
    sort_by_keys(rels, sizeof *rels, sp, n, NULL);
    for (uint32_t i = 1; i < n; i++)
        if (rels[i].a == rels[i - 1].a && rels[i].b == rels[i - 1].b)
            dg_err(R->m, rels[i].pos, "relations between %s and %s are given twice (first at %s:%u:%u)",
                   R->m->countries[rels[i].a].id, R->m->countries[rels[i].b].id,
                   rels[i - 1].pos.file, rels[i - 1].pos.line, rels[i - 1].pos.col);
}

/* ---- missions ---- */

/* "OF-KIND-WHERE" in lower case, every run of other ASCII characters one
 * '-' (UTF-8 kept as it is); ASCII by hand, as the ids must not depend on
 * a locale. */
const char *dg_mission_slug(dg_arena *a, const char *of, const char *kind, const char *where)
{
    size_t n = strlen(of) + strlen(kind) + strlen(where) + 3;
    char *s = dg_arena_take(a, n), *o = s;
    const char *parts[3] = {of, kind, where};
    for (int i = 0; i < 3; i++) {
        if (i)
            *o++ = '-';
        for (const unsigned char *c = (const unsigned char *)parts[i]; *c; c++) {
            unsigned char ch = *c;
            if (ch >= 'A' && ch <= 'Z')
                *o++ = (char)(ch | 0x20);
            else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80)
                *o++ = (char)ch;
            else if (o > s && o[-1] != '-')
                *o++ = '-';
        }
        while (o > s && o[-1] == '-')
            o--;
    }
    *o = '\0';
    return s;
}

static bool build_accreds(resolver *R, raw_mission *rm, dg_mission *mi)
{
    dg_accreditation *acc = (dg_accreditation *)rm->acc; /* in place: see reuse() */
    uint32_t k = 0;
    for (uint32_t j = 0; j < rm->n_acc; j++) {
        raw_accred *ra = &rm->acc[j];
        dg_cite cite = ref_cite(R, &ra->cite);
        uint32_t to = ref_country(R, &ra->to, "an accreditation");
        if (to == DG_NONE)
            continue;
        dg_accreditation out = ra->a;
        out.to = to;
        out.pos = rid_pos(R->p, ra->to);
        out.cite = cite;
        acc[k++] = out;
    }
    mi->accredited = acc;
    mi->n_accredited = k;
    return true;
}

static bool build_mission(resolver *R, raw_mission *rm, dg_mission *mi)
{
    *mi = rm->m;
    mi->to = DG_NONE;
    bool ok = ref_actor(R, &rm->of, &mi->of);
    mi->in = ref_country(R, &rm->in, "'in'");
    ok = ok && mi->in != DG_NONE;
    const char *to = rid_str(R->p, rm->to);
    if (to) {
        mi->to = dg_map_get(&R->org_ids, to);
        if (mi->to == DG_NONE) {
            dg_err(R->m, rid_pos(R->p, rm->to),
                   "'to' names the organization a mission is to; '%s' is %s", to,
                   dg_iso_lookup(to, NULL, NULL) ? "a country" : "unknown");
            ok = false;
        }
    }
    mi->cite = ref_cite(R, &rm->cite);
    build_accreds(R, rm, mi);
    check_mission_place(R, rm, mi);
    if (rm->n_hist) {
        mi->history = build_history(R, rm->hist, rm->n_hist);
        mi->n_history = rm->n_hist;
    }
    if (rm->n_heads) {
        mi->heads = build_heads(R, rm->heads, rm->n_heads);
        mi->n_heads = rm->n_heads;
    }
    return ok;
}

static int accred_cmp(const void *va, const void *vb)
{
    const dg_accreditation *a = va, *b = vb;
    int c = idx_cmp(a->to, b->to);
    if (!c)
        c = period_cmp(&a->period, &b->period);
    return c ? c : pos_cmp(cmp_p, &a->pos, &b->pos);
}

/* An accreditation's explicit dates lie within its mission's period. */
static void check_accred(resolver *R, const dg_mission *mi, const dg_accreditation *a)
{
    const dg_period *mp = &mi->period, *ap = &a->period;
    bool early = dg_date_set(&ap->start) && dg_date_set(&mp->start) &&
                 dg_date_first(&ap->start) < dg_date_first(&mp->start);
    bool late = dg_date_set(&ap->end) && dg_date_set(&mp->end) &&
                dg_date_last(&ap->end) > dg_date_last(&mp->end);
    bool after = dg_date_set(&ap->start) && dg_date_set(&mp->end) &&
                 dg_date_first(&ap->start) > dg_date_last(&mp->end);
    if (early || late || after) {
        char ms[16], me[16];
        dg_date_format(&mp->start, ms, sizeof ms);
        dg_date_format(&mp->end, me, sizeof me);
        dg_err(R->m, a->pos, "the accreditation to %s lies outside the period of mission '%s' (%s to %s)",
               R->m->countries[a->to].id, mi->id, *ms ? ms : "...", *me ? me : "...");
    }
    if (a->to == mi->in)
        dg_warn(R->m, a->pos, "mission '%s' resides in %s: listing its host country under "
                "'accredited' says nothing more", mi->id, R->m->countries[a->to].id);
}

/* A mission's accreditations in order, and checked against it. */
static void sort_accreds(resolver *R, const dg_mission *mi)
{
    dg_accreditation *acc = (dg_accreditation *)mi->accredited;
    if (mi->n_accredited > 1) /* most have none or one */
        qsort(acc, mi->n_accredited, sizeof *acc, accred_cmp);
    for (uint32_t j = 0; j < mi->n_accredited; j++)
        check_accred(R, mi, &acc[j]);
    R->m->n_accreditations += mi->n_accredited;
}

static dg_mission *build_missions(resolver *R, uint32_t *n)
{
    struct dg_model_priv *p = R->p;
    dg_mission *ms = reuse(p, p->missions);
    uint32_t k = 0;
    for (size_t i = 0; i < p->n_missions; i++) {
        raw_mission *rm = &p->missions[i];
        dg_mission out;
        if (!build_mission(R, rm, &out))
            continue;
        if (rm->id.sym) {
            out.id = dg_arena_strdup(p->arena, rid_str(p, rm->id));
        } else {
            const char *of_id = out.of.kind == DG_ACTOR_COUNTRY
                                    ? R->m->countries[out.of.index].id
                                    : R->org_raw[out.of.index]->o.id;
            out.id = dg_mission_slug(p->arena, of_id, dg_mission_kind_name(out.kind),
                          out.city ? out.city : R->m->countries[out.in].id);
        }
        out.pos = rm->m.pos;
        sort_accreds(R, &out);
        ms[k++] = out;
    }
    p->missions = NULL;
    *n = k;
    return ms;
}

static int mission_id_cmp(const void *va, const void *vb)
{
    return strcmp(((const dg_mission *)va)->id, ((const dg_mission *)vb)->id);
}

/* Missions by id; an id met twice is an error, at the later one (ties
 * keep load order). */
static void sort_missions(resolver *R, dg_mission *ms, uint32_t n, sort_space *sp)
{
    const sort_key *k = sp->keys;
    for (uint32_t i = 0; i < n; i++)
        sp->keys[i] = (sort_key){prefix8(ms[i].id, 0), prefix8(ms[i].id, 8), i};
    sort_by_keys(ms, sizeof *ms, sp, n, mission_id_cmp);
    for (uint32_t i = 1; i < n; i++) {
        /* Equal ids have equal keys: only those are compared whole. */
        if (k[i].hi != k[i - 1].hi || k[i].lo != k[i - 1].lo || strcmp(ms[i].id, ms[i - 1].id))
            continue;
        dg_err(R->m, ms[i].pos, "mission id '%s' is used twice (first at %s:%u:%u); "
               "give the missions distinct 'id's", ms[i].id, ms[i - 1].pos.file,
               ms[i - 1].pos.line, ms[i - 1].pos.col);
    }
}

/* ---- events ---- */

static dg_event *build_events(resolver *R, uint32_t *n)
{
    struct dg_model_priv *p = R->p;
    dg_event *ev = reuse(p, p->events);
    uint32_t k = 0;
    for (size_t i = 0; i < p->n_events; i++) {
        raw_event *re = &p->events[i];
        dg_ref *actors = dg_arena_take(p->arena, re->n_actors * sizeof *actors);
        uint32_t na = 0;
        for (uint32_t j = 0; j < re->n_actors; j++)
            if (ref_actor(R, &re->actors[j], &actors[na]))
                na++;
        dg_event out = re->e;
        out.actors = actors;
        out.n_actors = na;
        out.cite = ref_cite(R, &re->cite);
        if (na)
            ev[k++] = out;
    }
    p->events = NULL;
    *n = k;
    return ev;
}

static int actors_cmp(const dg_event *a, const dg_event *b)
{
    for (uint32_t i = 0; i < a->n_actors && i < b->n_actors; i++) {
        int c = ref_cmp(a->actors[i], b->actors[i]);
        if (c)
            return c;
    }
    return (a->n_actors > b->n_actors) - (a->n_actors < b->n_actors);
}

static int event_cmp(const void *va, const void *vb)
{
    const dg_event *a = va, *b = vb;
    int c = period_cmp(&a->period, &b->period);
    if (!c)
        c = (a->kind > b->kind) - (a->kind < b->kind);
    if (!c)
        c = str_cmp0(a->title, b->title);
    if (!c)
        c = actors_cmp(a, b);
    if (!c)
        c = str_cmp0(a->note, b->note);
    return c ? c : pos_cmp(cmp_p, &a->pos, &b->pos);
}

/* A date as a number that orders as dg_date_cmp: unset (0) first, then
 * the first day (year, month, day: 25 bits), then precision, then
 * qualifiers; 37 bits. */
static uint64_t date_key(const dg_date *d)
{
    if (!dg_date_set(d))
        return 0;
    uint64_t first = (uint64_t)(d->year - INT16_MIN) * 512 + (d->month ? d->month : 1) * 32 +
                     (d->day ? d->day : 1);
    return first << 12 | (uint64_t)(d->prec & 0xF) << 8 | d->qual;
}

/* Events by start (37 bits), end (37), kind (4) and the first 6 bytes of
 * the title (48), which is event_cmp's order as far as it goes: fewer ties
 * to settle by comparing records. */
static void sort_events(dg_event *ev, uint32_t n, sort_space *sp)
{
    _Static_assert(DG_EVENT_KIND_COUNT <= 16, "an event kind in 4 bits");
    for (uint32_t i = 0; i < n; i++) {
        uint64_t start = date_key(&ev[i].period.start), end = date_key(&ev[i].period.end);
        uint64_t title = ev[i].title ? prefix8(ev[i].title, 0) >> 16 : 0;
        sp->keys[i] = (sort_key){start << 27 | end >> 10,
                                 (end & 0x3FF) << 54 | (uint64_t)ev[i].kind << 50 | title << 2, i};
    }
    sort_by_keys(ev, sizeof *ev, sp, n, event_cmp);
}

/* ---- countries: sorted last, since references add the ones they mention ---- */

static int tc_cmp(const void *va, const void *vb)
{
    const tmp_country *const *a = va, *const *b = vb;
    return strcmp((*a)->id, (*b)->id);
}

static uint32_t *build_countries(resolver *R)
{
    struct dg_model_priv *p = R->p;
    size_t n = R->n_tc;
    tmp_country **order = dg_xmalloc(n * sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[i] = &R->tc[i];
    if (n > 1)
        qsort(order, n, sizeof *order, tc_cmp);
    uint32_t *perm = dg_xmalloc((n ? n : 1) * sizeof *perm);
    dg_country *cs = dg_arena_alloc(p->arena, n * sizeof *cs);
    for (size_t i = 0; i < n; i++) {
        tmp_country *t = order[i];
        perm[t - R->tc] = (uint32_t)i;
        dg_country *c = &cs[i];
        if (t->def) {
            *c = t->def->c;
            c->cite = ref_cite(R, &t->def->cite);
        } else {
            c->pos = t->first;
        }
        c->id = dg_arena_strdup(p->arena, t->id);
        c->iso = t->iso;
        c->former = t->former;
        if (!c->name)
            c->name = t->iso_name ? t->iso_name : c->id;
        c->alpha3 = t->iso ? dg_iso_alpha3(t->id) : NULL;
    }
    free(order);
    R->m->countries = cs;
    R->m->n_countries = (uint32_t)n;
    return perm;
}

static void build_sources(resolver *R)
{
    struct dg_model_priv *p = R->p;
    dg_source *src = dg_arena_alloc(p->arena, R->n_src * sizeof *src);
    for (uint32_t i = 0; i < R->n_src; i++) {
        src[i] = R->src_raw[i]->s;
        if (!R->src_raw[i]->cited)
            dg_warn(R->m, src[i].pos, "source '%s' is never cited", src[i].id);
    }
    R->m->sources = src;
    R->m->n_sources = R->n_src;
}

dg_status dg_resolve(dg_model *m)
{
    resolver R;
    resolve_begin(&R, m);
    build_model(&R);
    resolve_end(&R);
    return m->priv->n_errors ? DG_EDATA : DG_OK;
}

/* Countries first: every country mentioned is known (mention_countries),
 * so once they are sorted, references resolve to final indices and each
 * array is built and sorted in one go, while it is in cache. */
void build_model(resolver *R)
{
    dg_model *m = R->m;
    struct dg_model_priv *p = R->p;
    cmp_p = p;
    uint32_t *perm = build_countries(R);
    settle_countries(R, perm);
    build_links(R, perm);
    build_places(R);
    m->focus = p->focus.sym ? ref_country(R, &p->focus, "the focus") : DG_NONE;
    m->title = p->title.sym ? dg_arena_strdup(p->arena, rid_str(p, p->title)) : NULL;
    dg_org *orgs = dg_arena_alloc(p->arena, R->n_org * sizeof *orgs);
    m->orgs = orgs;
    m->n_orgs = R->n_org;
    build_orgs(R, orgs);

    size_t most = p->n_relations > p->n_missions ? p->n_relations : p->n_missions;
    most = most > p->n_events ? most : p->n_events;
    sort_space sp = {dg_xmalloc((most + 1) * sizeof *sp.keys),
                     dg_xmalloc((most + 1) * sizeof *sp.tmp), dg_xmalloc(most + 1)};
    rel_vec org_rels = {0};
    m->relations = build_relations(R, &m->n_relations, &org_rels);
    sort_relations(R, (dg_relation *)m->relations, m->n_relations, &sp);
    finish_org_relations(R, &org_rels);
    m->missions = build_missions(R, &m->n_missions);
    sort_missions(R, (dg_mission *)m->missions, m->n_missions, &sp);
    m->events = build_events(R, &m->n_events);
    sort_events((dg_event *)m->events, m->n_events, &sp);
    free(sp.keys);
    free(sp.tmp);
    free(sp.done);
    continuity_pass(R);
    build_sources(R);
    R->perm = NULL;
    free(perm);
}
