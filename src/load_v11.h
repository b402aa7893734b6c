/* load_v11.h — the loader's parts for what format 1.1 adds: history,
 * heads of mission, names, wikidata ids, continuity and places.  Each
 * field function is an F_CUSTOM field of the record named in its name. */
#ifndef DG_LOAD_V11_H
#define DG_LOAD_V11_H

#include "load_fields.h"

/* Format 1.1's vocabularies (vocab_v11.c), NULL-terminated. */
extern const char *const dg_rel_level_names[];
extern const char *const dg_mission_status_names[];
extern const char *const dg_hist_rel_status_names[];    /* history: no "none" */
extern const char *const dg_hist_member_status_names[]; /* history: with "left" */

void country_continues(loader *L, void *rec, tok *v);
void country_succeeds(loader *L, void *rec, tok *v);
void country_names(loader *L, void *rec, tok *v);
void country_wikidata(loader *L, void *rec, tok *v);
void org_names(loader *L, void *rec, tok *v);
void org_wikidata(loader *L, void *rec, tok *v);
void member_history(loader *L, void *rec, tok *v);
void relation_history(loader *L, void *rec, tok *v);
void mission_history(loader *L, void *rec, tok *v);
void mission_heads(loader *L, void *rec, tok *v);
void mission_wikidata(loader *L, void *rec, tok *v);

/* A record's history against its own period (entries in date order, on
 * distinct dates, after the start and before the end): each violation is
 * an error at the entry.  what: "relation", "mission", "membership". */
void check_history(loader *L, const raw_change *h, uint32_t n, const dg_period *p,
                   const char *what);

/* One entry of the top-level `places:` mapping (a pair_fn). */
void place_pair(loader *L, void *ctx, const tok *k, const char *key, tok *v);

#endif
