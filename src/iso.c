/* iso.c — look-ups in the ISO 3166 table generated from iso-codes.
 *
 * Canonical ids: a current country (3166-1) is its alpha-2 code; a former
 * country (3166-3) is its alpha-2 code too unless a current country or a
 * later-withdrawn former one uses that code (BY, CS), and then its alpha-3
 * code (BYS, CSK).  Alpha-3 codes always work as aliases. */
#include "internal.h"
#include "iso_table.h"

static dg_map codes;        /* code -> row */
static const char **canon;  /* row -> canonical id */

static bool alpha2_taken(unsigned row)
{
    const struct dg_iso_row *r = &dg_iso_rows[row];
    for (unsigned i = 0; i < dg_iso_nrows; i++) {
        const struct dg_iso_row *o = &dg_iso_rows[i];
        if (i == row || strcmp(o->alpha2, r->alpha2) != 0)
            continue;
        if (!o->former || strcmp(o->withdrawn, r->withdrawn) > 0)
            return true;
    }
    return false;
}

static void iso_init(void)
{
    if (canon)
        return;
    canon = dg_xcalloc(dg_iso_nrows, sizeof *canon);
    for (unsigned i = 0; i < dg_iso_nrows; i++) {
        const struct dg_iso_row *r = &dg_iso_rows[i];
        canon[i] = r->former && alpha2_taken(i) ? r->alpha3 : r->alpha2;
    }
    /* Current codes first so that they win any clash with former ones. */
    for (int pass = 0; pass < 2; pass++)
        for (unsigned i = 0; i < dg_iso_nrows; i++) {
            if (dg_iso_rows[i].former != pass)
                continue;
            dg_map_put(&codes, canon[i], i);
            dg_map_put(&codes, dg_iso_rows[i].alpha3, i);
        }
}

const char *dg_iso_lookup(const char *code, const char **canonical, bool *former)
{
    iso_init();
    uint32_t row = dg_map_get(&codes, code);
    if (row == DG_NONE)
        return NULL;
    if (canonical)
        *canonical = canon[row];
    if (former)
        *former = dg_iso_rows[row].former;
    return dg_iso_rows[row].name;
}

/* The alpha-3 code of a canonical id (NULL when it is none). */
const char *dg_iso_alpha3(const char *code)
{
    iso_init();
    uint32_t row = dg_map_get(&codes, code);
    return row == DG_NONE ? NULL : dg_iso_rows[row].alpha3;
}

/* Every code, for did-you-mean over country names. */
size_t dg_iso_count(void) { return dg_iso_nrows; }
const char *dg_iso_row_name(size_t i, const char **canonical)
{
    iso_init();
    *canonical = canon[i];
    return dg_iso_rows[i].name;
}

uint32_t dg_iso_row_find(const char *code)
{
    iso_init();
    return dg_map_get(&codes, code);
}

const char *dg_iso_row_id(uint32_t row)
{
    iso_init();
    return canon[row];
}
