/* wikidata.h — shared by wikidata.c (rows to missions) and wdcity.c
 * (cities, places). */
#ifndef DG_IMPORT_WIKIDATA_H
#define DG_IMPORT_WIKIDATA_H

#include "import.h"

/* Missions named by their smallest unit ("Basmanny District") take the
 * name of a city of the same host within WD_CITY_KM that holds more
 * missions; see wdcity.c. */
#define WD_CITY_KM 30.0

/* "http://www.wikidata.org/entity/Q42" or "Q42" -> "Q42" in the arena. */
const char *wd_qid(imp_ds *ds, imp_str s);
/* The city rules, then city names shared by two hosts, then places. */
void wd_cities(imp_ds *ds);
/* Great-circle distance in km. */
double wd_km(double lat1, double lon1, double lat2, double lon2);

#endif
