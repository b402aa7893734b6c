/* resolve_v11.h — dg_model_finish's parts for format 1.1 (resolve_v11.c,
 * continuity.c), called from resolve_build.c. */
#ifndef DG_RESOLVE_V11_H
#define DG_RESOLVE_V11_H

#include "resolve.h"

/* A growable array of relations (those with an organization). */
typedef struct rel_vec {
    dg_relation *v;
    size_t n, cap;
} rel_vec;

/* A party of a relation: a country, or an organization (format 1.1); an
 * unknown id is reported as v1 did ("unknown country"). */
bool ref_party(resolver *R, const raw_id *id, dg_ref *out, const char *role);

/* History entries and heads, built in the model's arena with their
 * citations resolved; NULL when n is 0. */
const dg_change *build_history(resolver *R, const raw_change *h, uint32_t n);
const dg_head *build_heads(resolver *R, const raw_head *h, uint32_t n);

/* After the countries are settled (perm: tmp -> final index): resolve
 * continues/succeeds, and report loops and double continuators. */
void build_links(resolver *R, const uint32_t *perm);
/* places: into m->places, sorted by name; duplicates reported. */
void build_places(resolver *R);
/* A mission's city against its place (in `in`'s position); sets
 * mi->place. */
void check_mission_place(resolver *R, const raw_mission *rm, dg_mission *mi);
/* A relation of a country with an organization, or the error of two
 * organizations; added to out. */
void add_org_relation(resolver *R, const raw_relation *rr, dg_ref a, dg_ref b,
                      const dg_relation *rel, rel_vec *out);
/* The organization relations sorted, pairs given twice reported, into
 * m->org_relations. */
void finish_org_relations(resolver *R, rel_vec *v);

/* continuity.c: what continuators take over, once every array is built
 * and sorted. */
void continuity_pass(resolver *R);
/* Are a and b one state in law (the same, or on one continuity chain)? */
bool same_state(const dg_model *m, uint32_t a, uint32_t b);

#endif
