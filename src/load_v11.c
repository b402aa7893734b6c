/* load_v11.c — format 1.1's additions, parsed into raw records: dated
 * history, heads of mission, names in other languages, wikidata ids,
 * continuity and places.  Everything that can be checked within one
 * record is checked here, where the positions are; what needs other
 * records (references, continuity loops, places against missions) is
 * resolve_v11.c's. */
#include "load_v11.h"

#include <math.h>
#include <stddef.h>

#define OFF(type, member) offsetof(type, member)

/* ---- history ---- */

enum hist_kind { HIST_RELATION, HIST_MISSION, HIST_MEMBER };

/* An entry while it is parsed: the kind says which words its status takes. */
typedef struct hist_entry {
    raw_change r;
    enum hist_kind kind;
} hist_entry;

static void hist_status(loader *L, void *rec, tok *v)
{
    hist_entry *e = rec;
    if (tok_is_null(v) || !expect_scalar(L, v, "status"))
        return;
    static const char *const *const words[] = {dg_hist_rel_status_names, dg_mission_status_names,
                                               dg_hist_member_status_names};
    static const char *const what[] = {"relation status", "mission status", "member status"};
    e->r.c.status = vocab_index(L, v, words[e->kind], what[e->kind]);
}

static void hist_level(loader *L, void *rec, tok *v)
{
    hist_entry *e = rec;
    if (tok_is_null(v) || !expect_scalar(L, v, "level"))
        return;
    if (e->kind != HIST_RELATION) {
        dg_err(L->m, tok_pos(L, v), "only a relation's history has a 'level'");
        return;
    }
    e->r.c.level = vocab_index(L, v, dg_rel_level_names, "relation level");
}

enum { HF_DATE, HF_STATUS, HF_LEVEL, HF_NOTE, HF_SOURCE, HF_SOURCES, HF_COUNT };
static const field hist_fields[HF_COUNT + 1] = {
    [HF_DATE] = {"date", F_DATE, OFF(hist_entry, r.c.date)},
    [HF_STATUS] = {"status", F_CUSTOM, 0, NULL, NULL, hist_status},
    [HF_LEVEL] = {"level", F_CUSTOM, 0, NULL, NULL, hist_level},
    [HF_NOTE] = {"note", F_TEXT, OFF(hist_entry, r.c.note)},
    [HF_SOURCE] = {"source", F_SOURCE, OFF(hist_entry, r.cite)},
    [HF_SOURCES] = {"sources", F_SOURCES, OFF(hist_entry, r.cite)},
    {0}};

/* One entry into e; false when it is unusable (reported). */
static bool hist_item(loader *L, tok *x, hist_entry *e)
{
    seen sn;
    e->r.c.pos = tok_pos(L, x);
    e->r.c.status = e->r.c.level = -1;
    size_t errors = L->p->n_errors;
    parse_record(L, x, hist_fields, e, &sn);
    if (x->type != T_MAP)
        return false;
    bool ok = true;
    if (!seen_has(&sn, HF_DATE)) {
        dg_err(L->m, sn.at, "a history entry needs 'date'");
        ok = false;
    }
    /* An entry with an error already (a misspelt 'status') is not also
     * told that it changes nothing. */
    if (!seen_has(&sn, HF_STATUS) && !seen_has(&sn, HF_LEVEL) && L->p->n_errors == errors) {
        dg_err(L->m, sn.at, e->kind == HIST_RELATION
                                ? "a history entry needs 'status' or 'level' (what changed)"
                                : "a history entry needs 'status' (what changed)");
        ok = false;
    }
    return ok && dg_date_set(&e->r.c.date);
}

/* The entries of a `history` list, in the scratch arena. */
static raw_change *history_list(loader *L, tok *v, enum hist_kind kind, uint32_t *n_out)
{
    raw_change *out = NULL;
    size_t n = 0, cap = 0;
    *n_out = 0;
    L->p->uses_v11 = true;
    if (v->type != T_SEQ) {
        if (v->type != T_FATAL && !tok_is_null(v)) {
            dg_err(L->m, tok_pos(L, v), "'history' must be a list of dated entries, not %s",
                   node_name(v->type));
            ys_skip(L->src, v);
        }
        return NULL;
    }
    for (;;) {
        tok x;
        ys_next(L->src, &x);
        if (x.type == T_SEQ_END || x.type == T_FATAL)
            break;
        hist_entry e;
        memset(&e, 0, sizeof e);
        e.kind = kind;
        if (hist_item(L, &x, &e))
            *DG_PUSH(out, n, cap) = e.r;
    }
    raw_change *kept = n ? dg_arena_memdup(L->p->scratch, out, n * sizeof *out) : NULL;
    free(out);
    *n_out = (uint32_t)n;
    return kept;
}

void member_history(loader *L, void *rec, tok *v)
{
    raw_member *r = rec;
    r->hist = history_list(L, v, HIST_MEMBER, &r->n_hist);
}

void relation_history(loader *L, void *rec, tok *v)
{
    raw_relation *r = rec;
    r->hist = history_list(L, v, HIST_RELATION, &r->n_hist);
}

void mission_history(loader *L, void *rec, tok *v)
{
    raw_mission *r = rec;
    r->hist = history_list(L, v, HIST_MISSION, &r->n_hist);
}

static void date_text(const dg_date *d, char *buf)
{
    dg_date_format(d, buf, 16);
}

/* An entry lies after a start given to the day when its first day is
 * later; after a start of reduced precision when it is not wholly before
 * it ("1992-05" after "1992"), as periods are compared leniently. */
static bool after_start(const dg_date *e, const dg_date *start)
{
    if (!dg_date_set(start))
        return true;
    if (start->prec == DG_PREC_DAY)
        return dg_date_first(e) > dg_date_first(start);
    return dg_date_last(e) >= dg_date_first(start) && dg_date_first(e) >= dg_date_first(start);
}

/* The mirror image for the end: before it to the day, or not wholly after. */
static bool before_end(const dg_date *e, const dg_date *end)
{
    if (!dg_date_set(end))
        return true;
    if (end->prec == DG_PREC_DAY)
        return dg_date_first(e) < dg_date_first(end);
    return dg_date_first(e) <= dg_date_last(end);
}

void check_history(loader *L, const raw_change *h, uint32_t n, const dg_period *p,
                   const char *what)
{
    char d[16], o[16];
    for (uint32_t i = 0; i < n; i++) {
        const dg_date *e = &h[i].c.date;
        date_text(e, d);
        if (i > 0 && dg_date_first(e) <= dg_date_first(&h[i - 1].c.date)) {
            date_text(&h[i - 1].c.date, o);
            if (dg_date_first(e) == dg_date_first(&h[i - 1].c.date))
                dg_err(L->m, h[i].c.pos, "history entry %s repeats the date of the entry "
                       "before it (%s, line %u): give one entry per date", d, o,
                       h[i - 1].c.pos.line);
            else
                dg_err(L->m, h[i].c.pos, "history entry %s is out of date order: it follows "
                       "%s (line %u); list entries oldest first", d, o, h[i - 1].c.pos.line);
        } else if (!after_start(e, &p->start)) {
            date_text(&p->start, o);
            dg_err(L->m, h[i].c.pos, "history entry %s is not after the %s's start (%s): "
                   "the record's own status holds from its start", d, what, o);
        } else if (!before_end(e, &p->end)) {
            date_text(&p->end, o);
            dg_err(L->m, h[i].c.pos, "history entry %s is not before the %s's end (%s)", d,
                   what, o);
        }
    }
}

/* ---- heads of mission ---- */

enum { HDF_NAME, HDF_TITLE, HDF_SINCE, HDF_UNTIL, HDF_NOTE, HDF_SOURCE, HDF_SOURCES, HDF_COUNT };
static const field head_fields[HDF_COUNT + 1] = {
    [HDF_NAME] = {"name", F_TEXT, OFF(raw_head, h.name)},
    [HDF_TITLE] = {"title", F_TEXT, OFF(raw_head, h.title)},
    [HDF_SINCE] = {"since", F_DATE, OFF(raw_head, h.period.start)},
    [HDF_UNTIL] = {"until", F_DATE, OFF(raw_head, h.period.end)},
    [HDF_NOTE] = {"note", F_TEXT, OFF(raw_head, h.note)},
    [HDF_SOURCE] = {"source", F_SOURCE, OFF(raw_head, cite)},
    [HDF_SOURCES] = {"sources", F_SOURCES, OFF(raw_head, cite)},
    {0}};

static bool head_item(loader *L, tok *x, raw_head *h)
{
    seen sn;
    memset(h, 0, sizeof *h);
    h->h.pos = tok_pos(L, x);
    size_t errors = L->p->n_errors;
    parse_record(L, x, head_fields, h, &sn);
    if (x->type != T_MAP)
        return false;
    check_period(L, &h->h.period, seen_pos(&sn, HDF_UNTIL), "the head of mission's term");
    if (!seen_has(&sn, HDF_NAME)) {
        if (L->p->n_errors == errors) /* a misspelt 'name' was reported */
            dg_err(L->m, sn.at, "a head of mission needs 'name'");
        return false;
    }
    return true;
}

/* Heads by start (unknown starts first), stable: few per mission. */
static void sort_heads(raw_head *v, size_t n)
{
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && dg_date_cmp(&v[j - 1].h.period.start,
                                                &v[j].h.period.start) > 0; j--) {
            raw_head t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
}

/* Two heads at once: b starts before a (which starts no later) ends.  A
 * head whose start is unknown is not judged. */
static void check_heads(loader *L, const raw_head *v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        const dg_head *a = &v[i - 1].h, *b = &v[i].h;
        if (!dg_date_set(&b->period.start) || !dg_date_set(&a->period.start))
            continue;
        if (dg_date_set(&a->period.end) &&
            dg_date_first(&b->period.start) >= dg_date_first(&a->period.end))
            continue;
        char s[16], e[16];
        date_text(&a->period.start, s);
        date_text(&a->period.end, e);
        dg_err(L->m, b->pos, "head of mission '%.80s' overlaps '%.80s' (%s to %s): the terms "
               "of one mission's heads may not overlap", b->name, a->name, s, *e ? e : "...");
    }
}

void mission_heads(loader *L, void *rec, tok *v)
{
    raw_mission *m = rec;
    L->p->uses_v11 = true;
    if (v->type != T_SEQ) {
        if (v->type != T_FATAL && !tok_is_null(v)) {
            dg_err(L->m, tok_pos(L, v), "'heads' must be a list of heads of mission, not %s",
                   node_name(v->type));
            ys_skip(L->src, v);
        }
        return;
    }
    raw_head *out = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        tok x;
        ys_next(L->src, &x);
        if (x.type == T_SEQ_END || x.type == T_FATAL)
            break;
        raw_head h;
        if (head_item(L, &x, &h))
            *DG_PUSH(out, n, cap) = h;
    }
    sort_heads(out, n);
    check_heads(L, out, n);
    m->heads = n ? dg_arena_memdup(L->p->scratch, out, n * sizeof *out) : NULL;
    m->n_heads = (uint32_t)n;
    free(out);
}

/* ---- names in other languages ---- */

typedef struct name_list {
    dg_name *v;
    size_t n, cap;
} name_list;

static void name_pair(loader *L, void *ctx, const tok *k, const char *key, tok *v)
{
    name_list *nl = ctx;
    if (!dg_lang_valid(key)) {
        /* "RU" or "PT-br": the same tag in the usual case, if that is one. */
        char fixed[8] = "";
        size_t n = strlen(key);
        for (size_t i = 0; n <= 5 && i <= n; i++) {
            char c = key[i];
            fixed[i] = (char)(i < 2 ? (c >= 'A' && c <= 'Z' ? c | 0x20 : c)
                                    : (c >= 'a' && c <= 'z' ? c & ~0x20 : c));
        }
        if (n <= 5 && strcmp(fixed, key) && dg_lang_valid(fixed))
            dg_err(L->m, tok_pos(L, k), "unknown language code '%s' (did you mean '%s'?)", key,
                   fixed);
        else
            dg_err(L->m, tok_pos(L, k), "unknown language code '%.64s' (names are keyed by "
                   "ISO 639-1 codes such as 'be' or 'ru', or with a region: 'pt-BR')", key);
        ys_skip(L->src, v);
        return;
    }
    if (!expect_scalar(L, v, key))
        return;
    if (tok_is_null(v)) {
        dg_err(L->m, tok_pos(L, v), "the name in '%s' is empty", key);
        return;
    }
    *DG_PUSH(nl->v, nl->n, nl->cap) = (dg_name){dg_arena_strdup(L->p->arena, key),
                                                keep_text(L, v)};
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(((const dg_name *)a)->lang, ((const dg_name *)b)->lang);
}

/* The names of a mapping, by language, in the model's arena. */
static void parse_names(loader *L, tok *v, uint32_t *n, const dg_name **names)
{
    name_list nl = {0};
    L->p->uses_v11 = true;
    each_pair(L, v, "names", name_pair, &nl);
    if (nl.n > 1)
        qsort(nl.v, nl.n, sizeof *nl.v, name_cmp);
    *names = nl.n ? dg_arena_memdup(L->p->arena, nl.v, nl.n * sizeof *nl.v) : NULL;
    *n = (uint32_t)nl.n;
    free(nl.v);
}

void country_names(loader *L, void *rec, tok *v)
{
    raw_country *r = rec;
    parse_names(L, v, &r->c.n_names, &r->c.names);
}

void org_names(loader *L, void *rec, tok *v)
{
    raw_org *r = rec;
    parse_names(L, v, &r->o.n_names, &r->o.names);
}

static void place_names(loader *L, void *rec, tok *v)
{
    raw_place *r = rec;
    parse_names(L, v, &r->pl.n_names, &r->pl.names);
}

/* ---- wikidata ids ---- */

/* "Q" and a number without leading zeros: Wikidata's item ids, which an
 * output may turn into https://www.wikidata.org/wiki/ID. */
static const char *wikidata_value(loader *L, tok *v)
{
    L->p->uses_v11 = true;
    if (tok_is_null(v) || !expect_scalar(L, v, "wikidata"))
        return NULL;
    bool ok = v->len >= 2 && v->len <= 13 && v->val[0] == 'Q' && v->val[1] != '0';
    for (size_t i = 1; ok && i < v->len; i++)
        ok = v->val[i] >= '0' && v->val[i] <= '9';
    if (ok)
        return keep_text(L, v);
    dg_err(L->m, tok_pos(L, v), "'%.*s' is not a wikidata id (Q followed by its number, "
           "e.g. Q2280)", v->len > 40 ? 40 : (int)v->len, v->val);
    return NULL;
}

void country_wikidata(loader *L, void *rec, tok *v)
{
    ((raw_country *)rec)->c.wikidata = wikidata_value(L, v);
}

void org_wikidata(loader *L, void *rec, tok *v)
{
    ((raw_org *)rec)->o.wikidata = wikidata_value(L, v);
}

void mission_wikidata(loader *L, void *rec, tok *v)
{
    ((raw_mission *)rec)->m.wikidata = wikidata_value(L, v);
}

static void place_wikidata(loader *L, void *rec, tok *v)
{
    ((raw_place *)rec)->pl.wikidata = wikidata_value(L, v);
}

/* ---- continuity ---- */

void country_continues(loader *L, void *rec, tok *v)
{
    raw_country *r = rec;
    L->p->uses_v11 = true;
    if (v->type == T_SEQ) {
        dg_err(L->m, tok_pos(L, v), "a country continues at most one state: give 'continues' "
               "one id (a successor that is not the same state uses 'succeeds')");
        ys_skip(L->src, v);
        return;
    }
    if (tok_is_null(v) || !expect_scalar(L, v, "continues"))
        return;
    keep_place(L, v, &r->continues);
}

void country_succeeds(loader *L, void *rec, tok *v)
{
    raw_country *r = rec;
    L->p->uses_v11 = true;
    r->succeeds = id_list(L, v, "a country id", true, &r->n_succeeds);
}

/* ---- places ---- */

/* A number of the coordinates, within [-lim, lim]; false after an error. */
static bool coord(loader *L, const tok *x, double lim, const char *what, double *out)
{
    char buf[64], *end;
    double d = NAN;
    if (x->type == T_SCALAR && x->len > 0 && x->len < sizeof buf) {
        memcpy(buf, x->val, x->len);
        buf[x->len] = '\0';
        d = strtod(buf, &end);
        if (end == buf || *end)
            d = NAN;
    }
    if (!isfinite(d)) {
        dg_err(L->m, tok_pos(L, x), "%s '%.*s' is not a number in decimal degrees", what,
               x->len > 40 ? 40 : (int)x->len, x->val);
        return false;
    }
    if (d < -lim || d > lim) {
        dg_err(L->m, tok_pos(L, x), "%s %s is out of range (-%g to %g)", what, buf, lim, lim);
        return false;
    }
    *out = d;
    return true;
}

static void place_coords(loader *L, void *rec, tok *v)
{
    raw_place *r = rec;
    if (tok_is_null(v))
        return;
    if (v->type != T_SEQ) {
        dg_err(L->m, tok_pos(L, v), "'coords' must be [latitude, longitude], not %s",
               node_name(v->type));
        ys_skip(L->src, v);
        return;
    }
    double ll[2];
    size_t n = 0;
    bool ok = true;
    for (;;) {
        tok x;
        ys_next(L->src, &x);
        if (x.type == T_SEQ_END || x.type == T_FATAL)
            break;
        if (n < 2 && x.type == T_SCALAR)
            ok &= coord(L, &x, n ? 180 : 90, n ? "longitude" : "latitude", &ll[n]);
        else if (x.type != T_SCALAR)
            ys_skip(L->src, &x);
        n++;
    }
    if (n != 2) {
        dg_err(L->m, tok_pos(L, v), "'coords' must be two numbers, [latitude, longitude], "
               "not %zu", n);
        return;
    }
    if (ok) {
        r->pl.has_coords = true;
        r->pl.lat = ll[0];
        r->pl.lon = ll[1];
    }
}

enum { PF_COUNTRY, PF_COORDS, PF_NAMES, PF_WIKIDATA, PF_NOTE, PF_SOURCE, PF_SOURCES, PF_COUNT };
static const field place_fields[PF_COUNT + 1] = {
    [PF_COUNTRY] = {"country", F_PLACE, OFF(raw_place, country)},
    [PF_COORDS] = {"coords", F_CUSTOM, 0, NULL, NULL, place_coords},
    [PF_NAMES] = {"names", F_CUSTOM, 0, NULL, NULL, place_names},
    [PF_WIKIDATA] = {"wikidata", F_CUSTOM, 0, NULL, NULL, place_wikidata},
    [PF_NOTE] = {"note", F_TEXT, OFF(raw_place, pl.note)},
    [PF_SOURCE] = {"source", F_SOURCE, OFF(raw_place, cite)},
    [PF_SOURCES] = {"sources", F_SOURCES, OFF(raw_place, cite)},
    {0}};

void place_pair(loader *L, void *ctx, const tok *k, const char *key, tok *v)
{
    (void)ctx;
    struct dg_model_priv *p = L->p;
    p->uses_v11 = true;
    raw_place r;
    memset(&r, 0, sizeof r);
    r.pl.name = dg_arena_strdup(p->arena, key);
    r.pl.pos = tok_pos(L, k);
    seen sn;
    parse_record(L, v, place_fields, &r, &sn);
    if (v->type != T_MAP && !tok_is_null(v))
        return; /* reported */
    if (!seen_has(&sn, PF_COUNTRY)) {
        dg_err(L->m, r.pl.pos, "place '%.80s' needs 'country' (the country it lies in)", key);
        return;
    }
    *DG_PUSH(p->place_defs, p->n_place_defs, p->cap_place_defs) = r;
}
