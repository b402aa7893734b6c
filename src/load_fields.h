/* load_fields.h — table-driven parsing of one YAML mapping into a record. */
#ifndef DG_LOAD_FIELDS_H
#define DG_LOAD_FIELDS_H

#include "yaml_source.h"

struct field;

#define FIELD_SLOTS 64 /* a power of two, well over FIELDS_MAX */
#define FIELDS_MAX 24
_Static_assert(FIELDS_MAX <= 32, "seen's bit sets hold a bit per field");
#define LOOKUPS_MAX 12 /* field tables: more only rebuild an index */

/* A field table's keys by hash, and its pairs of keys that fill the same
 * field (load_fields.c). */
typedef struct field_lookup {
    const struct field *fields;
    uint8_t len[FIELDS_MAX];
    uint8_t slot[FIELD_SLOTS]; /* 1 + field index; 0 empty */
    uint8_t synonyms[FIELDS_MAX][2];
    int n_synonyms;
} field_lookup;

typedef struct loader {
    dg_model *m;
    ys *src;
    const char *file;
    struct dg_model_priv *p;
    uint32_t file_idx; /* of file in the model's files */
    field_lookup lookups[LOOKUPS_MAX];
    int n_lookups;
} loader;

typedef enum ftype {
    F_TEXT,   /* const char * in the model arena */
    F_DATE,   /* dg_date */
    F_ID,     /* raw_id: a reference, interned */
    F_PLACE,  /* raw_id: a reference where a country may stand (dg_mark_place) */
    F_NAME,   /* raw_id: a definition's own id (a mission's): a sym, not interned */
    F_URL,    /* const char *, http(s) only */
    F_VOCAB,  /* int (an enum), looked up in field.vocab */
    F_KM,     /* double; left as it was (NAN) when absent or bad */
    F_SOURCE, /* raw_cite, one id */
    F_SOURCES,/* raw_cite, a list of ids */
    F_CUSTOM, /* field.fn parses the value */
} ftype;

typedef void (*field_fn)(loader *L, void *rec, tok *val);

typedef struct field {
    const char *key;
    ftype type;
    size_t off;
    const char *const *vocab; /* F_VOCAB: NULL-terminated; index = enum value */
    const char *what;         /* F_VOCAB: "mission kind" for messages */
    field_fn fn;              /* F_CUSTOM */
} field;

/* What parse_record saw: which keys appeared and which fields were given a
 * value (a null value counts as absent, also for required fields), as bit
 * sets (FIELDS_MAX <= 32), with the position of each value. */
typedef struct seen {
    uint32_t given, has;
    dg_pos pos[FIELDS_MAX];        /* of the value; set where given */
    uint32_t key_line[FIELDS_MAX]; /* set where given */
    dg_pos at;                     /* of the mapping */
} seen;

static inline bool seen_has(const seen *sn, int i)
{
    return sn->has >> i & 1;
}

/* The position of field i's value; the record's own for an absent field. */
static inline dg_pos seen_pos(const seen *sn, int i)
{
    return sn->given >> i & 1 ? sn->pos[i] : sn->at;
}

/* Parse the mapping that starts with t into rec.  Reports unknown keys
 * (with did-you-mean), duplicate keys, wrong node types and bad values. */
void parse_record(loader *L, tok *t, const field *fields, void *rec, seen *sn);

/* Helpers for custom fields and sections. */
bool tok_is_null(const tok *t);
/* Where t is in the file being loaded (ys_pos, inline on the hot path). */
static inline dg_pos tok_pos(const loader *L, const tok *t)
{
    dg_pos p = {L->file, t->line, t->col};
    return p;
}
const char *node_name(tok_type t);
bool expect_scalar(loader *L, tok *t, const char *what);
/* v's index in the NULL-terminated names (an initial "" is never
 * matched), or -1 after "unknown WHAT" with the closest word. */
int vocab_index(loader *L, const tok *v, const char *const *names, const char *what);
const char *keep_text(loader *L, const tok *t);   /* model arena */
void keep_id(loader *L, const tok *t, raw_id *out); /* interned */
void keep_place(loader *L, const tok *t, raw_id *out); /* and marked a place */
bool parse_date_tok(loader *L, const tok *t, dg_date *out);
void parse_cite_list(loader *L, tok *t, raw_cite *c);
/* Iterate a mapping: calls fn for each scalar key (duplicates reported). */
typedef void (*pair_fn)(loader *L, void *ctx, const tok *key, const char *k, tok *val);
void each_pair(loader *L, tok *t, const char *what, pair_fn fn, void *ctx);
/* Check that start <= end, reporting at the end's position. */
void check_period(loader *L, const dg_period *p, dg_pos end_pos, const char *what);

typedef void (*item_fn)(loader *L, tok *item);
void each_item(loader *L, tok *t, const char *what, item_fn fn);
raw_id *id_list(loader *L, tok *t, const char *what, bool place,
                uint32_t *n_out); /* scratch arena */
/* A list of ids collects on the stack first: most are short. */
typedef struct id_vec {
    raw_id small[8], *v;
    size_t n, cap;
} id_vec;
/* place: the ids stand where a country may (dg_mark_place). */
size_t collect_ids(loader *L, tok *t, const char *what, bool place, id_vec *iv);
void id_vec_free(id_vec *iv);

/* load_records.c: one item of relations:, missions:, events: */
void relation_item(loader *L, tok *t);
void mission_item(loader *L, tok *t);
void event_item(loader *L, tok *t);

#endif
