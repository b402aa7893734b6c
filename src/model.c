/* model.c — a model's life: creation, files, finishing, look-ups, freeing. */
#include "model_priv.h"
#include "names_model.h"

#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>

dg_limits dg_limits_default(void)
{
    dg_limits l = {
        .max_input_bytes = 256u << 20, /* 256 MiB per file */
        .max_scalar_bytes = 1u << 20,  /* 1 MiB per string */
        .max_depth = 64,
        .max_alias_events = 100000,
        .max_diags = 10000,
    };
    return l;
}

dg_model *dg_model_new(const dg_limits *limits)
{
    dg_model *m = calloc(1, sizeof *m);
    struct dg_model_priv *p = calloc(1, sizeof *p);
    if (!m || !p) {
        free(m);
        free(p);
        return NULL;
    }
    m->priv = p;
    m->focus = DG_NONE;
    p->arena = dg_arena_new();
    p->scratch = dg_arena_new();
    dg_limits d = dg_limits_default();
    if (limits) {
        if (limits->max_input_bytes) d.max_input_bytes = limits->max_input_bytes;
        if (limits->max_scalar_bytes) d.max_scalar_bytes = limits->max_scalar_bytes;
        if (limits->max_depth) d.max_depth = limits->max_depth;
        if (limits->max_alias_events) d.max_alias_events = limits->max_alias_events;
        if (limits->max_diags) d.max_diags = limits->max_diags;
    }
    p->lim = d;
    *DG_PUSH(p->sym_str, p->n_syms, p->cap_syms) = NULL; /* sym 0 means absent */
    return m;
}

static void free_raw(struct dg_model_priv *p)
{
    free(p->sources);
    free(p->countries);
    free(p->orgs);
    free(p->relations);
    free(p->missions);
    free(p->events);
    free(p->place_defs);
    p->place_defs = NULL;
    p->sources = NULL;
    p->countries = NULL;
    p->orgs = NULL;
    p->relations = NULL;
    p->missions = NULL;
    p->events = NULL;
    dg_arena_free(p->scratch);
    p->scratch = NULL;
    dg_map_free(&p->syms);
    free(p->sym_str);
    p->sym_str = NULL;
    free(p->placed);
    free(p->places);
    p->placed = NULL;
    p->places = NULL;
    p->cap_placed = p->n_places = p->cap_places = 0;
    p->n_syms = p->cap_syms = 0;
    free(p->syms8.slots);
    memset(&p->syms8, 0, sizeof p->syms8);
}

void dg_model_free(dg_model *m)
{
    if (!m)
        return;
    struct dg_model_priv *p = m->priv;
    free_raw(p);
    free(p->diags);
    free(p->files);
    for (size_t i = 0; i < p->n_owned; i++)
        free(p->owned[i]);
    free(p->owned);
    dg_arena_free(p->arena);
    free(p);
    free(m);
}

/* Read a whole stream, stopping one byte past the limit so that an endless
 * input (a pipe, /dev/zero) cannot exhaust memory. */
static char *slurp(FILE *f, size_t limit, size_t *len, bool *too_big)
{
    /* A regular file's size gives the buffer at once (one read, no copies). */
    struct stat st;
    size_t cap = 1 << 16, n = 0;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (uint64_t)st.st_size <= limit)
        cap = (size_t)st.st_size + 1;
    char *buf = dg_xmalloc(cap);
    *too_big = false;
    for (;;) {
        if (n == cap) {
            if (cap > limit) {
                *too_big = true;
                break;
            }
            cap *= 2;
            buf = dg_xrealloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (n > limit)
        *too_big = true;
    *len = n;
    return buf;
}

dg_status dg_model_load_file(dg_model *m, const char *path)
{
    if (m->priv->finished)
        return DG_EUSAGE;
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        dg_pos pos = {NULL, 0, 0};
        dg_err(m, pos, "cannot read %s: %s", path, strerror(errno));
        return DG_EDATA;
    }
    size_t len;
    bool too_big;
    char *data = slurp(f, m->priv->lim.max_input_bytes, &len, &too_big);
    bool failed = ferror(f) != 0;
    int saved = errno;
    if (!is_stdin)
        fclose(f);
    dg_status st;
    if (failed) {
        dg_pos pos = {NULL, 0, 0};
        dg_err(m, pos, "cannot read %s: %s", path, strerror(saved));
        st = DG_EDATA;
    } else {
        /* Past the limit, report it without parsing what was read. */
        st = dg_model_load_buffer(m, is_stdin ? "<stdin>" : path, data,
                                  too_big ? m->priv->lim.max_input_bytes + 1 : len);
    }
    free(data);
    return st;
}

dg_status dg_model_finish(dg_model *m)
{
    struct dg_model_priv *p = m->priv;
    if (p->finished)
        return p->n_errors ? DG_EDATA : DG_OK;
    p->finished = true;
    dg_resolve(m);
    dg_names_apply(m); /* the names shown: common English ones unless set otherwise */
    free_raw(p);
    dg_diag_sort(m);
    return p->n_errors ? DG_EDATA : DG_OK;
}

/* The first of n records of size bytes at base, sorted by the id at
 * offset off (strcmp order), whose id is id; DG_NONE if none.  The public
 * arrays are sorted by id, so no index is kept for them. */
static uint32_t find_sorted(const void *base, uint32_t n, size_t size, size_t off, const char *id)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const char *at = *(const char *const *)((const char *)base + mid * size + off);
        if (strcmp(at, id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < n && !strcmp(*(const char *const *)((const char *)base + lo * size + off), id))
        return lo;
    return DG_NONE;
}

uint32_t dg_country_find(const dg_model *m, const char *id)
{
    const char *canon = id;
    if (!dg_iso_lookup(id, &canon, NULL))
        canon = id;
    return find_sorted(m->countries, m->n_countries, sizeof *m->countries,
                       offsetof(dg_country, id), canon);
}

uint32_t dg_org_find(const dg_model *m, const char *id)
{
    return find_sorted(m->orgs, m->n_orgs, sizeof *m->orgs, offsetof(dg_org, id), id);
}

uint32_t dg_mission_find(const dg_model *m, const char *id)
{
    return find_sorted(m->missions, m->n_missions, sizeof *m->missions,
                       offsetof(dg_mission, id), id);
}

const char *dg_ref_id(const dg_model *m, dg_ref r)
{
    return r.kind == DG_ACTOR_COUNTRY ? m->countries[r.index].id : m->orgs[r.index].id;
}

const char *dg_ref_name(const dg_model *m, dg_ref r)
{
    return r.kind == DG_ACTOR_COUNTRY ? m->countries[r.index].name : m->orgs[r.index].name;
}
