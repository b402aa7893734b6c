/* model_priv.h — the loader's working state, private to src/.
 *
 * Loading runs in two phases.  Parsing (load.c, over yaml_source.c) turns
 * each file into "raw" records whose references are still unresolved ids
 * (interned: see raw_id) with their positions; dg_model_finish (resolve.c)
 * resolves those across all files, validates, sorts, and builds the public
 * arrays in the arena. */
#ifndef DG_MODEL_PRIV_H
#define DG_MODEL_PRIV_H

#include "internal.h"

/* An id as written, with where it was written: 16 bytes, as records hold
 * many of them.  References are interned: sym numbers each distinct string
 * (its text is the model's sym_str[sym]), so that resolving a string
 * happens once however often it is used; a mission's own id gets a sym of
 * its own.  sym 0: absent.  file indexes the model's files.  rid_str() and
 * rid_pos() read it. */
typedef struct raw_id {
    uint32_t sym, file, line, col;
} raw_id;

typedef struct raw_cite {
    raw_id *ids;
    uint32_t n;
    bool given; /* source or sources was given: not both */
} raw_cite;

/* Format 1.1: a history entry, a head of mission and a place, with their
 * citations still ids (load_v11.c reads them, resolve_v11.c builds them). */
typedef struct raw_change {
    dg_change c;
    raw_cite cite;
} raw_change;

typedef struct raw_head {
    dg_head h;
    raw_cite cite;
} raw_head;

typedef struct raw_place {
    dg_place pl;
    raw_id country;
    raw_cite cite;
} raw_place;

typedef struct raw_source {
    dg_source s;
    bool cited;
} raw_source;

typedef struct raw_country {
    dg_country c;
    raw_cite cite;
    dg_pos since_pos, until_pos;
    raw_id continues;   /* format 1.1 */
    raw_id *succeeds;
    uint32_t n_succeeds;
} raw_country;

typedef struct raw_member {
    dg_member m;
    raw_id who;
    raw_cite cite;
    raw_change *hist; /* format 1.1 */
    uint32_t n_hist;
} raw_member;

typedef struct raw_org {
    dg_org o;
    raw_cite cite;
    raw_member *members;
    uint32_t n_members;
} raw_org;

typedef struct raw_relation {
    dg_relation r;
    raw_id a, b;
    raw_cite cite;
    uint32_t between_line, between_col; /* the relation's own pos: in the same file */
    raw_change *hist; /* format 1.1 */
    uint32_t n_hist;
} raw_relation;

typedef struct raw_accred {
    dg_accreditation a;
    raw_id to;
    raw_cite cite;
} raw_accred;

typedef struct raw_mission {
    dg_mission m;
    raw_id id, of, in, to;
    raw_cite cite;
    raw_accred *acc;
    uint32_t n_acc;
    bool has_kind;
    raw_change *hist; /* format 1.1 */
    raw_head *heads;
    uint32_t n_hist, n_heads;
} raw_mission;

typedef struct raw_event {
    dg_event e;
    raw_id *actors;
    uint32_t n_actors;
    raw_cite cite;
    bool has_date, has_kind;
} raw_event;

/* Ids of 1 to 8 bytes without NUL (nearly all: country codes, source ids)
 * are interned by their bytes as one number: no string hashing, and no
 * strcmp against a key elsewhere in memory.  0 marks an empty slot. */
typedef struct dg_map8 {
    struct map8_slot {
        uint64_t key; /* the id's bytes; 0: empty */
        uint32_t sym;
    } *slots; /* key and sym side by side: one cache line per probe */
    size_t cap, len;
} dg_map8;

struct dg_model_priv {
    dg_arena *arena;   /* everything the model hands out */
    dg_arena *scratch; /* raw-phase strings, freed by dg_model_finish */
    dg_limits lim;
    bool finished;

    dg_diag *diags;
    size_t n_diags, cap_diags, dropped, n_errors, n_warnings;
    const char **files; /* load order, for sorting diagnostics */
    size_t n_files, cap_files;

    raw_id title, focus;
    dg_map syms;          /* interned id (longer than 8 bytes) -> sym */
    dg_map8 syms8;        /* interned id of 1 to 8 bytes -> sym */
    const char **sym_str; /* sym -> its text (scratch arena); [0] NULL */
    size_t n_syms, cap_syms;
    /* Ids used where a country may stand (a place: between, in, of,
     * accredited, members, actors, focus): a flag per sym (a byte, so that
     * the check stays in cache), and each one's first use in load order.
     * The resolver settles the countries from these before building. */
    uint8_t *placed;
    size_t cap_placed;
    raw_id *places;
    size_t n_places, cap_places;
    const char *title_s;

    raw_source *sources;     size_t n_sources, cap_sources;
    raw_country *countries;  size_t n_countries, cap_countries;
    raw_org *orgs;           size_t n_orgs, cap_orgs;
    raw_relation *relations; size_t n_relations, cap_relations;
    raw_mission *missions;   size_t n_missions, cap_missions;
    raw_event *events;       size_t n_events, cap_events;
    raw_place *place_defs;   size_t n_place_defs, cap_place_defs; /* format 1.1 */
    bool uses_v11; /* a key or word format 1.1 added was read (dg_model_uses_v11) */

    /* Did-you-mean work of dg_model_finish: edit distances computed and
     * ISO rows scanned, bounded however many ids are unknown (resolve.c). */
    size_t suggest_work;

    /* Raw arrays that became public arrays in place (resolve_build.c). */
    void **owned;
    size_t n_owned, cap_owned;

    /* The style and language of the names shown, and the data set's own
     * names they start from (names_model.c); in the arena. */
    struct dg_names_state *names;

};

/* diag.c */
void dg_diag_add(dg_model *m, dg_pos pos, dg_severity sev, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
#define dg_err(m, pos, ...) dg_diag_add((m), (pos), DG_SEV_ERROR, __VA_ARGS__)
#define dg_warn(m, pos, ...) dg_diag_add((m), (pos), DG_SEV_WARNING, __VA_ARGS__)
void dg_diag_sort(dg_model *m);

/* resolve_build.c */
dg_status dg_resolve(dg_model *m);

/* The sym of s (len bytes), interned (model.c). */
uint32_t dg_intern(dg_model *m, const char *s, size_t len);
/* A new sym for a name that is its record's own (a mission's id): not
 * interned, as no other record refers to it by sym. */
uint32_t dg_name_sym(dg_model *m, const char *s, size_t len);

/* id is used where a country may stand (model.c). */
void dg_mark_place(dg_model *m, const raw_id *id);

static inline const char *rid_str(const struct dg_model_priv *p, raw_id id)
{
    return id.sym ? p->sym_str[id.sym] : NULL;
}

static inline dg_pos rid_pos(const struct dg_model_priv *p, raw_id id)
{
    dg_pos pos = {p->files[id.file], id.line, id.col};
    return pos;
}

/* Is s a valid defined id: [A-Za-z][A-Za-z0-9_.-]*, at most 64 bytes? */
bool dg_id_valid(const char *s);

#endif
