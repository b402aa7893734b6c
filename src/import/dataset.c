/* dataset.c — the data set an importer builds: records in arrays, every
 * string a clean copy in one arena, and the report of what was not read. */
#include "import.h"

#include <stdarg.h>
#include <stdio.h>

imp_ds *imp_ds_new(void)
{
    imp_ds *ds = dg_xcalloc(1, sizeof *ds);
    ds->arena = dg_arena_new();
    ds->line_word = "line";
    ds->input_name = "input";
    return ds;
}

void imp_ds_free(imp_ds *ds)
{
    if (!ds)
        return;
    for (size_t i = 0; i < ds->n_missions; i++)
        free(ds->missions[i].acc);
    free(ds->rels);
    free(ds->missions);
    free(ds->members);
    free(ds->defs);
    free(ds->places);
    free(ds->report);
    free(ds->cache_ids);
    dg_map_free(&ds->name_cache);
    dg_arena_free(ds->arena);
    free(ds);
}

/* Already clean: printable ASCII, single spaces, none at either end. */
static bool clean_ascii(const char *s, size_t n)
{
    if (n == 0 || s[0] == ' ' || s[n - 1] == ' ')
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 0x20 || s[i] > 0x7E || (s[i] == ' ' && s[i + 1] == ' '))
            return false;
    return true;
}

const char *imp_ds_str(imp_ds *ds, const char *s, size_t n)
{
    if (clean_ascii(s, n))
        return dg_arena_strndup(ds->arena, s, n);
    dg_buf b = {0};
    imp_clean_utf8(&b, s, n);
    const char *r = b.len ? dg_arena_strndup(ds->arena, b.data, b.len) : NULL;
    dg_buf_free(&b);
    return r;
}

const char *imp_ds_strz(imp_ds *ds, const char *s)
{
    return s ? imp_ds_str(ds, s, strlen(s)) : NULL;
}

const char *imp_ds_printf(imp_ds *ds, const char *fmt, ...)
{
    dg_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    if (!dg_buf_vprintf(&b, fmt, ap))
        dg_oom(b.len);
    va_end(ap);
    const char *r = imp_ds_str(ds, b.data ? b.data : "", b.len);
    dg_buf_free(&b);
    return r;
}

/* Notes are capped so that one row full of prose cannot make a string the
 * loader refuses (its limit is 1 MiB; this keeps them readable too). */
#define NOTE_MAX 8192

void imp_note(imp_ds *ds, const char **note, const char *fmt, ...)
{
    dg_buf b = {0};
    if (*note && !dg_buf_printf(&b, "%s ", *note))
        dg_oom(b.len);
    va_list ap;
    va_start(ap, fmt);
    if (!dg_buf_vprintf(&b, fmt, ap))
        dg_oom(b.len);
    va_end(ap);
    if (b.len > NOTE_MAX) {
        size_t cut = NOTE_MAX;
        while (cut > 0 && ((unsigned char)b.data[cut] & 0xC0) == 0x80)
            cut--; /* not inside a UTF-8 sequence */
        b.len = cut;
        dg_buf_append(&b, " [...]", 6);
    }
    *note = imp_ds_str(ds, b.data, b.len);
    dg_buf_free(&b);
}

void imp_report(imp_ds *ds, uint32_t line, const char *reason, const char *text, size_t n)
{
    imp_report_item *r = DG_PUSH(ds->report, ds->n_report, ds->cap_report);
    r->line = line;
    r->reason = reason;
    r->text = imp_ds_str(ds, text, n > 2000 ? 2000 : n);
}

const char *imp_ds_country(imp_ds *ds, const char *name)
{
    uint32_t k = dg_map_get(&ds->name_cache, name);
    if (k != DG_NONE)
        return ds->cache_ids[k][0] ? ds->cache_ids[k] : NULL;
    const char *id = imp_aliases_get(ds->aliases, name);
    if (!id)
        id = imp_country_id(name);
    *DG_PUSH(ds->cache_ids, ds->n_cache, ds->cap_cache) = id ? id : "";
    dg_map_put(&ds->name_cache, dg_arena_strdup(ds->arena, name), (uint32_t)(ds->n_cache - 1));
    return id;
}

const char *imp_ds_country_n(imp_ds *ds, const char *s, size_t n)
{
    char buf[256];
    if (n == 0 || n >= sizeof buf)
        return NULL;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return imp_ds_country(ds, buf);
}

void imp_ds_use(imp_ds *ds, const char *id)
{
    if (!id || dg_iso_lookup(id, NULL, NULL))
        return;
    for (size_t i = 0; i < ds->n_defs; i++)
        if (strcmp(ds->defs[i], id) == 0)
            return;
    *DG_PUSH(ds->defs, ds->n_defs, ds->cap_defs) = dg_arena_strdup(ds->arena, id);
}

imp_rel *imp_ds_relation(imp_ds *ds, const char *a, const char *b)
{
    for (size_t i = 0; i < ds->n_rels; i++) {
        imp_rel *r = &ds->rels[i];
        if ((strcmp(r->a, a) == 0 && strcmp(r->b, b) == 0) ||
            (strcmp(r->a, b) == 0 && strcmp(r->b, a) == 0))
            return r;
    }
    imp_ds_use(ds, a);
    imp_ds_use(ds, b);
    imp_rel *r = DG_PUSH(ds->rels, ds->n_rels, ds->cap_rels);
    memset(r, 0, sizeof *r);
    r->a = dg_arena_strdup(ds->arena, a);
    r->b = dg_arena_strdup(ds->arena, b);
    return r;
}

static bool same(const char *x, const char *y)
{
    return (!x && !y) || (x && y && strcmp(x, y) == 0);
}

imp_mission *imp_ds_mission(imp_ds *ds, const char *of, dg_mission_kind kind,
                            const char *city, const char *in, bool merge)
{
    for (size_t i = 0; merge && i < ds->n_missions; i++) {
        imp_mission *m = &ds->missions[i];
        if (m->kind == kind && strcmp(m->of, of) == 0 && strcmp(m->in, in) == 0 &&
            same(m->city, city) && !m->label)
            return m;
    }
    imp_ds_use(ds, of);
    imp_ds_use(ds, in);
    imp_mission *m = DG_PUSH(ds->missions, ds->n_missions, ds->cap_missions);
    memset(m, 0, sizeof *m);
    m->of = dg_arena_strdup(ds->arena, of);
    m->in = dg_arena_strdup(ds->arena, in);
    m->city = city ? imp_ds_strz(ds, city) : NULL;
    m->kind = kind;
    return m;
}

imp_acc *imp_ds_accredit(imp_ds *ds, imp_mission *m, const char *to)
{
    for (uint32_t i = 0; i < m->n_acc; i++)
        if (strcmp(m->acc[i].to, to) == 0)
            return &m->acc[i];
    imp_ds_use(ds, to);
    size_t cap = m->cap_acc, n = m->n_acc;
    imp_acc *a = DG_PUSH(m->acc, n, cap);
    m->cap_acc = (uint32_t)cap;
    m->n_acc = (uint32_t)n;
    memset(a, 0, sizeof *a);
    a->to = dg_arena_strdup(ds->arena, to);
    return a;
}

void imp_ds_member(imp_ds *ds, const char *org, const char *who)
{
    for (size_t i = 0; i < ds->n_members; i++)
        if (strcmp(ds->members[i].org, org) == 0 && strcmp(ds->members[i].who, who) == 0)
            return;
    imp_ds_use(ds, org);
    imp_ds_use(ds, who);
    imp_member *m = DG_PUSH(ds->members, ds->n_members, ds->cap_members);
    m->org = dg_arena_strdup(ds->arena, org);
    m->who = dg_arena_strdup(ds->arena, who);
}

imp_place *imp_ds_place(imp_ds *ds, const char *name, const char *country)
{
    imp_place *p = DG_PUSH(ds->places, ds->n_places, ds->cap_places);
    memset(p, 0, sizeof *p);
    p->name = name;
    p->country = country;
    return p;
}

/* The loader's id of a mission without one: OF-KIND-CITY (or OF-KIND-IN)
 * lower-cased, each run of other ASCII characters one '-', UTF-8 kept. */
static const char *slug(imp_ds *ds, const imp_mission *m)
{
    return dg_mission_slug(ds->arena, m->of, dg_mission_kind_name(m->kind), m->city ? m->city : m->in);
}

static int cmp_id(const void *a, const void *b, void *ctx)
{
    const imp_mission *const *x = a, *const *y = b;
    (void)ctx;
    int c = strcmp((*x)->id, (*y)->id);
    if (c)
        return c;
    return (*x)->wikidata && (*y)->wikidata ? strcmp((*x)->wikidata, (*y)->wikidata) : 0;
}

/* An id the loader accepts when given: ASCII letters, digits and '-',
 * at most 64 bytes, the suffix kept whole. */
static const char *explicit_id(imp_ds *ds, const char *base, const char *suffix)
{
    dg_buf b = {0};
    imp_fold_ascii(&b, base, strlen(base));
    dg_buf out = {0};
    size_t keep = 64 - strlen(suffix) - 1;
    for (size_t i = 0; i < b.len && out.len < keep; i++) {
        char c = b.data[i];
        bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (word || (out.len && out.data[out.len - 1] != '-'))
            dg_buf_append(&out, word ? &c : "-", 1);
    }
    while (out.len && out.data[out.len - 1] == '-')
        out.len--;
    const char *r = imp_ds_printf(ds, "%.*s-%s", (int)out.len, out.data ? out.data : "", suffix);
    dg_buf_free(&b);
    dg_buf_free(&out);
    return r;
}

/* A shared slug gets "-" and the Wikidata id (lower-cased), else the
 * line; a pair that still clashes gets "-2", "-3", ... in line order. */
static void disambiguate(imp_ds *ds, imp_mission **v, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++) {
        imp_mission *m = v[k];
        char suffix[40];
        if (m->wikidata)
            snprintf(suffix, sizeof suffix, "q%.30s", m->wikidata + 1);
        else
            snprintf(suffix, sizeof suffix, "%s%u", ds->line_word, m->line);
        m->id = explicit_id(ds, m->id, suffix);
        m->explicit_id = true;
    }
    for (size_t k = i + 1; k < j; k++)
        for (size_t l = i; l < k; l++)
            if (strcmp(v[k]->id, v[l]->id) == 0) {
                char suffix[40];
                snprintf(suffix, sizeof suffix, "%zu", k - i + 1);
                v[k]->id = explicit_id(ds, v[k]->id, suffix);
                break;
            }
}

void imp_ds_assign_ids(imp_ds *ds)
{
    imp_mission **v = dg_xmalloc((ds->n_missions + 1) * sizeof *v);
    for (size_t i = 0; i < ds->n_missions; i++) {
        v[i] = &ds->missions[i];
        v[i]->id = slug(ds, v[i]);
    }
    dg_sort_r(v, ds->n_missions, sizeof *v, cmp_id, NULL);
    for (size_t i = 0; i < ds->n_missions;) {
        size_t j = i + 1;
        while (j < ds->n_missions && strcmp(v[j]->id, v[i]->id) == 0)
            j++;
        if (j - i > 1)
            disambiguate(ds, v, i, j);
        i = j;
    }
    free(v);
}

static int cmp_report(const void *a, const void *b, void *ctx)
{
    const imp_report_item *x = a, *y = b;
    (void)ctx;
    return x->line < y->line ? -1 : x->line > y->line;
}

void imp_ds_sort_report(imp_ds *ds)
{
    dg_sort_r(ds->report, ds->n_report, sizeof *ds->report, cmp_report, NULL);
}

/* Does a lie wholly before b's first day (a's last day < b's first)? */
static bool before(const dg_date *a, const dg_date *b)
{
    return dg_date_set(a) && dg_date_set(b) && dg_date_last(a) < dg_date_first(b);
}

/* The loader's rules for a history entry e (docs/format.md): after a
 * start given to the day, not before a start of less precision; the same
 * mirrored for the end. */
static bool after_start(const dg_date *e, const dg_date *start)
{
    if (!dg_date_set(start))
        return true;
    return start->prec == DG_PREC_DAY ? dg_date_first(e) > dg_date_first(start)
                                      : dg_date_first(e) >= dg_date_first(start);
}

static bool before_end(const dg_date *e, const dg_date *end)
{
    if (!dg_date_set(end))
        return true;
    return end->prec == DG_PREC_DAY ? dg_date_first(e) < dg_date_first(end)
                                    : dg_date_first(e) <= dg_date_last(end);
}

static void drop(imp_ds *ds, const char **note, dg_date *d, const char *what, const char *why)
{
    char buf[16];
    dg_date_format(d, buf, sizeof buf);
    imp_note(ds, note, "The source also gives %s %s, which %s: not recorded as a date.", what, buf, why);
    *d = (dg_date){0};
}

/* Dates the sources state one by one can contradict each other ("opened
 * in 1995" and "accredited since 1992"); the format refuses such a record,
 * so the contradicting date goes into the note instead. */
static void settle_mission(imp_ds *ds, imp_mission *m)
{
    if (before(&m->closed, &m->opened))
        drop(ds, &m->note, &m->closed, "the closing", "is before the opening");
    dg_date *pc = &m->public_closed;
    if (dg_date_set(pc) && (!after_start(pc, &m->opened) || !before_end(pc, &m->closed)))
        drop(ds, &m->note, pc, "closed to the public from", "is not within the mission's dates");
    for (uint32_t i = 0; i < m->n_acc; i++) {
        dg_date *since = &m->acc[i].since;
        bool early = dg_date_set(since) && dg_date_set(&m->opened) &&
                     dg_date_first(since) < dg_date_first(&m->opened);
        bool late = dg_date_set(since) && dg_date_set(&m->closed) &&
                    dg_date_first(since) > dg_date_last(&m->closed);
        if (early || late)
            drop(ds, &m->acc[i].note, since, "an accreditation from",
                 "lies outside the mission's own dates");
    }
}

void imp_ds_settle(imp_ds *ds)
{
    for (size_t i = 0; i < ds->n_missions; i++)
        settle_mission(ds, &ds->missions[i]);
}
