/* load_fields.c — the loader's building blocks: mappings, scalars, dates,
 * ids, and the table-driven record parser every section uses. */
#include "load_fields.h"

#include <ctype.h>
#include <math.h>

bool tok_is_null(const tok *t)
{
    if (t->type != T_SCALAR || !t->plain)
        return false;
    return t->len == 0 || (t->len == 1 && t->val[0] == '~') ||
           (t->len == 4 && (!memcmp(t->val, "null", 4) || !memcmp(t->val, "Null", 4) ||
                            !memcmp(t->val, "NULL", 4)));
}

const char *node_name(tok_type t)
{
    return t == T_MAP ? "a mapping" : t == T_SEQ ? "a list" : "a value";
}

bool expect_scalar(loader *L, tok *t, const char *what)
{
    if (t->type == T_SCALAR)
        return true;
    if (t->type != T_FATAL) {
        /* what is a key (quoted) or a description ("a country id"). */
        bool key = !strchr(what, ' ');
        dg_err(L->m, tok_pos(L, t), "%s%s%s must be a single value, not %s", key ? "'" : "",
               what, key ? "'" : "", node_name(t->type));
        ys_skip(L->src, t);
    }
    return false;
}

const char *keep_text(loader *L, const tok *t)
{
    return dg_arena_strndup(L->p->arena, t->val, t->len);
}

/* Field by field into *out: a struct returned in registers and copied
 * out whole made a store-forwarding stall on this hot path. */
void keep_id(loader *L, const tok *t, raw_id *out)
{
    out->sym = dg_intern(L->m, t->val, t->len);
    out->file = L->file_idx;
    out->line = t->line;
    out->col = t->col;
}

void keep_place(loader *L, const tok *t, raw_id *out)
{
    keep_id(L, t, out);
    dg_mark_place(L->m, out);
}

bool parse_date_tok(loader *L, const tok *t, dg_date *out)
{
    dg_date_err e = dg_date_parse(t->val, t->len, out);
    if (e == DG_DATE_OK)
        return true;
    char shown[48];
    snprintf(shown, sizeof shown, "%.*s%s", t->len > 40 ? 40 : (int)t->len, t->val,
             t->len > 40 ? "..." : "");
    if (e == DG_DATE_SYNTAX)
        dg_err(L->m, tok_pos(L, t),
               "'%s' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally followed "
               "by ~ (approximate), ? (uncertain) or %% (both)", shown);
    else if (e == DG_DATE_RANGE)
        dg_err(L->m, tok_pos(L, t), "date '%s' is outside the years 1000 to 2999", shown);
    else
        dg_err(L->m, tok_pos(L, t), "date '%s' does not exist", shown);
    memset(out, 0, sizeof *out);
    return false;
}

void check_period(loader *L, const dg_period *p, dg_pos end_pos, const char *what)
{
    if (dg_date_set(&p->start) && dg_date_set(&p->end) &&
        dg_date_last(&p->end) < dg_date_first(&p->start)) {
        char a[16], b[16];
        dg_date_format(&p->start, a, sizeof a);
        dg_date_format(&p->end, b, sizeof b);
        dg_err(L->m, end_pos, "%s ends (%s) before it starts (%s)", what, b, a);
    }
}

/* ---- mappings ---- */

typedef struct keyset {
    const char **keys;
    dg_pos *pos;
    size_t n, cap;
    dg_map big; /* index once the mapping grows past a few keys */
} keyset;

/* Returns the earlier position of key, or NULL the first time. */
static const dg_pos *keyset_add(loader *L, keyset *ks, const char *key, dg_pos pos)
{
    if (ks->n >= 16 && !ks->big.cap)
        for (size_t i = 0; i < ks->n; i++)
            dg_map_put(&ks->big, ks->keys[i], (uint32_t)i);
    if (ks->big.cap || ks->n >= 16) {
        uint32_t prev = dg_map_get(&ks->big, key);
        if (prev != DG_NONE)
            return &ks->pos[prev];
    } else {
        for (size_t i = 0; i < ks->n; i++)
            if (strcmp(ks->keys[i], key) == 0)
                return &ks->pos[i];
    }
    if (ks->n == ks->cap) {
        ks->cap = ks->cap ? ks->cap * 2 : 16;
        ks->keys = dg_xrealloc(ks->keys, ks->cap * sizeof *ks->keys);
        ks->pos = dg_xrealloc(ks->pos, ks->cap * sizeof *ks->pos);
    }
    ks->keys[ks->n] = dg_arena_strdup(L->p->scratch, key);
    ks->pos[ks->n] = pos;
    if (ks->big.cap)
        dg_map_put(&ks->big, ks->keys[ks->n], (uint32_t)ks->n);
    ks->n++;
    return NULL;
}

/* A key that is a list or a mapping: reported, and skipped with its value. */
static void bad_key_node(loader *L, const tok *k)
{
    dg_err(L->m, tok_pos(L, k), "a key must be a single value, not %s", node_name(k->type));
    ys_skip(L->src, k);
    tok v;
    ys_next(L->src, &v);
    ys_skip(L->src, &v);
}

/* Duplicate keys are found here for mappings keyed by ids; records find
 * theirs by field (parse_record), which is cheaper on the hot path. */
void each_pair(loader *L, tok *t, const char *what, pair_fn fn, void *ctx)
{
    if (t->type != T_MAP) {
        if (t->type != T_FATAL && !tok_is_null(t)) {
            dg_err(L->m, tok_pos(L, t), "%s must be a mapping, not %s", what, node_name(t->type));
            ys_skip(L->src, t);
        }
        return;
    }
    keyset ks = {0};
    char small[64];
    for (;;) {
        tok k;
        ys_next(L->src, &k);
        if (k.type == T_MAP_END || k.type == T_FATAL)
            break;
        if (k.type != T_SCALAR) {
            bad_key_node(L, &k);
            continue;
        }
        /* The key's text dies with the next token: keep a copy. */
        char *key = k.len < sizeof small ? small : dg_xmalloc(k.len + 1);
        memcpy(key, k.val, k.len);
        key[k.len] = '\0';
        const dg_pos *prev = keyset_add(L, &ks, key, tok_pos(L, &k));
        tok v;
        ys_next(L->src, &v);
        if (prev) {
            dg_err(L->m, tok_pos(L, &k), "duplicate key '%s' (first at line %u)", key, prev->line);
            ys_skip(L->src, &v);
        } else if (v.type != T_FATAL) {
            k.val = key;
            fn(L, ctx, &k, key, &v);
        }
        if (key != small)
            free(key);
        if (v.type == T_FATAL)
            break;
    }
    free(ks.keys);
    free(ks.pos);
    dg_map_free(&ks.big);
}


/* ---- records ---- */

static void unknown_key(loader *L, const tok *k, const char *key, const field *fields)
{
    const char *words[FIELDS_MAX];
    size_t n = 0;
    for (; fields[n].key && n < FIELDS_MAX; n++)
        words[n] = fields[n].key;
    const char *near = dg_closest(key, words, n);
    if (near)
        dg_err(L->m, tok_pos(L, k), "unknown key '%s' (did you mean '%s'?)", key, near);
    else
        dg_err(L->m, tok_pos(L, k), "unknown key '%s'", key);
}

int vocab_index(loader *L, const tok *v, const char *const *names, const char *what)
{
    int first = names[0][0] ? 0 : 1; /* index 0 "" means "unspecified" */
    for (int i = first; names[i]; i++)
        if (names[i][0] == v->val[0] && strlen(names[i]) == v->len &&
            memcmp(names[i], v->val, v->len) == 0)
            return i;
    char *w = dg_arena_strndup(L->p->scratch, v->val, v->len);
    size_t n = 0;
    while (names[n])
        n++;
    const char *near = dg_closest(w, names + first, n - (size_t)first);
    if (near)
        dg_err(L->m, tok_pos(L, v), "unknown %s '%s' (did you mean '%s'?)", what, w, near);
    else
        dg_err(L->m, tok_pos(L, v), "unknown %s '%s'", what, w);
    return -1;
}

static void vocab_value(loader *L, const field *f, const tok *v, int *out)
{
    int i = vocab_index(L, v, f->vocab, f->what);
    if (i >= 0)
        *out = i;
}

static bool url_ok(const char *u)
{
    size_t skip;
    if (!strncmp(u, "https://", 8))
        skip = 8;
    else if (!strncmp(u, "http://", 7))
        skip = 7;
    else
        return false;
    if (!u[skip] || u[skip] == '/')
        return false;
    /* RFC 3986 characters only: Graphviz writes URLs into SVG unescaped. */
    for (const char *c = u; *c; c++)
        if (!isalnum((unsigned char)*c) && !strchr("-._~:/?#[]@!$&'()*+,;=%", *c))
            return false;
    return true;
}

static void km_value(loader *L, const tok *v, void *dst)
{
    char buf[64];
    char *end;
    double d = NAN;
    if (v->len < sizeof buf) {
        memcpy(buf, v->val, v->len);
        buf[v->len] = '\0';
        d = strtod(buf, &end);
        if (end == buf || *end)
            d = NAN;
    }
    if (!isfinite(d) || d < 0 || d > 1e6) {
        dg_err(L->m, tok_pos(L, v), "'%.*s' is not a length in km (a number of at least 0)",
               v->len > 40 ? 40 : (int)v->len, v->val);
        return;
    }
    memcpy(dst, &d, sizeof d);
}

static void scalar_field(loader *L, const field *f, char *rec, tok *v)
{
    void *dst = rec + f->off;
    switch (f->type) {
    case F_TEXT:
        *(const char **)dst = keep_text(L, v);
        break;
    case F_DATE:
        parse_date_tok(L, v, dst);
        break;
    case F_ID:
        keep_id(L, v, dst);
        break;
    case F_PLACE:
        keep_place(L, v, dst);
        break;
    case F_NAME: {
        raw_id *r = dst;
        *r = (raw_id){dg_name_sym(L->m, v->val, v->len), L->file_idx, v->line, v->col};
        break;
    }
    case F_URL: {
        const char *u = keep_text(L, v);
        if (url_ok(u))
            *(const char **)dst = u;
        else
            dg_err(L->m, tok_pos(L, v),
                   "'%.60s' is not an http(s) URL (only http:// and https:// URLs made of "
                   "URL characters are accepted)", u);
        break;
    }
    case F_VOCAB:
        vocab_value(L, f, v, dst);
        break;
    case F_KM:
        km_value(L, v, dst);
        break;
    default:
        break;
    }
}

/* A record's value for field i, whose key was at kpos. */
static void record_value(loader *L, const field *fields, int i, dg_pos kpos, char *rec, seen *sn,
                         tok *v)
{
    const field *f = &fields[i];
    bool null = tok_is_null(v);
    sn->pos[i] = tok_pos(L, v);
    if (!null)
        sn->has |= 1u << i;
    if (f->type == F_CUSTOM) {
        f->fn(L, rec, v);
        return;
    }
    if (f->type == F_SOURCES || f->type == F_SOURCE) {
        raw_cite *cite = (raw_cite *)(rec + f->off);
        if (cite->given) {
            dg_err(L->m, kpos, "give either 'source' or 'sources', not both");
            ys_skip(L->src, v);
            return;
        }
        cite->given = true;
        parse_cite_list(L, v, cite);
        return;
    }
    if (null || !expect_scalar(L, v, f->key))
        return;
    scalar_field(L, f, rec, v);
}

/* ---- finding a record's field by its key ----
 * Every key of every record is looked up: a small hash index per field
 * table (built once per file, in the loader) replaces a scan of the table. */

static unsigned key_hash(const char *s, size_t len)
{
    return (unsigned)(len * 5 + (unsigned char)s[0] * 3 + (unsigned char)s[len - 1]) &
           (FIELD_SLOTS - 1);
}

static const field_lookup *lookup_for(loader *L, const field *fields)
{
    for (int j = 0; j < L->n_lookups; j++)
        if (L->lookups[j].fields == fields)
            return &L->lookups[j];
    field_lookup *fl = &L->lookups[L->n_lookups < LOOKUPS_MAX ? L->n_lookups++ : 0];
    memset(fl, 0, sizeof *fl);
    fl->fields = fields;
    for (int i = 0; fields[i].key; i++) {
        size_t len = strlen(fields[i].key);
        fl->len[i] = (uint8_t)len;
        unsigned h = key_hash(fields[i].key, len);
        while (fl->slot[h])
            h = (h + 1) & (FIELD_SLOTS - 1);
        fl->slot[h] = (uint8_t)(i + 1);
        for (int j = 0; j < i; j++)
            if (fields[j].off == fields[i].off && fields[j].type == fields[i].type &&
                fields[i].type != F_SOURCE && fields[i].type != F_SOURCES &&
                fields[i].type != F_CUSTOM && /* custom fields have no offset */
                fl->n_synonyms < FIELDS_MAX) {
                fl->synonyms[fl->n_synonyms][0] = (uint8_t)j;
                fl->synonyms[fl->n_synonyms++][1] = (uint8_t)i;
            }
    }
    return fl;
}

static int find_field(const field_lookup *fl, const char *s, size_t len)
{
    if (len == 0 || len > 64)
        return -1;
    for (unsigned h = key_hash(s, len); fl->slot[h]; h = (h + 1) & (FIELD_SLOTS - 1)) {
        int i = fl->slot[h] - 1;
        if (fl->len[i] != len)
            continue;
        const char *key = fl->fields[i].key; /* short: no call to memcmp */
        size_t j = 0;
        while (j < len && key[j] == s[j])
            j++;
        if (j == len)
            return i;
    }
    return -1;
}

/* A key that is no field, or a field given twice: reported while the
 * key's text is still valid, then its value is skipped. */
static void bad_key(loader *L, const field *fields, const seen *sn, int i, const tok *k)
{
    if (i >= 0) {
        dg_err(L->m, tok_pos(L, k), "duplicate key '%s' (first at line %u)", fields[i].key,
               sn->key_line[i]);
    } else {
        const char *key = dg_arena_strndup(L->p->scratch, k->val, k->len);
        unknown_key(L, k, key, fields);
    }
}

/* Two keys that fill the same field (since/opened) may not both appear:
 * fl holds the pairs of such keys of the table. */
static void check_synonyms(loader *L, const field_lookup *fl, const seen *sn)
{
    for (int k = 0; k < fl->n_synonyms; k++) {
        int i = fl->synonyms[k][0], j = fl->synonyms[k][1];
        if (!seen_has(sn, i) || !seen_has(sn, j))
            continue;
        const dg_pos *later = &sn->pos[j];
        if (sn->pos[i].line > later->line ||
            (sn->pos[i].line == later->line && sn->pos[i].col > later->col))
            later = &sn->pos[i];
        dg_err(L->m, *later, "'%s' and '%s' say the same thing: give one", fl->fields[i].key,
               fl->fields[j].key);
    }
}

void parse_record(loader *L, tok *t, const field *fields, void *rec, seen *sn)
{
    /* Only what marks presence is cleared: pos[] and key_line[] are read
     * where given says they were set. */
    sn->given = sn->has = 0;
    sn->at = tok_pos(L, t);
    if (t->type != T_MAP) {
        if (t->type != T_FATAL && !tok_is_null(t)) {
            dg_err(L->m, sn->at, "a record must be a mapping, not %s", node_name(t->type));
            ys_skip(L->src, t);
        }
        return;
    }
    const field_lookup *fl = lookup_for(L, fields);
    for (;;) {
        tok k, v;
        ys_next(L->src, &k);
        if (k.type == T_MAP_END || k.type == T_FATAL)
            break;
        if (k.type != T_SCALAR) {
            bad_key_node(L, &k);
            continue;
        }
        /* The key is looked up before the next token ends its text. */
        int i = find_field(fl, k.val, k.len);
        bool bad = i < 0 || (sn->given >> i & 1);
        if (bad) {
            bad_key(L, fields, sn, i, &k);
        } else {
            sn->given |= 1u << i;
            sn->key_line[i] = k.line;
        }
        dg_pos kpos = tok_pos(L, &k);
        ys_next(L->src, &v);
        if (v.type == T_FATAL)
            break;
        if (bad)
            ys_skip(L->src, &v);
        else
            record_value(L, fields, i, kpos, rec, sn, &v);
    }
    check_synonyms(L, fl, sn);
}

void parse_cite_list(loader *L, tok *t, raw_cite *c)
{
    c->ids = id_list(L, t, "a source id", false, &c->n);
}

/* ---- lists of records ---- */

void each_item(loader *L, tok *t, const char *what, item_fn fn)
{
    if (tok_is_null(t))
        return;
    if (t->type != T_SEQ) {
        if (t->type != T_FATAL) {
            dg_err(L->m, tok_pos(L, t), "%s must be a list, not %s", what, node_name(t->type));
            ys_skip(L->src, t);
        }
        return;
    }
    for (;;) {
        tok x;
        ys_next(L->src, &x);
        if (x.type == T_SEQ_END || x.type == T_FATAL)
            return;
        fn(L, &x);
    }
}


/* Room for one more id in iv. */
static raw_id *id_vec_push(id_vec *iv)
{
    if (iv->n == iv->cap) {
        size_t cap = iv->cap * 2;
        raw_id *v = dg_xmalloc(cap * sizeof *v);
        memcpy(v, iv->v, iv->n * sizeof *v);
        if (iv->v != iv->small)
            free(iv->v);
        iv->v = v;
        iv->cap = cap;
    }
    return &iv->v[iv->n++];
}

/* A single id or a list of ids. */
/* The ids of t (a single id or a list) into iv; returns their number. */
size_t collect_ids(loader *L, tok *t, const char *what, bool place, id_vec *iv)
{
    iv->v = iv->small; /* small[] is not cleared: it is written before it is read */
    iv->n = 0;
    iv->cap = sizeof iv->small / sizeof iv->small[0];
    if (t->type == T_SCALAR && !tok_is_null(t)) {
        (place ? keep_place : keep_id)(L, t, id_vec_push(iv));
    } else if (t->type == T_SEQ) {
        for (;;) {
            tok x;
            ys_next(L->src, &x);
            if (x.type == T_SEQ_END || x.type == T_FATAL)
                break;
            if (expect_scalar(L, &x, what))
                (place ? keep_place : keep_id)(L, &x, id_vec_push(iv));
        }
    } else if (!tok_is_null(t)) {
        expect_scalar(L, t, what);
    }
    return iv->n;
}

void id_vec_free(id_vec *iv)
{
    if (iv->v != iv->small)
        free(iv->v);
}

raw_id *id_list(loader *L, tok *t, const char *what, bool place, uint32_t *n_out)
{
    id_vec iv;
    collect_ids(L, t, what, place, &iv);
    raw_id *kept = iv.n ? dg_arena_memdup(L->p->scratch, iv.v, iv.n * sizeof *iv.v) : NULL;
    id_vec_free(&iv);
    *n_out = (uint32_t)iv.n;
    return kept;
}

