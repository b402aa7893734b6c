/* export.h — what the exporters (render/export_*.c) share: the records an
 * export keeps, and the writers' entry points that render/export.c lists. */
#ifndef DG_EXPORT_H
#define DG_EXPORT_H

#include "internal.h"

/* The records an export keeps.  Without a date: all of them.  With one:
 * those of that day (export_select.c says which), plus the countries and
 * organizations that a kept record names (so that no edge or row points
 * at nothing). */
typedef struct dg_xsel {
    const dg_model *m;
    dg_date at_date;
    const dg_date *at;  /* &at_date, or NULL for everything */
    bool *country, *org; /* kept, by index; NULL when at is NULL */
} dg_xsel;

void dg_xsel_init(dg_xsel *s, const dg_model *m, const dg_date *at);
void dg_xsel_free(dg_xsel *s);
bool dg_xsel_country(const dg_xsel *s, uint32_t i);
bool dg_xsel_org(const dg_xsel *s, uint32_t i);
bool dg_xsel_member(const dg_xsel *s, const dg_org *o, const dg_member *mem);
bool dg_xsel_relation(const dg_xsel *s, const dg_relation *r);
bool dg_xsel_mission(const dg_xsel *s, const dg_mission *mi);
bool dg_xsel_accred(const dg_xsel *s, const dg_mission *mi, const dg_accreditation *a);
bool dg_xsel_event(const dg_xsel *s, const dg_event *e);
/* The state of a kept record on the export's date (with no --at: the
 * latest, where its history ends), through the model's "what held on a
 * date" functions; for a version 1 record, its own status.  A relation's
 * status and level and whether it holds; a mission's status and whether
 * it operates; a membership's status. */
bool dg_xsel_relation_state(const dg_xsel *s, const dg_relation *r, dg_rel_status *status,
                            dg_rel_level *level);
bool dg_xsel_mission_state(const dg_xsel *s, const dg_mission *mi, dg_mission_status *status);
dg_member_status dg_xsel_member_status(const dg_xsel *s, const dg_member *mem);
/* Continuity: the predecessor a taken-over record was held as on the
 * export's date, seen from its country x or y (y may be DG_NONE): YU for
 * the DE -- RS relation in 1999.  DG_NONE without --at (the latest), or
 * when x and y held it themselves then. */
uint32_t dg_xsel_held_as(const dg_xsel *s, const dg_held_as *as, uint32_t n_as, uint32_t x,
                         uint32_t y);

/* "country" or "organization", as the exports spell a reference's type. */
const char *dg_ref_type_name(dg_ref r);
/* Append the ids of cited sources, separated by single spaces. */
bool dg_buf_put_cite_ids(dg_buf *b, const dg_model *m, const dg_cite *c);
/* dg_date_format without printf, for the many dates of an export: the
 * same text into buf (at least 16 bytes); returns its length. */
size_t dg_date_text(const dg_date *d, char *buf);
/* What a date becomes in CSV and GraphML, next to its EDTF text: the
 * first and last ISO day it covers and its year ("1993-03~" ->
 * "1993-03-01", "1993-03-31", "1993"), so that pandas and Gephi read
 * days and numbers, not EDTF.  All "" for an unset date. */
typedef struct dg_date_cols {
    char edtf[16], first[16], last[16], year[16];
} dg_date_cols;
void dg_date_cols_make(const dg_date *d, dg_date_cols *c);

/* For export_json.c and export_json_v11.c: KEY and its string (NULL:
 * null); KEY and a date with what it means, {"edtf", "precision",
 * "approximate", "uncertain", "first", "last"} on one line, or null; the
 * "note" and "sources" keys that every record ends with. */
void dg_json_k_str(dg_json *j, const char *key, const char *v);
void dg_json_k_date(dg_json *j, const char *key, const dg_date *d);
void dg_json_note_sources(dg_json *j, const dg_model *m, const char *note, const dg_cite *c);

/* For export_graphml.c and export_graphml_countries.c: an attribute's
 * <key> declaration; the document's opening (the XML prolog and
 * <graphml>), then the keys k[0..n).  False when out of memory. */
typedef struct dg_gkey {
    const char *id, *domain, *name, *type;
} dg_gkey;
bool dg_graphml_open(dg_buf *b);
bool dg_graphml_keys(dg_buf *b, const dg_gkey *k, size_t n);

/* One exporter: fills out with the whole document for the selection. */
typedef dg_status (*dg_exporter_fn)(const dg_xsel *s, const dg_export_opts *o, dg_buf *out,
                                    dg_error *err);
dg_status dg_export_json(const dg_xsel *s, const dg_export_opts *o, dg_buf *out, dg_error *err);
dg_status dg_export_graphml(const dg_xsel *s, const dg_export_opts *o, dg_buf *out,
                            dg_error *err);
dg_status dg_export_csv(const dg_xsel *s, const dg_export_opts *o, dg_buf *out, dg_error *err);
/* export_graphml_countries.c: --graph countries. */
dg_status dg_export_graphml_countries(const dg_xsel *s, dg_buf *out, dg_error *err);

#endif
