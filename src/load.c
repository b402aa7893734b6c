/* load.c — format v1's sections, parsed from one file into raw records.
 * References stay unresolved here: resolve.c settles them across files. */
#include "load_fields.h"
#include "load_v11.h"

#include <math.h>
#include <stddef.h>

#define OFF(type, member) offsetof(type, member)

static bool valid_definition_id(loader *L, const tok *k, const char *what)
{
    char *id = dg_arena_strndup(L->p->scratch, k->val, k->len);
    if (dg_id_valid(id))
        return true;
    dg_err(L->m, tok_pos(L, k),
           "'%.64s' is not a valid %s id (a letter, then letters, digits, '_', '.' or '-'; "
           "at most 64 bytes)", id, what);
    return false;
}

/* ---- sources ---- */

enum { SF_TITLE, SF_URL, SF_PUBLISHER, SF_ACCESSED, SF_NOTE, SF_COUNT };
static const field source_fields[SF_COUNT + 1] = {
    [SF_TITLE] = {"title", F_TEXT, OFF(raw_source, s.title)},
    [SF_URL] = {"url", F_URL, OFF(raw_source, s.url)},
    [SF_PUBLISHER] = {"publisher", F_TEXT, OFF(raw_source, s.publisher)},
    [SF_ACCESSED] = {"accessed", F_DATE, OFF(raw_source, s.accessed)},
    [SF_NOTE] = {"note", F_TEXT, OFF(raw_source, s.note)},
    {0}};

static void source_pair(loader *L, void *ctx, const tok *k, const char *key, tok *v)
{
    (void)ctx;
    raw_source r = {0};
    r.s.id = dg_arena_strdup(L->p->arena, key);
    r.s.pos = tok_pos(L, k);
    if (!valid_definition_id(L, k, "source")) {
        ys_skip(L->src, v);
        return;
    }
    if (v->type == T_SCALAR && !tok_is_null(v)) {
        r.s.title = keep_text(L, v);
    } else if (!tok_is_null(v)) {
        seen sn;
        parse_record(L, v, source_fields, &r, &sn);
    }
    *DG_PUSH(L->p->sources, L->p->n_sources, L->p->cap_sources) = r;
}

/* ---- countries ---- */

enum { CF_NAME, CF_CAPITAL, CF_SINCE, CF_UNTIL, CF_NOTE, CF_SOURCE, CF_SOURCES,
    CF_CONTINUES, CF_SUCCEEDS, CF_NAMES, CF_WIKIDATA, CF_COUNT };
static const field country_fields[CF_COUNT + 1] = {
    [CF_NAME] = {"name", F_TEXT, OFF(raw_country, c.name)},
    [CF_CAPITAL] = {"capital", F_TEXT, OFF(raw_country, c.capital)},
    [CF_SINCE] = {"since", F_DATE, OFF(raw_country, c.period.start)},
    [CF_UNTIL] = {"until", F_DATE, OFF(raw_country, c.period.end)},
    [CF_NOTE] = {"note", F_TEXT, OFF(raw_country, c.note)},
    [CF_SOURCE] = {"source", F_SOURCE, OFF(raw_country, cite)},
    [CF_SOURCES] = {"sources", F_SOURCES, OFF(raw_country, cite)},
    /* format 1.1 */
    [CF_CONTINUES] = {"continues", F_CUSTOM, 0, NULL, NULL, country_continues},
    [CF_SUCCEEDS] = {"succeeds", F_CUSTOM, 0, NULL, NULL, country_succeeds},
    [CF_NAMES] = {"names", F_CUSTOM, 0, NULL, NULL, country_names},
    [CF_WIKIDATA] = {"wikidata", F_CUSTOM, 0, NULL, NULL, country_wikidata},
    {0}};

static void country_pair(loader *L, void *ctx, const tok *k, const char *key, tok *v)
{
    (void)ctx;
    raw_country r = {0};
    r.c.id = dg_arena_strdup(L->p->scratch, key);
    r.c.pos = tok_pos(L, k);
    r.c.defined = true;
    if (!valid_definition_id(L, k, "country")) {
        ys_skip(L->src, v);
        return;
    }
    if (v->type == T_SCALAR && !tok_is_null(v)) {
        r.c.name = keep_text(L, v);
    } else if (!tok_is_null(v)) {
        seen sn;
        parse_record(L, v, country_fields, &r, &sn);
        check_period(L, &r.c.period, seen_pos(&sn, CF_UNTIL),
                     "the country");
    }
    *DG_PUSH(L->p->countries, L->p->n_countries, L->p->cap_countries) = r;
}

/* ---- organizations and their members ---- */

enum { MBF_SINCE, MBF_UNTIL, MBF_STATUS, MBF_NOTE, MBF_SOURCE, MBF_SOURCES, MBF_HISTORY,
    MBF_COUNT };
static const field member_fields[MBF_COUNT + 1] = {
    [MBF_SINCE] = {"since", F_DATE, OFF(raw_member, m.period.start)},
    [MBF_UNTIL] = {"until", F_DATE, OFF(raw_member, m.period.end)},
    [MBF_STATUS] = {"status", F_VOCAB, OFF(raw_member, m.status), dg_member_status_names,
                    "member status"},
    [MBF_NOTE] = {"note", F_TEXT, OFF(raw_member, m.note)},
    [MBF_SOURCE] = {"source", F_SOURCE, OFF(raw_member, cite)},
    [MBF_SOURCES] = {"sources", F_SOURCES, OFF(raw_member, cite)},
    [MBF_HISTORY] = {"history", F_CUSTOM, 0, NULL, NULL, member_history}, /* format 1.1 */
    {0}};

typedef struct member_list {
    raw_member *v;
    size_t n, cap;
} member_list;

/* A member is a date (when it joined), a status word, or a record. */
static void member_scalar(loader *L, const tok *v, raw_member *r)
{
    if (v->len >= 4 && v->val[0] >= '0' && v->val[0] <= '9') {
        parse_date_tok(L, v, &r->m.period.start);
        return;
    }
    char *w = dg_arena_strndup(L->p->scratch, v->val, v->len);
    int st = dg_member_status_lookup(w);
    if (st >= 0) {
        r->m.status = (dg_member_status)st;
        return;
    }
    const char *near = dg_closest(w, dg_member_status_names, DG_MEMBER_STATUS_COUNT);
    dg_err(L->m, tok_pos(L, v),
           "'%s' is neither a date nor a member status (member, observer, candidate, partner, "
           "associate, suspended)%s%s%s", w, near ? "; did you mean '" : "", near ? near : "",
           near ? "'?" : "");
}

static void member_pair(loader *L, void *ctx, const tok *k, const char *key, tok *v)
{
    member_list *ml = ctx;
    raw_member r = {0};
    r.who = (raw_id){dg_intern(L->m, key, strlen(key)), L->file_idx, k->line, k->col};
    dg_mark_place(L->m, &r.who);
    r.m.pos = tok_pos(L, k);
    if (v->type == T_SCALAR && !tok_is_null(v)) {
        member_scalar(L, v, &r);
    } else if (!tok_is_null(v)) {
        seen sn;
        parse_record(L, v, member_fields, &r, &sn);
        check_period(L, &r.m.period, seen_pos(&sn, MBF_UNTIL),
                     "the membership");
        if (r.n_hist)
            check_history(L, r.hist, r.n_hist, &r.m.period, "membership");
    }
    *DG_PUSH(ml->v, ml->n, ml->cap) = r;
}

static void org_members(loader *L, void *rec, tok *v)
{
    raw_org *o = rec;
    member_list ml = {0};
    each_pair(L, v, "members", member_pair, &ml);
    /* In the model's arena: resolve_build.c turns it into the final array in place. */
    o->members = dg_arena_memdup(L->p->arena, ml.v, ml.n * sizeof *ml.v);
    o->n_members = (uint32_t)ml.n;
    free(ml.v);
}

enum { OF_NAME, OF_KIND, OF_FOUNDED, OF_DISSOLVED, OF_URL, OF_MEMBERS, OF_NOTE, OF_SOURCE,
    OF_SOURCES, OF_NAMES, OF_WIKIDATA, OF_COUNT };
static const field org_fields[OF_COUNT + 1] = {
    [OF_NAME] = {"name", F_TEXT, OFF(raw_org, o.name)},
    [OF_KIND] = {"kind", F_VOCAB, OFF(raw_org, o.kind), dg_org_kind_names, "organization kind"},
    [OF_FOUNDED] = {"founded", F_DATE, OFF(raw_org, o.period.start)},
    [OF_DISSOLVED] = {"dissolved", F_DATE, OFF(raw_org, o.period.end)},
    [OF_URL] = {"url", F_URL, OFF(raw_org, o.url)},
    [OF_MEMBERS] = {"members", F_CUSTOM, 0, NULL, NULL, org_members},
    [OF_NOTE] = {"note", F_TEXT, OFF(raw_org, o.note)},
    [OF_SOURCE] = {"source", F_SOURCE, OFF(raw_org, cite)},
    [OF_SOURCES] = {"sources", F_SOURCES, OFF(raw_org, cite)},
    /* format 1.1 */
    [OF_NAMES] = {"names", F_CUSTOM, 0, NULL, NULL, org_names},
    [OF_WIKIDATA] = {"wikidata", F_CUSTOM, 0, NULL, NULL, org_wikidata},
    {0}};

static void org_pair(loader *L, void *ctx, const tok *k, const char *key, tok *v)
{
    (void)ctx;
    raw_org r = {0};
    r.o.id = dg_arena_strdup(L->p->arena, key);
    r.o.pos = tok_pos(L, k);
    if (!valid_definition_id(L, k, "organization")) {
        ys_skip(L->src, v);
        return;
    }
    if (!tok_is_null(v)) {
        seen sn;
        parse_record(L, v, org_fields, &r, &sn);
        check_period(L, &r.o.period, seen_pos(&sn, OF_DISSOLVED),
                     "the organization");
    }
    *DG_PUSH(L->p->orgs, L->p->n_orgs, L->p->cap_orgs) = r;
}


/* ---- the top level ---- */

static const char *const top_keys[] = {
    "countries", "dipgraph", "events", "focus", "missions", "organizations", "places",
    "relations", "sources", "title", NULL};

static void version_value(loader *L, tok *v)
{
    if (!expect_scalar(L, v, "dipgraph"))
        return;
    /* "1", "1.0", "1.2": any version of major 1. */
    size_t i = 0;
    while (i < v->len && v->val[i] >= '0' && v->val[i] <= '9')
        i++;
    bool ok = i == 1 && v->val[0] == '1' && (i == v->len || v->val[i] == '.');
    if (!ok)
        dg_err(L->m, tok_pos(L, v),
               "format version '%.*s' is not supported: this dipgraph reads version 1",
               v->len > 20 ? 20 : (int)v->len, v->val);
}

/* Two spellings of one value: the same text, or codes of one country. */
static bool same_value(const char *a, const char *b)
{
    const char *ca = NULL, *cb = NULL;
    if (!strcmp(a, b))
        return true;
    return dg_iso_lookup(a, &ca, NULL) && dg_iso_lookup(b, &cb, NULL) && !strcmp(ca, cb);
}

static void once_value(loader *L, raw_id *slot, tok *v, const char *key, bool place)
{
    if (!expect_scalar(L, v, key) || tok_is_null(v))
        return;
    raw_id r;
    (place ? keep_place : keep_id)(L, v, &r);
    if (slot->sym && !same_value(rid_str(L->p, *slot), rid_str(L->p, r))) {
        dg_pos first = rid_pos(L->p, *slot);
        dg_err(L->m, tok_pos(L, v), "%s given again with another value (first at %s:%u:%u)", key,
               first.file, first.line, first.col);
        return;
    }
    if (!slot->sym)
        *slot = r;
}

static void top_pair(loader *L, void *ctx, const tok *k, const char *key, tok *v)
{
    (void)ctx;
    if (!strcmp(key, "dipgraph"))
        version_value(L, v);
    else if (!strcmp(key, "title"))
        once_value(L, &L->p->title, v, "title", false);
    else if (!strcmp(key, "focus"))
        once_value(L, &L->p->focus, v, "focus", true);
    else if (!strcmp(key, "sources"))
        each_pair(L, v, "sources", source_pair, NULL);
    else if (!strcmp(key, "countries"))
        each_pair(L, v, "countries", country_pair, NULL);
    else if (!strcmp(key, "organizations"))
        each_pair(L, v, "organizations", org_pair, NULL);
    else if (!strcmp(key, "relations"))
        each_item(L, v, "relations", relation_item);
    else if (!strcmp(key, "missions"))
        each_item(L, v, "missions", mission_item);
    else if (!strcmp(key, "events"))
        each_item(L, v, "events", event_item);
    else if (!strcmp(key, "places"))
        each_pair(L, v, "places", place_pair, NULL);
    else {
        const char *near = dg_closest(key, top_keys, sizeof top_keys / sizeof *top_keys - 1);
        if (near)
            dg_err(L->m, tok_pos(L, k), "unknown key '%s' (did you mean '%s'?)", key, near);
        else
            dg_err(L->m, tok_pos(L, k), "unknown key '%s'", key);
        ys_skip(L->src, v);
    }
}

static void load_stream(loader *L)
{
    for (;;) {
        tok t;
        ys_next(L->src, &t);
        if (t.type == T_END || t.type == T_FATAL)
            return;
        if (t.type != T_DOC)
            continue;
        tok root;
        ys_next(L->src, &root);
        if (root.type == T_MAP)
            each_pair(L, &root, "the top level", top_pair, NULL);
        else if (root.type != T_FATAL && !tok_is_null(&root)) {
            dg_err(L->m, tok_pos(L, &root),
                   "the top level must be a mapping (dipgraph, title, sources, countries, ...), "
                   "not %s", node_name(root.type));
            ys_skip(L->src, &root);
        }
    }
}

static const char *keep_file_name(dg_model *m, const char *name)
{
    struct dg_model_priv *p = m->priv;
    const char *kept = dg_arena_strdup(p->arena, name);
    *DG_PUSH(p->files, p->n_files, p->cap_files) = kept;
    return kept;
}

dg_status dg_model_load_buffer(dg_model *m, const char *name, const char *data, size_t len)
{
    struct dg_model_priv *p = m->priv;
    if (p->finished) /* its working state is gone */
        return DG_EUSAGE;
    size_t errors_before = p->n_errors;
    const char *file = keep_file_name(m, name);
    if (len > p->lim.max_input_bytes) {
        dg_pos pos = {file, 1, 1};
        dg_err(m, pos, "input of %zu bytes is larger than the limit of %zu", len,
               p->lim.max_input_bytes);
        return DG_EDATA;
    }
    loader L = {m, ys_new(m, file, data, len), file, p, (uint32_t)(p->n_files - 1)};
    load_stream(&L);
    ys_free(L.src);
    return p->n_errors > errors_before ? DG_EDATA : DG_OK;
}
