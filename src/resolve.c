/* resolve.c — dg_model_finish: definitions, references and cross-file
 * checks.  See resolve_build.c for the sorted public arrays. */
#include "resolve.h"
#include "resolve_v11.h"
#include "names.h"

#include <ctype.h>
#include <strings.h>

bool dg_id_valid(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 64 || !isalpha((unsigned char)s[0]))
        return false;
    for (size_t i = 1; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && !strchr("_.-", s[i]))
            return false;
    return true;
}

static size_t file_rank(const struct dg_model_priv *p, const char *f)
{
    for (size_t i = 0; i < p->n_files; i++)
        if (p->files[i] == f)
            return i;
    return p->n_files;
}

int pos_cmp(const struct dg_model_priv *p, const dg_pos *a, const dg_pos *b)
{
    if (a->file != b->file) {
        size_t fa = file_rank(p, a->file), fb = file_rank(p, b->file);
        return fa < fb ? -1 : 1;
    }
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    return a->col < b->col ? -1 : a->col > b->col;
}

static void twice(resolver *R, const char *what, const char *id, dg_pos later, dg_pos first)
{
    dg_err(R->m, later, "%s '%s' is defined twice (first at %s:%u:%u)", what, id, first.file,
           first.line, first.col);
}

/* ---- sources ---- */

static const struct dg_model_priv *sort_p;
static int source_cmp(const void *va, const void *vb)
{
    const raw_source *a = va, *b = vb;
    int c = strcmp(a->s.id, b->s.id);
    return c ? c : pos_cmp(sort_p, &a->s.pos, &b->s.pos);
}
static int org_cmp(const void *va, const void *vb)
{
    const raw_org *a = va, *b = vb;
    int c = strcmp(a->o.id, b->o.id);
    return c ? c : pos_cmp(sort_p, &a->o.pos, &b->o.pos);
}

static void index_sources(resolver *R)
{
    struct dg_model_priv *p = R->p;
    sort_p = p;
    if (p->n_sources > 1) /* qsort(NULL, 0) is undefined */
        qsort(p->sources, p->n_sources, sizeof *p->sources, source_cmp);
    R->src_raw = dg_xcalloc(p->n_sources, sizeof *R->src_raw);
    for (size_t i = 0; i < p->n_sources; i++) {
        uint32_t prev = dg_map_put(&R->src_ids, p->sources[i].s.id, R->n_src);
        if (prev != DG_NONE)
            twice(R, "source", p->sources[i].s.id, p->sources[i].s.pos, R->src_raw[prev]->s.pos);
        else
            R->src_raw[R->n_src++] = &p->sources[i];
    }
}

/* ---- countries ---- */

static uint32_t add_country(resolver *R, const char *id, dg_pos first)
{
    tmp_country *t = DG_PUSH(R->tc, R->n_tc, R->cap_tc);
    memset(t, 0, sizeof *t);
    t->id = id;
    t->first = first;
    uint32_t idx = (uint32_t)(R->n_tc - 1);
    dg_map_put(&R->tc_ids, id, idx);
    return idx;
}

static void index_countries(resolver *R)
{
    struct dg_model_priv *p = R->p;
    for (size_t i = 0; i < p->n_countries; i++) {
        raw_country *rc = &p->countries[i];
        const char *canon = rc->c.id;
        bool former = false;
        const char *iso = dg_iso_lookup(rc->c.id, &canon, &former);
        uint32_t prev = dg_map_get(&R->tc_ids, canon);
        if (prev != DG_NONE) {
            twice(R, "country", rc->c.id, rc->c.pos, R->tc[prev].def->c.pos);
            continue;
        }
        if (!iso && !rc->c.name)
            dg_err(R->m, rc->c.pos,
                   "country '%s' is not an ISO 3166 code, so it needs a name", rc->c.id);
        uint32_t idx = add_country(R, canon, rc->c.pos);
        R->tc[idx].def = rc;
        R->tc[idx].iso = iso != NULL;
        R->tc[idx].former = former;
        R->tc[idx].iso_name = iso;
    }
}

/* ---- organizations ---- */

static void index_orgs(resolver *R)
{
    struct dg_model_priv *p = R->p;
    sort_p = p;
    if (p->n_orgs > 1)
        qsort(p->orgs, p->n_orgs, sizeof *p->orgs, org_cmp);
    R->org_raw = dg_xcalloc(p->n_orgs, sizeof *R->org_raw);
    for (size_t i = 0; i < p->n_orgs; i++) {
        raw_org *o = &p->orgs[i];
        uint32_t prev = dg_map_put(&R->org_ids, o->o.id, R->n_org);
        if (prev != DG_NONE) {
            twice(R, "organization", o->o.id, o->o.pos, R->org_raw[prev]->o.pos);
            continue;
        }
        R->org_raw[R->n_org++] = o;
        const char *canon = NULL;
        const char *iso = dg_iso_lookup(o->o.id, &canon, NULL);
        uint32_t c = dg_map_get(&R->tc_ids, iso ? canon : o->o.id);
        if (iso)
            dg_err(R->m, o->o.pos,
                   "organization id '%s' is also the ISO 3166 code of %s: choose another id",
                   o->o.id, iso);
        else if (c != DG_NONE)
            dg_err(R->m, o->o.pos, "organization id '%s' is also a country id (defined at %s:%u)",
                   o->o.id, R->tc[c].first.file, R->tc[c].first.line);
    }
}

/* ---- references ---- */

static void lower(char *dst, const char *src, size_t size)
{
    size_t i = 0;
    for (; src[i] && i + 1 < size; i++)
        dst[i] = (char)tolower((unsigned char)src[i]);
    dst[i] = '\0';
}

/* A country name within two edits of id (case aside): its code in buf. */
static bool near_name(const char *id, char *buf, size_t size)
{
    char a[72], b[72];
    lower(a, id, sizeof a);
    for (size_t i = 0; i < dg_iso_count(); i++) {
        const char *canon, *name = dg_iso_row_name(i, &canon);
        lower(b, name, sizeof b);
        if (dg_edit_distance(a, b, 2) <= 2) {
            snprintf(buf, size, "%s", canon);
            return true;
        }
    }
    return false;
}

/* The defined ids that are not ISO codes, indexed once, when the first
 * unknown id needs a suggestion. */
static dg_near *near_ids(resolver *R)
{
    if (R->near_ready)
        return &R->near;
    const char **ids = dg_xmalloc((R->n_tc + R->n_org + 1) * sizeof *ids);
    size_t n = 0;
    for (size_t i = 0; i < R->n_tc; i++)
        if (!R->tc[i].iso)
            ids[n++] = R->tc[i].id;
    for (size_t i = 0; i < R->n_org; i++)
        ids[n++] = R->org_raw[i]->o.id;
    dg_near_init(&R->near, ids, n);
    free(ids);
    R->near_ready = true;
    return &R->near;
}

static const char *suggest(resolver *R, const char *id, char *buf, size_t size)
{
    /* Lower case for upper case, a name for its code, or a near defined id. */
    char up[72];
    size_t n = strlen(id);
    if (n < sizeof up) {
        for (size_t i = 0; i <= n; i++)
            up[i] = (char)toupper((unsigned char)id[i]);
        const char *canon;
        if (strcmp(up, id) && dg_iso_lookup(up, &canon, NULL))
            return snprintf(buf, size, "%s", canon), buf;
    }
    /* The searches below cost a scan of the ISO table and of the ids near
     * in length: only so many are made, so that hostile data with many
     * unknown ids stays linear (the CLI shows 100 messages anyway). */
    if (R->n_suggested >= DG_SUGGEST_MAX)
        return NULL;
    R->n_suggested++;
    R->p->suggest_work += 2 * dg_iso_count();
    for (size_t i = 0; i < dg_iso_count(); i++) {
        const char *canon, *name = dg_iso_row_name(i, &canon);
        if (strcasecmp(name, id) == 0)
            return snprintf(buf, size, "%s", canon), buf;
    }
    if (n < 3)
        return NULL;
    if (n >= 6 && near_name(id, buf, size)) /* "Untied Kingdom" */
        return buf;
    dg_near *x = near_ids(R);
    size_t before = x->work;
    const char *best = dg_near_find(x, id, 2);
    R->p->suggest_work += x->work - before;
    return best;
}

static void unknown(resolver *R, const raw_id *id, const char *what)
{
    char buf[72], hint[200];
    const char *s = rid_str(R->p, *id);
    /* A country's name where its id belongs ("Serbia", "UK"): the name
     * index says which id (docs/names.md); the data set need not mention
     * it yet, since writing the id mentions it. */
    if (strcmp(what, "source") && dg_names_hint(s, true, hint, sizeof hint)) {
        dg_err(R->m, rid_pos(R->p, *id), "unknown %s '%s' (%s)", what, s, hint);
        return;
    }
    const char *near = suggest(R, s, buf, sizeof buf);
    if (near)
        dg_err(R->m, rid_pos(R->p, *id), "unknown %s '%s' (did you mean '%s'?)", what, s, near);
    else
        dg_err(R->m, rid_pos(R->p, *id), "unknown %s '%s'", what, s);
}

#define UNSEEN (DG_NONE - 1)

static uint32_t find_country_uncached(resolver *R, const raw_id *id);

static uint32_t find_country(resolver *R, const raw_id *id)
{
    uint32_t *c = &R->sym_country[id->sym];
    if (*c == UNSEEN)
        *c = find_country_uncached(R, id);
    return *c;
}

static uint32_t find_org(resolver *R, const raw_id *id)
{
    uint32_t *c = &R->sym_org[id->sym];
    if (*c == UNSEEN)
        *c = dg_map_get(&R->org_ids, rid_str(R->p, *id));
    return *c;
}

static uint32_t find_country_uncached(resolver *R, const raw_id *id)
{
    /* Most references use the canonical id: one look-up, no ISO table. */
    const char *s = rid_str(R->p, *id);
    uint32_t idx = dg_map_get(&R->tc_ids, s);
    const char *canon = s, *iso = NULL;
    bool former = false;
    if (idx == DG_NONE) {
        iso = dg_iso_lookup(s, &canon, &former);
        idx = dg_map_get(&R->tc_ids, canon);
    }
    if (idx != DG_NONE)
        return R->perm ? R->perm[idx] : idx;
    /* Once settled, every place was mentioned (mention_countries). */
    if (!iso || R->perm)
        return DG_NONE;
    idx = add_country(R, canon, rid_pos(R->p, *id));
    R->tc[idx].iso = true;
    R->tc[idx].former = former;
    R->tc[idx].iso_name = iso;
    return idx;
}

void mention_countries(resolver *R)
{
    struct dg_model_priv *p = R->p;
    for (size_t i = 0; i < p->n_places; i++) {
        /* places is in load order: the first place to name a country, by
         * any of its codes, adds it with its first mention. */
        find_country(R, &p->places[i]);
    }
}

void settle_countries(resolver *R, uint32_t *perm)
{
    R->perm = perm;
    for (size_t sym = 0; sym < R->p->n_syms; sym++)
        if (R->sym_country[sym] < R->n_tc)
            R->sym_country[sym] = perm[R->sym_country[sym]];
}

uint32_t ref_country(resolver *R, const raw_id *id, const char *role)
{
    if (!id->sym) /* an id that did not parse was reported where it was read */
        return DG_NONE;
    uint32_t idx = find_country(R, id);
    if (idx != DG_NONE)
        return idx;
    if (find_org(R, id) != DG_NONE)
        dg_err(R->m, rid_pos(R->p, *id), "'%s' is an organization, but %s must be a country",
               rid_str(R->p, *id), role);
    else
        unknown(R, id, "country");
    return DG_NONE;
}

/* A country or an organization, without a message when it is neither. */
static bool find_actor(resolver *R, const raw_id *id, dg_ref *out)
{
    uint32_t idx = find_country(R, id);
    if (idx != DG_NONE) {
        *out = (dg_ref){DG_ACTOR_COUNTRY, idx};
        return true;
    }
    idx = find_org(R, id);
    if (idx != DG_NONE) {
        *out = (dg_ref){DG_ACTOR_ORG, idx};
        return true;
    }
    return false;
}

bool ref_actor(resolver *R, const raw_id *id, dg_ref *out)
{
    if (!id->sym)
        return false;
    if (find_actor(R, id, out))
        return true;
    unknown(R, id, "country or organization");
    return false;
}

/* A relation's party: a country, or (format 1.1) an organization.  An
 * unknown id gets version 1's message ("unknown country"). */
bool ref_party(resolver *R, const raw_id *id, dg_ref *out, const char *role)
{
    if (!id->sym)
        return false;
    if (find_actor(R, id, out))
        return true;
    ref_country(R, id, role); /* reports it */
    return false;
}

dg_cite ref_cite(resolver *R, const raw_cite *c)
{
    dg_cite out = {0, NULL};
    if (!c->n)
        return out;
    uint32_t *idx = dg_arena_take(R->p->arena, c->n * sizeof *idx);
    for (uint32_t i = 0; i < c->n; i++) {
        uint32_t *cached = &R->sym_src[c->ids[i].sym];
        if (*cached == UNSEEN)
            *cached = dg_map_get(&R->src_ids, rid_str(R->p, c->ids[i]));
        uint32_t s = *cached;
        if (s == DG_NONE) {
            unknown(R, &c->ids[i], "source");
            continue;
        }
        R->src_raw[s]->cited = true;
        idx[out.n++] = s;
    }
    out.idx = idx;
    return out;
}

void resolve_begin(resolver *R, dg_model *m)
{
    memset(R, 0, sizeof *R);
    R->m = m;
    R->p = m->priv;
    size_t n = m->priv->n_syms ? m->priv->n_syms : 1;
    R->sym_country = dg_xmalloc(n * sizeof *R->sym_country);
    R->sym_org = dg_xmalloc(n * sizeof *R->sym_org);
    R->sym_src = dg_xmalloc(n * sizeof *R->sym_src);
    for (size_t i = 0; i < n; i++)
        R->sym_country[i] = R->sym_org[i] = R->sym_src[i] = UNSEEN;
    index_sources(R);
    index_countries(R);
    index_orgs(R);
    mention_countries(R);
}

void resolve_end(resolver *R)
{
    free(R->tc);
    free(R->org_raw);
    free(R->src_raw);
    free(R->sym_country);
    free(R->sym_org);
    free(R->sym_src);
    dg_map_free(&R->tc_ids);
    dg_map_free(&R->org_ids);
    dg_map_free(&R->src_ids);
    dg_near_free(&R->near);
}
