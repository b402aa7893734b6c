/* export_json_v11.h — format 1.1's fields in `export -T json`
 * (export_json_v11.c).  export_json.c calls these only when
 * dg_model_uses_v11(): a version 1 data set's JSON stays as it was.  Each
 * writes its keys into the object that is open. */
#ifndef DG_EXPORT_JSON_V11_H
#define DG_EXPORT_JSON_V11_H

#include "export.h"

/* names, wikidata, continues, continued_by, succeeds */
void dg_json_v11_country(dg_json *j, const dg_model *m, const dg_country *c);
/* names, wikidata */
void dg_json_v11_org(dg_json *j, const dg_org *o);
/* history, as, handovers */
void dg_json_v11_member(dg_json *j, const dg_model *m, const dg_member *mem);
/* b_type, level, history, as, handovers */
void dg_json_v11_relation(dg_json *j, const dg_model *m, const dg_relation *r);
/* status, history, heads, wikidata, place, as, handovers */
void dg_json_v11_mission(dg_json *j, const dg_model *m, const dg_mission *mi);
/* as, handovers */
void dg_json_v11_accred(dg_json *j, const dg_model *m, const dg_accreditation *a);
/* The top-level "places" key and its array. */
void dg_json_v11_places(dg_json *j, const dg_model *m);

#endif
