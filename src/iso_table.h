/* The generated ISO 3166 table (see cmake/gen_iso.cmake). */
#ifndef DG_ISO_TABLE_H
#define DG_ISO_TABLE_H
#include <stdint.h>
struct dg_iso_row {
    const char *alpha2, *alpha3, *name;
    const char *withdrawn; /* ISO 3166-3 withdrawal date, "" for 3166-1 */
    int former;
    /* iso-codes' common_name ("South Korea") and official_name ("Republic
     * of Moldova"), NULL where it has none. */
    const char *common_name, *official_name;
};
extern const struct dg_iso_row dg_iso_rows[];
extern const unsigned dg_iso_nrows;

/* The row of a code (canonical id or alpha-3, as dg_iso_lookup takes), or
 * DG_NONE (iso.c). */
uint32_t dg_iso_row_find(const char *code);
/* The canonical id of a row (iso.c): static storage. */
const char *dg_iso_row_id(uint32_t row);
#endif
