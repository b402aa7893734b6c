/* STUB — replaced by the exports issue. */
#include "internal.h"
const char *const dg_csv_tables[] = {"countries", "organizations", "memberships", "relations",
                                     "missions", "accreditations", "events", NULL};
dg_status dg_export(const dg_model *m, const dg_export_opts *o, dg_buf *out, dg_error *err)
{
    (void)m; (void)o; (void)out;
    return dg_error_set(err, DG_EOUTPUT, "not implemented");
}
