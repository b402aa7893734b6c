/* resolve_v11.c — dg_model_finish's parts for format 1.1: history and
 * heads with their citations, continuity links (loops, two continuators),
 * places, and relations with organizations.  Nothing here runs for a
 * version 1 file beyond a test of a count, so version 1 loads as fast as
 * before. */
#include "resolve_v11.h"

const dg_change *build_history(resolver *R, const raw_change *h, uint32_t n)
{
    if (!n)
        return NULL;
    dg_change *out = dg_arena_take(R->p->arena, n * sizeof *out);
    for (uint32_t i = 0; i < n; i++) {
        out[i] = h[i].c;
        out[i].cite = ref_cite(R, &h[i].cite);
    }
    return out;
}

const dg_head *build_heads(resolver *R, const raw_head *h, uint32_t n)
{
    if (!n)
        return NULL;
    dg_head *out = dg_arena_take(R->p->arena, n * sizeof *out);
    for (uint32_t i = 0; i < n; i++) {
        out[i] = h[i].h;
        out[i].cite = ref_cite(R, &h[i].cite);
    }
    return out;
}

/* ---- continuity links ---- */

/* A `continues` as written: who continues whom, and where it says so. */
typedef struct link {
    uint32_t c, p;
    dg_pos pos;
} link;

static const struct dg_model_priv *link_p;
static int link_cmp(const void *va, const void *vb)
{
    const link *a = va, *b = vb;
    return pos_cmp(link_p, &a->pos, &b->pos);
}

/* The links of the definitions, resolved; succeeds lists too. */
static link *resolve_links(resolver *R, const uint32_t *perm, size_t *n_out)
{
    dg_country *cs = (dg_country *)R->m->countries;
    link *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t t = 0; t < R->n_tc; t++) {
        raw_country *def = R->tc[t].def;
        uint32_t fi = perm[t];
        if (!def)
            continue;
        if (def->n_succeeds) {
            uint32_t *s = dg_arena_take(R->p->arena, def->n_succeeds * sizeof *s), k = 0;
            for (uint32_t j = 0; j < def->n_succeeds; j++) {
                uint32_t c = ref_country(R, &def->succeeds[j], "'succeeds'");
                if (c != DG_NONE)
                    s[k++] = c;
            }
            cs[fi].succeeds = s;
            cs[fi].n_succeeds = k;
        }
        if (!def->continues.sym)
            continue;
        uint32_t c = ref_country(R, &def->continues, "'continues'");
        if (c != DG_NONE)
            *DG_PUSH(v, n, cap) = (link){fi, c, rid_pos(R->p, def->continues)};
    }
    *n_out = n;
    return v;
}

/* "A continues B, which continues C, which continues A" into buf. */
static void loop_text(const dg_model *m, uint32_t start, char *buf, size_t size)
{
    size_t len = (size_t)snprintf(buf, size, "%s continues ", m->countries[start].id);
    uint32_t c = m->countries[start].continues;
    for (int guard = 0; len < size && guard < 64; guard++) {
        const dg_country *x = &m->countries[c];
        if (c == start) {
            snprintf(buf + len, size - len, "%s", x->id);
            return;
        }
        len += (size_t)snprintf(buf + len, size - len, "%s, which continues ", x->id);
        c = x->continues;
    }
}

/* A loop through c: reported once, at the link written last, and broken
 * so that the continuity pass never walks it. */
static void report_loop(resolver *R, uint32_t c, const dg_pos *link_pos)
{
    dg_country *cs = (dg_country *)R->m->countries;
    uint32_t last = c, x = c;
    do {
        if (pos_cmp(R->p, &link_pos[x], &link_pos[last]) > 0)
            last = x;
        x = cs[x].continues;
    } while (x != c);
    char text[512];
    loop_text(R->m, last, text, sizeof text);
    if (cs[last].continues == last)
        dg_err(R->m, link_pos[last], "a country cannot continue itself ('%s')", cs[last].id);
    else
        dg_err(R->m, link_pos[last], "continuity loop: %s", text);
    x = c;
    do {
        uint32_t next = cs[x].continues;
        cs[x].continues = cs[next].continued_by = DG_NONE;
        x = next;
    } while (x != DG_NONE && cs[x].continues != DG_NONE);
}

/* Each country continues at most one state and has at most one
 * continuator, so the links form paths and loops: walk each once. */
static void find_loops(resolver *R, const dg_pos *link_pos)
{
    uint32_t n = R->m->n_countries;
    uint8_t *state = dg_xcalloc(n ? n : 1, 1); /* 0 new, 1 on this walk, 2 done */
    for (uint32_t s = 0; s < n; s++) {
        uint32_t c = s;
        while (c != DG_NONE && !state[c]) {
            state[c] = 1;
            c = R->m->countries[c].continues;
        }
        uint32_t hit = c != DG_NONE && state[c] == 1 ? c : DG_NONE;
        /* Done before the loop is broken, which cuts the way along it. */
        for (c = s; c != DG_NONE && state[c] == 1; c = R->m->countries[c].continues)
            state[c] = 2;
        if (hit != DG_NONE)
            report_loop(R, hit, link_pos);
    }
    free(state);
}

/* When c took over: its own start, else its predecessor's end. */
static dg_date link_date(const dg_model *m, uint32_t c)
{
    const dg_country *x = &m->countries[c];
    if (dg_date_set(&x->period.start))
        return x->period.start;
    return m->countries[x->continues].period.end;
}

void build_links(resolver *R, const uint32_t *perm)
{
    dg_model *m = R->m;
    dg_country *cs = (dg_country *)m->countries;
    for (uint32_t i = 0; i < m->n_countries; i++)
        cs[i].continues = cs[i].continued_by = DG_NONE;
    size_t n;
    link *v = resolve_links(R, perm, &n);
    if (!n)
        return;
    link_p = R->p;
    qsort(v, n, sizeof *v, link_cmp);
    dg_pos *link_pos = dg_xcalloc(m->n_countries, sizeof *link_pos);
    for (size_t i = 0; i < n; i++) {
        uint32_t prev = cs[v[i].p].continued_by;
        if (prev != DG_NONE) {
            dg_pos f = link_pos[prev];
            dg_err(m, v[i].pos, "'%s' is already continued by %s (at %s:%u:%u): two states "
                   "cannot continue the same one", cs[v[i].p].id, cs[prev].id, f.file, f.line,
                   f.col);
            continue;
        }
        cs[v[i].c].continues = v[i].p;
        cs[v[i].p].continued_by = v[i].c;
        link_pos[v[i].c] = v[i].pos;
    }
    find_loops(R, link_pos);
    for (uint32_t i = 0; i < m->n_countries; i++)
        if (cs[i].continues != DG_NONE)
            cs[i].continued_on = link_date(m, i);
    free(link_pos);
    free(v);
}

/* The first state of c's chain. */
static uint32_t chain_root(const dg_model *m, uint32_t c)
{
    for (uint32_t guard = 0; m->countries[c].continues != DG_NONE && guard < m->n_countries;
         guard++)
        c = m->countries[c].continues;
    return c;
}

bool same_state(const dg_model *m, uint32_t a, uint32_t b)
{
    return a == b || chain_root(m, a) == chain_root(m, b);
}

/* ---- places ---- */

static int place_cmp(const void *va, const void *vb)
{
    const raw_place *a = va, *b = vb;
    int c = strcmp(a->pl.name, b->pl.name);
    return c ? c : pos_cmp(link_p, &a->pl.pos, &b->pl.pos);
}

void build_places(resolver *R)
{
    struct dg_model_priv *p = R->p;
    if (!p->n_place_defs)
        return;
    link_p = p;
    qsort(p->place_defs, p->n_place_defs, sizeof *p->place_defs, place_cmp);
    dg_place *pl = dg_arena_alloc(p->arena, p->n_place_defs * sizeof *pl);
    uint32_t k = 0;
    const raw_place *first = NULL;
    for (size_t i = 0; i < p->n_place_defs; i++) {
        const raw_place *rp = &p->place_defs[i];
        if (first && !strcmp(first->pl.name, rp->pl.name)) {
            dg_err(R->m, rp->pl.pos, "place '%.80s' is defined twice (first at %s:%u:%u)",
                   rp->pl.name, first->pl.pos.file, first->pl.pos.line, first->pl.pos.col);
            continue;
        }
        first = rp;
        dg_place out = rp->pl;
        out.cite = ref_cite(R, &rp->cite);
        out.country = ref_country(R, &rp->country, "a place's 'country'");
        if (out.country != DG_NONE)
            pl[k++] = out;
    }
    R->m->places = pl;
    R->m->n_places = k;
}

void check_mission_place(resolver *R, const raw_mission *rm, dg_mission *mi)
{
    mi->place = DG_NONE;
    if (!mi->city || !R->m->n_places)
        return;
    uint32_t i = dg_place_find(R->m, mi->city);
    if (i == DG_NONE)
        return;
    mi->place = i;
    const dg_place *pl = &R->m->places[i];
    if (mi->in == DG_NONE || same_state(R->m, pl->country, mi->in))
        return;
    dg_err(R->m, rid_pos(R->p, rm->in), "the mission is in %s, but its city '%.80s' lies in %s "
           "(places: at %s:%u:%u)", R->m->countries[mi->in].id, mi->city,
           R->m->countries[pl->country].id, pl->pos.file, pl->pos.line, pl->pos.col);
}

/* ---- relations with an organization ---- */

void add_org_relation(resolver *R, const raw_relation *rr, dg_ref a, dg_ref b,
                      const dg_relation *rel, rel_vec *out)
{
    if (a.kind == DG_ACTOR_ORG && b.kind == DG_ACTOR_ORG) {
        dg_err(R->m, rel->pos, "a relation is between two countries or a country and an "
               "organization, not two organizations ('%s' and '%s')", rid_str(R->p, rr->a),
               rid_str(R->p, rr->b));
        return;
    }
    R->p->uses_v11 = true;
    dg_relation r = *rel;
    r.a = a.kind == DG_ACTOR_COUNTRY ? a.index : b.index;
    r.b = a.kind == DG_ACTOR_ORG ? a.index : b.index;
    r.b_kind = DG_ACTOR_ORG;
    *DG_PUSH(out->v, out->n, out->cap) = r;
}

static const struct dg_model_priv *orel_p;
static int org_rel_cmp(const void *va, const void *vb)
{
    const dg_relation *a = va, *b = vb;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    if (a->b != b->b)
        return a->b < b->b ? -1 : 1;
    return pos_cmp(orel_p, &a->pos, &b->pos);
}

void finish_org_relations(resolver *R, rel_vec *v)
{
    dg_model *m = R->m;
    if (!v->n)
        return;
    orel_p = R->p;
    qsort(v->v, v->n, sizeof *v->v, org_rel_cmp);
    for (size_t i = 1; i < v->n; i++) {
        const dg_relation *x = &v->v[i], *y = &v->v[i - 1];
        if (x->a == y->a && x->b == y->b)
            dg_err(m, x->pos, "relations between %s and %s are given twice (first at %s:%u:%u)",
                   m->countries[x->a].id, m->orgs[x->b].id, y->pos.file, y->pos.line,
                   y->pos.col);
    }
    m->org_relations = dg_arena_memdup(R->p->arena, v->v, v->n * sizeof *v->v);
    m->n_org_relations = (uint32_t)v->n;
    free(v->v);
    v->v = NULL;
}
