/* The generated ISO 3166 table (see cmake/gen_iso.cmake). */
#ifndef DG_ISO_TABLE_H
#define DG_ISO_TABLE_H
struct dg_iso_row {
    const char *alpha2, *alpha3, *name;
    const char *withdrawn; /* ISO 3166-3 withdrawal date, "" for 3166-1 */
    int former;
};
extern const struct dg_iso_row dg_iso_rows[];
extern const unsigned dg_iso_nrows;
#endif
