/* resolve.h — state of dg_model_finish, shared by resolve*.c. */
#ifndef DG_RESOLVE_H
#define DG_RESOLVE_H

#include "model_priv.h"

/* A country the data set mentions, before the final sort. */
typedef struct tmp_country {
    const char *id;        /* canonical */
    raw_country *def;      /* its definition, or NULL */
    dg_pos first;          /* first mention when not defined */
    bool iso, former;
    const char *iso_name;
} tmp_country;

typedef struct resolver {
    dg_model *m;
    struct dg_model_priv *p;
    tmp_country *tc;
    size_t n_tc, cap_tc;
    dg_map tc_ids;     /* canonical id -> tmp index */
    dg_map org_ids;    /* id -> final organization index */
    dg_map src_ids;    /* id -> final source index */
    raw_org **org_raw; /* final index -> its definition */
    uint32_t n_org;
    raw_source **src_raw;
    uint32_t n_src;
    /* What each interned id resolved to, once looked up (see raw_id.sym). */
    uint32_t *sym_country, *sym_org, *sym_src;
    /* Once the countries are settled (build_countries): tmp index -> final
     * index, and sym_country holds final indices. */
    uint32_t *perm;
    /* Did-you-mean: the defined ids by length, built at the first unknown
     * id; suggestions searched so far, at most DG_SUGGEST_MAX (resolve.c). */
    dg_near near;
    bool near_ready;
    size_t n_suggested;
} resolver;

#define DG_SUGGEST_MAX 1000

int pos_cmp(const struct dg_model_priv *p, const dg_pos *a, const dg_pos *b);
uint32_t ref_country(resolver *R, const raw_id *id, const char *role);
bool ref_actor(resolver *R, const raw_id *id, dg_ref *out);
dg_cite ref_cite(resolver *R, const raw_cite *c);

/* Every ISO country that an id used as a place names (resolve.c). */
void mention_countries(resolver *R);
/* Final indices for the countries settled so far (resolve.c). */
void settle_countries(resolver *R, uint32_t *perm);

/* The resolver's indexes, from the raw records: definitions, then every
 * country a place names (resolve.c); and what they hold, freed. */
void resolve_begin(resolver *R, dg_model *m);
void resolve_end(resolver *R);

/* resolve_build.c: sorting and the public arrays.  dg_resolve (there too)
 * runs begin, build_model, end: resolve.c calls nothing of resolve_build.c,
 * so the two do not call each other. */
void build_model(resolver *R);

#endif
